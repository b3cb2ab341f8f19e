#include "sinks/records/PlanRecords.h"

#include "binlog/TableMap.h"
#include "common/Error.h"
#include "mysql/Connection.h"
#include "sinks/mysql/RowFilter.h"

#include <QDateTime>
#include <QTimeZone>

namespace dts::formats {

namespace {

QByteArray baseType(const QByteArray &columnType)
{
    QByteArray base = columnType.toLower();
    for (char stop : {'(', ' '})
        if (const qsizetype cut = base.indexOf(stop); cut >= 0)
            base.truncate(cut);
    return base;
}

// The numbers in "decimal(10,2)" / "datetime(6)" / "bit(3)".
QList<int> typeArguments(const QByteArray &columnType)
{
    QList<int> out;
    const qsizetype open = columnType.indexOf('('), close = columnType.indexOf(')');
    if (open < 0 || close < open)
        return out;
    for (const QByteArray &part : columnType.mid(open + 1, close - open - 1).split(','))
        out << part.trimmed().toInt();
    return out;
}

// The members of "enum('a','b''c')" / "set(…)", quotes undone.
QStringList members(const QString &columnType)
{
    QStringList out;
    const qsizetype open = columnType.indexOf('(');
    if (open < 0)
        return out;
    QString cur;
    bool in = false;
    for (qsizetype i = open + 1; i < columnType.size(); ++i) {
        const QChar c = columnType[i];
        if (!in) {
            if (c == '\'')
                in = true;
            else if (c == ')')
                break;
            continue;
        }
        if (c == '\'' && i + 1 < columnType.size() && columnType[i + 1] == '\'') {
            cur += '\'';
            ++i;
        } else if (c == '\'') {
            out << cur;
            cur.clear();
            in = false;
        } else {
            cur += c;
        }
    }
    return out;
}

bool isBinaryString(const QByteArray &base)
{
    return base == "binary" || base == "varbinary" || base.endsWith("blob");
}

quint8 binlogType(const QByteArray &base)
{
    using namespace binlog;
    static const QHash<QByteArray, quint8> types = {
        {"tinyint", TypeTiny}, {"smallint", TypeShort}, {"mediumint", TypeInt24}, {"int", TypeLong}, {"integer", TypeLong},
        {"bigint", TypeLongLong}, {"float", TypeFloat}, {"double", TypeDouble}, {"real", TypeDouble},
        {"decimal", TypeNewDecimal}, {"numeric", TypeNewDecimal}, {"date", TypeDate}, {"time", TypeTime2},
        {"datetime", TypeDateTime2}, {"timestamp", TypeTimestamp2}, {"year", TypeYear}, {"char", TypeString},
        {"varchar", TypeVarchar}, {"binary", TypeString}, {"varbinary", TypeVarchar}, {"bit", TypeBit},
        {"enum", TypeEnum}, {"set", TypeSet}, {"json", TypeJson},
    };
    if (auto it = types.constFind(base); it != types.cend())
        return *it;
    if (base.endsWith("text") || base.endsWith("blob"))
        return TypeBlob;
    return TypeGeometry;  // geometry, point, linestring, polygon, multi…, geometrycollection
}

int intWidth(quint8 type)
{
    using namespace binlog;
    switch (type) {
    case TypeTiny: return 1;
    case TypeShort: return 2;
    case TypeInt24: return 3;
    case TypeLong: return 4;
    default: return 8;
    }
}

Value textValue(const TableShape &shape, int i, const char *data, unsigned long length)
{
    using namespace binlog;
    Value v;
    if (!data)
        return v;  // NULL
    const QByteArray text(data, qsizetype(length));
    const quint8 type = shape.types.value(i);
    const QByteArray base = baseType(shape.mysqlTypes.value(i));
    switch (type) {
    case TypeTiny: case TypeShort: case TypeInt24: case TypeLong: case TypeLongLong:
        v.width = quint8(intWidth(type));
        if (shape.unsignedFlags.value(i)) {
            v.kind = Value::UInt;
            v.u = text.toULongLong();
        } else {
            v.kind = Value::Int;
            v.i = text.toLongLong();
        }
        return v;
    case TypeYear:
        v.kind = Value::UInt;
        v.width = 1;
        v.u = text.toULongLong();
        return v;
    case TypeFloat: case TypeDouble:
        v.kind = type == TypeFloat ? Value::Float : Value::Double;
        v.d = text.toDouble();
        return v;
    case TypeNewDecimal:
        v.kind = Value::Decimal;
        break;
    case TypeDate:
        v.kind = Value::Date;
        break;
    case TypeTime2: case TypeDateTime2: case TypeTimestamp2: {
        v.kind = type == TypeTime2 ? Value::Time : type == TypeDateTime2 ? Value::DateTime : Value::Timestamp;
        const qsizetype dot = text.indexOf('.');
        v.decimals = quint8(dot < 0 ? 0 : text.size() - dot - 1);
        if (v.kind == Value::Timestamp) {
            // The reading session runs in UTC: the text is UTC already.
            QDateTime t = QDateTime::fromString(QString::fromLatin1(text.left(19)), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            t.setTimeZone(QTimeZone::utc());
            v.i = t.isValid() ? t.toSecsSinceEpoch() : 0;  // 0000-00-00 00:00:00 is the epoch's zero value
            v.micros = dot < 0 ? 0 : quint32((text.mid(dot + 1) + "000000").left(6).toUInt());
        }
        break;
    }
    case TypeBit:
        v.kind = Value::Bit;
        for (char c : text)
            v.u = v.u << 8 | quint8(c);
        return v;
    case TypeEnum: {
        v.kind = Value::Enum;
        v.u = quint64(shape.enumValues.value(i).indexOf(QString::fromUtf8(text)) + 1);
        return v;
    }
    case TypeSet: {
        v.kind = Value::Set;
        const QStringList names = shape.setValues.value(i);
        if (!text.isEmpty())
            for (const QByteArray &m : text.split(','))
                if (const qsizetype k = names.indexOf(QString::fromUtf8(m)); k >= 0)
                    v.u |= quint64(1) << k;
        return v;
    }
    case TypeJson:
        v.kind = Value::Json;
        break;
    case TypeGeometry:
        v.kind = Value::Geometry;
        break;
    default:  // strings
        v.kind = Value::String;
        v.binary = isBinaryString(base);
        break;
    }
    v.text = text;
    return v;
}

// The plan's columns cut out of a binlog row image (matched by name, as the MySQL applier does).
Row project(const Row &row, const QList<int> &from)
{
    Row out;
    out.reserve(from.size());
    for (int i : from)
        out << (i >= 0 && i < row.size() ? row[i] : Value{});
    return out;
}

}  // namespace

std::shared_ptr<TableShape> shapeOfPlan(const TablePlan &t)
{
    auto s = std::make_shared<TableShape>();
    s->database = t.source.database;
    s->table = t.source.name;
    const IndexInfo *pk = t.source.primaryKey();
    for (const ColumnPlan &c : t.columns) {
        const QByteArray columnType = c.source.columnType.toUtf8();
        const QByteArray base = baseType(columnType);
        const quint8 type = binlogType(base);
        const QList<int> args = typeArguments(columnType);
        quint16 meta = 0;
        if (type == binlog::TypeNewDecimal)
            meta = quint16(args.value(0, 10) << 8 | args.value(1, 0));
        else if (type == binlog::TypeBit)
            meta = quint16((args.value(0, 1) / 8) << 8 | args.value(0, 1) % 8);
        else if (type == binlog::TypeTime2 || type == binlog::TypeDateTime2 || type == binlog::TypeTimestamp2)
            meta = quint16(args.value(0, 0));
        if (pk && pk->columns.contains(c.source.name, Qt::CaseInsensitive))
            s->primaryKey << int(s->columns.size());
        s->columns << c.source.name;
        s->types << type;
        s->metadata << meta;
        s->unsignedFlags << columnType.toLower().contains("unsigned");
        s->enumValues << (type == binlog::TypeEnum ? members(c.source.columnType) : QStringList());
        s->setValues << (type == binlog::TypeSet ? members(c.source.columnType) : QStringList());
        s->mysqlTypes << columnType;
    }
    // The key in its own column order, as the binlog's metadata gives it.
    if (pk) {
        QList<int> ordered;
        for (const QString &k : pk->columns)
            for (int i : s->primaryKey)
                if (s->columns[i].compare(k, Qt::CaseInsensitive) == 0)
                    ordered << i;
        s->primaryKey = ordered;
    }
    return s;
}

Row rowFromText(const TableShape &shape, const RowStream &row)
{
    Row out;
    out.reserve(shape.columns.size());
    for (int i = 0; i < shape.columns.size(); ++i)
        out << textValue(shape, i, row.isNull(i) ? nullptr : row.data(i), row.length(i));
    return out;
}

ChangeEvent initEvent(const std::shared_ptr<const TableShape> &shape, const RowStream &row)
{
    ChangeEvent e;
    e.kind = ChangeEvent::Insert;
    e.shape = shape;
    e.database = shape->database;
    e.table = shape->table;
    e.after = rowFromText(*shape, row);
    e.timestamp = QDateTime::currentSecsSinceEpoch();
    return e;
}

struct PlanRecords::Table {
    bool selected = false;
    const TablePlan *plan = nullptr;
    bool ins = true, upd = true, del = true;
    // Row images → plan columns: for one binlog shape at a time (a DDL brings a new shape).
    const TableShape *lastShape = nullptr;
    std::shared_ptr<const TableShape> keep, projected;
    QList<int> from;
};

PlanRecords::PlanRecords(const TaskPlan &plan, const Endpoint &source) : m_plan(plan), m_source(source) {}
PlanRecords::~PlanRecords() = default;

PlanRecords::Table &PlanRecords::table(const ChangeEvent &e)
{
    const QString key = e.database + '\x01' + e.table;
    std::shared_ptr<Table> &t = m_tables[key];
    if (!t) {
        t = std::make_shared<Table>();
        t->plan = m_plan.findTable(e.database, e.table);
        if (t->plan) {
            t->selected = true;
            t->ins = t->plan->operations.contains(QLatin1String("insert"));
            t->upd = t->plan->operations.contains(QLatin1String("update"));
            t->del = t->plan->operations.contains(QLatin1String("delete"));
        } else {
            for (const DatabasePlan &d : m_plan.databases)
                if (d.source == e.database && d.whole)
                    t->selected = true;  // created after the start: all its columns
        }
    }
    if (t->selected && t->plan && e.shape && e.shape.get() != t->lastShape) {
        t->lastShape = e.shape.get();
        t->keep = e.shape;
        auto s = std::make_shared<TableShape>(*shapeOfPlan(*t->plan));
        t->from.clear();
        for (const QString &name : s->columns) {
            int at = -1;
            for (int i = 0; i < e.shape->columns.size(); ++i)
                if (e.shape->columns[i].compare(name, Qt::CaseInsensitive) == 0)
                    at = i;
            t->from << at;
            // The binlog's view of the column where it has one (a column changed since the start).
            if (at >= 0) {
                const int j = int(t->from.size()) - 1;
                s->types[j] = e.shape->types.value(at);
                s->metadata[j] = e.shape->metadata.value(at);
                s->unsignedFlags[j] = e.shape->unsignedFlags.value(at);
                if (!e.shape->enumValues.value(at).isEmpty())
                    s->enumValues[j] = e.shape->enumValues[at];
                if (!e.shape->setValues.value(at).isEmpty())
                    s->setValues[j] = e.shape->setValues[at];
                if (!e.shape->mysqlTypes.value(at).isEmpty())
                    s->mysqlTypes[j] = e.shape->mysqlTypes[at];
            }
        }
        t->projected = s;
    }
    return *t;
}

bool PlanRecords::ddlSelected(const QString &db) const
{
    for (const DatabasePlan &d : m_plan.databases) {
        if (d.source != db)
            continue;
        if (d.whole)
            return true;
        for (const TablePlan &t : d.tables)
            if (t.operations.contains(QLatin1String("ddl")))
                return true;
    }
    return false;
}

QList<ChangeEvent> PlanRecords::select(const Transaction &tx)
{
    QList<ChangeEvent> out;
    if (tx.heartbeat)
        return out;
    // Rows first chosen by table and operation; WHERE filters then run per table, one query for its rows.
    QList<const ChangeEvent *> kept;
    QHash<Table *, QList<qsizetype>> filtered;  // table → indexes into kept
    for (const ChangeEvent &e : tx.changes) {
        if (e.kind == ChangeEvent::Ddl) {
            if (ddlSelected(e.database))
                kept << &e;
            continue;
        }
        if (e.kind > ChangeEvent::Delete || !e.shape)
            continue;
        Table &t = table(e);
        if (!t.selected || (e.kind == ChangeEvent::Insert && !t.ins) || (e.kind == ChangeEvent::Update && !t.upd) ||
            (e.kind == ChangeEvent::Delete && !t.del))
            continue;
        if (t.plan && !t.plan->where.isEmpty())
            filtered[&t] << kept.size();
        kept << &e;
    }
    QSet<qsizetype> dropped;
    for (auto it = filtered.begin(); it != filtered.end(); ++it) {
        if (!m_filter)
            m_filter = std::make_unique<RowFilter>(m_source);
        // An update passes when either image does: a row moving out of the filter is news to a consumer.
        QList<const Row *> rows;
        for (qsizetype k : *it) {
            const ChangeEvent &e = *kept[k];
            rows << (e.kind == ChangeEvent::Delete ? &e.before : &e.after);
            if (e.kind == ChangeEvent::Update)
                rows << &e.before;
        }
        const QList<bool> pass = m_filter->evaluate(*kept[it->first()]->shape, it.key()->plan->where, rows);
        qsizetype r = 0;
        for (qsizetype k : *it) {
            bool ok = pass[r++];
            if (kept[k]->kind == ChangeEvent::Update)
                ok = pass[r++] || ok;
            if (!ok)
                dropped.insert(k);
        }
    }
    for (qsizetype k = 0; k < kept.size(); ++k) {
        if (dropped.contains(k))
            continue;
        ChangeEvent e = *kept[k];
        if (e.kind == ChangeEvent::Ddl) {
            m_counters[e.database].ddls++;
        } else {
            Table &t = table(e);
            if (t.projected) {
                e.shape = t.projected;
                e.before = project(e.before, t.from);
                e.after = project(e.after, t.from);
            }
            TableCounters &c = m_counters[e.database + '.' + e.table];
            (e.kind == ChangeEvent::Insert ? c.inserts : e.kind == ChangeEvent::Update ? c.updates : c.deletes)++;
        }
        out << std::move(e);
    }
    return out;
}

}  // namespace dts::formats
