// `dts run` killed with SIGKILL at several points of a full sync, then run again: the destination
// ends identical to the source, no chunk is written twice, and finished chunks are not redone.
#include "common/Sandbox.h"
#include "mysql/Catalog.h"
#include "sandbox/SampleData.h"

#include <QElapsedTimer>
#include <QThread>

using namespace dts;
using namespace dts::test;

class TstResume : public QObject {
    Q_OBJECT
    std::unique_ptr<ServerPair> m_pair;
    LocalServer *m_src = nullptr, *m_dst = nullptr;
    std::unique_ptr<Connection> m_d;

    qint64 committedChunks()
    {
        try {
            return m_d->scalar("SELECT COUNT(*) FROM dts_studio_meta.full_chunks").value_or("0").toLongLong();
        } catch (const Error &) {
            return 0;  // not created yet
        }
    }

    // Starts dts, waits until `ready` holds (or the run ends), then SIGKILLs it. Returns false when the
    // run ended on its own before the kill point.
    bool killWhen(const QStringList &args, const QProcessEnvironment &env, const std::function<bool()> &ready,
                  int extraDelayMs = 0)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(dtsBinary(), args);
        if (!p.waitForStarted())
            qFatal("cannot start dts");
        QElapsedTimer t;
        t.start();
        while (!ready()) {
            if (p.waitForFinished(20))
                return false;
            if (t.elapsed() > 120000)
                qFatal("kill point never reached");
        }
        QThread::msleep(extraDelayMs);
        p.kill();  // SIGKILL: no chance to clean up
        p.waitForFinished();
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pair = std::make_unique<ServerPair>("rs");
        m_src = m_pair->source.get();
        m_dst = m_pair->destination.get();
        sandbox::createShopDatabase(*m_src, 0.4);
        m_d = connectTo(*m_dst, "destination");
    }

    void killSeveralTimesThenFinish()
    {
        QTemporaryDir dir;
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"shop", {}, {}}}, "resume test");
        t.advanced.fullThrottle.rps = 25000;  // ~3 s of copying: room for several kill points
        const QString taskPath = dir.filePath("task.json");
        QProcessEnvironment env = writeTask(t, taskPath);
        env.insert("DTS_CHUNK_BYTES", "150000");  // many small chunks (1000 rows each)
        const QStringList args = {"run", taskPath, "--state-dir", dir.filePath("state")};

        Catalog dst(*m_d);
        // 1: as soon as the schema step has begun.
        QVERIFY(killWhen(args, env, [&] { return dst.databaseExists("shop"); }));
        // 2: after a few chunks.
        QVERIFY(killWhen(args, env, [&] { return committedChunks() >= 5; }));
        const qint64 afterSecond = committedChunks();
        // 3: in the middle of a chunk, some time after one committed.
        QVERIFY(killWhen(args, env, [&] { return committedChunks() >= afterSecond + 10; }, 150));
        const qint64 afterThird = committedChunks();
        QVERIFY2(afterThird >= afterSecond + 10, "a rerun must continue, not start over");
        // 4: once more, further on.
        QVERIFY(killWhen(args, env, [&] { return committedChunks() >= afterThird + 20; }, 70));

        const DtsResult r = runDts(args, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains("result: every table matches the source"), qPrintable(r.out));
        // Not a terminal: plain progress lines, one line per finished table, then the summary table.
        QVERIFY2(r.out.contains(QRegularExpression("full data +[0-9,]+ / [0-9,]+ rows \\([0-9.]+%\\) +[0-9,]+ rows/s")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression("table shop.orders: [0-9,]+ rows in")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression("shop.orders +shop.orders +[0-9,]+ +[0-9,]+ +match")), qPrintable(r.out));

        // Independently of dts's own summary: every table identical, no chunk counted twice.
        auto s = connectTo(*m_src, "source");
        qint64 sourceRows = 0;
        for (const QString &table : Catalog(*s).baseTables("shop")) {
            const QString q = quoteIdent("shop", table);
            QCOMPARE(checksum(*m_d, q), checksum(*s, q));
            const qint64 n = s->scalar("SELECT COUNT(*) FROM " + q).value().toLongLong();
            QCOMPARE(m_d->scalar("SELECT COUNT(*) FROM " + q).value().toLongLong(), n);
            sourceRows += n;
        }
        QCOMPARE(m_d->scalar("SELECT SUM(row_count) FROM dts_studio_meta.full_chunks").value().toLongLong(), sourceRows);

        // A further run has nothing left to do and says so without touching the data.
        const DtsResult again = runDts(args, env);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(m_d->scalar("SELECT SUM(row_count) FROM dts_studio_meta.full_chunks").value().toLongLong(), sourceRows);
    }

    void changedTaskIsRefusedUntilReset()
    {
        QTemporaryDir dir;
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"shop", "shop_b", {}}}, "changed task");
        const QString taskPath = dir.filePath("task.json");
        const QProcessEnvironment env = writeTask(t, taskPath);
        const QStringList args = {"run", taskPath, "--state-dir", dir.filePath("state"), "--until", "full"};
        QCOMPARE(runDts(args, env).exitCode, 0);
        t.objects[0].target = "shop_c";
        writeTask(t, taskPath);
        const DtsResult r = runDts(args, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("the task changed") && r.err.contains("--reset"), qPrintable(r.err));
        const DtsResult reset = runDts(QStringList(args) << "--reset", env);
        QVERIFY2(reset.exitCode == 0, qPrintable(reset.out + reset.err));
        QVERIFY(Catalog(*m_d).tableExists("shop_c", "orders"));
    }
};

QTEST_GUILESS_MAIN(TstResume)
#include "tst_resume.moc"
