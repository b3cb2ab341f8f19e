#include "precheck/Snapshot.h"

#include "precheck/Checks.h"
#include "precheck/PrecheckRunner.h"
#include "sinks/mysql/MySqlSink.h"

#include <QJsonDocument>
#include <QtConcurrent>
#include <errmsg.h>

namespace dts::precheck {

namespace {

// One query for every variable an item reads; names a server lacks are simply absent.
const QStringList kVariables = {
    "log_bin", "binlog_format", "binlog_row_image", "log_slave_updates", "log_replica_updates", "expire_logs_days",
    "binlog_expire_logs_seconds", "server_id", "binlog_transaction_compression", "log_bin_compress",
    "lower_case_table_names", "datadir", "character_set_server", "gtid_mode"};

QString quotedList(const QStringList &names)
{
    QStringList q;
    for (const QString &n : names)
        q << quoteString(n);
    return q.join(',');
}

std::unique_ptr<Connection> connect(ServerSnapshot &s, const Endpoint &e, const QString &role, int timeoutSec)
{
    s.label = role + QLatin1Char(' ') + e.label();
    s.host = e.host;
    s.port = e.port;
    s.user = e.user;
    std::unique_ptr<Connection> conn;
    try {
        conn = std::make_unique<Connection>(e, ConnectOptions{.connectTimeoutSec = timeoutSec, .role = role});
    } catch (const Error &err) {
        s.failure = classifyConnectError(err.code(), err.message());
        if (s.failure == ConnectFailure::Other) {
            // The client's message is ambiguous: a TCP connection of our own says which layer fails.
            const ConnectFailure tcp = probeTcp(e.host, e.port, timeoutSec * 1000);
            s.failure = tcp != ConnectFailure::None ? tcp
                        : err.code() == CR_SERVER_LOST || err.code() == CR_SERVER_HANDSHAKE_ERR ? ConnectFailure::NotMySql
                                                                                                 : ConnectFailure::Other;
        }
        s.failureMessage = err.message();
        s.failureFix = err.fix();
        s.failureCode = err.code();
        return nullptr;
    }
    s.reachable = true;
    s.version = ServerVersion::parse(conn->serverVersion());
    try {
        for (const SqlRow &r : conn->query(QStringLiteral("SHOW GLOBAL VARIABLES WHERE Variable_name IN (%1)")
                                               .arg(quotedList(kVariables)))
                                   .rows)
            s.variables.insert(r.value(0).toString().toLower(), r.value(1).toString());
    } catch (const Error &err) {
        s.readError = err.describe();
    }
    return conn;
}

// Runs a best-effort query; on failure stores the reason and returns nullopt.
std::optional<ResultSet> tryQuery(Connection &c, const QString &sql, QString &error)
{
    try {
        return c.query(sql);
    } catch (const Error &e) {
        error = e.message();
        return std::nullopt;
    }
}

}  // namespace

Result testConnectivity(const Endpoint &endpoint, const QString &role, int connectTimeoutSec)
{
    ServerSnapshot s;
    connect(s, endpoint, role, connectTimeoutSec);
    Result r = connectivityResult(s, role, connectTimeoutSec);
    r.id = role + QStringLiteral(".connectivity");
    if (const Item *item = Registry::standard().find(r.id))
        r.title = item->title();
    return r;
}

bool ServerSnapshot::isOn(const QString &name) const
{
    const QString v = variable(name).toUpper();
    return v == QLatin1String("ON") || v == QLatin1String("1") || v == QLatin1String("YES");
}

bool ServerSnapshot::isLocal() const
{
    return host == QLatin1String("localhost") || host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1");
}

QString DestinationSnapshot::key(const QString &db, const QString &name) const
{
    const QString k = db + QLatin1Char('.') + name;
    return lowerCaseTableNames != 0 ? k.toLower() : k;
}

const TableInfo *DestinationSnapshot::table(const QString &db, const QString &name) const
{
    const auto it = tables.constFind(key(db, name));
    return it == tables.constEnd() ? nullptr : &*it;
}

SnapshotReader::SnapshotReader(const TaskSpec &task, const Options &options) : m_task(task), m_options(options) {}

SnapshotReader::~SnapshotReader() = default;

void SnapshotReader::readServers()
{
    // Both sides at once: an unreachable one costs its timeout only once.
    QFuture<void> dst = QtConcurrent::run([this] { readDestination(); });
    readSource();
    dst.waitForFinished();
}

void SnapshotReader::readSource()
{
    m_src = connect(source, m_task.source, QStringLiteral("source"), m_options.connectTimeoutSec);
    if (!m_src || !source.readError.isEmpty())
        return;
    Connection &c = *m_src;
    QStringList dbs;
    for (const DatabaseSelection &d : m_task.objects)
        dbs << d.database;
    try {
        m_srcCatalog = std::make_unique<Catalog>(c);
        m_srcCatalog->preload(dbs);
        for (const SqlRow &r : c.query(QStringLiteral("SELECT TRIGGER_SCHEMA, TRIGGER_NAME, EVENT_OBJECT_TABLE, "
                                                      "ACTION_STATEMENT FROM information_schema.TRIGGERS "
                                                      "WHERE TRIGGER_SCHEMA IN (%1) ORDER BY 1, 3, 2")
                                      .arg(quotedList(dbs)))
                                 .rows)
            source.triggers << TriggerInfo{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                                           r.value(3).toString()};
    } catch (const Error &e) {
        source.readError = e.describe();
        return;
    }
    if (!(m_task.syncIncremental && m_options.incremental))
        return;
    const bool mysql8 = !source.version.mariaDb && source.version.number() >= 80022;
    if (auto rs = tryQuery(c, source.version.mariaDb ? QStringLiteral("SHOW ALL SLAVES STATUS")
                              : mysql8               ? QStringLiteral("SHOW REPLICA STATUS")
                                                     : QStringLiteral("SHOW SLAVE STATUS"),
                           source.isReplicaError))
        source.isReplica = !rs->rows.isEmpty();
    if (source.isOn(QStringLiteral("log_bin"))) {
        if (auto rs = tryQuery(c, QStringLiteral("SHOW BINARY LOGS"), source.binaryLogsError)) {
            QStringList files;
            for (const SqlRow &r : rs->rows)
                files << r.value(0).toString();
            source.binaryLogs = files;
        }
    }
    if (auto rs = tryQuery(c, mysql8 ? QStringLiteral("SHOW REPLICAS") : QStringLiteral("SHOW SLAVE HOSTS"),
                           source.replicasError)) {
        QList<ReplicaHost> hosts;
        for (const SqlRow &r : rs->rows)
            hosts << ReplicaHost{r.value(0).toUInt(), r.value(1).toString(), r.value(2).toInt()};
        source.replicas = hosts;
    }
}

void SnapshotReader::readDestination()
{
    if (!m_task.destinationIsMySql())
        return;  // other engines: their sinks' items connect themselves
    m_dst = connect(destination, m_task.destination, QStringLiteral("destination"), m_options.connectTimeoutSec);
    destination.lowerCaseTableNames = destination.variable(QStringLiteral("lower_case_table_names")).toInt();
}

void SnapshotReader::readPlan()
{
    if (!m_srcCatalog || !source.readError.isEmpty())
        return;
    try {
        source.plan = resolvePlan(m_task, *m_srcCatalog, destination.reachable ? destination.lowerCaseTableNames : 0,
                                  &source.issues);
        source.planned = true;
    } catch (const Error &e) {
        source.readError = e.describe();
    }
}

void SnapshotReader::readTargets()
{
    if (!m_dst || !destination.readError.isEmpty() || !source.planned)
        return;
    const bool folds = destination.lowerCaseTableNames != 0;
    QStringList dbs;
    for (const DatabasePlan &d : source.plan.databases) {
        const QString db = folds ? d.target.toLower() : d.target;
        if (!dbs.contains(db))
            dbs << db;
    }
    try {
        Catalog catalog(*m_dst);
        catalog.preload(dbs);
        for (const QString &db : std::as_const(dbs))
            for (const QString &name : catalog.baseTables(db))
                destination.tables.insert(destination.key(db, name), *catalog.findTable(db, name));
        destination.targetsRead = true;
    } catch (const Error &e) {
        destination.readError = e.describe();
        return;
    }
    if (m_options.resume.runId.isEmpty())
        return;
    // The applied position of an earlier run (see MySqlApplier::checkpoint); absent before its first commit.
    QString ignored;
    if (auto rs = tryQuery(*m_dst,
                           QStringLiteral("SELECT position FROM %1.incremental_position WHERE run_id = %2")
                               .arg(quoteIdent(kMetaDatabase), quoteString(m_options.resume.runId)),
                           ignored);
        rs && !rs->rows.isEmpty())
        destination.checkpoint = Position::fromJson(QJsonDocument::fromJson(rs->rows[0].value(0).toByteArray()).object());
}

}  // namespace dts::precheck
