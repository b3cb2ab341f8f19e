// The RocketMQ and Function Compute destination forms offscreen: typed fields become the task file's
// destination object, a task file's object fills the form and comes back unchanged, and problem() names
// what to fix with the task file's own validation.
#include "wizard/DestinationForm.h"
#include "wizard/TaskWizard.h"
#include "wizard/engines/FcForm.h"
#include "wizard/engines/RocketMqForm.h"
#include "wizard/ObjectsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QStackedWidget>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QtTest>

using namespace dts::ui;

class TstEngineForms : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The wizard offers every engine; the chosen engine's form writes the task's destination object, a
    // task of that engine fills it back, and Next is refused while the form has a problem.
    void wizardHostsEveryEngine()
    {
        TaskWizard wizard;
        wizard.show();
        EndpointsPage *page = wizard.endpoints;
        QStringList engines;
        for (int i = 0; i < page->destinationEngine->count(); ++i)
            engines << page->destinationEngine->itemData(i).toString();
        QCOMPARE(engines, (QStringList{"mysql", "polardb", "tablestore", "rocketmq", "function-compute"}));

        page->name->setText("to mq");
        page->setEngine("rocketmq");
        QVERIFY(!page->validatePage());
        QVERIFY2(page->problem->text().contains("nameServer"), qPrintable(page->problem->text()));
        QJsonObject mq{{"engine", "rocketmq"}, {"version", "4"}, {"nameServer", "127.0.0.1:9876"}, {"topic", "orders"}};
        dts::TaskSpec t = wizard.task();
        t.destinationEngine = "rocketmq";
        t.destinationRaw = mq;
        wizard.setTask(t);
        const dts::TaskSpec back = wizard.task();
        QCOMPARE(back.destinationEngine, QStringLiteral("rocketmq"));
        QCOMPARE(back.destinationRaw.value("topic").toString(), QStringLiteral("orders"));
        QCOMPARE(back.destinationRaw.value("nameServer").toString(), QStringLiteral("127.0.0.1:9876"));
        QCOMPARE(page->destinationForms->currentWidget(), dynamic_cast<QWidget *>(page->destinationForm()));

        // A topic has no schema: Configure objects offers full and incremental only.
        t.source.host = "127.0.0.1";
        t.source.user = "dts";
        t.syncSchema = true;
        wizard.setTask(t);
        wizard.show();
        page->name->setText("to mq");
        wizard.next();
        QVERIFY2(wizard.currentId() == TaskWizard::Objects, qPrintable(page->problem->text()));
        QVERIFY(!wizard.objects->schema->isEnabled() && !wizard.objects->schema->isChecked());
        QVERIFY(!wizard.task().syncSchema);
        wizard.back();

        page->setEngine("tablestore");
        QVERIFY(!page->validatePage());
        const QString missing = page->destinationForm()->missing();
        QVERIFY(!missing.isEmpty());
        QVERIFY2(page->problem->text().contains(missing), qPrintable(page->problem->text()));
        QCOMPARE(wizard.task().destinationRaw.value("engine").toString(), QStringLiteral("tablestore"));
    }

    void rocketMq()
    {
        RocketMqForm form;
        form.show();
        QVERIFY(form.problem().contains(QLatin1String("$.destination.nameServer")));
        QTest::keyClicks(form.findChild<QLineEdit *>("nameServer"), "127.0.0.1:9876");
        QTest::keyClicks(form.findChild<QLineEdit *>("topic"), "orders");
        QCOMPARE(form.problem(), QString());
        QTest::keyClicks(form.findChild<QLineEdit *>("user"), "ak");
        QVERIFY2(form.problem().contains(QLatin1String("accessKeySecret")), qPrintable(form.problem()));
        QTest::keyClicks(form.findChild<QLineEdit *>("secretEnv"), "DTS_TEST_FORM_SECRET");
        QVERIFY2(form.problem().contains(QLatin1String("DTS_TEST_FORM_SECRET is not set")), qPrintable(form.problem()));
        qputenv("DTS_TEST_FORM_SECRET", "sk");
        form.findChild<QComboBox *>("ordering")->setCurrentText("column-hash");
        form.findChild<QPlainTextEdit *>("partitionKeys")->setPlainText("shop.orders: id, region");
        form.findChild<QPlainTextEdit *>("topicMapping")->setPlainText("shop = shopTopic\nshop.orders = orderTopic");
        const QJsonObject o = form.toJson();
        QCOMPARE(o.value("accessKeyId").toString(), QStringLiteral("ak"));
        QCOMPARE(o.value("accessKeySecretEnv").toString(), QStringLiteral("DTS_TEST_FORM_SECRET"));
        QVERIFY(!o.contains("accessKeySecret"));
        QCOMPARE(o.value("partitionKeys").toObject().value("shop.orders").toArray(), (QJsonArray{"id", "region"}));
        QCOMPARE(o.value("topicMapping").toObject().value("shop.orders").toString(), QStringLiteral("orderTopic"));

        RocketMqForm again;
        again.fromJson(o);
        QCOMPARE(again.toJson(), o);
        // Version 5 signs with the instance user and password.
        QJsonObject v5 = o;
        v5.insert("version", "5");
        v5.remove("accessKeyId");
        v5.remove("accessKeySecretEnv");
        v5.insert("user", "inst-user");
        v5.insert("password", "pw");
        again.fromJson(v5);
        QCOMPARE(again.toJson(), v5);
        form.findChild<QPlainTextEdit *>("topicMapping")->setPlainText("a.b.c = t");
        QVERIFY2(form.problem().contains(QLatin1String("$.destination.topicMapping.a.b.c")), qPrintable(form.problem()));
    }

    void functionCompute()
    {
        FcForm form;
        form.show();
        QVERIFY(!form.problem().isEmpty());
        QTest::keyClicks(form.findChild<QLineEdit *>("accountId"), "123456");
        QTest::keyClicks(form.findChild<QLineEdit *>("accessKeyId"), "ak");
        QTest::keyClicks(form.findChild<QLineEdit *>("secret"), "sk");
        QTest::keyClicks(form.findChild<QLineEdit *>("service"), "svc");
        QVERIFY2(form.problem().contains(QLatin1String("$.destination.function")), qPrintable(form.problem()));
        QTest::keyClicks(form.findChild<QLineEdit *>("function"), "fn");
        QCOMPARE(form.problem(), QString());
        const QJsonObject o = form.toJson();
        QCOMPARE(o.value("qualifier").toString(), QStringLiteral("LATEST"));
        QCOMPARE(o.value("batch").toObject().value("maxBytes").toInt(), 1024 * 1024);
        FcForm again;
        again.fromJson(o);
        QCOMPARE(again.toJson(), o);
        form.findChild<QLineEdit *>("qualifier")->setText("bad/alias");
        QVERIFY2(form.problem().contains(QLatin1String("$.destination.qualifier")), qPrintable(form.problem()));
    }
};

QTEST_MAIN(TstEngineForms)
#include "tst_engineforms.moc"
