// The wizard end to end offscreen against sandboxes, as a user goes through it: fill the endpoints,
// Test Connectivity (a failing one names its cause and fix; Cancel), the lazy source tree, → to
// Selected objects, rename a table, a WHERE filter the source must accept (EXPLAIN), the operations to
// sync, Batch Edit, the advanced settings' validation, the precheck (success rate, details with the
// fix, Next only when nothing failed, Ignore for a warning), then run to completion: the charts have
// points, the per-table table shows 100 %, and the destination holds the renamed, filtered table.
#include "MainWindow.h"
#include "common/Sandbox.h"
#include "monitor/MonitorWidget.h"
#include "wizard/EndpointForm.h"
#include "wizard/TaskWizard.h"
#include "wizard/engines/TablestoreTables.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QToolButton>
#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>
#include <QPointer>
#include <QtTest>

using namespace dts;
using namespace dts::test;

class TstWizard : public QObject {
    Q_OBJECT
    std::unique_ptr<ServerPair> m_pair;
    QTemporaryDir m_home;

    // Answers the question the next modal box asks.
    static void answerNextQuestion(QMessageBox::StandardButton answer)
    {
        QTimer::singleShot(50, [answer] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(answer)->click();
        });
    }

    static void goToRun(ui::TaskWizard &w)
    {
        for (int page = w.currentId(); page < ui::TaskWizard::Precheck; ++page)
            w.next();
        QCOMPARE(w.currentId(), int(ui::TaskWizard::Precheck));
        QTRY_VERIFY_WITH_TIMEOUT(w.precheck->isComplete(), 60000);
        w.next();
        QCOMPARE(w.currentId(), int(ui::TaskWizard::Run));
    }

    static bool nextEnabled(ui::TaskWizard &w) { return w.button(QWizard::NextButton)->isEnabled(); }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_home.path().toUtf8());  // the studio's store, just for this test
        m_pair = std::make_unique<ServerPair>("wiz");
        m_pair->source->execSql(QStringLiteral("CREATE DATABASE wiz1; USE wiz1; CREATE TABLE a (id INT PRIMARY KEY, v TEXT);"
                                               "INSERT INTO a SELECT seq, REPEAT('x', seq % 50) FROM seq_1_to_3000;"
                                               "CREATE TABLE b (id INT PRIMARY KEY, w INT); INSERT INTO b SELECT seq, seq FROM seq_1_to_10;"
                                               "CREATE TABLE c (id INT PRIMARY KEY);"
                                               "CREATE DATABASE wiz2; CREATE TABLE wiz2.b (id INT PRIMARY KEY);"));
    }

    void endToEnd()
    {
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
        QTest::keyClicks(w.endpoints->name, "wizard task");
        w.endpoints->source->setEndpoint(src);
        Endpoint wrong = dst;
        wrong.password = "not the password";
        w.endpoints->destination->setEndpoint(wrong);
        QTest::mouseClick(w.endpoints->source->testButton(), Qt::LeftButton);
        QTest::mouseClick(w.endpoints->destination->testButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(w.endpoints->source->testResult(), QStringLiteral("Passed"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(w.endpoints->destination->testResult().startsWith("Failed:"), 15000);
        // the cause (the account is refused) and the fix
        QVERIFY2(w.endpoints->destination->testResult().contains("Access denied") &&
                     w.endpoints->destination->testResult().contains("Fix:"),
                 qPrintable(w.endpoints->destination->testResult()));

        // A test that waits on an unresponsive address can be cancelled at once.
        Endpoint blackhole = dst;
        blackhole.host = "10.255.255.1";  // not routed: the connect waits for its timeout
        w.endpoints->destination->setEndpoint(blackhole);
        QTest::mouseClick(w.endpoints->destination->testButton(), Qt::LeftButton);
        QVERIFY(w.endpoints->destination->isTesting());
        QCOMPARE(w.endpoints->destination->testButton()->text(), QStringLiteral("Cancel"));
        QTest::mouseClick(w.endpoints->destination->testButton(), Qt::LeftButton);
        QVERIFY(!w.endpoints->destination->isTesting());
        QCOMPARE(w.endpoints->destination->testResult(), QStringLiteral("Cancelled"));

        w.endpoints->destination->setEndpoint(dst);
        QTest::mouseClick(w.endpoints->destination->testButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(w.endpoints->destination->testResult(), QStringLiteral("Passed"), 15000);
        w.next();
        QCOMPARE(w.currentId(), int(ui::TaskWizard::Objects));

        // The tree: databases first, tables when a database is expanded, columns when a table is.
        ui::ObjectsPage *o = w.objects;
        QTRY_VERIFY_WITH_TIMEOUT(o->loaded(), 15000);
        QTreeWidgetItem *db1 = o->tree->findItems("wiz1", Qt::MatchExactly).value(0);
        QVERIFY(db1 && o->tree->findItems("wiz2", Qt::MatchExactly).size() == 1);
        db1->setExpanded(true);
        QTRY_COMPARE_WITH_TIMEOUT(db1->childCount(), 3, 15000);
        QCOMPARE(db1->child(0)->text(0), QStringLiteral("a"));
        db1->child(1)->setExpanded(true);
        QTRY_COMPARE_WITH_TIMEOUT(db1->child(1)->childCount(), 2, 15000);  // b: id, w
        o->search->setText("wiz2");
        QVERIFY(db1->isHidden());
        o->search->clear();
        w.next();
        QCOMPARE(w.currentId(), int(ui::TaskWizard::Objects));  // nothing selected yet
        QVERIFY(o->problem->text().contains("Move at least one"));

        // → moves the checked tables; ← takes one back.
        db1->child(0)->setCheckState(0, Qt::Checked);
        db1->child(2)->setCheckState(0, Qt::Checked);
        QTest::mouseClick(o->right, Qt::LeftButton);
        QVERIFY(o->selectedTable("wiz1", "a") && o->selectedTable("wiz1", "c"));
        QCOMPARE(db1->child(0)->checkState(0), Qt::Unchecked);
        o->selected->clearSelection();
        o->selectedTable("wiz1", "c")->setSelected(true);
        QTest::mouseClick(o->left, Qt::LeftButton);
        QVERIFY(!o->selectedTable("wiz1", "c"));
        // only column id of b
        db1->child(1)->child(0)->setCheckState(0, Qt::Checked);
        QCOMPARE(db1->child(1)->checkState(0), Qt::PartiallyChecked);
        o->moveRight();
        QTreeWidgetItem *a = o->selectedTable("wiz1", "a"), *b = o->selectedTable("wiz1", "b");
        QVERIFY(a && b);

        // Rename a (inline, as the context menu's Rename does), filter it, and keep inserts only on b.
        o->selected->editItem(a, 1);
        auto *editor = o->selected->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        QTest::keyClicks(editor, "a_copy");
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(a->text(1), QStringLiteral("a_copy"));  // committed by a queued call
        o->setOperations(b, {"insert"});

        // Columns of b: keep id and w, w renamed.
        ui::ColumnsDialog *columns = o->openColumnsDialog(b);
        columns->show();
        QTRY_VERIFY_WITH_TIMEOUT(columns->loaded(), 15000);
        QCOMPARE(columns->table->rowCount(), 2);
        QCOMPARE(columns->table->item(1, 0)->checkState(), Qt::Unchecked);  // only id was moved
        columns->table->item(1, 0)->setCheckState(Qt::Checked);
        QVERIFY(columns->columns().isEmpty());  // all, same names: no "columns" in the task
        columns->table->item(1, 1)->setText("w2");
        QTest::mouseClick(columns->ok, Qt::LeftButton);

        // The WHERE dialog accepts only what the source accepts.
        ui::WhereDialog *where = o->openWhereDialog(a);
        where->show();
        where->edit->setPlainText("no_such_column > 1");
        QVERIFY(!where->ok->isEnabled());
        QTest::mouseClick(where->checkButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(where->checkResult().startsWith("The source rejects"), 15000);
        QVERIFY2(where->checkResult().contains("no_such_column"), qPrintable(where->checkResult()));
        QVERIFY(!where->ok->isEnabled());
        where->edit->setPlainText("id <= 2000");
        QTest::mouseClick(where->checkButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(where->ok->isEnabled(), 15000);
        QTest::mouseClick(where->ok, Qt::LeftButton);
        QCOMPARE(a->text(2), QStringLiteral("id <= 2000"));

        // Batch Edit: a suffix on the database's name, then back to the original.
        ui::BatchEditDialog *batch = o->openBatchEdit();
        QVERIFY(batch);
        batch->show();
        QCOMPARE(batch->table->rowCount(), 3);  // wiz1, wiz1.a, wiz1.b
        batch->table->selectRow(0);
        batch->suffix->setText("_x");
        batch->applyAffixes();
        QCOMPARE(batch->rows()[0].target, QStringLiteral("wiz1_x"));
        QCOMPARE(batch->rows()[1].target, QStringLiteral("a_copy"));
        batch->accept();
        QCOMPARE(o->selectedDatabase("wiz1")->text(1), QStringLiteral("wiz1_x"));
        o->rename(o->selectedDatabase("wiz1"), "wiz1");
        QCOMPARE(o->selectedDatabase("wiz1")->text(1), QString());  // the same name is no mapping

        // What the page means, as the task file says it.
        const QList<DatabaseSelection> sel = o->selection();
        QCOMPARE(sel.size(), 1);
        QCOMPARE(sel[0].database, QStringLiteral("wiz1"));
        QCOMPARE(sel[0].tables.size(), 2);
        QCOMPARE(sel[0].tables[0].name, QStringLiteral("a"));
        QCOMPARE(sel[0].tables[0].target, QStringLiteral("a_copy"));
        QCOMPARE(sel[0].tables[0].where, QStringLiteral("id <= 2000"));
        QCOMPARE(sel[0].tables[0].operations, TableSelection{}.operations);
        QCOMPARE(sel[0].tables[1].columns.size(), 2);
        QCOMPARE(sel[0].tables[1].columns[0].name, QStringLiteral("id"));
        QCOMPARE(sel[0].tables[1].columns[1].target, QStringLiteral("w2"));
        QCOMPARE(sel[0].tables[1].operations, QStringList{"insert"});
        o->incremental->setChecked(false);  // schema and full data: the run completes
        w.next();
        QCOMPARE(w.currentId(), int(ui::TaskWizard::Advanced));

        w.advanced->retryOther->setValue(w.advanced->retryConnection->value());
        w.next();
        QCOMPARE(w.currentId(), int(ui::TaskWizard::Advanced));
        QVERIFY(w.advanced->problem->text().contains("must be less than"));
        w.advanced->retryOther->setValue(5);
        w.advanced->fullReaders->setValue(2);
        QCOMPARE(w.task().advanced.retryOtherMinutes, 5);
        QCOMPARE(w.task().advanced.fullReaders, 2);

        // Data verification (off by default), then the precheck, which runs on entry; Next waits for it.
        w.next();
        QCOMPARE(w.currentId(), int(ui::TaskWizard::Verification));
        w.next();
        QCOMPARE(w.currentId(), int(ui::TaskWizard::Precheck));
        ui::PrecheckPage *p = w.precheck;
        QVERIFY(p->isRunning() || p->isComplete());
        QTRY_VERIFY_WITH_TIMEOUT(!p->isRunning(), 60000);
        const precheck::Report rep = p->report();
        QVERIFY2(!rep.hasFailures(), qPrintable(rep.toText()));
        QVERIFY(p->table->rowCount() > 5);
        QCOMPARE(p->progress->value(), rep.successRate());
        QTRY_VERIFY(nextEnabled(w));
        const int filters = p->rowOf("source.filters");
        QVERIFY(filters >= 0);
        QCOMPARE(p->table->item(filters, 0)->text(), QStringLiteral("Passed"));
        ui::PrecheckDetails *details = p->showDetails(filters);
        QVERIFY(details && details->isVisible());
        details->close();

        w.next();
        QCOMPARE(w.currentId(), int(ui::TaskWizard::Run));
        ui::MonitorWidget *m = w.run->monitor;
        m->controller().setSampleIntervalMs(200);
        QTRY_COMPARE_WITH_TIMEOUT(m->bannerText(), QStringLiteral("Completed"), 120000);
        QVERIFY(m->rpsPoints() > 0);
        QCOMPARE(m->fullTable()->rowCount(), 2);
        for (int r = 0; r < 2; ++r)
            QCOMPARE(m->fullTable()->item(r, 4)->text(), QStringLiteral("100.0"));
        auto d = connectTo(*m_pair->destination, "destination");
        QCOMPARE(d->scalar("SELECT COUNT(*) FROM wiz1.a_copy").value_or("0"), QByteArray("2000"));
        QCOMPARE(d->scalar("SELECT GROUP_CONCAT(COLUMN_NAME ORDER BY ORDINAL_POSITION) FROM information_schema.COLUMNS "
                           "WHERE TABLE_SCHEMA = 'wiz1' AND TABLE_NAME = 'b'")
                     .value_or(""),
                 QByteArray("id,w2"));
        QVERIFY(!d->scalar("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = 'wiz2'").has_value());
        QVERIFY(w.button(QWizard::FinishButton)->isEnabled());
    }

    // A table already in the destination fails the precheck (conflict mode "error"): Next stays off,
    // the details name the table and the fix; a warning can be ignored and is kept in the task.
    void aFailingPrecheckBlocksNext()
    {
        auto d = connectTo(*m_pair->destination, "destination");
        d->exec(QStringLiteral("CREATE DATABASE IF NOT EXISTS wiz2"));
        d->exec(QStringLiteral("CREATE TABLE IF NOT EXISTS wiz2.b (id INT PRIMARY KEY)"));
        m_pair->source->execSql(QStringLiteral("CREATE TABLE wiz2.nokey (v INT); INSERT INTO wiz2.nokey VALUES (1);"));
        QTemporaryDir dir;
        ui::TaskWizard w;
        w.stateDir = dir.filePath("state");
        TaskSpec t = taskFor(*m_pair->source, *m_pair->destination, {DatabaseSelection{"wiz2", {}, {}}}, "conflicting");
        t.syncIncremental = false;
        w.setTask(t);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.objects->selection().size(), 1);  // the task's objects are on the Objects page
        for (int page = w.currentId(); page < ui::TaskWizard::Precheck; ++page)
            w.next();
        QCOMPARE(w.currentId(), int(ui::TaskWizard::Precheck));
        ui::PrecheckPage *p = w.precheck;
        QTRY_VERIFY_WITH_TIMEOUT(!p->isRunning() && p->report().results.size() == p->table->rowCount(), 60000);
        QVERIFY(p->report().hasFailures());
        QVERIFY(!p->isComplete());
        QVERIFY(!nextEnabled(w));
        QVERIFY(p->summary->text().contains("Fix the failed items"));
        QVERIFY(p->progress->value() < 100);

        const int conflict = p->rowOf("destination.conflicting-tables");
        QVERIFY(conflict >= 0);
        QCOMPARE(p->table->item(conflict, 0)->text(), QStringLiteral("Failed"));
        ui::PrecheckDetails *details = p->showDetails(conflict);
        QVERIFY(details);
        auto *message = details->findChild<QLabel *>("message");
        QVERIFY2(message && message->text().contains("wiz2.b"), qPrintable(message ? message->text() : QString()));
        auto *fix = details->findChild<QPlainTextEdit *>("fix");
        QVERIFY(fix && !fix->toPlainText().isEmpty());
        QTest::mouseClick(details->copyButton, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), fix->toPlainText());
        details->close();

        // The table without a primary key is a warning; Ignore keeps it in the task.
        const int keys = p->rowOf("source.primary-keys");
        QVERIFY(keys >= 0);
        QCOMPARE(p->table->item(keys, 0)->text(), QStringLiteral("Warning"));
        p->table->setCurrentCell(keys, 1);
        QVERIFY(p->ignoreButton->isEnabled());
        QTest::mouseClick(p->ignoreButton, Qt::LeftButton);
        QCOMPARE(p->table->item(keys, 0)->text(), QStringLiteral("Ignored"));
        QVERIFY(w.task().ignoredWarnings.contains("source.primary-keys"));

        // Fixed (the table dropped), Precheck Again passes and Next opens.
        d->exec(QStringLiteral("DROP DATABASE wiz2"));
        QTest::mouseClick(p->again, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(p->isComplete(), 60000);
        QVERIFY(nextEnabled(w));
        QCOMPARE(p->table->item(p->rowOf("source.primary-keys"), 0)->text(), QStringLiteral("Ignored"));
    }

    // With a Tablestore destination, Configure objects is followed by the per-table page: it lists the
    // selected tables as the source has them (a whole database expanded), a key the table cannot have
    // keeps Next off with the reason, and the chosen key reaches the task file.
    void tablestoreTablesFollowObjects()
    {
        ui::TaskWizard w;
        TaskSpec t = taskFor(*m_pair->source, *m_pair->destination, {DatabaseSelection{"wiz1", {}, {}}}, "to tablestore");
        t.destinationEngine = "tablestore";
        t.destinationRaw = QJsonObject{{"engine", "tablestore"}, {"region", "cn-hangzhou"}, {"instance", "my-inst"},
                                       {"accessKeyId", "ak"}, {"accessKeySecret", "sk"}};
        w.setTask(t);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.next();
        QCOMPARE(w.currentId(), int(ui::TaskWizard::Objects));
        w.next();
        QCOMPARE(w.currentId(), int(ui::TaskWizard::TablestoreTables));
        ui::TablestoreTablesPage *p = w.tablestoreTables;
        QTRY_VERIFY_WITH_TIMEOUT(p->isComplete(), 15000);
        QStringList listed;
        for (int i = 0; i < p->editor->tableList->count(); ++i)
            listed << p->editor->tableList->item(i)->text();
        QVERIFY2(listed.contains("wiz1.a") && listed.contains("wiz1.b") && listed.contains("wiz1.c"), qPrintable(listed.join(", ")));
        p->editor->tableList->setCurrentRow(int(listed.indexOf("wiz1.b")));
        QCOMPARE(p->editor->columns->rowCount(), 2);  // b: id, w
        p->editor->primaryKey->setText("nosuch");
        Q_EMIT p->editor->primaryKey->editingFinished();
        w.next();
        QCOMPARE(w.currentId(), int(ui::TaskWizard::TablestoreTables));
        QVERIFY2(p->problem->text().contains("wiz1.b") && p->problem->text().contains("nosuch"), qPrintable(p->problem->text()));
        p->editor->primaryKey->setText("w, id");
        Q_EMIT p->editor->primaryKey->editingFinished();
        w.next();
        QCOMPARE(w.currentId(), int(ui::TaskWizard::Advanced));
        const QJsonObject tables = w.task().destinationRaw.value("tables").toObject();
        QCOMPARE(tables.value("wiz1.b").toObject().value("primaryKey").toArray(), QJsonArray({"w", "id"}));
        QCOMPARE(tables.size(), 1);
        // Back to the objects and on again: the page reads the tables again, the key is kept.
        w.back();
        w.back();
        QCOMPARE(w.currentId(), int(ui::TaskWizard::Objects));
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(p->isComplete(), 15000);
        QCOMPARE(w.task().destinationRaw.value("tables").toObject(), tables);
        // A MySQL destination skips the page.
        w.back();
        w.back();
        QCOMPARE(w.currentId(), int(ui::TaskWizard::Endpoints));
        w.endpoints->setEngine("mysql");
        w.endpoints->destination->setEndpoint(endpointOf(*m_pair->destination));
        w.next();
        w.next();
        QCOMPARE(w.currentId(), int(ui::TaskWizard::Advanced));
    }

    // Closing the studio while the task runs asks first (No keeps it running); a task opened again
    // shows where it stopped and continues from there: a change made while it was closed arrives.
    void closingAsksReopeningResumes()
    {
        m_pair->source->execSql(QStringLiteral("CREATE DATABASE wiz3; USE wiz3; CREATE TABLE wiz3.t (id INT PRIMARY KEY, v INT);"
                                               "INSERT INTO wiz3.t SELECT seq, seq FROM seq_1_to_4000;"));
        QTemporaryDir dir;
        TaskSpec t = taskFor(*m_pair->source, *m_pair->destination, {DatabaseSelection{"wiz3", {}, {}}}, "resumed");
        t.syncIncremental = true;
        {
            ui::MainWindow window;
            window.show();
            ui::TaskWizard *w = window.openWizard();
            w->stateDir = dir.filePath("state");
            w->setTask(t);
            QVERIFY(w->checkpointText().isEmpty());
            goToRun(*w);
            ui::MonitorWidget *m = w->run->monitor;
            QTRY_VERIFY2_WITH_TIMEOUT(m->bannerText().startsWith("Incremental"), qPrintable(m->bannerText()), 60000);

            answerNextQuestion(QMessageBox::No);
            QVERIFY(!window.close());
            QVERIFY(m->controller().isRunning());
            // The wizard is deleted once closed (WA_DeleteOnClose): watch it, not its monitor. Its
            // controller's destructor waits for the task to stop.
            QPointer<ui::TaskWizard> alive(w);
            answerNextQuestion(QMessageBox::Yes);
            QVERIFY(window.close());
            QTRY_VERIFY_WITH_TIMEOUT(alive.isNull(), 30000);
        }
        m_pair->source->execSql(QStringLiteral("INSERT INTO wiz3.t VALUES (5000, 5)"));

        ui::TaskWizard w;
        w.stateDir = dir.filePath("state");
        w.setTask(t);
        w.show();
        QVERIFY2(w.checkpointText().contains("full data done (4,000 rows)") && w.checkpointText().contains("incremental applied up to"),
                 qPrintable(w.checkpointText()));
        QVERIFY(w.endpoints->checkpoint->isVisibleTo(&w));
        goToRun(w);
        ui::MonitorWidget *m = w.run->monitor;
        QTRY_VERIFY2_WITH_TIMEOUT(m->bannerText().startsWith("Incremental"), qPrintable(m->bannerText()), 60000);
        auto d = connectTo(*m_pair->destination, "destination");
        QTRY_VERIFY_WITH_TIMEOUT(d->scalar("SELECT COUNT(*) FROM wiz3.t").value_or("0") == "4001", 60000);
        m->controller().stop();
        QTRY_VERIFY_WITH_TIMEOUT(!m->controller().isRunning(), 30000);
    }
};

QTEST_MAIN(TstWizard)
#include "tst_wizard.moc"
