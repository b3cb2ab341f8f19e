// The RocketMQ and Function Compute clients against the vendors' SDK code running as loopback oracles
// (tests/oracles): records go through our clients and are read back exactly; ACL and FC signatures are
// checked by the SDKs' own signing code; failures come out as clear errors.
#include "common/Oracle.h"

#include "common/Error.h"
#include "sinks/fc/FcClient.h"
#include "sinks/formats/CanalJson.h"
#include "sinks/formats/DtsAvro.h"
#include "sinks/formats/SharePlexJson.h"
#include "sinks/rocketmq/MessageSink.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

using namespace dts;

namespace {

std::shared_ptr<TableShape> shapeOf(const QString &table)
{
    auto s = std::make_shared<TableShape>();
    s->database = QStringLiteral("shop");
    s->table = table;
    s->columns = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("data")};
    s->types = {3, 15, 252};
    s->metadata = {0, 128, 2};
    s->unsignedFlags = {false, false, false};
    s->mysqlTypes = {"int", "varchar(32)", "blob"};
    s->enumValues = s->setValues = {{}, {}, {}};
    s->primaryKey = {0};
    return s;
}

Value intVal(qint64 i) { Value v; v.kind = Value::Int; v.i = i; v.width = 4; return v; }
Value str(const QByteArray &b, bool binary = false) { Value v; v.kind = Value::String; v.text = b; v.binary = binary; return v; }

// A source stream: inserts and updates over three tables, keys reused so column hashing matters.
QList<ChangeEvent> stream(int n)
{
    QList<ChangeEvent> events;
    const auto shapes = QList{shapeOf(QStringLiteral("a")), shapeOf(QStringLiteral("b")), shapeOf(QStringLiteral("c"))};
    for (int i = 0; i < n; ++i) {
        ChangeEvent e;
        e.shape = shapes[i % 3];
        e.database = e.shape->database;
        e.table = e.shape->table;
        e.timestamp = 1700000000 + i;
        e.position.file = QStringLiteral("mysql-bin.000001");
        e.position.offset = quint64(1000 + i);
        const Row row{intVal(i % 7), str("name-" + QByteArray::number(i)), str(QByteArray("\x00\x01\xfe", 3) + QByteArray::number(i), true)};
        if (i % 4 == 3) {
            e.kind = ChangeEvent::Update;
            e.before = row;
            e.before[1] = str("before");
            e.after = row;
        } else {
            e.kind = ChangeEvent::Insert;
            e.after = row;
        }
        events << e;
    }
    return events;
}

QList<QJsonObject> readLines(const QString &file)
{
    QList<QJsonObject> out;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (!line.isEmpty())
            out << QJsonDocument::fromJson(line).object();
    }
    return out;
}

QByteArray withoutTs(QByteArray canal)
{
    QJsonObject o = QJsonDocument::fromJson(canal).object();
    o.remove(QStringLiteral("ts"));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

struct MqFixture {
    QTemporaryDir dir;
    std::unique_ptr<Oracle> oracle;
    explicit MqFixture(QJsonObject config = {})
    {
        config.insert(QStringLiteral("out"), dir.path());
        if (!config.contains(QStringLiteral("accessKey"))) {
            config.insert(QStringLiteral("accessKey"), QStringLiteral("test-ak"));
            config.insert(QStringLiteral("secretKey"), QStringLiteral("test-secret"));
        }
        if (!config.contains(QStringLiteral("topics")))
            config.insert(QStringLiteral("topics"), QJsonObject{{"orders", 4}, {"ddl", 1}});
        config.insert(QStringLiteral("requestLog"), dir.filePath(QStringLiteral("requests.log")));
        oracle = std::make_unique<Oracle>(QStringLiteral("rocketmq-oracle.js"), config);
    }
    rocketmq::ProducerOptions producer(const QByteArray &secret = "test-secret") const
    {
        rocketmq::ProducerOptions o;
        o.nameServer = oracle->value("nameServer");
        o.accessKey = QStringLiteral("test-ak");
        o.secret = secret;
        o.retryBackoffMs = 20;
        o.timeoutMs = 2000;
        return o;
    }
    // The send requests the broker stored, in order: "code/messages" each.
    QStringList requests() const
    {
        QStringList out;
        for (const QJsonObject &r : readLines(dir.filePath(QStringLiteral("requests.log"))))
            out << QStringLiteral("%1/%2").arg(r.value("code").toInt()).arg(r.value("messages").toInt());
        return out;
    }
    rocketmq::MessageQueue brokerQueue(int id) const
    {
        return {QStringLiteral("broker-a"), oracle->value("broker"), id};
    }
    QList<QJsonObject> queue(const QString &topic, int id) const
    {
        return readLines(dir.filePath(QString::fromLatin1(QUrl::toPercentEncoding(topic)) + '.' + QString::number(id) + QStringLiteral(".jsonl")));
    }
};

struct FcFixture {
    QTemporaryDir dir;
    std::unique_ptr<Oracle> oracle;
    explicit FcFixture(QJsonObject config = {})
    {
        config.insert(QStringLiteral("out"), dir.filePath(QStringLiteral("fc.jsonl")));
        config.insert(QStringLiteral("accessKeyId"), QStringLiteral("fc-ak"));
        config.insert(QStringLiteral("accessKeySecret"), QStringLiteral("fc-secret"));
        oracle = std::make_unique<Oracle>(QStringLiteral("fc-oracle.js"), config);
    }
    fc::FcOptions options(const QByteArray &secret = "fc-secret") const
    {
        fc::FcOptions o;
        o.endpoint = oracle->value("endpoint");
        o.accountId = QStringLiteral("123456");
        o.accessKeyId = QStringLiteral("fc-ak");
        o.secret = secret;
        o.service = QStringLiteral("svc");
        o.function = QStringLiteral("fn");
        o.retrySeconds = 3;
        o.backoffMs = 50;
        return o;
    }
    QList<QJsonObject> invocations() const { return readLines(dir.filePath(QStringLiteral("fc.jsonl"))); }
};

#define REQUIRE_ORACLE(f) QVERIFY2((f).oracle->error().isEmpty(), qPrintable((f).oracle->error()))

}  // namespace

class TestMqOracles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rocketMqRoundTrip_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("ordering");
        for (const char *format : {"canal-json", "dts-avro", "shareplex-json"})
            for (const char *ordering : {"single-queue", "table-hash", "column-hash"})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(format, ordering))) << QString::fromLatin1(format) << QString::fromLatin1(ordering);
    }
    void rocketMqRoundTrip()
    {
        QFETCH(QString, format);
        QFETCH(QString, ordering);
        MqFixture f;
        REQUIRE_ORACLE(f);
        rocketmq::Producer producer(f.producer());
        rocketmq::SinkOptions o;
        o.topic = QStringLiteral("orders");
        o.format = *rocketmq::formatFromName(format);
        o.ordering = *rocketmq::orderingFromName(ordering);
        o.serverId = 5;
        rocketmq::MessageSink sink(producer, o);
        const QList<ChangeEvent> events = stream(40);
        for (int i = 0; i < events.size(); ++i)
            sink.send(events[i], /*init*/ i < 10);
        sink.flush();
        QCOMPARE(sink.sent(), 40);

        // Read every queue back: each record where its ordering rule puts it, in source order, and equal
        // to what the format makes of the source event.
        QList<int> seen;
        QHash<QByteArray, int> queueOfKey;
        for (int q = 0; q < 4; ++q) {
            int last = 0;
            for (const QJsonObject &m : f.queue(QStringLiteral("orders"), q)) {
                QCOMPARE(m.value(QStringLiteral("producerGroup")).toString(), QStringLiteral("dts-producer-group"));
                QCOMPARE(m.value(QStringLiteral("brokerName")).toString(), QStringLiteral("broker-a"));
                const QByteArray body = QByteArray::fromBase64(m.value(QStringLiteral("body")).toString().toLatin1());
                // The record id is the 1-based send order: find it in the record itself.
                int seq = 0;
                QByteArray expected, actual;
                formats::RecordMeta meta;
                meta.serverId = 5;
                if (format == QLatin1String("canal-json")) {
                    seq = QJsonDocument::fromJson(body).object().value(QStringLiteral("id")).toInt();
                    meta.id = quint64(seq);
                    meta.init = seq <= 10;
                    expected = withoutTs(formats::canalJson(events[seq - 1], meta));
                    actual = withoutTs(body);
                } else if (format == QLatin1String("shareplex-json")) {
                    seq = QJsonDocument::fromJson(body).object().value(QStringLiteral("meta")).toObject().value(QStringLiteral("seq")).toInt();
                    meta.id = quint64(seq);
                    meta.init = seq <= 10;
                    expected = formats::sharePlexJson(events[seq - 1], meta);
                    actual = body;
                } else {
                    actual = formats::dtsAvroToJson(body);
                    const QRegularExpression idRe(QStringLiteral("\"id\": (\\d+),"));
                    seq = idRe.match(QString::fromUtf8(actual)).captured(1).toInt();
                    meta.id = quint64(seq);
                    meta.init = seq <= 10;
                    expected = formats::dtsAvro(events[seq - 1], meta);  // bytes: exact, no clock in the record
                    actual = body;
                }
                QVERIFY2(seq >= 1 && seq <= 40, actual.constData());
                QCOMPARE(actual, expected);
                QVERIFY2(seq > last, "a queue holds its records in source order");
                last = seq;
                seen << seq;
                const ChangeEvent &e = events[seq - 1];
                QCOMPARE(m.value(QStringLiteral("properties")).toObject().value(QStringLiteral("KEYS")).toString(), "shop." + e.table);
                QCOMPARE(sink.queueIndex(e, 4), q);
                const QByteArray key = ordering == QLatin1String("column-hash") ? e.table.toUtf8() + e.after[0].toText() : e.table.toUtf8();
                if (ordering != QLatin1String("single-queue"))
                    QCOMPARE(queueOfKey.value(key, q), q);  // the same table / key always lands on one queue
                queueOfKey.insert(key, q);
                if (ordering == QLatin1String("single-queue"))
                    QCOMPARE(q, 0);
            }
        }
        std::sort(seen.begin(), seen.end());
        QCOMPARE(seen.size(), 40);
        QCOMPARE(seen.front(), 1);
        QCOMPARE(seen.back(), 40);
        if (ordering != QLatin1String("single-queue")) {
            QSet<int> used;
            for (int id : queueOfKey)
                used << id;
            QVERIFY2(used.size() > 1, "hashing spreads the records over more than one queue");
        }
    }

    void rocketMqTopicsAndNamespace()
    {
        MqFixture f;
        REQUIRE_ORACLE(f);
        rocketmq::ProducerOptions po = f.producer();
        po.instanceId = QStringLiteral("MQ_INST_42_x");
        rocketmq::Producer producer(po);
        rocketmq::SinkOptions o;
        o.topic = QStringLiteral("orders");
        o.ddlTopic = QStringLiteral("ddl");
        o.ordering = rocketmq::Ordering::SingleQueue;
        rocketmq::MessageSink sink(producer, o);
        ChangeEvent ddl;
        ddl.kind = ChangeEvent::Ddl;
        ddl.database = QStringLiteral("shop");
        ddl.sql = "ALTER TABLE a ADD c INT";
        sink.send(ddl);
        sink.send(stream(1).first());
        const QList<QJsonObject> d = f.queue(QStringLiteral("MQ_INST_42_x%ddl"), 0);
        QCOMPARE(d.size(), 1);
        QCOMPARE(d[0].value(QStringLiteral("producerGroup")).toString(), QStringLiteral("MQ_INST_42_x%dts-producer-group"));
        QVERIFY(QByteArray::fromBase64(d[0].value(QStringLiteral("body")).toString().toLatin1()).contains("\"sql\":\"ALTER TABLE a ADD c INT\""));
        QCOMPARE(f.queue(QStringLiteral("MQ_INST_42_x%orders"), 0).size(), 1);
        // Mapping: table wins over database.
        o.topicMapping = {{"shop", "dbTopic"}, {"shop.b", "tableTopic"}};
        rocketmq::MessageSink mapped(producer, o);
        QCOMPARE(mapped.topicFor(QStringLiteral("shop"), QStringLiteral("b"), false), QStringLiteral("tableTopic"));
        QCOMPARE(mapped.topicFor(QStringLiteral("shop"), QStringLiteral("a"), false), QStringLiteral("dbTopic"));
        QCOMPARE(mapped.topicFor(QStringLiteral("other"), QStringLiteral("a"), false), QStringLiteral("orders"));
        QCOMPARE(mapped.topicFor(QStringLiteral("shop"), QString(), true), QStringLiteral("ddl"));
        // A topic the name server does not know.
        try {
            mapped.send(stream(1).first());
            QFAIL("a missing topic must fail");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Permanent);
            QVERIFY2(e.describe().contains(QLatin1String("MQ_INST_42_x%dbTopic")) && e.describe().contains(QLatin1String("does not exist")),
                     qPrintable(e.describe()));
        }
    }

    // A DDL naming one table goes with that table's rows (its mapped topic; table-hash: its queue;
    // column-hash: every queue); one naming no table goes by its database.
    void rocketMqDdlRouting()
    {
        MqFixture f({{"topics", QJsonObject{{"orders", 4}, {"tableTopic", 2}}}});
        REQUIRE_ORACLE(f);
        rocketmq::Producer producer(f.producer());
        auto ddl = [](const QByteArray &sql) {
            ChangeEvent e;
            e.kind = ChangeEvent::Ddl;
            e.database = QStringLiteral("shop");
            e.sql = sql;
            return e;
        };
        // Which queues of a topic hold a DDL containing `sql`.
        auto queuesWith = [&](const QString &topic, int queues, const QByteArray &sql) {
            QList<int> found;
            for (int q = 0; q < queues; ++q)
                for (const QJsonObject &m : f.queue(topic, q))
                    if (QByteArray::fromBase64(m.value(QStringLiteral("body")).toString().toLatin1()).contains(sql))
                        found << q;
            return found;
        };
        rocketmq::SinkOptions o;
        o.topic = QStringLiteral("orders");
        o.topicMapping = {{"shop.b", "tableTopic"}};
        o.ordering = rocketmq::Ordering::TableHash;
        rocketmq::MessageSink byTable(producer, o);
        const QList<ChangeEvent> rows = stream(3);  // shop.a, shop.b, shop.c
        byTable.send(ddl("ALTER TABLE a ADD x1 INT"));
        QCOMPARE(queuesWith(QStringLiteral("orders"), 4, "ADD x1"), QList<int>{byTable.queueIndex(rows[0], 4)});
        byTable.send(ddl("ALTER TABLE `b` ADD x2 INT"));
        QCOMPARE(queuesWith(QStringLiteral("tableTopic"), 2, "ADD x2"), QList<int>{byTable.queueIndex(rows[1], 2)});
        QVERIFY(queuesWith(QStringLiteral("orders"), 4, "ADD x2").isEmpty());
        // No table named: by database, whatever its tables' queues are.
        byTable.send(ddl("ALTER DATABASE shop CHARACTER SET utf8mb4"));
        const int byDb = int(rocketmq::orderingHash("shop.") % 4);
        QCOMPARE(queuesWith(QStringLiteral("orders"), 4, "ALTER DATABASE"), QList<int>{byDb});

        o.ordering = rocketmq::Ordering::ColumnHash;
        rocketmq::MessageSink byColumns(producer, o);
        byColumns.send(ddl("ALTER TABLE shop.c ADD x3 INT"));
        QCOMPARE(queuesWith(QStringLiteral("orders"), 4, "ADD x3"), (QList<int>{0, 1, 2, 3}));
        byColumns.send(ddl("RENAME TABLE a TO a_old, c TO a"));  // several tables: by database, once
        QCOMPARE(queuesWith(QStringLiteral("orders"), 4, "RENAME TABLE").size(), 1);
    }

    void rocketMqWrongSecret()
    {
        MqFixture f;
        REQUIRE_ORACLE(f);
        rocketmq::Producer producer(f.producer("not-the-secret"));
        try {
            producer.queues(QStringLiteral("orders"));
            QFAIL("a wrong secret must be refused");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Permanent);
            QVERIFY2(e.message().contains(QLatin1String("refused the credentials of AccessKey test-ak")) &&
                         e.message().contains(QLatin1String("Check signature failed")),
                     qPrintable(e.describe()));
            QVERIFY(!e.describe().contains(QLatin1String("not-the-secret")));
        }
    }

    void rocketMqLargeRecords()
    {
        MqFixture f;
        REQUIRE_ORACLE(f);
        rocketmq::Producer producer(f.producer());
        ChangeEvent big = stream(1).first();
        big.after[2] = str(QByteArray(4 * 1024 * 1024 + 1, 'x'), true);
        rocketmq::SinkOptions o;
        o.topic = QStringLiteral("orders");
        o.ordering = rocketmq::Ordering::SingleQueue;
        o.filterLargeRecords = true;
        rocketmq::MessageSink filtering(producer, o);
        filtering.send(big);
        filtering.send(stream(1).first());
        QCOMPARE(filtering.dropped(), 1);
        QCOMPARE(filtering.sent(), 1);
        const QStringList warnings = filtering.takeWarnings();
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings[0].contains(QLatin1String("shop.a")) && warnings[0].contains(QLatin1String("dropped")), qPrintable(warnings[0]));
        QCOMPARE(f.queue(QStringLiteral("orders"), 0).size(), 1);
        o.filterLargeRecords = false;
        rocketmq::MessageSink strict(producer, o);
        try {
            strict.send(big);
            QFAIL("a large record must fail the task when not filtered");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Permanent);
            QVERIFY2(e.object() == QLatin1String("shop.a") && e.message().contains(QLatin1String("larger than the 4194304-byte limit")),
                     qPrintable(e.describe()));
        }
        // Just under the limit goes through whole.
        ChangeEvent fits = stream(1).first();
        fits.after[2] = str(QByteArray(3 * 1024 * 1024, 'y'), true);
        strict.send(fits);
        const QList<QJsonObject> q = f.queue(QStringLiteral("orders"), 0);
        QCOMPARE(q.size(), 2);
        QVERIFY(QByteArray::fromBase64(q[1].value(QStringLiteral("body")).toString().toLatin1()).contains(QByteArray(3 * 1024 * 1024, 'y')));
    }

    void rocketMqBusyThenDown()
    {
        MqFixture f(QJsonObject{{"busyFirst", 2}});
        REQUIRE_ORACLE(f);
        rocketmq::Producer producer(f.producer());
        rocketmq::SinkOptions o;
        o.topic = QStringLiteral("orders");
        o.ordering = rocketmq::Ordering::SingleQueue;
        rocketmq::MessageSink sink(producer, o);
        sink.send(stream(1).first());  // SYSTEM_BUSY twice, then stored
        QCOMPARE(f.queue(QStringLiteral("orders"), 0).size(), 1);
        f.oracle->stop();
        try {
            sink.send(stream(1).first());
            QFAIL("sending to a stopped broker must fail");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Transient);
            QVERIFY2(e.message().contains(QLatin1String("after 3 attempts")), qPrintable(e.describe()));
        }
    }

    void rocketMqTpsLimit()
    {
        MqFixture f;
        REQUIRE_ORACLE(f);
        rocketmq::Producer producer(f.producer());
        rocketmq::SinkOptions o;
        o.topic = QStringLiteral("orders");
        o.tpsLimit = 20;
        rocketmq::MessageSink sink(producer, o);
        QElapsedTimer t;
        t.start();
        for (const ChangeEvent &e : stream(30))
            sink.send(e);
        QVERIFY2(t.elapsed() >= 1000, qPrintable(QString::number(t.elapsed())));  // 30 records at 20/s: ≥ 1 s after the first 20
    }

    // Consecutive messages for a queue go out as SEND_BATCH_MESSAGE within the count and byte limits, signed
    // over the batch body; the oracle decodes each batch into its messages, stored in order.
    void rocketMqBatches()
    {
        MqFixture f;
        REQUIRE_ORACLE(f);
        rocketmq::ProducerOptions po = f.producer();
        po.batchMessages = 5;
        rocketmq::Producer producer(po);
        const rocketmq::MessageQueue q2 = producer.queues(QStringLiteral("orders")).at(2);
        QList<rocketmq::Message> messages;
        for (int i = 0; i < 23; ++i)  // bodies with the property separators and NULs in them
            messages << rocketmq::Message{QByteArray("\x00\x01\x02 row ", 8) + QByteArray::number(i), {{"KEYS", "shop.a"}}};
        QList<qsizetype> ends;
        producer.sendInOrder(QStringLiteral("orders"), q2, messages, nullptr, [&](qsizetype end) { ends << end; });
        QCOMPARE(ends, (QList<qsizetype>{5, 10, 15, 20, 23}));
        QCOMPARE(f.requests(), (QStringList{"320/5", "320/5", "320/5", "320/5", "320/3"}));
        const QList<QJsonObject> stored = f.queue(QStringLiteral("orders"), 2);
        QCOMPARE(stored.size(), 23);
        QSet<QString> keys;
        for (int i = 0; i < 23; ++i) {
            QCOMPARE(QByteArray::fromBase64(stored[i].value("body").toString().toLatin1()), messages[i].body);
            const QJsonObject props = stored[i].value("properties").toObject();
            QCOMPARE(props.value("KEYS").toString(), QStringLiteral("shop.a"));
            QCOMPARE(props.value("WAIT").toString(), QStringLiteral("true"));
            keys << props.value("UNIQ_KEY").toString();
        }
        QCOMPARE(keys.size(), 23);

        // The byte limit: 300-byte bodies with ~64 bytes of properties, 1024 bytes a batch → two a batch; a
        // batch of one is a plain SEND_MESSAGE_V2.
        po.batchMessages = 100;
        po.batchBytes = 1024;
        rocketmq::Producer bySize(po);
        QList<rocketmq::Message> large;
        for (int i = 0; i < 7; ++i)
            large << rocketmq::Message{QByteArray(300, char('a' + i)), {{"KEYS", "shop.b"}}};
        bySize.sendInOrder(QStringLiteral("orders"), q2, large, nullptr);
        QCOMPARE(f.requests().mid(5), (QStringList{"320/2", "320/2", "320/2", "310/1"}));
        const QList<QJsonObject> after = f.queue(QStringLiteral("orders"), 2);
        QCOMPARE(after.size(), 30);
        for (int i = 0; i < 7; ++i)
            QCOMPARE(QByteArray::fromBase64(after[23 + i].value("body").toString().toLatin1()), large[i].body);
    }

    // A busy broker gets the same batch again, whole (stored once here: busy answers store nothing); a wrong
    // secret and a batch over the broker's maxMessageSize are clear permanent errors.
    void rocketMqBatchFailures()
    {
        MqFixture f(QJsonObject{{"busyFirst", 1}, {"maxMessageSize", 2000}});
        REQUIRE_ORACLE(f);
        QList<rocketmq::Message> four;
        for (int i = 0; i < 4; ++i)
            four << rocketmq::Message{"m" + QByteArray::number(i), {{"KEYS", "shop.a"}}};
        rocketmq::Producer producer(f.producer());
        producer.sendInOrder(QStringLiteral("orders"), f.brokerQueue(1), four, nullptr);
        QCOMPARE(f.requests(), QStringList{"320/4"});
        QCOMPARE(f.queue(QStringLiteral("orders"), 1).size(), 4);

        rocketmq::Producer wrong(f.producer("not-the-secret"));
        try {
            wrong.sendInOrder(QStringLiteral("orders"), f.brokerQueue(1), four, nullptr);
            QFAIL("a batch signed with a wrong secret must be refused");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Permanent);
            QVERIFY2(e.message().contains(QLatin1String("Check signature failed")) &&
                         e.object().contains(QLatin1String("a batch of 4 messages")), qPrintable(e.describe()));
        }

        QList<rocketmq::Message> big;
        for (int i = 0; i < 10; ++i)
            big << rocketmq::Message{QByteArray(300, 'x'), {{"KEYS", "shop.a"}}};
        QList<qsizetype> ends;
        try {
            producer.sendInOrder(QStringLiteral("orders"), f.brokerQueue(1), big, nullptr, [&](qsizetype end) { ends << end; });
            QFAIL("a batch over the broker's limit must fail");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Permanent);
            QVERIFY2(e.fix().contains(QLatin1String("batch.maxBytes")), qPrintable(e.describe()));
        }
        QVERIFY(ends.isEmpty());
        QCOMPARE(f.queue(QStringLiteral("orders"), 1).size(), 4);
    }

    // The oracle checks a batch body the way a broker decodes it: a frame that does not add up is refused
    // (MESSAGE_ILLEGAL) and nothing of it is stored.
    void rocketMqOracleRefusesBadBatch()
    {
        MqFixture f;
        REQUIRE_ORACLE(f);
        auto sendRaw = [&](const QByteArray &body, const QString &batchFlag) {
            rocketmq::Command c;
            c.code = rocketmq::SendBatchMessage;
            c.opaque = 7;
            c.extFields = {{"a", "g"}, {"b", "orders"}, {"c", "TBW102"}, {"d", "4"}, {"e", "0"}, {"f", "0"}, {"g", "1"}, {"h", "0"},
                           {"i", "WAIT\x01true\x02"}, {"j", "0"}, {"k", "false"}, {"l", "16"}, {"m", batchFlag}, {"n", "broker-a"}};
            c.body = body;
            rocketmq::signCommand(c, QStringLiteral("test-ak"), "test-secret");
            QTcpSocket s;
            const QString addr = f.oracle->value("broker");
            s.connectToHost(addr.section(':', 0, 0), quint16(addr.section(':', 1).toUInt()));
            if (!s.waitForConnected(2000))
                return rocketmq::Command{};
            s.write(c.encode());
            QByteArray in;
            while ((in.size() < 4 || in.size() < 4 + qFromBigEndian<qint32>(in.constData())) && s.waitForReadyRead(2000))
                in += s.readAll();
            return rocketmq::Command::decode(in.mid(4), addr);
        };
        const QList<rocketmq::Message> two{{"a", rocketmq::sendProperties({})}, {"b", rocketmq::sendProperties({})}};
        QByteArray sizeWrong = rocketmq::encodeBatch(two);
        sizeWrong[3] = char(sizeWrong[3] + 1);
        rocketmq::Command r = sendRaw(sizeWrong, QStringLiteral("true"));
        QCOMPARE(r.code, int(rocketmq::MessageIllegal));
        QVERIFY2(r.remark.contains(QLatin1String("total size")), qPrintable(r.remark));
        r = sendRaw(rocketmq::encodeBatch(two).chopped(1), QStringLiteral("true"));
        QCOMPARE(r.code, int(rocketmq::MessageIllegal));
        r = sendRaw(rocketmq::encodeBatch({{"a", {{"KEYS", "x"}}}}), QStringLiteral("true"));  // no UNIQ_KEY
        QCOMPARE(r.code, int(rocketmq::MessageIllegal));
        r = sendRaw(rocketmq::encodeBatch(two), QStringLiteral("false"));
        QCOMPARE(r.code, int(rocketmq::MessageIllegal));
        QVERIFY(f.queue(QStringLiteral("orders"), 0).isEmpty());
        r = sendRaw(rocketmq::encodeBatch(two), QStringLiteral("true"));  // the same, well formed
        QCOMPARE(r.code, int(rocketmq::Success));
        QCOMPARE(r.extFields.value("queueOffset"), QStringLiteral("0"));
        QCOMPARE(r.extFields.value("msgId").split(',').size(), 2);
        QCOMPARE(f.queue(QStringLiteral("orders"), 0).size(), 2);
    }

    void fcBatches()
    {
        FcFixture f;
        REQUIRE_ORACLE(f);
        fc::FcClient client(f.options());
        fc::BatchOptions b;
        b.maxRecords = 100;
        fc::FcSink sink(client, b);
        const QList<ChangeEvent> events = stream(250);
        for (const ChangeEvent &e : events)
            sink.send(e, true);
        sink.flush();
        const QList<QJsonObject> calls = f.invocations();
        QCOMPARE(calls.size(), 3);
        QCOMPARE(calls[0].value(QStringLiteral("path")).toString(), QStringLiteral("/2016-08-15/services/svc.LATEST/functions/fn/invocations"));
        QCOMPARE(calls[0].value(QStringLiteral("accountId")).toString(), QStringLiteral("123456"));
        int n = 0;
        for (const QJsonObject &c : calls)
            for (const QJsonValue &r : c.value(QStringLiteral("records")).toArray()) {
                formats::RecordMeta meta;
                meta.id = quint64(n + 1);
                meta.init = true;
                QCOMPARE(withoutTs(QJsonDocument(r.toObject()).toJson(QJsonDocument::Compact)), withoutTs(formats::canalJson(events[n], meta)));
                ++n;
            }
        QCOMPARE(n, 250);
        QCOMPARE(calls[2].value(QStringLiteral("records")).toArray().size(), 50);
    }

    void fcBytesAndTime()
    {
        FcFixture f;
        REQUIRE_ORACLE(f);
        fc::FcClient client(f.options());
        fc::BatchOptions b;
        b.maxBytes = 2000;
        b.maxMillis = 200;
        fc::FcSink sink(client, b);
        for (const ChangeEvent &e : stream(20))
            sink.send(e);
        const int byBytes = int(f.invocations().size());
        QVERIFY2(byBytes >= 3, qPrintable(QString::number(byBytes)));
        for (const QJsonObject &c : f.invocations())
            QVERIFY(QJsonDocument(QJsonObject{{"Records", c.value(QStringLiteral("records"))}}).toJson(QJsonDocument::Compact).size() <= 2000);
        sink.flush();
        const int before = int(f.invocations().size());
        sink.send(stream(1).first());
        sink.poll();
        QCOMPARE(int(f.invocations().size()), before);  // younger than maxMillis: waits
        QTest::qWait(250);
        sink.poll();
        QCOMPARE(int(f.invocations().size()), before + 1);
    }

    // What the change sink relies on to batch across transactions: a count limit sends at once
    // (flushIfFull), a younger batch stays pending and says when it is due (dueInMs).
    void fcCountAndDue()
    {
        FcFixture f;
        REQUIRE_ORACLE(f);
        fc::FcClient client(f.options());
        fc::BatchOptions b;
        b.maxRecords = 3;
        b.maxMillis = 5000;
        fc::FcSink sink(client, b);
        const QList<ChangeEvent> events = stream(4);
        QCOMPARE(sink.dueInMs(), 0);  // nothing pending
        for (int i = 0; i < 2; ++i) {
            sink.send(events[i]);
            sink.flushIfFull();
        }
        QCOMPARE(sink.pending(), 2);
        QVERIFY2(sink.dueInMs() > 4000 && sink.dueInMs() <= 5000, qPrintable(QString::number(sink.dueInMs())));
        sink.poll();
        QVERIFY(f.invocations().isEmpty());
        sink.send(events[2]);
        sink.flushIfFull();  // the third record fills the batch
        QCOMPARE(sink.pending(), 0);
        QCOMPARE(f.invocations().size(), 1);
        QCOMPARE(f.invocations()[0].value(QStringLiteral("records")).toArray().size(), 3);
        sink.send(events[3]);
        sink.flushIfFull();
        QCOMPARE(sink.pending(), 1);
        QCOMPARE(f.invocations().size(), 1);
    }

    void fcFailures()
    {
        {
            FcFixture f;
            REQUIRE_ORACLE(f);
            fc::FcClient client(f.options("wrong"));
            try {
                client.invoke("{\"Records\":[]}");
                QFAIL("a wrong secret must be refused");
            } catch (const Error &e) {
                QCOMPARE(e.kind(), ErrorKind::Permanent);
                QVERIFY2(e.message().contains(QLatin1String("refused the credentials of AccessKey fc-ak")), qPrintable(e.describe()));
            }
        }
        {
            FcFixture f(QJsonObject{{"failFirst", 2}, {"failStatus", 429}});
            REQUIRE_ORACLE(f);
            fc::FcClient client(f.options());
            client.invoke("{\"Records\":[{\"x\":1}]}");
            QCOMPARE(f.invocations().size(), 1);
        }
        {
            FcFixture f(QJsonObject{{"functionError", true}});
            REQUIRE_ORACLE(f);
            fc::FcClient client(f.options());
            try {
                client.invoke("{\"Records\":[]}");
                QFAIL("a function error must be reported");
            } catch (const Error &e) {
                QCOMPARE(e.kind(), ErrorKind::Permanent);
                QVERIFY2(e.message().contains(QLatin1String("UnhandledInvocationError")) &&
                             e.message().contains(QLatin1String("oracle handler threw: bad record")),
                         qPrintable(e.describe()));
            }
        }
        {
            FcFixture f;
            REQUIRE_ORACLE(f);
            fc::FcClient client(f.options());
            fc::FcSink sink(client, {});
            ChangeEvent big = stream(1).first();
            big.after[1] = str(QByteArray(16 * 1024 * 1024, 'z'));
            try {
                sink.send(big);
                QFAIL("a record over 16 MB must fail");
            } catch (const Error &e) {
                QVERIFY2(e.object() == QLatin1String("shop.a") && e.message().contains(QLatin1String("request limit")), qPrintable(e.describe()));
            }
            f.oracle->stop();
            QElapsedTimer t;
            t.start();
            try {
                client.invoke("{\"Records\":[]}");
                QFAIL("a stopped endpoint must fail");
            } catch (const Error &e) {
                QCOMPARE(e.kind(), ErrorKind::Transient);
                QVERIFY2(e.message().contains(QLatin1String("gave up after")), qPrintable(e.describe()));
                QVERIFY(t.elapsed() >= 1000);  // it did retry
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMqOracles)
#include "tst_mqoracles.moc"
