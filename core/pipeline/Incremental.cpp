#include "pipeline/Incremental.h"

#include "binlog/BinlogStream.h"
#include "binlog/EventDecoder.h"
#include "binlog/Gtid.h"
#include "common/Error.h"
#include "common/Log.h"
#include "mysql/Catalog.h"
#include "mysql/Connection.h"
#include "pipeline/Throttle.h"
#include "sinks/mysql/ParallelApplier.h"
#include "sinks/mysql/MySqlSink.h"

#include <QDateTime>
#include <QRegularExpression>
#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <mysqld_error.h>
#include <thread>

namespace dts {

namespace {

constexpr const char *kHeartbeatTable = "heartbeat";
constexpr qint64 kQueueBytes = qint64(64) << 20;
constexpr int kGroupRows = 20000;
constexpr qint64 kGroupBytes = qint64(32) << 20;
// A larger source transaction goes to the applier in pieces (one destination transaction holds them),
// so memory stays bounded whatever its size.
constexpr int kPieceRows = 10000;
constexpr qint64 kPieceBytes = qint64(8) << 20;

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

bool isConnectionError(const Error &e)
{
    return e.code() != ER_LOCK_DEADLOCK && e.code() != ER_LOCK_WAIT_TIMEOUT;
}

// A retry window: the first failure opens it; it closes after `minutes` without success.
struct RetryWindow {
    qint64 firstMs = 0;
    void reset() { firstMs = 0; }
    // Returns the milliseconds left, or throws the final error when the window is over.
    qint64 failed(const Error &e, int minutes, const QString &what)
    {
        if (firstMs == 0)
            firstMs = nowMs();
        const qint64 left = firstMs + qint64(minutes) * 60000 - nowMs();
        if (left <= 0)
            throw Error(ErrorKind::Permanent, e.object(),
                        QStringLiteral("%1: still failing after the retry window of %2 minute(s): %3").arg(what).arg(minutes).arg(e.message()),
                        e.fix().isEmpty() ? QStringLiteral("fix the cause and run the task again: it resumes from its checkpoint")
                                          : e.fix(),
                        e.code());
        return left;
    }
};

}  // namespace

struct IncrementalSync::Private {
    TaskSpec task;
    const TaskPlan &plan;
    IncrementalOptions o;
    Metrics &metrics;
    std::atomic<bool> &cancel;

    std::mutex mutex;
    std::condition_variable notEmpty, notFull;
    std::deque<Transaction> queue;
    qint64 queuedBytes = 0;
    std::exception_ptr readerError;
    bool readerDone = false;
    std::atomic<bool> stopReader{false};
    binlog::BinlogStream *stream = nullptr;  // under mutex, for cancel
    QString readFile;                        // where the reader stands between transactions
    quint64 readOffset = 0;
    qint64 lastEventMs = 0;
    qint64 pushed = 0;  // transactions handed to the applier
    bool piecesPushed = false;  // of the large transaction the reader is in (reader thread only)

    Position applied;
    QStringList warnings;
    std::atomic<bool> heartbeatOn{false};

    Private(const TaskSpec &t, const TaskPlan &p, IncrementalOptions opt, Metrics &m, std::atomic<bool> &c)
        : task(t), plan(p), o(std::move(opt)), metrics(m), cancel(c)
    {
    }

    bool selected(const QString &db, const QString &table) const
    {
        if (db == QLatin1String(kMetaDatabase))
            return table == QLatin1String(kHeartbeatTable);
        for (const DatabasePlan &d : plan.databases)
            if (d.source == db && (d.whole || plan.findTable(db, table)))
                return true;
        return false;
    }

    void push(Transaction &&tx)
    {
        std::unique_lock lock(mutex);
        notFull.wait(lock, [&] { return queuedBytes < kQueueBytes || stopReader.load(); });
        queuedBytes += tx.bytes + 256;
        queue.push_back(std::move(tx));
        ++pushed;
        notEmpty.notify_one();
    }

    void readerLoop(Position from);
    void readOnce(Position &from, RetryWindow &window);
    void heartbeatLoop();
};

IncrementalSync::IncrementalSync(const TaskSpec &task, const TaskPlan &plan, IncrementalOptions options, Metrics &metrics,
                                 std::atomic<bool> &cancel)
    : d(std::make_unique<Private>(task, plan, std::move(options), metrics, cancel))
{
}

IncrementalSync::~IncrementalSync() = default;

Position IncrementalSync::appliedPosition() const { return d->applied; }
QStringList IncrementalSync::warnings() const { return d->warnings; }

// ---------------------------------------------------------------------------------------------------
// Reader: stream → decoder → transactions.

void IncrementalSync::Private::readOnce(Position &from, RetryWindow &window)
{
    using namespace binlog;
    StreamOptions so;
    so.serverId = o.serverId;
    so.file = from.file;
    so.offset = from.offset;
    so.heartbeatMs = 1000;
    BinlogStream s(task.source, so);
    {
        std::lock_guard lock(mutex);
        stream = &s;
    }
    struct Unset {
        Private *p;
        ~Unset()
        {
            std::lock_guard lock(p->mutex);
            p->stream = nullptr;
        }
    } unset{this};
    if (stopReader)
        return;
    s.open();
    window.reset();
    {
        QMutexLocker l(&metrics.incremental().mutex);
        metrics.incremental().retryReason.clear();
    }
    metrics.incremental().retryDeadlineMs = 0;
    log()->info("reading the source binlog from {}:{} as replica server id {}", str(from.file), from.offset, s.serverId());

    const bool mariaDb = s.isMariaDb();
    MySqlGtidSet mysqlGtids;
    MariaGtidPosition mariaGtids;
    try {
        if (mariaDb)
            mariaGtids = MariaGtidPosition::parse(from.gtidSet);
        else
            mysqlGtids = MySqlGtidSet::parse(from.gtidSet);
    } catch (const Error &) {
        // an unreadable stored set is not worth stopping for: positions by file/offset stay exact
    }

    // Column names for binlogs without them (binlog_row_metadata=MINIMAL): the source's definition,
    // read again after each DDL.
    Connection catalogConn(task.source, ConnectOptions{.role = QStringLiteral("source")});
    Catalog catalog(catalogConn);
    QHash<QString, std::shared_ptr<const TableShape>> shapes;
    EventDecoder decoder(s.currentFile());
    decoder.setTableFilter([this](const QString &db, const QString &t) { return selected(db, t); });
    decoder.setShapeProvider([&](const TableMap &map) -> std::shared_ptr<const TableShape> {
        if (!map.columnNames.isEmpty())
            return nullptr;
        const QString key = map.database + '.' + map.table;
        if (auto it = shapes.constFind(key); it != shapes.constEnd())
            return *it;
        auto shape = std::make_shared<TableShape>();
        if (const auto info = catalog.findTable(map.database, map.table)) {
            for (const ColumnInfo &c : info->columns) {
                shape->columns << c.name;
                shape->unsignedFlags << c.columnType.contains(QLatin1String("unsigned"), Qt::CaseInsensitive);
                shape->mysqlTypes << c.columnType.toUtf8();
            }
            if (const IndexInfo *k = info->primaryKey())
                for (const QString &c : k->columns)
                    for (int i = 0; i < info->columns.size(); ++i)
                        if (info->columns[i].name == c)
                            shape->primaryKey << i;
        }
        shapes.insert(key, shape);
        return shape;
    });

    Transaction tx;
    int pieceRows = 0;
    bool open = false;
    QString gtid;
    qint64 preciseMs = 0;
    bool heartbeatOnly = true;
    QList<binlog::DecodedEvent> decoded;

    auto commit = [&](const EventHeader &h) {
        if (!gtid.isEmpty()) {
            if (mariaDb) {
                const QStringList p = gtid.split('-');
                if (p.size() == 3)
                    mariaGtids.update(MariaGtid{p[0].toUInt(), p[1].toUInt(), p[2].toULongLong()});
            } else {
                const MySqlGtid g = MySqlGtid::parse(gtid);  // uuid:gno, or uuid:tag:gno (MySQL 8.3+)
                mysqlGtids.add(g.sid, g.gno, g.tag);
            }
        }
        tx.end.file = s.currentFile();
        tx.end.offset = s.nextOffset();
        tx.end.flavor = mariaDb ? QStringLiteral("mariadb") : QStringLiteral("mysql");
        tx.end.gtidSet = mariaDb ? mariaGtids.toString() : mysqlGtids.toString();
        tx.end.timestamp = h.timestamp;
        tx.sourceTimeMs = preciseMs ? preciseMs : qint64(h.timestamp) * 1000;
        tx.heartbeat = heartbeatOnly;
        tx.gtid = gtid;
        from = tx.end;
        push(std::move(tx));
        piecesPushed = false;
        pieceRows = 0;
        tx = Transaction();
        open = false;
        gtid.clear();
        preciseMs = 0;
        heartbeatOnly = true;
    };

    while (!stopReader) {
        std::optional<Event> ev = s.next();
        if (!ev)
            break;
        decoder.setFile(s.currentFile());
        decoded.clear();
        decoder.decode(*ev, s.format(), decoded);
        {
            std::lock_guard lock(mutex);
            lastEventMs = ev->header.timestamp ? qint64(ev->header.timestamp) * 1000 : lastEventMs;
        }
        for (DecodedEvent &e : decoded) {
            const quint8 type = e.header.type;
            if (e.gtid) {
                gtid = *e.gtid;
                if (mariaDb && !e.gtidStandalone)
                    open = true;  // MariaDB writes no BEGIN: its GTID event opens the transaction
                continue;
            }
            if (type == binlog::GtidEvent || type == binlog::AnonymousGtidEvent) {
                gtid.clear();
                continue;
            }
            if (e.query) {
                const QByteArray q = e.query->query.trimmed();
                const QByteArray head = q.left(12).toUpper();
                if (head == "BEGIN" || head.startsWith("XA START")) {
                    open = true;
                    tx.bytes += ev->header.eventSize;
                } else if (head == "COMMIT") {
                    commit(e.header);
                } else if (head == "ROLLBACK") {
                    tx = Transaction();  // a non-transactional statement rolled back: nothing to apply
                    pieceRows = 0;
                    open = false;
                    if (piecesPushed) {
                        Transaction abort;
                        abort.abortPartial = true;
                        push(std::move(abort));
                        piecesPushed = false;
                    }
                } else if (head.startsWith("XA ") || head.startsWith("SAVEPOINT") || head.startsWith("ROLLBACK TO") ||
                           head.startsWith("RELEASE")) {
                    // XA END / XA COMMIT: the rows came with XA_PREPARE
                } else {
                    ChangeEvent c;
                    c.kind = ChangeEvent::Ddl;
                    c.database = e.query->database;
                    c.sql = e.query->query;
                    c.timestamp = e.header.timestamp;
                    tx.changes << c;
                    heartbeatOnly = false;
                    shapes.clear();  // definitions may have changed
                    if (!open)
                        commit(e.header);
                }
                continue;
            }
            if (type == binlog::XidEvent || type == 38 /* XA_PREPARE */) {
                tx.bytes += ev->header.eventSize;
                commit(e.header);
                continue;
            }
            if (e.table && binlog::isRowsEvent(type)) {
                tx.bytes += e.inPayload ? 0 : ev->header.eventSize;
                if (!e.rows)
                    continue;
                const auto &shape = e.table->shape;
                const bool isHeartbeat = shape->database == QLatin1String(kMetaDatabase) && shape->table == QLatin1String(kHeartbeatTable);
                const bool update = e.rows->update;
                const auto kind = update ? ChangeEvent::Update
                                         : binlog::isWriteRowsEvent(type) ? ChangeEvent::Insert : ChangeEvent::Delete;
                for (qsizetype i = 0; i < e.rows->rows.size(); i += update ? 2 : 1) {
                    if (isHeartbeat) {
                        const Row &r = update ? e.rows->rows[i + 1] : e.rows->rows[i];
                        for (const Value &v : r)
                            if (v.kind == Value::Timestamp)
                                preciseMs = qMax(preciseMs, v.i * 1000 + v.micros / 1000);
                        continue;
                    }
                    heartbeatOnly = false;
                    ChangeEvent c;
                    c.kind = kind;
                    c.database = shape->database;
                    c.table = shape->table;
                    c.shape = shape;
                    c.timestamp = e.header.timestamp;
                    if (kind == ChangeEvent::Insert)
                        c.after = std::move(e.rows->rows[i]);
                    else if (kind == ChangeEvent::Delete)
                        c.before = std::move(e.rows->rows[i]);
                    else {
                        c.before = std::move(e.rows->rows[i]);
                        c.after = std::move(e.rows->rows[i + 1]);
                    }
                    tx.changes << std::move(c);
                    ++pieceRows;
                }
                if (open && (pieceRows >= kPieceRows || tx.bytes >= kPieceBytes)) {
                    Transaction piece;
                    piece.changes = std::move(tx.changes);
                    piece.bytes = tx.bytes;
                    piece.end = from;  // not a resume point: the applier never checkpoints a piece
                    piece.partial = true;
                    piece.gtid = gtid;
                    push(std::move(piece));
                    piecesPushed = true;
                    tx.changes.clear();
                    tx.bytes = 0;
                    pieceRows = 0;
                }
                continue;
            }
        }
        if (!open) {
            std::lock_guard lock(mutex);
            readFile = s.currentFile();
            readOffset = s.nextOffset();
        }
    }
}

void IncrementalSync::Private::readerLoop(Position from)
{
    RetryWindow window;
    while (!stopReader) {
        try {
            readOnce(from, window);
            if (stopReader)
                break;
            // the stream ended without a cancel: treat as a lost connection
            throw Error(ErrorKind::Transient, task.source.label(), QStringLiteral("the binlog stream ended"));
        } catch (const Error &e) {
            if (piecesPushed) {  // the large transaction comes again from its start
                Transaction abort;
                abort.abortPartial = true;
                push(std::move(abort));
                piecesPushed = false;
            }
            if (stopReader)
                break;
            if (e.kind() != ErrorKind::Transient) {
                std::lock_guard lock(mutex);
                readerError = std::current_exception();
                break;
            }
            try {
                const qint64 left = window.failed(e, task.advanced.retryConnectionMinutes, QStringLiteral("reading the source binlog"));
                metrics.incremental().retryDeadlineMs = metrics.elapsedMs() + left;
                {
                    QMutexLocker l(&metrics.incremental().mutex);
                    metrics.incremental().retryReason = QStringLiteral("source: %1").arg(e.message());
                }
                log()->warn("source binlog: {} — retrying from {} ({} s left)", str(e.message()), str(from.toString()), left / 1000);
            } catch (...) {
                std::lock_guard lock(mutex);
                readerError = std::current_exception();
                break;
            }
            for (int i = 0; i < 20 && !stopReader; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
        } catch (...) {
            std::lock_guard lock(mutex);
            readerError = std::current_exception();
            break;
        }
    }
    std::lock_guard lock(mutex);
    readerDone = true;
    notEmpty.notify_all();
}

// Updates a row on the source every second so the binlog moves and latency is measured to the
// millisecond even when the applications are idle; CREATE DATABASE IF NOT EXISTS test now and then,
// as DTS does, keeps binlog-based tools moving too.
void IncrementalSync::Private::heartbeatLoop()
{
    std::unique_ptr<Connection> c;
    qint64 lastCreate = 0;
    while (!stopReader) {
        try {
            if (!c) {
                c = std::make_unique<Connection>(task.source, ConnectOptions{.role = QStringLiteral("source")});
                c->exec(QStringLiteral("CREATE DATABASE IF NOT EXISTS %1").arg(quoteIdent(kMetaDatabase)));
                c->exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1.%2 (run_id VARCHAR(64) NOT NULL PRIMARY KEY, "
                                       "ts TIMESTAMP(6) NOT NULL) ENGINE=InnoDB")
                            .arg(quoteIdent(kMetaDatabase), QLatin1String(kHeartbeatTable)));
                heartbeatOn = true;
            }
            c->exec(QStringLiteral("INSERT INTO %1.%2 (run_id, ts) VALUES (%3, NOW(6)) ON DUPLICATE KEY UPDATE ts = NOW(6)")
                        .arg(quoteIdent(kMetaDatabase), QLatin1String(kHeartbeatTable), quoteString(o.runId)));
            if (nowMs() - lastCreate > 60000) {
                c->exec(QByteArrayLiteral("CREATE DATABASE IF NOT EXISTS test"));
                lastCreate = nowMs();
            }
        } catch (const Error &e) {
            if (!heartbeatOn && e.kind() != ErrorKind::Transient) {
                const QString msg = QStringLiteral("heartbeat disabled: %1 (latency is then computed from the last event)").arg(e.message());
                log()->warn("{}", str(msg));
                std::lock_guard lock(mutex);
                warnings << msg;
                return;
            }
            c.reset();  // lost: the reader's retry window decides the task's fate
        }
        for (int i = 0; i < 10 && !stopReader; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

// ---------------------------------------------------------------------------------------------------

void IncrementalSync::run(const Position &startFrom)
{
    Private &p = *d;
    IncrementalProgress &progress = p.metrics.incremental();
    progress.active = true;

    std::unique_ptr<ChangeSink> sink;
    if (p.o.makeSink) {
        sink = p.o.makeSink();
    } else {
        ApplierOptions ao;
        ao.endpoint = p.task.destination;
        ao.runId = p.o.runId;
        ao.conflict = p.task.conflictMode;
        sink = std::make_unique<ParallelApplier>(p.task, p.plan, ao, p.task.advanced.incrementalWriters);
    }
    ChangeSink &applier = *sink;
    RetryWindow connectionWindow, otherWindow;
    std::mutex retryMutex;  // the appliers retry from their own threads
    auto retryOrThrow = [&](const Error &e, const QString &what) {
        {
            std::lock_guard lock(retryMutex);
            if (p.cancel)
                throw Error(ErrorKind::Cancelled, what, QStringLiteral("stopped while retrying: %1").arg(e.message()));
            const bool connection = isConnectionError(e);
            RetryWindow &w = connection ? connectionWindow : otherWindow;
            const qint64 left = w.failed(e, connection ? p.task.advanced.retryConnectionMinutes : p.task.advanced.retryOtherMinutes, what);
            progress.retryDeadlineMs = p.metrics.elapsedMs() + left;
            {
                QMutexLocker l(&progress.mutex);
                // the destination, or the source when a WHERE filter was being evaluated there
                const bool source = e.object().startsWith(QLatin1String("source"));
                progress.retryReason = QStringLiteral("%1: %2").arg(source ? QStringLiteral("source") : QStringLiteral("destination"), e.message());
            }
            log()->warn("{}: {} — retrying ({} s left)", str(what), str(e.message()), left / 1000);
        }
        for (int i = 0; i < 20 && !p.cancel; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
    };
    const ChangeSink::RetryHook applyRetry = [&](const Error &e) {
        retryOrThrow(e, QStringLiteral("applying changes at the destination"));
    };

    std::optional<Position> checkpoint;
    for (;;) {
        try {
            applier.connect();
            checkpoint = applier.checkpoint();
            break;
        } catch (const Error &e) {
            if (e.kind() != ErrorKind::Transient || p.cancel)
                throw;
            retryOrThrow(e, QStringLiteral("connecting to the destination"));
        }
    }
    const Position start = checkpoint ? *checkpoint : startFrom;
    if (!start.isValid())
        throw Error(ErrorKind::Permanent, p.task.name, QStringLiteral("no binlog position to start incremental sync from"),
                    QStringLiteral("run the task with --reset to take a new start position with a new full data copy"));
    p.applied = start;
    log()->info("incremental sync from {}{}", str(start.toString()), checkpoint ? " (destination checkpoint)" : " (full data start)");

    // --until caught-up: the source's position now is the finish line.
    QString targetFile;
    quint64 targetOffset = 0;
    if (p.o.untilCaughtUp) {
        Connection src(p.task.source, ConnectOptions{.role = QStringLiteral("source")});
        if (const auto status = binlogStatus(src)) {
            targetFile = status->first;
            targetOffset = status->second;
        }
        log()->info("--until caught-up: stopping once {}:{} is applied", str(targetFile), targetOffset);
    }

    std::thread reader, heartbeat;
    auto startThreads = [&](const Position &from) {
        {
            std::lock_guard lock(p.mutex);
            p.readFile = from.file;
            p.readOffset = from.offset;
            p.stopReader = false;
            p.readerDone = false;
            p.readerError = nullptr;
            p.queue.clear();
            p.queuedBytes = 0;
            p.pushed = 0;
            p.piecesPushed = false;
        }
        reader = std::thread([&p, from] { p.readerLoop(from); });
        if (p.task.advanced.heartbeat)
            heartbeat = std::thread([&p] { p.heartbeatLoop(); });
    };
    auto stopThreads = [&] {
        {
            std::lock_guard lock(p.mutex);
            p.stopReader = true;
            if (p.stream)
                p.stream->cancel();
            p.notFull.notify_all();
        }
        if (reader.joinable())
            reader.join();
        if (heartbeat.joinable())
            heartbeat.join();
    };
    startThreads(start);

    RateLimiter rowLimit(p.task.advanced.incrementalThrottle.rps);
    RateLimiter byteLimit(p.task.advanced.incrementalThrottle.mbps * 1024 * 1024);
    qint64 appliedCount = 0;
    int heldDueMs = -1;  // when the records a sink holds back for batching are due
    try {
        QList<Transaction> group;
        while (true) {
            group.clear();
            {
                std::unique_lock lock(p.mutex);
                p.notEmpty.wait_for(lock, std::chrono::milliseconds(heldDueMs >= 0 ? std::clamp(heldDueMs, 1, 200) : 200),
                                    [&] { return !p.queue.empty() || p.readerDone; });
                int rows = 0;
                qint64 bytes = 0;
                while (!p.queue.empty() && rows < kGroupRows && bytes < kGroupBytes) {
                    rows += p.queue.front().rowCount();
                    bytes += p.queue.front().bytes;
                    p.queuedBytes -= p.queue.front().bytes + 256;
                    group << std::move(p.queue.front());
                    p.queue.pop_front();
                    if (group.last().partial)
                        break;  // applied before more of it is read
                }
                p.notFull.notify_all();
                if (group.isEmpty()) {
                    if (p.readerError)
                        std::rethrow_exception(p.readerError);
                    if (p.cancel)
                        break;
                    // Caught up: the reader has passed the finish line and everything it cut is applied.
                    if (p.o.untilCaughtUp && p.queue.empty() && p.pushed == appliedCount &&
                        compareBinlogPositions(p.readFile, p.readOffset, targetFile, targetOffset) >= 0)
                        break;
                    if (!p.heartbeatOn && p.lastEventMs) {
                        progress.latencyMs = qMax<qint64>(0, nowMs() - p.lastEventMs);
                        progress.latencyFromLastEvent = true;
                    }
                }
            }
            if (group.isEmpty()) {  // idle: a sink batching by time sends what is due
                try {
                    heldDueMs = applier.flushHeld(false, applyRetry);
                } catch (const Error &e) {
                    if (e.kind() == ErrorKind::Cancelled)
                        break;
                    throw;
                }
                continue;
            }
            int rows = 0;
            qint64 bytes = 0;
            for (const Transaction &tx : group) {
                rows += tx.rowCount();
                bytes += tx.bytes;
            }
            rowLimit.acquire(rows, &p.cancel);
            byteLimit.acquire(double(bytes), &p.cancel);
            try {
                applier.apply(group, applyRetry);
                heldDueMs = applier.flushHeld(false, applyRetry);
            } catch (const Error &e) {
                if (e.kind() == ErrorKind::Cancelled)
                    break;  // stopped while the destination was away: the checkpoints say what landed
                if (e.code() != ChangeSink::kReplayFromCheckpoint)
                    throw;
                // A large transaction's pieces are gone with the destination session: read it again.
                stopThreads();
                std::optional<Position> from;
                for (;;) {
                    retryOrThrow(e, QStringLiteral("applying a large transaction at the destination"));
                    try {
                        applier.connect();
                        from = applier.checkpoint();
                        break;
                    } catch (const Error &again) {
                        if (again.kind() != ErrorKind::Transient)
                            throw;
                    }
                }
                const Position resume = from ? *from : start;
                {
                    std::lock_guard lock(p.mutex);
                    p.applied = resume;
                }
                appliedCount = 0;
                log()->info("reading the source again from {}", str(resume.toString()));
                startThreads(resume);
                continue;
            }
            connectionWindow.reset();
            otherWindow.reset();
            if (progress.retryDeadlineMs.load()) {
                progress.retryDeadlineMs = 0;
                QMutexLocker l(&progress.mutex);
                progress.retryReason.clear();
            }
            const Transaction &last = group.last();
            {
                std::lock_guard lock(p.mutex);
                if (!last.abortPartial)
                    p.applied = last.end;  // a piece's end is where its transaction began
                appliedCount += group.size();
            }
            progress.rows += rows;
            qint64 whole = 0;
            for (const Transaction &tx : group)
                whole += tx.partial || tx.abortPartial ? 0 : 1;
            progress.transactions += whole;
            progress.bytes += bytes;
            // Latency: source commit → applied here. Precise with a heartbeat (µs timestamps); from the
            // binlog's second-resolution timestamps otherwise.
            if (!last.partial && !last.abortPartial) {
                progress.latencyMs = qMax<qint64>(0, nowMs() - last.sourceTimeMs);
                progress.latencyFromLastEvent = !p.heartbeatOn;
            }
            {
                QMutexLocker l(&progress.mutex);
                progress.position = last.end.toString();
                const auto counters = applier.takeCounters();
                for (auto it = counters.begin(); it != counters.end(); ++it) {
                    TableCounters &c = progress.tables[it.key()];
                    c.inserts += it->inserts;
                    c.updates += it->updates;
                    c.deletes += it->deletes;
                    c.ddls += it->ddls;
                }
            }
            for (const QString &w : applier.takeWarnings()) {
                std::lock_guard lock(p.mutex);
                p.warnings << w;
            }
            if (p.cancel)
                break;  // at a transaction boundary: everything applied is checkpointed
        }
        try {
            applier.flushHeld(true, applyRetry);
        } catch (const Error &e) {
            if (e.kind() != ErrorKind::Cancelled)
                throw;
            log()->warn("records held back for batching were not sent before the stop; they are sent on resume");
        }
    } catch (...) {
        stopThreads();
        progress.active = false;
        throw;
    }
    stopThreads();
    progress.active = false;
    log()->info("incremental sync stopped at {}; {}", str(p.applied.toString()), str(applier.summary()));
}

}  // namespace dts
