// The wizard's Data verification page and the monitor's Verification tab, offscreen against sandboxes:
// the page edits the task's "verification" object (and turns itself off for a message queue), the tab
// verifies a real copy on a pool thread, lists each table, shows the differing rows and copies the repair SQL.
#include "common/Sandbox.h"
#include "monitor/MonitorWidget.h"
#include "pipeline/TaskRunner.h"
#include "verify/VerificationPage.h"
#include "verify/VerificationTab.h"
#include "wizard/TaskWizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

using namespace dts;
using namespace dts::test;

class TstVerification : public QObject {
    Q_OBJECT
    std::unique_ptr<ServerPair> m_pair;

private Q_SLOTS:
    void initTestCase() { m_pair = std::make_unique<ServerPair>("vgui"); }

    void wizardPageEditsTheTask()
    {
        ui::TaskWizard wizard;
        QCOMPARE(wizard.pageIds(), QList<int>({ui::TaskWizard::Endpoints, ui::TaskWizard::Objects, ui::TaskWizard::Advanced,
                                              ui::TaskWizard::Verification, ui::TaskWizard::Precheck,
                                              ui::TaskWizard::Run, ui::TaskWizard::TablestoreTables}));
        // (TablestoreTables is visited after Objects for a Tablestore destination: nextId(), tested in tst_wizard)
        ui::VerificationPage *page = wizard.verification;
        QVERIFY(!page->enabled->isChecked());
        QVERIFY(!page->mode->isEnabled());
        page->enabled->setChecked(true);
        QVERIFY(page->mode->isEnabled());
        QVERIFY(!page->ratio->isEnabled());  // only for sampling
        page->mode->setCurrentIndex(page->mode->findData(QStringLiteral("sample")));
        QVERIFY(page->ratio->isEnabled());
        page->ratio->setValue(5);
        QCOMPARE(page->ratio->value(), 10);  // DTS's lower bound
        page->ratio->setValue(40);
        page->rowsPerSecond->setValue(5000);
        page->mbPerSecond->setValue(1.5);
        page->timeLimit->setValue(30);
        const Verification v = wizard.task().verification;
        QVERIFY(v.enabled);
        QCOMPARE(v.mode, QStringLiteral("sample"));
        QCOMPARE(v.ratio, 40);
        QCOMPARE(v.rowsPerSecond, 5000);
        QCOMPARE(v.mbPerSecond, 1.5);
        QCOMPARE(v.timeLimitMinutes, 30);

        // And back from a task file.
        TaskSpec t;
        t.verification = Verification{true, QStringLiteral("all"), 100, 0, 0, 60};
        ui::TaskWizard other;
        other.setTask(t);
        QVERIFY(other.verification->enabled->isChecked());
        QCOMPARE(other.verification->timeLimit->value(), 60);
        QVERIFY(!other.verification->ratio->isEnabled());
        QVERIFY(other.task().verification == t.verification);

        // A message queue holds no table to compare with.
        page->setDestinationEngine(QStringLiteral("rocketmq"));
        QVERIFY(!page->enabled->isEnabled() && !page->enabled->isChecked());
        QVERIFY(page->note->text().contains("does not apply"));
        page->setDestinationEngine(QStringLiteral("mysql"));
        QVERIFY(page->enabled->isEnabled());
        QVERIFY(page->note->text().isEmpty());
    }

    void tabVerifiesAndCopiesRepairSql()
    {
        m_pair->source->execSql(QStringLiteral("CREATE DATABASE vg; USE vg; CREATE TABLE vg.a (id INT PRIMARY KEY, v VARCHAR(20));"
                                               "INSERT INTO vg.a SELECT seq, CONCAT('v', seq) FROM seq_1_to_500;"
                                               "CREATE TABLE vg.b (x INT); INSERT INTO vg.b VALUES (1), (2);"));
        const TaskSpec task = taskFor(*m_pair->source, *m_pair->destination, {DatabaseSelection{"vg", {}, {}}});
        {
            QTemporaryDir state;
            RunOptions o;
            o.stateDir = state.path();
            o.verifyAtEnd = false;
            TaskRunner r(task, o);
            r.run();
        }
        m_pair->destination->execSql(QStringLiteral("UPDATE vg.a SET v = 'changed' WHERE id = 7;"));

        ui::VerificationTab tab;
        tab.resize(900, 500);
        tab.show();
        tab.setTask(task);
        QVERIFY(tab.startButton()->isEnabled());
        QVERIFY(!tab.copyButton()->isEnabled());
        QSignalSpy done(&tab, &ui::VerificationTab::finished);
        tab.startButton()->click();
        QVERIFY(tab.isRunning() || done.count() == 1);
        QVERIFY(done.count() == 1 || done.wait(60000));
        QCOMPARE(tab.table()->rowCount(), 2);
        QStringList results;
        for (int r = 0; r < 2; ++r)
            results << tab.table()->item(r, 0)->text() + ": " + tab.table()->item(r, 6)->text();
        results.sort();
        QCOMPARE(results.at(0), QStringLiteral("vg.a: DIFFERS"));
        QVERIFY2(results.at(1).startsWith("vg.b: equal (rows counted"), qPrintable(results.at(1)));
        QVERIFY(tab.summaryText().contains("1 of 2 tables differ"));
        QVERIFY(tab.copyButton()->isEnabled());
        tab.copyButton()->click();
        QVERIFY2(QApplication::clipboard()->text().contains("UPDATE `vg`.`a` SET `v` = "), qPrintable(QApplication::clipboard()->text()));

        // A message queue destination: nothing to start.
        TaskSpec mq = task;
        mq.destinationEngine = QStringLiteral("rocketmq");
        tab.setTask(mq);
        QVERIFY(!tab.startButton()->isEnabled());
    }

    void monitorHasTheTab()
    {
        ui::MonitorWidget monitor;
        QVERIFY(monitor.verificationTab());
        QVERIFY(monitor.findChildren<ui::VerificationTab *>().contains(monitor.verificationTab()));
    }
};

QTEST_MAIN(TstVerification)
#include "tst_verification.moc"
