#include "binlog/EventPrinter.h"

#include "binlog/JsonColumn.h"

#include <QDateTime>
#include <QTimeZone>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <charconv>

namespace dts::binlog {

namespace {

bool validUtf8(const QByteArray &b)
{
    const auto *p = reinterpret_cast<const quint8 *>(b.constData());
    const auto *end = p + b.size();
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

template <typename T> void appendNumber(QByteArray &out, T v)
{
    char buf[24];
    const char *end = std::to_chars(buf, buf + sizeof buf, v).ptr;
    out.append(buf, end - buf);
}

void appendQuoted(QByteArray &out, const QByteArray &bytes, bool binary)
{
    out += '\'';
    const bool text = !binary && validUtf8(bytes);
    // Runs of bytes printed as they are go out in one append.
    const char *p = bytes.constData(), *end = p + bytes.size(), *run = p;
    for (; p < end; ++p) {
        const quint8 u = quint8(*p);
        const bool escape = u == '\'' || u == '\\';
        if (!escape && u >= 0x20 && u != 0x7f && (text || u < 0x80))
            continue;
        out.append(run, p - run);
        run = p + 1;
        if (escape) {
            out += '\\';
            out += char(u);
        } else {
            static const char hex[] = "0123456789abcdef";
            const char x[4] = {'\\', 'x', hex[u >> 4], hex[u & 15]};
            out.append(x, 4);
        }
    }
    out.append(run, end - run);
    out += '\'';
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

// Account statements carry passwords or their hashes: never print them.
QByteArray maskSecrets(const QByteArray &sql)
{
    static const QRegularExpression secret(
        QStringLiteral("((?:IDENTIFIED\\s+(?:WITH\\s+\\S+\\s+)?(?:BY|AS)|PASSWORD\\s*\\(?)\\s*(?:PASSWORD\\s*)?)'(?:[^'\\\\]|\\\\.|'')*'"),
        QRegularExpression::CaseInsensitiveOption);
    // Nearly all statements here are BEGIN, COMMIT or DDL without either keyword: no conversion then.
    if (isAscii(sql) && !QLatin1StringView(sql).contains(QLatin1StringView("IDENTIFIED"), Qt::CaseInsensitive) &&
        !QLatin1StringView(sql).contains(QLatin1StringView("PASSWORD"), Qt::CaseInsensitive))
        return sql;
    QString text = QString::fromUtf8(sql);
    if (!text.contains(QLatin1String("IDENTIFIED"), Qt::CaseInsensitive) && !text.contains(QLatin1String("PASSWORD"), Qt::CaseInsensitive))
        return sql;
    text.replace(secret, QStringLiteral("\\1'***'"));
    return text.toUtf8();
}

QString ident(const QString &s)
{
    QString q = s;
    q.replace('`', QStringLiteral("``"));
    return '`' + q + '`';
}

// A value as Canal renders it: a string, or null.
QJsonValue canalValue(const Value &v, const TableShape &shape, int column)
{
    switch (v.kind) {
    case Value::Null: case Value::Absent:
        return QJsonValue::Null;
    case Value::String:
        if (v.binary || !validUtf8(v.text))
            return QString::fromLatin1(v.text);  // Canal's ISO-8859-1 rendering of binary data
        return QString::fromUtf8(v.text);
    case Value::Enum: {
        const QStringList names = shape.enumValues.value(column);
        if (v.u >= 1 && v.u <= quint64(names.size()))
            return names[qsizetype(v.u - 1)];
        return v.u == 0 ? QString() : QString::number(v.u);
    }
    case Value::Set: {
        const QStringList names = shape.setValues.value(column);
        if (names.isEmpty())
            return QString::number(v.u);
        QStringList members;
        for (int i = 0; i < names.size() && i < 64; ++i)
            if (v.u >> i & 1)
                members << names[i];
        return members.join(',');
    }
    case Value::Geometry:
        return QString::fromLatin1(v.text);
    default:
        return QString::fromUtf8(v.toText());
    }
}

}  // namespace

void appendDisplayValue(QByteArray &out, const Value &v, const TableShape &shape, int column)
{
    switch (v.kind) {
    case Value::Null:
        out += "NULL";
        return;
    case Value::Absent:
        out += "(not in image)";
        return;
    case Value::Int:
        appendNumber(out, v.i);
        return;
    case Value::UInt:
        appendNumber(out, v.u);
        return;
    case Value::String: case Value::Geometry:
        appendQuoted(out, v.text, v.binary || v.kind == Value::Geometry);
        return;
    case Value::Json:
        appendQuoted(out, v.text, false);
        return;
    case Value::JsonDiff:
        out += QByteArray(v.text).replace(QByteArray(kJsonSelf), shape.columns.value(column).toUtf8());
        return;
    case Value::Date: case Value::Time: case Value::DateTime: case Value::Timestamp:
        out += '\'';
        out += v.text;
        out += '\'';
        return;
    case Value::Bit:
        out += bits(v.u, v.width, shape.metadata.value(column));
        return;
    case Value::Enum: case Value::Set: {
        const bool haveNames = !(v.kind == Value::Enum ? shape.enumValues : shape.setValues).value(column).isEmpty();
        if (!haveNames)
            appendNumber(out, v.u);
        else
            appendQuoted(out, canalValue(v, shape, column).toString().toUtf8(), false);
        return;
    }
    default:
        out += v.toText();
        return;
    }
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
    return *m_tableText.insert(table.get(), std::move(t));
}

// What follows the event type on its header line, as one line.
void EventPrinter::appendDetail(const DecodedEvent &e, QByteArray &out)
{
    const qsizetype start = out.size();
    const quint8 type = e.header.type;
    if (!e.detail.isEmpty()) {
        out += ' ';
        out += e.detail.toUtf8();
    } else if (e.query) {
        out += " thread_id=";
        appendNumber(out, e.query->threadId);
        out += " exec_time=";
        appendNumber(out, e.query->execTime);
        out += " error_code=";
        appendNumber(out, e.query->errorCode);
        out += " db=";
        out += e.query->database.toUtf8();
    } else if (e.xid && type == XidEvent) {
        out += " xid=";
        appendNumber(out, *e.xid);
    } else if (e.table && (type == TableMapEvent || isRowsEvent(type))) {
        const TableText &t = tableText(e.table);
        out += " table_id=";
        appendNumber(out, e.table->map.tableId);
        out += ' ';
        out += t.dotted;
        if (type == TableMapEvent) {
            out += " columns=";
            appendNumber(out, e.table->map.columnCount());
        } else if (!e.rows) {
            out += " (not selected)";
        } else {
            out += " rows=";
            appendNumber(out, e.rows->update ? e.rows->rows.size() / 2 : e.rows->rows.size());
            out += " flags=";
            appendNumber(out, e.rowsFlags);
        }
    } else if (e.gtid && type == MariaGtidEvent) {
        out += ' ';
        out += e.gtid->toUtf8();
        if (e.gtidStandalone)
            out += " standalone";
    } else if (type == RowsQueryEvent || type == MariaAnnotateRowsEvent) {
        // Shown as text: invalid UTF-8 replaced (ASCII needs no conversion).
        const QByteArray text = isAscii(e.rowsQuery) ? e.rowsQuery : QString::fromUtf8(e.rowsQuery).toUtf8();
        if (!text.isEmpty()) {
            out += ' ';
            out += text;
        }
    }
    // Multi-line text (statements, odd names) goes on continuation lines.
    if (out.indexOf('\n', start) >= 0) {
        const QByteArray detail = out.mid(start).replace('\n', "\n#   ");
        out.truncate(start);
        out += detail;
    }
}

void EventPrinter::printText(const DecodedEvent &e, QByteArray &out)
{
    out += "# at ";
    appendNumber(out, e.offset);
    if (e.inPayload)
        out += " (in payload)";
    if (m_timeText.isEmpty() || e.header.timestamp != m_time) {
        m_time = e.header.timestamp;
        m_timeText = QDateTime::fromSecsSinceEpoch(m_time, QTimeZone::utc()).toString(Qt::ISODate).toUtf8();
    }
    out += ' ';
    out += m_timeText;
    out += " server_id=";
    appendNumber(out, e.header.serverId);
    out += " end_log_pos=";
    appendNumber(out, e.header.nextPosition);
    out += ' ';
    QByteArray &typeName = m_typeNames[e.header.type];
    if (typeName.isEmpty())
        typeName = eventTypeName(e.header.type).toUtf8();
    out += typeName;
    appendDetail(e, out);
    out += '\n';
    if (e.query) {
        const QByteArray head = e.query->query.left(8).toUpper();
        if (!e.query->database.isEmpty() && head != "BEGIN" && head != "COMMIT")
            out += "use " + ident(e.query->database).toUtf8() + ";\n";
        out += maskSecrets(e.query->query) + ";\n";
    }
    if (!e.rows || !e.table)
        return;
    const TableShape &shape = *e.table->shape;
    const TableText &names = tableText(e.table);
    auto image = [&](const Row &row) {
        for (int i = 0; i < row.size(); ++i) {
            if (row[i].isAbsent())
                continue;
            out += "    ";
            out += names.columns.value(i);
            out += '=';
            appendDisplayValue(out, row[i], shape, i);
            out += '\n';
        }
    };
    const quint8 t = e.header.type;
    if (e.rows->update) {
        for (int i = 0; i + 1 < e.rows->rows.size(); i += 2) {
            out += "UPDATE ";
            out += names.qualified;
            out += "\n  WHERE\n";
            image(e.rows->rows[i]);
            out += "  SET\n";
            image(e.rows->rows[i + 1]);
        }
    } else {
        const char *verb = isWriteRowsEvent(t) ? "INSERT INTO " : "DELETE FROM ";
        for (const Row &row : e.rows->rows) {
            out += verb;
            out += names.qualified;
            out += '\n';
            image(row);
        }
    }
}

void EventPrinter::printCanal(const DecodedEvent &e, const QString &file, QByteArray &out)
{
    if (e.gtid)
        m_gtid = *e.gtid;
    const qint64 es = qint64(e.header.timestamp) * 1000;
    auto emitRecord = [&](QJsonObject o) {
        o.insert(QStringLiteral("id"), qint64(++m_id));
        o.insert(QStringLiteral("es"), es);
        o.insert(QStringLiteral("ts"), QDateTime::currentMSecsSinceEpoch());
        o.insert(QStringLiteral("serverId"), qint64(e.header.serverId));
        if (!m_gtid.isEmpty())
            o.insert(QStringLiteral("gtid"), m_gtid);
        o.insert(QStringLiteral("position"), QStringLiteral("%1:%2").arg(file).arg(e.offset));
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

}  // namespace dts::binlog
