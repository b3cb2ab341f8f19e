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

class MessageSink {
public:
    MessageSink(Producer &producer, SinkOptions options);

    // Encodes and sends one record (init: a full-data row). Throws dts::Error as Producer::send does, and
    // Permanent for a record larger than the limit when large records are not filtered.
    void send(const ChangeEvent &e, bool init = false, const QString &gtid = {});
    // Every record given so far is stored by its broker (sends are synchronous): the checkpoint may move on.
    void flush() {}

    QString topicFor(const QString &db, const QString &table, bool ddl) const;
    // The queue index (into the topic's queue list of `count`) a record goes to.
    int queueIndex(const ChangeEvent &e, int count) const;

    qint64 sent() const { return m_sent; }
    qint64 dropped() const { return m_dropped; }
    QStringList takeWarnings();

private:
    QByteArray encode(const ChangeEvent &e, bool init, const QString &gtid);

    Producer &m_producer;
    SinkOptions m_o;
    RateLimiter m_tps;
    quint64 m_id = 0;
    qint64 m_sent = 0, m_dropped = 0;
    QStringList m_warnings;
};

}  // namespace dts::rocketmq
