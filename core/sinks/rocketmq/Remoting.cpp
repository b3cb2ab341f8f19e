#include "sinks/rocketmq/Remoting.h"

#include "common/Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QtEndian>
#include <algorithm>

namespace dts::rocketmq {

QByteArray Command::encode() const
{
    QJsonObject ext;
    for (auto it = extFields.begin(); it != extFields.end(); ++it)
        ext.insert(it.key(), it.value());
    QJsonObject h{{"code", code}, {"language", "CPP"}, {"version", version}, {"opaque", opaque}, {"flag", flag},
                  {"extFields", ext}};
    if (!remark.isNull())
        h.insert(QStringLiteral("remark"), remark);
    const QByteArray header = QJsonDocument(h).toJson(QJsonDocument::Compact);
    QByteArray frame(8, Qt::Uninitialized);
    qToBigEndian<qint32>(qint32(4 + header.size() + body.size()), frame.data());
    qToBigEndian<qint32>(qint32(header.size()), frame.data() + 4);  // serialize type 0: JSON
    return frame + header + body;
}

Command Command::decode(const QByteArray &frame, const QString &peer)
{
    auto bad = [&](const QString &what) {
        return Error(ErrorKind::Permanent, peer, QStringLiteral("malformed RocketMQ frame: %1").arg(what),
                     QStringLiteral("check that the address is a RocketMQ name server or broker (remoting port)"));
    };
    if (frame.size() < 4)
        throw bad(QStringLiteral("shorter than its header length"));
    const quint32 mark = qFromBigEndian<quint32>(frame.constData());
    const int serialize = int(mark >> 24);
    const qsizetype headerLength = mark & 0xffffff;
    if (serialize != 0)
        throw bad(QStringLiteral("serialize type %1 (only JSON headers are supported)").arg(serialize));
    if (headerLength > frame.size() - 4)
        throw bad(QStringLiteral("header length %1 beyond the frame (%2 bytes)").arg(headerLength).arg(frame.size()));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(frame.mid(4, headerLength), &err);
    if (!doc.isObject())
        throw bad(QStringLiteral("header is not JSON (%1)").arg(err.errorString()));
    const QJsonObject h = doc.object();
    Command c;
    c.code = h.value(QLatin1String("code")).toInt();
    c.flag = h.value(QLatin1String("flag")).toInt();
    c.opaque = h.value(QLatin1String("opaque")).toInt();
    c.version = h.value(QLatin1String("version")).toInt();
    c.remark = h.value(QLatin1String("remark")).toString();
    const QJsonObject ext = h.value(QLatin1String("extFields")).toObject();
    for (auto it = ext.begin(); it != ext.end(); ++it)
        c.extFields.insert(it.key(), it.value().isString() ? it.value().toString() : it.value().toVariant().toString());
    c.body = frame.mid(4 + headerLength);
    return c;
}

QByteArray aclSignature(const QByteArray &secret, const QByteArray &content)
{
    return QMessageAuthenticationCode::hash(content, secret, QCryptographicHash::Sha1).toBase64();
}

QByteArray aclContent(const QMap<QString, QString> &extFields, const QByteArray &body)
{
    // QMap orders QString keys by UTF-16 code units: the same as byte order for the ASCII keys used here.
    QByteArray content;
    for (auto it = extFields.begin(); it != extFields.end(); ++it)
        if (it.key() != QLatin1String("Signature"))
            content += it.value().toUtf8();
    return content + body;
}

void signCommand(Command &c, const QString &accessKey, const QByteArray &secret)
{
    if (accessKey.isEmpty())
        return;
    c.extFields.insert(QStringLiteral("AccessKey"), accessKey);
    c.extFields.insert(QStringLiteral("OnsChannel"), QStringLiteral("ALIYUN"));
    c.extFields.remove(QStringLiteral("Signature"));
    c.extFields.insert(QStringLiteral("Signature"), QString::fromLatin1(aclSignature(secret, aclContent(c.extFields, c.body))));
}

QByteArray quoteNumericKeys(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size() + 16);
    bool inString = false;
    char lastSignificant = 0;  // outside strings: the last non-space character
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < in.size())
                out += in[++i];
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            out += c;
            lastSignificant = c;
            continue;
        }
        // A key position ({ or , before it inside an object) holding a bare number followed by ':'.
        if ((lastSignificant == '{' || lastSignificant == ',') && (c == '-' || (c >= '0' && c <= '9'))) {
            qsizetype j = i + 1;
            while (j < in.size() && in[j] >= '0' && in[j] <= '9')
                ++j;
            qsizetype k = j;
            while (k < in.size() && (in[k] == ' ' || in[k] == '\t' || in[k] == '\n' || in[k] == '\r'))
                ++k;
            if (k < in.size() && in[k] == ':') {
                out += '"';
                out += in.mid(i, j - i);
                out += '"';
                i = j - 1;
                lastSignificant = '"';
                continue;
            }
        }
        out += c;
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            lastSignificant = c;
    }
    return out;
}

QList<MessageQueue> parseRoute(const QByteArray &body, const QString &topic)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(quoteNumericKeys(body), &err);
    if (!doc.isObject())
        throw Error(ErrorKind::Permanent, QStringLiteral("topic %1").arg(topic),
                    QStringLiteral("the name server's route answer is not JSON (%1)").arg(err.errorString()),
                    QStringLiteral("check that the name server address points at a RocketMQ name server"));
    const QJsonObject route = doc.object();
    QHash<QString, QString> masters;
    for (const QJsonValue &b : route.value(QLatin1String("brokerDatas")).toArray()) {
        const QJsonObject broker = b.toObject();
        const QString master = broker.value(QLatin1String("brokerAddrs")).toObject().value(QLatin1String("0")).toString();
        if (!master.isEmpty())
            masters.insert(broker.value(QLatin1String("brokerName")).toString(), master);
    }
    QList<QJsonObject> queueDatas;
    for (const QJsonValue &q : route.value(QLatin1String("queueDatas")).toArray())
        queueDatas << q.toObject();
    std::stable_sort(queueDatas.begin(), queueDatas.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("brokerName")).toString() < b.value(QLatin1String("brokerName")).toString();
    });
    QList<MessageQueue> queues;
    for (const QJsonObject &q : queueDatas) {
        const QString broker = q.value(QLatin1String("brokerName")).toString();
        if (!(q.value(QLatin1String("perm")).toInt() & 2) || !masters.contains(broker))
            continue;
        for (int id = 0; id < q.value(QLatin1String("writeQueueNums")).toInt(); ++id)
            queues << MessageQueue{broker, masters.value(broker), id};
    }
    return queues;
}

}  // namespace dts::rocketmq
