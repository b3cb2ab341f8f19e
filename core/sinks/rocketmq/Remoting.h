#pragma once
// RocketMQ's remoting protocol, the pieces that are pure data: frames, the JSON header, ACL signing and
// the name server's route answer.
//   frame := int32 length (of all that follows) | int32 (serializeType << 24 | headerLength) | header | body
// with serializeType 0 (JSON) and header {"code","language","version","opaque","flag","remark","extFields"}.
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace dts::rocketmq {

enum RequestCode { SendMessageV2 = 310, SendBatchMessage = 320, GetRouteInfoByTopic = 105 };
enum ResponseCode {
    Success = 0, SystemError = 1, SystemBusy = 2, RequestCodeNotSupported = 3, FlushDiskTimeout = 10,
    SlaveNotAvailable = 11, FlushSlaveTimeout = 12, MessageIllegal = 13, ServiceNotAvailable = 14,
    VersionNotSupported = 15, NoPermission = 16, TopicNotExist = 17,
};

struct Command {
    int code = 0;
    int flag = 0;       // bit 0: a response; bit 1: one-way
    int opaque = 0;     // pairs a response with its request
    int version = 399;  // the client version the broker sees (V4_9_4)
    QString remark;
    QMap<QString, QString> extFields;  // QMap: sorted by key, which the signature needs
    QByteArray body;

    bool isResponse() const { return flag & 1; }
    QByteArray encode() const;  // the whole frame, length prefix included
    // A frame without its 4-byte length prefix. Throws dts::Error (Permanent) for a malformed frame.
    static Command decode(const QByteArray &frame, const QString &peer);
};

// ACL (RocketMQ 4.x AccessKey/SecretKey; 5.x instance user/password go through the same hook):
// AccessKey (and OnsChannel, as Alibaba Cloud's clients send it) are added to extFields, then
// Signature = base64(HMAC-SHA1(secret, values of all extFields but Signature, sorted by key, + body)).
QByteArray aclSignature(const QByteArray &secret, const QByteArray &content);
QByteArray aclContent(const QMap<QString, QString> &extFields, const QByteArray &body);
void signCommand(Command &c, const QString &accessKey, const QByteArray &secret);

// The name server's GET_ROUTEINFO_BY_TOPIC body is fastjson output, which writes map keys that are numbers
// without quotes ({0:"ip:port"}). Returns standard JSON: such keys quoted, everything else as it was.
QByteArray quoteNumericKeys(const QByteArray &fastjson);

struct MessageQueue {
    QString brokerName;
    QString brokerAddr;  // the master's host:port
    int queueId = 0;
    bool operator==(const MessageQueue &o) const = default;
};

// The queues a producer writes to: queueDatas sorted by broker name, writable (perm & 2) with a master
// (brokerId 0), ids below writeQueueNums. Throws dts::Error (Permanent) naming the topic when the body is
// not a route.
QList<MessageQueue> parseRoute(const QByteArray &body, const QString &topic);

}  // namespace dts::rocketmq
