// Data verification (core/verify, dts verify) against two real sandbox mariadbd servers: after a real
// copy, rows removed, added and altered at the destination behind the task's back are found exactly,
// values that only look alike are told apart, and the repair SQL makes both sides equal.
#include "common/Sandbox.h"
#include "pipeline/TaskRunner.h"
#include "verify/Verifier.h"

#include <QJsonArray>
#include <QJsonObject>
#include <thread>

using namespace dts;
using namespace dts::test;

namespace {

// kind + key + columns of every listed row, for exact comparison.
QSet<QString> diffsOf(const verify::TableResult &t)
{
    QSet<QString> out;
    for (const verify::RowDiff &d : t.rows)
        out << QStringLiteral("%1 %2%3").arg(verify::toString(d.kind), d.key,
                                             d.columns.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(d.columns.join(',')));
    return out;
}

const verify::TableResult *tableOf(const verify::Report &r, const QString &source)
{
    for (const verify::TableResult &t : r.tables)
        if (t.source == source)
            return &t;
    return nullptr;
}

QString show(const QSet<QString> &s)
{
    QStringList l(s.begin(), s.end());
    l.sort();
    return l.join(QStringLiteral("\n  "));
}

}  // namespace

class TstVerify : public QObject {
    Q_OBJECT
    std::unique_ptr<ServerPair> m_pair;
    LocalServer *m_src = nullptr, *m_dst = nullptr;
    TaskSpec m_task;
    QTemporaryDir m_dir;

    void copy(const TaskSpec &task)
    {
        QTemporaryDir state;
        RunOptions o;
        o.stateDir = state.path();
        o.untilFull = true;
        o.verifyAtEnd = false;
        TaskRunner r(task, o);
        try {
            r.run();
        } catch (const Error &e) {
            QFAIL(qPrintable(e.describe()));
        }
    }

    verify::Report verifyNow(const TaskSpec &task, verify::Options o = {})
    {
        o.stateDir = m_dir.filePath(QStringLiteral("no-state"));
        return verify::run(task, o);
    }

    void dst(const QString &sql) { m_dst->execSql(QStringLiteral("SET SESSION sql_mode = '';\n") + sql); }

private Q_SLOTS:
    void initTestCase()
    {
        m_pair = std::make_unique<ServerPair>("vf");
        m_src = m_pair->source.get();
        m_dst = m_pair->destination.get();
        m_src->execSql(readSql(QStringLiteral("verify.sql")));
        m_src->execSql(readSql(QStringLiteral("fidelity.sql")));
        m_task = taskFor(*m_src, *m_dst, {DatabaseSelection{"vfy", {}, {}}, DatabaseSelection{"fid", {}, {}}}, "verify task");
        copy(m_task);
    }

    void equalAfterCopy()
    {
        const verify::Report r = verifyNow(m_task);
        QVERIFY2(r.equal(), qPrintable(r.toText()));
        QCOMPARE(r.tables.size(), 5);
        const verify::TableResult *items = tableOf(r, "vfy.items");
        QVERIFY(items);
        QCOMPARE(items->sourceRows, 30000);
        QCOMPARE(items->destinationRows, 30000);
        QCOMPARE(items->chunksChecked, items->chunks);
        const verify::TableResult *nokey = tableOf(r, "vfy.nokey");
        QVERIFY(nokey && nokey->keyless);
        QCOMPARE(nokey->sourceRows, 100);
        QVERIFY(nokey->note.contains("counted only"));
        // Every type of the fidelity table (gbk, latin1, JSON, geometry, BIT, -0, zero dates) without a false alarm.
        QCOMPARE(tableOf(r, "fid.types")->sourceRows, 5);
        QVERIFY(r.toText().contains("EQUAL"));
    }

    void findsEveryChangeExactly()
    {
        // Each change is invisible to a comparison by collation: case, emoji under general_ci, trailing
        // spaces under PAD SPACE, NULL vs '' — or tiny: one FLOAT step, a DOUBLE in its 10th digit, one byte.
        dst(QStringLiteral(
            "DELETE FROM vfy.items WHERE id IN (17, 25000);\n"
            "INSERT INTO vfy.items (id, name) VALUES (900000, 'extra');\n"
            "UPDATE vfy.items SET name = 'NAME 100' WHERE id = 100;\n"
            "UPDATE vfy.items SET emoji = '😂' WHERE id = 300;\n"
            "UPDATE vfy.items SET note = NULL WHERE id = 8;\n"
            "UPDATE vfy.items SET note = 'pad' WHERE id = 9;\n"
            "UPDATE vfy.items SET d = d + 1e-10 WHERE id = 500;\n"
            "UPDATE vfy.items SET f = f + 0.0001 WHERE id = 600;\n"
            "UPDATE vfy.items SET raw = CONCAT(LEFT(raw, 15), IF(RIGHT(raw, 1) = X'AB', X'AC', X'AB')) WHERE id = 700;\n"
            "UPDATE vfy.items SET n = NULL, amount = amount + 0.000001 WHERE id = 801;\n"
            "UPDATE vfy.words SET v = 'ONE' WHERE w = 'alpha';\n"
            "UPDATE vfy.words SET w = 'GAMMA ' WHERE w = 'gamma ';\n"
            "UPDATE vfy.pairs SET v = -1 WHERE a = 3 AND b = 'k10';\n"
            "DELETE FROM vfy.pairs WHERE a = 4 AND b = 'k11';\n"
            "DELETE FROM vfy.nokey WHERE a = 50;\n"
            "UPDATE fid.types SET gb = CONVERT('表' USING gbk) WHERE id = 1;\n"));
        const verify::Report r = verifyNow(m_task);
        QVERIFY(!r.equal());
        QVERIFY(r.hasDifferences());

        const verify::TableResult *items = tableOf(r, "vfy.items");
        const QSet<QString> expected = {
            "missing id=17", "missing id=25000", "extra id=900000", "different id=100 [name]", "different id=300 [emoji]",
            "different id=8 [note]", "different id=9 [note]", "different id=500 [d]", "different id=600 [f]",
            "different id=700 [raw]", "different id=801 [n,amount]"};
        QVERIFY2(diffsOf(*items) == expected, qPrintable("found:\n  " + show(diffsOf(*items))));
        QCOMPARE(items->missing, 2);
        QCOMPARE(items->extra, 1);
        QCOMPARE(items->different, 8);

        const QSet<QString> words = {"different w='alpha' [v]", "missing w='gamma '", "extra w='GAMMA '"};
        QVERIFY2(diffsOf(*tableOf(r, "vfy.words")) == words, qPrintable("found:\n  " + show(diffsOf(*tableOf(r, "vfy.words")))));
        const QSet<QString> pairs = {"different a=3, b='k10' [v]", "missing a=4, b='k11'"};
        QVERIFY2(diffsOf(*tableOf(r, "vfy.pairs")) == pairs, qPrintable("found:\n  " + show(diffsOf(*tableOf(r, "vfy.pairs")))));
        QCOMPARE(diffsOf(*tableOf(r, "fid.types")), QSet<QString>({"different id=1 [gb]"}));

        const verify::TableResult *nokey = tableOf(r, "vfy.nokey");
        QVERIFY(!nokey->equal());
        QCOMPARE(nokey->destinationRows, 99);
        QVERIFY(nokey->rows.isEmpty());

        // The repair SQL: deletes first, binary as hex literals, by key.
        const QStringList sql = r.repairStatements();
        QCOMPARE(sql.size(), 17);
        QVERIFY(sql.first().startsWith("DELETE FROM"));
        QVERIFY2(sql.contains("DELETE FROM `vfy`.`items` WHERE `id` = 900000"), qPrintable(sql.join('\n')));
        bool rawRepair = false;
        for (const QString &s : sql)
            rawRepair = rawRepair || (s.startsWith("UPDATE `vfy`.`items` SET `raw` = X'") && s.endsWith("WHERE `id` = 700"));
        QVERIFY2(rawRepair, qPrintable(sql.join('\n')));
    }

    void repairMakesEqual()
    {
        // A keyless table has no key to repair by: put its row back by hand first.
        dst(QStringLiteral("INSERT INTO vfy.nokey VALUES (50, 'r50');"));
        const QString path = m_dir.filePath("task.json");
        const QProcessEnvironment env = writeTask(m_task, path);
        // Without a terminal and without --yes nothing is touched.
        const DtsResult refused = runDts({"verify", path, "--repair"}, env);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("--yes"), qPrintable(refused.err));
        QVERIFY(!verifyNow(m_task).equal());

        const DtsResult r = runDts({"verify", path, "--repair", "--yes"}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains("17 statement(s) applied"), qPrintable(r.out));
        QVERIFY(!r.out.contains(m_task.destination.password) && !r.err.contains(m_task.destination.password));
        // Checked independently of the verifier: every row, byte for byte.
        auto s = connectTo(*m_src, "source", true), d = connectTo(*m_dst, "destination", true);
        for (const char *table : {"items", "words", "pairs"})
            QCOMPARE(tableDifference(*s, *d, "vfy", table), QString());
        QCOMPARE(tableDifference(*s, *d, "fid", "types", "id"), QString());
        QCOMPARE(runDts({"verify", path}, env).exitCode, 0);
    }

    void cliExitCodesAndFormats()
    {
        const QString path = m_dir.filePath("cli.json");
        const QProcessEnvironment env = writeTask(m_task, path);
        const DtsResult equal = runDts({"verify", path, "--format", "json"}, env);
        QCOMPARE(equal.exitCode, 0);
        const QJsonObject j = QJsonDocument::fromJson(equal.out.toUtf8()).object();
        QVERIFY2(j.value("equal").toBool(), qPrintable(equal.out));
        QCOMPARE(j.value("tables").toArray().size(), 5);
        QCOMPARE(j.value("rowsChecked").toInteger(), 30000 + 5 + 3000 + 5 + 100);

        dst(QStringLiteral("DELETE FROM vfy.items WHERE id = 42;"));
        const DtsResult text = runDts({"verify", path}, env);
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains("DIFFERS") && text.out.contains("id=42  [missing in destination]"), qPrintable(text.out));
        QVERIFY(text.out.contains("INSERT INTO `vfy`.`items`"));
        const DtsResult json = runDts({"verify", path, "--format", "json"}, env);
        QCOMPARE(json.exitCode, 1);
        const QJsonArray tables = QJsonDocument::fromJson(json.out.toUtf8()).object().value("tables").toArray();
        qint64 missing = 0;
        for (const QJsonValue &t : tables)
            missing += t.toObject().value("missing").toInteger();
        QCOMPARE(missing, 1);
        for (const DtsResult &r : {equal, text, json})
            QVERIFY(!r.out.contains(m_task.source.password) && !r.out.contains(m_task.destination.password));
        // The repair script, run by the mariadb client as a DBA would.
        const QString script = m_dir.filePath("repair.sql");
        QCOMPARE(runDts({"verify", path, "--repair-sql", script}, env).exitCode, 1);
        QFile f(script);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        const QString sql = QString::fromUtf8(f.readAll());
        QVERIFY2(sql.startsWith("SET time_zone = '+00:00';\n") && sql.contains("INSERT INTO `vfy`.`items`"), qPrintable(sql));
        m_dst->execSql(sql);
        QCOMPARE(runDts({"verify", path}, env).exitCode, 0);

        // Usage.
        QCOMPARE(runDts({"verify"}, env).exitCode, 2);
        QCOMPARE(runDts({"verify", path, "--sample", "5"}, env).exitCode, 2);
        QCOMPARE(runDts({"verify", path, "--format", "xml"}, env).exitCode, 2);
        QCOMPARE(runDts({"verify", path, "--yes"}, env).exitCode, 2);
        // A destination that is not there: not verified (3), named.
        TaskSpec away = m_task;
        away.destination.port = closedPort();
        const QString awayPath = m_dir.filePath("away.json");
        const DtsResult down = runDts({"verify", awayPath}, writeTask(away, awayPath));
        QCOMPARE(down.exitCode, 3);
        QVERIFY2(down.err.contains("destination"), qPrintable(down.err));
        // Message queues hold messages, not tables.
        TaskSpec mq = m_task;
        mq.destinationEngine = QStringLiteral("rocketmq");
        QVERIFY(verify::notApplicable(mq).contains("does not apply"));
        QVERIFY(verify::notApplicable(m_task).isEmpty());
        const verify::Report r = verify::run(mq);
        QVERIFY(!r.notApplicable.isEmpty());
        QVERIFY(!r.equal());
    }

    void runVerifiesWhenTheTaskAsks()
    {
        m_src->execSql(QStringLiteral("CREATE DATABASE vr; USE vr; CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(10));\n"
                                      "INSERT INTO t SELECT seq, 'x' FROM seq_1_to_1000;"));
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"vr", {}, {}}}, "run and verify");
        t.verification.enabled = true;
        const QString path = m_dir.filePath("vr.json");
        const QProcessEnvironment env = writeTask(t, path);
        const DtsResult r = runDts({"run", path, "--state-dir", m_dir.filePath("vr-state"), "--no-verify"}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains("data verification") && r.out.contains("1 tables, 1,000 rows checked") && r.out.contains("EQUAL"),
                 qPrintable(r.out));
    }

    void samplingChecksEvenlySpreadChunks()
    {
        verify::Options o;
        o.chunkBytes = 64 << 10;  // about 30 chunks of 1000 rows
        o.ratio = 30;
        const verify::Report a = verifyNow(m_task, o);
        const verify::TableResult *items = tableOf(a, "vfy.items");
        QVERIFY2(a.equal(), qPrintable(a.toText()));
        QVERIFY2(items->chunks >= 8 && items->chunks <= 12, qPrintable(items->note));
        QVERIFY(items->sourceRows > 6000 && items->sourceRows < 14000);
        QVERIFY(items->note.contains("sampled"));
        // The same chunks every time, and the first chunk is always among them.
        QCOMPARE(tableOf(verifyNow(m_task, o), "vfy.items")->sourceRows, items->sourceRows);
        dst(QStringLiteral("UPDATE vfy.items SET name = 'sampled' WHERE id = 3;"));
        const verify::Report b = verifyNow(m_task, o);
        QCOMPARE(diffsOf(*tableOf(b, "vfy.items")), QSet<QString>({"different id=3 [name]"}));
        QCOMPARE(verify::applyRepair(m_task, b), 1);
        o.ratio = 100;
        QCOMPARE(tableOf(verifyNow(m_task, o), "vfy.items")->sourceRows, 30000);
    }

    void mappedNamesAndFilter()
    {
        TableSelection sel;
        sel.name = QStringLiteral("items");
        sel.target = QStringLiteral("items_copy");
        sel.where = QStringLiteral("id <= 5000");
        sel.columns = {ColumnMap{"id", {}}, ColumnMap{"name", "title"}, ColumnMap{"note", {}}, ColumnMap{"raw", "bytes"}};
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"vfy", "vfy_mapped", {sel}}}, "mapped");
        copy(t);
        verify::Report r = verifyNow(t);
        QVERIFY2(r.equal(), qPrintable(r.toText()));
        QCOMPARE(r.tables[0].target, QStringLiteral("vfy_mapped.items_copy"));
        QCOMPARE(r.tables[0].sourceRows, 5000);
        dst(QStringLiteral("UPDATE vfy_mapped.items_copy SET title = 'x', bytes = X'00' WHERE id = 10;\n"
                           "INSERT INTO vfy_mapped.items_copy (id, title) VALUES (6000, 'filtered out at the source');"));
        r = verifyNow(t);
        QCOMPARE(diffsOf(r.tables[0]), QSet<QString>({"different id=10 [title,bytes]", "extra id=6000"}));
        QVERIFY(r.repairStatements().join('\n').contains("UPDATE `vfy_mapped`.`items_copy` SET `title` = "));
        QCOMPARE(verify::applyRepair(t, r), 2);
        QVERIFY(verifyNow(t).equal());
    }

    void operationsNotSyncedAreNoted()
    {
        TableSelection words;
        words.name = QStringLiteral("words");
        words.operations = {QStringLiteral("insert")};
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"vfy", {}, {words}}}, "inserts only");
        t.syncIncremental = true;
        const verify::Report r = verifyNow(t);
        QVERIFY2(r.equal(), qPrintable(r.toText()));
        QVERIFY2(r.tables[0].note.contains("does not sync UPDATE/DELETE"), qPrintable(r.tables[0].note));
    }

    void readThrottle()
    {
        verify::Options o;
        o.rowsPerSecond = 20000;
        QElapsedTimer timer;
        timer.start();
        const verify::Report r = verifyNow(m_task, o);
        QVERIFY(r.equal());
        // 33,110 rows at 20,000 rows/s, the bucket starting empty: more than a second.
        QVERIFY2(timer.elapsed() >= 1000, qPrintable(QString::number(timer.elapsed())));
    }

    void timeLimitLeavesTheRestUnchecked()
    {
        verify::Options o;
        o.timeLimitMinutes = 0.02;  // 1.2 s
        o.rowsPerSecond = 5000;     // the 33,110 rows would take more than 6 s
        o.chunkBytes = 64 << 10;
        o.connections = 1;
        QElapsedTimer timer;
        timer.start();
        const verify::Report r = verifyNow(m_task, o);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(r.timedOut);
        QVERIFY(!r.equal());
        QVERIFY(!r.hasDifferences());
        const verify::TableResult *items = tableOf(r, "vfy.items");
        QVERIFY2(items->chunksChecked < items->chunks, qPrintable(r.toText()));
        QVERIFY2(items->note.contains("time limit reached"), qPrintable(items->note));
        QVERIFY(r.toText().contains("INCOMPLETE: time limit reached"));
    }

    void runningTaskRechecksRowsInFlight()
    {
        // A task following the source: rows the source changes during the check are in flight, not
        // differences; a change made at the destination behind the task's back is one.
        m_src->execSql(QStringLiteral("CREATE DATABASE live; USE live; CREATE TABLE live.t (id INT PRIMARY KEY, v INT, s VARCHAR(20));\n"
                                      "INSERT INTO live.t SELECT seq, 0, 'x' FROM seq_1_to_20000;"));
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"live", {}, {}}}, "live task");
        t.syncIncremental = true;
        QTemporaryDir work;
        const QString path = work.filePath("live.json"), state = work.filePath("state");
        const QProcessEnvironment env = writeTask(t, path);
        CheckpointWatch watch(*m_dst);
        BackgroundDts run({"run", path, "--state-dir", state, "--no-verify"}, env, work.path());
        QVERIFY2(watch.waitFor(run, 120000), qPrintable(run.output()));
        dst(QStringLiteral("UPDATE live.t SET s = 'behind its back' WHERE id = 777;"));

        std::atomic<bool> stop{false};
        std::atomic<int> writes{0};
        std::thread writer([&] {
            auto c = connectTo(*m_src);
            for (int i = 0; !stop; ++i) {
                const int from = 1000 + (i * 7919) % 18000;
                c->exec(QStringLiteral("UPDATE live.t SET v = v + 1 WHERE id BETWEEN %1 AND %2").arg(from).arg(from + 20));
                ++writes;
            }
        });
        verify::Options o;
        o.stateDir = state;
        o.recheckDelaySeconds = 1;
        o.chunkBytes = 64 << 10;
        const verify::Report r = verify::run(t, o);
        stop = true;
        writer.join();
        QVERIFY(writes > 10);
        QVERIFY2(r.incremental, qPrintable(r.toText()));
        QVERIFY(!r.appliedPosition.isEmpty());
        QVERIFY2(!r.notCaughtUp, qPrintable(r.toText()));
        QVERIFY2(diffsOf(r.tables[0]) == QSet<QString>({"different id=777 [s]"}), qPrintable(r.toText()));
        const int code = run.terminate(60000);
        QVERIFY2(code == 0, qPrintable(QStringLiteral("exit %1\n").arg(code) + run.output()));
    }

    void futureDeliversEveryTable()
    {
        QFuture<verify::TableResult> f = verify::start(m_task, verify::Options{});
        f.waitForFinished();
        QCOMPARE(f.resultCount(), 5);
        const verify::Report r = verify::reportOf(m_task, f, 1);
        QVERIFY2(r.equal(), qPrintable(r.toText()));
        QCOMPARE(f.progressValue(), f.progressMaximum());
    }
};

QTEST_GUILESS_MAIN(TstVerify)
#include "tst_verify.moc"
