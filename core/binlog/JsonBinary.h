#pragma once
// MySQL's binary JSON (what a JSON column holds in a row image, after its 4-byte length) and the
// partial-update diffs of PARTIAL_UPDATE_ROWS events (binlog_row_value_options=PARTIAL_JSON).
// Documents become a small DOM that prints exactly as MySQL prints the column (SELECT json_col):
// ", " and ": " separators, keys in stored order, MySQL's string escapes and number formats.
// Input comes from the network and from files: every read is bounds-checked, nesting is capped at
// MySQL's 100 levels, and damaged input is a dts::Error naming `where` and the byte offset.
#include <QByteArray>
#include <QString>
#include <vector>

namespace dts::binlog {

struct JsonValue {
    enum class Type : quint8 {
        Null, Bool, Int, UInt, Double, String,
        Decimal,   // DECIMAL opaque value: `text` is the number as MySQL prints it ("1.50")
        Temporal,  // DATE/TIME/DATETIME/TIMESTAMP opaque value: `text` as MySQL prints it, unquoted
        Opaque,    // any other opaque value: `fieldType` and the raw bytes in `text`
        Array, Object,
    };
    Type type = Type::Null;
    bool boolean = false;
    qint64 int64 = 0;
    quint64 uint64 = 0;
    double number = 0;
    quint8 fieldType = 0;  // MySQL column type of Decimal/Temporal/Opaque values
    QByteArray text;       // String: the UTF-8 bytes, unescaped; see above for the opaque kinds
    std::vector<JsonValue> elements;  // Array elements; Object member values
    std::vector<QByteArray> keys;     // Object member names, parallel to elements

    static JsonValue string(const QByteArray &s)
    {
        JsonValue v;
        v.type = Type::String;
        v.text = s;
        return v;
    }
};

// Decodes one binary document; an empty one is JSON null, as MySQL reads it.
JsonValue parseJsonBinary(const char *data, size_t len, const QString &where);

// The text MySQL prints for the value.
QByteArray jsonToText(const JsonValue &v);

inline QByteArray jsonBinaryToText(const char *data, size_t len, const QString &where)
{
    return jsonToText(parseJsonBinary(data, len, where));
}

// Applies a partial update (the column's bytes after its 4-byte length: a list of
// operation(1) path-length(packed int) path [value-length(packed int) binary value]) to `doc`,
// the way a MySQL replica does. A diff that does not fit the document is an error.
void applyJsonDiffs(JsonValue &doc, const char *diffs, size_t len, const QString &where);

}  // namespace dts::binlog
