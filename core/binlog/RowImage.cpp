#include "binlog/RowImage.h"

#include "binlog/JsonBinary.h"
#include "binlog/JsonColumn.h"
#include "common/Error.h"

#include <QtEndian>
#include <cstring>
#include <zlib.h>

namespace dts::binlog {

namespace {

[[noreturn]] void damaged(const QString &where, const QString &what)
{
    throw Error(ErrorKind::Permanent, where, QStringLiteral("row event: %1").arg(what),
                QStringLiteral("the binlog is damaged at this offset, or was written by a server version we do not "
                               "know; rerun full data if the source's binlog is damaged"));
}

// A bounds-checked cursor over the event body.
struct Reader {
    const char *p;
    const char *end;
    const QString &where;

    qsizetype left() const { return end - p; }
    const char *take(qsizetype n, const char *what)
    {
        if (n < 0 || n > left())
            damaged(where, QStringLiteral("ends inside %1").arg(QLatin1String(what)));
        const char *r = p;
        p += n;
        return r;
    }
    quint64 uintLe(int bytes, const char *what)
    {
        const auto *b = reinterpret_cast<const quint8 *>(take(bytes, what));
        quint64 v = 0;
        for (int i = 0; i < bytes; ++i)
            v |= quint64(b[i]) << (8 * i);
        return v;
    }
    quint64 uintBe(int bytes, const char *what)
    {
        const auto *b = reinterpret_cast<const quint8 *>(take(bytes, what));
        quint64 v = 0;
        for (int i = 0; i < bytes; ++i)
            v = v << 8 | b[i];
        return v;
    }
    quint64 packed(const char *what)
    {
        const quint8 first = quint8(*take(1, what));
        switch (first) {
        case 251: return 0;
        case 252: return uintLe(2, what);
        case 253: return uintLe(3, what);
        case 254: return uintLe(8, what);
        default: return first;
        }
    }
};

char *put2(char *p, unsigned v) { p[0] = char('0' + v / 10 % 10); p[1] = char('0' + v % 10); return p + 2; }
char *put4(char *p, unsigned v)
{
    p[0] = char('0' + v / 1000 % 10); p[1] = char('0' + v / 100 % 10); p[2] = char('0' + v / 10 % 10);
    p[3] = char('0' + v % 10);
    return p + 4;
}
char *putFraction(char *p, quint32 micros, int decimals)
{
    if (decimals <= 0)
        return p;
    *p++ = '.';
    char digits[6];
    for (int i = 5; i >= 0; --i) {
        digits[i] = char('0' + micros % 10);
        micros /= 10;
    }
    std::memcpy(p, digits, size_t(qMin(decimals, 6)));
    return p + qMin(decimals, 6);
}
char *putDate(char *p, unsigned y, unsigned m, unsigned d)
{
    p = put4(p, y); *p++ = '-'; p = put2(p, m); *p++ = '-'; return put2(p, d);
}
char *putClock(char *p, unsigned h, unsigned mi, unsigned s)
{
    if (h >= 100) {
        *p++ = char('0' + h / 100 % 10);
    }
    p = put2(p, h); *p++ = ':'; p = put2(p, mi); *p++ = ':'; return put2(p, s);
}

Value temporal(Value::Kind kind, const char *begin, const char *end, int decimals)
{
    Value v;
    v.kind = kind;
    v.decimals = quint8(decimals);
    v.text = QByteArray(begin, end - begin);
    return v;
}

// Days since 1970-01-01 → civil date (proleptic Gregorian), after H. Hinnant's algorithm.
void civilFromDays(qint64 z, unsigned &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = unsigned(qint64(yoe) + era * 400 + (m <= 2 ? 1 : 0));
}

Value timestampValue(quint64 seconds, quint32 micros, int decimals)
{
    char buf[40];
    char *p = buf;
    if (seconds == 0 && micros == 0) {
        p = putDate(p, 0, 0, 0);
        *p++ = ' ';
        p = putClock(p, 0, 0, 0);
    } else {
        unsigned y, mo, d;
        civilFromDays(qint64(seconds / 86400), y, mo, d);
        const unsigned rest = unsigned(seconds % 86400);
        p = putDate(p, y, mo, d);
        *p++ = ' ';
        p = putClock(p, rest / 3600, rest / 60 % 60, rest % 60);
    }
    p = putFraction(p, micros, decimals);
    Value v = temporal(Value::Timestamp, buf, p, decimals);
    v.i = qint64(seconds);
    v.micros = micros;
    return v;
}

// The fractional part of TIME2/DATETIME2/TIMESTAMP2: (fsp + 1) / 2 big-endian bytes, scaled to µs.
quint32 readFraction(Reader &r, int fsp, const char *what)
{
    switch (fsp) {
    case 1: case 2: return quint32(r.uintBe(1, what)) * 10000;
    case 3: case 4: return quint32(r.uintBe(2, what)) * 100;
    case 5: case 6: return quint32(r.uintBe(3, what));
    default: return 0;
    }
}

// DECIMAL's binary format: groups of 9 digits in 4 bytes, the leading/trailing partial groups in fewer,
// big-endian, the sign in the top bit (set for positive), negative numbers with every bit inverted.
Value decimalValue(Reader &r, int precision, int scale)
{
    static const int digitBytes[10] = {0, 1, 1, 2, 2, 3, 3, 4, 4, 4};
    if (precision <= 0 || precision > 65 || scale < 0 || scale > 30 || scale > precision)
        damaged(r.where, QStringLiteral("DECIMAL(%1,%2) metadata makes no sense").arg(precision).arg(scale));
    const int intg = precision - scale;
    const int intg0 = intg / 9, intg0x = intg % 9, frac0 = scale / 9, frac0x = scale % 9;
    const int size = intg0 * 4 + digitBytes[intg0x] + frac0 * 4 + digitBytes[frac0x];
    const auto *raw = reinterpret_cast<const quint8 *>(r.take(size, "a DECIMAL value"));
    quint8 buf[40];
    std::memcpy(buf, raw, size_t(size));
    const bool negative = !(buf[0] & 0x80);
    buf[0] ^= 0x80;
    if (negative)
        for (int i = 0; i < size; ++i)
            buf[i] = quint8(~buf[i]);

    int pos = 0;
    auto group = [&](int bytes) {
        quint32 v = 0;
        for (int i = 0; i < bytes; ++i)
            v = v << 8 | buf[pos++];
        return v;
    };
    char digits[100];
    int n = 0;
    auto putDigits = [&](quint32 v, int count) {
        for (int i = count - 1; i >= 0; --i) {
            digits[n + i] = char('0' + v % 10);
            v /= 10;
        }
        n += count;
    };
    if (intg0x)
        putDigits(group(digitBytes[intg0x]), intg0x);
    for (int i = 0; i < intg0; ++i)
        putDigits(group(4), 9);
    const int intDigits = n;
    for (int i = 0; i < frac0; ++i)
        putDigits(group(4), 9);
    if (frac0x)
        putDigits(group(digitBytes[frac0x]), frac0x);
    for (int i = 0; i < n; ++i)
        if (digits[i] > '9')  // a group larger than its digits allow
            damaged(r.where, QStringLiteral("a DECIMAL value has an invalid digit group"));

    QByteArray text;
    text.reserve(n + 3);
    int first = 0;
    while (first < intDigits - 1 && digits[first] == '0')
        ++first;
    const bool allZero = [&] {
        for (int i = 0; i < n; ++i)
            if (digits[i] != '0')
                return false;
        return true;
    }();
    if (negative && !allZero)
        text += '-';
    if (intDigits == 0)
        text += '0';
    else
        text.append(digits + first, intDigits - first);
    if (scale > 0) {
        text += '.';
        text.append(digits + intDigits, n - intDigits);
    }
    Value v;
    v.kind = Value::Decimal;
    v.text = std::move(text);
    return v;
}

Value intValue(Reader &r, int bytes, bool isUnsigned)
{
    const quint64 raw = r.uintLe(bytes, "an integer");
    Value v;
    v.width = quint8(bytes);
    if (isUnsigned) {
        v.kind = Value::UInt;
        v.u = raw;
    } else {
        v.kind = Value::Int;
        const int shift = 64 - 8 * bytes;
        v.i = qint64(raw << shift) >> shift;  // sign-extend
    }
    return v;
}

Value stringValue(Reader &r, qsizetype length, bool binary)
{
    Value v;
    v.kind = Value::String;
    v.binary = binary;
    v.text = QByteArray(r.take(length, "a string value"), length);
    return v;
}

// One non-NULL column value. `jsonRaw` receives where a JSON value's binary starts (partial updates).
Value readValue(Reader &r, const ColumnLayout &c, QByteArray *jsonRaw)
{
    switch (c.type) {
    case TypeTiny: return intValue(r, 1, c.isUnsigned);
    case TypeShort: return intValue(r, 2, c.isUnsigned);
    case TypeInt24: return intValue(r, 3, c.isUnsigned);
    case TypeLong: return intValue(r, 4, c.isUnsigned);
    case TypeLongLong: return intValue(r, 8, c.isUnsigned);
    case TypeFloat: {
        const quint32 bits = quint32(r.uintLe(4, "a FLOAT value"));
        float f;
        std::memcpy(&f, &bits, 4);
        Value v;
        v.kind = Value::Float;
        v.d = f;
        return v;
    }
    case TypeDouble: {
        const quint64 bits = r.uintLe(8, "a DOUBLE value");
        Value v;
        v.kind = Value::Double;
        std::memcpy(&v.d, &bits, 8);
        return v;
    }
    case TypeYear: {
        const quint64 y = r.uintLe(1, "a YEAR value");
        Value v;
        v.kind = Value::UInt;
        v.width = 2;
        v.u = y ? y + 1900 : 0;
        return v;
    }
    case TypeNewDecimal:
        return decimalValue(r, c.meta >> 8, c.meta & 0xff);
    case TypeDate: case TypeNewDate: {
        const quint32 raw = quint32(r.uintLe(3, "a DATE value"));
        char buf[16];
        char *end = putDate(buf, raw >> 9, (raw >> 5) & 15, raw & 31);
        return temporal(Value::Date, buf, end, 0);
    }
    case TypeTime: {  // before MySQL 5.6.4: HHMMSS as a signed 3-byte integer
        const quint64 raw = r.uintLe(3, "a TIME value");
        qint32 t = qint32(raw << 8) >> 8;
        char buf[24];
        char *p = buf;
        if (t < 0) {
            *p++ = '-';
            t = -t;
        }
        p = putClock(p, unsigned(t / 10000), unsigned(t / 100 % 100), unsigned(t % 100));
        return temporal(Value::Time, buf, p, 0);
    }
    case TypeTime2: {
        // 3 bytes: 1 sign bit, 1 unused, 10 hour, 6 minute, 6 second bits; offset by 0x800000 (big-endian),
        // then the fraction. Negative values with a fraction borrow one second from the integer part.
        // The packed value is (seconds part << 24) + microseconds, as MySQL's my_time_packed_from_binary.
        const int fsp = c.meta;
        qint64 intPart = qint64(r.uintBe(3, "a TIME value")) - 0x800000;
        qint64 frac = 0;
        switch (fsp) {
        case 1: case 2:
            frac = qint64(r.uintBe(1, "a TIME fraction"));
            if (intPart < 0 && frac) { ++intPart; frac -= 0x100; }
            frac *= 10000;
            break;
        case 3: case 4:
            frac = qint64(r.uintBe(2, "a TIME fraction"));
            if (intPart < 0 && frac) { ++intPart; frac -= 0x10000; }
            frac *= 100;
            break;
        case 5: case 6:
            frac = qint64(r.uintBe(3, "a TIME fraction"));  // 6 bytes as one number: no borrow needed
            break;
        default:
            break;
        }
        qint64 packed = intPart * (qint64(1) << 24) + frac;
        char buf[32];
        char *p = buf;
        if (packed < 0) {
            *p++ = '-';
            packed = -packed;
        }
        const qint64 hms = packed >> 24;
        const quint32 micros = quint32(packed % (qint64(1) << 24));
        p = putClock(p, unsigned((hms >> 12) % 1024), unsigned((hms >> 6) % 64), unsigned(hms % 64));
        p = putFraction(p, micros, fsp);
        return temporal(Value::Time, buf, p, fsp);
    }
    case TypeDateTime: {  // before MySQL 5.6.4: YYYYMMDDhhmmss as an 8-byte integer
        quint64 t = r.uintLe(8, "a DATETIME value");
        const unsigned date = unsigned(t / 1000000), time = unsigned(t % 1000000);
        char buf[32];
        char *p = putDate(buf, date / 10000, date / 100 % 100, date % 100);
        *p++ = ' ';
        p = putClock(p, time / 10000, time / 100 % 100, time % 100);
        return temporal(Value::DateTime, buf, p, 0);
    }
    case TypeDateTime2: {
        // 5 bytes big-endian offset by 0x8000000000: sign, 17 bits year*13+month, 5 day, 5 hour, 6 minute,
        // 6 second; then the fraction.
        const int fsp = c.meta;
        const qint64 intPart = qint64(r.uintBe(5, "a DATETIME value")) - 0x8000000000LL;
        const quint32 micros = readFraction(r, fsp, "a DATETIME fraction");
        const quint64 ymdhms = quint64(intPart < 0 ? -intPart : intPart);
        const quint64 ymd = ymdhms >> 17, hms = ymdhms % (1 << 17);
        const quint64 ym = ymd >> 5;
        char buf[40];
        char *p = buf;
        p = putDate(p, unsigned(ym / 13), unsigned(ym % 13), unsigned(ymd % 32));
        *p++ = ' ';
        p = putClock(p, unsigned(hms >> 12), unsigned((hms >> 6) % 64), unsigned(hms % 64));
        p = putFraction(p, micros, fsp);
        return temporal(Value::DateTime, buf, p, fsp);
    }
    case TypeTimestamp:
        return timestampValue(r.uintLe(4, "a TIMESTAMP value"), 0, 0);
    case TypeTimestamp2: {
        const quint64 seconds = r.uintBe(4, "a TIMESTAMP value");
        return timestampValue(seconds, readFraction(r, c.meta, "a TIMESTAMP fraction"), c.meta);
    }
    case TypeVarchar: case TypeVarString: {
        const qsizetype len = qsizetype(r.uintLe(c.meta < 256 ? 1 : 2, "a VARCHAR length"));
        return stringValue(r, len, c.binary);
    }
    case TypeString: {
        // meta = (type byte << 8) | length byte; lengths over 255 keep their two high bits in the type byte.
        const unsigned maxLength = (c.meta & 0xff) | ((((c.meta >> 8) & 0x30) ^ 0x30) << 4);
        const qsizetype len = qsizetype(r.uintLe(maxLength < 256 ? 1 : 2, "a CHAR length"));
        return stringValue(r, len, c.binary);
    }
    case TypeEnum: {
        const int bytes = c.meta & 0xff;
        if (bytes != 1 && bytes != 2)
            damaged(r.where, QStringLiteral("ENUM stored in %1 bytes").arg(bytes));
        Value v;
        v.kind = Value::Enum;
        v.u = r.uintLe(bytes, "an ENUM value");
        return v;
    }
    case TypeSet: {
        const int bytes = c.meta & 0xff;
        if (bytes < 1 || bytes > 8)
            damaged(r.where, QStringLiteral("SET stored in %1 bytes").arg(bytes));
        Value v;
        v.kind = Value::Set;
        v.u = r.uintLe(bytes, "a SET value");
        return v;
    }
    case TypeBit: {
        // meta: whole bytes << 8 | the bits beyond them, BIT(1) to BIT(64)
        const int bits = c.meta & 0xff, bytes = (c.meta >> 8) + (bits ? 1 : 0);
        if (bits > 7 || bytes < 1 || bytes > 8)
            damaged(r.where, QStringLiteral("BIT metadata 0x%1 is not BIT(1) to BIT(64)").arg(c.meta, 4, 16, QLatin1Char('0')));
        Value v;
        v.kind = Value::Bit;
        v.width = quint8(bytes);
        v.u = r.uintBe(bytes, "a BIT value");
        return v;
    }
    case TypeBlob: case TypeTinyBlob: case TypeMediumBlob: case TypeLongBlob: case TypeGeometry: case TypeJson: {
        const int lengthBytes = c.meta;
        if (lengthBytes < 1 || lengthBytes > 4)
            damaged(r.where, QStringLiteral("a BLOB length stored in %1 bytes").arg(lengthBytes));
        const qsizetype len = qsizetype(r.uintLe(lengthBytes, "a BLOB length"));
        if (c.type == TypeJson) {
            const char *data = r.take(len, "a JSON value");
            if (jsonRaw)
                *jsonRaw = QByteArray(data, len);
            Value v;
            v.kind = Value::Json;
            v.text = jsonBinaryToText(data, size_t(len), r.where);
            return v;
        }
        Value v = stringValue(r, len, c.binary || c.type == TypeGeometry);
        if (c.type == TypeGeometry)
            v.kind = Value::Geometry;
        return v;
    }
    case TypeNull:
        return Value();
    default:
        damaged(r.where, QStringLiteral("column type %1 is not supported (DECIMAL before MySQL 5.0 or an unknown "
                                        "type)").arg(c.type));
    }
}

int countBits(const char *bitmap, int bits)
{
    int n = 0;
    for (int i = 0; i < bits; ++i)
        n += (quint8(bitmap[i / 8]) >> (i % 8)) & 1;
    return n;
}

bool bit(const char *bitmap, int i) { return (quint8(bitmap[i / 8]) >> (i % 8)) & 1; }

}  // namespace

RowLayout RowLayout::fromTableMap(const TableMap &map, const QList<bool> &unsignedFallback)
{
    RowLayout layout;
    layout.columns.reserve(map.columnCount());
    for (int i = 0; i < map.columnCount(); ++i) {
        ColumnLayout c;
        c.type = map.types[i];
        c.meta = map.metadata[i];
        if (c.type == TypeString && c.meta >= 256) {
            const quint8 real = quint8((c.meta >> 8) | 0x30);
            if (real == TypeEnum || real == TypeSet)
                c.type = real;
        }
        c.isUnsigned = i < map.unsignedFlags.size() ? map.unsignedFlags[i]
                                                    : (i < unsignedFallback.size() && unsignedFallback[i]);
        c.binary = i < map.collations.size() && map.collations[i] == 63;
        layout.columns << c;
    }
    return layout;
}

bool isWriteRowsEvent(quint8 t) { return t == WriteRowsV1 || t == WriteRowsV2 || t == 166 || t == 169; }
bool isUpdateRowsEvent(quint8 t)
{
    return t == UpdateRowsV1 || t == UpdateRowsV2 || t == PartialUpdateRowsEvent || t == 167 || t == 170;
}
bool isDeleteRowsEvent(quint8 t) { return t == DeleteRowsV1 || t == DeleteRowsV2 || t == 168 || t == 171; }
bool isRowsEvent(quint8 t) { return isWriteRowsEvent(t) || isUpdateRowsEvent(t) || isDeleteRowsEvent(t); }

RowsHeader decodeRowsHeader(const QByteArray &body, quint8 type, const FormatDescription &format, const QString &where)
{
    RowsHeader h;
    h.type = type;
    // The post-header of v1 and v2 events: table id (6 bytes; 4 when the post-header is 6 long) and flags;
    // v2 adds the length of its extra data (which counts its own 2 bytes).
    const bool v2 = (type >= WriteRowsV2 && type <= DeleteRowsV2) || type == PartialUpdateRowsEvent || (type >= 169 && type <= 171);
    int postHeader = 0;
    const int index = (type >= 166 && type <= 171) ? int(v2 ? WriteRowsV2 : WriteRowsV1) : int(type);
    if (format.postHeaderLengths.size() >= index)
        postHeader = quint8(format.postHeaderLengths[index - 1]);
    if (postHeader == 0)
        postHeader = v2 ? 10 : 8;
    Reader r{body.constData(), body.constData() + body.size(), where};
    h.tableId = r.uintLe(postHeader == 6 ? 4 : 6, "the table id");
    h.flags = quint16(r.uintLe(2, "the flags"));
    if (v2) {
        const qsizetype extra = qsizetype(r.uintLe(2, "the extra data length"));
        if (extra < 2)
            damaged(where, QStringLiteral("extra data length %1").arg(extra));
        r.take(extra - 2, "the extra data");
    }
    h.bodyOffset = r.p - body.constData();
    return h;
}

QByteArray inflateMariaDb(const char *data, qsizetype size, const QString &where)
{
    if (size < 1 || !(quint8(data[0]) & 0x80))
        damaged(where, QStringLiteral("compressed data without its header"));
    const int lengthBytes = quint8(data[0]) & 0x07;
    if (lengthBytes < 1 || lengthBytes > 4 || size < 1 + lengthBytes)
        damaged(where, QStringLiteral("compressed data with a bad length header"));
    quint64 length = 0;
    for (int i = 0; i < lengthBytes; ++i)
        length = length << 8 | quint8(data[1 + i]);
    // zlib's deflate expands at most 1032 times: a larger claim is damage, not a reason to allocate it.
    if (length > 1024ull * 1024 * 1024 || length > quint64(size - 1 - lengthBytes) * 1032)
        damaged(where, QStringLiteral("%1 bytes of compressed data claim %2 bytes").arg(size - 1 - lengthBytes).arg(length));
    QByteArray out(qsizetype(length), Qt::Uninitialized);
    uLongf outLength = uLongf(length);
    const int rc = uncompress(reinterpret_cast<Bytef *>(out.data()), &outLength,
                              reinterpret_cast<const Bytef *>(data + 1 + lengthBytes), uLong(size - 1 - lengthBytes));
    if (rc != Z_OK || outLength != length)
        damaged(where, QStringLiteral("compressed data does not inflate (zlib error %1)").arg(rc));
    return out;
}

RowsData decodeRows(const QByteArray &body, const RowsHeader &h, const RowLayout &layout, const QString &where)
{
    RowsData out;
    out.update = isUpdateRowsEvent(h.type);
    Reader r{body.constData() + h.bodyOffset, body.constData() + body.size(), where};
    const quint64 width = r.packed("the column count");
    if (width != quint64(layout.columns.size()))
        damaged(where, QStringLiteral("%1 columns, but its TABLE_MAP has %2").arg(width).arg(layout.columns.size()));
    out.columnCount = int(width);
    const int bitmapBytes = int((width + 7) / 8);
    const char *present = r.take(bitmapBytes, "the columns bitmap");
    const char *presentAfter = out.update ? r.take(bitmapBytes, "the after-image columns bitmap") : present;

    // MariaDB's compressed row events: the rows (after the bitmaps) are zlib-compressed.
    QByteArray inflated;
    if (h.type >= 166 && h.type <= 171) {
        inflated = inflateMariaDb(r.p, r.left(), where);
        r.p = inflated.constData();
        r.end = inflated.constData() + inflated.size();
    }

    const int columns = int(width);
    const int jsonCount = int(std::count_if(layout.columns.begin(), layout.columns.end(),
                                            [](const ColumnLayout &c) { return c.type == TypeJson; }));
    QList<QByteArray> jsonBefore(h.type == PartialUpdateRowsEvent ? columns : 0);

    auto readImage = [&](const char *bitmap, bool afterImage) {
        const char *partial = nullptr;
        if (afterImage && h.type == PartialUpdateRowsEvent) {
            const quint64 options = r.packed("the value options");
            if (options & 1)  // PARTIAL_JSON_UPDATES: one bit per JSON column
                partial = r.take((jsonCount + 7) / 8, "the partial JSON bitmap");
        }
        const int presentCount = countBits(bitmap, columns);
        const char *nulls = r.take((presentCount + 7) / 8, "the NULL bitmap");
        Row row;
        row.resize(columns);
        int nth = 0, jsonIndex = 0;
        for (int i = 0; i < columns; ++i) {
            const ColumnLayout &c = layout.columns[i];
            const bool isJson = c.type == TypeJson;
            if (!bit(bitmap, i)) {
                row[i].kind = Value::Absent;
                jsonIndex += isJson;
                continue;
            }
            if (bit(nulls, nth++)) {
                jsonIndex += isJson;
                continue;  // Null
            }
            if (isJson && partial && bit(partial, jsonIndex)) {
                if (c.meta < 1 || c.meta > 4)
                    damaged(where, QStringLiteral("a JSON length stored in %1 bytes").arg(c.meta));
                const qsizetype len = qsizetype(r.uintLe(c.meta, "a partial JSON length"));
                const char *diff = r.take(len, "a partial JSON update");
                row[i].kind = Value::Json;
                row[i].text = jsonApplyDiffs(jsonBefore.value(i), diff, len, where);
                if (row[i].text.isNull()) {  // the before image lacks the document: keep the change itself
                    row[i].kind = Value::JsonDiff;
                    row[i].text = jsonDiffExpression(diff, len, where);
                }
            } else {
                row[i] = readValue(r, c, (!afterImage && !jsonBefore.isEmpty() && isJson) ? &jsonBefore[i] : nullptr);
            }
            jsonIndex += isJson;
        }
        return row;
    };

    while (r.left() > 0) {
        const char *rowStart = r.p;
        out.rows << readImage(present, false);
        if (out.update)
            out.rows << readImage(presentAfter, true);
        if (r.p == rowStart)  // images of no column take no bytes: the rows would never end
            damaged(where, QStringLiteral("its row images hold no column, yet the event goes on"));
    }
    return out;
}

}  // namespace dts::binlog
