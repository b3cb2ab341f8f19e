#include "binlog/EventPrinter.h"

#include "binlog/JsonColumn.h"
#include "sinks/formats/CanalJson.h"

#include <QDateTime>
#include <QTimeZone>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <charconv>
#include <cstring>

namespace dts::binlog {

using formats::canalValue;
using formats::maskSecrets;

// Appends to a QByteArray through a pointer into room made ahead, and sets its size when done.
// QByteArray::append goes out of line (through insert()) for every piece; with several pieces per
// value that was about a tenth of the decode time.
class TextWriter {
public:
    explicit TextWriter(QByteArray &out) : m_out(out) { grow(out.size(), 4096); }
    ~TextWriter() { m_out.resize(used()); }
    TextWriter(const TextWriter &) = delete;
    TextWriter &operator=(const TextWriter &) = delete;

    // At least n bytes to write at; advance() says how many were written.
    char *room(qsizetype n)
    {
        if (m_end - m_p < n)
            grow(used(), n);
        return m_p;
    }
    void advance(char *to) { m_p = to; }
    void put(const char *s, qsizetype n)
    {
        std::memcpy(room(n), s, size_t(n));
        m_p += n;
    }
    void put(QByteArrayView b) { put(b.data(), b.size()); }
    void put(char c)
    {
        *room(1) = c;
        ++m_p;
    }
    template <typename T> void number(T v)
    {
        char *p = room(24);
        m_p = std::to_chars(p, p + 24, v).ptr;
    }
    qsizetype used() const { return m_p - m_begin; }
    const char *at(qsizetype pos) const { return m_begin + pos; }
    void rewind(qsizetype pos) { m_p = m_begin + pos; }

private:
    void grow(qsizetype used, qsizetype n)
    {
        m_out.resize(used + qMax(n, qsizetype(4096)));
        m_begin = m_out.data();
        m_p = m_begin + used;
        m_end = m_begin + m_out.size();
    }
    QByteArray &m_out;
    char *m_begin = nullptr, *m_p = nullptr, *m_end = nullptr;
};

namespace {

bool validUtf8(const QByteArray &b)
{
    const auto *p = reinterpret_cast<const quint8 *>(b.constData());
    const auto *end = p + b.size();
    // Most text is ASCII: skip it 8 bytes at a time.
    for (quint64 word; end - p >= 8; p += 8) {
        std::memcpy(&word, p, 8);
        if (word & 0x8080808080808080ULL)
            break;
    }
    while (p < end) {
        const quint8 c = *p++;
        if (c < 0x80)
            continue;
        int more = (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
        if (more < 0 || end - p < more)
            return false;
        for (int i = 0; i < more; ++i)
            if ((*p++ >> 6) != 2)
                return false;
    }
    return true;
}

bool isAscii(const QByteArray &b)
{
    for (char c : b)
        if (quint8(c) >= 0x80)
            return false;
    return true;
}

// Bytes printed as they are inside quotes: printable ASCII but ' and \; also bytes >= 0x80 in valid UTF-8.
struct PlainBytes {
    bool text[256] = {}, binary[256] = {};
    constexpr PlainBytes()
    {
        for (int u = 0x20; u < 256; ++u) {
            const bool plain = u != 0x7f && u != '\'' && u != '\\';
            text[u] = plain;
            binary[u] = plain && u < 0x80;
        }
    }
};
constexpr PlainBytes kPlain;

// Whether none of 8 bytes needs escaping (as kPlain says): no control byte, DEL, quote or backslash, and
// in binary mode no byte >= 0x80. Long strings are most of a row's text: this copies them 8 bytes at a time.
bool plainWord(quint64 w, bool binary)
{
    constexpr quint64 ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    auto zeroByte = [](quint64 v) { return (v - ones) & ~v & highs; };
    const quint64 control = (w - ones * 0x20) & ~w & highs;  // a byte < 0x20
    const quint64 special = zeroByte(w ^ (ones * '\'')) | zeroByte(w ^ (ones * '\\')) | zeroByte(w ^ (ones * 0x7f));
    return !(control | special | (binary ? w & highs : 0));
}

constexpr qsizetype kSlice = 16384;  // input bytes escaped per reservation of output room

void putQuoted(TextWriter &w, const QByteArray &bytes, bool binary)
{
    static const char hex[] = "0123456789abcdef";
    binary = binary || !validUtf8(bytes);
    const bool *plain = binary ? kPlain.binary : kPlain.text;
    w.put('\'');
    const char *p = bytes.constData(), *end = p + bytes.size();
    while (p < end) {
        // Room for a slice at a time (every byte as \xNN at worst), not four times a whole LONGBLOB.
        const char *stop = p + qMin(end - p, kSlice);
        char *o = w.room(4 * (stop - p));
        while (p < stop) {
            quint64 word;
            if (stop - p >= 8 && (std::memcpy(&word, p, 8), plainWord(word, binary))) {
                std::memcpy(o, p, 8);
                o += 8;
                p += 8;
                continue;
            }
            const char c = *p++;
            const quint8 u = quint8(c);
            if (plain[u]) {
                *o++ = c;
            } else if (c == '\'' || c == '\\') {
                *o++ = '\\';
                *o++ = c;
            } else {
                *o++ = '\\';
                *o++ = 'x';
                *o++ = hex[u >> 4];
                *o++ = hex[u & 15];
            }
        }
        w.advance(o);
    }
    w.put('\'');
}

// The inside of a JSON string as QJsonDocument writes it, from UTF-8: ", \ and control characters escaped.
void putJsonEscaped(TextWriter &w, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    for (const char *p = utf8.begin(), *end = utf8.end(); p < end;) {
        const char *stop = p + qMin(end - p, kSlice);
        char *o = w.room(6 * (stop - p));  // every byte as \u00NN at worst
        for (; p < stop; ++p) {
            const char c = *p;
            const quint8 u = quint8(c);
            if (u >= 0x20 && c != '"' && c != '\\') {
                *o++ = c;
                continue;
            }
            *o++ = '\\';
            switch (c) {
            case '"': *o++ = '"'; break;
            case '\\': *o++ = '\\'; break;
            case '\b': *o++ = 'b'; break;
            case '\f': *o++ = 'f'; break;
            case '\n': *o++ = 'n'; break;
            case '\r': *o++ = 'r'; break;
            case '\t': *o++ = 't'; break;
            default:
                *o++ = 'u';
                *o++ = '0';
                *o++ = '0';
                *o++ = hex[u >> 4];
                *o++ = hex[u & 15];
            }
        }
        w.advance(o);
    }
}

void putJsonString(TextWriter &w, QByteArrayView utf8)
{
    w.put('"');
    putJsonEscaped(w, utf8);
    w.put('"');
}

QByteArray bits(quint64 v, int bytes, quint16 meta)
{
    int n = bytes * 8;
    if (meta) {
        const int exact = (meta >> 8) * 8 + (meta & 0xff);
        if (exact > 0)
            n = exact;
    }
    QByteArray s = "b'";
    for (int i = n - 1; i >= 0; --i)
        s += (v >> i) & 1 ? '1' : '0';
    s += '\'';
    return s;
}

QString ident(const QString &s)
{
    QString q = s;
    q.replace('`', QStringLiteral("``"));
    return '`' + q + '`';
}

}  // namespace

namespace {

// canalValue() written as JSON. Numbers and ASCII text are their own UTF-8; other text goes through the
// QString canalValue() makes (invalid UTF-8 as Latin-1, as Canal does).
void putCanalValue(TextWriter &w, const Value &v, const TableShape &shape, int column)
{
    switch (v.kind) {
    case Value::Null: case Value::Absent:
        w.put("null");
        return;
    case Value::Int:
        w.put('"');
        w.number(v.i);
        w.put('"');
        return;
    case Value::UInt: case Value::Bit:
        w.put('"');
        w.number(v.u);
        w.put('"');
        return;
    case Value::Float: case Value::Double: case Value::Enum: case Value::Set:
        break;
    default:  // text
        if (isAscii(v.text)) {
            putJsonString(w, v.text);
            return;
        }
        break;
    }
    putJsonString(w, canalValue(v, shape, column).toString().toUtf8());
}

void putValue(TextWriter &w, const Value &v, const TableShape &shape, int column)
{
    switch (v.kind) {
    case Value::Null:
        w.put("NULL");
        return;
    case Value::Absent:
        w.put("(not in image)");
        return;
    case Value::Int:
        w.number(v.i);
        return;
    case Value::UInt:
        w.number(v.u);
        return;
    case Value::String: case Value::Geometry:
        putQuoted(w, v.text, v.binary || v.kind == Value::Geometry);
        return;
    case Value::Json:
        putQuoted(w, v.text, false);
        return;
    case Value::JsonDiff:
        w.put(QByteArray(v.text).replace(QByteArray(kJsonSelf), shape.columns.value(column).toUtf8()));
        return;
    case Value::Date: case Value::Time: case Value::DateTime: case Value::Timestamp:
        w.put('\'');
        w.put(v.text);
        w.put('\'');
        return;
    case Value::Bit:
        w.put(bits(v.u, v.width, shape.metadata.value(column)));
        return;
    case Value::Enum: case Value::Set: {
        const bool haveNames = !(v.kind == Value::Enum ? shape.enumValues : shape.setValues).value(column).isEmpty();
        if (!haveNames)
            w.number(v.u);
        else
            putQuoted(w, canalValue(v, shape, column).toString().toUtf8(), false);
        return;
    }
    default:
        w.put(v.toText());
        return;
    }
}

}  // namespace

void appendDisplayValue(QByteArray &out, const Value &v, const TableShape &shape, int column)
{
    TextWriter w(out);
    putValue(w, v, shape, column);
}

QByteArray displayValue(const Value &v, const TableShape &shape, int column)
{
    QByteArray out;
    appendDisplayValue(out, v, shape, column);
    return out;
}

QByteArray binlogTypeName(quint8 type, quint16 meta, bool isUnsigned)
{
    const QByteArray u = isUnsigned ? " unsigned" : "";
    switch (type) {
    case TypeTiny: return "tinyint" + u;
    case TypeShort: return "smallint" + u;
    case TypeInt24: return "mediumint" + u;
    case TypeLong: return "int" + u;
    case TypeLongLong: return "bigint" + u;
    case TypeFloat: return "float";
    case TypeDouble: return "double";
    case TypeNewDecimal: return "decimal(" + QByteArray::number(meta >> 8) + ',' + QByteArray::number(meta & 0xff) + ')' + u;
    case TypeYear: return "year";
    case TypeDate: case TypeNewDate: return "date";
    case TypeTime: case TypeTime2: return meta ? "time(" + QByteArray::number(meta) + ')' : "time";
    case TypeDateTime: case TypeDateTime2: return meta ? "datetime(" + QByteArray::number(meta) + ')' : "datetime";
    case TypeTimestamp: case TypeTimestamp2: return meta ? "timestamp(" + QByteArray::number(meta) + ')' : "timestamp";
    case TypeVarchar: case TypeVarString: return "varchar";
    case TypeString: return "char";
    case TypeEnum: return "enum";
    case TypeSet: return "set";
    case TypeBit: return "bit(" + QByteArray::number((meta >> 8) * 8 + (meta & 0xff)) + ')';
    case TypeTinyBlob: case TypeMediumBlob: case TypeLongBlob: case TypeBlob:
        switch (meta) {
        case 1: return "tinyblob";
        case 2: return "blob";
        case 3: return "mediumblob";
        default: return "longblob";
        }
    case TypeJson: return "json";
    case TypeGeometry: return "geometry";
    default: return "type" + QByteArray::number(type);
    }
}

void EventPrinter::print(const DecodedEvent &e, const QString &file, QByteArray &out)
{
    if (m_format == Text)
        printText(e, out);
    else
        printCanal(e, file, out);
}

const EventPrinter::TableText &EventPrinter::tableText(const std::shared_ptr<const TableEntry> &table)
{
    auto it = m_tableText.find(table.get());
    if (it != m_tableText.end())
        return *it;
    if (m_tableText.size() >= 4096)  // a new TABLE_MAP definition (new entry) for every statement
        m_tableText.clear();
    const TableShape &shape = *table->shape;
    TableText t;
    t.table = table;
    t.qualified = (ident(shape.database) + '.' + ident(shape.table)).toUtf8();
    t.dotted = (table->map.database + '.' + table->map.table).toUtf8();
    for (const QString &c : shape.columns)
        t.columns << c.toUtf8();
    if (m_format == CanalJson) {
        // Key order and the two per-table members as printCanal's QJsonObject path makes them.
        QJsonObject order, mysqlType;
        const RowLayout &layout = table->layout;
        for (int i = 0; i < shape.columns.size(); ++i) {
            order.insert(shape.columns[i], i);
            mysqlType.insert(shape.columns[i], QString::fromUtf8(binlogTypeName(layout.columns[i].type, layout.columns[i].meta,
                                                                                   layout.columns[i].isUnsigned)));
        }
        QJsonArray pk;
        for (int i : shape.primaryKey)
            pk << shape.columns.value(i);
        t.canal = order.size() == shape.columns.size() && layout.columns.size() == shape.columns.size();
        t.canalKeys.resize(shape.columns.size());
        for (auto it = order.begin(); it != order.end(); ++it) {
            const int i = it.value().toInt();
            t.canalOrder << i;
            QByteArray &key = t.canalKeys[i];
            TextWriter w(key);
            w.put('"');
            putJsonEscaped(w, t.columns[i]);
            w.put("\":");
        }
        t.mysqlType = QJsonDocument(mysqlType).toJson(QJsonDocument::Compact);
        t.pkNames = pk.isEmpty() ? QByteArray("null") : QJsonDocument(pk).toJson(QJsonDocument::Compact);
    }
    return *m_tableText.insert(table.get(), std::move(t));
}

// What follows the event type on its header line, as one line.
void EventPrinter::appendDetail(const DecodedEvent &e, TextWriter &w)
{
    const qsizetype start = w.used();
    const quint8 type = e.header.type;
    if (!e.detail.isEmpty()) {
        w.put(' ');
        w.put(e.detail.toUtf8());
    } else if (e.query) {
        w.put(" thread_id=");
        w.number(e.query->threadId);
        w.put(" exec_time=");
        w.number(e.query->execTime);
        w.put(" error_code=");
        w.number(e.query->errorCode);
        w.put(" db=");
        w.put(e.query->database.toUtf8());
    } else if (e.xid && type == XidEvent) {
        w.put(" xid=");
        w.number(*e.xid);
    } else if (e.table && (type == TableMapEvent || isRowsEvent(type))) {
        const TableText &t = tableText(e.table);
        w.put(" table_id=");
        w.number(e.table->map.tableId);
        w.put(' ');
        w.put(t.dotted);
        if (type == TableMapEvent) {
            w.put(" columns=");
            w.number(e.table->map.columnCount());
        } else if (!e.rows) {
            w.put(" (not selected)");
        } else {
            w.put(" rows=");
            w.number(e.rows->update ? e.rows->rows.size() / 2 : e.rows->rows.size());
            w.put(" flags=");
            w.number(e.rowsFlags);
        }
    } else if (e.gtid && type == MariaGtidEvent) {
        w.put(' ');
        w.put(e.gtid->toUtf8());
        if (e.gtidStandalone)
            w.put(" standalone");
    } else if (type == RowsQueryEvent || type == MariaAnnotateRowsEvent) {
        // Shown as text: invalid UTF-8 replaced (ASCII needs no conversion).
        const QByteArray text = isAscii(e.rowsQuery) ? e.rowsQuery : QString::fromUtf8(e.rowsQuery).toUtf8();
        if (!text.isEmpty()) {
            w.put(' ');
            w.put(text);
        }
    }
    // Multi-line text (statements, odd names) goes on continuation lines.
    if (std::memchr(w.at(start), '\n', size_t(w.used() - start))) {
        const QByteArray detail = QByteArray(w.at(start), w.used() - start).replace('\n', "\n#   ");
        w.rewind(start);
        w.put(detail);
    }
}

void EventPrinter::printText(const DecodedEvent &e, QByteArray &out)
{
    TextWriter w(out);
    w.put("# at ");
    w.number(e.offset);
    if (e.inPayload)
        w.put(" (in payload)");
    if (m_timeText.isEmpty() || e.header.timestamp != m_time) {
        m_time = e.header.timestamp;
        m_timeText = QDateTime::fromSecsSinceEpoch(m_time, QTimeZone::utc()).toString(Qt::ISODate).toUtf8();
    }
    w.put(' ');
    w.put(m_timeText);
    w.put(" server_id=");
    w.number(e.header.serverId);
    w.put(" end_log_pos=");
    w.number(e.header.nextPosition);
    w.put(' ');
    QByteArray &typeName = m_typeNames[e.header.type];
    if (typeName.isEmpty())
        typeName = eventTypeName(e.header.type).toUtf8();
    w.put(typeName);
    appendDetail(e, w);
    w.put('\n');
    if (e.query) {
        const QByteArray head = e.query->query.left(8).toUpper();
        if (!e.query->database.isEmpty() && head != "BEGIN" && head != "COMMIT")
            w.put("use " + ident(e.query->database).toUtf8() + ";\n");
        w.put(maskSecrets(e.query->query));
        w.put(";\n");
    }
    if (!e.rows || !e.table)
        return;
    const TableShape &shape = *e.table->shape;
    const TableText &names = tableText(e.table);
    auto image = [&](const Row &row) {
        for (int i = 0; i < row.size(); ++i) {
            if (row[i].isAbsent())
                continue;
            w.put("    ");
            w.put(names.columns.value(i));
            w.put('=');
            putValue(w, row[i], shape, i);
            w.put('\n');
        }
    };
    const quint8 t = e.header.type;
    if (e.rows->update) {
        for (int i = 0; i + 1 < e.rows->rows.size(); i += 2) {
            w.put("UPDATE ");
            w.put(names.qualified);
            w.put("\n  WHERE\n");
            image(e.rows->rows[i]);
            w.put("  SET\n");
            image(e.rows->rows[i + 1]);
        }
    } else {
        const QByteArrayView verb = isWriteRowsEvent(t) ? QByteArrayView("INSERT INTO ") : QByteArrayView("DELETE FROM ");
        for (const Row &row : e.rows->rows) {
            w.put(verb);
            w.put(names.qualified);
            w.put('\n');
            image(row);
        }
    }
}

void EventPrinter::printCanal(const DecodedEvent &e, const QString &file, QByteArray &out)
{
    if (e.gtid)
        m_gtid = *e.gtid;
    else if (e.header.type == AnonymousGtidEvent)
        m_gtid.clear();  // a transaction without a GTID must not carry the previous one's
    const qint64 es = qint64(e.header.timestamp) * 1000;
    auto emitRecord = [&](QJsonObject o) {
        o.insert(QStringLiteral("id"), qint64(++m_id));
        o.insert(QStringLiteral("es"), es);
        o.insert(QStringLiteral("ts"), QDateTime::currentMSecsSinceEpoch());
        o.insert(QStringLiteral("serverId"), qint64(e.header.serverId));
        if (!m_gtid.isEmpty())
            o.insert(QStringLiteral("gtid"), m_gtid);
        o.insert(QStringLiteral("position"), file + QLatin1Char(':') + QString::number(e.offset));
        out += QJsonDocument(o).toJson(QJsonDocument::Compact);
        out += '\n';
    };
    if (e.query) {
        const QByteArray q = e.query->query.trimmed();
        const QByteArray upper = q.left(16).toUpper();
        if (upper == "BEGIN" || upper == "COMMIT" || upper.startsWith("XA ") || upper.startsWith("SAVEPOINT") ||
            upper.startsWith("ROLLBACK"))
            return;
        QJsonObject o;
        o.insert(QStringLiteral("isDdl"), true);
        o.insert(QStringLiteral("type"), QStringLiteral("DDL"));
        o.insert(QStringLiteral("database"), e.query->database);
        o.insert(QStringLiteral("table"), QString());
        o.insert(QStringLiteral("sql"), QString::fromUtf8(maskSecrets(q)));
        o.insert(QStringLiteral("data"), QJsonValue::Null);
        o.insert(QStringLiteral("old"), QJsonValue::Null);
        o.insert(QStringLiteral("pkNames"), QJsonValue::Null);
        emitRecord(o);
        return;
    }
    if (!e.rows || !e.table)
        return;
    if (const TableText &t = tableText(e.table); t.canal) {
        printCanalRows(e, t, file, out);
        return;
    }
    const TableShape &shape = *e.table->shape;
    const RowLayout &layout = e.table->layout;
    QJsonObject mysqlType;
    for (int i = 0; i < shape.columns.size(); ++i)
        mysqlType.insert(shape.columns[i], QString::fromUtf8(binlogTypeName(layout.columns[i].type, layout.columns[i].meta,
                                                                               layout.columns[i].isUnsigned)));
    QJsonArray pk;
    for (int i : shape.primaryKey)
        pk << shape.columns.value(i);
    auto rowObject = [&](const Row &row, const Row *onlyChangedFrom) {
        QJsonObject o;
        for (int i = 0; i < row.size(); ++i) {
            if (row[i].isAbsent())
                continue;
            if (onlyChangedFrom && i < onlyChangedFrom->size() && (*onlyChangedFrom)[i] == row[i])
                continue;
            o.insert(shape.columns[i], canalValue(row[i], shape, i));
        }
        return o;
    };
    QJsonArray data, old;
    const bool update = e.rows->update;
    for (int i = 0; i < e.rows->rows.size(); i += update ? 2 : 1) {
        if (update) {
            data << rowObject(e.rows->rows[i + 1], nullptr);
            old << rowObject(e.rows->rows[i], &e.rows->rows[i + 1]);  // Canal: only the columns that changed
        } else {
            data << rowObject(e.rows->rows[i], nullptr);
        }
    }
    QJsonObject o;
    o.insert(QStringLiteral("isDdl"), false);
    o.insert(QStringLiteral("type"), update ? QStringLiteral("UPDATE")
                                            : isWriteRowsEvent(e.header.type) ? QStringLiteral("INSERT") : QStringLiteral("DELETE"));
    o.insert(QStringLiteral("database"), shape.database);
    o.insert(QStringLiteral("table"), shape.table);
    o.insert(QStringLiteral("pkNames"), pk.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(pk));
    o.insert(QStringLiteral("mysqlType"), mysqlType);
    o.insert(QStringLiteral("data"), data);
    o.insert(QStringLiteral("old"), update ? QJsonValue(old) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("sql"), QString());
    emitRecord(o);
}

// A row event's record written straight as the JSON QJsonDocument makes of printCanal's objects: keys in
// QJsonObject's order, numbers as integers. Building a QJsonObject per row cost six times the text format.
void EventPrinter::printCanalRows(const DecodedEvent &e, const TableText &t, const QString &file, QByteArray &out)
{
    const TableShape &shape = *e.table->shape;
    TextWriter w(out);
    auto object = [&](const Row &row, const Row *onlyChangedFrom) {
        w.put('{');
        bool first = true;
        for (int i : t.canalOrder) {
            if (i >= row.size() || row[i].isAbsent())
                continue;
            if (onlyChangedFrom && i < onlyChangedFrom->size() && (*onlyChangedFrom)[i] == row[i])
                continue;  // Canal: only the columns that changed
            if (!first)
                w.put(',');
            first = false;
            w.put(t.canalKeys[i]);
            putCanalValue(w, row[i], shape, i);
        }
        w.put('}');
    };
    const QList<Row> &rows = e.rows->rows;
    const bool update = e.rows->update;
    w.put("{\"data\":[");
    for (qsizetype i = 0; i < rows.size(); i += update ? 2 : 1) {
        if (i)
            w.put(',');
        object(rows[update ? i + 1 : i], nullptr);
    }
    w.put("],\"database\":");
    putJsonString(w, shape.database.toUtf8());
    w.put(",\"es\":");
    w.number(qint64(e.header.timestamp) * 1000);
    if (!m_gtid.isEmpty()) {
        w.put(",\"gtid\":");
        putJsonString(w, m_gtid.toUtf8());
    }
    w.put(",\"id\":");
    w.number(++m_id);
    w.put(",\"isDdl\":false,\"mysqlType\":");
    w.put(t.mysqlType);
    w.put(",\"old\":");
    if (update) {
        w.put('[');
        for (qsizetype i = 0; i < rows.size(); i += 2) {
            if (i)
                w.put(',');
            object(rows[i], &rows[i + 1]);
        }
        w.put(']');
    } else {
        w.put("null");
    }
    w.put(",\"pkNames\":");
    w.put(t.pkNames);
    w.put(",\"position\":\"");
    putJsonEscaped(w, file.toUtf8());
    w.put(':');
    w.number(e.offset);
    w.put("\",\"serverId\":");
    w.number(e.header.serverId);
    w.put(",\"sql\":\"\",\"table\":");
    putJsonString(w, shape.table.toUtf8());
    w.put(",\"ts\":");
    w.number(QDateTime::currentMSecsSinceEpoch());
    w.put(update ? QByteArrayView(",\"type\":\"UPDATE\"}\n")
                 : isWriteRowsEvent(e.header.type) ? QByteArrayView(",\"type\":\"INSERT\"}\n") : QByteArrayView(",\"type\":\"DELETE\"}\n"));
}

}  // namespace dts::binlog
