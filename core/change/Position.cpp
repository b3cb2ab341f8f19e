#include "change/Position.h"

namespace dts {

QString Position::toString() const
{
    QString s = QStringLiteral("%1:%2").arg(file).arg(offset);
    if (!gtidSet.isEmpty())
        s += QStringLiteral(" (GTID %1)").arg(gtidSet);
    return s;
}

QJsonObject Position::toJson() const
{
    return {{"file", file},
            {"offset", QString::number(offset)},
            {"gtidSet", gtidSet},
            {"timestamp", QString::number(timestamp)},
            {"flavor", flavor}};
}

Position Position::fromJson(const QJsonObject &o)
{
    Position p;
    p.file = o.value("file").toString();
    p.offset = o.value("offset").toString().toULongLong();
    p.gtidSet = o.value("gtidSet").toString();
    p.timestamp = o.value("timestamp").toString().toLongLong();
    p.flavor = o.value("flavor").toString();
    return p;
}

}  // namespace dts
