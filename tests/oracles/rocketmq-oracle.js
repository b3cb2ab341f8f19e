'use strict';
// A RocketMQ name server and broker on loopback, for the C++ tests. Frames are decoded and answered with
// ali-ons's remoting code (RemotingCommand); ACL signatures are recomputed with ali-ons's own signing
// (Channel#beforeRequest) and a mismatch is refused the way an Apache broker refuses it. The name server
// answers routes as fastjson writes them (numeric map keys without quotes); the broker stores each
// message in `out`/<topic>.<queueId>.jsonl in arrival order. A SEND_BATCH_MESSAGE (320) is decoded into its
// messages (MessageDecoder.encodeMessages layout) and each is stored like a single send, in batch order.
// Usage: node rocketmq-oracle.js '{"accessKey":"…","secretKey":"…","out":"dir",
//          "topics":{"T":4},"busyFirst":0,"busyFile":"path","nameServerPort":0,"brokerPort":0}'
// (the ports: listen there, for a test that restarts the oracle; 0 picks free ones)
// A 5.x instance signs with its user name and password instead of an AccessKey pair: give "user" and
// "password" in place of "accessKey" and "secretKey" (the same remoting signature, checked the same way).
// "busyFirst": answer SYSTEM_BUSY to that many sends; "busyFile": to every send while that file exists.
// "busyCode": the code of those answers (default SYSTEM_BUSY, 2).
// "requestLog": a file that gets one line per send request: {"code","topic","queueId","messages"}.
// "maxMessageSize": the largest body a send may carry, a whole batch included (default 4 MiB, as a broker).
// Prints {"nameServer":"127.0.0.1:P1","broker":"127.0.0.1:P2"} on stdout once listening.
const net = require('net');
const fs = require('fs');
const path = require('path');
const RemotingCommand = require('ali-ons/lib/protocol/command/remoting_command');
const Channel = require('ali-ons/lib/channel');
const ResponseCode = require('ali-ons/lib/protocol/response_code');
const RequestCode = require('ali-ons/lib/protocol/request_code');

const config = JSON.parse(process.argv[2] || '{}');
const credentials = config.user !== undefined
  ? { accessKey: config.user, secretKey: config.password, what: 'instance user' }
  : { accessKey: config.accessKey, secretKey: config.secretKey, what: 'acl config' };
const topics = config.topics || {};
let busyLeft = config.busyFirst || 0;
const offsets = {};
let brokerAddr = '';
const SEND_BATCH_MESSAGE = 320;  // not in ali-ons's RequestCode
const MESSAGE_ILLEGAL = 13;
const maxMessageSize = config.maxMessageSize || 4 * 1024 * 1024;

function parseProperties(text) {
  const properties = {};
  for (const pair of (text || '').split('\u0002')) {
    if (!pair) continue;
    const [ k, v ] = pair.split('\u0001');
    properties[k] = v;
  }
  return properties;
}

// A batch body: per message int32 total size, int32 magic code, int32 body CRC, int32 flag, int32 body
// length + body, int16 properties length + properties. Throws on anything that does not add up.
function decodeBatch(body) {
  const messages = [];
  let at = 0;
  while (at < body.length) {
    if (body.length - at < 22) throw new Error(`truncated message header at byte ${at}`);
    const total = body.readInt32BE(at);
    const magic = body.readInt32BE(at + 4);
    const crc = body.readInt32BE(at + 8);
    const flag = body.readInt32BE(at + 12);
    const bodyLength = body.readInt32BE(at + 16);
    if (magic !== 0 || crc !== 0) throw new Error(`message at byte ${at}: magic ${magic} / CRC ${crc}, expected 0 / 0`);
    if (bodyLength < 0 || at + 20 + bodyLength + 2 > body.length) throw new Error(`message at byte ${at}: body length ${bodyLength} overruns the batch`);
    const messageBody = body.slice(at + 20, at + 20 + bodyLength);
    const propertiesLength = body.readInt16BE(at + 20 + bodyLength);
    const propertiesAt = at + 22 + bodyLength;
    if (propertiesLength < 0 || propertiesAt + propertiesLength > body.length) throw new Error(`message at byte ${at}: properties overrun the batch`);
    if (total !== 22 + bodyLength + propertiesLength) throw new Error(`message at byte ${at}: total size ${total}, its parts make ${22 + bodyLength + propertiesLength}`);
    const properties = parseProperties(body.slice(propertiesAt, propertiesAt + propertiesLength).toString('utf8'));
    if (!properties.UNIQ_KEY) throw new Error(`message ${messages.length} of the batch has no UNIQ_KEY`);
    messages.push({ flag: String(flag), properties, body: messageBody });
    at = propertiesAt + propertiesLength;
  }
  if (!messages.length) throw new Error('empty batch');
  return messages;
}

// The signature ali-ons would put on this request with the configured credentials.
function expectedSignature(request) {
  const customHeader = {};
  for (const key of Object.keys(request.extFields || {})) {
    if (![ 'Signature', 'AccessKey', 'OnsChannel' ].includes(key)) customHeader[key] = request.extFields[key];
  }
  const probe = new RemotingCommand({ code: request.code, customHeader, opaque: 1 });
  probe.body = request.body && request.body.length ? request.body : null;
  const signer = { accessKey: credentials.accessKey, secretKey: credentials.secretKey, onsChannel: 'ALIYUN' };
  Channel.prototype.beforeRequest.call(signer, probe);
  return probe.extFields.Signature;
}

function aclError(request) {
  if (!credentials.accessKey) return null;
  const ext = request.extFields || {};
  if (ext.AccessKey !== credentials.accessKey) return `No ${credentials.what} for ${ext.AccessKey}`;
  if (ext.Signature !== expectedSignature(request)) return `Check signature failed for accessKey=${ext.AccessKey}`;
  return null;
}

function respond(socket, request, code, remark, extFields, body) {
  const response = RemotingCommand.createResponseCommand(code, request.opaque, remark);
  response.extFields = extFields || {};
  if (body) response.body = body;
  socket.write(response.encode());
}

function queueName(topic) {
  const i = topic.indexOf('%');
  return i >= 0 ? topic.slice(i + 1) : topic;
}

function handle(kind, socket, request) {
  const denied = aclError(request);
  if (denied) {
    return respond(socket, request, ResponseCode.SYSTEM_ERROR, `org.apache.rocketmq.acl.common.AclException: ${denied}`);
  }
  const ext = request.extFields || {};
  if (kind === 'namesrv' && request.code === RequestCode.GET_ROUTEINTO_BY_TOPIC) {
    const queues = topics[queueName(ext.topic)];
    if (!queues) {
      return respond(socket, request, ResponseCode.TOPIC_NOT_EXIST, `No topic route info in name server for the topic: ${ext.topic}`);
    }
    // broker-0 is read-only: a producer must not pick its queues.
    const body = `{"brokerDatas":[{"brokerAddrs":{0:"${brokerAddr}"},"brokerName":"broker-a","cluster":"DefaultCluster"},` +
      `{"brokerAddrs":{0:"127.0.0.1:1"},"brokerName":"broker-0","cluster":"DefaultCluster"}],"filterServerTable":{},` +
      `"queueDatas":[{"brokerName":"broker-a","perm":6,"readQueueNums":${queues},"topicSysFlag":0,"writeQueueNums":${queues}},` +
      `{"brokerName":"broker-0","perm":4,"readQueueNums":2,"topicSysFlag":0,"writeQueueNums":2}]}`;
    return respond(socket, request, ResponseCode.SUCCESS, null, {}, Buffer.from(body, 'utf8'));
  }
  const batch = request.code === SEND_BATCH_MESSAGE;
  if (kind === 'broker' && (request.code === RequestCode.SEND_MESSAGE_V2 || batch)) {
    const topic = ext.b;
    const queueId = Number(ext.e);
    if (!topics[queueName(topic)]) {
      return respond(socket, request, ResponseCode.TOPIC_NOT_EXIST, `topic[${topic}] not exist, apply first please!`);
    }
    if (!(queueId >= 0 && queueId < topics[queueName(topic)])) {
      return respond(socket, request, ResponseCode.SYSTEM_ERROR, `queueId ${ext.e} out of range`);
    }
    const body = request.body || Buffer.alloc(0);
    if (body.length > maxMessageSize) {
      return respond(socket, request, MESSAGE_ILLEGAL, `the message body size over max value, MAX: ${maxMessageSize}`);
    }
    let messages;
    if (batch) {
      if (ext.m !== 'true') return respond(socket, request, MESSAGE_ILLEGAL, `a batch must say batch=true (m: ${ext.m})`);
      try {
        messages = decodeBatch(body);
      } catch (e) {
        return respond(socket, request, MESSAGE_ILLEGAL, `bad batch body: ${e.message}`);
      }
    } else {
      messages = [ { flag: ext.h, properties: parseProperties(ext.i), body } ];
    }
    if (busyLeft > 0 || (config.busyFile && fs.existsSync(config.busyFile))) {
      if (busyLeft > 0) busyLeft--;
      return respond(socket, request, config.busyCode || ResponseCode.SYSTEM_BUSY,
        '[PC_SYNCHRONIZED]broker busy, start flow control for a while');
    }
    const key = `${topic}.${queueId}`;
    const first = offsets[key] || 0;
    offsets[key] = first + messages.length;
    fs.appendFileSync(path.join(config.out, `${encodeURIComponent(topic)}.${queueId}.jsonl`), messages.map(m => JSON.stringify({
      producerGroup: ext.a, topic, queueId, brokerName: ext.n, bornTimestamp: ext.g, flag: m.flag, sysFlag: ext.f,
      properties: m.properties, body: m.body.toString('base64'),
    }) + '\n').join(''));
    if (config.requestLog) {
      fs.appendFileSync(config.requestLog, JSON.stringify({ code: request.code, topic, queueId, messages: messages.length }) + '\n');
    }
    return respond(socket, request, ResponseCode.SUCCESS, null, {
      msgId: messages.map((m, i) => `${queueId}-${first + i + 1}`).join(','), queueId: String(queueId), queueOffset: String(first),
    });
  }
  respond(socket, request, ResponseCode.REQUEST_CODE_NOT_SUPPORTED, `request code ${request.code} not supported`);
}

function serve(kind) {
  return net.createServer(socket => {
    let buffer = Buffer.alloc(0);
    socket.on('data', data => {
      buffer = Buffer.concat([ buffer, data ]);
      while (buffer.length >= 4) {
        const length = buffer.readInt32BE(0);
        if (buffer.length < 4 + length) break;
        const frame = buffer.slice(0, 4 + length);
        buffer = buffer.slice(4 + length);
        handle(kind, socket, RemotingCommand.decode(frame));
      }
    });
    socket.on('error', () => {});
  });
}

const namesrv = serve('namesrv');
const broker = serve('broker');
broker.listen(config.brokerPort || 0, '127.0.0.1', () => {
  brokerAddr = `127.0.0.1:${broker.address().port}`;
  namesrv.listen(config.nameServerPort || 0, '127.0.0.1', () => {
    process.stdout.write(JSON.stringify({ nameServer: `127.0.0.1:${namesrv.address().port}`, broker: brokerAddr }) + '\n');
  });
});
process.on('SIGTERM', () => process.exit(0));
process.stdin.on('end', () => process.exit(0));  // the test went away: do not linger
process.stdin.resume();
