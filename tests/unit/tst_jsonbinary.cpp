// MySQL's binary JSON: hand-built documents of every type print as MySQL prints them, partial-update
// diffs apply as a MySQL replica applies them, damaged input is a dts::Error and never a crash, and
// the JSON column values of the shared MySQL 8.0 binlog decode to the documents that the table's
// generated columns (name = json_col->>'$.name', age = json_col->'$.age') agree with.
#include "binlog/BinlogFile.h"
#include "binlog/JsonBinary.h"
#include "binlog/JsonColumn.h"
#include "binlog/TableMap.h"
#include "common/Binlogs.h"
#include "common/Error.h"

#include <QDir>
#include <QtEndian>
#include <QRandomGenerator>
#include <QtTest>
#include <cstring>
#include <limits>
#include <optional>

using namespace dts;
using namespace dts::binlog;

namespace {

// ---- a test-side encoder, laid out as MySQL lays documents out (keys, then values, entry order) ----

struct Bin {
    quint8 type = 0;
    QByteArray data;  // after the type byte
};

QByteArray le(quint64 v, int bytes)
{
    QByteArray out;
    for (int i = 0; i < bytes; ++i)
        out += char(v >> (8 * i) & 0xff);
    return out;
}

QByteArray varLength(quint64 n)
{
    QByteArray out;
    do {
        char b = char(n & 0x7f);
        n >>= 7;
        if (n)
            b = char(b | 0x80);
        out += b;
    } while (n);
    return out;
}

Bin literal(int v) { return {0x4, QByteArray(1, char(v))}; }
Bin null() { return literal(0); }
Bin i16(qint16 v) { return {0x5, le(quint16(v), 2)}; }
Bin u16(quint16 v) { return {0x6, le(v, 2)}; }
Bin i32(qint32 v) { return {0x7, le(quint32(v), 4)}; }
Bin u32(quint32 v) { return {0x8, le(v, 4)}; }
Bin i64(qint64 v) { return {0x9, le(quint64(v), 8)}; }
Bin u64(quint64 v) { return {0xA, le(v, 8)}; }
Bin dbl(double d)
{
    quint64 bits;
    std::memcpy(&bits, &d, sizeof bits);
    return {0xB, le(bits, 8)};
}
Bin str(const QByteArray &s) { return {0xC, varLength(quint64(s.size())) + s}; }
Bin opaque(quint8 fieldType, const QByteArray &bytes) { return {0xF, char(fieldType) + varLength(quint64(bytes.size())) + bytes}; }

bool inlinedType(quint8 t, bool large) { return t == 0x4 || t == 0x5 || t == 0x6 || (large && (t == 0x7 || t == 0x8)); }

Bin container(bool object, bool large, const QList<QByteArray> &keys, const QList<Bin> &values)
{
    const int off = large ? 4 : 2;
    const qsizetype n = values.size();
    qsizetype pos = 2 * off + (object ? n * (off + 2) : 0) + n * (1 + off);
    QByteArray keyEntries, valueEntries, payload;
    for (const QByteArray &k : keys) {
        keyEntries += le(quint64(pos), off) + le(quint64(k.size()), 2);
        payload += k;
        pos += k.size();
    }
    for (const Bin &v : values) {
        if (inlinedType(v.type, large)) {
            valueEntries += char(v.type) + v.data + QByteArray(off - v.data.size(), '\0');
        } else {
            valueEntries += char(v.type) + le(quint64(pos), off);
            payload += v.data;
            pos += v.data.size();
        }
    }
    const quint8 type = quint8((object ? 0 : 2) + (large ? 1 : 0));
    return {type, le(quint64(n), off) + le(quint64(pos), off) + keyEntries + valueEntries + payload};
}

Bin arr(const QList<Bin> &values, bool large = false) { return container(false, large, {}, values); }
Bin obj(const QList<std::pair<QByteArray, Bin>> &members, bool large = false)
{
    QList<QByteArray> keys;
    QList<Bin> values;
    for (const auto &[k, v] : members) {
        keys << k;
        values << v;
    }
    return container(true, large, keys, values);
}

QByteArray doc(const Bin &b) { return char(b.type) + b.data; }

// DECIMAL(precision, scale) as MySQL stores it in JSON: precision, scale, then decimal2bin().
QByteArray decimal(int precision, int scale, QByteArray text)
{
    static constexpr int dig2bytes[10] = {0, 1, 1, 2, 2, 3, 3, 4, 4, 4};
    const bool negative = text.startsWith('-');
    if (negative)
        text = text.mid(1);
    const int intg = precision - scale;
    const qsizetype point = text.indexOf('.');
    QByteArray ip = point < 0 ? text : text.left(point), fp = point < 0 ? QByteArray() : text.mid(point + 1);
    QByteArray digits = ip.rightJustified(intg, '0') + fp.leftJustified(scale, '0');
    QByteArray bytes;
    qsizetype at = 0;
    auto group = [&](int n) {
        const quint64 v = digits.mid(at, n).toULongLong();
        for (int i = dig2bytes[n] - 1; i >= 0; --i)  // big-endian
            bytes += char(v >> (8 * i) & 0xff);
        at += n;
    };
    if (intg % 9)
        group(intg % 9);
    for (int i = 0; i < intg / 9; ++i)
        group(9);
    for (int i = 0; i < scale / 9; ++i)
        group(9);
    if (scale % 9)
        group(scale % 9);
    bytes[0] = char(bytes[0] ^ 0x80);
    if (negative)
        for (char &c : bytes)
            c = char(~c);
    return QByteArray(1, char(precision)) + char(scale) + bytes;
}

// TIME_to_longlong_datetime_packed() / _time_packed()
QByteArray datetime(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int us = 0)
{
    const quint64 ymd = (quint64(y * 13 + mo) << 5) | quint64(d);
    const quint64 hms = quint64(h) << 12 | quint64(mi) << 6 | quint64(s);
    return le((ymd << 17 | hms) << 24 | quint64(us), 8);
}
QByteArray packedTime(bool negative, int h, int mi, int s, int us = 0)
{
    const qint64 v = qint64(quint64(h) << 12 | quint64(mi) << 6 | quint64(s)) << 24 | us;
    return le(quint64(negative ? -v : v), 8);
}

QByteArray packedInt(quint64 n)
{
    if (n < 251)
        return QByteArray(1, char(n));
    if (n < 65536)
        return char(252) + le(n, 2);
    if (n < (1u << 24))
        return char(253) + le(n, 3);
    return char(254) + le(n, 8);
}
QByteArray diff(int op, const QByteArray &path, const std::optional<QByteArray> &value = {})
{
    QByteArray out = char(op) + packedInt(quint64(path.size())) + path;
    if (value)
        out += packedInt(quint64(value->size())) + *value;
    return out;
}
QByteArray replaceAt(const QByteArray &path, const Bin &v) { return diff(0, path, doc(v)); }
QByteArray insertAt(const QByteArray &path, const Bin &v) { return diff(1, path, doc(v)); }
QByteArray removeAt(const QByteArray &path) { return diff(2, path); }

Bin nested(int depth, const Bin &inner)
{
    Bin b = inner;
    for (int i = 0; i < depth; ++i)
        b = arr({b});
    return b;
}

QByteArray text(const QByteArray &bin) { return jsonBinaryToText(bin.constData(), size_t(bin.size()), QStringLiteral("test")); }

// Exactly `n` heap bytes, so that a read past them is an out-of-bounds read for ASan.
std::vector<char> exact(const QByteArray &b, qsizetype n) { return std::vector<char>(b.begin(), b.begin() + n); }

// One document with every kind of value, small and large containers, for truncation and damage.
Bin everythingBin()
{
    return obj({{"a", i16(-7)},
                    {"b", u16(65000)},
                    {"int", i32(-70000)},
                    {"big", i64(-5000000000)},
                    {"list", arr({u32(4000000000u), u64(18000000000000000000ull), dbl(0.25), null(), literal(1), literal(2)}, true)},
                    {"text", str("h\xc3\xa9llo \"w\"\n")},
                    {"money", opaque(TypeNewDecimal, decimal(10, 2, "-12345678.90"))},
                    {"when", opaque(TypeDateTime, datetime(2015, 1, 15, 23, 24, 25, 500))},
                    {"blob", opaque(TypeBlob, QByteArray("\x00\x01\x02", 3))},
                    {"deeper", obj({{"x", arr({str("y"), i32(5)})}}, true)}});
}
QByteArray everything() { return doc(everythingBin()); }

// Just enough of a row image for this one table (INT, JSON, VARCHAR(100), INT); the real row
// decoder will be core/binlog/RowImage.
struct Columns {
    std::optional<qint32> id, age;
    std::optional<QByteArray> json, name;
    bool jsonIsDiff = false;
};
struct RowImage {
    std::optional<Columns> before;
    Columns after;
};

QList<RowImage> rowImages(const QByteArray &body, quint8 type, const QString &where)
{
    auto need = [&](qsizetype pos, qsizetype n) {
        if (pos + n > body.size())
            throw Error(ErrorKind::Permanent, where, QStringLiteral("row event ends early"));
    };
    auto bitmap = [&](qsizetype &pos, int bits) {
        need(pos, (bits + 7) / 8);
        QList<bool> out;
        for (int i = 0; i < bits; ++i)
            out << bool(quint8(body[pos + i / 8]) & (1 << (i % 8)));
        pos += (bits + 7) / 8;
        return out;
    };
    auto image = [&](qsizetype &pos, const QList<bool> &present, bool jsonDiff) {
        Columns c;
        const QList<bool> nulls = bitmap(pos, int(present.count(true)));
        int k = 0;
        for (int col = 0; col < present.size(); ++col) {
            if (!present[col] || nulls[k++])
                continue;
            if (col == 0 || col == 3) {
                need(pos, 4);
                (col == 0 ? c.id : c.age) = qint32(qFromLittleEndian<quint32>(body.constData() + pos));
                pos += 4;
            } else {
                const int lengthBytes = col == 1 ? 4 : 2;  // JSON: metadata 4; VARCHAR(100) utf8mb4: 400 bytes
                need(pos, lengthBytes);
                const qsizetype n = lengthBytes == 4 ? qsizetype(qFromLittleEndian<quint32>(body.constData() + pos))
                                                     : qsizetype(qFromLittleEndian<quint16>(body.constData() + pos));
                pos += lengthBytes;
                need(pos, n);
                (col == 1 ? c.json : c.name) = body.mid(pos, n);
                if (col == 1)
                    c.jsonIsDiff = jsonDiff;
                pos += n;
            }
        }
        return c;
    };

    qsizetype pos = 8;  // table id (6), flags (2)
    need(pos, 2);
    pos += qFromLittleEndian<quint16>(body.constData() + pos);  // extra data, its length included
    qsizetype p = pos;
    const int columns = int(readPackedInt(body, p, where));
    pos = p;
    const QList<bool> beforeColumns = bitmap(pos, columns);
    const QList<bool> afterColumns = type == WriteRowsV2 ? beforeColumns : bitmap(pos, columns);
    QList<RowImage> rows;
    while (pos < body.size()) {
        RowImage row;
        if (type == WriteRowsV2) {
            row.after = image(pos, afterColumns, false);
        } else {
            row.before = image(pos, beforeColumns, false);
            bool partial = false;
            if (type == PartialUpdateRowsEvent) {
                p = pos;
                const quint64 options = readPackedInt(body, p, where);
                pos = p;
                if (options & 1)  // PARTIAL_JSON_UPDATES: a bit per JSON column of the table
                    partial = bitmap(pos, 1).first();
            }
            row.after = image(pos, afterColumns, partial);
        }
        rows << row;
    }
    return rows;
}

}  // namespace

class TstJsonBinary : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("bin");
        QTest::addColumn<QByteArray>("expected");
        // literals and integers at the top level
        QTest::newRow("null") << doc(null()) << QByteArray("null");
        QTest::newRow("true") << doc(literal(1)) << QByteArray("true");
        QTest::newRow("false") << doc(literal(2)) << QByteArray("false");
        QTest::newRow("int16") << doc(i16(-32768)) << QByteArray("-32768");
        QTest::newRow("uint16") << doc(u16(65535)) << QByteArray("65535");
        QTest::newRow("int32") << doc(i32(std::numeric_limits<qint32>::min())) << QByteArray("-2147483648");
        QTest::newRow("uint32") << doc(u32(4294967295u)) << QByteArray("4294967295");
        QTest::newRow("int64") << doc(i64(std::numeric_limits<qint64>::min())) << QByteArray("-9223372036854775808");
        QTest::newRow("uint64") << doc(u64(std::numeric_limits<quint64>::max())) << QByteArray("18446744073709551615");
        // strings: a top-level string prints quoted, as SELECT prints the column
        QTest::newRow("empty string") << doc(str("")) << QByteArray("\"\"");
        QTest::newRow("string") << doc(str("abc")) << QByteArray("\"abc\"");
        QTest::newRow("quotes and backslash") << doc(str("a\"b\\c/d'e")) << QByteArray("\"a\\\"b\\\\c/d'e\"");
        QTest::newRow("named control chars") << doc(str("\b\f\n\r\t")) << QByteArray("\"\\b\\f\\n\\r\\t\"");
        QTest::newRow("other control chars") << doc(str(QByteArray("\x00\x01\x1f\x7f", 4))) << QByteArray("\"\\u0000\\u0001\\u001f\x7f\"");
        QTest::newRow("unicode stays raw") << doc(str("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80")) << QByteArray("\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\"");
        QTest::newRow("2-byte length") << doc(str(QByteArray(200, 'x'))) << '"' + QByteArray(200, 'x') + '"';
        QTest::newRow("3-byte length") << doc(str(QByteArray(20000, 'y'))) << '"' + QByteArray(20000, 'y') + '"';
        // containers
        QTest::newRow("empty array") << doc(arr({})) << QByteArray("[]");
        QTest::newRow("empty object") << doc(obj({})) << QByteArray("{}");
        QTest::newRow("empty large array") << doc(arr({}, true)) << QByteArray("[]");
        QTest::newRow("empty large object") << doc(obj({}, true)) << QByteArray("{}");
        const QList<Bin> mixed = {i16(1), str("a"), null(), literal(1), literal(2), dbl(2.5)};
        QTest::newRow("small array") << doc(arr(mixed)) << QByteArray("[1, \"a\", null, true, false, 2.5]");
        QTest::newRow("large array") << doc(arr(mixed, true)) << QByteArray("[1, \"a\", null, true, false, 2.5]");
        const QList<std::pair<QByteArray, Bin>> members = {{"a", i16(1)}, {"b", arr({i16(1), i16(2)})}};
        QTest::newRow("small object") << doc(obj(members)) << QByteArray("{\"a\": 1, \"b\": [1, 2]}");
        QTest::newRow("large object") << doc(obj(members, true)) << QByteArray("{\"a\": 1, \"b\": [1, 2]}");
        // 32-bit integers are inlined in large containers only
        QTest::newRow("int32 behind offsets") << doc(arr({i32(70000), u32(4000000000u), i32(-1)})) << QByteArray("[70000, 4000000000, -1]");
        QTest::newRow("int32 inlined") << doc(arr({i32(70000), u32(4000000000u), i32(-1)}, true)) << QByteArray("[70000, 4000000000, -1]");
        QTest::newRow("64-bit in containers") << doc(arr({i64(-5000000000), u64(5000000000), dbl(-0.5)}, true))
                                              << QByteArray("[-5000000000, 5000000000, -0.5]");
        QTest::newRow("keys kept in stored order")
            << doc(obj({{"b", i16(1)}, {"a", i16(2)}, {"aa", i16(3)}})) << QByteArray("{\"b\": 1, \"a\": 2, \"aa\": 3}");
        QTest::newRow("escaped keys") << doc(obj({{"k\"\\\n\x01", null()}})) << QByteArray("{\"k\\\"\\\\\\n\\u0001\": null}");
        QTest::newRow("nesting small in large in small")
            << doc(obj({{"x", arr({obj({{"y", arr({i16(1), literal(1)})}}, true), str("z")})}}))
            << QByteArray("{\"x\": [{\"y\": [1, true]}, \"z\"]}");
        const QByteArray a(30000, 'a'), b(30000, 'b'), c(30000, 'c');
        QTest::newRow("offsets past 64 KiB") << doc(arr({str(a), str(b), str(c), i16(1)}, true))
                                             << "[\"" + a + "\", \"" + b + "\", \"" + c + "\", 1]";
        // what MySQL 8.0.22 wrote for INSERT INTO t (json_col) VALUES ('{"name": "Joe", "age": 24, "data": "xxxxxxxxxx"}')
        QTest::newRow("MySQL's own bytes")
            << QByteArray::fromHex("000300330019000300"
                                   "1c000400200004000518000c24000c2f00616765646174616e616d65"
                                   "0a78787878787878787878034a6f65")
            << QByteArray("{\"age\": 24, \"data\": \"xxxxxxxxxx\", \"name\": \"Joe\"}");
        // opaque values
        QTest::newRow("decimal") << doc(opaque(TypeNewDecimal, decimal(3, 2, "1.50"))) << QByteArray("1.50");
        QTest::newRow("negative decimal") << doc(opaque(TypeNewDecimal, decimal(3, 2, "-1.50"))) << QByteArray("-1.50");
        QTest::newRow("decimal below one") << doc(opaque(TypeNewDecimal, decimal(5, 3, "-0.005"))) << QByteArray("-0.005");
        QTest::newRow("decimal zero with scale") << doc(opaque(TypeNewDecimal, decimal(4, 2, "0"))) << QByteArray("0.00");
        QTest::newRow("decimal zero") << doc(opaque(TypeNewDecimal, decimal(1, 0, "0"))) << QByteArray("0");
        QTest::newRow("decimal leading zeros dropped") << doc(opaque(TypeNewDecimal, decimal(10, 0, "5"))) << QByteArray("5");
        QTest::newRow("decimal several groups")
            << doc(opaque(TypeNewDecimal, decimal(35, 15, "-12345678901234567890.123456789012345")))
            << QByteArray("-12345678901234567890.123456789012345");
        QTest::newRow("decimal 65 digits") << doc(opaque(TypeNewDecimal, decimal(65, 30, QByteArray(35, '9') + '.' + QByteArray(30, '9'))))
                                           << QByteArray(35, '9') + '.' + QByteArray(30, '9');
        QTest::newRow("decimal in an array") << doc(arr({opaque(TypeNewDecimal, decimal(3, 2, "1.50")), i16(2)})) << QByteArray("[1.50, 2]");
        QTest::newRow("date") << doc(opaque(TypeDate, datetime(2015, 1, 15))) << QByteArray("\"2015-01-15\"");
        QTest::newRow("zero date") << doc(opaque(TypeDate, datetime(0, 0, 0))) << QByteArray("\"0000-00-00\"");
        QTest::newRow("datetime") << doc(opaque(TypeDateTime, datetime(2015, 1, 15, 23, 24, 25)))
                                  << QByteArray("\"2015-01-15 23:24:25.000000\"");
        QTest::newRow("datetime with microseconds") << doc(opaque(TypeDateTime, datetime(1999, 12, 31, 0, 0, 1, 123456)))
                                                    << QByteArray("\"1999-12-31 00:00:01.123456\"");
        QTest::newRow("timestamp") << doc(opaque(TypeTimestamp, datetime(2038, 1, 19, 3, 14, 7, 999999)))
                                   << QByteArray("\"2038-01-19 03:14:07.999999\"");
        QTest::newRow("time") << doc(opaque(TypeTime, packedTime(false, 23, 24, 25))) << QByteArray("\"23:24:25.000000\"");
        QTest::newRow("negative time") << doc(opaque(TypeTime, packedTime(true, 838, 59, 59, 500000))) << QByteArray("\"-838:59:59.500000\"");
        QTest::newRow("date in an object") << doc(obj({{"d", opaque(TypeDate, datetime(2020, 2, 29))}})) << QByteArray("{\"d\": \"2020-02-29\"}");
        QTest::newRow("varchar opaque") << doc(opaque(TypeVarchar, "abc")) << QByteArray("\"base64:type15:YWJj\"");
        QTest::newRow("empty opaque") << doc(opaque(TypeBit, "")) << QByteArray("\"base64:type16:\"");
        QTest::newRow("var_string opaque prints as a string") << doc(opaque(TypeVarString, "h\"i")) << QByteArray("\"h\\\"i\"");
        QByteArray blob;
        for (int i = 0; i < 100; ++i)
            blob += char(i);
        const QByteArray b64 = blob.toBase64();
        QTest::newRow("long opaque breaks base64 lines")
            << doc(opaque(TypeBlob, blob)) << "\"base64:type252:" + b64.left(76) + "\\n" + b64.mid(76) + '"';
    }
    void decodes()
    {
        QFETCH(QByteArray, bin);
        QFETCH(QByteArray, expected);
        QCOMPARE(text(bin), expected);
    }

    void doubles_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("expected");
        // my_gcvt(): shortest round-trip digits, fixed notation for 1e-15 <= |x| < 1e15, ".0" on integers
        QTest::newRow("0") << 0.0 << QByteArray("0.0");
        QTest::newRow("-0") << -0.0 << QByteArray("-0.0");
        QTest::newRow("1") << 1.0 << QByteArray("1.0");
        QTest::newRow("-1") << -1.0 << QByteArray("-1.0");
        QTest::newRow("100") << 100.0 << QByteArray("100.0");
        QTest::newRow("0.1") << 0.1 << QByteArray("0.1");
        QTest::newRow("-2.5") << -2.5 << QByteArray("-2.5");
        QTest::newRow("pi") << 3.141592653589793 << QByteArray("3.141592653589793");
        QTest::newRow("3.14159") << 3.14159 << QByteArray("3.14159");
        QTest::newRow("1/3") << 1.0 / 3 << QByteArray("0.3333333333333333");
        QTest::newRow("0.001") << 0.001 << QByteArray("0.001");
        QTest::newRow("1e-5") << 1e-5 << QByteArray("0.00001");
        QTest::newRow("1e-15") << 1e-15 << QByteArray("0.000000000000001");
        QTest::newRow("1.25e-15") << 1.25e-15 << QByteArray("0.00000000000000125");
        QTest::newRow("9.5e-16") << 9.5e-16 << QByteArray("9.5e-16");
        QTest::newRow("1e-16") << 1e-16 << QByteArray("1e-16");
        QTest::newRow("-1e-300") << -1e-300 << QByteArray("-1e-300");
        QTest::newRow("5e-324") << 5e-324 << QByteArray("5e-324");
        QTest::newRow("1e14") << 1e14 << QByteArray("100000000000000.0");
        QTest::newRow("999999999999999") << 999999999999999.0 << QByteArray("999999999999999.0");
        QTest::newRow("1e15") << 1e15 << QByteArray("1e15");
        QTest::newRow("1.23e15") << 1.23e15 << QByteArray("1.23e15");
        QTest::newRow("2^53") << 9007199254740992.0 << QByteArray("9.007199254740992e15");
        QTest::newRow("123456789012345.6") << 123456789012345.6 << QByteArray("123456789012345.6");
        QTest::newRow("1234567890123456.8") << 1234567890123456.8 << QByteArray("1234567890123456.8");
        QTest::newRow("1.2345678901234568e17") << 1.2345678901234568e17 << QByteArray("1.2345678901234568e17");
        QTest::newRow("1e100") << 1e100 << QByteArray("1e100");
        QTest::newRow("1e300") << 1e300 << QByteArray("1e300");
        QTest::newRow("-1.5e300") << -1.5e300 << QByteArray("-1.5e300");
        QTest::newRow("max") << std::numeric_limits<double>::max() << QByteArray("1.7976931348623157e308");
        // never stored by MySQL; dtoa() overflows and my_gcvt() prints "0"
        QTest::newRow("inf") << std::numeric_limits<double>::infinity() << QByteArray("0.0");
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << QByteArray("0.0");
    }
    void doubles()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(text(doc(dbl(value))), expected);
        QCOMPARE(text(doc(arr({dbl(value)}))), '[' + expected + ']');
    }

    void emptyValueIsNull()
    {
        QCOMPARE(jsonBinaryToText("", 0, QStringLiteral("test")), QByteArray("null"));
        QCOMPARE(jsonBinaryToText(nullptr, 0, QStringLiteral("test")), QByteArray("null"));
    }

    void nestingIsCappedAt100()
    {
        QByteArray expected = "null";
        for (int i = 0; i < 100; ++i)
            expected = '[' + expected + ']';
        QCOMPARE(text(doc(nested(100, null()))), expected);
        QCOMPARE(text(doc(obj({{"a", nested(99, null())}}))), "{\"a\": " + expected.mid(1, expected.size() - 2) + '}');
        QVERIFY_THROWS_EXCEPTION(Error, text(doc(nested(101, null()))));
        QVERIFY_THROWS_EXCEPTION(Error, text(doc(obj({{"a", nested(100, null())}}, true))));
    }

    void damagedDocumentsAreErrors_data()
    {
        QTest::addColumn<QByteArray>("bin");
        QTest::newRow("unknown type") << QByteArray::fromHex("0d00");
        QTest::newRow("unknown type in an array") << QByteArray::fromHex("020100080010070000");
        QTest::newRow("unknown literal") << QByteArray::fromHex("0403");
        QTest::newRow("array longer than the data") << QByteArray::fromHex("020100ff00050100");
        QTest::newRow("entries do not fit the size") << QByteArray::fromHex("0205000700050100050200");
        QTest::newRow("value offset past the array") << QByteArray::fromHex("02010007000c5000");
        QTest::newRow("value offset inside the header") << QByteArray::fromHex("02010009000c02000161");
        QTest::newRow("key offset past the object") << QByteArray::fromHex("0001000c004000010004000061");
        QTest::newRow("key offset inside the header") << QByteArray::fromHex("0001000c000000010004000061");
        QTest::newRow("string longer than the data") << QByteArray::fromHex("0c05616263");
        QTest::newRow("string length never ends") << QByteArray::fromHex("0c8080808080");
        QTest::newRow("string length beyond 32 bits") << QByteArray::fromHex("0cffffffff7f");
        QTest::newRow("opaque without its type") << QByteArray::fromHex("0f");
        QTest::newRow("opaque longer than the data") << QByteArray::fromHex("0ffc0a0102");
        QTest::newRow("decimal without precision") << doc(opaque(TypeNewDecimal, "\x01"));
        QTest::newRow("decimal precision 0") << doc(opaque(TypeNewDecimal, QByteArray("\x00\x00", 2)));
        QTest::newRow("decimal precision 66") << doc(opaque(TypeNewDecimal, QByteArray("\x42\x00", 2) + QByteArray(30, '\x80')));
        QTest::newRow("decimal scale above precision") << doc(opaque(TypeNewDecimal, QByteArray("\x02\x03\x80\x00", 4)));
        QTest::newRow("decimal of the wrong size") << doc(opaque(TypeNewDecimal, decimal(3, 2, "1.50") + 'x'));
        QTest::newRow("decimal group above 999999999") << doc(opaque(TypeNewDecimal, QByteArray("\x09\x00\xff\xff\xff\xff", 6)));
        QTest::newRow("decimal digit group too large") << doc(opaque(TypeNewDecimal, QByteArray("\x01\x00\x8a", 3)));
        QTest::newRow("date of 7 bytes") << doc(opaque(TypeDate, datetime(2015, 1, 15).left(7)));
        QTest::newRow("date in year 10000") << doc(opaque(TypeDate, datetime(10000, 1, 1)));
    }
    void damagedDocumentsAreErrors()
    {
        QFETCH(QByteArray, bin);
        const auto bytes = exact(bin, bin.size());
        try {
            parseJsonBinary(bytes.data(), bytes.size(), QStringLiteral("db.t row 3"));
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.object() == QLatin1String("db.t row 3") && e.message().contains(QLatin1String("at byte")),
                     qPrintable(e.describe()));
        }
    }

    void truncatedDocumentsAreErrors()
    {
        const QList<QByteArray> docs = {everything(), doc(str(QByteArray(300, 'z'))), doc(dbl(1.5)), doc(i64(-1)),
                                        doc(opaque(TypeTime, packedTime(false, 1, 2, 3))), doc(nested(20, obj({{"k", i16(1)}}, true)))};
        for (const QByteArray &d : docs) {
            QVERIFY(!text(d).isEmpty());
            for (qsizetype cut = 1; cut < d.size(); ++cut) {
                const auto part = exact(d, cut);
                QVERIFY_THROWS_EXCEPTION(Error, parseJsonBinary(part.data(), part.size(), QStringLiteral("cut")));
            }
        }
    }

    void overlappingValuesAreErrors()
    {
        // Every array's two entries point at the same child: 2^40 values from 400 bytes. MySQL never
        // writes this; it must be refused at once instead of expanded.
        QByteArray inner = QByteArray::fromHex("00000400");
        for (int level = 0; level < 40; ++level)
            inner = le(2, 2) + le(quint64(10 + inner.size()), 2) + QByteArray::fromHex("020a00020a00") + inner;
        const QByteArray bin = char(0x2) + inner;
        QVERIFY_THROWS_EXCEPTION(Error, parseJsonBinary(bin.constData(), size_t(bin.size()), QStringLiteral("shared")));
    }

    void randomDamageNeverCrashes()
    {
        const QByteArray base = everything();
        QRandomGenerator rng(20240611);
        int errors = 0;
        for (int round = 0; round < 20000; ++round) {
            QByteArray d = base;
            const int flips = 1 + int(rng.bounded(3));
            for (int i = 0; i < flips; ++i)
                d[rng.bounded(int(d.size()))] = char(rng.bounded(256));
            const auto bytes = exact(d, qsizetype(rng.bounded(int(d.size())) + 1));
            try {
                jsonToText(parseJsonBinary(bytes.data(), bytes.size(), QStringLiteral("fuzz")));
            } catch (const Error &) {
                ++errors;
            }
        }
        QVERIFY(errors > 0);

        const QByteArray diffs = replaceAt("$.list[last]", obj({{"k", str("v")}})) + insertAt("$.deeper.\"new\"", everythingBin())
                                 + removeAt("$.list[0]") + replaceAt("$.deeper.x[1]", dbl(2.5));
        JsonValue before = parseJsonBinary(base.constData(), size_t(base.size()), QStringLiteral("before"));
        applyJsonDiffs(before, diffs.constData(), size_t(diffs.size()), QStringLiteral("diffs"));
        errors = 0;
        for (int round = 0; round < 20000; ++round) {
            QByteArray d = diffs;
            const int flips = 1 + int(rng.bounded(3));
            for (int i = 0; i < flips; ++i)
                d[rng.bounded(int(d.size()))] = char(rng.bounded(256));
            const auto bytes = exact(d, qsizetype(rng.bounded(int(d.size())) + 1));
            JsonValue v = parseJsonBinary(base.constData(), size_t(base.size()), QStringLiteral("before"));
            try {
                applyJsonDiffs(v, bytes.data(), bytes.size(), QStringLiteral("fuzz"));
                jsonToText(v);
            } catch (const Error &) {
                ++errors;
            }
        }
        QVERIFY(errors > 0);
    }

    void diffs_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("diffs");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray d = doc(obj({{"a", i16(1)}, {"b", arr({i16(1), i16(2), i16(3)})}, {"cc", obj({{"d", null()}})}}));
        QCOMPARE(text(d), QByteArray("{\"a\": 1, \"b\": [1, 2, 3], \"cc\": {\"d\": null}}"));
        QTest::newRow("no diffs") << d << QByteArray() << QByteArray("{\"a\": 1, \"b\": [1, 2, 3], \"cc\": {\"d\": null}}");
        QTest::newRow("replace a member") << d << replaceAt("$.a", str("x")) << QByteArray("{\"a\": \"x\", \"b\": [1, 2, 3], \"cc\": {\"d\": null}}");
        QTest::newRow("replace a cell") << d << replaceAt("$.b[1]", obj({{"e", literal(1)}}))
                                        << QByteArray("{\"a\": 1, \"b\": [1, {\"e\": true}, 3], \"cc\": {\"d\": null}}");
        QTest::newRow("replace [last]") << d << replaceAt("$.b[last]", i16(9)) << QByteArray("{\"a\": 1, \"b\": [1, 2, 9], \"cc\": {\"d\": null}}");
        QTest::newRow("replace [ last - 2 ]") << d << replaceAt("$.b[ last - 2 ]", i16(9))
                                              << QByteArray("{\"a\": 1, \"b\": [9, 2, 3], \"cc\": {\"d\": null}}");
        QTest::newRow("replace nested") << d << replaceAt("$.cc.d", dbl(1.5)) << QByteArray("{\"a\": 1, \"b\": [1, 2, 3], \"cc\": {\"d\": 1.5}}");
        QTest::newRow("replace quoted") << d << replaceAt("$.\"cc\".\"d\"", i16(0)) << QByteArray("{\"a\": 1, \"b\": [1, 2, 3], \"cc\": {\"d\": 0}}");
        QTest::newRow("replace with spaces") << d << replaceAt(" $ . cc . d ", i16(0)) << QByteArray("{\"a\": 1, \"b\": [1, 2, 3], \"cc\": {\"d\": 0}}");
        QTest::newRow("replace with an empty value") << d << diff(0, "$.a", QByteArray())
                                                     << QByteArray("{\"a\": null, \"b\": [1, 2, 3], \"cc\": {\"d\": null}}");
        QTest::newRow("replace with a decimal") << d << replaceAt("$.a", opaque(TypeNewDecimal, decimal(4, 1, "-2.5")))
                                                << QByteArray("{\"a\": -2.5, \"b\": [1, 2, 3], \"cc\": {\"d\": null}}");
        // new members go where MySQL's key order (length, then bytes) puts them
        QTest::newRow("insert a member") << d << insertAt("$.c", i16(3)) << QByteArray("{\"a\": 1, \"b\": [1, 2, 3], \"c\": 3, \"cc\": {\"d\": null}}");
        QTest::newRow("insert a longer member") << d << insertAt("$.aaa", literal(1))
                                                << QByteArray("{\"a\": 1, \"b\": [1, 2, 3], \"cc\": {\"d\": null}, \"aaa\": true}");
        QTest::newRow("insert a smaller member") << d << insertAt("$.B", literal(2))
                                                 << QByteArray("{\"B\": false, \"a\": 1, \"b\": [1, 2, 3], \"cc\": {\"d\": null}}");
        QTest::newRow("insert a nested member") << d << insertAt("$.cc.e", str("f"))
                                                << QByteArray("{\"a\": 1, \"b\": [1, 2, 3], \"cc\": {\"d\": null, \"e\": \"f\"}}");
        QTest::newRow("insert a cell") << d << insertAt("$.b[1]", i16(7)) << QByteArray("{\"a\": 1, \"b\": [1, 7, 2, 3], \"cc\": {\"d\": null}}");
        QTest::newRow("insert past the end") << d << insertAt("$.b[10]", i16(7)) << QByteArray("{\"a\": 1, \"b\": [1, 2, 3, 7], \"cc\": {\"d\": null}}");
        QTest::newRow("insert at [last]") << d << insertAt("$.b[last]", i16(7)) << QByteArray("{\"a\": 1, \"b\": [1, 2, 7, 3], \"cc\": {\"d\": null}}");
        QTest::newRow("remove a member") << d << removeAt("$.a") << QByteArray("{\"b\": [1, 2, 3], \"cc\": {\"d\": null}}");
        QTest::newRow("remove a nested member") << d << removeAt("$.cc.d") << QByteArray("{\"a\": 1, \"b\": [1, 2, 3], \"cc\": {}}");
        QTest::newRow("remove a cell") << d << removeAt("$.b[0]") << QByteArray("{\"a\": 1, \"b\": [2, 3], \"cc\": {\"d\": null}}");
        QTest::newRow("remove [last]") << d << removeAt("$.b[last]") << QByteArray("{\"a\": 1, \"b\": [1, 2], \"cc\": {\"d\": null}}");
        QTest::newRow("several diffs in order") << d << replaceAt("$.a", str("x")) + insertAt("$.b[0]", i16(0)) + removeAt("$.cc") + removeAt("$.b[last]")
                                                << QByteArray("{\"a\": \"x\", \"b\": [0, 1, 2]}");
        QTest::newRow("quoted key with a space") << doc(obj({{"key with space", i16(1)}})) << replaceAt("$.\"key with space\"", i16(2))
                                                 << QByteArray("{\"key with space\": 2}");
        QTest::newRow("quoted key with escapes") << doc(obj({{"a\"b\\", i16(1)}})) << replaceAt("$.\"a\\\"b\\\\\"", i16(2))
                                                 << QByteArray("{\"a\\\"b\\\\\": 2}");
        QTest::newRow("\\u escape") << doc(obj({{"\xc3\xa9", i16(1)}})) << replaceAt("$.\"\\u00e9\"", i16(2)) << QByteArray("{\"\xc3\xa9\": 2}");
        QTest::newRow("surrogate pair") << doc(obj({{"\xf0\x9f\x98\x80", i16(1)}})) << replaceAt("$.\"\\ud83d\\ude00\"", i16(2))
                                        << QByteArray("{\"\xf0\x9f\x98\x80\": 2}");
        QTest::newRow("unquoted non-ASCII name") << doc(obj({{"\xc3\xa9t\xc3\xa9", i16(1)}})) << replaceAt("$.\xc3\xa9t\xc3\xa9", i16(2))
                                                 << QByteArray("{\"\xc3\xa9t\xc3\xa9\": 2}");
        QTest::newRow("array document") << doc(arr({obj({{"x", i16(1)}})})) << replaceAt("$[0].x", i16(2)) << QByteArray("[{\"x\": 2}]");
        const QByteArray longKey(300, 'k');
        QTest::newRow("path of 2-byte length") << doc(obj({{longKey, i16(1)}})) << replaceAt("$." + longKey, str(QByteArray(70000, 'v')))
                                               << "{\"" + longKey + "\": \"" + QByteArray(70000, 'v') + "\"}";
        QTest::newRow("deep value that still fits") << d << replaceAt("$.b[0]", nested(98, null()))
                                                    << "{\"a\": 1, \"b\": [" + QByteArray(98, '[') + "null" + QByteArray(98, ']')
                                                           + ", 2, 3], \"cc\": {\"d\": null}}";
        QTest::newRow("null document") << QByteArray() << QByteArray() << QByteArray("null");
    }
    void diffs()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, diffs);
        QFETCH(QByteArray, expected);
        JsonValue v = parseJsonBinary(before.constData(), size_t(before.size()), QStringLiteral("before"));
        const auto bytes = exact(diffs, diffs.size());
        applyJsonDiffs(v, bytes.data(), bytes.size(), QStringLiteral("db.t"));
        QCOMPARE(jsonToText(v), expected);
    }

    void unfittingDiffsAreErrors_data()
    {
        QTest::addColumn<QByteArray>("diffs");
        QTest::newRow("replace a missing member") << replaceAt("$.zz", i16(1));
        QTest::newRow("replace past the end") << replaceAt("$.b[3]", i16(1));
        QTest::newRow("replace [last-3]") << replaceAt("$.b[last-3]", i16(1));
        QTest::newRow("no auto-wrapping") << replaceAt("$.a[0]", i16(1));
        QTest::newRow("cell of an object") << replaceAt("$[0]", i16(1));
        QTest::newRow("member of an array") << replaceAt("$.b.x", i16(1));
        QTest::newRow("replace the document") << replaceAt("$", i16(1));
        QTest::newRow("insert an existing member") << insertAt("$.a", i16(1));
        QTest::newRow("insert under a scalar") << insertAt("$.a.b", i16(1));
        QTest::newRow("insert under a missing member") << insertAt("$.x.y", i16(1));
        QTest::newRow("remove a missing member") << removeAt("$.zz");
        QTest::newRow("remove past the end") << removeAt("$.b[5]");
        QTest::newRow("remove a member of an array") << removeAt("$.b.x");
        QTest::newRow("remove the document") << removeAt("$");
        QTest::newRow("too deep") << insertAt("$.x", nested(100, null()));
        QTest::newRow("too deep below") << replaceAt("$.b[0]", nested(99, null()));
        QTest::newRow("member wildcard") << replaceAt("$.*", i16(1));
        QTest::newRow("cell wildcard") << replaceAt("$.b[*]", i16(1));
        QTest::newRow("ellipsis") << replaceAt("$**.d", i16(1));
        QTest::newRow("range") << replaceAt("$.b[0 to 1]", i16(1));
        QTest::newRow("no $") << replaceAt("a", i16(1));
        QTest::newRow("empty path") << replaceAt("", i16(1));
        QTest::newRow("dot without a name") << replaceAt("$.", i16(1));
        QTest::newRow("unclosed cell") << replaceAt("$.b[1", i16(1));
        QTest::newRow("cell without an index") << replaceAt("$.b[x]", i16(1));
        QTest::newRow("index beyond 32 bits") << replaceAt("$.b[99999999999]", i16(1));
        QTest::newRow("unterminated quoted name") << replaceAt("$.\"cc", i16(1));
        QTest::newRow("bad escape in a name") << replaceAt("$.\"c\\qc\"", i16(1));
        QTest::newRow("lone surrogate in a name") << replaceAt("$.\"\\udc00\"", i16(1));
        QTest::newRow("name starting with a digit") << replaceAt("$.1a", i16(1));
        QTest::newRow("unknown operation") << diff(3, "$.a", doc(i16(1)));
        QTest::newRow("NULL path length") << QByteArray::fromHex("00fb");
        QTest::newRow("path past the end") << QByteArray::fromHex("0010242e61");
        QTest::newRow("value past the end") << QByteArray::fromHex("0003242e610305");
        QTest::newRow("no value") << QByteArray::fromHex("0003242e61");
        QTest::newRow("damaged value") << diff(0, "$.a", QByteArray::fromHex("0d"));
        QTest::newRow("good then bad") << replaceAt("$.a", i16(5)) + removeAt("$.zz");
    }
    void unfittingDiffsAreErrors()
    {
        QFETCH(QByteArray, diffs);
        const QByteArray before = doc(obj({{"a", i16(1)}, {"b", arr({i16(1), i16(2), i16(3)})}, {"cc", obj({{"d", null()}})}}));
        JsonValue v = parseJsonBinary(before.constData(), size_t(before.size()), QStringLiteral("before"));
        const auto bytes = exact(diffs, diffs.size());
        try {
            applyJsonDiffs(v, bytes.data(), bytes.size(), QStringLiteral("db.t row 7"));
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.object().startsWith(QLatin1String("db.t row 7")), qPrintable(e.describe()));
        }
    }

    void truncatedDiffsAreErrors()
    {
        const QList<QByteArray> parts = {replaceAt("$.a", str("x")), insertAt("$.\"new key\"", arr({i16(1), dbl(2)})), removeAt("$.b[last]"),
                                         replaceAt("$.cc.d", opaque(TypeDate, datetime(2000, 1, 1)))};
        QByteArray all;
        QSet<qsizetype> boundaries = {0};
        for (const QByteArray &p : parts) {
            all += p;
            boundaries << all.size();
        }
        const QByteArray before = doc(obj({{"a", i16(1)}, {"b", arr({i16(1), i16(2), i16(3)})}, {"cc", obj({{"d", null()}})}}));
        for (qsizetype cut = 0; cut <= all.size(); ++cut) {
            JsonValue v = parseJsonBinary(before.constData(), size_t(before.size()), QStringLiteral("before"));
            const auto bytes = exact(all, cut);
            if (boundaries.contains(cut))
                applyJsonDiffs(v, bytes.data(), bytes.size(), QStringLiteral("cut"));
            else
                QVERIFY_THROWS_EXCEPTION(Error, applyJsonDiffs(v, bytes.data(), bytes.size(), QStringLiteral("cut")));
        }
    }

    void diffsWithoutTheDocumentBecomeSql()
    {
        // binlog_row_image=MINIMAL: the before image lacks the document, the diffs become SQL over the
        // column, the first diff innermost.
        const QByteArray diffs = replaceAt("$.a", i16(1)) + insertAt("$.l[0]", str("x")) + insertAt("$.n", literal(1)) +
                                 removeAt("$.b'q");
        QCOMPARE(jsonDiffExpression(diffs.constData(), diffs.size(), QStringLiteral("db.t")),
                 QByteArray("JSON_REMOVE(JSON_INSERT(JSON_ARRAY_INSERT(JSON_REPLACE(") + kJsonSelf +
                     ", '$.a', CAST('1' AS JSON)), '$.l[0]', CAST('\"x\"' AS JSON)), '$.n', CAST('true' AS JSON)), "
                     "'$.b\\'q')");
        QVERIFY_THROWS_EXCEPTION(Error, jsonDiffExpression(diffs.constData(), diffs.size() - 1, QStringLiteral("db.t")));
    }

    // The MySQL 8.0.22 binlog of: CREATE TABLE t(id INT PRIMARY KEY AUTO_INCREMENT, json_col JSON,
    // name VARCHAR(100) AS (json_col->>'$.name'), age INT AS (json_col->'$.age')); inserts, a full
    // UPDATE and a PARTIAL_UPDATE_ROWS event (JSON_SET of $.age). The generated columns in each row
    // image are the server's own reading of the document.
    void mysqlBinlog()
    {
        const QString path = test::binlogDir() + QStringLiteral("/json.binlog.000001");
        if (!QFile::exists(path))
            QSKIP(qPrintable(QStringLiteral("no test binlogs at %1 (set DTS_TESTDATA)").arg(test::binlogDir())));

        QHash<qint32, QByteArray> current;  // id -> document text, as the events leave it
        QHash<qint32, JsonValue> currentDoc;
        QList<QByteArray> inserted, partiallyUpdated;
        int jsonValues = 0, diffsApplied = 0;
        try {
            BinlogFileReader r(path);
            TableMap map;
            while (auto e = r.next()) {
                const QString where = QStringLiteral("%1:%2").arg(path).arg(e->offset);
                const quint8 type = e->header.type;
                if (type == TableMapEvent) {
                    map = decodeTableMap(e->body, r.format(), where);
                    continue;
                }
                if (type != WriteRowsV2 && type != UpdateRowsV2 && type != PartialUpdateRowsEvent)
                    continue;
                QCOMPARE(map.table, QStringLiteral("t"));
                QCOMPARE(map.types, (QList<quint8>{TypeLong, TypeJson, TypeVarchar, TypeLong}));
                QCOMPARE(map.metadata[1], quint16(4));  // 4-byte JSON length
                for (const RowImage &row : rowImages(e->body, type, where)) {
                    const std::optional<Columns> &before = row.before;
                    const Columns &after = row.after;
                    const std::optional<qint32> id = after.id ? after.id : before ? before->id : std::nullopt;
                    QVERIFY(id);
                    JsonValue doc;
                    if (after.jsonIsDiff) {
                        QVERIFY(currentDoc.contains(*id));
                        doc = currentDoc[*id];
                        applyJsonDiffs(doc, after.json->constData(), size_t(after.json->size()), where);
                        ++diffsApplied;
                    } else {
                        QVERIFY(after.json);
                        doc = parseJsonBinary(after.json->constData(), size_t(after.json->size()), where);
                    }
                    ++jsonValues;
                    if (before && before->json && !before->jsonIsDiff)
                        QCOMPARE(jsonBinaryToText(before->json->constData(), size_t(before->json->size()), where), current[*id]);
                    // The generated columns agree with the document.
                    QCOMPARE(doc.type, JsonValue::Type::Object);
                    QCOMPARE(doc.keys, (std::vector<QByteArray>{"age", "data", "name"}));
                    QCOMPARE(doc.elements[2].text, *after.name);
                    QCOMPARE(doc.elements[0].int64, qint64(*after.age));
                    const QByteArray t = jsonToText(doc);
                    current[*id] = t;
                    currentDoc[*id] = doc;
                    if (type == WriteRowsV2)
                        inserted << t;
                    if (type == PartialUpdateRowsEvent)
                        partiallyUpdated << t;
                }
            }
        } catch (const Error &e) {
            QFAIL(qPrintable(e.describe()));
        }
        QCOMPARE(jsonValues, 6 + 6 + 6);  // inserted, updated, partially updated
        QCOMPARE(diffsApplied, 6);
        QCOMPARE(inserted.first(), QByteArray("{\"age\": 24, \"data\": \"xxxxxxxxxx\", \"name\": \"Joe\"}"));
        QCOMPARE(inserted.at(1), QByteArray("{\"age\": 32, \"data\": \"yyyyyyyyyy\", \"name\": \"Sue\"}"));
        QCOMPARE(inserted.at(2), QByteArray("{\"age\": 40, \"data\": \"zzzzzzzzzz\", \"name\": \"Pete\"}"));
        QCOMPARE(partiallyUpdated.first(), QByteArray("{\"age\": 26, \"data\": \"xxxxxxxxxx\", \"name\": \"Joe\"}"));
        QCOMPARE(partiallyUpdated.last(), QByteArray("{\"age\": 42, \"data\": \"zzzzzzzzzz\", \"name\": \"Pete\"}"));
    }
};

QTEST_GUILESS_MAIN(TstJsonBinary)
#include "tst_jsonbinary.moc"
