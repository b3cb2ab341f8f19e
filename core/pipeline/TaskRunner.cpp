#include "pipeline/TaskRunner.h"
#include "pipeline/Incremental.h"

#include "common/Error.h"
#include "common/Log.h"
#include "mysql/Catalog.h"
#include "mysql/Connection.h"
#include "pipeline/SchemaSync.h"
#include "sinks/Destination.h"
#include "sinks/mysql/MySqlSink.h"
#include "snapshot/Chunking.h"
#include "snapshot/FullSync.h"
#include "store/TaskStore.h"

#include <QDateTime>
#include <QThreadPool>
#include <QtConcurrent>
#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUuid>
#include <mysqld_error.h>

namespace dts {

QString toString(TaskState s)
{
    switch (s) {
    case TaskState::Created: return "created";
    case TaskState::Checking: return "checking";
    case TaskState::Schema: return "schema";
    case TaskState::FullData: return "full data";
    case TaskState::Incremental: return "incremental";
    case TaskState::Verifying: return "verifying";
    case TaskState::Finished: return "finished";
    case TaskState::Failed: return "failed";
    case TaskState::Cancelled: return "cancelled";
    }
    return {};
}

TaskRunner::TaskRunner(TaskSpec task, RunOptions options) : m_task(std::move(task)), m_options(std::move(options))
{
    m_stateDir = m_options.stateDir.isEmpty() ? defaultStateDir(m_task) : m_options.stateDir;
}

TaskRunner::~TaskRunner() = default;

QString TaskRunner::defaultStateDir(const TaskSpec &task)
{
    QString base = qEnvironmentVariable("XDG_DATA_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    QString slug = task.name.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]+")), QStringLiteral("-"));
    return base + QStringLiteral("/dts-studio/tasks/") + slug;
}

void TaskRunner::setState(TaskState s)
{
    m_state = s;
    m_metrics.setPhase(toString(s));
    log()->info("task \"{}\": {}", str(m_task.name), str(toString(s)));
    if (onStateChanged)
        onStateChanged(s);
}

Position TaskRunner::readStartPosition(Connection &src)
{
    Position p;
    p.flavor = src.isMariaDb() ? QStringLiteral("mariadb") : QStringLiteral("mysql");
    p.timestamp = QDateTime::currentSecsSinceEpoch();
    try {
        // GTID first, then file/offset: both are read before any row, so replaying from either loses nothing.
        p.gtidSet = QString::fromUtf8(
            src.scalar(src.isMariaDb() ? QStringLiteral("SELECT @@gtid_binlog_pos") : QStringLiteral("SELECT @@gtid_executed"))
                .value_or(QByteArray()));
        if (const auto status = binlogStatus(src)) {
            p.file = status->first;
            p.offset = status->second;
        }
    } catch (const Error &e) {
        const QString grant = src.isMariaDb() ? QStringLiteral("BINLOG MONITOR") : QStringLiteral("REPLICATION CLIENT");
        if (m_task.syncIncremental && !m_options.untilFull)
            throw Error(ErrorKind::Precheck, src.label(),
                        QStringLiteral("cannot read the binlog position: %1").arg(e.message()),
                        QStringLiteral("GRANT %1 ON *.* TO '%2'@'%'").arg(grant, m_task.source.user));
        m_warnings << QStringLiteral("the source binlog position was not recorded (%1); grant %2 to be able to add "
                                     "incremental sync later")
                          .arg(e.message(), grant);
        return p;
    }
    if (!p.isValid()) {
        if (m_task.syncIncremental && !m_options.untilFull)
            throw Error(ErrorKind::Precheck, src.label(), QStringLiteral("binary logging is off on the source"),
                        QStringLiteral("start the source with log_bin, binlog_format=ROW and binlog_row_image=FULL"));
        m_warnings << QStringLiteral("binary logging is off on the source: incremental sync cannot follow this task");
    }
    return p;
}

void TaskRunner::run()
{
    try {
        setState(TaskState::Checking);
        TaskStore store(m_stateDir);
        if (m_options.reset)
            store.reset();
        const QString fingerprint = m_task.fingerprint();
        if (auto fp = store.meta("fingerprint"); fp && *fp != fingerprint)
            throw Error(ErrorKind::Invalid, m_stateDir,
                        QStringLiteral("the task changed (endpoints, objects, mapping or filters) since the state in this "
                                       "directory was made; continuing would mix two different copies"),
                        QStringLiteral("restore the task file to continue, or run with --reset to start over (in "
                                       "conflictMode \"error\" drop the destination tables first)"));
        store.setMeta("fingerprint", fingerprint);
        QString runId = store.meta("run_id").value_or(QString());
        if (runId.isEmpty()) {
            runId = QUuid::createUuid().toString(QUuid::Id128);
            store.setMeta("run_id", runId);
        }

        // Every check lives in the precheck; a failed item stops the task before anything is written.
        precheck::Options checks;
        checks.incremental = !m_options.untilFull;
        checks.replicaServerId = m_task.advanced.serverId;
        checks.resume = precheck::resumeStateOf(store);
        m_precheck = precheck::run(m_task, checks, &m_cancel);
        if (m_cancel)
            throw Error(ErrorKind::Cancelled, m_task.name, QStringLiteral("stopped during the precheck"));
        for (const precheck::Result &r : m_precheck.results)
            log()->info("precheck {}: {}{}: {}", str(r.id), str(toString(r.status)), r.ignored ? " (ignored)" : "",
                        str(r.message));
        if (m_precheck.hasFailures())
            throw Error(ErrorKind::Precheck, QStringLiteral("task \"%1\"").arg(m_task.name), m_precheck.failureSummary(),
                        QStringLiteral("fix the failed items as shown and run again (dts precheck TASK lists every item)"));
        for (const precheck::Result &w : m_precheck.warnings())
            m_warnings << QStringLiteral("%1 (precheck %2; \"ignoredWarnings\": [\"%2\"] in the task accepts it)")
                              .arg(w.message, w.id);

        // Not reaching a server at the start is a failed check, not something to wait out: the retry
        // windows are for connections lost during the run.
        auto open = [](const Endpoint &e, const QString &role) {
            try {
                return std::make_unique<Connection>(e, ConnectOptions{.role = role});
            } catch (const Error &err) {
                throw Error(ErrorKind::Precheck, err.object(), err.message(), err.fix(), err.code());
            }
        };
        const auto srcConn = open(m_task.source, QStringLiteral("source"));
        Connection &src = *srcConn;
        // MySQL / PolarDB: a connection here (schema, checkpoints in destination transactions); other
        // engines: their Destination.
        std::unique_ptr<Connection> dstConn;
        std::unique_ptr<Destination> other;
        if (m_task.destinationIsMySql()) {
            dstConn = open(m_task.destination, QStringLiteral("destination"));
            if (m_task.destinationEngine == QLatin1String("polardb"))
                log()->info("PolarDB destination reports version {} ({})", str(dstConn->serverVersion()),
                            dstConn->isPolarDb() ? "PolarDB" : "MySQL-compatible server");
        } else {
            other = makeDestination(m_task, DestinationContext{.runId = runId, .stateDir = m_stateDir, .cancel = &m_cancel});
            other->open();
        }
        Catalog srcCatalog(src);
        const TaskPlan plan = resolvePlan(m_task, srcCatalog, dstConn ? Catalog(*dstConn).lowerCaseTableNames() : 0);
        m_warnings << plan.warnings;
        std::optional<SchemaSync> schema;
        if (dstConn) {
            try {
                ensureMetaSchema(*dstConn);
            } catch (const Error &e) {
                throw Error(ErrorKind::Precheck, dstConn->label(),
                            QStringLiteral("the destination is not writable: %1").arg(e.message()),
                            QStringLiteral("GRANT ALL ON %1.* and CREATE, ALTER, INDEX, INSERT, DELETE, REFERENCES, "
                                           "CREATE VIEW, CREATE ROUTINE, TRIGGER, EVENT on the target databases TO '%2'@'%'")
                                .arg(quoteIdent(kMetaDatabase), m_task.destination.user));
            }
            schema.emplace(src, *dstConn, m_task, plan, store);
        }
        if (auto pos = store.meta("start_position")) {
            m_summary.startPosition = Position::fromJson(QJsonDocument::fromJson(pos->toUtf8()).object());
        } else {
            m_summary.startPosition = readStartPosition(src);
            store.setMeta("start_position",
                          QString::fromUtf8(QJsonDocument(m_summary.startPosition.toJson()).toJson(QJsonDocument::Compact)));
        }
        if (m_summary.startPosition.isValid())
            log()->info("source position at start: {}", str(m_summary.startPosition.toString()));

        if (m_task.syncSchema && !store.meta("schema_done")) {
            setState(TaskState::Schema);
            if (schema) {
                schema->createTables();
                schema->createViewsRoutinesEvents();
            } else {
                other->createSchema(plan);
            }
            store.setMeta("schema_done", "1");
        }

        if (m_task.syncFull && !store.meta("full_done")) {
            setState(TaskState::FullData);
            store.setMeta("full_started", "1");
            if (dstConn)
                runFullData(*dstConn, plan, store, runId);
            else
                runFullData(nullptr, plan, store, runId,
                            [&](const TablePlan &t) { return other->encoder(t); }, [&] { return other->writer(); });
            store.setMeta("full_done", "1");
        }

        const bool incremental = m_task.syncIncremental && !m_options.untilFull;
        if (schema && m_task.syncSchema && !store.meta("triggers_done")) {
            if (!m_task.syncIncremental) {
                schema->createTriggers();
                store.setMeta("triggers_done", "1");
            } else {
                m_warnings << QStringLiteral("triggers are not created while incremental sync runs, so that they do not "
                                             "fire on replicated rows: create them at the destination when you switch over");
            }
        }
        if (schema)
            m_warnings << schema->warnings;
        if (incremental) {
            setState(TaskState::Incremental);
            IncrementalOptions io{.runId = runId, .untilCaughtUp = m_options.untilCaughtUp, .serverId = m_task.advanced.serverId};
            if (other)
                io.makeSink = [&] { return other->changeSink(plan); };
            IncrementalSync sync(m_task, plan, io, m_metrics, m_cancel);
            try {
                sync.run(m_summary.startPosition);
            } catch (...) {
                m_warnings << sync.warnings();
                throw;
            }
            m_warnings << sync.warnings();
            m_summary.endPosition = sync.appliedPosition();
            store.setMeta("applied_position",
                          QString::fromUtf8(QJsonDocument(m_summary.endPosition.toJson()).toJson(QJsonDocument::Compact)));
            if (m_cancel && !m_options.untilCaughtUp) {
                // a stop asked for (SIGINT/SIGTERM): clean, at a transaction boundary; no closing check
                m_summary.stoppedByUser = true;
                setState(TaskState::Finished);
                return;
            }
        }
        if (m_options.verifyAtEnd) {
            setState(TaskState::Verifying);
            verify(plan, other.get());
        } else {
            const MetricsSnapshot snap = m_metrics.sample();
            m_summary.seconds = snap.elapsedSeconds;
            m_summary.rows = snap.rows;
            m_summary.bytes = snap.bytes;
        }
        setState(TaskState::Finished);
    } catch (const Error &e) {
        setState(e.kind() == ErrorKind::Cancelled ? TaskState::Cancelled : TaskState::Failed);
        throw;
    }
}

void TaskRunner::runFullData(Connection &dst, const TaskPlan &plan, TaskStore &store, const QString &runId)
{
    MySqlSinkOptions sinkOptions;
    sinkOptions.endpoint = m_task.destination;
    sinkOptions.loadData = localInfileAllowed(dst);
    if (!sinkOptions.loadData)
        log()->info("LOAD DATA LOCAL is off on the destination (local_infile=OFF): writing with multi-row INSERT");
    sinkOptions.conflict = m_task.conflictMode;
    sinkOptions.runId = runId;
    sinkOptions.maxAllowedPacket = dst.maxAllowedPacket();
    sinkOptions.destinationIsMariaDb = dst.isMariaDb();
    Catalog dstCatalog(dst);
    for (const TablePlan *t : plan.tables())
        if (const auto info = dstCatalog.findTable(t->targetDatabase, t->targetTable);
            info && info->engine.compare(QLatin1String("InnoDB"), Qt::CaseInsensitive) != 0)
            sinkOptions.nonTransactionalTargets.insert(t->targetQualified());
    // DTS_BATCH_BYTES: bytes of one LOAD DATA / INSERT statement; a knob for tuning.
    if (const qint64 b = qEnvironmentVariable("DTS_BATCH_BYTES").toLongLong(); b > 0)
        sinkOptions.batchBytes = b;
    runFullData(&dst, plan, store, runId,
                [&sinkOptions](const TablePlan &t) { return std::make_unique<MySqlBatchEncoder>(t, sinkOptions); },
                [&sinkOptions] { return std::make_unique<MySqlChunkWriter>(sinkOptions); });
}

void TaskRunner::runFullData(Connection *dst, const TaskPlan &plan, TaskStore &store, const QString &runId,
                             const FullSync::EncoderFactory &encoders, const FullSync::WriterFactory &writers)
{
    ConnectOptions rawOpts{.rawBytes = true, .role = QStringLiteral("source")};
    Connection rawSrc(m_task.source, rawOpts);
    // DTS_CHUNK_BYTES: size of a chunk (one destination transaction); a knob for tuning and tests.
    const qint64 chunkBytes = qEnvironmentVariableIsSet("DTS_CHUNK_BYTES") ? qEnvironmentVariable("DTS_CHUNK_BYTES").toLongLong()
                                                                           : qint64(8) << 20;
    ChunkPlanner planner(rawSrc, chunkBytes > 0 ? chunkBytes : qint64(8) << 20);
    QList<const TablePlan *> tables = plan.tables();
    std::stable_sort(tables.begin(), tables.end(), [](const TablePlan *a, const TablePlan *b) {
        return a->source.rowsEstimate > b->source.rowsEstimate;
    });
    QList<QList<ChunkJob>> perTable;
    for (const TablePlan *t : tables) {
        if (!store.hasChunkPlan(t->id()))
            store.saveChunkPlan(t->id(), planner.plan(*t));
        QList<ChunkRecord> chunks = store.chunks(t->id());
        if (chunks.isEmpty())  // a plan always has a chunk; none means the store lost them
            throw Error(ErrorKind::Permanent, m_stateDir, QStringLiteral("the chunk plan of %1 is damaged").arg(t->id()),
                        QStringLiteral("run again with --reset"));
        // Chunks committed at the destination whose local mark a kill interrupted.
        const auto committed = dst ? committedChunks(*dst, runId, t->id()) : QHash<int, qint64>();
        auto progress = m_metrics.addTable(t->id(), t->targetQualified(), t->source.rowsEstimate, int(chunks.size()));
        QList<ChunkJob> jobs;
        for (ChunkRecord &c : chunks) {
            if (!c.done && committed.contains(c.number)) {
                store.markChunkDone(c.tableId, c.number, committed.value(c.number), 0);
                c.done = true;
                c.rows = committed.value(c.number);
            }
            if (c.done) {
                progress->rowsDone += c.rows;
                progress->bytesDone += c.bytes;
                progress->chunksDone++;
            } else {
                jobs << ChunkJob{t, c, progress, 0};
            }
        }
        if (progress->chunksDone == progress->chunksTotal)
            progress->finished = true;
        perTable << jobs;
    }
    // One chunk of each table in turn (big tables first in each round): parallel writers then load
    // different tables, as separate loaders would, instead of queueing on one table's indexes.
    QList<ChunkJob> jobs;
    for (qsizetype round = 0;; ++round) {
        bool any = false;
        for (const QList<ChunkJob> &t : perTable)
            if (round < t.size()) {
                jobs << t[round];
                any = true;
            }
        if (!any)
            break;
    }

    FullSyncConfig config;
    config.source = m_task.source;
    config.readers = m_task.advanced.fullReaders;
    config.writers = m_task.advanced.writers;
    config.throttle = m_task.advanced.fullThrottle;
    config.retryConnectionMinutes = m_task.advanced.retryConnectionMinutes;
    config.retryOtherMinutes = m_task.advanced.retryOtherMinutes;
    FullSync full(config, store, encoders, writers, m_cancel);
    full.run(jobs);
}

void TaskRunner::verify(const TaskPlan &plan, Destination *other)
{
    const MetricsSnapshot snap = m_metrics.sample();
    m_summary.seconds = snap.elapsedSeconds;
    m_summary.rows = snap.rows;
    m_summary.bytes = snap.bytes;
    if (other) {
        QList<TableResult> results = readBackCheck(m_task, plan, *other);
        for (TableResult &r : results) {
            for (const TableSnapshot &ts : snap.tables)
                if (ts.id == r.source)
                    r.seconds = ts.seconds;
            if (r.destinationRows >= 0 && r.countComparable && r.sourceRows != r.destinationRows)
                m_summary.allMatch = false;
            if (r.checksum == QLatin1String("differs"))
                m_summary.allMatch = false;
            m_summary.tables << r;
        }
        return;
    }

    // Counting and CHECKSUM TABLE are full scans on both servers: run the tables side by side, and the
    // two sides of a table at the same time, each on connections of its own.
    struct Side {
        qint64 rows = 0;
        QByteArray checksum;
        bool mariaDb = false;
    };
    auto measure = [](const Endpoint &e, const QString &role, const QString &table, const QString &where, bool checksum) {
        Connection c(e, ConnectOptions{.role = role});
        Side side;
        side.mariaDb = c.isMariaDb();
        side.rows = c.scalar(QStringLiteral("SELECT COUNT(*) FROM %1%2")
                                 .arg(table, where.isEmpty() ? QString() : QStringLiteral(" WHERE (%1)").arg(where)))
                        .value_or("0")
                        .toLongLong();
        if (checksum)
            side.checksum = c.query(QStringLiteral("CHECKSUM TABLE %1 EXTENDED").arg(table)).rows.value(0).value(1).toByteArray();
        return side;
    };
    QThreadPool pool;
    pool.setMaxThreadCount(8);
    const QList<const TablePlan *> tables = plan.tables();
    QList<TableResult> results(tables.size());
    QList<QFuture<void>> running;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        running << QtConcurrent::run(&pool, [&, i] {
            const TablePlan *t = tables[i];
            // A table whose deletes (or inserts, updates) are not synced differs from the source by design.
            const bool everyOperation = !m_task.syncIncremental ||
                                        (t->operations.contains(QLatin1String("insert")) &&
                                         t->operations.contains(QLatin1String("update")) &&
                                         t->operations.contains(QLatin1String("delete")));
            const bool comparable = t->where.isEmpty() && !t->columnsRenamedOrDropped && everyOperation;
            QFuture<Side> src = QtConcurrent::run(&pool, measure, m_task.source, QStringLiteral("source"),
                                                  quoteIdent(t->source.database, t->source.name), t->where, comparable);
            const Side dst = measure(m_task.destination, QStringLiteral("destination"),
                                     quoteIdent(t->targetDatabase, t->targetTable), QString(), comparable);
            const Side s = src.result();
            TableResult &r = results[i];
            r.source = t->id();
            r.target = t->targetQualified();
            r.sourceRows = s.rows;
            r.destinationRows = dst.rows;
            r.countComparable = everyOperation;
            if (!everyOperation)
                r.checksum = QStringLiteral("n/a (not every operation is synced)");
            else if (!comparable)
                r.checksum = QStringLiteral("n/a (filtered or remapped columns)");
            else if (s.mariaDb != dst.mariaDb)
                r.checksum = QStringLiteral("n/a (MySQL vs MariaDB checksums differ)");
            else
                r.checksum = s.checksum == dst.checksum ? QStringLiteral("match") : QStringLiteral("differs");
        });
    }
    // Every worker must end before the locals they use go; the first failure is rethrown as it was.
    std::exception_ptr failure;
    for (QFuture<void> &f : running) {
        try {
            f.waitForFinished();
        } catch (const QUnhandledException &u) {
            if (!failure)
                failure = u.exception() ? u.exception() : std::current_exception();
        } catch (...) {
            if (!failure)
                failure = std::current_exception();
        }
    }
    if (failure)
        std::rethrow_exception(failure);
    for (TableResult &r : results) {
        for (const TableSnapshot &ts : snap.tables)
            if (ts.id == r.source)
                r.seconds = ts.seconds;
        if ((r.countComparable && r.sourceRows != r.destinationRows) || r.checksum == QLatin1String("differs"))
            m_summary.allMatch = false;
        m_summary.tables << r;
    }
}

}  // namespace dts
