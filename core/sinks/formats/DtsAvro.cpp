#include "sinks/formats/DtsAvro.h"

#include "binlog/TableMap.h"
#include "common/Error.h"
#include "sinks/formats/CanalJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <avro.h>
#include <cstdlib>

namespace dts::formats {

// Written from the record schema DTS publishes for its subscription/queue format.
const char *const kDtsAvroSchema = R"({
 "namespace": "com.alibaba.dts.formats.avro", "type": "record", "name": "Record",
 "fields": [
  {"name": "version", "type": "int"},
  {"name": "id", "type": "long"},
  {"name": "sourceTimestamp", "type": "long"},
  {"name": "sourcePosition", "type": "string"},
  {"name": "safeSourcePosition", "type": "string", "default": ""},
  {"name": "sourceTxid", "type": "string", "default": ""},
  {"name": "source", "type": {"type": "record", "name": "Source", "fields": [
    {"name": "sourceType", "type": {"type": "enum", "name": "SourceType", "symbols":
      ["MySQL", "Oracle", "SQLServer", "PostgreSQL", "MongoDB", "Redis", "DB2", "PPAS", "DRDS", "HBASE", "HDFS", "FILE", "OTHER"]}},
    {"name": "version", "type": "string"}]}},
  {"name": "operation", "type": {"type": "enum", "name": "Operation", "symbols":
    ["INSERT", "UPDATE", "DELETE", "DDL", "BEGIN", "COMMIT", "ROLLBACK", "ABORT", "HEARTBEAT", "CHECKPOINT",
     "COMMAND", "FILL", "FINISH", "CONTROL", "RDB", "NOOP", "INIT"]}},
  {"name": "objectName", "type": ["null", "string"], "default": null},
  {"name": "processTimestamps", "type": ["null", {"type": "array", "items": "long"}], "default": null},
  {"name": "tags", "type": {"type": "map", "values": "string"}, "default": {}},
  {"name": "fields", "type": ["null", "string", {"type": "array", "items": {"type": "record", "name": "Field",
    "fields": [{"name": "name", "type": "string"}, {"name": "dataTypeNumber", "type": "int"}]}}], "default": null},
  {"name": "beforeImages", "type": ["null", "string", {"type": "array", "items": ["null",
    {"type": "record", "name": "Integer", "fields": [{"name": "precision", "type": "int"}, {"name": "value", "type": "string"}]},
    {"type": "record", "name": "Character", "fields": [{"name": "charset", "type": "string"}, {"name": "value", "type": "bytes"}]},
    {"type": "record", "name": "Decimal", "fields": [{"name": "value", "type": "string"}, {"name": "precision", "type": "int"},
      {"name": "scale", "type": "int"}]},
    {"type": "record", "name": "Float", "fields": [{"name": "value", "type": "double"}, {"name": "precision", "type": "int"},
      {"name": "scale", "type": "int"}]},
    {"type": "record", "name": "Timestamp", "fields": [{"name": "timestamp", "type": "long"}, {"name": "millis", "type": "int"}]},
    {"type": "record", "name": "DateTime", "fields": [
      {"name": "year", "type": ["null", "int"], "default": null}, {"name": "month", "type": ["null", "int"], "default": null},
      {"name": "day", "type": ["null", "int"], "default": null}, {"name": "hour", "type": ["null", "int"], "default": null},
      {"name": "minute", "type": ["null", "int"], "default": null}, {"name": "second", "type": ["null", "int"], "default": null},
      {"name": "millis", "type": ["null", "int"], "default": null}]},
    {"type": "record", "name": "TimestampWithTimeZone", "fields": [{"name": "value", "type": "DateTime"},
      {"name": "timezone", "type": "string"}]},
    {"type": "record", "name": "BinaryGeometry", "fields": [{"name": "type", "type": "string"}, {"name": "value", "type": "bytes"}]},
    {"type": "record", "name": "TextGeometry", "fields": [{"name": "type", "type": "string"}, {"name": "value", "type": "string"}]},
    {"type": "record", "name": "BinaryObject", "fields": [{"name": "type", "type": "string"}, {"name": "value", "type": "bytes"}]},
    {"type": "record", "name": "TextObject", "fields": [{"name": "type", "type": "string"}, {"name": "value", "type": "string"}]},
    {"type": "enum", "name": "EmptyObject", "symbols": ["NULL", "NONE"]}]}], "default": null},
  {"name": "afterImages", "type": ["null", "string", {"type": "array", "items": ["null", "Integer", "Character", "Decimal",
    "Float", "Timestamp", "DateTime", "TimestampWithTimeZone", "BinaryGeometry", "TextGeometry", "BinaryObject",
    "TextObject", "EmptyObject"]}], "default": null},
  {"name": "bornTimestamp", "type": "long", "default": 0}
 ]
})";

namespace {

enum Item { INull, IInteger, ICharacter, IDecimal, IFloat, ITimestamp, IDateTime, ITzDateTime, IBinaryGeometry,
            ITextGeometry, IBinaryObject, ITextObject, IEmpty };

struct Schema {
    avro_schema_t schema = nullptr;
    avro_value_iface_t *iface = nullptr;
    Schema()
    {
        if (avro_schema_from_json_length(kDtsAvroSchema, std::strlen(kDtsAvroSchema), &schema))
            qFatal("DTS Avro schema rejected by libavro: %s", avro_strerror());
        iface = avro_generic_class_from_schema(schema);
    }
};
const Schema &schema()
{
    static const Schema s;
    return s;
}

[[noreturn]] void fail(const char *what)
{
    throw Error(ErrorKind::Permanent, QStringLiteral("dts-avro"), QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(avro_strerror())));
}
void check(int rc, const char *what)
{
    if (rc)
        fail(what);
}

avro_value_t field(avro_value_t &record, const char *name)
{
    avro_value_t f;
    check(avro_value_get_by_name(&record, name, &f, nullptr), name);
    return f;
}
void setString(avro_value_t v, QByteArrayView s)
{
    // libavro strings carry their terminating NUL in the length.
    const QByteArray z(s.data(), s.size());
    check(avro_value_set_string_len(&v, z.constData(), size_t(z.size()) + 1), "string");
}
void setBytes(avro_value_t v, const QByteArray &b)
{
    check(avro_value_set_bytes(&v, const_cast<char *>(b.constData()), size_t(b.size())), "bytes");
}
void setInt(avro_value_t v, int i) { check(avro_value_set_int(&v, i), "int"); }
avro_value_t branch(avro_value_t v, int which)
{
    avro_value_t b;
    check(avro_value_set_branch(&v, which, &b), "union");
    return b;
}
void optionalInt(avro_value_t record, const char *name, std::optional<int> i)
{
    avro_value_t b = branch(field(record, name), i ? 1 : 0);
    if (i)
        setInt(b, *i);
}

// DATE "YYYY-MM-DD", TIME "[-]H…:MM:SS[.f]", DATETIME "YYYY-MM-DD HH:MM:SS[.f]" as DateTime when it fits.
bool putDateTime(avro_value_t item, const Value &v)
{
    static const QRegularExpression re(QStringLiteral("^(?:(\\d{4})-(\\d{2})-(\\d{2}))? ?(?:(\\d+):(\\d{2}):(\\d{2})(?:\\.(\\d{1,6}))?)?$"));
    const auto m = re.match(QString::fromLatin1(v.text));
    if (!m.hasMatch())
        return false;
    const QString frac = m.captured(7);
    if (frac.size() > 3 && frac.mid(3).toInt() != 0)
        return false;  // finer than a millisecond
    if (!m.captured(4).isEmpty() && m.captured(4).toInt() > 23)
        return false;
    avro_value_t r = branch(item, IDateTime);
    auto part = [&](int n) { return m.captured(n).isEmpty() ? std::nullopt : std::optional<int>(m.captured(n).toInt()); };
    optionalInt(r, "year", part(1));
    optionalInt(r, "month", part(2));
    optionalInt(r, "day", part(3));
    optionalInt(r, "hour", part(4));
    optionalInt(r, "minute", part(5));
    optionalInt(r, "second", part(6));
    optionalInt(r, "millis", m.captured(4).isEmpty() ? std::nullopt : std::optional<int>((frac + QStringLiteral("000")).left(3).toInt()));
    return true;
}

void textObject(avro_value_t item, const char *type, QByteArrayView text)
{
    avro_value_t r = branch(item, ITextObject);
    setString(field(r, "type"), type);
    setString(field(r, "value"), text);
}

void putValue(avro_value_t item, const Value &v, const TableShape &shape, int column)
{
    const quint16 meta = shape.metadata.value(column);
    const quint8 type = shape.types.value(column);
    switch (v.kind) {
    case Value::Null:
        branch(item, INull);
        return;
    case Value::Absent:
        check(avro_value_set_enum(&(item = branch(item, IEmpty)), 1), "enum");
        return;
    case Value::Int: case Value::UInt: {
        avro_value_t r = branch(item, IInteger);
        setInt(field(r, "precision"), type == binlog::TypeYear ? 1 : qMax<int>(v.width, 1));
        setString(field(r, "value"), v.toText());
        return;
    }
    case Value::Float: case Value::Double: {
        avro_value_t r = branch(item, IFloat);
        avro_value_t d = field(r, "value");
        check(avro_value_set_double(&d, v.d), "double");
        setInt(field(r, "precision"), v.kind == Value::Float ? 4 : 8);
        setInt(field(r, "scale"), -1);
        return;
    }
    case Value::Decimal: {
        avro_value_t r = branch(item, IDecimal);
        setString(field(r, "value"), v.text);
        setInt(field(r, "precision"), meta >> 8);
        setInt(field(r, "scale"), meta & 0xff);
        return;
    }
    case Value::String: {
        avro_value_t r = branch(item, ICharacter);
        setString(field(r, "charset"), v.binary ? "binary" : "utf8mb4");
        setBytes(field(r, "value"), v.text);
        return;
    }
    case Value::Date: case Value::Time: case Value::DateTime:
        if (!putDateTime(item, v))
            textObject(item, v.kind == Value::Time ? "TIME" : v.kind == Value::Date ? "DATE" : "DATETIME", v.text);
        return;
    case Value::Timestamp:
        if (v.micros % 1000) {
            textObject(item, "TIMESTAMP", v.text);
        } else {
            avro_value_t r = branch(item, ITimestamp);
            avro_value_t ts = field(r, "timestamp");
            check(avro_value_set_long(&ts, v.i), "long");
            setInt(field(r, "millis"), int(v.micros / 1000));
        }
        return;
    case Value::Bit: {
        const int bytes = qMax(1, (((meta >> 8) * 8 + (meta & 0xff)) + 7) / 8);
        QByteArray b(bytes, '\0');
        for (int i = 0; i < bytes; ++i)
            b[bytes - 1 - i] = char(v.u >> (8 * i));
        avro_value_t r = branch(item, IBinaryObject);
        setString(field(r, "type"), "BIT");
        setBytes(field(r, "value"), b);
        return;
    }
    case Value::Enum: case Value::Set: case Value::Json:
        textObject(item, v.kind == Value::Enum ? "ENUM" : v.kind == Value::Set ? "SET" : "JSON",
                   canalValue(v, shape, column).toString().toUtf8());
        return;
    case Value::Geometry: {
        avro_value_t r = branch(item, IBinaryGeometry);
        setString(field(r, "type"), "GEOMETRY");
        setBytes(field(r, "value"), v.text);
        return;
    }
    case Value::JsonDiff:
        throw Error(ErrorKind::Permanent, shape.database + '.' + shape.table + '.' + shape.columns.value(column),
                    QStringLiteral("a partial JSON update cannot be written as a full value"),
                    QStringLiteral("set binlog_row_value_options='' on the source so updates log whole JSON values"));
    }
}

void putImage(avro_value_t images, const Row &row, const TableShape &shape)
{
    avro_value_t array = branch(images, 2);
    for (int i = 0; i < shape.columns.size(); ++i) {
        avro_value_t item;
        check(avro_value_append(&array, &item, nullptr), "append");
        putValue(item, i < row.size() ? row[i] : Value{Value::Absent}, shape, i);
    }
}

}  // namespace

QByteArray dtsAvro(const ChangeEvent &e, const RecordMeta &meta)
{
    const Operation op = operationOf(e, meta.init);
    avro_value_t rec;
    check(avro_generic_value_new(schema().iface, &rec), "new record");
    struct Free { avro_value_t *v; ~Free() { avro_value_decref(v); } } freeRecord{&rec};
    setInt(field(rec, "version"), 0);
    avro_value_t f = field(rec, "id");
    check(avro_value_set_long(&f, qint64(meta.id)), "id");
    f = field(rec, "sourceTimestamp");
    check(avro_value_set_long(&f, e.timestamp), "sourceTimestamp");
    const QByteArray position = QByteArray::number(e.position.offset) + '@' + e.position.file.toUtf8();
    setString(field(rec, "sourcePosition"), position);
    setString(field(rec, "safeSourcePosition"), position);
    setString(field(rec, "sourceTxid"), meta.gtid.isEmpty() ? QByteArray("0") : meta.gtid.toUtf8());
    avro_value_t source = field(rec, "source");
    avro_value_t st = field(source, "sourceType");
    check(avro_value_set_enum(&st, 0), "sourceType");  // MySQL
    setString(field(source, "version"), "");
    avro_value_t operation = field(rec, "operation");
    const int symbol = op == Operation::Insert ? 0 : op == Operation::Update ? 1 : op == Operation::Delete ? 2
                     : op == Operation::Ddl    ? 3 : 16;
    check(avro_value_set_enum(&operation, symbol), "operation");
    setString(branch(field(rec, "objectName"), 1), (e.table.isEmpty() ? e.database : e.database + '.' + e.table).toUtf8());
    branch(field(rec, "processTimestamps"), 0);
    f = field(rec, "bornTimestamp");
    check(avro_value_set_long(&f, e.timestamp), "bornTimestamp");
    avro_value_t tags = field(rec, "tags");
    if (op == Operation::Ddl) {
        branch(field(rec, "fields"), 0);
        branch(field(rec, "beforeImages"), 0);
        setString(branch(field(rec, "afterImages"), 1), maskSecrets(e.sql.trimmed()));
    } else {
        const TableShape &shape = *e.shape;
        if (!shape.primaryKey.isEmpty()) {
            QJsonArray pk;
            for (int i : shape.primaryKey)
                pk << shape.columns.value(i);
            avro_value_t tag;
            check(avro_value_add(&tags, "pk_uk_info", &tag, nullptr, nullptr), "tags");
            setString(tag, QJsonDocument(QJsonObject{{"PRIMARY", pk}}).toJson(QJsonDocument::Compact));
        }
        avro_value_t fields = branch(field(rec, "fields"), 2);
        for (int i = 0; i < shape.columns.size(); ++i) {
            avro_value_t fd;
            check(avro_value_append(&fields, &fd, nullptr), "fields");
            setString(field(fd, "name"), shape.columns[i].toUtf8());
            setInt(field(fd, "dataTypeNumber"), shape.types.value(i));
        }
        if (op == Operation::Update || op == Operation::Delete)
            putImage(field(rec, "beforeImages"), e.before, shape);
        else
            branch(field(rec, "beforeImages"), 0);
        if (op == Operation::Delete)
            branch(field(rec, "afterImages"), 0);
        else
            putImage(field(rec, "afterImages"), e.after, shape);
    }
    size_t size = 0;
    check(avro_value_sizeof(&rec, &size), "size");
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    avro_writer_t writer = avro_writer_memory(out.data(), int64_t(size));
    const int rc = avro_value_write(writer, &rec);
    avro_writer_free(writer);
    check(rc, "write");
    return out;
}

QByteArray dtsAvroToJson(const QByteArray &datum)
{
    avro_value_t rec;
    check(avro_generic_value_new(schema().iface, &rec), "new record");
    struct Free { avro_value_t *v; ~Free() { avro_value_decref(v); } } freeRecord{&rec};
    avro_reader_t reader = avro_reader_memory(datum.constData(), int64_t(datum.size()));
    const int rc = avro_value_read(reader, &rec);
    avro_reader_free(reader);
    if (rc)
        throw Error(ErrorKind::Invalid, QStringLiteral("dts-avro"),
                    QStringLiteral("not a DTS Avro record: %1").arg(QString::fromUtf8(avro_strerror())));
    char *json = nullptr;
    check(avro_value_to_json(&rec, 1, &json), "to json");
    QByteArray out(json);
    std::free(json);
    return out;
}

}  // namespace dts::formats
