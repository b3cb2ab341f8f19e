// The task file's Tablestore destination: every field read, each bad value named by its JSON path with
// what to do, secrets from variables, and never saved in a task file written without secrets.
#include "common/Error.h"
#include "sinks/tablestore/TablestoreOptions.h"
#include "task/TaskSpec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace dts;
using namespace dts::ots;

namespace {

QJsonObject full()
{
    return QJsonObject{{"engine", "tablestore"}, {"region", "cn-hangzhou"}, {"instance", "my-inst1"},
                       {"accessKeyId", "LTAIak"}, {"accessKeySecret", "s3cret"}, {"stsToken", "tok"},
                       {"writeMode", "update"}, {"batchMode", "bulk-import"}, {"queueSize", 500}, {"threads", 3},
                       {"concurrency", 6}, {"buckets", 5}, {"dirtyData", "skip"},
                       {"tables", QJsonObject{{"shop.orders", QJsonObject{{"primaryKey", QJsonArray{"id", "sku"}},
                                                                         {"types", QJsonObject{{"price", "DOUBLE"}}}}}}}};
}

QByteArray taskWith(const QJsonObject &destination)
{
    const QJsonObject task{{"version", 1}, {"name", "t"},
                           {"source", QJsonObject{{"host", "127.0.0.1"}, {"user", "u"}, {"password", "p"}}},
                           {"destination", destination},
                           {"objects", QJsonArray{QJsonObject{{"database", "shop"}}}}};
    return QJsonDocument(task).toJson();
}

}  // namespace

class TablestoreOptionsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyField()
    {
        const Options o = parseOptions(full());
        QCOMPARE(o.client.resolvedEndpoint(), QStringLiteral("https://my-inst1.cn-hangzhou.ots.aliyuncs.com"));
        QCOMPARE(o.client.accessKeySecret, QStringLiteral("s3cret"));
        QCOMPARE(o.client.stsToken, QStringLiteral("tok"));
        QCOMPARE(o.writer.writeMode, WriteMode::Update);
        QCOMPARE(o.writer.batchMode, BatchMode::BulkImport);
        QCOMPARE(o.writer.dirtyData, DirtyData::Skip);
        QCOMPARE(o.queueSize, 500);
        QCOMPARE(o.writer.threads, 3);
        QCOMPARE(o.writer.concurrency, 6);
        QCOMPARE(o.writer.buckets, 5);
        QCOMPARE(o.tables.value("shop.orders").primaryKey, QStringList({"id", "sku"}));
        QCOMPARE(o.tables.value("shop.orders").types.value("price"), QStringLiteral("DOUBLE"));
    }

    void defaults()
    {
        const Options o = parseOptions({{"engine", "tablestore"}, {"endpoint", "http://127.0.0.1:8080/"}, {"instance", "inst"},
                                        {"accessKeyId", "a"}, {"accessKeySecret", "b"}});
        QCOMPARE(o.client.resolvedEndpoint(), QStringLiteral("http://127.0.0.1:8080"));
        QCOMPARE(o.writer.writeMode, WriteMode::Overwrite);
        QCOMPARE(o.writer.batchMode, BatchMode::BatchWriteRow);
        QCOMPARE(o.writer.dirtyData, DirtyData::Block);
        QCOMPARE(o.queueSize, 1024);
        QCOMPARE(o.writer.buckets, 8);
        QCOMPARE(o.writer.concurrency, 8);
    }

    void problemsNamedByPath_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("writeMode") << "writeMode" << QJsonValue("replace") << "$.destination.writeMode: \"replace\" is not one of: overwrite, update";
        QTest::newRow("batchMode") << "batchMode" << QJsonValue("bulk") << "$.destination.batchMode: \"bulk\" is not one of";
        QTest::newRow("dirtyData") << "dirtyData" << QJsonValue("ignore") << "$.destination.dirtyData: \"ignore\" is not one of: block, skip";
        QTest::newRow("queueSize") << "queueSize" << QJsonValue(0) << "$.destination.queueSize: 0 is out of range";
        QTest::newRow("threads") << "threads" << QJsonValue(2.5) << "$.destination.threads: must be a whole number";
        QTest::newRow("buckets > concurrency") << "buckets" << QJsonValue(9) << "$.destination.buckets: 9 buckets exceed the concurrency 6";
        QTest::newRow("instance") << "instance" << QJsonValue("1-bad") << "$.destination.instance: \"1-bad\" is not a Tablestore instance name";
        QTest::newRow("endpoint") << "endpoint" << QJsonValue("ftp://x") << "$.destination.endpoint: \"ftp://x\" is not an http(s) URL";
        QTest::newRow("unknown key") << "acessKeyId" << QJsonValue("x") << "$.destination.acessKeyId: unknown key";
        QTest::newRow("table name") << "tables" << QJsonValue(QJsonObject{{"orders", QJsonObject{}}}) << "$.destination.tables.\"orders\": name the source table as \"database.table\"";
        QTest::newRow("5 key columns") << "tables"
                                       << QJsonValue(QJsonObject{{"a.b", QJsonObject{{"primaryKey", QJsonArray{"a", "b", "c", "d", "e"}}}}})
                                       << "$.destination.tables.\"a.b\".primaryKey: must list 1 to 4 column names";
        QTest::newRow("type") << "tables" << QJsonValue(QJsonObject{{"a.b", QJsonObject{{"types", QJsonObject{{"x", "FLOAT"}}}}}})
                              << "$.destination.tables.\"a.b\".types.x: \"FLOAT\" is not a Tablestore type: use INTEGER, DOUBLE";
    }
    void problemsNamedByPath()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject d = full();
        d[key] = value;
        const QStringList problems = validateOptions(d);
        QVERIFY2(problems.size() == 1 && problems[0].startsWith(expected), qPrintable(problems.join('\n')));
        // The task file reports it with the others, by path.
        try {
            TaskSpec::fromJson(taskWith(d), "task.json");
            QFAIL("an invalid destination passed");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(expected), qPrintable(e.describe()));
            QVERIFY2(!e.describe().contains("s3cret"), "the secret is in the message");
        }
    }

    void secretsFromVariablesAndNeverSaved()
    {
        QJsonObject d = full();
        d.remove("accessKeySecret");
        d.remove("stsToken");
        d["accessKeySecretEnv"] = "DTS_TEST_OTS_SECRET";
        d["stsTokenEnv"] = "DTS_TEST_OTS_TOKEN";
        QStringList problems = validateOptions(d);
        QVERIFY2(problems.size() == 2 && problems[0].contains("DTS_TEST_OTS_SECRET is not set"), qPrintable(problems.join('\n')));
        qputenv("DTS_TEST_OTS_SECRET", "from-env");
        qputenv("DTS_TEST_OTS_TOKEN", "tok-env");
        const Options o = parseOptions(d);
        QCOMPARE(o.client.accessKeySecret, QStringLiteral("from-env"));
        QCOMPARE(o.client.stsToken, QStringLiteral("tok-env"));
        d["accessKeySecret"] = "x";
        problems = validateOptions(d);
        QVERIFY2(problems.size() == 1 && problems[0].contains("not both"), qPrintable(problems.join('\n')));

        QJsonObject missing = full();
        missing.remove("accessKeySecret");
        problems = validateOptions(missing);
        QVERIFY2(problems.size() == 1 && problems[0].startsWith("$.destination.accessKeySecret: missing"), qPrintable(problems.join('\n')));

        const TaskSpec t = TaskSpec::fromJson(taskWith(full()), "task.json");
        const QByteArray saved = QJsonDocument(t.toJson(false)).toJson();
        QVERIFY2(!saved.contains("s3cret") && !saved.contains("\"tok\""), saved.constData());
        QVERIFY(saved.contains("LTAIak"));
        // Saved without secrets and read again with the secret from a variable: the same settings.
        QJsonObject again = t.toJson(false).value("destination").toObject();
        again["accessKeySecretEnv"] = "DTS_TEST_OTS_SECRET";
        QCOMPARE(parseOptions(again).writer.buckets, 5);
    }

    // Tuning a task (concurrency, buckets, dirty data policy …) keeps its progress; another instance does not.
    void fingerprintIgnoresTuning()
    {
        const QString base = TaskSpec::fromJson(taskWith(full()), "task.json").fingerprint();
        QJsonObject tuned = full();
        tuned["concurrency"] = 12;
        tuned["buckets"] = 12;
        tuned["threads"] = 8;
        tuned["queueSize"] = 4096;
        tuned["batchMode"] = "batch-write-row";
        tuned["dirtyData"] = "block";
        QCOMPARE(TaskSpec::fromJson(taskWith(tuned), "task.json").fingerprint(), base);
        QJsonObject other = full();
        other["instance"] = "other-inst";
        QVERIFY(TaskSpec::fromJson(taskWith(other), "task.json").fingerprint() != base);
    }
};

QTEST_GUILESS_MAIN(TablestoreOptionsTest)
#include "tst_tablestoreoptions.moc"
