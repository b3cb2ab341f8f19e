// The Tablestore client and writer against the vendor's own SDK code: tests/oracles/tablestore/server.js
// checks every request's signature, MD5, protobuf and PlainBuffer (its reader and builder) and keeps the
// rows, which we read back with GetRange/GetRow and compare cell by cell.
#include "common/TablestoreOracle.h"

#include "common/Error.h"
#include "sinks/tablestore/TablestoreWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
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

    std::unique_ptr<OtsOracle> m_oracle;
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
        m_oracle = std::make_unique<OtsOracle>();
        QVERIFY2(m_oracle->error().isEmpty(), qPrintable(m_oracle->error()));
        m_endpoint = m_oracle->endpoint();
    }
    void cleanupTestCase() { m_oracle.reset(); }

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
        const qint64 before = m_oracle->stats()["authFailures"].toInteger();
        try {
            c.listTables();
            QFAIL("a wrong secret passed");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Permanent);
            QVERIFY2(e.message().contains("OTSAuthFailed") && e.fix().contains("AccessKey"), qPrintable(e.describe()));
            QVERIFY2(!e.describe().contains("not-the-secret"), "the secret is in the message");
        }
        QCOMPARE(c.requests(), 1);  // not retried
        QCOMPARE(m_oracle->stats()["authFailures"].toInteger(), before + 1);
    }

    void serverBusyIsRetried() {
        const TargetTable t = mapped();
        Writer w(config(), {}, {t});
        w.createTables();
        const qint64 before = m_oracle->stats()["injected"].toInteger();
        m_oracle->inject("BatchWriteRow", "OTSServerBusy", 2);
        w.put("src.AllTypes", sample(1, "a"));
        w.flush();
        QCOMPARE(m_oracle->stats()["injected"].toInteger(), before + 2);
        QVERIFY(w.retries() >= 2);
        QCOMPARE(Client(config()).getRange(t.name).size(), 1);
    }

    void busyPastTheWindowIsTransient() {
        ClientConfig cfg = config();
        cfg.retryWindowMs = 600;
        Client c(cfg);
        m_oracle->inject("ListTable", "OTSServerBusy", 1000);
        try {
            c.listTables();
            QFAIL("busy forever passed");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Transient);
            QVERIFY2(e.message().contains("OTSServerBusy"), qPrintable(e.describe()));
        }
        QVERIFY(c.requests() >= 3);
        m_oracle->inject("ListTable", "clear", 0);
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
