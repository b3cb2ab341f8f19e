// Incremental sync against sandboxes that misbehave under it. While `dts run` follows the binlog and a
// writer keeps changing the source, the source mariadbd and then the destination mariadbd are shut
// down and started again (same port, same data): dts must retry and resume by itself. And sysbench
// writes through the whole full copy into incremental. Each ends with the destination equal to the
// source: every row, COUNT(*) and CHECKSUM TABLE; a keyless table shows any transaction applied twice.
// Also the applier fed new table shapes as a reconnect makes them (a stale cache once misrouted rows).
#include "common/Sandbox.h"
#include "mysql/Catalog.h"
#include "pipeline/Plan.h"
#include "sinks/mysql/MySqlApplier.h"

#include <QStandardPaths>
#include <atomic>
#include <thread>

using namespace dts;
using namespace dts::test;

namespace {

constexpr int kSeedRows = 2000;
constexpr int kFirstWriterId = 100000;

// Changes the source in small transactions until destroyed, reconnecting while the source is away.
// A transaction cut by a shutdown is in doubt (it may have committed or not): the tests compare
// final states, never counts of what was sent. Ledger rows (keyless table) only once asked for:
// the full copy re-reads what incremental replays, and only keyed rows converge.
class SourceWriter {
public:
    std::atomic<int> committed{0};   // transactions acknowledged by the source
    std::atomic<int> failed{0};      // transactions lost or in doubt (connection errors)
    std::atomic<int> lastTx{0};      // the number of the last acknowledged one
    std::atomic<bool> ledger{false};

    explicit SourceWriter(const Endpoint &source) : m_source(source)
    {
        m_thread = std::thread([this] { loop(); });
    }
    ~SourceWriter()
    {
        m_stop = true;
        m_thread.join();
    }
    // Waits until no transaction is in flight and none starts; returns false if that takes too long.
    bool pause()
    {
        m_pauseAsked = true;
        for (int i = 0; i < 300 && !m_paused; ++i)
            QThread::msleep(20);
        return m_paused;
    }
    void resume() { m_pauseAsked = false; }
    // Waits until `n` more transactions were acknowledged; false after timeoutMs.
    bool waitForCommits(int n, int timeoutMs)
    {
        const int target = committed + n;
        QElapsedTimer t;
        t.start();
        while (committed < target && t.elapsed() < timeoutMs)
            QThread::msleep(20);
        return committed >= target;
    }

private:
    void loop()
    {
        std::unique_ptr<Connection> c;
        int tx = 0;
        while (!m_stop) {
            if (m_pauseAsked) {
                m_paused = true;
                QThread::msleep(10);
                continue;
            }
            m_paused = false;
            ++tx;  // never reused: an in-doubt transaction may hold its ids
            try {
                if (!c)
                    c = std::make_unique<Connection>(m_source, ConnectOptions{.connectTimeoutSec = 2, .role = QStringLiteral("source")});
                const int id = kFirstWriterId + tx;
                c->exec(QByteArrayLiteral("START TRANSACTION"));
                c->exec(QStringLiteral("INSERT INTO rst.items (id, k, v) VALUES (%1, %2, 'new %1')").arg(id).arg(tx % 97));
                c->exec(QStringLiteral("UPDATE rst.items SET k = k + 1, v = 'tx %1' WHERE id = %2").arg(tx).arg(1 + tx * 7 % kSeedRows));
                c->exec(QStringLiteral("DELETE FROM rst.items WHERE id = %1").arg(id - 40));
                if (ledger)
                    c->exec(QStringLiteral("INSERT INTO rst.ledger VALUES (%1, 'tx %1')").arg(tx));
                c->exec(QByteArrayLiteral("COMMIT"));
                lastTx = tx;
                ++committed;
            } catch (const Error &) {
                ++failed;
                c.reset();
                QThread::msleep(100);
                continue;
            }
            QThread::msleep(5);
        }
    }

    Endpoint m_source;
    std::atomic<bool> m_stop{false}, m_pauseAsked{false}, m_paused{false};
    std::thread m_thread;
};

}  // namespace

class TstIncrementalRestart : public QObject {
    Q_OBJECT
    std::unique_ptr<ServerPair> m_pair;
    LocalServer *m_src = nullptr, *m_dst = nullptr;

    // Destination equal to the source: rows, COUNT(*) and CHECKSUM TABLE (new connections: the
    // servers may have restarted since the last look).
    void compareTables(const QString &db, const QStringList &tables, const QString &order = QStringLiteral("1"))
    {
        auto s = connectTo(*m_src, "source", true), d = connectTo(*m_dst, "destination", true);
        for (const QString &t : tables) {
            const QString diff = tableDifference(*s, *d, db, t, order);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
            const QString count = QStringLiteral("SELECT COUNT(*) FROM %1").arg(quoteIdent(db, t));
            QCOMPARE(d->scalar(count).value_or("?"), s->scalar(count).value_or("?"));
            QCOMPARE(checksum(*d, quoteIdent(db, t)), checksum(*s, quoteIdent(db, t)));
        }
    }

    // Until dts has applied up to file:offset (with no file: anything, i.e. incremental has started);
    // false with dts's output shown (QTest cuts failure messages short) when it exits or time is up.
    static bool waitApplied(const BackgroundDts &dts, const CheckpointWatch &watch, int timeoutMs, const QString &file = {},
                            quint64 offset = 0)
    {
        if (watch.waitFor(dts, timeoutMs, file, offset))
            return true;
        qInfo().noquote() << QStringLiteral("dts did not apply up to %1:%2 within %3 s\n").arg(file).arg(offset).arg(timeoutMs / 1000)
                          << dts.output();
        return false;
    }

    // Until dts has applied everything the source has now.
    bool caughtUp(const BackgroundDts &dts, const CheckpointWatch &watch) const
    {
        const auto [file, offset] = binlogPositionOf(*m_src);
        return waitApplied(dts, watch, 60000, file, offset);
    }

    // The writer stops, dts applies everything the source has, and both sides are compared.
    void pauseAndCompare(SourceWriter &writer, const BackgroundDts &dts, const CheckpointWatch &watch)
    {
        QVERIFY(writer.pause());
        QVERIFY(caughtUp(dts, watch));
        compareTables("rst", {"items", "ledger"}, "1, 2");
        // The last acknowledged transaction is there (the comparison above already implies it; this
        // says which one it was when it fails).
        auto d = connectTo(*m_dst, "destination");
        QCOMPARE(d->scalar(QStringLiteral("SELECT COUNT(*) FROM rst.ledger WHERE tx = %1").arg(writer.lastTx.load())).value_or("0"),
                 QByteArray("1"));
        // Applied twice would show here: the ledger has no key to absorb a replay.
        QCOMPARE(d->scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT tx FROM rst.ledger GROUP BY tx HAVING COUNT(*) > 1) dup"))
                     .value_or("?"),
                 QByteArray("0"));
        writer.resume();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pair = std::make_unique<ServerPair>("rst");
        m_src = m_pair->source.get();
        m_dst = m_pair->destination.get();
    }

    void sourceThenDestinationRestartMidStream()
    {
        QTemporaryDir dir;
        m_src->execSql(QStringLiteral("CREATE DATABASE rst; USE rst;"
                                      "CREATE TABLE rst.items (id INT PRIMARY KEY, k INT NOT NULL, v VARCHAR(40));"
                                      "CREATE TABLE rst.ledger (tx INT NOT NULL, note VARCHAR(40));"
                                      "INSERT INTO rst.items SELECT seq, seq % 13, CONCAT('seed ', seq) FROM seq_1_to_%1;")
                           .arg(kSeedRows));
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"rst", {}, {}}}, "restarts");
        t.syncIncremental = true;
        const QString taskPath = dir.filePath("task.json");
        const QProcessEnvironment env = writeTask(t, taskPath);

        SourceWriter writer(endpointOf(*m_src));
        const CheckpointWatch watch(*m_dst);
        BackgroundDts dts({"run", taskPath, "--state-dir", dir.filePath("state"), "--no-verify"}, env, dir.path());
        QVERIFY(waitApplied(dts, watch, 120000));
        // Incremental is applying: from here on every source transaction reaches the destination once.
        writer.ledger = true;
        QVERIFY(writer.waitForCommits(30, 30000));
        pauseAndCompare(writer, dts, watch);
        if (QTest::currentTestFailed())
            return;

        // 1. The source goes away under the binlog reader and comes back with a new binlog file.
        const QString fileBefore = binlogPositionOf(*m_src).first;
        QVERIFY(writer.waitForCommits(20, 30000));
        m_src->shutdown();
        const int failedBefore = writer.failed;
        QThread::sleep(3);
        QVERIFY2(writer.failed > failedBefore, "the writer did not notice the source going away");
        m_src->start();
        const QString fileAfter = binlogPositionOf(*m_src).first;
        QVERIFY2(compareBinlogPositions(fileAfter, 4, fileBefore, 4) > 0, qPrintable(fileAfter + " after " + fileBefore));
        QVERIFY(writer.waitForCommits(50, 30000));
        pauseAndCompare(writer, dts, watch);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(dts.isRunning());
        QVERIFY2(dts.err().contains("source binlog:") && dts.err().contains("retrying from"), qPrintable(dts.output()));
        // The checkpoint moved on into the binlog the source started after its restart.
        const auto applied = watch.current();
        QVERIFY(applied);
        QVERIFY2(compareBinlogPositions(applied->file, applied->offset, fileAfter, 4) > 0, qPrintable(applied->toString()));

        // 2. The destination goes away under the applier (its commits and checkpoint in doubt).
        QVERIFY(writer.waitForCommits(20, 30000));
        m_dst->shutdown();
        const int committedBefore = writer.committed;
        QThread::sleep(3);
        // What the source takes meanwhile waits in dts until the destination is back.
        QVERIFY2(writer.committed > committedBefore + 10, "the writer stalled while the destination was down");
        m_dst->start();
        QVERIFY(writer.waitForCommits(50, 30000));
        pauseAndCompare(writer, dts, watch);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(dts.err().contains("applying changes at the destination:"), qPrintable(dts.output()));

        // 3. A little more after both restarts, then a clean stop.
        QVERIFY(writer.waitForCommits(30, 30000));
        pauseAndCompare(writer, dts, watch);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(dts.terminate(), 0);
        QVERIFY2(dts.out().contains("stopped on request"), qPrintable(dts.output()));
        qInfo("writer: %d transactions acknowledged, %d lost or in doubt", writer.committed.load(), writer.failed.load());
    }

    void rowsFollowTheirTableWhenTheReaderRenewsShapes()
    {
        // After a reconnect (or at a new binlog file) the reader decodes with new table shapes and frees
        // the old ones; a new shape may be allocated where an old one was (glibc hands a freed block of
        // the same size straight back). The applier must not take it for the table it last wrote.
        const QString tables = QStringLiteral("CREATE DATABASE reuse; CREATE TABLE reuse.a (id INT PRIMARY KEY, v INT);"
                                              "CREATE TABLE reuse.b (id INT PRIMARY KEY, v INT);");
        m_src->execSql(tables);
        m_dst->execSql(tables + QStringLiteral("CREATE DATABASE IF NOT EXISTS dts_studio_meta;"));  // as a run makes it
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"reuse", {}, {}}}, "shape reuse");
        auto src = connectTo(*m_src);
        Catalog catalog(*src);
        const TaskPlan plan = resolvePlan(t, catalog, 0);
        ApplierOptions o;
        o.endpoint = t.destination;
        o.runId = QStringLiteral("shape-reuse");
        MySqlApplier applier(t, plan, o);
        applier.connect();
        auto insert = [](std::shared_ptr<TableShape> shape, const QString &table, qint64 id, qint64 v, quint64 offset) {
            shape->database = QStringLiteral("reuse");
            shape->table = table;
            shape->columns = {QStringLiteral("id"), QStringLiteral("v")};
            shape->primaryKey = {0};
            Value a, b;
            a.kind = b.kind = Value::Int;
            a.i = id;
            b.i = v;
            ChangeEvent c;
            c.kind = ChangeEvent::Insert;
            c.database = shape->database;
            c.table = table;
            c.shape = std::move(shape);
            c.after = {a, b};
            Transaction tx;
            tx.end.file = QStringLiteral("binlog.000001");
            tx.end.offset = offset;
            tx.changes << c;
            return tx;
        };
        quintptr first = 0;
        {
            const Transaction tx = insert(std::make_shared<TableShape>(), "a", 1, 10, 1000);
            first = quintptr(tx.changes[0].shape.get());
            applier.apply({tx}, {o.runId});
        }  // the only other owner of a's shape is gone
        // Take a's address if it is free: with glibc one of the next allocations of that size gets it.
        std::vector<std::shared_ptr<TableShape>> candidates;
        for (int i = 0; i < 32 && (candidates.empty() || quintptr(candidates.back().get()) != first); ++i)
            candidates.push_back(std::make_shared<TableShape>());
        const bool reused = quintptr(candidates.back().get()) == first;
        qInfo(reused ? "b's shape has a's old address" : "b's shape has a new address (a's is still held)");
        const Transaction tx = insert(candidates.back(), "b", 2, 20, 2000);
        candidates.clear();
        applier.apply({tx}, {o.runId});
        auto d = connectTo(*m_dst, "destination");
        QCOMPARE(d->scalar(QStringLiteral("SELECT GROUP_CONCAT(id, ':', v) FROM reuse.a")).value_or("-"), QByteArray("1:10"));
        QCOMPARE(d->scalar(QStringLiteral("SELECT GROUP_CONCAT(id, ':', v) FROM reuse.b")).value_or("-"), QByteArray("2:20"));
    }

    void sysbenchThroughFullAndIncremental()
    {
        const QString sysbench = QStandardPaths::findExecutable(QStringLiteral("sysbench"));
        if (sysbench.isEmpty())
            QSKIP("sysbench is not installed: apt-get install sysbench (installer/dev.sh test installs it)");
        QTemporaryDir dir;
        constexpr int kTables = 4;
        m_src->execSql(QStringLiteral("CREATE DATABASE sbtest"));
        // The connection options, password included, go to a file only we can read, not on a command line.
        const QString config = dir.filePath("sysbench.cfg");
        {
            QFile f(config);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            f.write(QStringLiteral("db-driver=mysql\nmysql-host=%1\nmysql-port=%2\nmysql-user=%3\nmysql-password=%4\n"
                                   "mysql-db=sbtest\n")
                        .arg(m_src->host())
                        .arg(m_src->port())
                        .arg(m_src->user(), m_src->password())
                        .toUtf8());
        }
        // The workload's own options (tables, table-size) are not read from the config file.
        const QStringList common = {"--config-file=" + config, QStringLiteral("--tables=%1").arg(kTables), "--table-size=10000"};
        QProcess prepare;
        prepare.setProcessChannelMode(QProcess::MergedChannels);
        prepare.start(sysbench, common + QStringList{"oltp_write_only", "prepare"});
        QVERIFY(prepare.waitForFinished(120000));
        QVERIFY2(prepare.exitCode() == 0, prepare.readAll().constData());
        QStringList tables;
        for (int i = 1; i <= kTables; ++i) {
            tables << QStringLiteral("sbtest%1").arg(i);
            QCOMPARE(m_src->queryValue(QStringLiteral("SELECT COUNT(*) FROM sbtest.sbtest%1").arg(i)), QStringLiteral("10000"));
        }
        auto fingerprint = [&] {
            auto c = connectTo(*m_src);
            QStringList sums;
            for (const QString &t : tables)
                sums << checksum(*c, quoteIdent("sbtest", t));
            return sums.join(',');
        };

        // Rate-limited so the machine stays usable; it runs until stopped below.
        QProcess load;
        load.setProcessChannelMode(QProcess::MergedChannels);
        load.setStandardOutputFile(dir.filePath("sysbench.log"));
        load.start(sysbench, common + QStringList{"--threads=2", "--rate=60", "--time=300", "oltp_write_only", "run"});
        QVERIFY(load.waitForStarted());
        auto stopLoad = qScopeGuard([&] {
            if (load.state() != QProcess::NotRunning) {
                load.terminate();
                load.waitForFinished(10000);
            }
        });
        QThread::msleep(1000);
        const QString atStart = fingerprint();

        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"sbtest", {}, {}}}, "sysbench");
        t.syncIncremental = true;
        t.advanced.fullThrottle.rps = 8000;  // 40,000 rows: some seconds of full data under the load
        const QString taskPath = dir.filePath("task.json");
        const QProcessEnvironment env = writeTask(t, taskPath);
        const CheckpointWatch watch(*m_dst);
        BackgroundDts dts({"run", taskPath, "--state-dir", dir.filePath("state"), "--no-verify"}, env, dir.path());
        QVERIFY(waitApplied(dts, watch, 120000));
        const QString atIncremental = fingerprint();
        QVERIFY2(atIncremental != atStart, "sysbench changed nothing during the full copy");
        QThread::sleep(4);
        QVERIFY2(fingerprint() != atIncremental, "sysbench changed nothing during incremental");
        if (load.state() == QProcess::NotRunning || load.waitForFinished(0)) {
            QFile log(dir.filePath("sysbench.log"));
            log.open(QIODevice::ReadOnly);
            QFAIL(qPrintable("sysbench stopped early:\n" + QString::fromUtf8(log.readAll().right(2000))));
        }
        load.terminate();
        QVERIFY(load.waitForFinished(10000));

        QVERIFY(caughtUp(dts, watch));
        QCOMPARE(dts.terminate(), 0);
        compareTables("sbtest", tables);
    }
};

QTEST_GUILESS_MAIN(TstIncrementalRestart)
#include "tst_incrementalrestart.moc"
