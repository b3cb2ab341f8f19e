#include "sinks/formats/SharePlexJson.h"

#include "sinks/formats/CanalJson.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

namespace dts::formats {

QByteArray sharePlexJson(const ChangeEvent &e, const RecordMeta &meta)
{
    const Operation op = operationOf(e, meta.init);
    const QString position = e.position.file + ':' + QString::number(e.position.offset);
    QJsonObject m;
    m.insert(QStringLiteral("time"), QDateTime::fromSecsSinceEpoch(e.timestamp, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddThh:mm:ss")));
    m.insert(QStringLiteral("userid"), QJsonValue::Null);
    m.insert(QStringLiteral("op"), op == Operation::Update ? QStringLiteral("upd")
                                   : op == Operation::Delete ? QStringLiteral("del")
                                   : op == Operation::Ddl    ? QStringLiteral("ddl")
                                                             : QStringLiteral("ins"));
    m.insert(QStringLiteral("scn"), position);
    m.insert(QStringLiteral("trans"), meta.gtid.isEmpty() ? position : meta.gtid);
    m.insert(QStringLiteral("seq"), qint64(meta.id));
    m.insert(QStringLiteral("size"), 1);
    m.insert(QStringLiteral("idx"), QStringLiteral("1/1"));
    m.insert(QStringLiteral("table"), e.table.isEmpty() ? e.database : e.database + '.' + e.table);
    QJsonObject o;
    if (op == Operation::Ddl) {
        m.insert(QStringLiteral("rowid"), QJsonValue::Null);
        o.insert(QStringLiteral("meta"), m);
        o.insert(QStringLiteral("data"), QJsonObject{{"sql", QString::fromUtf8(maskSecrets(e.sql.trimmed()))}});
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    const TableShape &shape = *e.shape;
    const Row &row = op == Operation::Delete ? e.before : e.after;
    QStringList rowid;
    for (int i : shape.primaryKey)
        rowid << canalValue(row.value(i), shape, i).toString();
    m.insert(QStringLiteral("rowid"), shape.primaryKey.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(rowid.join(',')));
    auto image = [&](const Row &r, const Row *changedFrom) {
        QJsonObject d;
        for (int i = 0; i < r.size() && i < shape.columns.size(); ++i) {
            if (r[i].isAbsent())
                continue;
            if (changedFrom && i < changedFrom->size() && (*changedFrom)[i] == r[i] && !shape.primaryKey.contains(i))
                continue;
            d.insert(shape.columns[i], canalValue(r[i], shape, i));
        }
        return d;
    };
    o.insert(QStringLiteral("meta"), m);
    o.insert(QStringLiteral("data"), image(row, nullptr));
    if (op == Operation::Update)
        o.insert(QStringLiteral("key"), image(e.before, meta.syncAllFields ? nullptr : &e.after));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

}  // namespace dts::formats
