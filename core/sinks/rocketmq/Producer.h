#pragma once
// A RocketMQ producer over the remoting protocol, blocking: each call returns when the broker answered.
// Lives on one thread (its sockets belong to it). Sends are synchronous, so messages given in order to a
// queue are stored in that order.
#include "common/Error.h"
#include "sinks/rocketmq/Remoting.h"

#include <QHash>
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

    QString namespacePrefix() const { return m_namespace; }
    QString wrap(const QString &name) const;  // with the instance namespace, if any
    // A refused signature, named by the task file's fields of this version.
    Error refused(const QString &object, const QString &who, const QString &remark) const;

private:
    Command request(const QString &addr, Command c);
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

}  // namespace dts::rocketmq
