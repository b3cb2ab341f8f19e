// Tablestore wire format: PlainBuffer rows, the PutRow request and the request signature, byte for byte
// against the golden vectors of issue 7; decoding rejects damaged rows.
#include "common/Error.h"
#include "sinks/tablestore/OtsClient.h"
#include "sinks/tablestore/PlainBuffer.h"
#include "sinks/tablestore/tablestore.pb.h"

#include <QtTest>

using namespace dts;
using namespace dts::ots;

namespace {
const QByteArray kPutRow = "7500000001030402000000706b05060000000301000000610ad402030403000000636f6c05060000000301000000760ae8096f";
const QByteArray kDeleteRow = "7500000001030402000000706b05060000000301000000610ad40809e9";

RowChange row(RowChange::Op op) {
    RowChange r;
    r.op = op;
    r.primaryKey = {{"pk", Cell::string("a")}};
    if (op == RowChange::Put) r.columns = {{"col", Cell::string("v")}};
    return r;
}
}  // namespace

class TablestoreFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void crc8Poly07() {
        // CRC-8/SMBUS check value of "123456789" is 0xF4.
        QCOMPARE(crc8(0, "123456789", 9), quint8(0xF4));
    }
    void putRowGolden() { QCOMPARE(encodeRow(row(RowChange::Put)).toHex(), kPutRow); }
    void deleteRowGolden() { QCOMPARE(encodeRow(row(RowChange::Delete)).toHex(), kDeleteRow); }
    void putRowRequestGolden() {
        pb::PutRowRequest req;
        req.set_table_name("t");
        const QByteArray r = encodeRow(row(RowChange::Put));
        req.set_row(r.constData(), size_t(r.size()));
        req.mutable_condition()->set_row_existence(pb::IGNORE);
        std::string s;
        req.SerializeToString(&s);
        QCOMPARE(QByteArray::fromStdString(s).toHex(), QByteArray("0a0174") + "1233" + kPutRow + "1a020800");
    }
    void signatureGolden() {
        const QList<QPair<QByteArray, QByteArray>> headers = {
            {"x-ots-date", "2024-01-01T00:00:00.000Z"}, {"x-ots-apiversion", "2015-12-31"},
            {"x-ots-accesskeyid", "ak"}, {"x-ots-instancename", "inst"},
            {"x-ots-contentmd5", "FtnEIiSPre7kLXBB0KW4Fw=="}};
        QCOMPARE(signRequest("sk", "PutRow", headers), QByteArray("0hcnfCUqt3XoKwazbSO4dpm9I3o="));
        // Header case and order do not matter; the signature header itself is not signed.
        QList<QPair<QByteArray, QByteArray>> shuffled(headers.rbegin(), headers.rend());
        shuffled[0].first = "X-OTS-ContentMD5";
        shuffled.append(qMakePair(QByteArray("x-ots-signature"), QByteArray("anything")));
        shuffled.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x.pb2")));
        QCOMPARE(signRequest("sk", "PutRow", shuffled), QByteArray("0hcnfCUqt3XoKwazbSO4dpm9I3o="));
        QVERIFY(signRequest("sk2", "PutRow", headers) != QByteArray("0hcnfCUqt3XoKwazbSO4dpm9I3o="));
    }
    void dateHasMilliseconds() { QCOMPARE(otsDate(1704067200123), QByteArray("2024-01-01T00:00:00.123Z")); }
    void roundTripEveryType() {
        RowChange r;
        r.primaryKey = {{"id", Cell::integer(-5)}, {"k", Cell::blob(QByteArray("\0\xff", 2))}};
        r.columns = {{"i", Cell::integer(std::numeric_limits<qint64>::min())}, {"d", Cell::real(-0.1)},
                     {"b", Cell::boolean(true)}, {"s", Cell::string("h\xc3\xa9llo")}, {"x", Cell::blob("")},
                     {"\xe5\x90\x8d", Cell::string("")}};
        const QList<StoredRow> back = decodeRows(encodeRow(r), "t");
        QCOMPARE(back.size(), 1);
        QCOMPARE(back[0].primaryKey, r.primaryKey);
        QCOMPARE(back[0].columns, r.columns);
        // The name length is in UTF-8 bytes.
        QVERIFY(encodeRow(r).contains(QByteArray("\x04\x03\x00\x00\x00\xe5\x90\x8d", 8)));
    }
    void updateRowDeletesAreChecked() {
        RowChange r;
        r.op = RowChange::Update;
        r.primaryKey = {{"pk", Cell::string("a")}};
        r.columns = {{"col", Cell::string("v")}};
        r.deleted = {"gone"};
        const QByteArray bytes = encodeRow(r);
        // The delete cell: name, op DELETE_ALL_VERSION (06 01), checksum over name then op.
        const QByteArray name("gone");
        const quint8 crc = crc8(crc8(0, name.constData(), 4), "\x01", 1);
        QVERIFY(bytes.contains(QByteArray("gone\x06\x01\x0a", 7) + char(crc)));
        const QList<StoredRow> back = decodeRows(bytes, "t");  // the reader sums the op last too
        QCOMPARE(back[0].columns.size(), 2);
    }
    void damagedRowsAreRejected_data() {
        QTest::addColumn<int>("offset");
        QTest::newRow("pk value") << 23;
        QTest::newRow("column value") << 46;
        QTest::newRow("row checksum") << 50;
    }
    void damagedRowsAreRejected() {
        QFETCH(int, offset);
        QByteArray bytes = QByteArray::fromHex(kPutRow);
        bytes[offset] = char(bytes[offset] ^ 0x20);
        try {
            decodeRows(bytes, "inst/t");
            QFAIL("a damaged row was accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains("checksum"), qPrintable(e.describe()));
            QCOMPARE(e.object(), QStringLiteral("inst/t"));
        }
        try {
            decodeRows(QByteArray::fromHex(kPutRow).left(30), "inst/t");
            QFAIL("a truncated row was accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains("ends early"), qPrintable(e.describe()));
        }
    }
};

QTEST_GUILESS_MAIN(TablestoreFormat)
#include "tst_tablestoreformat.moc"
