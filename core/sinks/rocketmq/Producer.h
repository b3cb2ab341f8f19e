#pragma once
// A RocketMQ producer over the remoting protocol, blocking: each call returns when the broker answered.
// Lives on one thread (its sockets belong to it). Sends are synchronous, so messages given in order to a
// queue are stored in that order.
#include "common/Error.h"
#include "pipeline/Throttle.h"
#include "sinks/rocketmq/Remoting.h"

#include <QHash>
#include <functional>
#include <memory>

class QTcpSocket;

namespace dts::rocketmq {

struct ProducerOptions {
    QString nameServer;        // "host:port[;host:port]" or an instance endpoint "http://MQ_INST_xxx.…:80"
    QString instanceId;        // MQ_INST_…: topics and groups go out as "MQ_INST_…%name"; empty: from the endpoint
    QString accessKey;         // 4.x AccessKey, or the 5.x instance user name; empty: no ACL
    QByteArray secret;         // 4.x SecretKey, or the 5.x instance password (never logged)
    int version = 4;           // 4: accessKey/secret are an AccessKey pair; 5: the instance user and password
    QString producerGroup = QStringLiteral("dts-producer-group");
    int timeoutMs = 3000;      // per request
    int retries = 2;           // further attempts after a retryable failure (busy, flush timeout, lost connection)
    int retryBackoffMs = 200;  // doubled for each further attempt
    // Consecutive messages for one queue go out as one SEND_BATCH_MESSAGE of at most this many messages and
    // bytes (the encoded batch body; brokers refuse bodies over maxMessageSize, 4 MiB by default).
    // batchMessages 1: every message on its own (SEND_MESSAGE_V2).
    int batchMessages = 256;
    qint64 batchBytes = 1024 * 1024;
};

// One message for a queue: its body and properties (KEYS, …; WAIT and UNIQ_KEY are added when sent).
struct Message {
    QByteArray body;
    QMap<QString, QString> properties;
};

struct SendResult {
    QString msgId;
    qint64 queueOffset = -1;
    int responseCode = 0;
};

class Producer {
public:
    explicit Producer(ProducerOptions options);
    ~Producer();
    Producer(const Producer &) = delete;
    Producer &operator=(const Producer &) = delete;

    // The topic's writable queues (cached; refresh=true asks the name server again). Throws dts::Error:
    // Permanent when the topic does not exist or has no writable queue, Transient when no name server answers.
    QList<MessageQueue> queues(const QString &topic, bool refresh = false);
    // Sends one message to that queue; retries (same queue, keeping its order) on retryable answers.
    // Throws dts::Error: Permanent for refused credentials, a missing topic or an illegal message,
    // Transient when the broker stayed unreachable or busy through the retries.
    SendResult send(const QString &topic, const MessageQueue &queue, const QByteArray &body,
                    const QMap<QString, QString> &properties = {});
    // Sends one queue's messages in their order, as batches within the batch limits, one request at a time
    // (a batch of one is a plain send). `tps` (may be null) is charged per message before each request.
    // After each stored batch `stored(end)` says that messages [0, end) are stored. A failed batch is
    // retried whole, with the same UNIQ_KEYs, as send() retries one message (at least once: a batch the
    // broker stored but whose answer was lost is stored again); then this throws as send() does, and the
    // messages from the failed batch on are not stored.
    void sendInOrder(const QString &topic, const MessageQueue &queue, const QList<Message> &messages, RateLimiter *tps,
                     const std::function<void(qsizetype end)> &stored = {});

    QString namespacePrefix() const { return m_namespace; }
    QString wrap(const QString &name) const;  // with the instance namespace, if any
    // A refused signature, named by the task file's fields of this version.
    Error refused(const QString &object, const QString &who, const QString &remark) const;

private:
    Command request(const QString &addr, Command c);
    SendResult sendRequest(int code, const QString &topic, const MessageQueue &queue, const QByteArray &body,
                           const QMap<QString, QString> &properties, int count = 1);
    QTcpSocket *socket(const QString &addr);
    void drop(const QString &addr);

    ProducerOptions m_o;
    QStringList m_nameServers;
    QString m_namespace;
    int m_opaque = 0;
    QHash<QString, QTcpSocket *> m_sockets;
    QHash<QString, QList<MessageQueue>> m_routes;
};

// The instance namespace an endpoint implies: "http://MQ_INST_123_abc.cn-hangzhou.mq…" → "MQ_INST_123_abc".
QString namespaceFromEndpoint(const QString &endpoint);
// Message properties as the broker stores them: "k\x01v\x02…".
QString encodeProperties(const QMap<QString, QString> &properties);
// A message's properties as sent: WAIT=true and a fresh UNIQ_KEY (the client's message ID) unless given.
QMap<QString, QString> sendProperties(QMap<QString, QString> properties);
// The body of a SEND_BATCH_MESSAGE, as Apache RocketMQ's MessageDecoder.encodeMessages lays it out: per message
// int32 total size, int32 magic code 0, int32 body CRC 0, int32 flag 0, int32 body length + body, int16
// properties length + properties (UTF-8, encodeProperties). Throws dts::Error (Invalid) for properties longer
// than 32767 bytes.
QByteArray encodeBatch(const QList<Message> &messages);
// What one message adds to a batch body.
qsizetype batchEntrySize(const Message &m);

}  // namespace dts::rocketmq
