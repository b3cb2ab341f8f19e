#pragma once
// Decisions the items share, kept free of connections so that unit tests can feed them cases a sandbox
// cannot produce (MySQL versions, invisible columns, a server_id of 0, a full disk).
#include "mysql/Catalog.h"
#include "mysql/ServerVersion.h"
#include "precheck/PrecheckItem.h"

namespace dts::precheck {

struct ServerSnapshot;

// This run follows the binlog / writes rows at all (full data or incremental).
inline bool followsBinlog(const TaskSpec &t, const Options &o) { return t.syncIncremental && o.incremental; }
inline bool copiesData(const TaskSpec &t, const Options &o) { return t.syncFull || followsBinlog(t, o); }

// source.connectivity / destination.connectivity: the cause named (DNS, refused, timeout, TLS, auth).
Result connectivityResult(const ServerSnapshot &server, const QString &role, int timeoutSec);

// Sources this program reads: MySQL 5.5–8.x, MariaDB 5.5 and 10.x.
Result sourceVersionVerdict(const ServerVersion &source);
// A MySQL-family destination must not be older than the source (same flavour); across flavours, a warning.
Result destinationVersionVerdict(const ServerVersion &source, const ServerVersion &destination);

// MySQL 8.0.23+ has invisible columns that SELECT * and DTS-style readers leave out.
bool invisibleColumnsBlock(const ServerVersion &server);
Result invisibleColumnsVerdict(const ServerVersion &server, const QList<TableInfo> &tables, const QString &side);

Result freeSpaceVerdict(qint64 availableBytes, qint64 neededBytes, const QString &where);

// Tables a trigger body writes (INSERT/REPLACE/UPDATE/DELETE), as db.table (`defaultDb` for unqualified names).
QStringList tablesWrittenBy(const QString &triggerBody, const QString &defaultDb);

// "GRANT a, b ON *.* TO 'user'@'%';"
QString globalGrant(const QStringList &privileges, const QString &user);
// The replication privileges this server calls by these names (MariaDB 10.5.2+: BINLOG MONITOR).
QStringList replicationPrivileges(const ServerVersion &source);

// "1.5 GiB", for messages.
QString formatBytes(qint64 bytes);

}  // namespace dts::precheck
