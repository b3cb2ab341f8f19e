#include "precheck/Checks.h"

#include "mysql/Connection.h"
#include "precheck/Snapshot.h"

#include <QLocale>
#include <QRegularExpression>

namespace dts::precheck {

QString formatBytes(qint64 bytes) { return QLocale::c().formattedDataSize(bytes, 1); }

Result connectivityResult(const ServerSnapshot &s, const QString &role, int timeoutSec)
{
    if (s.reachable)
        return Result::passed(QStringLiteral("%1: connected (%2)").arg(s.label, s.version.text));
    const QString where = QStringLiteral("%1:%2").arg(s.host).arg(s.port);
    const QString client = s.failureMessage;
    switch (s.failure) {
    case ConnectFailure::Dns:
        return Result::failed(QStringLiteral("%1: the host name \"%2\" does not resolve (DNS): %3").arg(s.label, s.host, client),
                              {s.label},
                              QStringLiteral("check the %1 host name in the task, or give its IP address; on this machine, "
                                             "`getent hosts %2` must print an address")
                                  .arg(role, s.host));
    case ConnectFailure::Refused:
        return Result::failed(QStringLiteral("%1: connection refused: nothing accepts connections on %2 (%3)").arg(s.label, where, client),
                              {s.label},
                              QStringLiteral("check that the %1 server runs and listens on %2:%3, and that no firewall "
                                             "rejects the port; in the server's configuration:\n[mysqld]\nport = %3\n"
                                             "bind_address = 0.0.0.0")
                                  .arg(role, s.host)
                                  .arg(s.port),
                              true);
    case ConnectFailure::Timeout:
        return Result::failed(QStringLiteral("%1: timeout: no answer from %2 within %3 s: packets are dropped on the way "
                                             "or the host is down (%4)")
                                  .arg(s.label, where)
                                  .arg(timeoutSec)
                                  .arg(client),
                              {s.label},
                              QStringLiteral("allow this machine to reach %1 (firewall, security group, the instance's IP "
                                             "whitelist), and check that the host is up")
                                  .arg(where));
    case ConnectFailure::Unreachable:
        return Result::failed(QStringLiteral("%1: host unreachable: no route to %2 (%3)").arg(s.label, where, client), {s.label},
                              QStringLiteral("check the network path from this machine to %1 (VPN, routes, the host's "
                                             "address)")
                                  .arg(s.host));
    case ConnectFailure::Tls:
        return Result::failed(QStringLiteral("%1: TLS: %2").arg(s.label, client), {s.label},
                              s.failureFix.isEmpty() ? QStringLiteral("check tls.mode and tls.ca of the %1 in the task against "
                                                                      "the server's TLS set-up (ssl_cert, ssl_key, ssl_ca)")
                                                           .arg(role)
                                                     : s.failureFix);
    case ConnectFailure::Auth:
        return Result::failed(QStringLiteral("%1: authentication: %2").arg(s.label, client), {s.label},
                              s.failureFix.isEmpty()
                                  ? QStringLiteral("check the %1 user and password; the account must be allowed from this "
                                                   "machine")
                                        .arg(role)
                                  : s.failureFix);
    case ConnectFailure::NotMySql:
        return Result::failed(QStringLiteral("%1: something accepts connections on %2, but does not answer as a MySQL "
                                             "server (%3)")
                                  .arg(s.label, where, client),
                              {s.label}, QStringLiteral("check the %1 port: it must be the server's MySQL port").arg(role));
    case ConnectFailure::None:
    case ConnectFailure::Other: break;
    }
    return Result::failed(QStringLiteral("%1: %2").arg(s.label, client), {s.label}, s.failureFix);
}

Result sourceVersionVerdict(const ServerVersion &v)
{
    if (!v.isValid())
        return Result::warning(QStringLiteral("the source reports the version \"%1\", which this program cannot read: "
                                              "MySQL 5.5–8.x and MariaDB 10.x are supported")
                                   .arg(v.text),
                               {}, {});
    const QString supported = QStringLiteral("%1 is supported").arg(v.shortText());
    if (v.mariaDb) {
        if ((v.major == 5 && v.minor == 5) || v.major == 10)
            return Result::passed(supported);
        if (v.major >= 11)
            return Result::warning(QStringLiteral("%1 is newer than the MariaDB versions this program is tested with "
                                                  "(10.x): its binlog may hold events it does not know")
                                       .arg(v.shortText()),
                                   {}, QStringLiteral("run a short trial task before the real one"));
    } else {
        if ((v.major == 5 && v.minor >= 5) || v.major == 8)
            return Result::passed(supported);
        if (v.major >= 9)
            return Result::warning(QStringLiteral("%1 is newer than the MySQL versions this program is tested with "
                                                  "(5.5–8.x)")
                                       .arg(v.shortText()),
                                   {}, QStringLiteral("run a short trial task before the real one"));
    }
    return Result::failed(QStringLiteral("%1 is not supported as a source: MySQL 5.5–8.x and MariaDB 10.x are").arg(v.shortText()),
                          {}, QStringLiteral("upgrade the source server to a supported version"));
}

Result destinationVersionVerdict(const ServerVersion &src, const ServerVersion &dst)
{
    if (!src.isValid() || !dst.isValid())
        return Result::warning(QStringLiteral("cannot compare the versions \"%1\" (source) and \"%2\" (destination)")
                                   .arg(src.text, dst.text),
                               {}, {});
    if (src.mariaDb != dst.mariaDb)
        return Result::warning(QStringLiteral("the source is %1 and the destination %2: across MySQL and MariaDB, "
                                              "types, functions and defaults differ (e.g. JSON, collations, "
                                              "sequences); check the schema at the destination")
                                   .arg(src.shortText(), dst.shortText()),
                               {}, QStringLiteral("prefer a destination of the source's flavour, at least %1.%2")
                                       .arg(src.major)
                                       .arg(src.minor));
    // Minor series decide features and syntax; a lower patch level of the same series is fine.
    const int s = src.major * 100 + src.minor, d = dst.major * 100 + dst.minor;
    if (d < s)
        return Result::failed(QStringLiteral("the destination (%1) is older than the source (%2): what the source's "
                                             "schema and binlog use may not exist there")
                                  .arg(dst.shortText(), src.shortText()),
                              {}, QStringLiteral("use a destination of version %1.%2 or later").arg(src.major).arg(src.minor));
    return Result::passed(QStringLiteral("destination %1, source %2").arg(dst.shortText(), src.shortText()));
}

bool invisibleColumnsBlock(const ServerVersion &v) { return !v.mariaDb && v.number() >= 80023; }

Result invisibleColumnsVerdict(const ServerVersion &server, const QList<TableInfo> &tables, const QString &side)
{
    QStringList objects, fixes;
    for (const TableInfo &t : tables)
        for (const ColumnInfo &c : t.columns)
            if (c.invisible) {
                objects << t.qualified() + QLatin1Char('.') + c.name;
                fixes << QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET VISIBLE;")
                             .arg(quoteIdent(t.database, t.name), quoteIdent(c.name));
            }
    if (objects.isEmpty())
        return Result::passed(QStringLiteral("no invisible columns in the %1 tables").arg(side));
    if (!invisibleColumnsBlock(server))
        return Result::passed(QStringLiteral("%1 reads and writes invisible columns by name: %2").arg(server.shortText(),
                                                                                                      objects.join(", ")));
    return Result::failed(QStringLiteral("%1 invisible column(s) in %2 tables on %3, left out by SELECT * and the "
                                         "binlog readers of DTS: %4")
                              .arg(objects.size())
                              .arg(side, server.shortText(), objects.join(", ")),
                          objects, fixes.join(QLatin1Char('\n')));
}

Result freeSpaceVerdict(qint64 available, qint64 needed, const QString &where)
{
    const QString facts = QStringLiteral("%1 free at %2; the selected source tables take %3 (data and indexes)")
                              .arg(formatBytes(available), where, formatBytes(needed));
    if (available < needed)
        return Result::failed(QStringLiteral("not enough space: ") + facts, {where},
                              QStringLiteral("free at least %1 at %2, or select fewer tables").arg(formatBytes(needed - available), where));
    // Indexes are rebuilt, the destination may keep a binlog, and tables grow while the task runs.
    if (available < needed + needed / 5)
        return Result::warning(QStringLiteral("little room to spare: ") + facts, {where},
                               QStringLiteral("keep at least 20 % more than the source's size free at %1").arg(where));
    return Result::passed(facts);
}

QStringList tablesWrittenBy(const QString &body, const QString &defaultDb)
{
    static const QString name = QStringLiteral("(`(?:[^`]|``)+`|[\\w$]+)(?:\\s*\\.\\s*(`(?:[^`]|``)+`|[\\w$]+))?");
    static const QList<QRegularExpression> writes = {
        QRegularExpression(QStringLiteral("\\b(?:INSERT|REPLACE)\\s+(?:(?:LOW_PRIORITY|DELAYED|HIGH_PRIORITY|IGNORE)\\s+)*"
                                          "(?:INTO\\s+)?") + name,
                           QRegularExpression::CaseInsensitiveOption),
        // Not the UPDATE of ON DUPLICATE KEY UPDATE or SELECT … FOR UPDATE.
        QRegularExpression(QStringLiteral("(?<!KEY )(?<!FOR )\\bUPDATE\\s+(?:(?:LOW_PRIORITY|IGNORE)\\s+)*") + name +
                               QStringLiteral("\\s+SET\\b"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("\\bDELETE\\s+(?:(?:LOW_PRIORITY|QUICK|IGNORE)\\s+)*FROM\\s+") + name,
                           QRegularExpression::CaseInsensitiveOption),
    };
    auto unquote = [](QString s) {
        if (s.startsWith(QLatin1Char('`')))
            s = s.mid(1, s.size() - 2).replace(QLatin1String("``"), QLatin1String("`"));
        return s;
    };
    // String literals and comments could hold anything: blank them out first.
    QString text = body;
    static const QRegularExpression noise(QStringLiteral("'(?:[^'\\\\]|\\\\.|'')*'|\"(?:[^\"\\\\]|\\\\.)*\"|--[^\\n]*|#[^\\n]*|/\\*.*?\\*/"),
                                          QRegularExpression::DotMatchesEverythingOption);
    text.replace(noise, QStringLiteral(" "));
    QStringList out;
    for (const QRegularExpression &re : writes)
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const QString table = m.captured(2).isEmpty() ? defaultDb + QLatin1Char('.') + unquote(m.captured(1))
                                                          : unquote(m.captured(1)) + QLatin1Char('.') + unquote(m.captured(2));
            if (!out.contains(table))
                out << table;
        }
    return out;
}

QString globalGrant(const QStringList &privileges, const QString &user)
{
    return QStringLiteral("GRANT %1 ON *.* TO %2@'%';").arg(privileges.join(QStringLiteral(", ")), quoteString(user));
}

QStringList replicationPrivileges(const ServerVersion &v)
{
    // MariaDB 10.5.2 split REPLICATION CLIENT: SHOW BINARY LOGS / SHOW MASTER STATUS need BINLOG MONITOR.
    const bool binlogMonitor = v.mariaDb && v.number() >= 100502;
    return {QStringLiteral("REPLICATION SLAVE"),
            binlogMonitor ? QStringLiteral("BINLOG MONITOR") : QStringLiteral("REPLICATION CLIENT")};
}

}  // namespace dts::precheck
