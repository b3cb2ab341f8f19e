#include "sinks/fc/FcDestination.h"

#include "common/Error.h"
#include "common/Log.h"
#include "sinks/formats/CanalJson.h"
#include "sinks/records/OptionReader.h"
#include "sinks/records/PlanRecords.h"
#include "sinks/records/RecordChangeSink.h"
#include "sinks/records/RecordDestination.h"

#include <QRegularExpression>
#include <atomic>

namespace dts::fc {

FcConfig parseFc(const QJsonObject &destination, QStringList &problems)
{
    OptionReader r(destination, QStringLiteral("$.destination"), problems);
    r.checkKeys({"engine", "accountId", "region", "endpoint", "accessKeyId", "accessKeySecret", "accessKeySecretEnv",
                 "service", "function", "qualifier", "format", "syncAllFields", "batch"});
    FcConfig c;
    FcOptions &o = c.client;
    o.endpoint = r.string(QStringLiteral("endpoint"), false);
    o.accountId = r.string(QStringLiteral("accountId"), true);  // signed in x-fc-account-id even with an endpoint override
    o.region = r.string(QStringLiteral("region"), false, QStringLiteral("cn-hangzhou"));
    if (!o.accountId.isEmpty() && !QRegularExpression(QStringLiteral("^[0-9]+$")).match(o.accountId).hasMatch())
        r.problem(QStringLiteral("accountId"), QStringLiteral("\"%1\" is not an Alibaba Cloud account ID (digits only)").arg(o.accountId));
    if (!o.endpoint.isEmpty() && !o.endpoint.startsWith(QLatin1String("http://")) && !o.endpoint.startsWith(QLatin1String("https://")))
        r.problem(QStringLiteral("endpoint"), QStringLiteral("must be a URL (https://…); leave it out to use https://{accountId}.{region}.fc.aliyuncs.com"));
    o.accessKeyId = r.string(QStringLiteral("accessKeyId"), true);
    o.secret = r.secret(QStringLiteral("accessKeySecret"), true, QStringLiteral("the AccessKey secret of accessKeyId")).toUtf8();
    o.service = r.string(QStringLiteral("service"), true);
    o.function = r.string(QStringLiteral("function"), true);
    o.qualifier = r.string(QStringLiteral("qualifier"), false, QStringLiteral("LATEST"));
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]{0,127}$"));
    for (const char *k : {"service", "function", "qualifier"}) {
        const QString v = destination.value(QLatin1String(k)).toString(k == QByteArrayView("qualifier") ? QStringLiteral("LATEST") : QString());
        if (!v.isEmpty() && !name.match(v).hasMatch() && !(k == QByteArrayView("qualifier") && v.toUInt() > 0))
            r.problem(QLatin1String(k), QStringLiteral("\"%1\" is not a valid name (letters, digits, _ and -, starting with a "
                                                      "letter or _; a qualifier may also be a version number)").arg(v));
    }
    r.oneOf(QStringLiteral("format"), {"canal-json"}, QStringLiteral("canal-json"));
    c.batch.syncAllFields = r.boolean(QStringLiteral("syncAllFields"), false);
    OptionReader b = r.child(QStringLiteral("batch"), r.object(QStringLiteral("batch")));
    b.checkKeys({"maxRecords", "maxBytes", "maxMillis"});
    c.batch.maxRecords = int(b.number(QStringLiteral("maxRecords"), 100, 1, 100000));
    c.batch.maxBytes = qint64(b.number(QStringLiteral("maxBytes"), 1024 * 1024, 1024, 16 * 1024 * 1024));
    c.batch.maxMillis = int(b.number(QStringLiteral("maxMillis"), 500, 0, 600000));
    return c;
}

namespace {

class FcEncoder : public RecordBatchEncoder {
public:
    FcEncoder(const TablePlan &table, const FcConfig &config, std::atomic<quint64> &ids)
        : RecordBatchEncoder(table), m_config(config), m_ids(ids) {}

protected:
    void append(QByteArray &payload, const ChangeEvent &init) override
    {
        quint64 id = m_ids.fetch_add(1);
        if (!payload.isEmpty())
            payload += '\n';  // compact JSON holds no raw newline
        payload += formats::canalJson(init, formats::nextMeta(id, m_config.batch.serverId, {}, true, m_config.batch.syncAllFields));
    }

private:
    const FcConfig &m_config;
    std::atomic<quint64> &m_ids;
};

class FcWriter : public ChunkWriter {
public:
    explicit FcWriter(const FcConfig &config) : m_client(config.client), m_sink(m_client, config.batch) {}
    void begin(const TablePlan &table, const ChunkRecord &) override
    {
        m_sink.discard();
        m_object = table.id();
    }
    void write(const Batch &batch) override
    {
        for (const QByteArray &record : batch.payload.split('\n'))
            m_sink.sendEncoded(record, m_object, QStringLiteral("a full-data record"));
    }
    void commit(qint64) override { m_sink.flush(); }
    void rollback() override { m_sink.discard(); }
    std::optional<qint64> committedRows(const ChunkRecord &) override { return std::nullopt; }

private:
    FcClient m_client;
    FcSink m_sink;
    QString m_object;
};

class FcChangeSink : public RecordChangeSink {
public:
    FcChangeSink(const TaskSpec &task, const TaskPlan &plan, const QString &stateDir, const FcConfig &config)
        : RecordChangeSink(plan, task.source, stateDir, QStringLiteral("function_compute")), m_config(config) {}

protected:
    void connectEngine() override
    {
        if (!m_client) {  // on the incremental thread, which runs the requests' event loops
            m_client = std::make_unique<FcClient>(m_config.client);
            m_sink = std::make_unique<FcSink>(*m_client, m_config.batch);
        }
    }
    // Records wait in the batch across transactions until a count or byte limit is reached or the first
    // of them has waited maxMillis; the checkpoint stays before them (heldRecords) until then.
    void deliver(const QList<TxRecord> &records, const RetryHook &retry) override
    {
        for (const TxRecord &r : records) {
            retried([&] { m_sink->send(r.event, false, r.gtid); }, retry);
            retried([&] { m_sink->flushIfFull(); }, retry);
        }
        retried([&] { m_sink->poll(); }, retry);
    }
    void sendHeld(bool all, const RetryHook &retry) override
    {
        retried([&] { all ? m_sink->flush() : m_sink->poll(); }, retry);
    }
    qint64 heldRecords() const override { return m_sink ? m_sink->pending() : 0; }
    int heldDueMs() const override { return m_sink ? m_sink->dueInMs() : 0; }
    QStringList engineWarnings() override { return {}; }

private:
    // A failed call takes nothing (FcSink keeps what it had): repeating it sends nothing twice.
    template <class Call>
    static void retried(const Call &call, const RetryHook &retry)
    {
        for (;;) {
            try {
                call();
                return;
            } catch (const Error &e) {
                if (e.kind() != ErrorKind::Transient)
                    throw;
                retry(e);
            }
        }
    }

    const FcConfig &m_config;
    std::unique_ptr<FcClient> m_client;
    std::unique_ptr<FcSink> m_sink;
};

class FcDestination : public Destination {
public:
    FcDestination(const TaskSpec &task, const DestinationContext &context) : m_task(task), m_context(context)
    {
        m_config = readSettings(&parseFc, task.destinationRaw);
        // Short retries inside one call; the task's retry windows (RetryHook, chunk retries) do the rest.
        m_config.client.retrySeconds = 10;
    }

    void open() override
    {
        try {
            FcClient(m_config.client).getFunction();
        } catch (const Error &e) {
            throw Error(ErrorKind::Precheck, e.object(), e.message(), e.fix(), e.code());
        }
        m_config.batch.serverId = sourceServerId(m_task.source);
    }
    void createSchema(const TaskPlan &) override {}  // nothing to create: the function exists (open() checked)
    std::unique_ptr<BatchEncoder> encoder(const TablePlan &table) override
    {
        return std::make_unique<FcEncoder>(table, m_config, m_ids);
    }
    std::unique_ptr<ChunkWriter> writer() override { return std::make_unique<FcWriter>(m_config); }
    std::unique_ptr<ChangeSink> changeSink(const TaskPlan &plan) override
    {
        return std::make_unique<FcChangeSink>(m_task, plan, m_context.stateDir, m_config);
    }
    void verify(const TaskPlan &, QList<TableResult> &results) override
    {
        markUnverifiable(results, QStringLiteral("records given to a function cannot be read back for a count"));
    }

private:
    TaskSpec m_task;
    DestinationContext m_context;
    FcConfig m_config;
    std::atomic<quint64> m_ids{0};
};

}  // namespace

std::unique_ptr<Destination> makeFcDestination(const TaskSpec &task, const DestinationContext &context)
{
    return std::make_unique<FcDestination>(task, context);
}

}  // namespace dts::fc
