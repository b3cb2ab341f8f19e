'use strict';
// A RocketMQ name server and broker on loopback, for the C++ tests. Frames are decoded and answered with
// ali-ons's remoting code (RemotingCommand); ACL signatures are recomputed with ali-ons's own signing
// (Channel#beforeRequest) and a mismatch is refused the way an Apache broker refuses it. The name server
// answers routes as fastjson writes them (numeric map keys without quotes); the broker stores each
// message in `out`/<topic>.<queueId>.jsonl in arrival order.
// Usage: node rocketmq-oracle.js '{"accessKey":"…","secretKey":"…","out":"dir",
//          "topics":{"T":4},"busyFirst":0,"busyFile":"path","nameServerPort":0,"brokerPort":0}'
// (the ports: listen there, for a test that restarts the oracle; 0 picks free ones)
// A 5.x instance signs with its user name and password instead of an AccessKey pair: give "user" and
// "password" in place of "accessKey" and "secretKey" (the same remoting signature, checked the same way).
// "busyFirst": answer SYSTEM_BUSY to that many sends; "busyFile": to every send while that file exists.
// "busyCode": the code of those answers (default SYSTEM_BUSY, 2).
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
  if (kind === 'broker' && request.code === RequestCode.SEND_MESSAGE_V2) {
    const topic = ext.b;
    const queueId = Number(ext.e);
    if (!topics[queueName(topic)]) {
      return respond(socket, request, ResponseCode.TOPIC_NOT_EXIST, `topic[${topic}] not exist, apply first please!`);
    }
    if (!(queueId >= 0 && queueId < topics[queueName(topic)])) {
      return respond(socket, request, ResponseCode.SYSTEM_ERROR, `queueId ${ext.e} out of range`);
    }
    if (busyLeft > 0 || (config.busyFile && fs.existsSync(config.busyFile))) {
      if (busyLeft > 0) busyLeft--;
      return respond(socket, request, config.busyCode || ResponseCode.SYSTEM_BUSY,
        '[PC_SYNCHRONIZED]broker busy, start flow control for a while');
    }
    const properties = {};
    for (const pair of (ext.i || '').split('\u0002')) {
      if (!pair) continue;
      const [ k, v ] = pair.split('\u0001');
      properties[k] = v;
    }
    const key = `${topic}.${queueId}`;
    offsets[key] = (offsets[key] || 0) + 1;
    fs.appendFileSync(path.join(config.out, `${encodeURIComponent(topic)}.${queueId}.jsonl`), JSON.stringify({
      producerGroup: ext.a, topic, queueId, brokerName: ext.n, bornTimestamp: ext.g, flag: ext.h, sysFlag: ext.f,
      properties, body: (request.body || Buffer.alloc(0)).toString('base64'),
    }) + '\n');
    return respond(socket, request, ResponseCode.SUCCESS, null,
      { msgId: `${queueId}-${offsets[key]}`, queueId: String(queueId), queueOffset: String(offsets[key] - 1) });
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
