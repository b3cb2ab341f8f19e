// Passwords and AccessKey secrets in a real Secret Service (gnome-keyring in a private D-Bus session,
// tests/keyring/with-keyring.sh): a saved connection keeps its password there and another form fills it
// back; a saved task file holds no secret and reopening it fills the source password and a Tablestore
// destination's AccessKey secret from the keyring; an entry removed is gone.
#include "store/Secrets.h"
#include "store/StudioStore.h"
#include "wizard/EndpointForm.h"
#include "wizard/TaskWizard.h"

#include <QLabel>
#include <QtTest>

using namespace dts;

class TstKeyring : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_home.path().toUtf8());  // the studio's store, just for this test
        QVERIFY2(!qgetenv("DBUS_SESSION_BUS_ADDRESS").isEmpty(), "run through tests/keyring/with-keyring.sh");
    }

    void secretsRoundTrip()
    {
        ui::Secrets s;
        bool written = false, done = false;
        QString error;
        s.write("test:entry", "s3cret value", [&](bool ok, const QString &e) { written = ok, error = e, done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(written, qPrintable(error));
        done = false;
        bool found = false;
        QString secret;
        s.read("test:entry", [&](bool f, const QString &v, const QString &e) { found = f, secret = v, error = e, done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(found, qPrintable(error));
        QCOMPARE(secret, QStringLiteral("s3cret value"));
        s.remove("test:entry");
        // Gone (not an error): read again until the removal is through.
        QElapsedTimer t;
        t.start();
        do {
            done = false;
            s.read("test:entry", [&](bool f, const QString &, const QString &e) { found = f, error = e, done = true; });
            QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        } while (found && t.elapsed() < 10000);
        QVERIFY(!found);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void savedConnectionPasswordComesBack()
    {
        ui::EndpointForm form("Source", "source");
        Endpoint e;
        e.host = "db.example";
        e.port = 3310;
        e.user = "repl";
        e.password = "kept-in-the-keyring";
        form.setEndpoint(e);
        form.saveConnection("prod source");
        QTRY_VERIFY_WITH_TIMEOUT(form.secretNote().contains("its password is in the system keyring"), 10000);
        QFile db(ui::StudioStore::defaultPath());
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains("kept-in-the-keyring"));

        ui::EndpointForm other("Destination", "destination");
        other.useSaved("prod source");
        QTRY_COMPARE_WITH_TIMEOUT(other.endpoint().password, QStringLiteral("kept-in-the-keyring"), 10000);
        QCOMPARE(other.secretNote(), QStringLiteral("Password from the system keyring."));
    }

    void taskFileSecretsComeBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("task.json");
        {
            ui::TaskWizard w;
            TaskSpec t;
            t.name = "keyring task";
            t.source.host = "src.example";
            t.source.port = 3306;
            t.source.user = "dts";
            t.source.password = "source-pw";
            t.destinationEngine = "tablestore";
            t.destinationRaw = QJsonObject{{"engine", "tablestore"}, {"region", "cn-hangzhou"}, {"instance", "my-inst"},
                                           {"accessKeyId", "LTAIak"}, {"accessKeySecret", "ts-secret"}};
            t.objects << DatabaseSelection{"shop", {}, {}};
            w.setTask(t);
            QCOMPARE(w.saveTo(path), QString());
            QTRY_VERIFY_WITH_TIMEOUT(w.endpoints->secretNote->text().contains("are in the system keyring"), 10000);
            QTRY_VERIFY_WITH_TIMEOUT(w.endpoints->source->secretNote().contains("in the system keyring"), 10000);
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray file = f.readAll();
        QVERIFY(!file.contains("ts-secret") && !file.contains("source-pw"));

        ui::TaskWizard again;
        again.setTask(TaskSpec::load(path, TaskSpec::Secrets::MayBeMissing));
        QTRY_COMPARE_WITH_TIMEOUT(again.task().destinationRaw.value("accessKeySecret").toString(), QStringLiteral("ts-secret"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(again.task().source.password, QStringLiteral("source-pw"), 10000);
        QVERIFY(again.endpoints->secretNote->text().contains("from the system keyring"));
        QVERIFY2(again.endpoints->destinationForm()->missing().isEmpty(), qPrintable(again.endpoints->destinationForm()->missing()));

        // Another AccessKey ID is another entry: nothing is filled in.
        TaskSpec other = TaskSpec::load(path, TaskSpec::Secrets::MayBeMissing);
        other.destinationRaw["accessKeyId"] = "LTAIother";
        ui::TaskWizard third;
        third.setTask(other);
        QTRY_VERIFY_WITH_TIMEOUT(third.endpoints->secretNote->text().contains("No secrets saved"), 10000);
        QVERIFY(third.task().destinationRaw.value("accessKeySecret").toString().isEmpty());
    }
};

QTEST_MAIN(TstKeyring)
#include "tst_keyring.moc"
