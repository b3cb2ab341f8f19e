#include "sinks/rocketmq/MessageSink.h"

#include "common/Error.h"
#include "common/Log.h"
#include "sinks/formats/CanalJson.h"
#include "sinks/formats/DtsAvro.h"
#include "sinks/formats/SharePlexJson.h"

namespace dts::rocketmq {

QString formatName(Format f)
{
    switch (f) {
    case Format::CanalJson: return QStringLiteral("canal-json");
    case Format::DtsAvro: return QStringLiteral("dts-avro");
    case Format::SharePlexJson: return QStringLiteral("shareplex-json");
    }
    return {};
}

std::optional<Format> formatFromName(const QString &name)
{
    for (Format f : {Format::CanalJson, Format::DtsAvro, Format::SharePlexJson})
        if (formatName(f) == name)
            return f;
    return std::nullopt;
}

std::optional<Ordering> orderingFromName(const QString &name)
{
    if (name == QLatin1String("single-queue"))
        return Ordering::SingleQueue;
    if (name == QLatin1String("table-hash"))
        return Ordering::TableHash;
    if (name == QLatin1String("column-hash"))
        return Ordering::ColumnHash;
    return std::nullopt;
}

quint32 orderingHash(QByteArrayView key)
{
    quint32 h = 2166136261u;
    for (char c : key) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    return h;
}

MessageSink::MessageSink(Producer &producer, SinkOptions options)
    : m_producer(producer), m_o(std::move(options)), m_tps(m_o.tpsLimit)
{
    if (m_o.topic.isEmpty())
        throw Error(ErrorKind::Invalid, QStringLiteral("destination.topic"), QStringLiteral("no topic given"),
                    QStringLiteral("set the topic the records are sent to"));
}

QString MessageSink::topicFor(const QString &db, const QString &table, bool ddl) const
{
    if (ddl && !m_o.ddlTopic.isEmpty())
        return m_o.ddlTopic;
    if (!table.isEmpty())
        if (auto it = m_o.topicMapping.constFind(db + '.' + table); it != m_o.topicMapping.cend())
            return *it;
    if (auto it = m_o.topicMapping.constFind(db); it != m_o.topicMapping.cend())
        return *it;
    return m_o.topic;
}

int MessageSink::queueIndex(const ChangeEvent &e, int count) const
{
    if (count <= 1 || m_o.ordering == Ordering::SingleQueue)
        return 0;
    QByteArray key = e.database.toUtf8() + '.' + e.table.toUtf8();
    if (m_o.ordering == Ordering::ColumnHash && e.kind != ChangeEvent::Ddl && e.shape) {
        const TableShape &shape = *e.shape;
        const QStringList names = m_o.partitionKeys.value(e.database + '.' + e.table);
        QList<int> columns;
        for (const QString &n : names)
            if (const int i = int(shape.columns.indexOf(n)); i >= 0)
                columns << i;
        if (names.isEmpty())
            columns = shape.primaryKey;
        // The after image for inserts and updates (a key change moves the row's later records with it),
        // the before image for deletes.
        const Row &row = e.kind == ChangeEvent::Delete ? e.before : e.after;
        for (int i : columns) {
            key += '\x1f';
            if (i < row.size() && !row[i].isNull())
                key += row[i].toText();
        }
    }
    return int(orderingHash(key) % quint32(count));
}

QByteArray MessageSink::encode(const ChangeEvent &e, bool init, const QString &gtid)
{
    const formats::RecordMeta meta = formats::nextMeta(m_id, m_o.serverId, gtid, init, m_o.syncAllFields);
    switch (m_o.format) {
    case Format::CanalJson: return formats::canalJson(e, meta);
    case Format::DtsAvro: return formats::dtsAvro(e, meta);
    case Format::SharePlexJson: return formats::sharePlexJson(e, meta);
    }
    return {};
}

void MessageSink::send(const ChangeEvent &e, bool init, const QString &gtid)
{
    if (!formats::isRecord(e))
        return;  // transaction boundaries and heartbeats are no records
    const bool ddl = e.kind == ChangeEvent::Ddl;
    const QString object = ddl ? e.database : e.database + '.' + e.table;
    const QByteArray body = encode(e, init, gtid);
    if (body.size() > m_o.maxRecordBytes) {
        const QString what = QStringLiteral("a %1 record of %2 bytes is larger than the %3-byte limit of a message")
                                 .arg(kindName(e.kind)).arg(body.size()).arg(m_o.maxRecordBytes);
        if (!m_o.filterLargeRecords)
            throw Error(ErrorKind::Permanent, object, what,
                        QStringLiteral("turn on \"filter large records\" to drop such records, or exclude the column or table"));
        ++m_dropped;
        const QString warning = QStringLiteral("%1: %2; dropped (filter large records is on) at %3")
                                    .arg(object, what, e.position.toString());
        log()->warn("{}", str(warning));
        m_warnings << warning;
        return;
    }
    m_tps.acquire(1);
    const QString topic = topicFor(e.database, e.table, ddl);
    const QList<MessageQueue> queues = m_producer.queues(topic);
    const MessageQueue &queue = queues[queueIndex(e, int(queues.size()))];
    QMap<QString, QString> props;
    props.insert(QStringLiteral("KEYS"), object);
    m_producer.send(topic, queue, body, props);
    ++m_sent;
}

QStringList MessageSink::takeWarnings()
{
    return std::exchange(m_warnings, {});
}

}  // namespace dts::rocketmq
