#include "sinks/rocketmq/RocketMqDestination.h"

#include "common/Error.h"
#include "common/Log.h"
#include "sinks/records/OptionReader.h"
#include "sinks/records/PlanRecords.h"
#include "sinks/records/RecordChangeSink.h"
#include "sinks/records/RecordDestination.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QtEndian>
#include <condition_variable>
#include <thread>

namespace dts::rocketmq {

QStringList RocketMqConfig::topics() const
{
    QStringList t{sink.topic};
    if (!sink.ddlTopic.isEmpty())
        t << sink.ddlTopic;
    for (const QString &m : sink.topicMapping)
        t << m;
    t.removeDuplicates();
    return t;
}

RocketMqConfig parseRocketMq(const QJsonObject &destination, QStringList &problems)
{
    OptionReader r(destination, QStringLiteral("$.destination"), problems);
    r.checkKeys({"engine", "version", "nameServer", "instanceId", "accessKeyId", "accessKeySecret", "accessKeySecretEnv",
                 "user", "password", "passwordEnv", "topic", "ddlTopic", "producerGroup", "format", "syncAllFields",
                 "ordering", "partitionKeys", "tpsLimit", "filterLargeRecords", "topicMapping", "batch"});
    RocketMqConfig c;
    c.version = r.oneOf(QStringLiteral("version"), {"4", "5"}, QStringLiteral("4"));
    c.producer.version = c.version == QLatin1String("5") ? 5 : 4;
    c.producer.nameServer = r.string(QStringLiteral("nameServer"), true);
    c.producer.instanceId = r.string(QStringLiteral("instanceId"), false);
    if (!c.producer.instanceId.isEmpty() && !c.producer.instanceId.startsWith(QLatin1String("MQ_INST_")))
        r.problem(QStringLiteral("instanceId"), QStringLiteral("\"%1\" is no instance ID (they start with MQ_INST_); leave it out "
                                                               "for an Apache RocketMQ or a 5.x instance").arg(c.producer.instanceId));
    if (c.version == QLatin1String("4")) {
        for (const char *k : {"user", "password", "passwordEnv"})
            if (destination.contains(QLatin1String(k)))
                r.problem(QLatin1String(k), QStringLiteral("belongs to version 5; version 4 signs with accessKeyId/accessKeySecret"));
        c.producer.accessKey = r.string(QStringLiteral("accessKeyId"), false);
        c.producer.secret = r.secret(QStringLiteral("accessKeySecret"), !c.producer.accessKey.isEmpty(),
                                     QStringLiteral("the AccessKey secret of accessKeyId")).toUtf8();
    } else {
        for (const char *k : {"accessKeyId", "accessKeySecret", "accessKeySecretEnv"})
            if (destination.contains(QLatin1String(k)))
                r.problem(QLatin1String(k), QStringLiteral("belongs to version 4; version 5 signs with the instance's user/password"));
        c.producer.accessKey = r.string(QStringLiteral("user"), false);
        c.producer.secret = r.secret(QStringLiteral("password"), !c.producer.accessKey.isEmpty(),
                                     QStringLiteral("the instance password of user")).toUtf8();
    }
    c.producer.producerGroup = r.string(QStringLiteral("producerGroup"), false, QStringLiteral("dts-producer-group"));
    if (c.producer.producerGroup.trimmed().isEmpty())
        r.problem(QStringLiteral("producerGroup"), QStringLiteral("must not be empty (default: dts-producer-group)"));

    // Batches stay well under the broker's 4 MiB maxMessageSize, which bounds a whole batch body.
    OptionReader b = r.child(QStringLiteral("batch"), r.object(QStringLiteral("batch")));
    b.checkKeys({"maxMessages", "maxBytes"});
    c.producer.batchMessages = int(b.number(QStringLiteral("maxMessages"), c.producer.batchMessages, 1, 10000));
    c.producer.batchBytes = qint64(b.number(QStringLiteral("maxBytes"), double(c.producer.batchBytes), 1024, 4000000));

    SinkOptions &s = c.sink;
    s.topic = r.string(QStringLiteral("topic"), true);
    s.ddlTopic = r.string(QStringLiteral("ddlTopic"), false);
    s.format = *formatFromName(r.oneOf(QStringLiteral("format"), {"canal-json", "dts-avro", "shareplex-json"},
                                       QStringLiteral("canal-json")));
    s.syncAllFields = r.boolean(QStringLiteral("syncAllFields"), false);
    s.ordering = *orderingFromName(r.oneOf(QStringLiteral("ordering"), {"single-queue", "table-hash", "column-hash"},
                                           QStringLiteral("table-hash")));
    s.tpsLimit = r.number(QStringLiteral("tpsLimit"), 0, 0, 1e7);
    s.filterLargeRecords = r.boolean(QStringLiteral("filterLargeRecords"), true);
    const QJsonObject keys = r.object(QStringLiteral("partitionKeys"));
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        const QString path = QStringLiteral("partitionKeys.") + it.key();
        if (it.key().count('.') != 1)
            r.problem(path, QStringLiteral("name a table as \"database.table\""));
        if (!it.value().isArray() || it.value().toArray().isEmpty()) {
            r.problem(path, QStringLiteral("must be a non-empty array of column names"));
            continue;
        }
        QStringList columns;
        for (const QJsonValue &v : it.value().toArray())
            columns << v.toString();
        if (columns.contains(QString()))
            r.problem(path, QStringLiteral("column names must be non-empty strings"));
        s.partitionKeys.insert(it.key(), columns);
    }
    if (!s.partitionKeys.isEmpty() && s.ordering != Ordering::ColumnHash)
        r.problem(QStringLiteral("partitionKeys"), QStringLiteral("only used with \"ordering\": \"column-hash\"; set that or remove them"));
    const QJsonObject mapping = r.object(QStringLiteral("topicMapping"));
    for (auto it = mapping.begin(); it != mapping.end(); ++it) {
        const QString path = QStringLiteral("topicMapping.") + it.key();
        if (it.key().isEmpty() || it.key().count('.') > 1)
            r.problem(path, QStringLiteral("name a database (\"db\") or a table (\"db.table\")"));
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            r.problem(path, QStringLiteral("must be a topic name"));
        s.topicMapping.insert(it.key(), it.value().toString());
    }
    static const QRegularExpression topicName(QStringLiteral("^[%|a-zA-Z0-9_-]{1,127}$"));
    for (const QString &t : c.topics())
        if (!t.isEmpty() && !topicName.match(t).hasMatch())
            r.problem(QStringLiteral("topic"), QStringLiteral("\"%1\" is not a valid topic name (letters, digits, _ - %% |; "
                                                             "at most 127 characters)").arg(t));
    return c;
}

namespace {

// Full-data payload between encoder and writer: per record, the ordering hash, the length and the body.
void appendRecord(QByteArray &payload, const Outgoing &m)
{
    char head[8];
    qToBigEndian<quint32>(m.hash, head);
    qToBigEndian<quint32>(quint32(m.body.size()), head + 4);
    payload.append(head, 8);
    payload += m.body;
}

class MqEncoder : public RecordBatchEncoder {
public:
    MqEncoder(const TablePlan &table, RecordEncoder &encoder) : RecordBatchEncoder(table), m_encoder(encoder) {}

protected:
    void append(QByteArray &payload, const ChangeEvent &init) override
    {
        if (const auto m = m_encoder.encode(init, true))
            appendRecord(payload, *m);
    }

private:
    RecordEncoder &m_encoder;
};

class MqWriter : public ChunkWriter {
public:
    MqWriter(const RocketMqConfig &config, RecordEncoder &encoder, RateLimiter &tps)
        : m_producer(config.producer), m_encoder(encoder), m_tps(tps) {}
    void begin(const TablePlan &table, const ChunkRecord &) override
    {
        m_topic = m_encoder.topicFor(table.source.database, table.source.name, false);
        m_keys = table.id();
    }
    void write(const Batch &batch) override
    {
        const QList<MessageQueue> queues = m_producer.queues(m_topic);
        const QMap<QString, QString> props{{QStringLiteral("KEYS"), m_keys}};
        // Full-data rows have no order across queues: each queue's rows of the chunk go out in their order,
        // in batches.
        QList<QList<Message>> perQueue(queues.size());
        const QByteArray &p = batch.payload;
        for (qsizetype at = 0; at + 8 <= p.size();) {
            const quint32 hash = qFromBigEndian<quint32>(p.constData() + at);
            const qsizetype length = qFromBigEndian<quint32>(p.constData() + at + 4);
            perQueue[m_encoder.queueOf(hash, int(queues.size()))] << Message{p.mid(at + 8, length), props};
            at += 8 + length;
        }
        for (qsizetype q = 0; q < queues.size(); ++q)
            if (!perQueue[q].isEmpty())
                m_producer.sendInOrder(m_topic, queues[q], perQueue[q], &m_tps);
    }
    // Every send returned when the broker stored the message.
    void commit(qint64) override {}
    void rollback() override {}
    std::optional<qint64> committedRows(const ChunkRecord &) override { return std::nullopt; }

private:
    Producer m_producer;
    RecordEncoder &m_encoder;
    RateLimiter &m_tps;
    QString m_topic, m_keys;
};

// Sends messages from a few threads, each owning a Producer (its sockets belong to its thread) and a
// fixed share of the queues: one send in flight per queue, queues in parallel.
class SenderPool {
public:
    struct Message {
        Outgoing out;
        MessageQueue queue;
        bool acked = false;
        int copy = -1;  // a DDL sent to every queue: this copy's queue index
    };

    SenderPool(const ProducerOptions &options, int threads, RateLimiter &tps) : m_tps(tps)
    {
        for (int i = 0; i < qMax(1, threads); ++i) {
            auto w = std::make_unique<Worker>();
            w->thread = std::thread([this, raw = w.get(), options] { loop(*raw, options); });
            m_workers.push_back(std::move(w));
        }
    }
    ~SenderPool()
    {
        for (auto &w : m_workers) {
            {
                std::lock_guard lock(w->m);
                w->stop = true;
            }
            w->cv.notify_all();
            w->thread.join();
        }
    }
    int size() const { return int(m_workers.size()); }
    int workerOf(const QString &topic, const MessageQueue &q) const
    {
        return int(orderingHash((topic + '/' + q.brokerName + '/' + QString::number(q.queueId)).toUtf8()) % quint32(size()));
    }

    // Starts sending what is not acknowledged yet, each worker its messages in order, stopping at its first
    // failure (so a queue never gets a later record before an earlier one). The messages must stay put
    // until wait() returned.
    void start(QList<Message> &messages)
    {
        std::vector<QList<Message *>> shares(m_workers.size());
        for (Message &m : messages)
            if (!m.acked)
                shares[size_t(workerOf(m.out.topic, m.queue))] << &m;
        for (size_t i = 0; i < m_workers.size(); ++i) {
            Worker &w = *m_workers[i];
            std::lock_guard lock(w.m);
            w.work = std::move(shares[i]);
            w.error = nullptr;
            w.busy = !w.work.isEmpty();
            w.cv.notify_all();
        }
    }
    bool idle()
    {
        for (auto &w : m_workers) {
            std::lock_guard lock(w->m);
            if (w->busy)
                return false;
        }
        return true;
    }
    // Waits for what start() began; rethrows the most serious failure.
    void wait()
    {
        std::exception_ptr transient, permanent;
        for (auto &w : m_workers) {
            std::unique_lock lock(w->m);
            w->cv.wait(lock, [&] { return !w->busy; });
            if (!w->error)
                continue;
            try {
                std::rethrow_exception(w->error);
            } catch (const Error &e) {
                (e.kind() == ErrorKind::Transient ? transient : permanent) = w->error;
            } catch (...) {
                permanent = w->error;
            }
        }
        if (permanent)
            std::rethrow_exception(permanent);
        if (transient)
            std::rethrow_exception(transient);
    }

private:
    struct Worker {
        std::thread thread;
        std::mutex m;
        std::condition_variable cv;
        QList<Message *> work;
        bool busy = false, stop = false;
        std::exception_ptr error;
    };

    void loop(Worker &w, const ProducerOptions &options)
    {
        Producer producer(options);
        for (;;) {
            QList<Message *> work;
            {
                std::unique_lock lock(w.m);
                w.cv.wait(lock, [&] { return w.stop || w.busy; });
                if (w.stop)
                    return;
                work = w.work;
            }
            std::exception_ptr error;
            try {
                // Each queue's messages in their order, as batches; queues one after the other (their
                // relative order is no promise of RocketMQ's). The first failure stops the worker, so what
                // is left unacknowledged of a queue is always the tail of its messages.
                QList<QString> order;
                QHash<QString, QList<Message *>> byQueue;
                for (Message *m : work) {
                    const QString key = m->out.topic + '/' + m->queue.brokerName + '/' + QString::number(m->queue.queueId);
                    if (!byQueue.contains(key))
                        order << key;
                    byQueue[key] << m;
                }
                for (const QString &key : order) {
                    const QList<Message *> &mine = byQueue[key];
                    QList<rocketmq::Message> out;
                    out.reserve(mine.size());
                    for (const Message *m : mine)
                        out << rocketmq::Message{m->out.body, {{QStringLiteral("KEYS"), m->out.keys}}};
                    producer.sendInOrder(mine[0]->out.topic, mine[0]->queue, out, &m_tps, [&](qsizetype end) {
                        for (qsizetype i = 0; i < end; ++i)
                            mine[i]->acked = true;
                    });
                }
            } catch (...) {
                error = std::current_exception();
            }
            std::lock_guard lock(w.m);
            w.error = error;
            w.busy = false;
            w.cv.notify_all();
        }
    }

    RateLimiter &m_tps;
    std::vector<std::unique_ptr<Worker>> m_workers;
};

class MqChangeSink : public RecordChangeSink {
public:
    MqChangeSink(const TaskSpec &task, const TaskPlan &plan, const QString &stateDir, const RocketMqConfig &config,
                 RecordEncoder &encoder, RateLimiter &tps)
        : RecordChangeSink(plan, task.source, stateDir, QStringLiteral("rocketmq")), m_config(config), m_encoder(encoder),
          m_tps(tps), m_threads(task.advanced.incrementalWriters), m_retryOtherMinutes(task.advanced.retryOtherMinutes)
    {
    }

protected:
    void connectEngine() override
    {
        m_router = std::make_unique<Producer>(m_config.producer);  // route lookups, on this thread
        if (!m_pool)
            m_pool = std::make_unique<SenderPool>(m_config.producer, m_threads, m_tps);
    }

    // A group is encoded while the group before it is still in flight, then sent once that one is
    // acknowledged (so each queue keeps source order); the group in flight is held back from the checkpoint.
    void deliver(const QList<TxRecord> &records, const RetryHook &retry) override
    {
        QList<Outgoing> encoded;
        encoded.reserve(records.size());
        for (const TxRecord &r : records)
            if (auto out = m_encoder.encode(r.event, false, r.gtid))
                encoded << std::move(*out);
        finish(retry);
        m_encoded = std::move(encoded);
        m_inflight.clear();
        m_held = records.size();
        try {
            start();
        } catch (const Error &e) {
            if (e.kind() != ErrorKind::Transient)
                throw;
            m_started = false;  // finish() retries
        }
    }
    void sendHeld(bool all, const RetryHook &retry) override
    {
        if (all || !m_started || m_pool->idle())
            finish(retry);
    }
    qint64 heldRecords() const override { return m_held; }
    int heldDueMs() const override { return 1; }  // polled: an answered group leaves the checkpoint's way at once

    // Messages for the encoded records (a DDL for every queue: one per queue, each in its queue's order) on
    // their queues as the routes say now; starts sending what is not acknowledged yet.
    void start()
    {
        if (m_inflight.isEmpty())
            for (const Outgoing &out : m_encoded) {
                const int copies = out.everyQueue ? int(m_router->queues(out.topic).size()) : 1;
                for (int q = 0; q < copies; ++q)
                    m_inflight << SenderPool::Message{out, {}, false, out.everyQueue ? q : -1};
            }
        for (SenderPool::Message &m : m_inflight) {
            if (m.acked)
                continue;
            const QList<MessageQueue> queues = m_router->queues(m.out.topic);
            const int index = m.copy >= 0 ? m.copy : m_encoder.queueOf(m.out.hash, int(queues.size()));
            m.queue = queues[qMin(index, int(queues.size()) - 1)];
        }
        m_pool->start(m_inflight);
        m_started = true;
    }

    // Returns when the group in flight is acknowledged, retrying it (what is not acknowledged yet) as the
    // task's retry windows allow.
    void finish(const RetryHook &retry)
    {
        while (m_held) {
            try {
                if (!m_started)
                    start();
                m_pool->wait();
                m_answeringSince.invalidate();
                m_held = 0;
                m_encoded.clear();
                m_inflight.clear();
                return;
            } catch (const Error &e) {
                m_started = false;
                if (e.kind() != ErrorKind::Transient)
                    throw;
                // A broker that answers (busy, flush or replica timeouts) has not lost its connection: the
                // task's retryOtherMinutes bounds it, not the (longer) connection window of the hook.
                if (e.code() != 0) {
                    if (!m_answeringSince.isValid())
                        m_answeringSince.start();
                    if (m_answeringSince.elapsed() >= qint64(m_retryOtherMinutes) * 60000)
                        throw Error(ErrorKind::Permanent, e.object(),
                                    QStringLiteral("%1; still failing after the retry window of %2 minute(s) "
                                                   "(advanced.retryOtherMinutes)").arg(e.message()).arg(m_retryOtherMinutes),
                                    e.fix(), e.code());
                }
                retry(e);
                // The route may have changed while the broker was away; acknowledged messages stay sent.
                for (const QString &t : m_config.topics())
                    try {
                        m_router->queues(t, true);
                    } catch (const Error &) {
                    }
            }
        }
    }

    QStringList engineWarnings() override { return m_encoder.takeWarnings(); }

private:
    const RocketMqConfig &m_config;
    RecordEncoder &m_encoder;
    RateLimiter &m_tps;
    int m_threads;
    int m_retryOtherMinutes;
    QElapsedTimer m_answeringSince;  // since the brokers began refusing with retryable answers
    std::unique_ptr<Producer> m_router;
    // The group in flight (declared before the pool: its workers point into it until they stop).
    QList<Outgoing> m_encoded;
    QList<SenderPool::Message> m_inflight;
    qint64 m_held = 0;        // records of the group in flight
    bool m_started = false;   // its sending was started (and not failed since)
    std::unique_ptr<SenderPool> m_pool;
};

class RocketMqDestination : public Destination {
public:
    RocketMqDestination(const TaskSpec &task, const DestinationContext &context) : m_task(task), m_context(context)
    {
        m_config = readSettings(&parseRocketMq, task.destinationRaw);
        m_tps.setRate(m_config.sink.tpsLimit);
    }

    void open() override
    {
        try {
            Producer probe(m_config.producer);
            for (const QString &t : m_config.topics())
                probe.queues(t);
        } catch (const Error &e) {
            throw Error(ErrorKind::Precheck, e.object(), e.message(), e.fix(), e.code());
        }
        m_config.sink.serverId = sourceServerId(m_task.source);  // Canal serverId of every record
        m_encoder = std::make_unique<RecordEncoder>(m_config.sink);
    }

    void createSchema(const TaskPlan &) override {}  // topics are made in the RocketMQ console; open() checked them

    std::unique_ptr<BatchEncoder> encoder(const TablePlan &table) override
    {
        return std::make_unique<MqEncoder>(table, *m_encoder);
    }
    std::unique_ptr<ChunkWriter> writer() override { return std::make_unique<MqWriter>(m_config, *m_encoder, m_tps); }
    std::unique_ptr<ChangeSink> changeSink(const TaskPlan &plan) override
    {
        return std::make_unique<MqChangeSink>(m_task, plan, m_context.stateDir, m_config, *m_encoder, m_tps);
    }
    void verify(const TaskPlan &, QList<TableResult> &results) override
    {
        markUnverifiable(results, QStringLiteral("RocketMQ messages cannot be read back for a count"));
    }

private:
    TaskSpec m_task;
    DestinationContext m_context;
    RocketMqConfig m_config;
    std::unique_ptr<RecordEncoder> m_encoder;
    RateLimiter m_tps;
};

}  // namespace

std::unique_ptr<Destination> makeRocketMqDestination(const TaskSpec &task, const DestinationContext &context)
{
    return std::make_unique<RocketMqDestination>(task, context);
}

}  // namespace dts::rocketmq
