// The studio's start window and what is kept between sessions, offscreen: the wizard filled from a
// task; Preview (secrets masked) and Save of the task file in `dts`'s format, listed in the recent
// tasks and opened again; saved connections without their password in the local store, and the
// keyring's absence said on the form (this machine has no Secret Service).
#include "Icons.h"
#include "MainWindow.h"
#include "store/StudioStore.h"
#include "wizard/EndpointForm.h"
#include "wizard/PrecheckPage.h"
#include "wizard/TaskWizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeWidget>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSettings>
#include <QtTest>

class TstMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

    static dts::TaskSpec sample()
    {
        dts::TaskSpec t;
        t.name = QStringLiteral("from a file");
        t.source.host = QStringLiteral("10.0.0.1");
        t.source.port = 3307;
        t.source.user = QStringLiteral("dts");
        t.source.password = QStringLiteral("s3cret-source");
        t.destination.host = QStringLiteral("10.0.0.2");
        t.destination.user = QStringLiteral("dst");
        t.destination.passwordEnv = QStringLiteral("DTS_DEST_PASSWORD");
        t.advanced.incrementalWriters = 8;
        dts::TableSelection orders;
        orders.name = QStringLiteral("orders");
        orders.target = QStringLiteral("orders_v2");
        orders.where = QStringLiteral("id > 100");
        orders.columns = {{QStringLiteral("id"), {}}, {QStringLiteral("note"), QStringLiteral("remark")}};
        orders.operations = {QStringLiteral("insert"), QStringLiteral("update")};
        t.objects = {dts::DatabaseSelection{QStringLiteral("shop"), QStringLiteral("shop_copy"), {orders}}};
        t.ignoredWarnings = {QStringLiteral("source.primary-keys")};
        return t;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_home.path().toUtf8());  // the studio's store, just for this test
        qputenv("XDG_CONFIG_HOME", m_home.filePath("config").toUtf8());  // its settings (the language)
        QCoreApplication::setOrganizationName("dts-studio-test");
    }

    // The Language menu: the choice is kept for the next start; with no wizard open a restart is offered
    // (Yes asks app/studio to restart), with a wizard open it is not (nothing being edited is closed).
    void languageChoice()
    {
        dts::ui::MainWindow window;
        window.show();
        QSignalSpy restart(&window, &dts::ui::MainWindow::restartRequested);
        QTimer::singleShot(100, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        window.chooseLanguage("zh_CN");
        QCOMPARE(restart.size(), 1);
        QCOMPARE(QSettings().value("language").toString(), QStringLiteral("zh_CN"));
        auto *wizard = window.openWizard();
        QVERIFY(wizard);
        window.chooseLanguage("en");  // no question asked: a modal box would block here
        QCOMPARE(restart.size(), 1);
        QVERIFY2(window.note().contains("after the task"), qPrintable(window.note()));
        QCOMPARE(QSettings().value("language").toString(), QStringLiteral("en"));
        QSettings().remove("language");
        wizard->close();
    }

    void opensTheWizardFilledFromATask()
    {
        dts::ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.windowTitle(), QStringLiteral("dts-studio"));
        QVERIFY(!w.windowIcon().isNull());
        QPushButton *create = nullptr;
        for (QPushButton *b : w.findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("New task…"))
                create = b;
        QVERIFY(create);
        QTest::mouseClick(create, Qt::LeftButton);
        auto *wizard = w.findChild<dts::ui::TaskWizard *>();
        QVERIFY(wizard && wizard->isVisible());

        const dts::TaskSpec t = sample();
        QCOMPARE(w.openWizard(&t), wizard);
        QCOMPARE(wizard->endpoints->name->text(), QStringLiteral("from a file"));
        QCOMPARE(wizard->task().source.port, 3307);
        QCOMPARE(wizard->task().advanced.incrementalWriters, 8);
        // everything the task file says comes back out of the pages
        QCOMPARE(wizard->task().toJson(true), t.toJson(true));
        QVERIFY(wizard->checkpointText().isEmpty());  // never ran
    }

    void previewSaveAndOpenAgain()
    {
        dts::ui::MainWindow w;
        w.show();
        const dts::TaskSpec t = sample();
        dts::ui::TaskWizard *wizard = w.openWizard(&t);
        const QString preview = wizard->previewText();
        QVERIFY(!preview.contains("s3cret-source"));
        QVERIFY(preview.contains("DTS_DEST_PASSWORD"));
        QVERIFY(preview.contains("orders_v2") && preview.contains("remark"));

        const QString path = m_home.filePath("saved task.json");
        QCOMPARE(wizard->saveTo(path), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray saved = f.readAll();
        QVERIFY(!saved.contains("s3cret-source"));
        qputenv("DTS_DEST_PASSWORD", "from-the-environment");  // loading resolves passwordEnv, as `dts` does
        dts::TaskSpec back = dts::TaskSpec::load(path);        // `dts` reads it
        dts::TaskSpec expected = t;
        expected.source.password.clear();
        expected.destination.password = "from-the-environment";
        QCOMPARE(back.toJson(true), expected.toJson(true));

        // a file that is not a task is refused with the reason, and nothing is saved
        wizard->endpoints->name->clear();
        QVERIFY(!wizard->saveTo(m_home.filePath("bad.json")).isEmpty());
        QVERIFY(!QFile::exists(m_home.filePath("bad.json")));
        wizard->close();

        // listed in the recent tasks; opening it fills the wizard
        dts::ui::MainWindow again;
        again.show();
        QCOMPARE(again.recent->count(), 1);
        QCOMPARE(again.recent->item(0)->data(Qt::UserRole).toString(), QFileInfo(path).absoluteFilePath());
        Q_EMIT again.recent->itemActivated(again.recent->item(0));
        auto *opened = again.findChild<dts::ui::TaskWizard *>();
        QVERIFY(opened);
        QCOMPARE(opened->task().objects[0].tables[0].target, QStringLiteral("orders_v2"));
        QCOMPARE(opened->taskPath(), path);

        QVERIFY(!again.openTaskFile(m_home.filePath("missing.json")));
        QVERIFY(again.note().contains("missing.json"));
    }

    // Tab walks the Endpoints page in reading order: name, engine, then the source's fields top-down.
    void keyboardOrder()
    {
        dts::ui::TaskWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.endpoints->name->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(w.endpoints->name));
        QList<QWidget *> order;
        for (int i = 0; i < 5; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            order << QApplication::focusWidget();
        }
        QCOMPARE(order[0], static_cast<QWidget *>(w.endpoints->destinationEngine));
        QCOMPARE(order[1], static_cast<QWidget *>(w.endpoints->source->saved));
        QCOMPARE(order[2], static_cast<QWidget *>(w.endpoints->source->saveButton));
        QCOMPARE(order[3]->objectName(), QString());  // the host field
        QVERIFY(qobject_cast<QLineEdit *>(order[3]));
        // every icon the pages use is there (compiled in, drawn from SVG)
        for (const char *name : {"passed", "warning", "failed", "skipped", "ignored", "running", "database", "table", "column",
                                 "move-right", "move-left", "dts-studio"})
            QVERIFY2(!dts::ui::icon(name).pixmap(QSize(32, 32), 2.0).isNull(), name);
    }

    // zh_CN: every string translated, compiled in, and shown by the pages.
    void chineseTranslation()
    {
        QFile ts(QStringLiteral(DTS_SOURCE_DIR "/translations/dts_zh_CN.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QByteArray text = ts.readAll();
        QVERIFY(text.count("<message") > 200);
        QVERIFY2(!text.contains("type=\"unfinished\""), "translations/dts_zh_CN.ts has untranslated strings (run the update_translations target)");
        QTranslator zh;
        QVERIFY(zh.load(QLocale(QStringLiteral("zh_CN")), QStringLiteral("dts"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QApplication::installTranslator(&zh);
        {
            dts::ui::TaskWizard w;
            QCOMPARE(w.precheck->title(), QStringLiteral("预检查"));
            QCOMPARE(w.objects->full->text(), QStringLiteral("全量同步"));
            QCOMPARE(w.objects->incremental->text(), QStringLiteral("增量同步"));
            QCOMPARE(w.objects->selected->headerItem()->text(0), QStringLiteral("已选择对象"));
            // precheck titles come from the engine, marked there and translated here
            QCOMPARE(dts::ui::itemTitle("Source database connectivity"), QStringLiteral("源库连接性检查"));
            QCOMPARE(dts::ui::itemTitle("Every table has a Tablestore primary key of 1 to 4 columns"),
                     QStringLiteral("每张表都有 1 到 4 列的表格存储主键"));
        }
        QApplication::removeTranslator(&zh);
    }

    void savedConnectionsKeepNoSecret()
    {
        dts::ui::EndpointForm form("Source", "source");
        dts::Endpoint e;
        e.host = "db.example";
        e.port = 3310;
        e.user = "repl";
        e.password = "never-in-the-store";
        form.setEndpoint(e);
        form.saveConnection("prod source");
        // No keyring here: the form says the password was not kept.
        QTRY_VERIFY_WITH_TIMEOUT(form.secretNote().contains("without its password"), 10000);

        dts::ui::StudioStore store;
        QCOMPARE(store.connections().size(), 1);
        QCOMPARE(store.connections()[0].endpoint.host, QStringLiteral("db.example"));
        QVERIFY(store.connections()[0].endpoint.password.isEmpty());
        QFile db(dts::ui::StudioStore::defaultPath());
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains("never-in-the-store"));

        // Another form lists it and fills its fields from it; the password is asked for.
        dts::ui::EndpointForm other("Destination", "destination");
        QCOMPARE(other.saved->findText("prod source"), 1);
        other.useSaved("prod source");
        QCOMPARE(other.endpoint().port, 3310);
        QVERIFY(other.endpoint().password.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(other.secretNote().contains("Enter the password") || other.secretNote().contains("enter it"), 10000);
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
