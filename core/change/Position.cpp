#include "change/Position.h"

namespace dts {

namespace {

// Splits "mysql-bin.000123" into ("mysql-bin", 123).
QPair<QString, quint64> splitBinlogName(const QString &file)
{
    const int dot = int(file.lastIndexOf('.'));
    bool ok = false;
    const quint64 n = dot >= 0 ? file.mid(dot + 1).toULongLong(&ok) : 0;
    return ok ? qMakePair(file.left(dot), n) : qMakePair(file, quint64(0));
}

}  // namespace

int compareBinlogPositions(const QString &fileA, quint64 offsetA, const QString &fileB, quint64 offsetB)
{
    const auto a = splitBinlogName(fileA), b = splitBinlogName(fileB);
    if (a.second != b.second)
        return a.second < b.second ? -1 : 1;
    if (offsetA != offsetB)
        return offsetA < offsetB ? -1 : 1;
    return 0;
}

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
