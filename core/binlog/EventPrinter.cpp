#include "binlog/EventPrinter.h"

#include "binlog/JsonColumn.h"

#include <QDateTime>
#include <QTimeZone>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace dts::binlog {

namespace {

bool validUtf8(const QByteArray &b)
{
    const auto *p = reinterpret_cast<const quint8 *>(b.constData());
    const auto *end = p + b.size();
    while (p < end) {
        const quint8 c = *p++;
        int more = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
        if (more < 0 || end - p < more)
            return false;
        for (int i = 0; i < more; ++i)
            if ((*p++ >> 6) != 2)
                return false;
    }
    return true;
}

void appendQuoted(QByteArray &out, const QByteArray &bytes, bool binary)
{
    out += '\'';
    const bool text = !binary && validUtf8(bytes);
    for (char c : bytes) {
        const quint8 u = quint8(c);
        if (c == '\'' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20 || u == 0x7f || (!text && u >= 0x80)) {
            static const char hex[] = "0123456789abcdef";
            out += "\\x";
            out += hex[u >> 4];
            out += hex[u & 15];
        } else {
            out += c;
        }
    }
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

QByteArray displayValue(const Value &v, const TableShape &shape, int column)
{
    QByteArray out;
    switch (v.kind) {
    case Value::Null:
        return "NULL";
    case Value::Absent:
        return "(not in image)";
    case Value::String: case Value::Geometry:
        appendQuoted(out, v.text, v.binary || v.kind == Value::Geometry);
        return out;
    case Value::Json:
        appendQuoted(out, v.text, false);
        return out;
    case Value::JsonDiff:
        return QByteArray(v.text).replace(QByteArray(kJsonSelf), shape.columns.value(column).toUtf8());
    case Value::Date: case Value::Time: case Value::DateTime: case Value::Timestamp:
        return '\'' + v.text + '\'';
    case Value::Bit:
        return bits(v.u, v.width, shape.metadata.value(column));
    case Value::Enum: case Value::Set: {
        const QJsonValue named = canalValue(v, shape, column);
        const bool haveNames = !(v.kind == Value::Enum ? shape.enumValues : shape.setValues).value(column).isEmpty();
        if (!haveNames)
            return QByteArray::number(v.u);
        appendQuoted(out, named.toString().toUtf8(), false);
        return out;
    }
    default:
        return v.toText();
    }
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

void EventPrinter::printText(const DecodedEvent &e, QByteArray &out)
{
    out += "# at " + QByteArray::number(e.offset);
    if (e.inPayload)
        out += " (in payload)";
    out += ' ' + QDateTime::fromSecsSinceEpoch(e.header.timestamp, QTimeZone::utc()).toString(Qt::ISODate).toUtf8();
    out += " server_id=" + QByteArray::number(e.header.serverId);
    out += " end_log_pos=" + QByteArray::number(e.header.nextPosition);
    out += ' ' + eventTypeName(e.header.type).toUtf8();
    if (!e.detail.isEmpty()) {
        QString detail = e.detail;
        detail.replace('\n', QStringLiteral("\n#   "));
        out += ' ' + detail.toUtf8();
    }
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
    const QByteArray table = (ident(shape.database) + '.' + ident(shape.table)).toUtf8();
    auto image = [&](const Row &row, const char *indent) {
        for (int i = 0; i < row.size(); ++i) {
            if (row[i].isAbsent())
                continue;
            out += indent;
            out += shape.columns.value(i).toUtf8();
            out += '=';
            out += displayValue(row[i], shape, i);
            out += '\n';
        }
    };
    const quint8 t = e.header.type;
    if (e.rows->update) {
        for (int i = 0; i + 1 < e.rows->rows.size(); i += 2) {
            out += "UPDATE " + table + "\n  WHERE\n";
            image(e.rows->rows[i], "    ");
            out += "  SET\n";
            image(e.rows->rows[i + 1], "    ");
        }
    } else {
        const char *verb = isWriteRowsEvent(t) ? "INSERT INTO " : "DELETE FROM ";
        for (const Row &row : e.rows->rows) {
            out += verb + table + '\n';
            image(row, "    ");
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
