#include "sinks/formats/CanalJson.h"

#include "mysql/DdlAnalysis.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace dts::formats {

QJsonValue canalValue(const Value &v, const TableShape &shape, int column)
{
    switch (v.kind) {
    case Value::Null: case Value::Absent:
        return QJsonValue::Null;
    case Value::String:
        if (v.binary || !QByteArrayView(v.text).isValidUtf8())
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

int canalSqlType(const QByteArray &mysqlType)
{
    QByteArray base = mysqlType.toLower();
    if (const qsizetype cut = base.indexOf('('); cut >= 0)
        base.truncate(cut);
    if (const qsizetype cut = base.indexOf(' '); cut >= 0)
        base.truncate(cut);
    // java.sql.Types, as Canal's type mapping assigns them.
    static const QHash<QByteArray, int> types = {
        {"bit", -7},        {"tinyint", -6},     {"smallint", 5},     {"mediumint", 4},   {"int", 4},
        {"integer", 4},     {"bigint", -5},      {"float", 7},        {"double", 8},      {"real", 8},
        {"decimal", 3},     {"numeric", 3},      {"date", 91},        {"time", 92},       {"datetime", 93},
        {"timestamp", 93},  {"year", 12},        {"char", 1},         {"varchar", 12},    {"binary", -2},
        {"varbinary", -3},  {"tinytext", 2005},  {"text", 2005},      {"mediumtext", 2005}, {"longtext", 2005},
        {"tinyblob", 2004}, {"blob", 2004},      {"mediumblob", 2004}, {"longblob", 2004}, {"enum", 4},
        {"set", -7},        {"json", 12},        {"geometry", -2},
    };
    return types.value(base, 1111);  // Types.OTHER
}

QJsonObject canalRecord(const ChangeEvent &e, const RecordMeta &meta)
{
    const Operation op = operationOf(e, meta.init);
    QJsonObject o;
    o.insert(QStringLiteral("id"), qint64(meta.id));
    o.insert(QStringLiteral("es"), e.timestamp * 1000);
    o.insert(QStringLiteral("ts"), meta.nowMs ? meta.nowMs : QDateTime::currentMSecsSinceEpoch());
    o.insert(QStringLiteral("serverId"), qint64(meta.serverId));
    if (!meta.gtid.isEmpty())
        o.insert(QStringLiteral("gtid"), meta.gtid);
    o.insert(QStringLiteral("type"), operationName(op));
    o.insert(QStringLiteral("database"), e.database);
    o.insert(QStringLiteral("table"), e.table);
    if (op == Operation::Ddl && e.table.isEmpty()) {
        // As Canal does: the table the statement names (and its database), when it names one.
        const DdlInfo info = analyzeDdl(e.sql, e.database, [](const QString &db, const QString &t) { return qMakePair(db, t); });
        if (!info.kind.isEmpty() && !info.tables.isEmpty()) {
            o.insert(QStringLiteral("database"), info.tables.first().first);
            o.insert(QStringLiteral("table"), info.tables.first().second);
        }
    }
    if (op == Operation::Ddl) {
        o.insert(QStringLiteral("isDdl"), true);
        o.insert(QStringLiteral("sql"), QString::fromUtf8(maskSecrets(e.sql.trimmed())));
        for (const char *k : {"data", "old", "pkNames", "mysqlType", "sqlType"})
            o.insert(QLatin1StringView(k), QJsonValue::Null);
        return o;
    }
    o.insert(QStringLiteral("isDdl"), false);
    o.insert(QStringLiteral("sql"), QString());
    const TableShape &shape = *e.shape;
    QJsonObject mysqlType, sqlType;
    for (int i = 0; i < shape.columns.size(); ++i) {
        const QByteArray type = mysqlTypeOf(shape, i);
        mysqlType.insert(shape.columns[i], QString::fromUtf8(type));
        sqlType.insert(shape.columns[i], canalSqlType(type));
    }
    o.insert(QStringLiteral("mysqlType"), mysqlType);
    o.insert(QStringLiteral("sqlType"), sqlType);
    QJsonArray pk;
    for (int i : shape.primaryKey)
        pk << shape.columns.value(i);
    o.insert(QStringLiteral("pkNames"), pk.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(pk));
    auto image = [&](const Row &row, const Row *onlyChangedFrom) {
        QJsonObject r;
        for (int i = 0; i < row.size() && i < shape.columns.size(); ++i) {
            if (row[i].isAbsent())
                continue;
            if (onlyChangedFrom && i < onlyChangedFrom->size() && (*onlyChangedFrom)[i] == row[i])
                continue;
            r.insert(shape.columns[i], canalValue(row[i], shape, i));
        }
        return r;
    };
    const Row &row = op == Operation::Delete ? e.before : e.after;
    o.insert(QStringLiteral("data"), QJsonArray{image(row, nullptr)});
    if (op == Operation::Update)
        o.insert(QStringLiteral("old"), QJsonArray{image(e.before, meta.syncAllFields ? nullptr : &e.after)});
    else
        o.insert(QStringLiteral("old"), QJsonValue::Null);
    return o;
}

QByteArray canalJson(const ChangeEvent &e, const RecordMeta &meta)
{
    return QJsonDocument(canalRecord(e, meta)).toJson(QJsonDocument::Compact);
}

}  // namespace dts::formats
