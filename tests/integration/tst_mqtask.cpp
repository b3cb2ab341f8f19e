// Whole tasks into the RocketMQ and Function Compute oracles (tests/oracles, the vendors' SDK code): a real
// sandbox source, full data and incremental changes with writes going on during the run, through TaskRunner
// and the dts binary. What the oracle holds is decoded and replayed; the result must equal the source row
// for row, and each queue must hold each row's changes in source order.
#include "common/Oracle.h"
#include "common/Sandbox.h"

#include "pipeline/TaskRunner.h"
#include "precheck/PrecheckRunner.h"
#include "sinks/rocketmq/MessageSink.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QtTest>
#include <atomic>
#include <thread>

using namespace dts;
using namespace dts::test;

namespace {

const char *const kSourceColumns = "CAST(id AS CHAR), name, amount, HEX(data), ts, e, flags, CAST(b + 0 AS CHAR), CAST(v AS CHAR)";
const QStringList kColumns = {"id", "name", "amount", "data", "ts", "e", "flags", "b", "v"};

// One row as text, the same whether it comes from the source or from a Canal record.
QString sourceRow(const SqlRow &r)
{
    QStringList cells;
    for (const QVariant &v : r)
        cells << (v.isNull() ? QStringLiteral("NULL") : QString::fromUtf8(v.toByteArray()));
    return cells.join('|');
}

QString canalRow(const QJsonObject &data)
{
    QStringList cells;
    for (const QString &c : kColumns) {
        const QJsonValue v = data.value(c);
        if (v.isNull() || v.isUndefined())
            cells << QStringLiteral("NULL");
        else if (c == QLatin1String("data"))
            cells << QString::fromLatin1(v.toString().toLatin1().toHex().toUpper());  // binary as ISO-8859-1
        else
            cells << v.toString();
    }
    return cells.join('|');
}

struct Record {
    QString type, table, key, row;
    int v = -1;
    QJsonObject json;
};

Record fromCanal(const QJsonObject &o)
{
    Record r;
    r.json = o;
    r.type = o.value(QStringLiteral("type")).toString();
    r.table = o.value(QStringLiteral("database")).toString() + '.' + o.value(QStringLiteral("table")).toString();
    if (r.type == QLatin1String("DDL"))
        return r;
    const QJsonObject data = o.value(QStringLiteral("data")).toArray().first().toObject();
    r.key = r.table + ':' + data.value(QStringLiteral("id")).toString();
    r.row = canalRow(data);
    r.v = data.value(QStringLiteral("v")).toString().toInt();
    return r;
}

// Replays records in order onto a key → row map.
void replay(QMap<QString, QString> &state, const QList<Record> &records)
{
    for (const Record &r : records) {
        if (r.type == QLatin1String("DELETE"))
            state.remove(r.key);
        else if (!r.key.isEmpty())
            state.insert(r.key, r.row);
    }
}

QList<QJsonObject> jsonLines(const QString &file)
{
    QList<QJsonObject> out;
    QFile f(file);
    if (f.open(QIODevice::ReadOnly))
        while (!f.atEnd())
            if (const QByteArray line = f.readLine().trimmed(); !line.isEmpty())
                out << QJsonDocument::fromJson(line).object();
    return out;
}

}  // namespace

class MqTask : public QObject {
    Q_OBJECT
    std::unique_ptr<LocalServer> m_source;
    std::unique_ptr<Connection> m_conn;
    int m_nextId = 1;

    QMap<QString, QString> sourceState()
    {
        QMap<QString, QString> s;
        for (const QString &t : {QStringLiteral("orders"), QStringLiteral("items")})
            for (const SqlRow &r : m_conn->query(QStringLiteral("SELECT %1 FROM shop.%2").arg(QLatin1String(kSourceColumns), t)).rows)
                s.insert(QStringLiteral("shop.") + t + ':' + r.value(0).toString(), sourceRow(r));
        return s;
    }

    void reset()
    {
        m_conn->exec(QStringLiteral("DROP DATABASE IF EXISTS shop"));
        m_conn->exec(QStringLiteral("CREATE DATABASE shop"));
        for (const char *t : {"orders", "items"})
            m_conn->exec(QStringLiteral("CREATE TABLE shop.%1 (id INT PRIMARY KEY, name VARCHAR(32), amount DECIMAL(10,2), data BLOB, "
                                        "ts TIMESTAMP(3) NULL, e ENUM('a','b','c'), flags SET('x','y'), b BIT(5), v INT NOT NULL)")
                             .arg(QLatin1String(t)));
        m_nextId = 1;
        write(200, false);
    }

    // n writes: inserts, updates (v + 1 each time) and deletes of keys never used again.
    void write(int n, bool mixed, Connection *c = nullptr)
    {
        Connection &conn = c ? *c : *m_conn;
        auto *rng = QRandomGenerator::global();
        for (int i = 0; i < n; ++i) {
            const QString table = rng->bounded(2) ? QStringLiteral("orders") : QStringLiteral("items");
            const int op = mixed ? rng->bounded(10) : 0;
            if (op < 4 || m_nextId < 10) {
                const int id = m_nextId++;
                conn.exec(QStringLiteral("INSERT INTO shop.%1 VALUES (%2, 'n%2', %2.25, X'00ff%3', '2024-01-02 03:04:05.%4', "
                                         "'b', 'x,y', b'10101', 0)")
                              .arg(table).arg(id).arg(id % 256, 2, 16, QLatin1Char('0')).arg(id % 1000, 3, 10, QLatin1Char('0')));
            } else if (op < 9) {
                conn.exec(QStringLiteral("UPDATE shop.%1 SET v = v + 1, name = CONCAT('u', v), e = 'c', data = NULL WHERE id = %2")
                              .arg(table).arg(rng->bounded(1, m_nextId)));
            } else {
                conn.exec(QStringLiteral("DELETE FROM shop.%1 WHERE id = %2").arg(table).arg(rng->bounded(1, m_nextId)));
            }
        }
    }

    TaskSpec task(const QJsonObject &destination)
    {
        TaskSpec t;
        t.name = QStringLiteral("mq task");
        t.source = endpointOf(*m_source);
        t.destinationEngine = destination.value(QStringLiteral("engine")).toString();
        t.destinationRaw = destination;
        t.syncSchema = false;
        t.objects = {DatabaseSelection{QStringLiteral("shop"), {}, {}}};
        t.advanced.fullReaders = 2;
        t.advanced.writers = 2;
        return t;
    }

    // Runs the task while the source takes writes; stops once the marker row written last has arrived.
    void runWithWrites(const TaskSpec &t, const QString &stateDir, const std::function<bool()> &markerArrived)
    {
        RunOptions o;
        o.stateDir = stateDir;
        TaskRunner runner(t, o);
        std::exception_ptr failure;
        std::thread run([&] {
            try {
                runner.run();
            } catch (...) {
                failure = std::current_exception();
            }
        });
        // Writes while the run starts (they may land in full data or in the binlog), then more once it
        // follows the binlog, so that both kinds of records are there whatever the machine's speed.
        auto writer = connectTo(*m_source);
        write(150, true, writer.get());
        QElapsedTimer timer;
        timer.start();
        while (runner.state() != TaskState::Incremental && !failure && timer.elapsed() < 120000)
            QThread::msleep(50);
        write(150, true, writer.get());
        writer->exec(QStringLiteral("INSERT INTO shop.items (id, v) VALUES (1000000, 0)"));
        timer.restart();
        while (!markerArrived() && timer.elapsed() < 120000 && !failure)
            QThread::msleep(100);
        runner.cancel();
        run.join();
        if (failure) {
            try {
                std::rethrow_exception(failure);
            } catch (const Error &e) {
                QFAIL(qPrintable(e.describe()));
            }
        }
        QVERIFY2(markerArrived(), "the last change did not arrive within 2 minutes");
    }

    static QList<Record> mqRecords(const QString &dir, const QString &topic, int queue)
    {
        QList<Record> out;
        for (const QJsonObject &m : jsonLines(QStringLiteral("%1/%2.%3.jsonl").arg(dir, topic).arg(queue)))
            out << fromCanal(QJsonDocument::fromJson(QByteArray::fromBase64(m.value(QStringLiteral("body")).toString().toLatin1())).object());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        LocalServer::Options o;
        o.name = QStringLiteral("mqtask-src");
        m_source = std::make_unique<LocalServer>(o);
        m_source->start();
        m_conn = connectTo(*m_source);
    }

    void rocketMq_data()
    {
        QTest::addColumn<QString>("ordering");
        QTest::newRow("single-queue") << QStringLiteral("single-queue");
        QTest::newRow("table-hash") << QStringLiteral("table-hash");
        QTest::newRow("column-hash") << QStringLiteral("column-hash");
    }

    // Full data and changes decode back to the source's rows; every queue holds a row's changes in order.
    void rocketMq()
    {
        QFETCH(QString, ordering);
        reset();
        QTemporaryDir out, state;
        Oracle oracle(QStringLiteral("rocketmq-oracle.js"),
                      {{"accessKey", "ak"}, {"secretKey", "sk"}, {"out", out.path()}, {"topics", QJsonObject{{"orders", 4}}}});
        if (!oracle.error().isEmpty())
            QSKIP(qPrintable(oracle.error()));
        qputenv("DTS_TEST_MQ_SECRET", "sk");
        const TaskSpec t = task({{"engine", "rocketmq"}, {"nameServer", oracle.value("nameServer")}, {"accessKeyId", "ak"},
                                 {"accessKeySecretEnv", "DTS_TEST_MQ_SECRET"}, {"topic", "orders"}, {"ordering", ordering}});
        auto all = [&] {
            QList<QList<Record>> queues;
            for (int q = 0; q < 4; ++q)
                queues << mqRecords(out.path(), QStringLiteral("orders"), q);
            return queues;
        };
        runWithWrites(t, state.path(), [&] {
            for (const QList<Record> &q : all())
                for (const Record &r : q)
                    if (r.key == QLatin1String("shop.items:1000000"))
                        return true;
            return false;
        });
        const QList<QList<Record>> queues = all();
        QMap<QString, QString> state1;
        QHash<QString, int> queueOfKey;
        int used = 0, inits = 0, changes = 0;
        for (int q = 0; q < queues.size(); ++q) {
            used += queues[q].isEmpty() ? 0 : 1;
            QHash<QString, int> lastV;
            for (const Record &r : queues[q]) {
                (r.type == QLatin1String("INIT") ? inits : changes)++;
                // A row's records stay on one queue, and its changes come in source order (v grows by one).
                if (ordering != QLatin1String("single-queue"))
                    QVERIFY2(queueOfKey.value(r.key, q) == q, qPrintable(r.key + " on two queues"));
                queueOfKey.insert(r.key, q);
                if (r.type == QLatin1String("UPDATE")) {
                    const int before = r.json.value(QStringLiteral("old")).toArray().first().toObject().value(QStringLiteral("v")).toString().toInt();
                    QCOMPARE(r.v, before + 1);
                    if (lastV.contains(r.key))
                        QVERIFY2(lastV[r.key] <= before, qPrintable(QStringLiteral("%1: v %2 after %3 on queue %4").arg(r.key).arg(before).arg(lastV[r.key]).arg(q)));
                }
                if (r.type != QLatin1String("INIT") && r.type != QLatin1String("DELETE"))
                    lastV.insert(r.key, r.v);
            }
            replay(state1, queues[q]);
        }
        QVERIFY(inits >= 200);
        QVERIFY2(changes >= 50, qPrintable(QString::number(changes)));
        if (ordering == QLatin1String("single-queue"))
            QCOMPARE(used, 1);
        else if (ordering == QLatin1String("table-hash"))
            QVERIFY(used <= 2);
        else
            QCOMPARE(used, 4);
        const QMap<QString, QString> expected = sourceState();
        QCOMPARE(state1.size(), expected.size());
        QCOMPARE(state1, expected);
    }

    // Per-object operations and WHERE filters: only shop.orders, only its even ids, deletes not synced.
    void rocketMqFiltersAndOperations()
    {
        reset();
        QTemporaryDir out, state;
        Oracle oracle(QStringLiteral("rocketmq-oracle.js"), {{"out", out.path()}, {"topics", QJsonObject{{"orders", 1}}}});
        if (!oracle.error().isEmpty())
            QSKIP(qPrintable(oracle.error()));
        TaskSpec t = task({{"engine", "rocketmq"}, {"nameServer", oracle.value("nameServer")}, {"topic", "orders"},
                           {"ordering", "single-queue"}});
        TableSelection orders;
        orders.name = QStringLiteral("orders");
        orders.where = QStringLiteral("id % 2 = 0");
        orders.operations = {QStringLiteral("insert"), QStringLiteral("update")};
        t.objects = {DatabaseSelection{QStringLiteral("shop"), {}, {orders}}};
        auto records = [&] { return mqRecords(out.path(), QStringLiteral("orders"), 0); };
        // The marker row of runWithWrites is in an unselected table: wait for the last even order instead.
        const QString last = QStringLiteral("shop.orders:2000000");
        RunOptions o;
        o.stateDir = state.path();
        TaskRunner runner(t, o);
        std::exception_ptr failure;
        std::thread run([&] {
            try {
                runner.run();
            } catch (...) {
                failure = std::current_exception();
            }
        });
        QElapsedTimer timer;
        timer.start();
        while (runner.state() != TaskState::Incremental && !failure && timer.elapsed() < 120000)
            QThread::msleep(50);
        write(200, true);
        m_conn->exec(QStringLiteral("INSERT INTO shop.orders (id, v) VALUES (2000000, 0)"));
        auto arrived = [&] {
            for (const Record &r : records())
                if (r.key == last)
                    return true;
            return false;
        };
        while (!arrived() && !failure && timer.elapsed() < 120000)
            QThread::msleep(100);
        runner.cancel();
        run.join();
        QVERIFY(!failure);
        QVERIFY(arrived());
        QMap<QString, QString> got;
        int inits = 0, updates = 0;
        for (const Record &r : records()) {
            QVERIFY2(r.table == QLatin1String("shop.orders"), qPrintable(r.table));
            QVERIFY2(r.type != QLatin1String("DELETE"), "deletes are not synced");
            QVERIFY2(r.key.section(':', 1).toInt() % 2 == 0, qPrintable(r.key));
            inits += r.type == QLatin1String("INIT");
            updates += r.type == QLatin1String("UPDATE");
        }
        QVERIFY(inits > 0 && updates > 0);
        replay(got, records());
        for (const auto &[key, row] : sourceState().asKeyValueRange())
            if (key.startsWith(QLatin1String("shop.orders:")) && key.section(':', 1).toInt() % 2 == 0)
                QCOMPARE(got.value(key), row);
    }

    void functionCompute()
    {
        reset();
        QTemporaryDir out, state;
        const QString file = out.filePath(QStringLiteral("fc.jsonl"));
        Oracle oracle(QStringLiteral("fc-oracle.js"), {{"accessKeyId", "ak"}, {"accessKeySecret", "sk"}, {"out", file}, {"function", "fn"}});
        if (!oracle.error().isEmpty())
            QSKIP(qPrintable(oracle.error()));
        QJsonObject d{{"engine", "function-compute"}, {"endpoint", oracle.value("endpoint")}, {"accountId", "123456"},
                      {"accessKeyId", "ak"}, {"accessKeySecret", "sk"}, {"service", "svc"}, {"function", "fn"},
                      {"batch", QJsonObject{{"maxRecords", 50}}}};
        auto records = [&] {
            QList<Record> out;
            for (const QJsonObject &call : jsonLines(file)) {
                const QJsonArray batch = call.value(QStringLiteral("records")).toArray();
                if (batch.size() > 50)
                    out << Record{QStringLiteral("OVERSIZED"), {}, {}, {}, -1, {}};
                for (const QJsonValue &r : batch)
                    out << fromCanal(r.toObject());
            }
            return out;
        };
        runWithWrites(task(d), state.path(), [&] {
            for (const Record &r : records())
                if (r.key == QLatin1String("shop.items:1000000"))
                    return true;
            return false;
        });
        const QList<Record> all = records();
        QMap<QString, QString> got;
        replay(got, all);
        for (const Record &r : all)
            QVERIFY(r.type != QLatin1String("OVERSIZED"));
        QCOMPARE(got, sourceState());

        // A wrong secret, a missing function, FC unreachable: the task does not start, and says why.
        const QByteArray down = "http://127.0.0.1:" + QByteArray::number(closedPort());
        for (const auto &[key, value, expect] : {std::tuple{"accessKeySecret", "wrong", "refused the credentials"},
                                                 std::tuple{"function", "nope", "not found"},
                                                 std::tuple{"endpoint", down.constData(), "cannot reach Function Compute"}}) {
            QJsonObject bad = d;
            bad.insert(QLatin1String(key), QString::fromUtf8(value));
            RunOptions o;
            o.stateDir = state.path() + QStringLiteral("/bad-") + QLatin1String(key);
            TaskRunner runner(task(bad), o);
            try {
                runner.run();
                QFAIL("the task must not start");
            } catch (const Error &e) {
                QVERIFY2(e.message().contains(QLatin1String(expect)), qPrintable(e.describe()));
                QVERIFY(!e.describe().contains(QLatin1String("wrong")));
            }
        }
    }

    // The engines' precheck items: a real route lookup per topic, the record-size policy, partition keys,
    // and FC's GetFunction (signed, nothing invoked).
    void precheckItems()
    {
        reset();
        m_conn->exec(QStringLiteral("CREATE TABLE shop.docs (id INT PRIMARY KEY, body LONGTEXT)"));
        QTemporaryDir out;
        Oracle mq(QStringLiteral("rocketmq-oracle.js"), {{"out", out.path()}, {"topics", QJsonObject{{"orders", 2}}}});
        Oracle fn(QStringLiteral("fc-oracle.js"), {{"accessKeyId", "ak"}, {"accessKeySecret", "sk"},
                                                   {"out", out.filePath(QStringLiteral("fc.jsonl"))}, {"function", "fn"}});
        if (!mq.error().isEmpty() || !fn.error().isEmpty())
            QSKIP(qPrintable(mq.error() + fn.error()));
        auto result = [](const precheck::Report &r, const QString &id) {
            for (const precheck::Result &x : r.results)
                if (x.id == id)
                    return x;
            return precheck::Result{};
        };
        const precheck::Report good = precheck::run(task({{"engine", "rocketmq"}, {"nameServer", mq.value("nameServer")},
                                                          {"topic", "orders"}, {"ordering", "column-hash"},
                                                          {"partitionKeys", QJsonObject{{"shop.orders", QJsonArray{"name"}}}}}));
        QCOMPARE(precheck::toString(result(good, "rocketmq.topics").status), precheck::toString(precheck::Status::Passed));
        QCOMPARE(precheck::toString(result(good, "rocketmq.partition-keys").status), precheck::toString(precheck::Status::Passed));
        const precheck::Result size = result(good, "rocketmq.record-size");
        QCOMPARE(precheck::toString(size.status), precheck::toString(precheck::Status::Warning));
        QCOMPARE(size.objects, QStringList{"shop.docs.body"});
        const precheck::Report bad = precheck::run(task({{"engine", "rocketmq"}, {"nameServer", mq.value("nameServer")},
                                                         {"topic", "orders"}, {"ddlTopic", "schema_changes"}, {"ordering", "column-hash"},
                                                         {"partitionKeys", QJsonObject{{"shop.orders", QJsonArray{"nope"}}}}}));
        const precheck::Result topics = result(bad, "rocketmq.topics");
        QCOMPARE(precheck::toString(topics.status), precheck::toString(precheck::Status::Failed));
        QVERIFY2(topics.message.contains(QLatin1String("schema_changes")) && topics.message.contains(QLatin1String("does not exist")),
                 qPrintable(topics.message));
        QCOMPARE(result(bad, "rocketmq.partition-keys").objects, QStringList{"shop.orders.nope"});

        QJsonObject d{{"engine", "function-compute"}, {"endpoint", fn.value("endpoint")}, {"accountId", "42"}, {"accessKeyId", "ak"},
                      {"accessKeySecret", "sk"}, {"service", "svc"}, {"function", "fn"}};
        const precheck::Result reached = result(precheck::run(task(d)), "fc.function");
        QVERIFY2(reached.status == precheck::Status::Passed, qPrintable(reached.message));
        QCOMPARE(precheck::toString(result(precheck::run(task(d)), "fc.record-size").status), precheck::toString(precheck::Status::Warning));
        d.insert(QStringLiteral("accessKeySecret"), QStringLiteral("bad-secret"));
        const precheck::Result denied = result(precheck::run(task(d)), "fc.function");
        QCOMPARE(precheck::toString(denied.status), precheck::toString(precheck::Status::Failed));
        QVERIFY2(denied.message.contains(QLatin1String("refused the credentials")) && !denied.message.contains(QLatin1String("bad-secret")),
                 qPrintable(denied.message));
        QVERIFY(QFileInfo(out.filePath(QStringLiteral("fc.jsonl"))).size() <= 0);  // nothing was invoked
        m_conn->exec(QStringLiteral("DROP TABLE shop.docs"));
    }

    void rocketMqWrongSecretAndLargeRecords()
    {
        reset();
        QTemporaryDir out, state;
        Oracle oracle(QStringLiteral("rocketmq-oracle.js"),
                      {{"accessKey", "ak"}, {"secretKey", "sk"}, {"out", out.path()}, {"topics", QJsonObject{{"orders", 2}}}});
        if (!oracle.error().isEmpty())
            QSKIP(qPrintable(oracle.error()));
        QJsonObject d{{"engine", "rocketmq"}, {"nameServer", oracle.value("nameServer")}, {"accessKeyId", "ak"},
                      {"accessKeySecret", "not-the-secret"}, {"topic", "orders"}};
        {
            RunOptions o;
            o.stateDir = state.path() + QStringLiteral("/wrong");
            TaskRunner runner(task(d), o);
            try {
                runner.run();
                QFAIL("a wrong secret must stop the task");
            } catch (const Error &e) {
                QVERIFY2(e.message().contains(QLatin1String("refused the credentials of AccessKey ak")), qPrintable(e.describe()));
                QVERIFY(!e.describe().contains(QLatin1String("not-the-secret")));
            }
        }
        // A 5 MB row: dropped with a warning when filtered, the task fails naming the table otherwise.
        m_conn->exec(QStringLiteral("SET GLOBAL max_allowed_packet = 67108864"));
        m_conn->exec(QStringLiteral("ALTER TABLE shop.orders MODIFY data LONGBLOB"));
        auto big = connectTo(*m_source);
        big->exec(QStringLiteral("INSERT INTO shop.orders (id, data, v) VALUES (5000000, REPEAT('z', 5242880), 0)"));
        d.insert(QStringLiteral("accessKeySecret"), QStringLiteral("sk"));
        for (const bool filter : {true, false}) {
            d.insert(QStringLiteral("filterLargeRecords"), filter);
            TaskSpec t = task(d);
            t.syncIncremental = false;
            RunOptions o;
            o.stateDir = state.path() + (filter ? QStringLiteral("/filter") : QStringLiteral("/strict"));
            TaskRunner runner(t, o);
            if (filter) {
                runner.run();
                int n = 0;
                for (int q = 0; q < 2; ++q)
                    for (const Record &r : mqRecords(out.path(), QStringLiteral("orders"), q)) {
                        QVERIFY2(r.key != QLatin1String("shop.orders:5000000"), qPrintable(QString::number(r.row.size())));
                        ++n;
                    }
                QCOMPARE(n, 200);
            } else {
                try {
                    runner.run();
                    QFAIL("a large record must stop the task without the filter");
                } catch (const Error &e) {
                    QVERIFY2(e.object() == QLatin1String("shop.orders") && e.message().contains(QLatin1String("larger than the 4194304-byte limit")),
                             qPrintable(e.describe()));
                    QVERIFY(e.fix().contains(QLatin1String("filterLargeRecords")));
                }
            }
        }
    }

    // dts killed (SIGKILL) during incremental sync, and the oracle down and back on the same ports while it
    // runs again: after the restart nothing is missing (records of the last group may come twice).
    void rocketMqKillRestartAndOracleDown()
    {
        reset();
        QTemporaryDir out, state, work;
        const int nsPort = closedPort(), brokerPort = closedPort();
        const QJsonObject config{{"out", out.path()}, {"topics", QJsonObject{{"orders", 4}}},
                                 {"nameServerPort", nsPort}, {"brokerPort", brokerPort}};
        auto oracle = std::make_unique<Oracle>(QStringLiteral("rocketmq-oracle.js"), config);
        if (!oracle->error().isEmpty())
            QSKIP(qPrintable(oracle->error()));
        TaskSpec t = task({{"engine", "rocketmq"}, {"nameServer", oracle->value("nameServer")}, {"topic", "orders"},
                           {"ordering", "column-hash"}});
        const QString taskFile = work.filePath(QStringLiteral("task.json"));
        t.source.passwordEnv = QStringLiteral("DTS_TEST_SOURCE_PASSWORD");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(t.source.passwordEnv, m_source->password());
        t.save(taskFile);
        const QStringList args{QStringLiteral("run"), taskFile, QStringLiteral("--state-dir"), state.path()};
        auto keys = [&] {
            QList<Record> all;
            for (int q = 0; q < 4; ++q)
                all << mqRecords(out.path(), QStringLiteral("orders"), q);
            return all;
        };
        {
            BackgroundDts dts(args, env, work.path());
            QElapsedTimer timer;
            timer.start();
            bool incremental = false;
            while (!incremental && timer.elapsed() < 60000 && dts.isRunning()) {
                write(20, true);
                for (const Record &r : keys())
                    incremental = incremental || r.type == QLatin1String("UPDATE");
                QThread::msleep(50);
            }
            QVERIFY2(incremental, qPrintable(dts.output()));
            write(100, true);
        }  // killed
        write(100, true);
        BackgroundDts again(args, env, work.path());
        QThread::msleep(1500);
        oracle.reset();  // down while changes are due
        write(50, true);
        QThread::msleep(3000);
        QVERIFY2(again.isRunning(), qPrintable(again.output()));
        oracle = std::make_unique<Oracle>(QStringLiteral("rocketmq-oracle.js"), config);
        QVERIFY2(oracle->error().isEmpty(), qPrintable(oracle->error()));
        m_conn->exec(QStringLiteral("INSERT INTO shop.items (id, v) VALUES (1000000, 0)"));
        QElapsedTimer timer;
        timer.start();
        auto arrived = [&] {
            for (const Record &r : keys())
                if (r.key == QLatin1String("shop.items:1000000"))
                    return true;
            return false;
        };
        while (!arrived() && timer.elapsed() < 90000)
            QThread::msleep(200);
        QVERIFY2(arrived(), qPrintable(again.output()));
        QCOMPARE(again.terminate(), 0);
        QMap<QString, QString> got;
        for (int q = 0; q < 4; ++q)
            replay(got, mqRecords(out.path(), QStringLiteral("orders"), q));
        QCOMPARE(got, sourceState());
        QVERIFY2(again.err().contains(QLatin1String("retrying")) || again.out().contains(QLatin1String("retrying")), qPrintable(again.output()));
    }
};

QTEST_GUILESS_MAIN(MqTask)
#include "tst_mqtask.moc"
