#include "binlog/JsonColumn.h"

#include "common/Error.h"

namespace dts::binlog {

// Placeholder until the JSON binary decoder lands.
QByteArray jsonBinaryText(const char *, qsizetype, const QString &where)
{
    throw Error(ErrorKind::Permanent, where, QStringLiteral("JSON binary values are not decoded yet"));
}

QByteArray jsonApplyDiffs(const QByteArray &, const char *, qsizetype, const QString &where)
{
    throw Error(ErrorKind::Permanent, where, QStringLiteral("partial JSON updates are not decoded yet"));
}

}  // namespace dts::binlog
