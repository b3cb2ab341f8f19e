// The task file contract: what is accepted, and that every mistake is named by its JSON path.
#include "common/Error.h"
#include "task/TaskSpec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace dts;

namespace {

QByteArray minimal(const QString &extra = {})
{
    return QStringLiteral(R"({"version":1,"name":"t",
      "source":{"engine":"mysql","host":"127.0.0.1","port":3306,"user":"dts","password":"s3cret-src"},
      "destination":{"engine":"mysql","host":"10.0.0.2","port":3307,"user":"w","password":"s3cret-dst"},
      "objects":[{"database":"shop"}]%1})")
        .arg(extra)
        .toUtf8();
}

QString errorOf(const QByteArray &json)
{
    try {
        TaskSpec::fromJson(json, QStringLiteral("task.json"));
    } catch (const Error &e) {
        return e.describe();
    }
    return {};
}

}  // namespace

class TstTaskSpec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // An engine's tuning may change between runs without losing the progress; where it writes may not.
    void destinationTuningIsNotInTheFingerprint()
    {
        auto tablestore = [](const QString &fields) {
            QByteArray json = minimal();
            json.replace(R"({"engine":"mysql","host":"10.0.0.2","port":3307,"user":"w","password":"s3cret-dst"})",
                         QStringLiteral(R"({"engine":"tablestore","region":"cn-hangzhou","accessKeyId":"ak","accessKeySecret":"sk",%1})")
                             .arg(fields)
                             .toUtf8());
            return TaskSpec::fromJson(json);
        };
        const QString base = tablestore(R"("instance":"inst-a","concurrency":8,"buckets":8)").fingerprint();
        QCOMPARE(tablestore(R"("instance":"inst-a","concurrency":4,"buckets":2,"dirtyData":"skip")").fingerprint(), base);
        QVERIFY(tablestore(R"("instance":"inst-b","concurrency":8,"buckets":8)").fingerprint() != base);
    }

    void minimalTaskGetsDefaults()
    {
        const TaskSpec t = TaskSpec::fromJson(minimal());
        QCOMPARE(t.name, QStringLiteral("t"));
        QCOMPARE(t.source.port, 3306);
        QCOMPARE(t.destination.host, QStringLiteral("10.0.0.2"));
        QVERIFY(t.syncSchema && t.syncFull && t.syncIncremental);
        QVERIFY(t.conflictMode == ConflictMode::Error);
        QVERIFY(t.nameCase == NameCase::Default);
        QCOMPARE(t.advanced.retryConnectionMinutes, 720);
        QCOMPARE(t.advanced.retryOtherMinutes, 10);
        QCOMPARE(t.advanced.fullReaders, 4);
        QCOMPARE(t.advanced.incrementalWriters, 4);
        QCOMPARE(t.advanced.serverId, 0u);
        QVERIFY(t.objects[0].wholeDatabase());
    }

    void replicaSettingsRoundTrip()
    {
        const TaskSpec t = TaskSpec::fromJson(
            minimal(R"(,"advanced":{"serverId":4000000000,"parallelism":{"incrementalWriters":16}})"));
        QCOMPARE(t.advanced.serverId, 4000000000u);
        QCOMPARE(t.advanced.incrementalWriters, 16);
        const TaskSpec back = TaskSpec::fromJson(QJsonDocument(t.toJson(true)).toJson());
        QCOMPARE(back.advanced.serverId, 4000000000u);
        QCOMPARE(back.advanced.incrementalWriters, 16);
        QCOMPARE(back.fingerprint(), TaskSpec::fromJson(minimal()).fingerprint());  // how, not what
        QVERIFY(errorOf(minimal(R"(,"advanced":{"parallelism":{"incrementalWriters":0}})"))
                    .contains("$.advanced.parallelism.incrementalWriters"));
        QVERIFY(errorOf(minimal(R"(,"advanced":{"serverId":-1})")).contains("$.advanced.serverId"));
    }

    void fullExampleRoundTrips()
    {
        QFile f(QStringLiteral(DTS_SOURCE_DIR "/resources/tasks/example.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        qputenv("DTS_SOURCE_PASSWORD", "a");
        qputenv("DTS_DEST_PASSWORD", "b");
        const TaskSpec t = TaskSpec::fromJson(f.readAll());
        QCOMPARE(t.objects[0].target, QStringLiteral("shop_copy"));
        const TableSelection &orders = t.objects[0].tables[0];
        QCOMPARE(orders.target, QStringLiteral("orders_v2"));
        QCOMPARE(orders.where, QStringLiteral("id > 100"));
        QCOMPARE(orders.columns.size(), 3);
        QCOMPARE(orders.columns[2].target, QStringLiteral("remark"));
        QCOMPARE(t.source.password, QStringLiteral("a"));
        QCOMPARE(t.ignoredWarnings, QStringList{"source.primary-keys"});
        const TaskSpec again = TaskSpec::fromJson(QJsonDocument(t.toJson()).toJson());
        QCOMPARE(again.toJson(), t.toJson());
        QCOMPARE(again.fingerprint(), t.fingerprint());
    }

    void secretsStayOutOfExports()
    {
        const TaskSpec t = TaskSpec::fromJson(minimal());
        const QByteArray exported = QJsonDocument(t.toJson()).toJson();
        QVERIFY(!exported.contains("s3cret"));
        QVERIFY(QJsonDocument(t.toJson(true)).toJson().contains("s3cret-src"));
    }

    void passwordFromEnvironment()
    {
        qputenv("DTS_TST_PW", "from-env");
        QByteArray json = minimal();
        json.replace(R"("password":"s3cret-src")", R"("passwordEnv":"DTS_TST_PW")");
        const TaskSpec t = TaskSpec::fromJson(json);
        QCOMPARE(t.source.password, QStringLiteral("from-env"));
        QCOMPARE(t.toJson().value("source").toObject().value("passwordEnv").toString(), QStringLiteral("DTS_TST_PW"));
        json.replace("DTS_TST_PW", "DTS_TST_UNSET_VARIABLE");
        QVERIFY(errorOf(json).contains("$.source.passwordEnv: environment variable DTS_TST_UNSET_VARIABLE is not set"));
    }

    void malformedJsonGivesLineAndColumn()
    {
        const QString e = errorOf("{\n  \"version\": 1,\n  \"name\": \"x\"\n  \"source\": {}\n}");
        // Qt points at the token after the missing comma: line 4, where "source" starts.
        QVERIFY2(QRegularExpression(QStringLiteral("^task\\.json:4:[34]: malformed JSON")).match(e).hasMatch(), qPrintable(e));
    }

    void invalidValues_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad port") << QByteArray(minimal()).replace("3306", "70000") << "$.source.port: 70000 is out of range";
        QTest::newRow("port text") << QByteArray(minimal()).replace("3306", "\"3306\"") << "$.source.port: must be a number";
        QTest::newRow("engine") << QByteArray(minimal()).replace(R"("engine":"mysql","host":"10)", R"("engine":"oracle","host":"10)")
                                << "$.destination.engine: \"oracle\" is not one of";
        QTest::newRow("unknown key") << minimal(R"(,"conflictmode":"ignore")") << "$.conflictmode: unknown key";
        QTest::newRow("conflict") << minimal(R"(,"conflictMode":"overwrite")") << "$.conflictMode: \"overwrite\" is not one of: error, ignore";
        QTest::newRow("name case") << minimal(R"(,"nameCase":"camel")") << "$.nameCase: \"camel\" is not one of";
        QTest::newRow("retry range") << minimal(R"(,"advanced":{"retryConnectionMinutes":5})")
                                     << "$.advanced.retryConnectionMinutes: 5 is out of range (10–1440)";
        QTest::newRow("retry order") << minimal(R"(,"advanced":{"retryConnectionMinutes":30,"retryOtherMinutes":30})")
                                     << "$.advanced.retryOtherMinutes: must be less than retryConnectionMinutes (30)";
        QTest::newRow("operations") << QByteArray(minimal()).replace(R"({"database":"shop"})",
                                                                      R"({"database":"shop","tables":[{"name":"a","operations":["truncate"]}]})")
                                    << "$.objects[0].tables[0].operations[0]: \"truncate\" is not one of";
        QTest::newRow("empty tables") << QByteArray(minimal()).replace(R"({"database":"shop"})", R"({"database":"shop","tables":[]})")
                                      << "$.objects[0].tables: empty";
        QTest::newRow("twice") << QByteArray(minimal()).replace(R"({"database":"shop"})", R"({"database":"shop"},{"database":"shop"})")
                               << "$.objects[1].database: database \"shop\" is selected twice";
        QTest::newRow("no objects") << QByteArray(minimal()).replace(R"([{"database":"shop"}])", "[]") << "$.objects: empty";
        QTest::newRow("nothing to do") << minimal(R"(,"syncTypes":{"schema":false,"full":false,"incremental":false})")
                                       << "$.syncTypes: nothing to do";
        QTest::newRow("version") << QByteArray(minimal()).replace(R"("version":1)", R"("version":2)") << "$.version: 2 is out of range";
        QTest::newRow("where ;") << QByteArray(minimal()).replace(R"({"database":"shop"})",
                                                                   R"({"database":"shop","tables":[{"name":"a","where":"1; DROP TABLE a"}]})")
                                 << "$.objects[0].tables[0].where: a filter is one condition";
        QTest::newRow("ignored not a list") << minimal(R"(,"ignoredWarnings":"source.primary-keys")")
                                            << "$.ignoredWarnings: must be an array";
        QTest::newRow("ignored not an id") << minimal(R"(,"ignoredWarnings":["source.primary-keys","primary keys",3])")
                                           << "$.ignoredWarnings[1]: must be a precheck item id";
        QTest::newRow("ignored number") << minimal(R"(,"ignoredWarnings":[3])") << "$.ignoredWarnings[0]: must be a precheck item id";
        QTest::newRow("ignored twice") << minimal(R"(,"ignoredWarnings":["source.triggers","source.triggers"])")
                                       << "$.ignoredWarnings[1]: \"source.triggers\" is listed twice";
        QTest::newRow("verification mode") << minimal(R"(,"verification":{"mode":"half"})")
                                           << "$.verification.mode: \"half\" is not one of: all, sample";
        QTest::newRow("verification ratio") << minimal(R"(,"verification":{"mode":"sample","ratio":5})")
                                            << "$.verification.ratio: 5 is out of range (10–100)";
        QTest::newRow("sample without ratio") << minimal(R"(,"verification":{"mode":"sample"})")
                                              << "$.verification.ratio: missing: mode \"sample\" needs";
        QTest::newRow("verification key") << minimal(R"(,"verification":{"rowsPerSec":10})") << "$.verification.rowsPerSec: unknown key";
        QTest::newRow("verification mbps") << minimal(R"(,"verification":{"mbPerSecond":-1})")
                                           << "$.verification.mbPerSecond: -1 is out of range";
        QTest::newRow("verification minutes") << minimal(R"(,"verification":{"timeLimitMinutes":1.5})")
                                              << "$.verification.timeLimitMinutes: must be a whole number";
        QTest::newRow("verify-ca without ca") << QByteArray(minimal()).replace(R"("password":"s3cret-src")",
                                                                                R"("password":"x","tls":{"mode":"verify-ca"})")
                                              << "$.source.tls.ca: missing";
    }
    void invalidValues()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QString e = errorOf(json);
        QVERIFY2(e.contains(expected), qPrintable(QStringLiteral("expected \"%1\" in: %2").arg(expected, e)));
    }

    void everyProblemIsListed()
    {
        const QString e = errorOf(R"({"version":1,"source":{"host":"","port":0},"destination":{"engine":"mysql"},"objects":[]})");
        for (const char *path : {"$.name", "$.source.host", "$.source.port", "$.source.user", "$.destination.host", "$.objects"})
            QVERIFY2(e.contains(QLatin1String(path)), qPrintable(QStringLiteral("%1 missing in: %2").arg(path, e)));
    }

    void mappingLimitOfDts()
    {
        QString tables;
        for (int i = 0; i < 1001; ++i)
            tables += QStringLiteral(R"(%1{"name":"t%2","target":"u%2"})").arg(i ? "," : "").arg(i);
        QByteArray json = minimal();
        json.replace(R"({"database":"shop"})", QStringLiteral(R"({"database":"shop","tables":[%1]})").arg(tables).toUtf8());
        QVERIFY(errorOf(json).contains("1001 tables are renamed; a task can map at most 1000"));
    }

    void ignoredWarningsRoundTrip()
    {
        const TaskSpec none = TaskSpec::fromJson(minimal());
        QVERIFY(none.ignoredWarnings.isEmpty());
        QVERIFY2(!none.toJson().contains("ignoredWarnings"), "a task without ignored warnings keeps its file as it was");

        const TaskSpec t = TaskSpec::fromJson(minimal(R"(,"ignoredWarnings":["source.primary-keys","destination.conflicting-tables"])"));
        QCOMPARE(t.ignoredWarnings, QStringList({"source.primary-keys", "destination.conflicting-tables"}));
        const QJsonObject json = t.toJson();
        QCOMPARE(json.value("ignoredWarnings").toArray().size(), 2);
        const TaskSpec again = TaskSpec::fromJson(QJsonDocument(json).toJson());
        QCOMPARE(again.ignoredWarnings, t.ignoredWarnings);
        QCOMPARE(again.toJson(), json);
        // Accepting a warning changes nothing in the data written: a saved run stays resumable.
        QCOMPARE(t.fingerprint(), none.fingerprint());
    }

    void verificationRoundTrip()
    {
        const TaskSpec none = TaskSpec::fromJson(minimal());
        QVERIFY(!none.verification.enabled);
        QCOMPARE(none.verification.mode, QStringLiteral("all"));
        QCOMPARE(none.verification.ratio, 100);
        QVERIFY2(!none.toJson().contains("verification"), "a task without verification keeps its file as it was");

        const TaskSpec t = TaskSpec::fromJson(minimal(
            R"(,"verification":{"enabled":true,"mode":"sample","ratio":30,"rowsPerSecond":5000,"mbPerSecond":2.5,"timeLimitMinutes":90})"));
        QVERIFY(t.verification.enabled);
        QCOMPARE(t.verification.mode, QStringLiteral("sample"));
        QCOMPARE(t.verification.ratio, 30);
        QCOMPARE(t.verification.rowsPerSecond, 5000);
        QCOMPARE(t.verification.mbPerSecond, 2.5);
        QCOMPARE(t.verification.timeLimitMinutes, 90);
        QTemporaryDir dir;
        const QString path = dir.filePath("task.json");
        t.save(path, true);
        const TaskSpec again = TaskSpec::load(path);
        QVERIFY(again.verification == t.verification);
        QCOMPARE(again.toJson(), t.toJson());
        // How the copy is checked does not change what is copied: a saved run stays resumable.
        QCOMPARE(t.fingerprint(), none.fingerprint());
    }

    void fingerprintIgnoresWhatDoesNotChangeData()
    {
        const TaskSpec a = TaskSpec::fromJson(minimal());
        const TaskSpec b = TaskSpec::fromJson(minimal(R"(,"advanced":{"parallelism":{"fullReaders":8}})"));
        QCOMPARE(a.fingerprint(), b.fingerprint());
        const TaskSpec c = TaskSpec::fromJson(QByteArray(minimal()).replace("shop", "shop2"));
        QVERIFY(a.fingerprint() != c.fingerprint());
    }
};

QTEST_GUILESS_MAIN(TstTaskSpec)
#include "tst_taskspec.moc"
