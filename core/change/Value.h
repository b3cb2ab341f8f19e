#pragma once
// One column value of a row image, with full fidelity: what the source stored, not what a client library
// would make of it. Strings stay bytes in the column's charset; DECIMAL stays exact text; temporal values
// keep their sign, fractional seconds and zero dates; TIMESTAMP is kept in UTC.
#include <QByteArray>
#include <QList>

namespace dts {

struct Value {
    enum Kind : quint8 {
        Null,
        Absent,     // not in the row image (binlog_row_image=MINIMAL/NOBLOB)
        Int,        // i: TINYINT…BIGINT signed
        UInt,       // u: unsigned integers, YEAR
        Float,      // d: FLOAT (printed with 9 significant digits: round-trips a float)
        Double,     // d: DOUBLE (17 significant digits)
        Decimal,    // text: exact, e.g. "-12.340"
        String,     // text: CHAR/VARCHAR/TEXT bytes in the column charset (binary for BINARY/BLOB)
        Date,       // text: "YYYY-MM-DD"
        Time,       // text: "[-]HHH:MM:SS[.f…]"
        DateTime,   // text: "YYYY-MM-DD HH:MM:SS[.f…]"
        Timestamp,  // i: seconds since the epoch (UTC), u: microseconds; text: UTC "YYYY-MM-DD HH:MM:SS[.f…]"
        Bit,        // u: the bits
        Enum,       // u: 1-based index (0: the empty error value)
        Set,        // u: bitmask of members
        Json,       // text: JSON text as MySQL prints it
        Geometry,   // text: SRID + WKB, as stored
        JsonDiff,   // text: a partial JSON update as SQL over the column's own value (binlog::kJsonSelf)
    };

    Kind kind = Null;
    quint8 decimals = 0;  // fractional digits of temporal values
    quint8 width = 0;     // integers: bytes as stored (for printing negative values unsigned like mysqlbinlog)
    bool binary = false;  // String: a binary type (BINARY, VARBINARY, BLOB)
    union {
        qint64 i = 0;
        quint64 u;
        double d;
    };
    quint32 micros = 0;   // Timestamp: the fractional part
    QByteArray text;

    bool isNull() const { return kind == Null; }
    bool isAbsent() const { return kind == Absent; }
    bool operator==(const Value &o) const;
    bool operator!=(const Value &o) const { return !(*this == o); }

    // As an SQL literal a MySQL server in any sql_mode and with time_zone '+00:00' reads back as the same
    // value: strings as hex with the binary charset (no conversion, exact bytes), numbers as digits.
    void appendSql(QByteArray &out) const;
    // As plain text (what SELECT would show, strings as their bytes): for canal-json and logs.
    QByteArray toText() const;
};

using Row = QList<Value>;

}  // namespace dts
