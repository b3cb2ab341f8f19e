#pragma once
// What the connected account may do on a database, read from information_schema so a check needs no
// trial writes. Grants that come through roles are not visible there: then nothing is reported missing.
#include "mysql/Connection.h"

namespace dts {

// Of `privileges` (e.g. "SELECT", "CREATE VIEW"), those the account holds neither globally nor on `db`
// (database-level grants with wildcards count). Empty when all are held or roles make it unknowable.
QStringList missingPrivileges(Connection &conn, const QString &db, const QStringList &privileges);

// GRANT … ON `db`.* TO 'user'@'%' for a message.
QString grantStatement(const QStringList &privileges, const QString &db, const QString &user);

}  // namespace dts
