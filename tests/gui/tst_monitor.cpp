// The monitor page follows a real task offscreen: full data from a sandbox source (per-table rows to
// 100 %), then incremental (latency and RPS points on the charts, per-table counters), Pause at a
// transaction boundary and Resume from the checkpoint, then Stop. A task that cannot start shows why.
#include "common/Sandbox.h"
#include "monitor/MonitorWidget.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace dts;
using namespace dts::test;

class TstMonitor : public QObject {
    Q_OBJECT
    std::unique_ptr<ServerPair> m_pair;

    static QPushButton *button(ui::MonitorWidget &w, const QString &text)
    {
        for (QPushButton *b : w.findChildren<QPushButton *>())
            if (b->text() == text)
                return b;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { m_pair = std::make_unique<ServerPair>("gui"); }

    void followsFullDataAndIncremental()
    {
        QTemporaryDir dir;
        m_pair->source->execSql(QStringLiteral(
            "CREATE DATABASE mon; USE mon; CREATE TABLE mon.t (id INT PRIMARY KEY, v VARCHAR(20));"
            "INSERT INTO mon.t SELECT seq, CONCAT('v', seq) FROM seq_1_to_5000;"
            "CREATE TABLE mon.u (id INT PRIMARY KEY); INSERT INTO mon.u VALUES (1), (2);"));
        TaskSpec t = taskFor(*m_pair->source, *m_pair->destination, {DatabaseSelection{"mon", {}, {}}}, "monitor");
        t.syncIncremental = true;
        RunOptions o;
        o.stateDir = dir.filePath("state");
        o.verifyAtEnd = false;

        ui::MonitorWidget w;
        w.resize(1000, 700);
        w.controller().setSampleIntervalMs(200);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.run(t, o);
        QTRY_VERIFY_WITH_TIMEOUT(w.bannerText().startsWith("Incremental"), 60000);
        // every table of the full copy at 100 %
        QTRY_COMPARE_WITH_TIMEOUT(w.fullTable()->rowCount(), 2, 5000);  // the next sample after the state change
        for (int r = 0; r < 2; ++r)
            QTRY_COMPARE_WITH_TIMEOUT(w.fullTable()->item(r, 4)->text(), QStringLiteral("100.0"), 5000);
        QVERIFY(w.rpsPoints() > 0);

        m_pair->source->execSql(QStringLiteral("INSERT INTO mon.t VALUES (6000, 'new'); UPDATE mon.u SET id = 3 WHERE id = 2;"));
        QTRY_VERIFY_WITH_TIMEOUT(w.incrementalTable()->rowCount() == 2, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(w.latencyPoints() >= 2, 30000);  // the heartbeat keeps latency measured
        QTRY_COMPARE_WITH_TIMEOUT(w.incrementalTable()->item(0, 0)->text(), QStringLiteral("mon.t"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(w.incrementalTable()->item(0, 1)->text(), QStringLiteral("1"), 10000);
        QCOMPARE(w.incrementalTable()->item(1, 2)->text(), QStringLiteral("1"));  // mon.u: one update

        // Pause stops at a transaction boundary; a change made meanwhile arrives after Resume.
        QPushButton *pause = button(w, "Pause");
        QVERIFY(pause);
        QTest::mouseClick(pause, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.bannerText().startsWith("Paused at"), 30000);
        m_pair->source->execSql(QStringLiteral("INSERT INTO mon.u VALUES (9)"));
        QTest::mouseClick(button(w, "Resume"), Qt::LeftButton);
        auto dst = connectTo(*m_pair->destination, "destination");
        QTRY_VERIFY_WITH_TIMEOUT(dst->scalar("SELECT COUNT(*) FROM mon.u WHERE id = 9").value_or("0") == "1", 60000);

        QTest::mouseClick(button(w, "Stop"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.bannerText().startsWith("Stopped at"), 30000);
        QVERIFY(!w.controller().isRunning());
        auto *log = w.findChild<QPlainTextEdit *>();
        QVERIFY(log && log->toPlainText().contains("incremental sync from"));
    }

    void aTaskThatCannotStartSaysWhy()
    {
        QTemporaryDir dir;
        TaskSpec t = taskFor(*m_pair->source, *m_pair->destination, {DatabaseSelection{"no_such_db", {}, {}}}, "missing");
        RunOptions o;
        o.stateDir = dir.filePath("state");
        ui::MonitorWidget w;
        w.show();
        w.run(t, o);
        QTRY_VERIFY_WITH_TIMEOUT(w.bannerText().startsWith("Failed:"), 30000);
        QVERIFY2(w.bannerText().contains("no_such_db"), qPrintable(w.bannerText()));
    }
};

QTEST_MAIN(TstMonitor)
#include "tst_monitor.moc"
