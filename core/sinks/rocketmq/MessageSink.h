#pragma once
// DTS's RocketMQ destination: records (full-data rows as INIT, changes, DDL) encoded in the chosen format
// and sent to the topic the object maps to, on the queue its ordering rule picks. Sends are synchronous
// and in the order given, so a queue holds its records in source order; when send() returns the record
// is stored by the broker, so flush() is the point where the caller may checkpoint what it sent.
#include "change/ChangeEvent.h"
#include "pipeline/Throttle.h"
#include "sinks/formats/Record.h"
#include "sinks/rocketmq/Producer.h"

#include <QHash>
#include <atomic>
#include <mutex>
#include <optional>

namespace dts::rocketmq {

enum class Format { CanalJson, DtsAvro, SharePlexJson };
enum class Ordering { SingleQueue, TableHash, ColumnHash };

struct SinkOptions {
    QString topic;                          // default topic
    QString ddlTopic;                       // DDL records; empty: the object's topic
    QHash<QString, QString> topicMapping;   // "db" or "db.table" → topic (table wins)
    Format format = Format::CanalJson;
    bool syncAllFields = false;
    Ordering ordering = Ordering::TableHash;
    QHash<QString, QStringList> partitionKeys;  // "db.table" → columns for ColumnHash (default: its primary key)
    double tpsLimit = 0;                    // records per second, 0: unlimited
    bool filterLargeRecords = true;         // larger than maxRecordBytes: drop and warn (else fail)
    qint64 maxRecordBytes = 4 * 1024 * 1024;
    quint32 serverId = 0;                   // source server_id, for the record formats
};

QString formatName(Format f);
std::optional<Format> formatFromName(const QString &name);  // canal-json, dts-avro, shareplex-json
std::optional<Ordering> orderingFromName(const QString &name);  // single-queue, table-hash, column-hash

// The stable hash that spreads records over queues (FNV-1a, 32 bits): the same key always lands on the
// same queue, in every run and build.
quint32 orderingHash(QByteArrayView key);

// One encoded record on its way: which topic, which ordering key, what it says.
struct Outgoing {
    QString topic;
    quint32 hash = 0;     // ordering hash; the queue is hash % the topic's queue count (see queueOf)
    QByteArray body;
    QString keys;         // the KEYS property: "db.table" ("db" for DDL)
    bool everyQueue = false;  // a DDL of a table whose rows spread over all queues (column-hash): one copy each
};

// The one table a DDL statement names ("db", "table", the statement's default database applied); nullopt
// when it names none (CREATE DATABASE …) or several (RENAME TABLE a TO b).
std::optional<std::pair<QString, QString>> ddlTable(const ChangeEvent &ddl);

// Encodes records and decides where they go; thread-safe (full-data encoders share one).
class RecordEncoder {
public:
    explicit RecordEncoder(SinkOptions options);
    const SinkOptions &options() const { return m_o; }

    // nullopt: not a record (boundaries, heartbeats), or larger than the limit and filtered (a warning is
    // kept). Throws dts::Error Permanent for a larger record when large records are not filtered.
    std::optional<Outgoing> encode(const ChangeEvent &e, bool init = false, const QString &gtid = {});
    QString topicFor(const QString &db, const QString &table, bool ddl) const;
    // Rows: by table, or by the chosen columns. A DDL naming one table goes where that table's rows go
    // (its topic, its queue; with column-hash every queue, see Outgoing::everyQueue), so a consumer sees
    // it between the rows before and after it; other DDL goes by database. The DDL topic, if set, wins.
    quint32 orderingKey(const ChangeEvent &e) const;
    // The queue index (into a topic's queue list of `count`) of a record with that ordering hash.
    int queueOf(quint32 hash, int count) const
    {
        return count <= 1 || m_o.ordering == Ordering::SingleQueue ? 0 : int(hash % quint32(count));
    }

    qint64 dropped() const { return m_dropped; }
    QStringList takeWarnings();

private:
    SinkOptions m_o;
    std::atomic<quint64> m_id{0};
    std::atomic<qint64> m_dropped{0};
    std::mutex m_mutex;
    QStringList m_warnings;
};

class MessageSink {
public:
    MessageSink(Producer &producer, SinkOptions options);

    // Encodes and sends one record (init: a full-data row). Throws dts::Error as Producer::send does, and
    // Permanent for a record larger than the limit when large records are not filtered.
    void send(const ChangeEvent &e, bool init = false, const QString &gtid = {});
    // Every record given so far is stored by its broker (sends are synchronous): the checkpoint may move on.
    void flush() {}

    QString topicFor(const QString &db, const QString &table, bool ddl) const { return m_encoder.topicFor(db, table, ddl); }
    // The queue index (into the topic's queue list of `count`) a record goes to.
    int queueIndex(const ChangeEvent &e, int count) const { return m_encoder.queueOf(m_encoder.orderingKey(e), count); }

    qint64 sent() const { return m_sent; }
    qint64 dropped() const { return m_encoder.dropped(); }
    QStringList takeWarnings() { return m_encoder.takeWarnings(); }

private:
    Producer &m_producer;
    RecordEncoder m_encoder;
    RateLimiter m_tps;
    qint64 m_sent = 0;
};

}  // namespace dts::rocketmq
