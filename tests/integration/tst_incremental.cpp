// Incremental sync against real sandboxes: full data while the source is written, then the binlog
// changes until caught up; every column type through INSERT/UPDATE/DELETE; DDL mid-stream; SIGKILL
// during incremental and a rerun; a stop with SIGTERM; a purged binlog. The destination must end equal
// to the source, row for row (hex of every value), with no duplicate and no gap.
#include "common/Sandbox.h"
#include "mysql/Catalog.h"
#include "sandbox/SampleData.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <atomic>
#include <thread>

using namespace dts;
using namespace dts::test;

class TstIncremental : public QObject {
    Q_OBJECT
    std::unique_ptr<ServerPair> m_pair;
    LocalServer *m_src = nullptr, *m_dst = nullptr;
    std::unique_ptr<Connection> m_s, m_d;

    void compareTable(const QString &db, const QString &table, const QString &order = QStringLiteral("1"))
    {
        const QString sql = QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(quoteIdent(db, table), order);
        const QStringList src = rowsOf(*m_s, sql), dst = rowsOf(*m_d, sql);
        QCOMPARE(dst.size(), src.size());
        for (int i = 0; i < src.size(); ++i)
            QVERIFY2(src[i] == dst[i], qPrintable(QStringLiteral("%1.%2 row %3 differs:\n source      %4\n destination %5")
                                                      .arg(db, table).arg(i).arg(src[i].left(300), dst[i].left(300))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pair = std::make_unique<ServerPair>("inc");
        m_src = m_pair->source.get();
        m_dst = m_pair->destination.get();
        m_s = connectTo(*m_src, "source", true);
        m_d = connectTo(*m_dst, "destination", true);
    }

    void everyTypeAndDdlThroughTheBinlog()
    {
        QTemporaryDir dir;
        m_src->execSql(QStringLiteral("CREATE DATABASE inc1; CREATE TABLE inc1.seed (id INT PRIMARY KEY, v VARCHAR(10));"
                                      "INSERT INTO inc1.seed VALUES (1, 'a');"));
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"inc1", {}, {}}, DatabaseSelection{"alltypes", {}, {}}});
        t.syncIncremental = true;
        // alltypes does not exist yet: whole databases are resolved at the start, so create an empty one.
        m_src->execSql(QStringLiteral("CREATE DATABASE alltypes"));
        const QString taskPath = dir.filePath("task.json");
        const QProcessEnvironment env = writeTask(t, taskPath);
        const QStringList args = {"run", taskPath, "--state-dir", dir.filePath("state"), "--until", "caught-up"};

        // Full data (seed), then every change below arrives through the binlog.
        DtsResult r = runDts(args, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

        m_src->execSql(readSql(QStringLiteral("alltypes.sql")).replace("CREATE DATABASE IF NOT EXISTS alltypes;", ""));
        m_src->execSql(QStringLiteral(
            "USE inc1;"
            "INSERT INTO seed VALUES (2, 'b'), (3, 'c');"
            "ALTER TABLE seed ADD COLUMN extra INT NOT NULL DEFAULT 7;"
            "UPDATE seed SET extra = 8, v = 'bb' WHERE id = 2;"
            "CREATE TABLE later (id INT PRIMARY KEY, s TEXT);"
            "INSERT INTO later VALUES (1, 'x'), (2, 'y');"
            "CREATE INDEX later_s ON later (s(10));"
            "DROP INDEX later_s ON later;"
            "RENAME TABLE later TO later2;"
            "INSERT INTO later2 VALUES (3, 'z');"
            "CREATE TABLE gone (id INT PRIMARY KEY); DROP TABLE gone;"
            "CREATE TABLE trunc (id INT PRIMARY KEY); INSERT INTO trunc VALUES (1); TRUNCATE TABLE trunc; INSERT INTO trunc VALUES (2);"
            "CREATE VIEW v_seed AS SELECT id, v FROM seed;"
            "CREATE TABLE nokey (a INT, b VARCHAR(5)); INSERT INTO nokey VALUES (1,'x'),(1,'x'),(2,'y');"
            "DELETE FROM nokey WHERE a = 1 LIMIT 1; UPDATE nokey SET b = 'z' WHERE a = 2;"
            "UPDATE seed SET id = 10 WHERE id = 1;"
            "DELETE FROM seed WHERE id = 3;"));

        r = runDts(args, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains("incremental: applied up to"), qPrintable(r.out));

        compareTable("alltypes", "t");
        compareTable("inc1", "seed");
        compareTable("inc1", "later2");
        compareTable("inc1", "trunc");
        compareTable("inc1", "nokey", "a, b");
        Catalog dst(*m_d);
        QVERIFY(!dst.tableExists("inc1", "later"));
        QVERIFY(!dst.tableExists("inc1", "gone"));
        QVERIFY(dst.table("inc1", "seed").column("extra"));
        QVERIFY(m_d->scalar("SELECT COUNT(*) FROM inc1.v_seed").has_value());
    }

    void writesDuringFullAndIncrementalThenKilled()
    {
        // The handoff: rows change while the full copy runs; then SIGKILL twice in the middle of the
        // incremental stream; the rerun catches up and the tables are equal — nothing lost, nothing twice.
        QTemporaryDir dir;
        sandbox::createShopDatabase(*m_src, 0.2);
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"shop", {}, {}}}, "handoff");
        t.syncIncremental = true;
        t.advanced.fullThrottle.rps = 20000;  // a few seconds of full data while the writer runs
        const QString taskPath = dir.filePath("task.json");
        const QProcessEnvironment env = writeTask(t, taskPath);

        std::atomic<bool> stop{false};
        std::atomic<int> batches{0};
        std::thread writer([&] {
            auto c = connectTo(*m_src, "source");
            int i = 0;
            while (!stop) {
                ++i;
                c->exec(QStringLiteral("START TRANSACTION"));
                c->exec(QStringLiteral("INSERT INTO shop.customers (email, name, created_at) VALUES ('w%1@x', 'w%1', NOW(6))").arg(i));
                c->exec(QStringLiteral("UPDATE shop.customers SET name = CONCAT(name, '+') WHERE id = %1").arg(1 + i % 500));
                c->exec(QStringLiteral("DELETE FROM shop.order_items WHERE order_id = %1 AND line_no = 1").arg(1 + 3 * i));
                c->exec(QStringLiteral("COMMIT"));
                ++batches;
                QThread::msleep(2);
            }
        });
        auto finish = qScopeGuard([&] {
            stop = true;
            if (writer.joinable())
                writer.join();
        });

        const QStringList follow = {"run", taskPath, "--state-dir", dir.filePath("state"), "--no-verify"};
        const CheckpointWatch watch(*m_dst);  // this run's checkpoints, not earlier tests'
        for (int kill = 0; kill < 2; ++kill) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(dtsBinary(), follow);
            QVERIFY(p.waitForStarted());
            // Until incremental has applied something (the checkpoint exists), then a little more.
            QElapsedTimer timer;
            timer.start();
            bool exited = false;
            while (!watch.current() && !exited && timer.elapsed() < 120000)
                exited = p.waitForFinished(50);  // also lets QProcess notice an exit
            QVERIFY2(!exited, qPrintable(QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())));
            QVERIFY2(watch.current(), "incremental sync never checkpointed");
            QVERIFY2(!p.waitForFinished(300 + kill * 400), qPrintable(QString::fromUtf8(p.readAllStandardError())));
            p.kill();
            p.waitForFinished();
        }
        stop = true;
        writer.join();
        QVERIFY(batches > 50);

        const DtsResult r = runDts({"run", taskPath, "--state-dir", dir.filePath("state"), "--until", "caught-up"}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        for (const QString &table : {QStringLiteral("customers"), QStringLiteral("order_items"), QStringLiteral("orders")})
            compareTable("shop", table);
    }

    void sigtermStopsCleanlyAndResumes()
    {
        QTemporaryDir dir;
        m_src->execSql(QStringLiteral("CREATE DATABASE inc3; CREATE TABLE inc3.t (id INT PRIMARY KEY, n INT);"));
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"inc3", {}, {}}}, "sigterm");
        t.syncIncremental = true;
        const QString taskPath = dir.filePath("task.json");
        const QProcessEnvironment env = writeTask(t, taskPath);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(dtsBinary(), {"run", taskPath, "--state-dir", dir.filePath("state")});
        QVERIFY(p.waitForStarted());
        m_src->execSql(QStringLiteral("INSERT INTO inc3.t VALUES (1, 1), (2, 2)"));
        QElapsedTimer timer;
        timer.start();
        auto rows = [&] {
            try {
                return m_d->scalar("SELECT COUNT(*) FROM inc3.t").value_or("0").toInt();
            } catch (const Error &) {
                return 0;  // not created yet
            }
        };
        while (rows() < 2 && timer.elapsed() < 60000 && p.state() == QProcess::Running)
            p.waitForFinished(50);  // a wait that notices an exit
        QCOMPARE(m_d->scalar("SELECT COUNT(*) FROM inc3.t").value_or("0").toInt(), 2);
        p.terminate();  // SIGTERM
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        m_src->execSql(QStringLiteral("UPDATE inc3.t SET n = 20 WHERE id = 2; INSERT INTO inc3.t VALUES (3, 3)"));
        const DtsResult r = runDts({"run", taskPath, "--state-dir", dir.filePath("state"), "--until", "caught-up"}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        compareTable("inc3", "t");
    }

    void whereFiltersAndOperationsOnChanges()
    {
        // A row image is judged by its table's filter as the full copy judged the table (same collation:
        // 'PAID' passes status = 'paid'); an UPDATE moving a row out of the filter deletes it at the
        // destination, one moving it in inserts it; a table without "delete" in its operations keeps rows.
        QTemporaryDir dir;
        m_src->execSql(QStringLiteral(
            "CREATE DATABASE incfl;"
            "CREATE TABLE incfl.f (id INT PRIMARY KEY, status VARCHAR(10) COLLATE utf8mb4_general_ci, amount DECIMAL(10,2));"
            "CREATE TABLE incfl.o (id INT PRIMARY KEY, v VARCHAR(10));"
            "INSERT INTO incfl.f VALUES (1, 'PAID', 10), (2, 'new', 5), (3, 'paid', 30), (6, 'paid', 99);"
            "INSERT INTO incfl.o VALUES (1, 'a');"));
        TableSelection f{"f", {}, "status = 'paid' AND amount >= 10", {}};
        TableSelection o{"o", {}, {}, {}};
        o.operations = {"insert", "update"};
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"incfl", {}, {f, o}}}, "filters");
        t.syncIncremental = true;
        const QString taskPath = dir.filePath("task.json");
        const QProcessEnvironment env = writeTask(t, taskPath);
        const QStringList args = {"run", taskPath, "--state-dir", dir.filePath("state"), "--until", "caught-up"};
        DtsResult r = runDts(args, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(rowsOf(*m_d, "SELECT id FROM incfl.f ORDER BY id"), rowsOf(*m_s, "SELECT id FROM incfl.f WHERE id IN (1,3,6) ORDER BY id"));

        m_src->execSql(QStringLiteral(
            "USE incfl;"
            "INSERT INTO f VALUES (4, 'paid', 50), (5, 'new', 50);"   // in, out
            "UPDATE f SET status = 'Paid', amount = 20 WHERE id = 2;" // moves in
            "UPDATE f SET amount = 5 WHERE id = 1;"                   // moves out
            "UPDATE f SET amount = 31 WHERE id = 3;"                  // stays in
            "UPDATE f SET amount = 60 WHERE id = 5;"                  // stays out
            "DELETE FROM f WHERE id = 4;"                             // in, then gone
            "UPDATE f SET id = 30 WHERE id = 3;"                      // new key, stays in
            "UPDATE f SET id = 7, status = 'x' WHERE id = 6;"         // new key, moves out
            "DELETE FROM f WHERE id = 5;"                             // out, deleted
            "INSERT INTO o VALUES (2, 'b'), (3, 'c'); DELETE FROM o WHERE id IN (1, 2); UPDATE o SET v = 'cc' WHERE id = 3;"));
        r = runDts(args, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));  // the final check knows o keeps deleted rows
        QVERIFY2(r.out.contains("n/a (not every operation is synced)"), qPrintable(r.out));
        const QString filtered = QStringLiteral("SELECT * FROM incfl.f WHERE status = 'paid' AND amount >= 10 ORDER BY id");
        QCOMPARE(rowsOf(*m_d, "SELECT * FROM incfl.f ORDER BY id"), rowsOf(*m_s, filtered));
        QCOMPARE(rowsOf(*m_d, "SELECT id FROM incfl.f ORDER BY id"),
                 QStringList({QString::fromLatin1(QByteArray("2").toHex()), QString::fromLatin1(QByteArray("30").toHex())}));
        QCOMPARE(rowsOf(*m_d, "SELECT id, v FROM incfl.o ORDER BY id"), rowsOf(*m_s, "SELECT 1, 'a' UNION ALL SELECT 2, 'b' UNION ALL SELECT 3, 'cc'"));
    }

    void applierCountChangesBetweenRuns()
    {
        // Rows are split among the appliers by key; each writes its own checkpoint. A rerun with another
        // count replays nothing twice and leaves one checkpoint per applier of the new count.
        QTemporaryDir dir;
        m_src->execSql(QStringLiteral("CREATE DATABASE incwr; CREATE TABLE incwr.t (id INT PRIMARY KEY, n INT, u INT, UNIQUE KEY (u));"
                                      "CREATE TABLE incwr.k (a INT, b INT);"));
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"incwr", {}, {}}}, "writers");
        t.syncIncremental = true;
        const QString taskPath = dir.filePath("task.json");
        const QStringList args = {"run", taskPath, "--state-dir", dir.filePath("state"), "--until", "caught-up"};
        int round = 0;
        for (const int writers : {4, 2, 7, 1}) {
            t.advanced.incrementalWriters = writers;
            const QProcessEnvironment env = writeTask(t, taskPath);
            QString sql = QStringLiteral("USE incwr;");
            for (int i = 0; i < 200; ++i) {
                const int id = round * 1000 + i;
                sql += QStringLiteral("INSERT INTO t VALUES (%1, %2, %1); INSERT INTO k VALUES (%1, %2);").arg(id).arg(round);
                if (i % 3 == 0)
                    sql += QStringLiteral("UPDATE t SET n = n + 1, u = -u WHERE id = %1;").arg(id);
                if (i % 5 == 0)
                    sql += QStringLiteral("UPDATE t SET id = id + 500 WHERE id = %1;").arg(id);  // to another applier, likely
                if (i % 7 == 0)
                    sql += QStringLiteral("DELETE FROM t WHERE id = %1; DELETE FROM k WHERE a = %1 LIMIT 1;").arg(id - 1);
                if (i % 11 == 0)  // two rows swap their unique values: only the final states agree
                    sql += QStringLiteral("SET @a = (SELECT u FROM t WHERE id = %1), @b = (SELECT u FROM t WHERE id = %2);"
                                          "UPDATE t SET u = NULL WHERE id = %1; UPDATE t SET u = @a WHERE id = %2;"
                                          "UPDATE t SET u = @b WHERE id = %1;")
                               .arg(id)
                               .arg(id - 3);
            }
            m_src->execSql(sql);
            const DtsResult r = runDts(args, env);
            QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
            compareTable("incwr", "t");
            compareTable("incwr", "k", "a, b");
            const QString run = QString::fromUtf8(m_d->scalar("SELECT SUBSTRING_INDEX(run_id, '#', 1) FROM "
                                                              "dts_studio_meta.incremental_position ORDER BY applied_at DESC LIMIT 1")
                                                      .value_or(QByteArray()));
            QCOMPARE(m_d->scalar(QStringLiteral("SELECT COUNT(*) FROM dts_studio_meta.incremental_position "
                                                "WHERE SUBSTRING_INDEX(run_id, '#', 1) = %1").arg(quoteString(run)))
                         .value_or("0")
                         .toInt(),
                     writers);
            QFile log(dir.filePath("state/dts.log"));
            QVERIFY(log.open(QIODevice::ReadOnly));
            const QList<QByteArray> lines = log.readAll().split('\n');
            QByteArray last;
            for (const QByteArray &l : lines)
                if (l.contains("incremental sync stopped at"))
                    last = l;
            // the changes went through the split path, not only through the first applier
            QVERIFY2(writers == 1 || QRegularExpression("[1-9][0-9]* group\\(s\\) applied by").match(QString::fromUtf8(last)).hasMatch(),
                     last.constData());
            ++round;
        }
    }

    void largeTransactionInPiecesSurvivesAFailure()
    {
        // 300,000 rows in one source transaction reach the destination in pieces, in one destination
        // transaction. A lock held at the destination makes a late piece fail (lock wait timeout) while
        // the transaction is open: dts reads the transaction again from the source once the lock is
        // gone, and the table ends equal, nothing twice.
        QTemporaryDir dir;
        m_src->execSql(QStringLiteral("CREATE DATABASE incbig; CREATE TABLE incbig.b (id INT PRIMARY KEY, pad VARCHAR(100));"
                                      "INSERT INTO incbig.b VALUES (0, 'a'), (140000, 'b'), (160000, 'c'), (400000, 'd');"));
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"incbig", {}, {}}}, "big");
        t.syncIncremental = true;
        const QString taskPath = dir.filePath("task.json");
        const QProcessEnvironment env = writeTask(t, taskPath);
        DtsResult r = runDts({"run", taskPath, "--state-dir", dir.filePath("state"), "--until", "caught-up"}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

        m_d->exec(QStringLiteral("SET GLOBAL innodb_lock_wait_timeout = 2"));
        auto restore = qScopeGuard([&] { m_d->exec(QStringLiteral("SET GLOBAL innodb_lock_wait_timeout = 50")); });
        auto blocker = connectTo(*m_dst, "destination");
        blocker->exec(QStringLiteral("START TRANSACTION"));
        blocker->exec(QStringLiteral("SELECT * FROM incbig.b WHERE id = 150000 FOR UPDATE"));  // gap lock: no insert in (140000, 160000)
        m_src->execSql(QStringLiteral("USE incbig; INSERT INTO incbig.b SELECT seq, REPEAT('x', 100) FROM seq_1_to_300000 "
                                      "WHERE seq NOT IN (140000, 160000);"
                                      "UPDATE incbig.b SET pad = 'y' WHERE id % 1000 = 0;"));

        QProcess p;
        p.setProcessEnvironment(env);
        p.start(dtsBinary(), {"run", taskPath, "--state-dir", dir.filePath("state"), "--no-verify"});
        QVERIFY(p.waitForStarted());
        QElapsedTimer timer;
        timer.start();
        QByteArray out;
        while (!out.contains("large transaction") && timer.elapsed() < 120000 && p.state() == QProcess::Running) {
            p.waitForReadyRead(100);
            out += p.readAllStandardOutput() + p.readAllStandardError();
        }
        blocker->exec(QStringLiteral("ROLLBACK"));
        QVERIFY2(out.contains("in the middle of a large transaction"), out.right(3000).constData());
        auto count = [&] { return m_d->scalar("SELECT COUNT(*) FROM incbig.b WHERE pad = 'y'").value_or("0").toInt(); };
        while (count() < 300 && timer.elapsed() < 180000 && p.state() == QProcess::Running)
            p.waitForFinished(100);  // a wait that notices an exit
        p.terminate();
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        compareTable("incbig", "b");
    }

    void replicaServerIdFromTheTask()
    {
        // advanced.serverId is the id dts registers with; the source's own id is refused with the fix.
        QTemporaryDir dir;
        m_src->execSql(QStringLiteral("CREATE DATABASE incsid; CREATE TABLE incsid.t (id INT PRIMARY KEY);"));
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"incsid", {}, {}}}, "server id");
        t.syncIncremental = true;
        t.advanced.serverId = m_s->scalar("SELECT @@server_id").value_or("0").toUInt();
        const QString taskPath = dir.filePath("task.json");
        DtsResult r = runDts({"run", taskPath, "--state-dir", dir.filePath("state"), "--until", "caught-up"}, writeTask(t, taskPath));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("is the source's own server_id") && r.err.contains("advanced.serverId"), qPrintable(r.err));
        t.advanced.serverId = 4242;
        r = runDts({"run", taskPath, "--state-dir", dir.filePath("state"), "--until", "caught-up"}, writeTask(t, taskPath));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QFile log(dir.filePath("state/dts.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("as replica server id 4242"));
    }

    void purgedBinlogIsAClearError()
    {
        QTemporaryDir dir;
        m_src->execSql(QStringLiteral("CREATE DATABASE inc4; CREATE TABLE inc4.t (id INT PRIMARY KEY);"));
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"inc4", {}, {}}}, "purged");
        t.syncIncremental = true;
        const QString taskPath = dir.filePath("task.json");
        const QProcessEnvironment env = writeTask(t, taskPath);
        DtsResult r = runDts({"run", taskPath, "--state-dir", dir.filePath("state"), "--until", "full"}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        // The start position's file goes away.
        m_src->execSql(QStringLiteral("FLUSH BINARY LOGS; INSERT INTO inc4.t VALUES (1); FLUSH BINARY LOGS;"));
        const QString last = m_src->queryValue(QStringLiteral("SHOW MASTER STATUS")).section('\t', 0, 0);
        m_src->execSql(QStringLiteral("PURGE BINARY LOGS TO '%1'").arg(last));
        r = runDts({"run", taskPath, "--state-dir", dir.filePath("state"), "--until", "caught-up"}, env);
        // The precheck (source.binlog-start) finds it before anything runs.
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("full data") || r.err.contains("purged"), qPrintable(r.err));
        QVERIFY2(r.err.contains("source.binlog-start") && r.err.contains("--reset"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TstIncremental)
#include "tst_incremental.moc"
