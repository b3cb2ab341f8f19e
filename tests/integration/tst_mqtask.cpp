// Whole tasks into the RocketMQ and Function Compute oracles (tests/oracles, the vendors' SDK code): a real
// sandbox source, full data and incremental changes with writes going on during the run, through TaskRunner
// and the dts binary. What the oracle holds is decoded (Canal JSON, SharePlex JSON, DTS Avro with libavro)
// and replayed; the result must equal the source row for row, each queue must hold each row's changes in
// source order, and change records carry their transaction's GTID.
#include "common/Oracle.h"
#include "common/Sandbox.h"

#include "pipeline/TaskRunner.h"
#include "precheck/PrecheckRunner.h"
#include "sinks/formats/DtsAvro.h"
#include "sinks/rocketmq/MessageSink.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QtTest>
#include <atomic>
#include <avro.h>
#include <cstring>
#include <thread>

using namespace dts;
using namespace dts::test;

namespace {

const char *const kSourceColumns = "CAST(id AS CHAR), name, amount, HEX(data), ts, e, flags, CAST(b + 0 AS CHAR), CAST(v AS CHAR)";
// DTS Avro gives TIMESTAMP as UTC seconds and milliseconds: compared with UNIX_TIMESTAMP at the source.
const char *const kAvroSourceColumns =
    "CAST(id AS CHAR), name, amount, HEX(data), CAST(UNIX_TIMESTAMP(ts) AS CHAR), e, flags, CAST(b + 0 AS CHAR), CAST(v AS CHAR)";
const QStringList kColumns = {"id", "name", "amount", "data", "ts", "e", "flags", "b", "v"};

// One row as text, the same whether it comes from the source or from a Canal record.
QString sourceRow(const SqlRow &r)
{
    QStringList cells;
    for (const QVariant &v : r)
        cells << (v.isNull() ? QStringLiteral("NULL") : QString::fromUtf8(v.toByteArray()));
    return cells.join('|');
}

// Canal JSON and SharePlex JSON render values the same way.
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

const QRegularExpression kMariaGtid(QStringLiteral("^\\d+-\\d+-\\d+$"));

struct Record {
    QString type, table, key, row;
    QString gtid;     // Canal gtid, Avro sourceTxid ("0": none), SharePlex trans
    int v = -1;       // after the change
    int before = -1;  // UPDATE: v before it
    QString sql;      // DDL
    QJsonObject json;
};

Record fromCanal(const QJsonObject &o)
{
    Record r;
    r.json = o;
    r.type = o.value(QStringLiteral("type")).toString();
    r.table = o.value(QStringLiteral("database")).toString() + '.' + o.value(QStringLiteral("table")).toString();
    r.gtid = o.value(QStringLiteral("gtid")).toString();
    r.sql = o.value(QStringLiteral("sql")).toString();
    if (r.type == QLatin1String("DDL"))
        return r;
    const QJsonObject data = o.value(QStringLiteral("data")).toArray().first().toObject();
    r.key = r.table + ':' + data.value(QStringLiteral("id")).toString();
    r.row = canalRow(data);
    r.v = data.value(QStringLiteral("v")).toString().toInt();
    if (r.type == QLatin1String("UPDATE"))
        r.before = o.value(QStringLiteral("old")).toArray().first().toObject().value(QStringLiteral("v")).toString().toInt();
    return r;
}

Record fromSharePlex(const QJsonObject &o)
{
    Record r;
    r.json = o;
    const QJsonObject meta = o.value(QStringLiteral("meta")).toObject();
    const QString op = meta.value(QStringLiteral("op")).toString();
    r.table = meta.value(QStringLiteral("table")).toString();
    r.gtid = meta.value(QStringLiteral("trans")).toString();
    // Full-data rows are "ins" too (SharePlex has no other kind), told apart by their transaction: they
    // have none, and trans is then the binlog position.
    const bool init = op == QLatin1String("ins") && !kMariaGtid.match(r.gtid).hasMatch();
    if (init)
        r.gtid.clear();
    r.type = op == QLatin1String("upd") ? QStringLiteral("UPDATE") : op == QLatin1String("del") ? QStringLiteral("DELETE")
           : op == QLatin1String("ddl") ? QStringLiteral("DDL") : init ? QStringLiteral("INIT") : QStringLiteral("INSERT");
    const QJsonObject data = o.value(QStringLiteral("data")).toObject();
    if (r.type == QLatin1String("DDL")) {
        r.sql = data.value(QStringLiteral("sql")).toString();
        return r;
    }
    r.key = r.table + ':' + data.value(QStringLiteral("id")).toString();
    r.row = canalRow(data);
    r.v = data.value(QStringLiteral("v")).toString().toInt();
    if (r.type == QLatin1String("UPDATE"))
        r.before = o.value(QStringLiteral("key")).toObject().value(QStringLiteral("v")).toString().toInt();
    return r;
}

// DTS Avro read with libavro and the published schema, value by value (libavro's JSON rendering would
// cut bytes at a NUL).
class AvroDecoder {
public:
    AvroDecoder()
    {
        if (avro_schema_from_json_length(formats::kDtsAvroSchema, std::strlen(formats::kDtsAvroSchema), &m_schema))
            qFatal("schema: %s", avro_strerror());
        m_iface = avro_generic_class_from_schema(m_schema);
    }
    ~AvroDecoder()
    {
        avro_value_iface_decref(m_iface);
        avro_schema_decref(m_schema);
    }

    Record decode(const QByteArray &datum) const
    {
        avro_value_t rec;
        avro_generic_value_new(m_iface, &rec);
        avro_reader_t reader = avro_reader_memory(datum.constData(), int64_t(datum.size()));
        const int rc = avro_value_read(reader, &rec);
        avro_reader_free(reader);
        Record r;
        if (rc) {
            r.type = QStringLiteral("UNREADABLE: ") + QString::fromUtf8(avro_strerror());
            avro_value_decref(&rec);
            return r;
        }
        avro_value_t op = member(rec, "operation");
        int symbol = 0;
        avro_value_get_enum(&op, &symbol);
        r.type = QString::fromUtf8(avro_schema_enum_get(avro_value_get_schema(&op), symbol));
        avro_value_t name;
        branch(member(rec, "objectName"), &name);
        r.table = text(name);
        r.gtid = text(member(rec, "sourceTxid"));
        if (r.gtid == QLatin1String("0"))
            r.gtid.clear();
        if (r.type == QLatin1String("DDL")) {
            avro_value_t sql;
            branch(member(rec, "afterImages"), &sql);
            r.sql = text(sql);
            return release(rec, r);
        }
        QStringList names;
        avro_value_t fields;
        branch(member(rec, "fields"), &fields);
        size_t n = 0;
        avro_value_get_size(&fields, &n);
        for (size_t i = 0; i < n; ++i) {
            avro_value_t f;
            avro_value_get_by_index(&fields, i, &f, nullptr);
            names << text(member(f, "name"));
        }
        auto image = [&](const char *which) {
            QHash<QString, QString> cells;
            avro_value_t array;
            if (branch(member(rec, which), &array) != 2)
                return cells;
            for (size_t i = 0; i < n; ++i) {
                avro_value_t item;
                avro_value_get_by_index(&array, i, &item, nullptr);
                cells.insert(names.value(qsizetype(i)), cell(item));
            }
            return cells;
        };
        const QHash<QString, QString> after = image("afterImages"), before = image("beforeImages");
        const QHash<QString, QString> &row = r.type == QLatin1String("DELETE") ? before : after;
        QStringList cells;
        for (const QString &c : kColumns)
            cells << row.value(c, QStringLiteral("ABSENT"));
        r.row = cells.join('|');
        r.key = r.table + ':' + row.value(QStringLiteral("id"));
        r.v = row.value(QStringLiteral("v")).toInt();
        if (r.type == QLatin1String("UPDATE"))
            r.before = before.value(QStringLiteral("v")).toInt();
        return release(rec, r);
    }

private:
    static Record release(avro_value_t &rec, const Record &r)
    {
        avro_value_decref(&rec);
        return r;
    }
    static avro_value_t member(avro_value_t &rec, const char *name)
    {
        avro_value_t f;
        avro_value_get_by_name(&rec, name, &f, nullptr);
        return f;
    }
    static int branch(avro_value_t u, avro_value_t *b)
    {
        int which = -1;
        avro_value_get_discriminant(&u, &which);
        avro_value_get_current_branch(&u, b);
        return which;
    }
    static QString text(avro_value_t v)
    {
        const char *p = nullptr;
        size_t size = 0;
        avro_value_get_string(&v, &p, &size);
        return QString::fromUtf8(p, qsizetype(size ? size - 1 : 0));  // the size counts the closing NUL
    }
    static QByteArray bytes(avro_value_t v)
    {
        const void *p = nullptr;
        size_t size = 0;
        avro_value_get_bytes(&v, &p, &size);
        return QByteArray(static_cast<const char *>(p), qsizetype(size));
    }
    // One image item as the source prints it (see kAvroSourceColumns).
    static QString cell(avro_value_t item)
    {
        avro_value_t b;
        switch (branch(item, &b)) {
        case 0: return QStringLiteral("NULL");
        case 1: case 3: return text(member(b, "value"));  // Integer, Decimal
        case 2: {  // Character
            const QByteArray value = bytes(member(b, "value"));
            return text(member(b, "charset")) == QLatin1String("binary") ? QString::fromLatin1(value.toHex().toUpper())
                                                                         : QString::fromUtf8(value);
        }
        case 5: {  // Timestamp
            avro_value_t ts = member(b, "timestamp"), ms = member(b, "millis");
            int64_t seconds = 0;
            int millis = 0;
            avro_value_get_long(&ts, &seconds);
            avro_value_get_int(&ms, &millis);
            return QStringLiteral("%1.%2").arg(seconds).arg(millis, 3, 10, QLatin1Char('0'));
        }
        case 10: {  // BinaryObject (BIT): big-endian
            quint64 u = 0;
            for (char c : bytes(member(b, "value")))
                u = u << 8 | quint8(c);
            return QString::number(u);
        }
        case 11: return text(member(b, "value"));  // TextObject (ENUM, SET, …)
        case 12: return QStringLiteral("ABSENT");
        default: return QStringLiteral("UNEXPECTED");
        }
    }

    avro_schema_t m_schema = nullptr;
    avro_value_iface_t *m_iface = nullptr;
};

Record decodeRecord(const QString &format, const QByteArray &body)
{
    if (format == QLatin1String("dts-avro")) {
        static const AvroDecoder avro;
        return avro.decode(body);
    }
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    return format == QLatin1String("shareplex-json") ? fromSharePlex(o) : fromCanal(o);
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

// A TaskRunner on its own thread, cancelled (at a transaction boundary) when stopped or destroyed.
class RunningTask {
public:
    RunningTask(const TaskSpec &t, const QString &stateDir) : m_runner(t, options(stateDir))
    {
        m_thread = std::thread([this] {
            try {
                m_runner.run();
            } catch (const Error &e) {
                m_failure = e.describe();
                m_failed = true;
            } catch (const std::exception &e) {
                m_failure = QString::fromUtf8(e.what());
                m_failed = true;
            }
        });
    }
    ~RunningTask() { stop(); }
    bool failed() const { return m_failed; }
    // Whether it follows the binlog within `ms` (false when it failed first).
    bool waitIncremental(int ms = 120000)
    {
        QElapsedTimer timer;
        timer.start();
        while (m_runner.state() != TaskState::Incremental && !m_failed && timer.elapsed() < ms)
            QThread::msleep(50);
        return !m_failed && m_runner.state() == TaskState::Incremental;
    }
    // Cancels and joins; what it failed with, empty when it did not.
    QString stop()
    {
        if (m_thread.joinable()) {
            m_runner.cancel();
            m_thread.join();
        }
        return m_failure;
    }

private:
    static RunOptions options(const QString &stateDir)
    {
        RunOptions o;
        o.stateDir = stateDir;
        return o;
    }
    TaskRunner m_runner;
    std::thread m_thread;
    std::atomic<bool> m_failed{false};
    QString m_failure;  // set before m_failed
};

// Whether the records hold one of that key ("shop.items:1000000").
bool holds(const QList<Record> &records, const QString &key)
{
    return std::any_of(records.begin(), records.end(), [&](const Record &r) { return r.key == key; });
}

}  // namespace

class MqTask : public QObject {
    Q_OBJECT
    std::unique_ptr<LocalServer> m_source;
    std::unique_ptr<Connection> m_conn;
    int m_nextId = 1;

    QString m_markerGtid;  // the GTID of runWithWrites' last transaction, from the source

    QMap<QString, QString> sourceState(const char *columns = kSourceColumns)
    {
        QMap<QString, QString> s;
        for (const QString &t : {QStringLiteral("orders"), QStringLiteral("items")})
            for (const SqlRow &r : m_conn->query(QStringLiteral("SELECT %1 FROM shop.%2").arg(QLatin1String(columns), t)).rows)
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
        RunningTask run(t, stateDir);
        // Writes while the run starts (they may land in full data or in the binlog), then more once it
        // follows the binlog, so that both kinds of records are there whatever the machine's speed.
        auto writer = connectTo(*m_source);
        write(150, true, writer.get());
        run.waitIncremental();
        write(150, true, writer.get());
        writer->exec(QStringLiteral("INSERT INTO shop.items (id, v) VALUES (1000000, 0)"));
        m_markerGtid = lastGtid(*writer);
        waitFor([&] { return markerArrived() || run.failed(); }, 120000);
        const QString failure = run.stop();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY2(markerArrived(), "the last change did not arrive within 2 minutes");
    }

    static QList<Record> mqRecords(const QString &dir, const QString &topic, int queue,
                                   const QString &format = QStringLiteral("canal-json"))
    {
        QList<Record> out;
        for (const QJsonObject &m : jsonLines(QStringLiteral("%1/%2.%3.jsonl").arg(dir, topic).arg(queue)))
            out << decodeRecord(format, QByteArray::fromBase64(m.value(QStringLiteral("body")).toString().toLatin1()));
        return out;
    }
    static QList<Record> fcRecords(const QJsonObject &invocation)
    {
        QList<Record> out;
        for (const QJsonValue &r : invocation.value(QStringLiteral("records")).toArray())
            out << fromCanal(r.toObject());
        return out;
    }
    // The source's GTID of the last transaction of `c`'s session.
    static QString lastGtid(Connection &c) { return QString::fromUtf8(c.scalar(QStringLiteral("SELECT @@last_gtid")).value_or(QByteArray())); }

    // dts run of a saved task, with the source password in its environment.
    struct DtsRun {
        QStringList args;
        QProcessEnvironment env;
    };
    DtsRun savedTask(TaskSpec t, const QString &dir, const QString &stateDir)
    {
        const QString taskFile = dir + QStringLiteral("/task.json");
        t.source.passwordEnv = QStringLiteral("DTS_TEST_SOURCE_PASSWORD");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(t.source.passwordEnv, m_source->password());
        t.save(taskFile);
        return {{QStringLiteral("run"), taskFile, QStringLiteral("--state-dir"), stateDir}, env};
    }
    static bool waitFor(const std::function<bool()> &done, int ms)
    {
        QElapsedTimer timer;
        timer.start();
        while (!done() && timer.elapsed() < ms)
            QThread::msleep(100);
        return done();
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
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("ordering");
        for (const char *ordering : {"single-queue", "table-hash", "column-hash"})
            QTest::newRow(qPrintable(QStringLiteral("canal-json ") + QLatin1String(ordering))) << QStringLiteral("canal-json") << QString::fromLatin1(ordering);
        QTest::newRow("dts-avro column-hash") << QStringLiteral("dts-avro") << QStringLiteral("column-hash");
        QTest::newRow("shareplex-json table-hash") << QStringLiteral("shareplex-json") << QStringLiteral("table-hash");
    }

    // Full data and changes decode back to the source's rows; every queue holds a row's changes in order;
    // change records carry their transaction's GTID, full-data records none.
    void rocketMq()
    {
        QFETCH(QString, format);
        QFETCH(QString, ordering);
        reset();
        QTemporaryDir out, state;
        const QString requestLog = out.filePath(QStringLiteral("requests.log"));
        Oracle oracle(QStringLiteral("rocketmq-oracle.js"), {{"accessKey", "ak"}, {"secretKey", "sk"}, {"out", out.path()},
                                                             {"topics", QJsonObject{{"orders", 4}}}, {"requestLog", requestLog}});
        if (!oracle.error().isEmpty())
            QSKIP(qPrintable(oracle.error()));
        qputenv("DTS_TEST_MQ_SECRET", "sk");
        const TaskSpec t = task({{"engine", "rocketmq"}, {"nameServer", oracle.value("nameServer")}, {"accessKeyId", "ak"},
                                 {"accessKeySecretEnv", "DTS_TEST_MQ_SECRET"}, {"topic", "orders"}, {"ordering", ordering},
                                 {"format", format}});
        auto all = [&] {
            QList<QList<Record>> queues;
            for (int q = 0; q < 4; ++q)
                queues << mqRecords(out.path(), QStringLiteral("orders"), q, format);
            return queues;
        };
        runWithWrites(t, state.path(), [&] {
            for (const QList<Record> &q : all())
                if (holds(q, QStringLiteral("shop.items:1000000")))
                    return true;
            return false;
        });
        const QList<QList<Record>> queues = all();
        QMap<QString, QString> state1;
        QHash<QString, int> queueOfKey;
        int used = 0, inits = 0, changes = 0;
        QVERIFY2(kMariaGtid.match(m_markerGtid).hasMatch(), qPrintable(m_markerGtid));
        bool markerSeen = false;
        for (int q = 0; q < queues.size(); ++q) {
            used += queues[q].isEmpty() ? 0 : 1;
            QHash<QString, int> lastV;
            for (const Record &r : queues[q]) {
                QVERIFY2(!r.key.isEmpty() && r.row.count('|') == kColumns.size() - 1, qPrintable(r.type + ' ' + r.row));
                (r.type == QLatin1String("INIT") ? inits : changes)++;
                // Full data has no transaction; every change names its transaction's GTID.
                if (r.type == QLatin1String("INIT"))
                    QVERIFY2(r.gtid.isEmpty(), qPrintable(r.gtid));
                else
                    QVERIFY2(kMariaGtid.match(r.gtid).hasMatch(), qPrintable(r.key + ' ' + r.type + " gtid " + r.gtid));
                if (r.key == QLatin1String("shop.items:1000000")) {
                    QCOMPARE(r.gtid, m_markerGtid);
                    markerSeen = true;
                }
                // A row's records stay on one queue, and its changes come in source order (v grows by one).
                if (ordering != QLatin1String("single-queue"))
                    QVERIFY2(queueOfKey.value(r.key, q) == q, qPrintable(r.key + " on two queues"));
                queueOfKey.insert(r.key, q);
                if (r.type == QLatin1String("UPDATE")) {
                    QCOMPARE(r.v, r.before + 1);
                    if (lastV.contains(r.key))
                        QVERIFY2(lastV[r.key] <= r.before, qPrintable(QStringLiteral("%1: v %2 after %3 on queue %4").arg(r.key).arg(r.before).arg(lastV[r.key]).arg(q)));
                }
                if (r.type != QLatin1String("INIT") && r.type != QLatin1String("DELETE"))
                    lastV.insert(r.key, r.v);
            }
            replay(state1, queues[q]);
        }
        QVERIFY(markerSeen);
        QVERIFY(inits >= 200);
        // Batching is on by default: full-data rows of a queue go out as SEND_BATCH_MESSAGE (320).
        QFile log(requestLog);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray sends = log.readAll();
        QVERIFY2(sends.contains("\"code\":320"), sends.left(300).constData());
        QVERIFY2(changes >= 50, qPrintable(QString::number(changes)));
        if (ordering == QLatin1String("single-queue"))
            QCOMPARE(used, 1);
        else if (ordering == QLatin1String("table-hash"))
            QVERIFY(used <= 2);
        else
            QCOMPARE(used, 4);
        const QMap<QString, QString> expected = sourceState(format == QLatin1String("dts-avro") ? kAvroSourceColumns : kSourceColumns);
        QCOMPARE(state1.size(), expected.size());
        QCOMPARE(state1, expected);
    }

    void rocketMqDdlWithItsTable_data()
    {
        QTest::addColumn<QString>("ordering");
        QTest::newRow("table-hash") << QStringLiteral("table-hash");
        QTest::newRow("column-hash") << QStringLiteral("column-hash");
    }

    // A DDL naming a table goes where the table's rows go (column-hash: to every queue), between the rows
    // written before and after it; a DDL naming no table goes by database, once.
    void rocketMqDdlWithItsTable()
    {
        QFETCH(QString, ordering);
        reset();
        QTemporaryDir out, state;
        Oracle oracle(QStringLiteral("rocketmq-oracle.js"), {{"out", out.path()}, {"topics", QJsonObject{{"orders", 4}}}});
        if (!oracle.error().isEmpty())
            QSKIP(qPrintable(oracle.error()));
        const TaskSpec t = task({{"engine", "rocketmq"}, {"nameServer", oracle.value("nameServer")}, {"topic", "orders"},
                                 {"ordering", ordering}});
        RunningTask run(t, state.path());
        QVERIFY(run.waitIncremental());
        auto c = connectTo(*m_source);
        c->exec(QStringLiteral("USE shop"));
        QString alterGtid;
        for (int id = 10000; id < 10040; ++id) {
            if (id == 10020) {
                c->exec(QStringLiteral("ALTER TABLE shop.orders ADD COLUMN extra INT NULL"));
                alterGtid = lastGtid(*c);
                c->exec(QStringLiteral("INSERT INTO items (id, v) VALUES (30000, 0)"));
            }
            c->exec(QStringLiteral("INSERT INTO orders (id, v) VALUES (%1, 0)").arg(id));
        }
        c->exec(QStringLiteral("ALTER DATABASE shop CHARACTER SET utf8mb4"));  // names no table
        c->exec(QStringLiteral("INSERT INTO items (id, v) VALUES (1000000, 0)"));
        auto queues = [&] {
            QList<QList<Record>> q;
            for (int i = 0; i < 4; ++i)
                q << mqRecords(out.path(), QStringLiteral("orders"), i);
            return q;
        };
        const bool arrived = waitFor([&] {
            for (const QList<Record> &q : queues())
                if (holds(q, QStringLiteral("shop.items:1000000")))
                    return true;
            return run.failed();
        }, 120000);
        QCOMPARE(run.stop(), QString());
        QVERIFY(arrived);
        int alters = 0, creates = 0;
        QSet<int> ordersQueues;
        for (int q = 0; q < 4; ++q) {
            const QList<Record> records = queues()[q];
            qsizetype alterAt = -1;
            for (qsizetype i = 0; i < records.size(); ++i) {
                const Record &r = records[i];
                if (r.table.startsWith(QLatin1String("shop.orders")) && r.type != QLatin1String("DDL"))
                    ordersQueues << q;
                if (r.sql.contains(QLatin1String("ALTER DATABASE shop")))
                    ++creates;
                if (!r.sql.contains(QLatin1String("ADD COLUMN extra")))
                    continue;
                QVERIFY2(alterAt < 0, "one copy of the DDL a queue");
                alterAt = i;
                ++alters;
                QCOMPARE(r.gtid, alterGtid);
            }
            // The rows written before the ALTER come before it on this queue, those after it after it.
            for (qsizetype i = 0; i < records.size(); ++i) {
                const int id = records[i].key.section(':', 1).toInt();
                if (!records[i].key.startsWith(QLatin1String("shop.orders:")) || id < 10000 || id >= 10040)
                    continue;
                QVERIFY2(alterAt >= 0, qPrintable(QStringLiteral("queue %1 holds rows of shop.orders but not its ALTER").arg(q)));
                QVERIFY2((id < 10020) == (i < alterAt),
                         qPrintable(QStringLiteral("queue %1: row %2 at %3, the ALTER at %4").arg(q).arg(id).arg(i).arg(alterAt)));
            }
        }
        QCOMPARE(creates, 1);
        if (ordering == QLatin1String("table-hash")) {
            QCOMPARE(ordersQueues.size(), 1);
            QCOMPARE(alters, 1);
        } else {
            QCOMPARE(ordersQueues.size(), 4);
            QCOMPARE(alters, 4);
        }
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
        RunningTask run(t, state.path());
        QVERIFY(run.waitIncremental());
        write(200, true);
        m_conn->exec(QStringLiteral("INSERT INTO shop.orders (id, v) VALUES (2000000, 0)"));
        const bool arrived = waitFor([&] { return holds(records(), last) || run.failed(); }, 120000);
        QCOMPARE(run.stop(), QString());
        QVERIFY(arrived);
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
                if (batch.size() > 50) {
                    Record oversized;
                    oversized.type = QStringLiteral("OVERSIZED");
                    out << oversized;
                }
                for (const QJsonValue &r : batch)
                    out << fromCanal(r.toObject());
            }
            return out;
        };
        runWithWrites(task(d), state.path(), [&] {
            return holds(records(), QStringLiteral("shop.items:1000000"));
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
            return holds(keys(), QStringLiteral("shop.items:1000000"));
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

    // Batching across transactions: with maxMillis long enough one invocation holds several small
    // transactions; with maxRecords 1 each record is its own invocation; records held back when dts is
    // killed are sent after the restart (the checkpoint stayed before them).
    void functionComputeBatching()
    {
        reset();
        QTemporaryDir out, state, work;
        const QString file = out.filePath(QStringLiteral("fc.jsonl"));
        Oracle oracle(QStringLiteral("fc-oracle.js"), {{"accessKeyId", "ak"}, {"accessKeySecret", "sk"}, {"out", file}, {"function", "fn"}});
        if (!oracle.error().isEmpty())
            QSKIP(qPrintable(oracle.error()));
        auto destination = [&](const QJsonObject &batch) {
            return QJsonObject{{"engine", "function-compute"}, {"endpoint", oracle.value("endpoint")}, {"accountId", "123456"},
                               {"accessKeyId", "ak"}, {"accessKeySecret", "sk"}, {"service", "svc"}, {"function", "fn"},
                               {"batch", batch}};
        };
        auto all = [&] {
            QList<Record> records;
            for (const QJsonObject &call : jsonLines(file))
                records << fcRecords(call);
            return records;
        };
        auto arrived = [&](const QString &key) { return [&, key] { return holds(all(), key); }; };

        // 1. Forty one-row transactions within a second, maxMillis 3 s: a few invocations hold them all.
        {
            RunningTask run(task(destination({{"maxRecords", 1000}, {"maxMillis", 3000}})), state.filePath(QStringLiteral("long")));
            QVERIFY(run.waitIncremental());
            QThread::msleep(500);
            auto c = connectTo(*m_source);
            QStringList gtids;
            QElapsedTimer sinceFirst;
            sinceFirst.start();
            for (int id = 20000; id < 20040; ++id) {
                c->exec(QStringLiteral("INSERT INTO shop.items (id, v) VALUES (%1, 0)").arg(id));
                gtids << lastGtid(*c);
            }
            QVERIFY(waitFor(arrived(QStringLiteral("shop.items:20039")), 60000));
            // Sent when the first record had waited maxMillis, with no further change to push it out.
            QVERIFY2(sinceFirst.elapsed() >= 2900 && sinceFirst.elapsed() < 8000, qPrintable(QString::number(sinceFirst.elapsed())));
            QCOMPARE(run.stop(), QString());
            int invocations = 0, most = 0;
            for (const QJsonObject &call : jsonLines(file)) {
                QSet<QString> transactions;
                for (const Record &r : fcRecords(call))
                    if (r.key.startsWith(QLatin1String("shop.items:200"))) {
                        QCOMPARE(r.gtid, gtids.value(r.key.section(':', 1).toInt() - 20000));
                        transactions << r.gtid;
                    }
                invocations += transactions.isEmpty() ? 0 : 1;
                most = qMax(most, int(transactions.size()));
            }
            QVERIFY2(invocations >= 1 && invocations <= 4, qPrintable(QString::number(invocations)));
            QVERIFY2(most >= 10, qPrintable(QString::number(most)));
            QMap<QString, QString> got;
            replay(got, all());
            QCOMPARE(got, sourceState());
        }

        // 2. maxRecords 1: one record an invocation, full data and changes alike.
        QFile::remove(file);
        {
            RunningTask run(task(destination({{"maxRecords", 1}, {"maxMillis", 3000}})), state.filePath(QStringLiteral("one")));
            QVERIFY(run.waitIncremental());
            write(30, true);
            m_conn->exec(QStringLiteral("INSERT INTO shop.items (id, v) VALUES (1000000, 0)"));
            QVERIFY(waitFor(arrived(QStringLiteral("shop.items:1000000")), 60000));
            QCOMPARE(run.stop(), QString());
            const QList<QJsonObject> calls = jsonLines(file);
            for (const QJsonObject &call : calls)
                QCOMPARE(call.value(QStringLiteral("records")).toArray().size(), 1);
            QVERIFY(calls.size() >= 230);
            QMap<QString, QString> got;
            replay(got, all());
            QCOMPARE(got, sourceState());
        }

        // 3. dts killed while it holds records back (maxMillis 8 s): the restart sends them.
        QFile::remove(file);
        m_conn->exec(QStringLiteral("DELETE FROM shop.items WHERE id = 1000000"));
        QJsonObject saved = destination({{"maxRecords", 1000}, {"maxMillis", 8000}});
        saved.remove(QStringLiteral("accessKeySecret"));  // a saved task holds no secret
        saved.insert(QStringLiteral("accessKeySecretEnv"), QStringLiteral("DTS_TEST_FC_SECRET"));
        qputenv("DTS_TEST_FC_SECRET", "sk");
        const DtsRun dts = savedTask(task(saved), work.path(), state.filePath(QStringLiteral("kill")));
        {
            BackgroundDts first(dts.args, dts.env, work.path());
            QVERIFY2(waitFor([&] { return first.out().contains(QLatin1String("incremental sync: following")) || !first.isRunning(); }, 120000) &&
                         first.isRunning(), qPrintable(first.output()));
            const int before = int(all().size());
            write(40, true);
            QThread::msleep(1500);
            QCOMPARE(int(all().size()), before);  // held back: maxMillis has not passed
        }  // killed
        write(20, true);
        BackgroundDts again(dts.args, dts.env, work.path());
        m_conn->exec(QStringLiteral("INSERT INTO shop.items (id, v) VALUES (1000000, 0)"));
        QVERIFY2(waitFor(arrived(QStringLiteral("shop.items:1000000")), 90000), qPrintable(again.output()));
        QCOMPARE(again.terminate(), 0);
        QMap<QString, QString> got;
        replay(got, all());
        QCOMPARE(got, sourceState());
    }

    // The broker answers SYSTEM_BUSY to every send: dts retries for retryOtherMinutes (1), then fails
    // naming the topic, the broker and the fix; once the broker recovers, a new run delivers everything.
    void rocketMqBusyPastRetryWindow()
    {
        reset();
        QTemporaryDir out, state, work;
        const QString busy = work.filePath(QStringLiteral("busy"));
        Oracle oracle(QStringLiteral("rocketmq-oracle.js"), {{"out", out.path()}, {"topics", QJsonObject{{"orders", 2}}}, {"busyFile", busy}});
        if (!oracle.error().isEmpty())
            QSKIP(qPrintable(oracle.error()));
        TaskSpec t = task({{"engine", "rocketmq"}, {"nameServer", oracle.value("nameServer")}, {"topic", "orders"}});
        t.advanced.retryOtherMinutes = 1;
        const DtsRun dts = savedTask(t, work.path(), state.path());
        auto all = [&] {
            QList<Record> records;
            for (int q = 0; q < 2; ++q)
                records << mqRecords(out.path(), QStringLiteral("orders"), q);
            return records;
        };
        {
            BackgroundDts run(dts.args, dts.env, work.path());
            QVERIFY2(waitFor([&] { return run.out().contains(QLatin1String("incremental sync: following")) || !run.isRunning(); }, 120000) &&
                         run.isRunning(), qPrintable(run.output()));
            QFile(busy).open(QIODevice::WriteOnly);
            write(20, true);
            QElapsedTimer failing;
            failing.start();
            QVERIFY2(waitFor([&] { return !run.isRunning(); }, 100000), qPrintable(run.output()));
            const qint64 took = failing.elapsed();
            QVERIFY2(took >= 55000 && took <= 95000, qPrintable(QString::number(took)));
            QVERIFY2(run.output().startsWith(QLatin1String("dts exited with code 1\n")), qPrintable(run.output()));
            const QString err = run.err();
            for (const char *expect : {"still failing after the retry window of 1 minute(s)", "topic orders queue", "broker 127.0.0.1:",
                                       "broker answered code 2", "check the broker's load", "advanced.retryOtherMinutes"})
                QVERIFY2(err.contains(QLatin1String(expect)), qPrintable(QLatin1String(expect) + QStringLiteral(" missing in: ") + err));
            QString log;
            QDirIterator logs(state.path(), {QStringLiteral("dts.log")}, QDir::Files, QDirIterator::Subdirectories);
            while (logs.hasNext()) {
                QFile f(logs.next());
                f.open(QIODevice::ReadOnly);
                log += QString::fromUtf8(f.readAll());
            }
            QVERIFY2(log.contains(QLatin1String("\": failed")), qPrintable(log.right(2000)));
        }
        QFile::remove(busy);  // the broker recovers
        BackgroundDts again(dts.args, dts.env, work.path());
        m_conn->exec(QStringLiteral("INSERT INTO shop.items (id, v) VALUES (1000000, 0)"));
        QVERIFY2(waitFor([&] { return holds(all(), QStringLiteral("shop.items:1000000")); }, 60000), qPrintable(again.output()));
        QCOMPARE(again.terminate(), 0);
        QMap<QString, QString> got;
        QSet<QString> seen;
        for (const Record &r : all()) {
            QVERIFY2(!seen.contains(r.key + r.type + QString::number(r.v)), qPrintable(r.key + " twice"));  // nothing doubled either
            seen << r.key + r.type + QString::number(r.v);
        }
        replay(got, all());
        QCOMPARE(got, sourceState());
    }

    // RocketMQ 5.x signs with the instance's user name and password: a whole task with them, and a wrong
    // password that stops the task naming the field to fix.
    void rocketMq5xCredentials()
    {
        reset();
        QTemporaryDir out, state;
        Oracle oracle(QStringLiteral("rocketmq-oracle.js"), {{"user", "inst-user"}, {"password", "inst-pass"}, {"out", out.path()},
                                                             {"topics", QJsonObject{{"orders", 2}}}});
        if (!oracle.error().isEmpty())
            QSKIP(qPrintable(oracle.error()));
        qputenv("DTS_TEST_MQ_PASSWORD", "inst-pass");
        QJsonObject d{{"engine", "rocketmq"}, {"version", "5"}, {"nameServer", oracle.value("nameServer")}, {"user", "inst-user"},
                      {"passwordEnv", "DTS_TEST_MQ_PASSWORD"}, {"topic", "orders"}, {"ordering", "column-hash"}};
        auto all = [&] {
            QList<Record> records;
            for (int q = 0; q < 2; ++q)
                records << mqRecords(out.path(), QStringLiteral("orders"), q);
            return records;
        };
        runWithWrites(task(d), state.filePath(QStringLiteral("good")), [&] {
            return holds(all(), QStringLiteral("shop.items:1000000"));
        });
        QMap<QString, QString> got;
        replay(got, all());
        QCOMPARE(got, sourceState());

        d.remove(QStringLiteral("passwordEnv"));
        d.insert(QStringLiteral("password"), QStringLiteral("not-the-password"));
        RunOptions o;
        o.stateDir = state.filePath(QStringLiteral("wrong"));
        TaskRunner runner(task(d), o);
        try {
            runner.run();
            QFAIL("a wrong password must stop the task");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QLatin1String("refused the instance user inst-user")), qPrintable(e.describe()));
            QVERIFY2(e.describe().contains(QLatin1String("check destination.user and destination.password")), qPrintable(e.describe()));
            QVERIFY(!e.describe().contains(QLatin1String("not-the-password")));
        }
    }
};

QTEST_GUILESS_MAIN(MqTask)
#include "tst_mqtask.moc"
