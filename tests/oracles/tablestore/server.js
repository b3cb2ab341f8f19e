'use strict';
// A loopback Tablestore for tests, built on the vendor's npm SDK (`tablestore`): it recomputes the
// request signature with the SDK's Signer, checks x-ots-contentmd5, decodes requests with the SDK's
// compiled protobuf (BulkImport with the protobufjs it bundles), reads rows with the SDK's PlainBuffer
// reader (which checks every CRC8) and re-encodes them with the SDK's builder: the bytes must be equal.
// Rows go to an in-memory store served back by GetRow/GetRange.
// Usage: node server.js <port> <accessKeyId> <accessKeySecret> <instance>   (prints "listening <port>")
// Test hooks: POST /_oracle/inject {"action","code","times"} makes the next `times` calls of `action`
// fail with `code`; GET /_oracle/stats returns counters.
const http = require('http');
const crypto = require('crypto');
const TableStore = require('tablestore');
const protobuf = require('protobufjs');
const Int64LE = require('int64-buffer').Int64LE;
const pb = require('tablestore/lib/protocol/tablestore_compiled_proto.js').main.proto;

const [port, accessKeyId, secret, instance] = process.argv.slice(2);
const C = TableStore.plainBufferConsts;

// The SDK has no BulkImport message: declare it from the documented field list with protobufjs.
const bulk = protobuf.parse(`syntax = "proto2";
  message Error { required string code = 1; optional string message = 2; }
  message CapacityUnit { optional int32 read = 1; optional int32 write = 2; }
  message ConsumedCapacity { required CapacityUnit capacity_unit = 1; }
  message RowInBulkImportRequest { required int32 type = 1; required bytes row_change = 2; }
  message BulkImportRequest { required string table_name = 1; repeated RowInBulkImportRequest rows = 2; }
  message RowInBulkImportResponse { required bool is_ok = 1; optional Error error = 2; optional ConsumedCapacity consumed = 3; optional bytes row = 4; }
  message BulkImportResponse { required string table_name = 1; repeated RowInBulkImportResponse rows = 2; }`).root;

class OtsError extends Error {
  constructor(status, code, message) { super(message); this.status = status; this.code = code; }
}
const invalid = (m) => new OtsError(400, 'OTSParameterInvalid', m);

const tables = new Map();   // name -> {pk: [{name,type}], rows: Map(key -> {pk, cols: Map})}
const injected = {};        // action -> [{code, times}]
const stats = { requests: 0, injected: 0, authFailures: 0, rows: 0 };

// --- PlainBuffer: structure parsed here; the SDK checks the checksums and must produce the same bytes.
function parseStructure(buf) {
  let pos = 0;
  const need = (n) => { if (pos + n > buf.length) throw invalid('PlainBuffer ends early'); };
  const u8 = () => { need(1); return buf[pos++]; };
  const u32 = () => { need(4); const v = buf.readUInt32LE(pos); pos += 4; return v; };
  const bytes = (n) => { need(n); const b = buf.slice(pos, pos + n); pos += n; return b; };
  if (u32() !== C.HEADER) throw invalid('PlainBuffer header missing');
  const row = { pk: [], cells: [], deleteMarker: false };
  const value = () => {
    const len = u32(); const end = pos + len; const t = u8(); let v;
    if (t === C.VT_INTEGER) v = new Int64LE(Buffer.from(bytes(8)));
    else if (t === C.VT_DOUBLE) v = bytes(8).readDoubleLE(0);
    else if (t === C.VT_BOOLEAN) v = u8() !== 0;
    else if (t === C.VT_STRING) { const b = bytes(u32()); v = b.toString('utf8'); if (!Buffer.from(v, 'utf8').equals(b)) throw invalid('STRING value is not UTF-8'); }
    else if (t === C.VT_BLOB) v = Buffer.from(bytes(u32()));
    else if (t === C.VT_INF_MIN) v = TableStore.INF_MIN;
    else if (t === C.VT_INF_MAX) v = TableStore.INF_MAX;
    else throw invalid('unknown value type ' + t);
    if (pos !== end) throw invalid('value length mismatch');
    return { t, v };
  };
  const cell = () => {
    if (u8() !== C.TAG_CELL_NAME) throw invalid('cell name expected');
    const c = { name: bytes(u32()).toString('utf8') };
    if (buf[pos] === C.TAG_CELL_VALUE) { pos++; Object.assign(c, value()); }
    if (buf[pos] === C.TAG_CELL_TYPE) { pos++; c.op = u8(); }
    if (buf[pos] === C.TAG_CELL_TIMESTAMP) { pos++; c.ts = bytes(8); }
    if (u8() !== C.TAG_CELL_CHECKSUM) throw invalid('cell checksum expected');
    u8();
    return c;
  };
  if (u8() !== C.TAG_ROW_PK) throw invalid('primary key expected');
  while (buf[pos] === C.TAG_CELL) { pos++; row.pk.push(cell()); }
  if (buf[pos] === C.TAG_ROW_DATA) { pos++; while (buf[pos] === C.TAG_CELL) { pos++; row.cells.push(cell()); } }
  if (buf[pos] === C.TAG_DELETE_ROW_MARKER) { pos++; row.deleteMarker = true; }
  if (u8() !== C.TAG_ROW_CHECKSUM) throw invalid('row checksum expected');
  u8();
  if (pos !== buf.length) throw invalid('bytes after the row');
  return row;
}

function sdkCheck(buf, kind) {
  const row = parseStructure(buf);
  const pk = row.pk.map((c) => ({ [c.name]: c.v }));
  let again;
  if (kind === 'delete') {
    if (!row.deleteMarker || row.cells.length) throw invalid('a delete row has the delete marker and no columns');
    again = TableStore.PlainBufferBuilder.serializeForDeleteRow(pk);
  } else if (kind === 'pk') {
    again = TableStore.PlainBufferBuilder.serializePrimaryKey(pk);
  } else if (kind === 'put') {
    if (row.deleteMarker || row.cells.some((c) => c.op !== undefined || c.ts)) throw invalid('a put row has plain cells');
    again = TableStore.PlainBufferBuilder.serializeForPutRow(pk, row.cells.map((c) => ({ [c.name]: c.v })));
  } else {
    const cols = row.cells.map((c) => (c.op === C.DELETE_ALL_VERSION ? { DELETE_ALL: [c.name] } : { PUT: [{ [c.name]: c.v }] }));
    if (row.cells.some((c) => c.op !== undefined && c.op !== C.DELETE_ALL_VERSION)) throw invalid('unexpected cell op');
    again = TableStore.PlainBufferBuilder.serializeForUpdateRow(pk, cols);
  }
  again = Buffer.from(again);
  // The SDK sizes its buffer one byte too large per INF_MIN/INF_MAX cell; that tail stays zero.
  if (again.length > buf.length && again.slice(buf.length).every((b) => b === 0)) again = again.slice(0, buf.length);
  if (!again.equals(buf))
    throw invalid(`PlainBuffer ${kind} row differs from the SDK's encoding: got ${buf.toString('hex')} want ${Buffer.from(again).toString('hex')}`);
  if (kind !== 'update' && !row.pk.some((c) => c.t === C.VT_INF_MIN || c.t === C.VT_INF_MAX)) {
    // The SDK's reader verifies each cell checksum and the row checksum.
    const rd = new TableStore.PlainBufferCodedInputStream(new TableStore.PlainBufferInputStream(buf));
    rd.readRow();
  }
  return row;
}

// --- the store
const keyOf = (pk) => JSON.stringify(pk.map((c) => [c.t, Buffer.isBuffer(c.v) ? c.v.toString('hex') : String(c.v)]));
function cmpPk(a, b) {
  for (let i = 0; i < a.length; i++) {
    const x = a[i], y = b[i];
    const rank = (c) => (c.t === C.VT_INF_MIN ? -1 : c.t === C.VT_INF_MAX ? 1 : 0);
    if (rank(x) !== rank(y)) return rank(x) - rank(y);
    if (rank(x) !== 0) continue;
    let d;
    if (x.t === C.VT_INTEGER) { const p = BigInt(x.v.toString()), q = BigInt(y.v.toString()); d = p < q ? -1 : p > q ? 1 : 0; }
    else d = Buffer.compare(Buffer.from(x.v), Buffer.from(y.v));
    if (d) return d;
  }
  return 0;
}
function table(name) {
  const t = tables.get(name);
  if (!t) throw new OtsError(404, 'OTSObjectNotExist', `Requested table does not exist: ${name}`);
  return t;
}
const typeOfPk = { 1: C.VT_INTEGER, 2: C.VT_STRING, 3: C.VT_BLOB };
function checkPk(t, row) {
  if (row.pk.length !== t.pk.length || row.pk.some((c, i) => c.name !== t.pk[i].name || c.t !== typeOfPk[t.pk[i].type]))
    throw new OtsError(400, 'OTSInvalidPK', 'Validate PK name or type fail. Input: ' + row.pk.map((c) => c.name).join(',') + ', Meta: ' + t.pk.map((p) => p.name).join(','));
  for (const c of row.pk)
    if ((c.t === C.VT_STRING || c.t === C.VT_BLOB) && Buffer.byteLength(c.v) > 1024)
      throw invalid(`The length of primary key column: '${c.name}' exceeds the MaxLength:1024 with CurrentLength:${Buffer.byteLength(c.v)}.`);
  for (const c of row.cells)
    if ((c.t === C.VT_STRING || c.t === C.VT_BLOB) && Buffer.byteLength(c.v) > 2 * 1024 * 1024)
      throw invalid(`The length of attribute column: '${c.name}' exceeds the MaxLength:2097152.`);
}
function apply(tableName, op, buf) {
  const t = table(tableName);
  const kind = { 1: 'put', 2: 'update', 3: 'delete' }[op];
  if (!kind) throw invalid('unknown operation type ' + op);
  const row = sdkCheck(buf, kind);
  checkPk(t, row);
  const k = keyOf(row.pk);
  stats.rows++;
  if (kind === 'delete') { t.rows.delete(k); return; }
  let r = t.rows.get(k);
  if (kind === 'put' || !r) { r = { pk: row.pk, cols: new Map() }; t.rows.set(k, r); }
  for (const c of row.cells) {
    if (c.op === C.DELETE_ALL_VERSION) r.cols.delete(c.name);
    else r.cols.set(c.name, c);
  }
}
function encodeStored(r) {
  return Buffer.from(TableStore.PlainBufferBuilder.serializeForPutRow(
    r.pk.map((c) => ({ [c.name]: c.v })), [...r.cols.values()].map((c) => ({ [c.name]: c.v }))));
}
const consumed = { capacityUnit: { read: 0, write: 1 } };

const handlers = {
  CreateTable(b) {
    const req = pb.CreateTableRequest.decode(b);
    const m = req.tableMeta;
    if (tables.has(m.tableName)) throw new OtsError(409, 'OTSObjectAlreadyExist', `Requested table already exists: ${m.tableName}`);
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,254}$/.test(m.tableName)) throw invalid(`Invalid table name: '${m.tableName}'.`);
    if (m.primaryKey.length < 1 || m.primaryKey.length > 4) throw invalid('The number of primary key columns must be in range: [1, 4].');
    tables.set(m.tableName, { pk: m.primaryKey.map((p) => ({ name: p.name, type: p.type })), rows: new Map() });
    return pb.CreateTableResponse.encode({}).finish();
  },
  ListTable() { return pb.ListTableResponse.encode({ tableNames: [...tables.keys()] }).finish(); },
  DeleteTable(b) { const n = pb.DeleteTableRequest.decode(b).tableName; table(n); tables.delete(n); return pb.DeleteTableResponse.encode({}).finish(); },
  DescribeTable(b) {
    const n = pb.DescribeTableRequest.decode(b).tableName; const t = table(n);
    return pb.DescribeTableResponse.encode({
      tableMeta: { tableName: n, primaryKey: t.pk }, tableStatus: 1, tableOptions: { timeToLive: -1, maxVersions: 1 },
      reservedThroughputDetails: { capacityUnit: { read: 0, write: 0 }, lastIncreaseTime: 0 } }).finish();
  },
  PutRow(b) { const r = pb.PutRowRequest.decode(b); apply(r.tableName, 1, r.row); return pb.PutRowResponse.encode({ consumed }).finish(); },
  UpdateRow(b) { const r = pb.UpdateRowRequest.decode(b); apply(r.tableName, 2, r.rowChange); return pb.UpdateRowResponse.encode({ consumed }).finish(); },
  DeleteRow(b) { const r = pb.DeleteRowRequest.decode(b); apply(r.tableName, 3, r.primaryKey); return pb.DeleteRowResponse.encode({ consumed }).finish(); },
  BatchWriteRow(b) {
    const req = pb.BatchWriteRowRequest.decode(b);
    let n = 0, size = 0;
    for (const t of req.tables) for (const r of t.rows) { n++; size += r.rowChange.length; }
    if (n > 200) throw invalid(`Rows count exceeds the upper limit: 200.`);
    if (size > 4 * 1024 * 1024) throw invalid('The total data size of BatchWriteRow request exceeds the limit');
    const tablesOut = req.tables.map((t) => ({ tableName: t.tableName, rows: t.rows.map((r) => rowResult(() => apply(t.tableName, r.type, r.rowChange))) }));
    return pb.BatchWriteRowResponse.encode({ tables: tablesOut }).finish();
  },
  BulkImport(b) {
    const Req = bulk.lookupType('BulkImportRequest'), Resp = bulk.lookupType('BulkImportResponse');
    const req = Req.toObject(Req.decode(b), { bytes: Buffer });
    table(req.tableName);
    const rows = (req.rows || []).map((r) => rowResult(() => apply(req.tableName, r.type, Buffer.from(r.rowChange))));
    return Resp.encode(Resp.fromObject({ tableName: req.tableName, rows })).finish();
  },
  GetRow(b) {
    const req = pb.GetRowRequest.decode(b); const t = table(req.tableName);
    const pk = sdkCheck(Buffer.from(req.primaryKey), 'pk'); checkPk(t, pk);
    const r = t.rows.get(keyOf(pk.pk));
    return pb.GetRowResponse.encode({ consumed, row: r ? encodeStored(r) : Buffer.alloc(0) }).finish();
  },
  GetRange(b) {
    const req = pb.GetRangeRequest.decode(b); const t = table(req.tableName);
    const start = sdkCheck(Buffer.from(req.inclusiveStartPrimaryKey), 'pk').pk;
    const end = sdkCheck(Buffer.from(req.exclusiveEndPrimaryKey), 'pk').pk;
    const limit = req.limit > 0 ? Math.min(req.limit, 5000) : 5000;
    const sorted = [...t.rows.values()].filter((r) => cmpPk(r.pk, start) >= 0 && cmpPk(r.pk, end) < 0).sort((a, b2) => cmpPk(a.pk, b2.pk));
    const page = sorted.slice(0, limit);
    const rows = page.length ? Buffer.concat([page[0], ...page.slice(1)].map((r, i) => (i ? encodeStored(r).slice(4) : encodeStored(r)))) : Buffer.alloc(0);
    const out = { consumed, rows };
    if (sorted.length > limit) out.nextStartPrimaryKey = Buffer.from(TableStore.PlainBufferBuilder.serializePrimaryKey(sorted[limit].pk.map((c) => ({ [c.name]: c.v }))));
    return pb.GetRangeResponse.encode(out).finish();
  },
};

function rowResult(fn) {
  try { fn(); return { isOk: true, consumed }; }
  catch (e) {
    if (!(e instanceof OtsError)) throw e;
    return { isOk: false, error: { code: e.code, message: e.message } };
  }
}

function checkAuth(req, action, body) {
  const h = req.headers;
  for (const name of ['x-ots-date', 'x-ots-apiversion', 'x-ots-accesskeyid', 'x-ots-instancename', 'x-ots-contentmd5', 'x-ots-signature'])
    if (!h[name]) throw new OtsError(400, 'OTSMissingHeader', `Missing header: ${name}`);
  if (h['x-ots-apiversion'] !== '2015-12-31') throw new OtsError(400, 'OTSUnsupportOperation', 'Unsupported API version');
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(h['x-ots-date'])) throw new OtsError(400, 'OTSParameterInvalid', 'x-ots-date is not ISO-8601 with milliseconds');
  if (Math.abs(Date.parse(h['x-ots-date']) - Date.now()) > 15 * 60 * 1000) throw new OtsError(403, 'OTSAuthFailed', 'Mismatch between system time and x-ots-date');
  if (h['x-ots-instancename'] !== instance) throw new OtsError(403, 'OTSAuthFailed', 'Instance name mismatch');
  const md5 = crypto.createHash('md5').update(body).digest('base64');
  if (h['x-ots-contentmd5'] !== md5) throw new OtsError(400, 'OTSInvalidContentMD5', 'Content MD5 mismatch');
  // The SDK's own Signer over the headers as received.
  const signed = {};
  for (const [k, v] of Object.entries(h)) if (k.startsWith('x-ots-') && k !== 'x-ots-signature') signed[k] = v.trim();
  const signer = new TableStore.Signer({ path: '/' + action, method: 'POST', headers: signed });
  const expected = signer.sign(secret, signer.stringToSign());
  if (h['x-ots-accesskeyid'] !== accessKeyId || h['x-ots-signature'] !== expected) {
    stats.authFailures++;
    throw new OtsError(403, 'OTSAuthFailed', 'Signature mismatch.');
  }
}

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const action = req.url.replace(/^\//, '').split('?')[0];
    if (action === '_oracle/inject') {
      const j = JSON.parse(body.toString());
      if (j.code === 'clear') delete injected[j.action];
      else (injected[j.action] = injected[j.action] || []).push({ code: j.code, times: j.times || 1 });
      res.end('ok'); return;
    }
    if (action === '_oracle/stats') { res.setHeader('content-type', 'application/json'); res.end(JSON.stringify(stats)); return; }
    stats.requests++;
    try {
      if (req.method !== 'POST') throw new OtsError(405, 'OTSMethodNotAllowed', 'POST only');
      const handler = handlers[action];
      if (!handler) throw new OtsError(404, 'OTSUnsupportOperation', `Unsupported operation: '${action}'.`);
      checkAuth(req, action, body);
      const inj = injected[action] && injected[action][0];
      if (inj) {
        if (--inj.times <= 0) injected[action].shift();
        stats.injected++;
        throw new OtsError(inj.code === 'OTSServerBusy' ? 503 : 400, inj.code, 'Injected by the test: ' + inj.code);
      }
      const out = Buffer.from(handler(body));
      res.writeHead(200, { 'content-type': 'application/x.pb2', 'x-ots-contentmd5': crypto.createHash('md5').update(out).digest('base64') });
      res.end(out);
    } catch (e) {
      const err = e instanceof OtsError ? e : new OtsError(400, 'OTSParameterInvalid', String(e && e.message || e));
      res.writeHead(err.status, { 'content-type': 'application/x.pb2' });
      res.end(Buffer.from(pb.Error.encode({ code: err.code, message: err.message }).finish()));
    }
  });
});
server.listen(Number(port || 0), '127.0.0.1', () => { console.log('listening ' + server.address().port); });
process.stdin.on('end', () => process.exit(0));  // the test closes our stdin: we go with it
process.stdin.resume();
