'use strict';
// Function Compute 2.0 on loopback, for the C++ tests: checks each invocation's Authorization with the
// Node SDK's own signing code (@alicloud/fc2 FC.getSignature) and its Content-MD5 as that SDK computes it,
// then stores the Records it received (one JSON line per invocation in `out`).
// Usage: node fc-oracle.js '{"accessKeyId":"…","accessKeySecret":"…","out":"file",
//                             "failFirst":0,"failStatus":503,"functionError":false,"function":"fn","port":0}'
// "function": the only function that exists (any when unset); "port": listen there (a restarted oracle).
// GET …/functions/{name} answers GetFunction (what the precheck asks) without invoking anything.
// Prints {"endpoint":"http://127.0.0.1:PORT"} on stdout once listening.
const http = require('http');
const fs = require('fs');
const crypto = require('crypto');
const FC = require('@alicloud/fc2');

const config = JSON.parse(process.argv[2] || '{}');
let failLeft = config.failFirst || 0;
let requestNo = 0;

function answer(res, status, body, headers = {}) {
  res.writeHead(status, Object.assign({ 'content-type': 'application/json', 'x-fc-request-id': `req-${requestNo}` }, headers));
  res.end(JSON.stringify(body));
}

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', c => chunks.push(c));
  req.on('end', () => {
    requestNo++;
    const body = Buffer.concat(chunks);
    const path = req.url.split('?')[0];
    const expected = FC.getSignature(config.accessKeyId, config.accessKeySecret, req.method, path, req.headers, null);
    if (req.headers.authorization !== expected) {
      return answer(res, 403, { ErrorCode: 'SignatureNotMatch',
        ErrorMessage: `The request signature we calculated does not match the signature you provided (AccessKey ${config.accessKeyId})` });
    }
    const md5 = Buffer.from(crypto.createHash('md5').update(body).digest('hex'), 'utf8').toString('base64');
    if (req.method !== 'GET' && req.headers['content-md5'] !== md5) {
      return answer(res, 400, { ErrorCode: 'InvalidArgument', ErrorMessage: 'Content-MD5 does not match the body' });
    }
    const fn = /^\/2016-08-15\/services\/[^/]+\/functions\/([^/]+)/.exec(path);
    if (fn && config.function && fn[1] !== config.function) {
      return answer(res, 404, { ErrorCode: 'FunctionNotFound', ErrorMessage: `function '${fn[1]}' does not exist` });
    }
    if (req.method === 'GET' && fn && /^\/2016-08-15\/services\/[^/]+\/functions\/[^/]+$/.test(path)) {
      return answer(res, 200, { functionName: fn[1], runtime: 'nodejs14', handler: 'index.handler' });
    }
    if (!/^\/2016-08-15\/services\/[^/.]+\.[^/]+\/functions\/[^/]+\/invocations$/.test(path)) {
      return answer(res, 404, { ErrorCode: 'FunctionNotFound', ErrorMessage: `no function at ${path}` });
    }
    if (failLeft > 0) {
      failLeft--;
      return answer(res, config.failStatus || 503, { ErrorCode: 'ServiceUnavailable', ErrorMessage: 'oracle: failing on purpose' });
    }
    let parsed;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch (e) {
      return answer(res, 400, { ErrorCode: 'InvalidArgument', ErrorMessage: `body is not JSON: ${e.message}` });
    }
    if (config.functionError) {
      return answer(res, 200, { errorMessage: 'oracle handler threw: bad record', errorType: 'Error' },
        { 'x-fc-error-type': 'UnhandledInvocationError' });
    }
    fs.appendFileSync(config.out, JSON.stringify({
      path,
      invocationType: req.headers['x-fc-invocation-type'],
      accountId: req.headers['x-fc-account-id'],
      date: req.headers.date,
      records: parsed.Records,
    }) + '\n');
    answer(res, 200, { ok: true });
  });
});

server.listen(config.port || 0, '127.0.0.1', () => {
  process.stdout.write(JSON.stringify({ endpoint: `http://127.0.0.1:${server.address().port}` }) + '\n');
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
process.stdin.on('end', () => process.exit(0));  // the test went away: do not linger
process.stdin.resume();
