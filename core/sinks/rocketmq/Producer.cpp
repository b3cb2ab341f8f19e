#include "sinks/rocketmq/Producer.h"

#include "common/Error.h"
#include "common/Log.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>
#include <optional>
#include <QUuid>
#include <QtEndian>

namespace dts::rocketmq {

namespace {

// host:port of one name server entry; instance endpoints are URLs (port 80 by default).
QString hostPort(QString entry)
{
    entry = entry.trimmed();
    if (entry.contains(QLatin1String("://"))) {
        const QUrl url(entry);
        return url.host() + ':' + QString::number(url.port(80));
    }
    return entry;
}

bool retryable(int code)
{
    return code == SystemBusy || code == FlushDiskTimeout || code == FlushSlaveTimeout || code == SlaveNotAvailable ||
           code == ServiceNotAvailable;
}

bool authFailure(const Command &r)
{
    if (r.code == NoPermission)
        return true;
    // Apache brokers answer a refused signature as SYSTEM_ERROR with the reason in the remark.
    return r.code == SystemError && QRegularExpression(QStringLiteral("signature|accesskey|acl"),
                                                       QRegularExpression::CaseInsensitiveOption).match(r.remark).hasMatch();
}

}  // namespace

QString namespaceFromEndpoint(const QString &endpoint)
{
    static const QRegularExpression re(QStringLiteral("^(?:[a-z]+://)?(MQ_INST_[A-Za-z0-9_]+)\\."));
    const auto m = re.match(endpoint.trimmed());
    return m.hasMatch() ? m.captured(1) : QString();
}

QString encodeProperties(const QMap<QString, QString> &properties)
{
    QString s;
    for (auto it = properties.begin(); it != properties.end(); ++it)
        s += it.key() + QChar(1) + it.value() + QChar(2);
    return s;
}

QMap<QString, QString> sendProperties(QMap<QString, QString> properties)
{
    properties.insert(QStringLiteral("WAIT"), QStringLiteral("true"));
    if (!properties.contains(QStringLiteral("UNIQ_KEY")))
        properties.insert(QStringLiteral("UNIQ_KEY"), QUuid::createUuid().toString(QUuid::Id128).toUpper());
    return properties;
}

namespace {

constexpr qsizetype kBatchEntryFixed = 4 + 4 + 4 + 4 + 4 + 2;  // total size, magic, CRC, flag, body length, properties length

}  // namespace

qsizetype batchEntrySize(const Message &m)
{
    return kBatchEntryFixed + m.body.size() + encodeProperties(m.properties).toUtf8().size();
}

QByteArray encodeBatch(const QList<Message> &messages)
{
    QByteArray out;
    qsizetype total = 0;
    for (const Message &m : messages)
        total += kBatchEntryFixed + m.body.size() + 64;
    out.reserve(total);
    for (const Message &m : messages) {
        const QByteArray props = encodeProperties(m.properties).toUtf8();
        if (props.size() > 32767)
            throw Error(ErrorKind::Invalid, m.properties.value(QStringLiteral("KEYS")),
                        QStringLiteral("the message properties take %1 bytes, more than the 32767 a batched message may carry")
                            .arg(props.size()),
                        QStringLiteral("shorten the keys, or send without batches (batch.maxMessages 1)"));
        char head[kBatchEntryFixed - 2];
        qToBigEndian<qint32>(qint32(kBatchEntryFixed + m.body.size() + props.size()), head);
        qToBigEndian<qint32>(0, head + 4);   // magic code: the broker sets its own
        qToBigEndian<qint32>(0, head + 8);   // body CRC: computed by the broker
        qToBigEndian<qint32>(0, head + 12);  // flag
        qToBigEndian<qint32>(qint32(m.body.size()), head + 16);
        out.append(head, sizeof head);
        out += m.body;
        char plen[2];
        qToBigEndian<qint16>(qint16(props.size()), plen);
        out.append(plen, 2);
        out += props;
    }
    return out;
}

Producer::Producer(ProducerOptions options) : m_o(std::move(options))
{
    for (const QString &e : m_o.nameServer.split(';', Qt::SkipEmptyParts))
        m_nameServers << hostPort(e);
    if (m_nameServers.isEmpty())
        throw Error(ErrorKind::Invalid, QStringLiteral("destination.nameServer"), QStringLiteral("no name server address"),
                    QStringLiteral("set nameServer to host:port (or the instance's TCP endpoint)"));
    m_namespace = m_o.instanceId.isEmpty() ? namespaceFromEndpoint(m_o.nameServer) : m_o.instanceId;
}

Producer::~Producer()
{
    qDeleteAll(m_sockets);
}

QString Producer::wrap(const QString &name) const
{
    if (m_namespace.isEmpty() || name.startsWith(m_namespace + '%'))
        return name;
    return m_namespace + '%' + name;
}

Error Producer::refused(const QString &object, const QString &who, const QString &remark) const
{
    if (m_o.version >= 5)
        return Error(ErrorKind::Permanent, object,
                     QStringLiteral("%1 refused the instance user %2 with its password: %3").arg(who, m_o.accessKey, remark),
                     QStringLiteral("check destination.user and destination.password (or passwordEnv): the instance's user "
                                    "name and password from the RocketMQ console, with publish permission on the topic"));
    return Error(ErrorKind::Permanent, object,
                 QStringLiteral("%1 refused the credentials of AccessKey %2: %3").arg(who, m_o.accessKey, remark),
                 QStringLiteral("check destination.accessKeyId and destination.accessKeySecret (or accessKeySecretEnv): an "
                                "AccessKey pair allowed to publish to the topic"));
}

QTcpSocket *Producer::socket(const QString &addr)
{
    if (QTcpSocket *s = m_sockets.value(addr); s && s->state() == QAbstractSocket::ConnectedState)
        return s;
    drop(addr);
    const qsizetype colon = addr.lastIndexOf(':');
    auto *s = new QTcpSocket;
    s->connectToHost(addr.left(colon), quint16(addr.mid(colon + 1).toUInt()));
    if (!s->waitForConnected(m_o.timeoutMs)) {
        const QString why = s->errorString();
        delete s;
        throw Error(ErrorKind::Transient, addr, QStringLiteral("cannot connect to RocketMQ: %1").arg(why),
                    QStringLiteral("check the address and that this machine may reach it (whitelist, VPC, internet endpoint)"));
    }
    s->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_sockets.insert(addr, s);
    return s;
}

void Producer::drop(const QString &addr)
{
    if (QTcpSocket *s = m_sockets.take(addr)) {
        s->abort();
        delete s;
    }
}

Command Producer::request(const QString &addr, Command c)
{
    c.opaque = ++m_opaque;
    signCommand(c, m_o.accessKey, m_o.secret);
    QTcpSocket *s = socket(addr);
    const QByteArray frame = c.encode();
    s->write(frame);
    QElapsedTimer timer;
    timer.start();
    auto lost = [&](const QString &what) {
        drop(addr);
        return Error(ErrorKind::Transient, addr, QStringLiteral("RocketMQ request %1: %2").arg(c.code).arg(what),
                     QStringLiteral("the broker or name server may be down or overloaded; it is retried"));
    };
    while (s->bytesToWrite() > 0)
        if (!s->waitForBytesWritten(int(qMax<qint64>(1, m_o.timeoutMs - timer.elapsed()))))
            throw lost(QStringLiteral("sending failed (%1)").arg(s->errorString()));
    QByteArray in;
    for (;;) {
        // Answers to earlier requests that timed out may still arrive: skip them by opaque.
        while (in.size() >= 4) {
            const qint32 length = qFromBigEndian<qint32>(in.constData());
            if (length < 4 || length > 64 * 1024 * 1024)
                throw lost(QStringLiteral("bad frame length %1").arg(length));
            if (in.size() < 4 + length)
                break;
            Command r = Command::decode(in.mid(4, length), addr);
            in.remove(0, 4 + length);
            if (r.isResponse() && r.opaque == c.opaque)
                return r;
        }
        const qint64 left = m_o.timeoutMs - timer.elapsed();
        if (left <= 0 || (!s->bytesAvailable() && !s->waitForReadyRead(int(left))))
            throw lost(s->state() == QAbstractSocket::ConnectedState ? QStringLiteral("no answer within %1 ms").arg(m_o.timeoutMs)
                                                                     : QStringLiteral("connection closed (%1)").arg(s->errorString()));
        in += s->readAll();
    }
}

QList<MessageQueue> Producer::queues(const QString &topic, bool refresh)
{
    if (!refresh)
        if (auto it = m_routes.constFind(topic); it != m_routes.cend())
            return *it;
    const QString wire = wrap(topic);
    std::optional<Error> last;
    for (const QString &ns : m_nameServers) {
        Command c;
        c.code = GetRouteInfoByTopic;
        c.extFields.insert(QStringLiteral("topic"), wire);
        Command r;
        try {
            r = request(ns, c);
        } catch (const Error &e) {
            last = e;
            continue;
        }
        if (r.code == TopicNotExist || (r.code == Success && r.body.isEmpty()))
            throw Error(ErrorKind::Permanent, QStringLiteral("topic %1").arg(wire),
                        QStringLiteral("the topic does not exist (name server %1: %2)").arg(ns, r.remark),
                        QStringLiteral("create the topic in the RocketMQ console or pick an existing one"));
        if (authFailure(r))
            throw refused(QStringLiteral("topic %1").arg(wire), QStringLiteral("the name server %1").arg(ns), r.remark);
        if (r.code != Success)
            throw Error(ErrorKind::Permanent, QStringLiteral("topic %1").arg(wire),
                        QStringLiteral("route query failed with code %1: %2").arg(r.code).arg(r.remark));
        const QList<MessageQueue> list = parseRoute(r.body, wire);
        if (list.isEmpty())
            throw Error(ErrorKind::Permanent, QStringLiteral("topic %1").arg(wire),
                        QStringLiteral("the topic has no writable queue on a broker master"),
                        QStringLiteral("give the topic write permission and at least one write queue"));
        m_routes.insert(topic, list);
        return list;
    }
    throw *last;
}

SendResult Producer::send(const QString &topic, const MessageQueue &queue, const QByteArray &body,
                          const QMap<QString, QString> &properties)
{
    return sendRequest(SendMessageV2, topic, queue, body, sendProperties(properties));
}

void Producer::sendInOrder(const QString &topic, const MessageQueue &queue, const QList<Message> &messages, RateLimiter *tps,
                           const std::function<void(qsizetype)> &stored)
{
    // A batch never holds more than one second of the TPS limit, so the limit stays smooth.
    const double rate = tps ? tps->rate() : 0;
    const int maxCount = qMax(1, rate > 0 ? qMin(m_o.batchMessages, int(rate)) : m_o.batchMessages);
    // The header's properties of a batch are the batch's own (WAIT), as the Java client sends them.
    const QMap<QString, QString> batchProperties{{QStringLiteral("WAIT"), QStringLiteral("true")}};
    QList<Message> batch;
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < messages.size();) {
        batch.clear();
        bytes = 0;
        for (; i < messages.size() && batch.size() < maxCount; ++i) {
            Message m{messages[i].body, sendProperties(messages[i].properties)};
            const qsizetype size = batchEntrySize(m);
            if (!batch.isEmpty() && bytes + size > m_o.batchBytes)
                break;
            bytes += size;
            batch << std::move(m);
        }
        if (tps)
            tps->acquire(double(batch.size()));
        if (batch.size() == 1)
            sendRequest(SendMessageV2, topic, queue, batch[0].body, batch[0].properties);
        else
            sendRequest(SendBatchMessage, topic, queue, encodeBatch(batch), batchProperties, int(batch.size()));
        if (stored)
            stored(i);
    }
}

SendResult Producer::sendRequest(int code, const QString &topic, const MessageQueue &queue, const QByteArray &body,
                                 const QMap<QString, QString> &props, int count)
{
    const QString wire = wrap(topic);
    QString object = QStringLiteral("topic %1 queue %2@%3 (broker %4)").arg(wire).arg(queue.queueId).arg(queue.brokerName, queue.brokerAddr);
    if (count > 1)
        object += QStringLiteral(", a batch of %1 messages").arg(count);
    int backoff = m_o.retryBackoffMs;
    for (int attempt = 0;; ++attempt) {
        Command c;
        c.code = code;
        c.extFields = {
            {"a", wrap(m_o.producerGroup)}, {"b", wire}, {"c", QStringLiteral("TBW102")}, {"d", QStringLiteral("4")},
            {"e", QString::number(queue.queueId)}, {"f", QStringLiteral("0")},
            {"g", QString::number(QDateTime::currentMSecsSinceEpoch())}, {"h", QStringLiteral("0")},
            {"i", encodeProperties(props)}, {"j", QStringLiteral("0")}, {"k", QStringLiteral("false")},
            {"l", QStringLiteral("16")}, {"m", code == SendBatchMessage ? QStringLiteral("true") : QStringLiteral("false")},
            {"n", queue.brokerName},
        };
        c.body = body;
        std::optional<Error> failure;
        try {
            const Command r = request(queue.brokerAddr, c);
            if (r.code == Success)
                return {r.extFields.value(QStringLiteral("msgId")), r.extFields.value(QStringLiteral("queueOffset")).toLongLong(), r.code};
            if (authFailure(r))
                throw refused(object, QStringLiteral("the broker"), r.remark);
            if (r.code == TopicNotExist)
                throw Error(ErrorKind::Permanent, object, QStringLiteral("the broker does not know the topic: %1").arg(r.remark),
                            QStringLiteral("create the topic in the RocketMQ console"));
            if (r.code == MessageIllegal && count > 1)
                throw Error(ErrorKind::Permanent, object, QStringLiteral("the broker refused the batch (code %1): %2").arg(r.code).arg(r.remark),
                            QStringLiteral("lower destination.batch.maxBytes below the broker's maxMessageSize, or set "
                                           "destination.batch.maxMessages to 1 to send messages one by one"));
            if (!retryable(r.code))
                throw Error(ErrorKind::Permanent, object, QStringLiteral("send failed with code %1: %2").arg(r.code).arg(r.remark));
            failure = Error(ErrorKind::Transient, object, QStringLiteral("broker answered code %1 (%2)").arg(r.code).arg(r.remark),
                            QStringLiteral("the broker is overloaded (flow control, a full or slow disk) or its replicas are slow: "
                                           "check the broker's load and disk in the RocketMQ console, or raise "
                                           "advanced.retryOtherMinutes; a task run again resumes from its checkpoint"),
                            r.code);
        } catch (const Error &e) {
            if (e.kind() != ErrorKind::Transient)
                throw;
            failure = e;
        }
        if (attempt >= m_o.retries)
            throw Error(ErrorKind::Transient, failure->object(),
                        QStringLiteral("%1 (after %2 attempts)").arg(failure->message()).arg(attempt + 1), failure->fix(), failure->code());
        log()->warn("{}: {}; retrying in {} ms", str(failure->object()), str(failure->message()), backoff);
        QThread::msleep(ulong(backoff));
        backoff *= 2;
    }
}

}  // namespace dts::rocketmq
