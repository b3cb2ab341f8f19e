// The task-file fields of the RocketMQ and Function Compute destinations: every field read, every bad value
// reported with its JSON path, secrets from …Env variables and never written back by a save.
#include "common/Error.h"
#include "sinks/fc/FcDestination.h"
#include "sinks/rocketmq/RocketMqDestination.h"
#include "task/TaskSpec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace dts;

namespace {

QByteArray taskWith(const QJsonObject &destination)
{
    const QJsonObject task{{"version", 1}, {"name", "t"}, {"source", QJsonObject{{"host", "h"}, {"user", "u"}, {"password", "p"}}},
                           {"destination", destination}, {"objects", QJsonArray{QJsonObject{{"database", "shop"}}}}};
    return QJsonDocument(task).toJson();
}

QString problemsOf(const QJsonObject &destination)
{
    try {
        TaskSpec::fromJson(taskWith(destination));
        return {};
    } catch (const Error &e) {
        return e.describe();
    }
}

}  // namespace

class MqTaskFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rocketMqFields()
    {
        qputenv("DTS_TEST_MQ_SK", "from-env");
        const QJsonObject d{{"engine", "rocketmq"}, {"version", "4"}, {"nameServer", "http://MQ_INST_1_x.mq.aliyuncs.com:80"},
                            {"accessKeyId", "ak"}, {"accessKeySecretEnv", "DTS_TEST_MQ_SK"}, {"topic", "t1"}, {"ddlTopic", "ddl"},
                            {"producerGroup", "g"}, {"format", "dts-avro"}, {"syncAllFields", true}, {"ordering", "column-hash"},
                            {"partitionKeys", QJsonObject{{"shop.a", QJsonArray{"k"}}}}, {"tpsLimit", 500},
                            {"filterLargeRecords", false}, {"topicMapping", QJsonObject{{"shop", "t2"}, {"shop.a", "t3"}}},
                            {"batch", QJsonObject{{"maxMessages", 32}, {"maxBytes", 65536}}}};
        QCOMPARE(problemsOf(d), QString());
        QStringList problems;
        const rocketmq::RocketMqConfig c = rocketmq::parseRocketMq(d, problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(c.producer.secret, QByteArray("from-env"));
        QCOMPARE(c.producer.producerGroup, QStringLiteral("g"));
        QCOMPARE(c.sink.format, rocketmq::Format::DtsAvro);
        QCOMPARE(c.sink.ordering, rocketmq::Ordering::ColumnHash);
        QCOMPARE(c.sink.partitionKeys.value("shop.a"), QStringList{"k"});
        QCOMPARE(c.sink.tpsLimit, 500.0);
        QCOMPARE(c.producer.batchMessages, 32);
        QCOMPARE(c.producer.batchBytes, qint64(65536));
        QVERIFY(!c.sink.filterLargeRecords && c.sink.syncAllFields);
        QStringList topics = c.topics();
        topics.sort();
        QCOMPARE(topics, (QStringList{"ddl", "t1", "t2", "t3"}));
        // Defaults.
        const rocketmq::RocketMqConfig m = rocketmq::parseRocketMq({{"engine", "rocketmq"}, {"nameServer", "h:9876"}, {"topic", "t"}}, problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(m.producer.producerGroup, QStringLiteral("dts-producer-group"));
        QCOMPARE(m.sink.ordering, rocketmq::Ordering::TableHash);
        QCOMPARE(m.sink.format, rocketmq::Format::CanalJson);
        QVERIFY(m.sink.filterLargeRecords);
        QCOMPARE(m.producer.batchMessages, 256);
        QCOMPARE(m.producer.batchBytes, qint64(1024 * 1024));

        // A save keeps the variable's name, never the secret.
        QJsonObject withSecret = d;
        withSecret.remove("accessKeySecretEnv");
        withSecret.insert("accessKeySecret", "plain-secret");
        const TaskSpec t = TaskSpec::fromJson(taskWith(withSecret));
        QVERIFY(!QJsonDocument(t.toJson(false)).toJson().contains("plain-secret"));
        QVERIFY(QJsonDocument(TaskSpec::fromJson(taskWith(d)).toJson(false)).toJson().contains("DTS_TEST_MQ_SK"));
    }

    void rocketMqProblems_data()
    {
        QTest::addColumn<QJsonObject>("destination");
        QTest::addColumn<QString>("expected");
        const QJsonObject base{{"engine", "rocketmq"}, {"nameServer", "h:9876"}, {"topic", "t"}};
        auto with = [&](const char *k, const QJsonValue &v) { QJsonObject o = base; o.insert(QLatin1String(k), v); return o; };
        auto without = [&](const char *k) { QJsonObject o = base; o.remove(QLatin1String(k)); return o; };
        QTest::newRow("topic") << without("topic") << "$.destination.topic: missing";
        QTest::newRow("nameServer") << without("nameServer") << "$.destination.nameServer: missing";
        QTest::newRow("format") << with("format", "json") << "$.destination.format: \"json\" is not one of";
        QTest::newRow("ordering") << with("ordering", "random") << "$.destination.ordering: \"random\" is not one of";
        QTest::newRow("tps") << with("tpsLimit", -1) << "$.destination.tpsLimit: -1 is out of range";
        QTest::newRow("typo") << with("topik", "x") << "$.destination.topik: unknown key";
        QTest::newRow("secret") << with("accessKeyId", "ak") << "$.destination.accessKeySecret: missing";
        QTest::newRow("env") << with("accessKeySecretEnv", "DTS_TEST_UNSET_VARIABLE") << "environment variable DTS_TEST_UNSET_VARIABLE is not set";
        QJsonObject v5 = with("version", "5");
        v5.insert("accessKeyId", "ak");
        QTest::newRow("v4 key in v5") << v5 << "$.destination.accessKeyId: belongs to version 4";
        QTest::newRow("mapping") << with("topicMapping", QJsonObject{{"a.b.c", "t"}}) << "$.destination.topicMapping.a.b.c: name a database";
        QTest::newRow("keys need column-hash") << with("partitionKeys", QJsonObject{{"shop.a", QJsonArray{"k"}}})
                                               << "$.destination.partitionKeys: only used with";
        QTest::newRow("topic name") << with("topic", "bad topic") << "is not a valid topic name";
        QTest::newRow("batch bytes") << with("batch", QJsonObject{{"maxBytes", 4 * 1024 * 1024}})
                                     << "$.destination.batch.maxBytes: 4.1943e+06 is out of range";
        QTest::newRow("batch key") << with("batch", QJsonObject{{"maxRecords", 10}}) << "$.destination.batch.maxRecords: unknown key";
        QTest::newRow("batch count") << with("batch", QJsonObject{{"maxMessages", 0}}) << "$.destination.batch.maxMessages: 0 is out of range";
    }
    void rocketMqProblems()
    {
        QFETCH(QJsonObject, destination);
        QFETCH(QString, expected);
        const QString problems = problemsOf(destination);
        QVERIFY2(problems.contains(expected), qPrintable(problems));
    }

    void functionComputeFields()
    {
        QJsonObject d{{"engine", "function-compute"}, {"accountId", "123456"}, {"region", "cn-shanghai"}, {"accessKeyId", "ak"},
                      {"accessKeySecret", "sk"}, {"service", "svc"}, {"function", "fn"}, {"qualifier", "prod"},
                      {"batch", QJsonObject{{"maxRecords", 10}, {"maxBytes", 65536}, {"maxMillis", 100}}}};
        QCOMPARE(problemsOf(d), QString());
        QStringList problems;
        const fc::FcConfig c = fc::parseFc(d, problems);
        QCOMPARE(c.batch.maxRecords, 10);
        QCOMPARE(c.batch.maxBytes, qint64(65536));
        QCOMPARE(c.batch.maxMillis, 100);
        QCOMPARE(fc::FcClient(c.client).url(),
                 QStringLiteral("https://123456.cn-shanghai.fc.aliyuncs.com/2016-08-15/services/svc.prod/functions/fn/invocations"));
        QVERIFY(!QJsonDocument(TaskSpec::fromJson(taskWith(d)).toJson(false)).toJson().contains("\"sk\""));

        d.remove("accessKeySecret");
        d.insert("format", "dts-avro");
        d.insert("batch", QJsonObject{{"maxBytes", 32 * 1024 * 1024}});
        d.insert("function", "bad/name");
        const QString p = problemsOf(d);
        for (const char *e : {"$.destination.accessKeySecret: missing", "$.destination.format: \"dts-avro\" is not one of: canal-json",
                              "$.destination.batch.maxBytes: 3.35544e+07 is out of range", "$.destination.function: \"bad/name\" is not a valid name"})
            QVERIFY2(p.contains(QLatin1String(e)), qPrintable(p));
    }
};

QTEST_GUILESS_MAIN(MqTaskFile)
#include "tst_mqtaskfile.moc"
