// The Tablestore client and writer against the vendor's own SDK code: tests/oracles/tablestore/server.js
// checks every request's signature, MD5, protobuf and PlainBuffer (its reader and builder) and keeps the
// rows, which we read back with GetRange/GetRow and compare cell by cell.
#include "common/Error.h"
#include "sinks/tablestore/TablestoreWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QtTest>

using namespace dts;
using namespace dts::ots;

namespace {

Value iv(qint64 i) { Value v; v.kind = Value::Int; v.i = i; return v; }
Value uv(quint64 u, Value::Kind k = Value::UInt) { Value v; v.kind = k; v.u = u; return v; }
Value dv(double d) { Value v; v.kind = Value::Double; v.d = d; return v; }
Value tv(Value::Kind k, QByteArray text, bool binary = false) { Value v; v.kind = k; v.text = std::move(text); v.binary = binary; return v; }
Value nullv() { return Value{}; }

ColumnInfo col(const QString &name, const QString &dataType, const QString &charset = {}) {
    ColumnInfo c;
    c.name = name;
    c.dataType = dataType;
    c.columnType = dataType;
    c.charset = charset;
    return c;
}

// Every kind of source column, one row of each.
TableInfo allTypes() {
    TableInfo t;
    t.database = "src";
    t.name = "AllTypes";
    t.columns = {col("ID", "bigint"), col("code", "varchar", "utf8mb4"), col("i", "int"), col("u", "bigint"),
                 col("f", "double"), col("dec", "decimal"), col("s", "varchar", "utf8mb4"), col("b", "varbinary"),
                 col("d", "date"), col("dt", "datetime"), col("ts", "timestamp"), col("tm", "time"), col("j", "json"),
                 col("e", "enum", "utf8mb4"), col("bits", "bit"), col("y", "year")};
    IndexInfo pk;
    pk.primary = true;
    pk.columns = {"ID", "code"};
    t.indexes = {pk};
    return t;
}

Row sample(qint64 id, const QByteArray &tag) {
    return {iv(id), tv(Value::String, "k-" + tag), iv(-id * 1000), uv(quint64(id) << 40), dv(id + 0.25),
            tv(Value::Decimal, "-12.340"), tv(Value::String, "h\xc3\xa9 " + tag), tv(Value::String, QByteArray("\0\x01\xff", 3) + tag, true),
            tv(Value::Date, "2024-02-29"), tv(Value::DateTime, "2024-02-29 23:59:58.123456"),
            tv(Value::Timestamp, "2024-01-01 00:00:00"), tv(Value::Time, "-838:59:59"), tv(Value::Json, "{\"a\": [1, 2]}"),
            tv(Value::String, "red"), uv(5, Value::Bit), uv(2024)};
}

}  // namespace

class TablestoreOracle : public QObject {
    Q_OBJECT

    QProcess m_server;
    QString m_endpoint;
    int m_tableSeq = 0;

    ClientConfig config(const QString &secret = QStringLiteral("test-secret")) {
        ClientConfig c;
        c.endpoint = m_endpoint;
        c.instance = "inst";
        c.accessKeyId = "test-ak";
        c.accessKeySecret = secret;
        c.retryWindowMs = 20000;
        c.maxBackoffMs = 200;
        return c;
    }
    QJsonObject oracle(const QByteArray &path, const QJsonObject &post = {}) {
        QNetworkAccessManager net;
        QNetworkRequest req(QUrl(m_endpoint + "/_oracle/" + path));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        std::unique_ptr<QNetworkReply> r(post.isEmpty() ? net.get(req) : net.post(req, QJsonDocument(post).toJson()));
        QEventLoop loop;
        connect(r.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        return QJsonDocument::fromJson(r->readAll()).object();
    }
    TargetTable mapped(MappingOptions o = {}) {
        return mapTable(allTypes(), QStringLiteral("AllTypes_%1").arg(++m_tableSeq), {}, {{"f", "DOUBLE"}}, o);
    }
    // What the source row must read back as, by the default mapping.
    static QList<Column> expected(const Row &r) {
        QList<Column> c = {{"i", Cell::integer(r[2].i)}, {"u", Cell::integer(qint64(r[3].u))}, {"f", Cell::real(r[4].d)},
                           {"dec", Cell::string(r[5].text)}, {"s", Cell::string(r[6].text)}, {"b", Cell::blob(r[7].text)},
                           {"d", Cell::string("2024-02-29")}, {"dt", Cell::string("2024-02-29 23:59:58.123456")},
                           {"ts", Cell::string("2024-01-01 00:00:00")}, {"tm", Cell::string("-838:59:59")},
                           {"j", Cell::string("{\"a\": [1, 2]}")}, {"e", Cell::string("red")}, {"bits", Cell::integer(5)},
                           {"y", Cell::integer(2024)}};
        QList<Column> present;
        for (int i = 0; i < c.size(); ++i)
            if (!r[i + 2].isNull()) present.append(c[i]);
        return present;
    }
    static QList<Column> sorted(QList<Column> c) {
        std::sort(c.begin(), c.end(), [](const Column &a, const Column &b) { return a.name < b.name; });
        return c;
    }

private Q_SLOTS:
    void initTestCase() {
        const QString dir = QStringLiteral(DTS_SOURCE_DIR "/tests/oracles/tablestore");
        if (!QFile::exists(dir + "/node_modules/tablestore/package.json"))
            QFAIL("the oracle's npm packages are not installed: run `npm ci` in tests/oracles/tablestore (installer/dev.sh test does it)");
        m_server.setWorkingDirectory(dir);
        m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_server.start("node", {"server.js", "0", "test-ak", "test-secret", "inst"});
        QVERIFY2(m_server.waitForStarted(10000), "node did not start: install nodejs");
        QVERIFY2(m_server.waitForReadyRead(20000), "the oracle did not start listening");
        const QByteArray line = m_server.readLine().trimmed();
        QVERIFY2(line.startsWith("listening "), line.constData());
        m_endpoint = "http://127.0.0.1:" + line.mid(10);
    }
    void cleanupTestCase() {
        m_server.closeWriteChannel();  // it exits when its stdin closes
        if (!m_server.waitForFinished(5000)) m_server.kill();
        m_server.waitForFinished(2000);
    }

    void singleRowOperations() {
        Client c(config());
        TableSchema s{"single", {{"pk", PkType::String}}};
        c.createTable(s);
        QVERIFY(c.listTables().contains("single"));
        QCOMPARE(c.describeTable("single")->primaryKey, s.primaryKey);
        QVERIFY(!c.describeTable("nosuch"));
        const QList<Column> pk = {{"pk", Cell::string("a")}};
        c.putRow("single", {RowChange::Put, pk, {{"col", Cell::string("v")}, {"n", Cell::integer(7)}}, {}});
        c.updateRow("single", {RowChange::Update, pk, {{"x", Cell::boolean(true)}}, {"n"}});
        const auto row = c.getRow("single", pk);
        QVERIFY(row);
        QCOMPARE(sorted(row->columns), sorted({{"col", Cell::string("v")}, {"x", Cell::boolean(true)}}));
        c.deleteRow("single", pk);
        QVERIFY(!c.getRow("single", pk));
        try {
            c.createTable(s);
            QFAIL("a second CreateTable passed");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains("OTSObjectAlreadyExist"), qPrintable(e.describe()));
        }
    }

    void everyTypeBothModes_data() {
        QTest::addColumn<int>("writeMode");
        QTest::addColumn<int>("batchMode");
        QTest::newRow("overwrite, BatchWriteRow") << int(WriteMode::Overwrite) << int(BatchMode::BatchWriteRow);
        QTest::newRow("overwrite, BulkImport") << int(WriteMode::Overwrite) << int(BatchMode::BulkImport);
        QTest::newRow("update, BatchWriteRow") << int(WriteMode::Update) << int(BatchMode::BatchWriteRow);
        QTest::newRow("update, BulkImport") << int(WriteMode::Update) << int(BatchMode::BulkImport);
    }
    void everyTypeBothModes() {
        QFETCH(int, writeMode);
        QFETCH(int, batchMode);
        const TargetTable t = mapped();
        QCOMPARE(t.name, t.name.toLower());
        WriterOptions o;
        o.writeMode = WriteMode(writeMode);
        o.batchMode = BatchMode(batchMode);
        o.buckets = 4;
        o.concurrency = 4;
        Writer w(config(), o, {t});
        w.createTables();
        // Full data: 450 rows, more than two requests' worth for each bucket.
        QHash<qint64, Row> source;
        for (qint64 id = 1; id <= 450; ++id) {
            source[id] = sample(id, QByteArray::number(id));
            w.put("src.AllTypes", source[id]);
        }
        w.flush();
        QCOMPARE(w.pendingRows(), 0);
        // Incremental: an update with a NULL, a delete, a key change, an insert, then the same key again.
        auto change = [&](ChangeEvent::Kind k, const Row &before, const Row &after) {
            ChangeEvent e;
            e.kind = k;
            e.database = "src";
            e.table = "AllTypes";
            e.before = before;
            e.after = after;
            w.write(e);
        };
        Row upd = source[1];
        upd[6] = tv(Value::String, "changed");
        upd[2] = nullv();
        change(ChangeEvent::Update, source[1], upd);
        source[1] = upd;
        change(ChangeEvent::Delete, source[2], {});
        source.remove(2);
        Row moved = source[3];
        moved[0] = iv(1003);
        change(ChangeEvent::Update, source[3], moved);
        source.remove(3);
        source[1003] = moved;
        Row again = upd;
        again[4] = dv(-1.5);
        change(ChangeEvent::Update, upd, again);
        source[1] = again;
        change(ChangeEvent::Insert, {}, sample(2000, "new"));
        source[2000] = sample(2000, "new");
        w.flush();
        QCOMPARE(w.dirtyRows(), 0);

        Client c(config());
        const QList<StoredRow> rows = c.getRange(t.name, 100);  // several pages
        QCOMPARE(rows.size(), source.size());
        for (const StoredRow &r : rows) {
            QCOMPARE(r.primaryKey.size(), 2);
            QCOMPARE(r.primaryKey[0].name, QByteArray("id"));
            const qint64 id = r.primaryKey[0].value.i;
            QVERIFY2(source.contains(id), qPrintable(QString::number(id)));
            QCOMPARE(r.primaryKey[1].value, Cell::string(source[id][1].text));
            QCOMPARE(sorted(r.columns), sorted(expected(source[id])));
        }
        QVERIFY(w.writtenRows() >= 455);
    }

    void temporalAsEpochDecimalAsDouble() {
        MappingOptions mo;
        mo.temporal = TemporalAs::Epoch;
        mo.decimal = DecimalAs::Double;
        const TargetTable t = mapped(mo);
        WriterOptions o;
        o.temporal = TemporalAs::Epoch;
        Writer w(config(), o, {t});
        w.createTables();
        w.put("src.AllTypes", sample(1, "x"));
        w.flush();
        Client c(config());
        const auto row = c.getRow(t.name, {{"id", Cell::integer(1)}, {"code", Cell::string("k-x")}});
        QVERIFY(row);
        QCOMPARE(*row->column("dec"), Cell::real(-12.34));
        QCOMPARE(*row->column("d"), Cell::integer(1709164800000));
        QCOMPARE(*row->column("dt"), Cell::integer(1709251198123));
        QCOMPARE(*row->column("tm"), Cell::integer(-(838 * 3600 + 59 * 60 + 59) * 1000LL));
    }

    void rowErrorInBatch_data() {
        QTest::addColumn<int>("policy");
        QTest::newRow("skip") << int(DirtyData::Skip);
        QTest::newRow("block") << int(DirtyData::Block);
    }
    void rowErrorInBatch() {
        QFETCH(int, policy);
        const TargetTable t = mapped();
        WriterOptions o;
        o.dirtyData = DirtyData(policy);
        o.buckets = 1;
        Writer w(config(), o, {t});
        w.createTables();
        w.put("src.AllTypes", sample(1, "a"));
        Row bad = sample(2, "b");
        bad[1] = tv(Value::String, QByteArray(1100, 'k'));  // a key over Tablestore's 1 KB
        w.put("src.AllTypes", bad);
        w.put("src.AllTypes", sample(3, "c"));
        if (DirtyData(policy) == DirtyData::Skip) {
            w.flush();
            QCOMPARE(w.dirtyRows(), 1);
            const QStringList log = w.takeDirtyLog();
            QCOMPARE(log.size(), 1);
            QVERIFY2(log[0].contains("OTSParameterInvalid") && log[0].contains("id=INTEGER 2"), qPrintable(log[0]));
            QCOMPARE(Client(config()).getRange(t.name).size(), 2);
        } else {
            try {
                w.flush();
                QFAIL("a refused row passed under Block");
            } catch (const Error &e) {
                QCOMPARE(e.kind(), ErrorKind::Permanent);
                QVERIFY2(e.describe().contains("OTSParameterInvalid") && e.describe().contains("id=INTEGER 2") && e.describe().contains(t.name),
                         qPrintable(e.describe()));
            }
            QCOMPARE(w.pendingRows(), 3);  // kept: nothing of the batch is acknowledged
        }
    }

    void wrongSecretIsAnAuthError() {
        Client c(config("not-the-secret"));
        const qint64 before = oracle("stats")["authFailures"].toInteger();
        try {
            c.listTables();
            QFAIL("a wrong secret passed");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Permanent);
            QVERIFY2(e.message().contains("OTSAuthFailed") && e.fix().contains("AccessKey"), qPrintable(e.describe()));
            QVERIFY2(!e.describe().contains("not-the-secret"), "the secret is in the message");
        }
        QCOMPARE(c.requests(), 1);  // not retried
        QCOMPARE(oracle("stats")["authFailures"].toInteger(), before + 1);
    }

    void serverBusyIsRetried() {
        const TargetTable t = mapped();
        Writer w(config(), {}, {t});
        w.createTables();
        const qint64 before = oracle("stats")["injected"].toInteger();
        oracle("inject", {{"action", "BatchWriteRow"}, {"code", "OTSServerBusy"}, {"times", 2}});
        w.put("src.AllTypes", sample(1, "a"));
        w.flush();
        QCOMPARE(oracle("stats")["injected"].toInteger(), before + 2);
        QVERIFY(w.retries() >= 2);
        QCOMPARE(Client(config()).getRange(t.name).size(), 1);
    }

    void busyPastTheWindowIsTransient() {
        ClientConfig cfg = config();
        cfg.retryWindowMs = 600;
        Client c(cfg);
        oracle("inject", {{"action", "ListTable"}, {"code", "OTSServerBusy"}, {"times", 1000}});
        try {
            c.listTables();
            QFAIL("busy forever passed");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Transient);
            QVERIFY2(e.message().contains("OTSServerBusy"), qPrintable(e.describe()));
        }
        QVERIFY(c.requests() >= 3);
        oracle("inject", {{"action", "ListTable"}, {"code", "clear"}, {"times", 0}});
    }

    void mappingChecks() {
        QVERIFY(checkName("table", "good_name1").isEmpty());
        QVERIFY(checkName("table", "1bad").contains("rename"));
        QVERIFY(checkName("table", "has-dash").contains("has-dash"));
        QVERIFY(checkName("table", QString(256, 'a')).contains("255"));
        QVERIFY(checkTableCount(64).isEmpty());
        QVERIFY(checkTableCount(65).contains("64"));
        try {
            mapTable(allTypes(), "t", {"ID", "code", "i", "u", "s"}, {}, {});
            QFAIL("5 key columns passed");
        } catch (const Error &e) {
            QVERIFY2(e.fix().contains("at most 4"), qPrintable(e.describe()));
        }
        try {
            mapTable(allTypes(), "t", {}, {{"f", "FLOAT"}}, {});
            QFAIL("an unknown type passed");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains("FLOAT") && e.object() == "src.AllTypes", qPrintable(e.describe()));
        }
    }
};

QTEST_GUILESS_MAIN(TablestoreOracle)
#include "tst_tablestore.moc"
