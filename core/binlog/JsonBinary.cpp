#include "binlog/JsonBinary.h"

#include "binlog/TableMap.h"
#include "common/Error.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace dts::binlog {

namespace {

// MySQL refuses documents nested deeper than this (JSON_DOCUMENT_MAX_DEPTH); so do we, which also
// bounds our recursion.
constexpr int kMaxDepth = 100;

// Value types of the binary format (sql-common/json_binary.cc).
enum : quint8 {
    JbSmallObject = 0x0, JbLargeObject = 0x1, JbSmallArray = 0x2, JbLargeArray = 0x3, JbLiteral = 0x4,
    JbInt16 = 0x5, JbUInt16 = 0x6, JbInt32 = 0x7, JbUInt32 = 0x8, JbInt64 = 0x9, JbUInt64 = 0xA,
    JbDouble = 0xB, JbString = 0xC, JbOpaque = 0xF,
};

using Type = JsonValue::Type;

quint64 readLE(const uchar *p, int bytes)
{
    quint64 v = 0;
    for (int i = 0; i < bytes; ++i)
        v |= quint64(p[i]) << (8 * i);
    return v;
}

// Values that live in their container's entry instead of behind an offset.
bool inlined(quint8 type, bool large)
{
    switch (type) {
    case JbLiteral: case JbInt16: case JbUInt16:
        return true;
    case JbInt32: case JbUInt32:
        return large;
    default:
        return false;
    }
}

class Decoder {
public:
    Decoder(const char *data, size_t len, const QString &where)
        : m_data(reinterpret_cast<const uchar *>(data)), m_len(len), m_where(where), m_budget(len)
    {
    }

    JsonValue document()
    {
        // An empty value is what MySQL stores for NULL put into a NOT NULL column in non-strict
        // mode; it reads it as the null literal.
        if (m_len == 0)
            return {};
        return value(m_data[0], 1, m_len - 1, 0);
    }

private:
    const uchar *m_data;
    size_t m_len;
    const QString &m_where;
    // Decoded nodes and string bytes. A valid document spends at most its own size (every node has
    // its own entry, every string its own bytes); a damaged one whose offsets share parts could
    // otherwise expand exponentially.
    size_t m_budget;

    [[noreturn]] void damaged(size_t at, const QString &what) const
    {
        throw Error(ErrorKind::Permanent, m_where, QStringLiteral("binary JSON is damaged at byte %1: %2").arg(at).arg(what),
                    QStringLiteral("the binlog is damaged at this offset"));
    }

    void spend(size_t n, size_t at)
    {
        if (n > m_budget)
            damaged(at, QStringLiteral("its values overlap (more values than the document has bytes)"));
        m_budget -= n;
    }

    // `at` + `avail` never pass m_len: every caller narrows, never widens.
    JsonValue value(quint8 type, size_t at, size_t avail, int depth)
    {
        switch (type) {
        case JbSmallObject: return container(true, false, at, avail, depth);
        case JbLargeObject: return container(true, true, at, avail, depth);
        case JbSmallArray: return container(false, false, at, avail, depth);
        case JbLargeArray: return container(false, true, at, avail, depth);
        default: return scalar(type, at, avail);
        }
    }

    // Layout: count, size (2 or 4 bytes each), key entries (offset, length(2)) for objects, value
    // entries (type(1), offset or inlined value), then keys and values. Offsets count from `at`.
    JsonValue container(bool object, bool large, size_t at, size_t avail, int depth)
    {
        if (depth + 1 > kMaxDepth)
            damaged(at, QStringLiteral("nested deeper than %1 levels").arg(kMaxDepth));
        const int off = large ? 4 : 2;
        if (avail < size_t(2 * off))
            damaged(at, QStringLiteral("the %1 header ends early").arg(object ? "object" : "array"));
        const quint64 count = readLE(m_data + at, off);
        const quint64 bytes = readLE(m_data + at + off, off);
        if (bytes > avail)
            damaged(at, QStringLiteral("%1 of %2 bytes, only %3 remain").arg(object ? "object" : "array").arg(bytes).arg(avail));
        const size_t keyEntry = size_t(off) + 2, valueEntry = size_t(off) + 1;
        const size_t firstValueEntry = 2 * size_t(off) + (object ? size_t(count) * keyEntry : 0);  // count < 2^32
        const size_t header = firstValueEntry + size_t(count) * valueEntry;
        if (header > bytes)
            damaged(at, QStringLiteral("%1 entries do not fit in %2 bytes").arg(count).arg(bytes));
        spend(size_t(count), at);

        JsonValue v;
        v.type = object ? Type::Object : Type::Array;
        v.elements.reserve(size_t(count));
        if (object) {
            v.keys.reserve(size_t(count));
            for (size_t i = 0; i < count; ++i) {
                const size_t e = 2 * size_t(off) + i * keyEntry;
                const quint64 keyOffset = readLE(m_data + at + e, off);
                const quint64 keyLength = readLE(m_data + at + e + off, 2);
                if (keyOffset < header || keyOffset + keyLength > bytes)
                    damaged(at + e, QStringLiteral("key %1 lies outside its object").arg(i));
                spend(size_t(keyLength), at + e);
                v.keys.emplace_back(reinterpret_cast<const char *>(m_data + at + keyOffset), qsizetype(keyLength));
            }
        }
        for (size_t i = 0; i < count; ++i) {
            const size_t e = firstValueEntry + i * valueEntry;
            const quint8 type = m_data[at + e];
            if (inlined(type, large)) {
                v.elements.push_back(scalar(type, at + e + 1, size_t(off)));
                continue;
            }
            const quint64 valueOffset = readLE(m_data + at + e + 1, off);
            if (valueOffset < e + valueEntry || valueOffset > bytes)
                damaged(at + e, QStringLiteral("value %1 lies outside its %2").arg(i).arg(object ? "object" : "array"));
            v.elements.push_back(value(type, at + size_t(valueOffset), size_t(bytes - valueOffset), depth + 1));
        }
        return v;
    }

    // Lengths of strings and opaque values: 7 bits a byte, least significant first, at most 5 bytes.
    size_t varLength(size_t at, size_t avail, size_t &used)
    {
        quint64 len = 0;
        for (size_t i = 0; i < avail && i < 5; ++i) {
            const uchar b = m_data[at + i];
            len |= quint64(b & 0x7f) << (7 * i);
            if (!(b & 0x80)) {
                if (len > 0xffffffffu)
                    damaged(at, QStringLiteral("a length beyond 32 bits"));
                used = i + 1;
                return size_t(len);
            }
        }
        damaged(at, QStringLiteral("a length field ends early"));
    }

    void need(size_t at, size_t avail, size_t n, const char *what) const
    {
        if (avail < n)
            damaged(at, QStringLiteral("%1 needs %2 bytes, only %3 remain").arg(QLatin1String(what)).arg(n).arg(avail));
    }

    JsonValue scalar(quint8 type, size_t at, size_t avail)
    {
        JsonValue v;
        const uchar *p = m_data + at;
        switch (type) {
        case JbLiteral:
            need(at, avail, 1, "a literal");
            switch (p[0]) {
            case 0: v.type = Type::Null; break;
            case 1: v.type = Type::Bool; v.boolean = true; break;
            case 2: v.type = Type::Bool; v.boolean = false; break;
            default: damaged(at, QStringLiteral("unknown literal %1").arg(int(p[0])));
            }
            return v;
        case JbInt16: need(at, avail, 2, "an int16"); v.type = Type::Int; v.int64 = qint16(readLE(p, 2)); return v;
        case JbUInt16: need(at, avail, 2, "a uint16"); v.type = Type::UInt; v.uint64 = readLE(p, 2); return v;
        case JbInt32: need(at, avail, 4, "an int32"); v.type = Type::Int; v.int64 = qint32(readLE(p, 4)); return v;
        case JbUInt32: need(at, avail, 4, "a uint32"); v.type = Type::UInt; v.uint64 = readLE(p, 4); return v;
        case JbInt64: need(at, avail, 8, "an int64"); v.type = Type::Int; v.int64 = qint64(readLE(p, 8)); return v;
        case JbUInt64: need(at, avail, 8, "a uint64"); v.type = Type::UInt; v.uint64 = readLE(p, 8); return v;
        case JbDouble: {
            need(at, avail, 8, "a double");
            const quint64 bits = readLE(p, 8);
            v.type = Type::Double;
            std::memcpy(&v.number, &bits, sizeof bits);
            return v;
        }
        case JbString: {
            size_t used = 0;
            const size_t len = varLength(at, avail, used);
            need(at, avail - used, len, "a string");
            spend(len, at);
            return JsonValue::string(QByteArray(reinterpret_cast<const char *>(p + used), qsizetype(len)));
        }
        case JbOpaque: {
            need(at, avail, 1, "an opaque value");
            size_t used = 0;
            const size_t len = varLength(at + 1, avail - 1, used);
            need(at, avail - 1 - used, len, "an opaque value");
            spend(len, at);
            return opaque(p[0], at, p + 1 + used, len);
        }
        default:
            damaged(at, QStringLiteral("unknown value type 0x%1").arg(uint(type), 2, 16, QLatin1Char('0')));
        }
    }

    // MySQL stores SQL values that JSON has no type for as opaque: the column type and its bytes.
    JsonValue opaque(quint8 fieldType, size_t at, const uchar *p, size_t n)
    {
        JsonValue v;
        v.fieldType = fieldType;
        switch (fieldType) {
        case TypeNewDecimal:
            v.type = Type::Decimal;
            v.text = decimalText(at, p, n);
            return v;
        case TypeDate: case TypeTime: case TypeDateTime: case TypeTimestamp:
            v.type = Type::Temporal;
            v.text = temporalText(at, fieldType, p, n);
            return v;
        default:
            v.type = Type::Opaque;
            v.text = QByteArray(reinterpret_cast<const char *>(p), qsizetype(n));
            return v;
        }
    }

    // precision(1) scale(1) and the binary DECIMAL: big-endian groups of 9 digits in 4 bytes, the
    // leftover digits at either end in fewer bytes; the first bit flipped; negative numbers inverted.
    QByteArray decimalText(size_t at, const uchar *p, size_t n)
    {
        static constexpr int dig2bytes[10] = {0, 1, 1, 2, 2, 3, 3, 4, 4, 4};
        if (n < 2)
            damaged(at, QStringLiteral("a DECIMAL without precision and scale"));
        const int precision = p[0], scale = p[1];
        if (precision < 1 || precision > 65 || scale > 30 || scale > precision)
            damaged(at, QStringLiteral("a DECIMAL(%1,%2)").arg(precision).arg(scale));
        const int intg = precision - scale;
        const int size = intg / 9 * 4 + dig2bytes[intg % 9] + scale / 9 * 4 + dig2bytes[scale % 9];
        if (n - 2 != size_t(size))
            damaged(at, QStringLiteral("a DECIMAL(%1,%2) of %3 bytes, not %4").arg(precision).arg(scale).arg(n - 2).arg(size));
        const bool negative = !(p[2] & 0x80);
        const uchar mask = negative ? 0xff : 0;
        size_t pos = 2;
        QByteArray digits;
        auto group = [&](int digitCount) {
            const int bytes = dig2bytes[digitCount];
            quint32 x = 0;
            for (int i = 0; i < bytes; ++i) {
                uchar b = p[pos + size_t(i)] ^ mask;
                if (pos + size_t(i) == 2)
                    b ^= 0x80;
                x = x << 8 | b;
            }
            pos += size_t(bytes);
            quint32 limit = 1;
            for (int i = 0; i < digitCount; ++i)
                limit *= 10;
            if (x >= limit)
                damaged(at, QStringLiteral("a DECIMAL digit group %1 of %2 digits").arg(x).arg(digitCount));
            digits += QByteArray::number(x).rightJustified(digitCount, '0');
        };
        if (intg % 9)
            group(intg % 9);
        for (int i = 0; i < intg / 9; ++i)
            group(9);
        for (int i = 0; i < scale / 9; ++i)
            group(9);
        if (scale % 9)
            group(scale % 9);

        // decimal2string(): the integer part without leading zeros (at least "0"), every scale digit.
        QByteArray out = negative ? QByteArray("-") : QByteArray();
        qsizetype first = 0;
        while (first < intg && digits[first] == '0')
            ++first;
        out += first == intg ? QByteArray("0") : digits.mid(first, intg - first);
        if (scale > 0)
            out += '.' + digits.mid(intg);
        return out;
    }

    // The packed 8-byte form (TIME_to_longlong_packed): sign, then the integer part above 24 bits of
    // microseconds; for dates year*13+month, day(5), hour(5), minute(6), second(6).
    QByteArray temporalText(size_t at, quint8 fieldType, const uchar *p, size_t n)
    {
        if (n != 8)
            damaged(at, QStringLiteral("a date/time value of %1 bytes, not 8").arg(n));
        const qint64 packed = qint64(readLE(p, 8));
        const bool negative = packed < 0;
        const quint64 magnitude = negative ? 0 - quint64(packed) : quint64(packed);
        const quint64 micro = magnitude % (1u << 24), whole = magnitude >> 24;
        const auto two = [](quint64 x) { return QByteArray::number(x).rightJustified(2, '0'); };
        const QByteArray fraction = '.' + QByteArray::number(micro).rightJustified(6, '0');
        if (fieldType == TypeTime) {
            // my_time_to_str() with 6 decimals; hours may have three digits
            return (negative ? "-" : "") + two(whole >> 12 & 0x3ff) + ':' + two(whole >> 6 & 0x3f) + ':' + two(whole & 0x3f) +
                   fraction;
        }
        const quint64 ymd = whole >> 17, ym = ymd >> 5, hms = whole & 0x1ffff;
        const quint64 year = ym / 13;
        if (year > 9999)
            damaged(at, QStringLiteral("a date in year %1").arg(year));
        QByteArray date = QByteArray::number(year).rightJustified(4, '0') + '-' + two(ym % 13) + '-' + two(ymd & 0x1f);
        if (fieldType == TypeDate)
            return date;
        // DATETIME and TIMESTAMP: my_datetime_to_str() with 6 decimals (no sign)
        return date + ' ' + two(hms >> 12) + ':' + two(hms >> 6 & 0x3f) + ':' + two(hms & 0x3f) + fraction;
    }
};

// double_quote() in json_dom.cc: only '"', '\\' and control characters are escaped.
void appendQuoted(QByteArray &out, const char *p, qsizetype n)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    qsizetype run = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(p[i]);
        if (c > 0x1f && c != '"' && c != '\\')
            continue;
        out.append(p + run, i - run);
        run = i + 1;
        out += '\\';
        switch (c) {
        case '\b': out += 'b'; break;
        case '\t': out += 't'; break;
        case '\n': out += 'n'; break;
        case '\f': out += 'f'; break;
        case '\r': out += 'r'; break;
        case '"': case '\\': out += char(c); break;
        default: out += "u00"; out += hex[c >> 4]; out += hex[c & 0xf]; break;
        }
    }
    out.append(p + run, n - run);
    out += '"';
}

void appendQuoted(QByteArray &out, const QByteArray &s) { appendQuoted(out, s.constData(), s.size()); }

// my_gcvt(d, MY_GCVT_ARG_DOUBLE, 34 chars): the shortest digits that read back as d, in fixed notation
// while the decimal point stays within 10^-15 .. 10^15 (MAX_DECPT_FOR_F_FORMAT), else as 1.5e300
// (no '+', no zero-padded exponent). With 34 characters no digit is ever cut, so the choice reduces
// to the position of the decimal point. The JSON printer then adds ".0" to integral results.
QByteArray doubleText(double d)
{
    if (!std::isfinite(d))
        return "0.0";  // dtoa reports overflow and my_gcvt() prints "0"; binary JSON never holds these
    char buf[40];
    const auto r = std::to_chars(buf, buf + sizeof buf, std::fabs(d), std::chars_format::scientific);
    const QByteArray sci(buf, r.ptr - buf);  // "d.ddde±xx"
    const qsizetype e = sci.indexOf('e');
    QByteArray digits = sci.left(e);
    digits.replace(".", "");
    const int len = int(digits.size());
    int exponent = 0;
    const char *x = r.ptr - 1;  // the exponent is the digits after 'e' and its sign
    for (const char *q = buf + e + 2; q <= x; ++q)
        exponent = exponent * 10 + (*q - '0');
    if (buf[e + 1] == '-')
        exponent = -exponent;
    const int decpt = exponent + 1;  // digits are 0.DIGITS * 10^decpt

    QByteArray out = std::signbit(d) ? QByteArray("-") : QByteArray();
    if (decpt >= -14 && (decpt <= 15 || len > decpt)) {
        if (decpt <= 0)
            out += "0." + QByteArray(-decpt, '0') + digits;
        else if (decpt < len)
            out += digits.left(decpt) + '.' + digits.mid(decpt);
        else
            out += digits + QByteArray(decpt - len, '0') + ".0";
    } else {
        out += digits.left(1);
        if (len > 1)
            out += '.' + digits.mid(1);
        out += 'e' + QByteArray::number(decpt - 1);
    }
    return out;
}

void print(QByteArray &out, const JsonValue &v)
{
    switch (v.type) {
    case Type::Null: out += "null"; break;
    case Type::Bool: out += v.boolean ? "true" : "false"; break;
    case Type::Int: out += QByteArray::number(v.int64); break;
    case Type::UInt: out += QByteArray::number(v.uint64); break;
    case Type::Double: out += doubleText(v.number); break;
    case Type::String: appendQuoted(out, v.text); break;
    case Type::Decimal: out += v.text; break;
    case Type::Temporal: appendQuoted(out, v.text); break;
    case Type::Opaque:
        if (v.fieldType == TypeVarString) {  // strings MySQL keeps as opaque print as strings
            appendQuoted(out, v.text);
        } else {
            // base64_encode() breaks lines after 76 characters; the newlines end up escaped
            QByteArray b64 = v.text.toBase64();
            for (qsizetype i = 76; i < b64.size(); i += 77)
                b64.insert(i, '\n');
            appendQuoted(out, "base64:type" + QByteArray::number(v.fieldType) + ':' + b64);
        }
        break;
    case Type::Array:
        out += '[';
        for (size_t i = 0; i < v.elements.size(); ++i) {
            if (i)
                out += ", ";
            print(out, v.elements[i]);
        }
        out += ']';
        break;
    case Type::Object:
        out += '{';
        for (size_t i = 0; i < v.elements.size(); ++i) {
            if (i)
                out += ", ";
            appendQuoted(out, i < v.keys.size() ? v.keys[i] : QByteArray());
            out += ": ";
            print(out, v.elements[i]);
        }
        out += '}';
        break;
    }
}

// ---- partial updates -------------------------------------------------------------------------

enum DiffOperation : quint8 { DiffReplace = 0, DiffInsert = 1, DiffRemove = 2 };

struct PathLeg {
    bool member = false;
    QByteArray name;     // member
    quint32 index = 0;   // array cell
    bool fromEnd = false;  // [last] / [last-N]
};

// The writer (Json_path::to_string) prints member names as ECMAScript identifiers or quoted JSON
// strings and cells as [N], [last] or [last-N]; the reader (json_path.cc) also allows whitespace
// between tokens and escapes in unquoted names. Wildcards, ranges and ** match many values and never
// appear in a diff.
class PathParser {
public:
    PathParser(const char *p, size_t n) : m_p(p), m_n(n) {}

    // Empty error on success.
    QString parse(std::vector<PathLeg> &legs)
    {
        skipSpace();
        if (atEnd() || m_p[m_i++] != '$')
            return QStringLiteral("it does not start with $");
        skipSpace();
        while (!atEnd()) {
            PathLeg leg;
            const char c = m_p[m_i];
            QString error;
            if (c == '[')
                error = cell(leg);
            else if (c == '.')
                error = member(leg);
            else if (c == '*')
                return QStringLiteral("** matches many values");
            else
                return QStringLiteral("unexpected '%1' at %2").arg(QChar::fromLatin1(c)).arg(m_i);
            if (!error.isEmpty())
                return error;
            legs.push_back(std::move(leg));
            skipSpace();
        }
        return {};
    }

private:
    const char *m_p;
    size_t m_n, m_i = 0;

    bool atEnd() const { return m_i >= m_n; }
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }
    static bool isDigit(char c) { return c >= '0' && c <= '9'; }
    void skipSpace()
    {
        while (!atEnd() && isSpace(m_p[m_i]))
            ++m_i;
    }

    QString cell(PathLeg &leg)
    {
        ++m_i;  // [
        skipSpace();
        if (!atEnd() && m_p[m_i] == '*')
            return QStringLiteral("[*] matches many values");
        if (m_n - m_i >= 4 && std::memcmp(m_p + m_i, "last", 4) == 0) {
            m_i += 4;
            leg.fromEnd = true;
            skipSpace();
            if (atEnd() || m_p[m_i] != '-')
                return close();
            ++m_i;
            skipSpace();
        }
        if (atEnd() || !isDigit(m_p[m_i]))
            return QStringLiteral("no array index at %1").arg(m_i);
        quint64 index = 0;
        while (!atEnd() && isDigit(m_p[m_i])) {
            index = index * 10 + quint64(m_p[m_i++] - '0');
            if (index > 0xffffffffu)
                return QStringLiteral("array index beyond 32 bits");
        }
        leg.index = quint32(index);
        return close();
    }

    QString close()
    {
        skipSpace();
        if (m_n - m_i > 3 && m_i > 0 && isSpace(m_p[m_i - 1]) && m_p[m_i] == 't' && m_p[m_i + 1] == 'o' && isSpace(m_p[m_i + 2]))
            return QStringLiteral("a range matches many values");
        if (atEnd() || m_p[m_i] != ']')
            return QStringLiteral("no ] at %1").arg(m_i);
        ++m_i;
        return {};
    }

    QString member(PathLeg &leg)
    {
        ++m_i;  // .
        skipSpace();
        if (atEnd())
            return QStringLiteral("no member name after .");
        if (m_p[m_i] == '*')
            return QStringLiteral(".* matches many values");
        leg.member = true;
        const size_t start = m_i;
        if (m_p[m_i] == '"') {
            ++m_i;
            while (!atEnd()) {
                const char c = m_p[m_i++];
                if (c == '\\')
                    ++m_i;
                else if (c == '"')
                    break;
            }
            m_i = std::min(m_i, m_n);
            if (!unescape(m_p + start + 1, m_i - start - 1, true, leg.name))
                return QStringLiteral("bad quoted member name at %1").arg(start);
            return {};
        }
        while (!atEnd() && !isSpace(m_p[m_i]) && m_p[m_i] != '[' && m_p[m_i] != '.' && m_p[m_i] != '*')
            ++m_i;
        if (!unescape(m_p + start, m_i - start, false, leg.name) || !identifier(leg.name))
            return QStringLiteral("bad member name at %1").arg(start);
        return {};
    }

    // Loose ECMAScript identifier: letters, digits (not first), $ and _; any non-ASCII character.
    static bool identifier(const QByteArray &s)
    {
        if (s.isEmpty() || isDigit(s[0]))
            return false;
        for (char c : s) {
            const uchar u = uchar(c);
            if (!(u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || isDigit(c) || c == '$' || c == '_'))
                return false;
        }
        return true;
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    static bool hex4(const char *p, size_t n, size_t i, quint32 &cp)
    {
        if (i + 4 > n)
            return false;
        cp = 0;
        for (size_t k = 0; k < 4; ++k) {
            const int h = hexValue(p[i + k]);
            if (h < 0)
                return false;
            cp = cp << 4 | quint32(h);
        }
        return true;
    }

    // The JSON string body (without quotes; `quoted` when it must end in the closing quote), as
    // MySQL unescapes member names through its JSON parser.
    static bool unescape(const char *p, size_t n, bool quoted, QByteArray &out)
    {
        if (quoted) {
            if (n == 0 || p[n - 1] != '"')
                return false;
            --n;
        }
        for (size_t i = 0; i < n; ++i) {
            const uchar c = uchar(p[i]);
            if (c < 0x20 || c == '"')
                return false;
            if (c != '\\') {
                out += char(c);
                continue;
            }
            if (++i >= n)
                return false;
            switch (p[i]) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                quint32 cp = 0;
                if (!hex4(p, n, i + 1, cp))
                    return false;
                i += 4;
                if (cp >= 0xdc00 && cp <= 0xdfff)
                    return false;
                if (cp >= 0xd800 && cp <= 0xdbff) {
                    quint32 low = 0;
                    if (i + 2 >= n || p[i + 1] != '\\' || p[i + 2] != 'u' || !hex4(p, n, i + 3, low) || low < 0xdc00 ||
                        low > 0xdfff)
                        return false;
                    i += 6;
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                }
                if (cp < 0x80) {
                    out += char(cp);
                } else if (cp < 0x800) {
                    out += char(0xc0 | cp >> 6);
                    out += char(0x80 | (cp & 0x3f));
                } else if (cp < 0x10000) {
                    out += char(0xe0 | cp >> 12);
                    out += char(0x80 | (cp >> 6 & 0x3f));
                    out += char(0x80 | (cp & 0x3f));
                } else {
                    out += char(0xf0 | cp >> 18);
                    out += char(0x80 | (cp >> 12 & 0x3f));
                    out += char(0x80 | (cp >> 6 & 0x3f));
                    out += char(0x80 | (cp & 0x3f));
                }
                break;
            }
            default:
                return false;
            }
        }
        return true;
    }
};

// Json_key_comparator: MySQL's objects keep keys ordered by length, then bytes.
bool keyLess(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return a.size() < b.size();
    return std::memcmp(a.constData(), b.constData(), size_t(a.size())) < 0;
}

qsizetype findKey(const JsonValue &object, const QByteArray &name)
{
    for (size_t i = 0; i < object.keys.size(); ++i)
        if (object.keys[i] == name)
            return qsizetype(i);
    return -1;
}

// Json_array_index: [last-N] counts from the end; an index past the end points at the end.
size_t cellPosition(const PathLeg &leg, size_t size)
{
    if (leg.fromEnd)
        return leg.index < size ? size - leg.index - 1 : 0;
    return std::min(size_t(leg.index), size);
}

// seek_exact_path() in json_diff.cc: members and cells only, no auto-wrapping.
JsonValue *seek(JsonValue &doc, const std::vector<PathLeg> &legs, size_t count)
{
    JsonValue *v = &doc;
    for (size_t i = 0; i < count; ++i) {
        const PathLeg &leg = legs[i];
        if (v->type == Type::Array && !leg.member) {
            if (leg.index >= v->elements.size())
                return nullptr;
            v = &v->elements[cellPosition(leg, v->elements.size())];
        } else if (v->type == Type::Object && leg.member) {
            const qsizetype k = findKey(*v, leg.name);
            if (k < 0)
                return nullptr;
            v = &v->elements[size_t(k)];
        } else {
            return nullptr;
        }
    }
    return v;
}

int depthOf(const JsonValue &v)
{
    int deepest = 0;
    for (const JsonValue &e : v.elements)
        deepest = std::max(deepest, depthOf(e));
    return v.type == Type::Array || v.type == Type::Object ? deepest + 1 : 0;
}

// apply_json_diff() in json_diff.cc; empty on success, else why the diff does not fit.
QString apply(JsonValue &doc, quint8 op, const std::vector<PathLeg> &legs, JsonValue &&value)
{
    if (legs.empty())
        return QStringLiteral("the path names the whole document");
    if (op != DiffRemove && int(legs.size()) + depthOf(value) > kMaxDepth)
        return QStringLiteral("the result would be nested deeper than %1 levels").arg(kMaxDepth);
    if (op == DiffReplace) {
        JsonValue *old = seek(doc, legs, legs.size());
        if (!old)
            return QStringLiteral("no value at the path");
        *old = std::move(value);
        return {};
    }
    JsonValue *parent = seek(doc, legs, legs.size() - 1);
    if (!parent)
        return QStringLiteral("no value holds the path");
    const PathLeg &last = legs.back();
    if (op == DiffInsert) {
        if (parent->type == Type::Object && last.member) {
            if (findKey(*parent, last.name) >= 0)
                return QStringLiteral("the member exists");
            size_t at = 0;
            while (at < parent->keys.size() && !keyLess(last.name, parent->keys[at]))
                ++at;
            parent->keys.insert(parent->keys.begin() + qsizetype(at), last.name);
            parent->elements.insert(parent->elements.begin() + qsizetype(at), std::move(value));
            return {};
        }
        if (parent->type == Type::Array && !last.member) {
            const size_t at = cellPosition(last, parent->elements.size());
            parent->elements.insert(parent->elements.begin() + qsizetype(at), std::move(value));
            return {};
        }
        return QStringLiteral("the path does not end in a member of an object or a cell of an array");
    }
    if (parent->type == Type::Object && last.member) {
        const qsizetype k = findKey(*parent, last.name);
        if (k < 0)
            return QStringLiteral("no such member");
        parent->keys.erase(parent->keys.begin() + k);
        parent->elements.erase(parent->elements.begin() + k);
        return {};
    }
    if (parent->type == Type::Array && !last.member) {
        if (last.index >= parent->elements.size())
            return QStringLiteral("no such cell");
        parent->elements.erase(parent->elements.begin() + qsizetype(cellPosition(last, parent->elements.size())));
        return {};
    }
    return QStringLiteral("the path does not end in a member of an object or a cell of an array");
}

}  // namespace

JsonValue parseJsonBinary(const char *data, size_t len, const QString &where)
{
    return Decoder(data, len, where).document();
}

QByteArray jsonToText(const JsonValue &v)
{
    QByteArray out;
    print(out, v);
    return out;
}

void applyJsonDiffs(JsonValue &doc, const char *diffs, size_t len, const QString &where)
{
    const uchar *d = reinterpret_cast<const uchar *>(diffs);
    auto damaged = [&](size_t at, const QString &what) {
        throw Error(ErrorKind::Permanent, where, QStringLiteral("JSON diff is damaged at byte %1: %2").arg(at).arg(what),
                    QStringLiteral("the binlog is damaged at this offset"));
    };
    // net_field_length(): 1 byte below 251, else 252/253/254 and 2/3/8 bytes; 251 (NULL) is no length.
    auto packed = [&](size_t &pos, const char *what) -> size_t {
        if (pos >= len)
            damaged(pos, QStringLiteral("it ends before %1").arg(QLatin1String(what)));
        const uchar first = d[pos];
        const int bytes = first < 251 ? 0 : first == 252 ? 2 : first == 253 ? 3 : first == 254 ? 8 : -1;
        if (bytes < 0)
            damaged(pos, QStringLiteral("%1 is not a length").arg(int(first)));
        if (len - pos - 1 < size_t(bytes))
            damaged(pos, QStringLiteral("it ends inside %1").arg(QLatin1String(what)));
        const quint64 v = bytes ? readLE(d + pos + 1, bytes) : first;
        pos += 1 + size_t(bytes);
        if (v > len - pos)
            damaged(pos, QStringLiteral("%1 %2 runs past its end").arg(QLatin1String(what)).arg(v));
        return size_t(v);
    };

    size_t pos = 0;
    for (int n = 1; pos < len; ++n) {
        const size_t start = pos;
        const quint8 op = d[pos++];
        if (op > DiffRemove)
            damaged(start, QStringLiteral("unknown operation %1").arg(int(op)));
        const size_t pathLength = packed(pos, "the path length");
        const QByteArray path(diffs + pos, qsizetype(pathLength));
        std::vector<PathLeg> legs;
        if (const QString bad = PathParser(diffs + pos, pathLength).parse(legs); !bad.isEmpty())
            damaged(pos, QStringLiteral("path %1: %2").arg(QString::fromUtf8(path), bad));
        pos += pathLength;
        static const char *const names[] = {"REPLACE", "INSERT", "REMOVE"};
        const QString what = QStringLiteral("JSON diff %1 (%2 %3)").arg(n).arg(QLatin1String(names[op]), QString::fromUtf8(path));
        JsonValue value;
        if (op != DiffRemove) {
            const size_t valueLength = packed(pos, "the value length");
            value = parseJsonBinary(diffs + pos, valueLength, where + QStringLiteral(", ") + what);
            pos += valueLength;
        }
        if (const QString bad = apply(doc, op, legs, std::move(value)); !bad.isEmpty())
            throw Error(ErrorKind::Permanent, where, QStringLiteral("cannot apply %1: %2").arg(what, bad),
                        QStringLiteral("the replica's copy of this row differs from the source's; resynchronize the table"));
    }
}

}  // namespace dts::binlog
