#include "sinks/rocketmq/MessageSink.h"

#include "common/Error.h"
#include "common/Log.h"
#include "sinks/formats/CanalJson.h"
#include "sinks/formats/DtsAvro.h"
#include "sinks/formats/SharePlexJson.h"
#include "mysql/DdlAnalysis.h"

#include <QSet>

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

RecordEncoder::RecordEncoder(SinkOptions options) : m_o(std::move(options))
{
    if (m_o.topic.isEmpty())
        throw Error(ErrorKind::Invalid, QStringLiteral("$.destination.topic"), QStringLiteral("no topic given"),
                    QStringLiteral("set the topic the records are sent to"));
}

QString RecordEncoder::topicFor(const QString &db, const QString &table, bool ddl) const
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

std::optional<std::pair<QString, QString>> ddlTable(const ChangeEvent &ddl)
{
    const DdlInfo info = analyzeDdl(ddl.sql, ddl.database, [](const QString &db, const QString &t) { return qMakePair(db, t); });
    QSet<QPair<QString, QString>> named(info.tables.begin(), info.tables.end());
    if (named.size() != 1 || named.begin()->first.isEmpty())
        return std::nullopt;
    return std::pair{named.begin()->first, named.begin()->second};
}

quint32 RecordEncoder::orderingKey(const ChangeEvent &e) const
{
    if (m_o.ordering == Ordering::SingleQueue)
        return 0;
    if (e.kind == ChangeEvent::Ddl) {
        const auto named = ddlTable(e);
        return orderingHash(named ? (named->first + '.' + named->second).toUtf8() : e.database.toUtf8() + '.');
    }
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
    return orderingHash(key);
}

std::optional<Outgoing> RecordEncoder::encode(const ChangeEvent &e, bool init, const QString &gtid)
{
    if (!formats::isRecord(e))
        return std::nullopt;  // transaction boundaries and heartbeats are no records
    const bool ddl = e.kind == ChangeEvent::Ddl;
    Outgoing out;
    out.keys = ddl ? e.database : e.database + '.' + e.table;
    quint64 id = m_id.fetch_add(1);
    const formats::RecordMeta meta = formats::nextMeta(id, m_o.serverId, gtid, init, m_o.syncAllFields);
    switch (m_o.format) {
    case Format::CanalJson: out.body = formats::canalJson(e, meta); break;
    case Format::DtsAvro: out.body = formats::dtsAvro(e, meta); break;
    case Format::SharePlexJson: out.body = formats::sharePlexJson(e, meta); break;
    }
    if (out.body.size() > m_o.maxRecordBytes) {
        const QString what = QStringLiteral("a %1 record of %2 bytes is larger than the %3-byte limit of a message")
                                 .arg(init ? QStringLiteral("full-data") : kindName(e.kind)).arg(out.body.size()).arg(m_o.maxRecordBytes);
        if (!m_o.filterLargeRecords)
            throw Error(ErrorKind::Permanent, out.keys, what,
                        QStringLiteral("turn on \"filter large records\" (filterLargeRecords) to drop such records, or "
                                       "exclude the column or table"));
        ++m_dropped;
        const QString warning = QStringLiteral("%1: %2; dropped (filter large records is on)%3")
                                    .arg(out.keys, what, init ? QString() : QStringLiteral(" at ") + e.position.toString());
        log()->warn("{}", str(warning));
        std::lock_guard lock(m_mutex);
        m_warnings << warning;
        return std::nullopt;
    }
    if (ddl) {
        const auto named = ddlTable(e);
        out.topic = named ? topicFor(named->first, named->second, true) : topicFor(e.database, {}, true);
        out.everyQueue = named && m_o.ordering == Ordering::ColumnHash && out.topic != m_o.ddlTopic;
    } else {
        out.topic = topicFor(e.database, e.table, false);
    }
    out.hash = orderingKey(e);
    return out;
}

QStringList RecordEncoder::takeWarnings()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_warnings, {});
}

MessageSink::MessageSink(Producer &producer, SinkOptions options)
    : m_producer(producer), m_encoder(std::move(options)), m_tps(m_encoder.options().tpsLimit)
{
}

void MessageSink::send(const ChangeEvent &e, bool init, const QString &gtid)
{
    const std::optional<Outgoing> m = m_encoder.encode(e, init, gtid);
    if (!m)
        return;
    const QList<MessageQueue> queues = m_producer.queues(m->topic);
    QMap<QString, QString> props;
    props.insert(QStringLiteral("KEYS"), m->keys);
    const int queue = m_encoder.queueOf(m->hash, int(queues.size()));
    for (int q = 0; q < queues.size(); ++q) {
        if (!m->everyQueue && q != queue)
            continue;
        m_tps.acquire(1);
        m_producer.send(m->topic, queues[q], m->body, props);
        ++m_sent;
    }
}

}  // namespace dts::rocketmq
