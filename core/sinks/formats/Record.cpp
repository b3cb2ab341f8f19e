#include "sinks/formats/Record.h"

#include "binlog/EventPrinter.h"
#include "common/Error.h"

#include <QRegularExpression>

namespace dts::formats {

Operation operationOf(const ChangeEvent &e, bool init)
{
    switch (e.kind) {
    case ChangeEvent::Insert: return init ? Operation::Init : Operation::Insert;
    case ChangeEvent::Update: return Operation::Update;
    case ChangeEvent::Delete: return Operation::Delete;
    case ChangeEvent::Ddl: return Operation::Ddl;
    default:
        throw Error(ErrorKind::Invalid, e.database + '.' + e.table,
                    QStringLiteral("a %1 event is not a record any message format carries").arg(kindName(e.kind)),
                    QStringLiteral("pass only row and DDL events to the message sink"));
    }
}

QString operationName(Operation op)
{
    switch (op) {
    case Operation::Insert: return QStringLiteral("INSERT");
    case Operation::Update: return QStringLiteral("UPDATE");
    case Operation::Delete: return QStringLiteral("DELETE");
    case Operation::Ddl: return QStringLiteral("DDL");
    case Operation::Init: return QStringLiteral("INIT");
    }
    return {};
}

QByteArray mysqlTypeOf(const TableShape &shape, int column)
{
    const QByteArray known = shape.mysqlTypes.value(column);
    if (!known.isEmpty())
        return known;
    return binlog::binlogTypeName(shape.types.value(column), shape.metadata.value(column), shape.unsignedFlags.value(column));
}

QByteArray maskSecrets(const QByteArray &sql)
{
    static const QRegularExpression secret(
        QStringLiteral("((?:IDENTIFIED\\s+(?:WITH\\s+\\S+\\s+)?(?:BY|AS)|PASSWORD\\s*\\(?)\\s*(?:PASSWORD\\s*)?)'(?:[^'\\\\]|\\\\.|'')*'"),
        QRegularExpression::CaseInsensitiveOption);
    // Nearly all statements are BEGIN, COMMIT or DDL without either keyword: no conversion then.
    const QLatin1StringView latin(sql);
    if (!latin.contains(QLatin1StringView("IDENTIFIED"), Qt::CaseInsensitive) &&
        !latin.contains(QLatin1StringView("PASSWORD"), Qt::CaseInsensitive))
        return sql;
    QString text = QString::fromUtf8(sql);
    text.replace(secret, QStringLiteral("\\1'***'"));
    return text.toUtf8();
}

}  // namespace dts::formats
