#include "change/Value.h"

#include "change/ChangeEvent.h"

#include <cstdio>
#include <cstdlib>

namespace dts {

bool Value::operator==(const Value &o) const
{
    if (kind != o.kind)
        return false;
    switch (kind) {
    case Null: case Absent:
        return true;
    case Int:
        return i == o.i;
    case UInt: case Bit: case Enum: case Set:
        return u == o.u;
    case Float: case Double:
        return d == o.d || (d != d && o.d != o.d);
    case Timestamp:
        return i == o.i && micros == o.micros;
    default:
        return text == o.text && binary == o.binary;
    }
}

namespace {

// The shortest text that reads back as the same float / double.
void appendDouble(QByteArray &out, double v, bool isFloat)
{
    char buf[40];
    int n = 0;
    for (int digits = isFloat ? 6 : 15; digits <= (isFloat ? 9 : 17); ++digits) {
        n = std::snprintf(buf, sizeof buf, "%.*g", digits, v);
        if (isFloat ? std::strtof(buf, nullptr) == float(v) : std::strtod(buf, nullptr) == v)
            break;
    }
    out.append(buf, n);
}

void appendHex(QByteArray &out, const QByteArray &bytes)
{
    static const char hex[] = "0123456789ABCDEF";
    const qsizetype start = out.size();
    out.resize(start + bytes.size() * 2);
    char *p = out.data() + start;
    for (char c : bytes) {
        *p++ = hex[quint8(c) >> 4];
        *p++ = hex[quint8(c) & 15];
    }
}

}  // namespace

void Value::appendSql(QByteArray &out) const
{
    switch (kind) {
    case Null: case Absent:
        out += "NULL";
        return;
    case Int:
        out += QByteArray::number(i);
        return;
    case UInt: case Bit: case Enum: case Set:
        out += QByteArray::number(u);
        return;
    case Float:
        appendDouble(out, d, true);
        return;
    case Double:
        appendDouble(out, d, false);
        return;
    case Decimal:
        out += text;
        return;
    case String: case Json: case Geometry:
        if (text.isEmpty()) {
            out += "''";
            return;
        }
        // Hex with the binary charset: the column's own charset takes the bytes as they are.
        out += kind == Json ? "CONVERT(X'" : "X'";
        appendHex(out, text);
        out += kind == Json ? "' USING utf8mb4)" : "'";
        return;
    case Date: case Time: case DateTime: case Timestamp:
        out += '\'';
        out += text;
        out += '\'';
        return;
    case JsonDiff:
        out += text;  // the caller replaces the column placeholder
        return;
    }
}

QByteArray Value::toText() const
{
    switch (kind) {
    case Null: case Absent:
        return {};
    case Int:
        return QByteArray::number(i);
    case UInt: case Enum: case Set:
        return QByteArray::number(u);
    case Bit:
        return QByteArray::number(u);
    case Float: {
        QByteArray s;
        appendDouble(s, d, true);
        return s;
    }
    case Double: {
        QByteArray s;
        appendDouble(s, d, false);
        return s;
    }
    default:
        return text;
    }
}

QString kindName(ChangeEvent::Kind kind)
{
    switch (kind) {
    case ChangeEvent::Insert: return QStringLiteral("INSERT");
    case ChangeEvent::Update: return QStringLiteral("UPDATE");
    case ChangeEvent::Delete: return QStringLiteral("DELETE");
    case ChangeEvent::Ddl: return QStringLiteral("DDL");
    case ChangeEvent::TxBegin: return QStringLiteral("BEGIN");
    case ChangeEvent::TxCommit: return QStringLiteral("COMMIT");
    case ChangeEvent::Heartbeat: return QStringLiteral("HEARTBEAT");
    }
    return {};
}

}  // namespace dts
