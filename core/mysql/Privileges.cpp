#include "mysql/Privileges.h"

namespace dts {

QStringList missingPrivileges(Connection &conn, const QString &db, const QStringList &privileges)
{
    if (privileges.isEmpty())
        return {};
    // Through a role, privileges do not show in USER_PRIVILEGES / SCHEMA_PRIVILEGES.
    const QByteArray role = conn.scalar(QStringLiteral("SELECT CURRENT_ROLE()")).value_or(QByteArray());
    if (!role.isEmpty() && role != "NONE")
        return {};
    QStringList quoted;
    for (const QString &p : privileges)
        quoted << quoteString(p);
    // GRANTEE looks like 'user'@'host'; an account that may read mysql.* sees everyone's rows.
    const QString grantee = QStringLiteral(
        "CONCAT('''', SUBSTRING_INDEX(CURRENT_USER(), '@', 1), '''@''', SUBSTRING_INDEX(CURRENT_USER(), '@', -1), '''')");
    const auto rs = conn.query(QStringLiteral("SELECT PRIVILEGE_TYPE FROM information_schema.USER_PRIVILEGES "
                                              "WHERE GRANTEE = %1 AND PRIVILEGE_TYPE IN (%2) "
                                              "UNION SELECT PRIVILEGE_TYPE FROM information_schema.SCHEMA_PRIVILEGES "
                                              "WHERE GRANTEE = %1 AND PRIVILEGE_TYPE IN (%2) AND %3 LIKE TABLE_SCHEMA")
                                   .arg(grantee, quoted.join(','), quoteString(db)));
    QStringList missing = privileges;
    for (const SqlRow &r : rs.rows)
        missing.removeAll(r.value(0).toString());
    return missing;
}

QString grantStatement(const QStringList &privileges, const QString &db, const QString &user)
{
    return QStringLiteral("GRANT %1 ON %2.* TO %3@'%'").arg(privileges.join(", "), quoteIdent(db), quoteString(user));
}

}  // namespace dts
