// The wizard end to end offscreen against sandboxes: fill the endpoints, Test Connectivity (and a
// failing one with its cause), pick a database in the lazily loaded tree, the advanced settings'
// validation, then run: the monitor reaches incremental with points on its charts and the tables at
// 100 %, and the destination holds the rows.
#include "common/Sandbox.h"
#include "monitor/MonitorWidget.h"
#include "wizard/EndpointForm.h"
#include "wizard/TaskWizard.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace dts;
using namespace dts::test;

class TstWizard : public QObject {
    Q_OBJECT
    std::unique_ptr<ServerPair> m_pair;

private Q_SLOTS:
    void initTestCase() { m_pair = std::make_unique<ServerPair>("wiz"); }

    void endToEnd()
    {
        m_pair->source->execSql(QStringLiteral("CREATE DATABASE wiz1; USE wiz1; CREATE TABLE a (id INT PRIMARY KEY, v TEXT);"
                                               "INSERT INTO a SELECT seq, REPEAT('x', seq % 50) FROM seq_1_to_3000;"
                                               "CREATE DATABASE wiz2; CREATE TABLE wiz2.b (id INT PRIMARY KEY);"));
        QTemporaryDir dir;
        ui::TaskWizard w;
        w.stateDir = dir.filePath("state");
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        // Next is refused until the fields are complete, and says why on the page.
        w.next();
        QCOMPARE(w.currentId(), int(ui::TaskWizard::Endpoints));
        QVERIFY(w.endpoints->problem->text().contains("task name"));

        const Endpoint src = endpointOf(*m_pair->source), dst = endpointOf(*m_pair->destination);
        w.endpoints->name->setText("wizard task");
        w.endpoints->source->setEndpoint(src);
        Endpoint wrong = dst;
        wrong.password = "not the password";
        w.endpoints->destination->setEndpoint(wrong);
        QTest::mouseClick(w.endpoints->source->testButton(), Qt::LeftButton);
        QTest::mouseClick(w.endpoints->destination->testButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(w.endpoints->source->testResult(), QStringLiteral("Passed"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(w.endpoints->destination->testResult().startsWith("Failed:"), 15000);
        QVERIFY2(w.endpoints->destination->testResult().contains("Access denied"), qPrintable(w.endpoints->destination->testResult()));
        w.endpoints->destination->setEndpoint(dst);
        QTest::mouseClick(w.endpoints->destination->testButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(w.endpoints->destination->testResult(), QStringLiteral("Passed"), 15000);
        w.next();
        QCOMPARE(w.currentId(), int(ui::TaskWizard::Objects));

        // The tree: databases first, tables when a database is expanded.
        QTRY_VERIFY_WITH_TIMEOUT(w.objects->loaded(), 15000);
        QTreeWidgetItem *db1 = w.objects->tree->findItems("wiz1", Qt::MatchExactly).value(0);
        QVERIFY(db1 && w.objects->tree->findItems("wiz2", Qt::MatchExactly).size() == 1);
        db1->setExpanded(true);
        QTRY_COMPARE_WITH_TIMEOUT(db1->childCount(), 1, 15000);
        QCOMPARE(db1->child(0)->text(0), QStringLiteral("a"));
        w.objects->search->setText("wiz2");
        QVERIFY(db1->isHidden());
        w.objects->search->clear();
        w.next();
        QCOMPARE(w.currentId(), int(ui::TaskWizard::Objects));  // nothing selected yet
        QVERIFY(w.objects->problem->text().contains("Select at least one"));
        db1->child(0)->setCheckState(0, Qt::Checked);
        QCOMPARE(db1->checkState(0), Qt::Checked);  // its only table: the whole database
        w.next();
        QCOMPARE(w.currentId(), int(ui::TaskWizard::Advanced));

        w.advanced->retryOther->setValue(w.advanced->retryConnection->value());
        w.next();
        QCOMPARE(w.currentId(), int(ui::TaskWizard::Advanced));
        QVERIFY(w.advanced->problem->text().contains("must be less than"));
        w.advanced->retryOther->setValue(5);
        w.advanced->fullReaders->setValue(2);

        const TaskSpec t = w.task();
        QCOMPARE(t.objects.size(), 1);
        QCOMPARE(t.objects[0].database, QStringLiteral("wiz1"));
        QVERIFY(t.objects[0].wholeDatabase());
        QCOMPARE(t.advanced.retryOtherMinutes, 5);
        QCOMPARE(t.advanced.fullReaders, 2);

        w.next();
        QCOMPARE(w.currentId(), int(ui::TaskWizard::Verification));
        w.next();
        QCOMPARE(w.currentId(), int(ui::TaskWizard::Run));
        ui::MonitorWidget *m = w.run->monitor;
        m->controller().setSampleIntervalMs(200);
        QTRY_VERIFY_WITH_TIMEOUT(m->bannerText().startsWith("Incremental"), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(m->fullTable()->rowCount(), 1, 5000);  // the next sample after the state change
        QTRY_COMPARE_WITH_TIMEOUT(m->fullTable()->item(0, 4)->text(), QStringLiteral("100.0"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m->latencyPoints() > 0 && m->rpsPoints() > 0, 30000);
        auto d = connectTo(*m_pair->destination, "destination");
        QCOMPARE(d->scalar("SELECT COUNT(*) FROM wiz1.a").value_or("0"), QByteArray("3000"));
        QVERIFY(!d->scalar("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = 'wiz2'").has_value());
        m->controller().stop();
        QTRY_VERIFY_WITH_TIMEOUT(!m->controller().isRunning(), 30000);
    }
};

QTEST_MAIN(TstWizard)
#include "tst_wizard.moc"
