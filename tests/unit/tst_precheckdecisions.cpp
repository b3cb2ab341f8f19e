// Precheck decisions on cases a MariaDB sandbox cannot produce: MySQL versions and their invisible
// columns, a source with server_id 0, a full disk, connection errors of other networks; and items run on
// hand-made snapshots.
#include "precheck/Checks.h"
#include "precheck/Connectivity.h"
#include "precheck/PrecheckRunner.h"
#include "precheck/Snapshot.h"

#include <QtTest>
#include <errmsg.h>
#include <mysqld_error.h>

using namespace dts;
using namespace dts::precheck;

Q_DECLARE_METATYPE(dts::precheck::Status)
Q_DECLARE_METATYPE(dts::precheck::ConnectFailure)

namespace {

ColumnInfo column(const QString &name, bool invisible = false)
{
    ColumnInfo c;
    c.name = name;
    c.columnType = QStringLiteral("int(11)");
    c.dataType = QStringLiteral("int");
    c.invisible = invisible;
    return c;
}

TableInfo table(const QString &db, const QString &name, QList<ColumnInfo> columns)
{
    TableInfo t;
    t.database = db;
    t.name = name;
    t.engine = QStringLiteral("InnoDB");
    t.columns = std::move(columns);
    return t;
}

// Runs one registered item on hand-made snapshots.
Result runItem(const QString &id, const TaskSpec &task, const SourceSnapshot &source,
               const DestinationSnapshot &destination = {}, const Options &options = {})
{
    const Item *item = Registry::standard().find(id);
    if (!item)
        qFatal("no precheck item %s", qPrintable(id));
    const Context ctx(task, options, source, destination);
    return item->run(ctx);
}

SourceSnapshot reachableSource(const QString &version)
{
    SourceSnapshot s;
    s.label = QStringLiteral("source dts@10.0.0.1:3306");
    s.host = QStringLiteral("10.0.0.1");
    s.port = 3306;
    s.reachable = true;
    s.version = ServerVersion::parse(version);
    s.planned = true;
    return s;
}

}  // namespace

class TstPrecheckDecisions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void versionParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("number");
        QTest::addColumn<bool>("mariaDb");
        QTest::newRow("mysql 8") << "8.0.36-0ubuntu0.22.04.1" << 80036 << false;
        QTest::newRow("mysql 5.7") << "5.7.44-log" << 50744 << false;
        QTest::newRow("mariadb") << "10.11.6-MariaDB-0+deb12u1" << 101106 << true;
        QTest::newRow("mariadb via 5.5.5 prefix") << "5.5.5-10.4.8-MariaDB" << 100408 << true;
        QTest::newRow("two parts") << "8.4" << 80400 << false;
        QTest::newRow("garbage") << "unknown" << 0 << false;
    }
    void versionParsing()
    {
        QFETCH(QString, text);
        QFETCH(int, number);
        QFETCH(bool, mariaDb);
        const ServerVersion v = ServerVersion::parse(text);
        QCOMPARE(v.number(), number);
        QCOMPARE(v.mariaDb, mariaDb);
    }

    void sourceVersions_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<Status>("status");
        QTest::newRow("mysql 5.1") << "5.1.73" << Status::Failed;
        QTest::newRow("mysql 5.5") << "5.5.62" << Status::Passed;
        QTest::newRow("mysql 5.7") << "5.7.44" << Status::Passed;
        QTest::newRow("mysql 8.0") << "8.0.36" << Status::Passed;
        QTest::newRow("mysql 8.4") << "8.4.0" << Status::Passed;
        QTest::newRow("mysql 9") << "9.1.0" << Status::Warning;
        QTest::newRow("mysql 6") << "6.0.11-alpha" << Status::Failed;
        QTest::newRow("mariadb 5.5") << "5.5.68-MariaDB" << Status::Passed;
        QTest::newRow("mariadb 10.11") << "10.11.6-MariaDB" << Status::Passed;
        QTest::newRow("mariadb 11") << "11.4.2-MariaDB" << Status::Warning;
        QTest::newRow("unreadable") << "xyz" << Status::Warning;
    }
    void sourceVersions()
    {
        QFETCH(QString, version);
        QFETCH(Status, status);
        const Result r = sourceVersionVerdict(ServerVersion::parse(version));
        QVERIFY2(r.status == status, qPrintable(toString(r.status) + ": " + r.message));
    }

    // A too-old destination: no sandbox produces one next to our MariaDB, so the comparison is tested here.
    void destinationVersions_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("destination");
        QTest::addColumn<Status>("status");
        QTest::newRow("same") << "8.0.36" << "8.0.36" << Status::Passed;
        QTest::newRow("newer series") << "5.7.44" << "8.0.36" << Status::Passed;
        QTest::newRow("older patch, same series") << "8.0.36" << "8.0.20" << Status::Passed;
        QTest::newRow("older series") << "8.0.36" << "5.7.44" << Status::Failed;
        QTest::newRow("older minor") << "5.7.44" << "5.6.51" << Status::Failed;
        QTest::newRow("mariadb older") << "10.11.6-MariaDB" << "10.6.16-MariaDB" << Status::Failed;
        QTest::newRow("mariadb newer") << "10.6.16-MariaDB" << "10.11.6-MariaDB" << Status::Passed;
        QTest::newRow("mysql into mariadb") << "8.0.36" << "10.11.6-MariaDB" << Status::Warning;
        QTest::newRow("mariadb into mysql") << "10.11.6-MariaDB" << "8.0.36" << Status::Warning;
    }
    void destinationVersions()
    {
        QFETCH(QString, source);
        QFETCH(QString, destination);
        QFETCH(Status, status);
        const Result r = destinationVersionVerdict(ServerVersion::parse(source), ServerVersion::parse(destination));
        QVERIFY2(r.status == status, qPrintable(toString(r.status) + ": " + r.message));
        if (status == Status::Failed) {
            QVERIFY2(r.message.contains(QStringLiteral("older than the source")), qPrintable(r.message));
            QVERIFY(!r.remediation.isEmpty());
        }
    }

    void connectErrors_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<ConnectFailure>("cause");
        QTest::newRow("unknown host") << int(CR_UNKNOWN_HOST) << "Unknown server host 'db.example' (-2)" << ConnectFailure::Dns;
        QTest::newRow("refused") << int(CR_CONN_HOST_ERROR) << "Can't connect to MySQL server on '10.0.0.1' (111)" << ConnectFailure::Refused;
        QTest::newRow("timeout") << int(CR_CONN_HOST_ERROR) << "Can't connect to MySQL server on '10.0.0.1' (110)" << ConnectFailure::Timeout;
        QTest::newRow("handshake timeout") << int(CR_SERVER_LOST)
                                           << "Lost connection to server at 'handshake: reading initial communication packet', system error: 110"
                                           << ConnectFailure::Timeout;
        QTest::newRow("no route") << int(CR_CONNECTION_ERROR) << "Can't connect to server on '10.9.9.9' (113)" << ConnectFailure::Unreachable;
        QTest::newRow("in progress: ask a probe") << int(CR_CONNECTION_ERROR) << "Can't connect to server on '127.0.0.1' (115)"
                                                  << ConnectFailure::Other;
        QTest::newRow("password") << int(ER_ACCESS_DENIED_ERROR) << "Access denied for user 'x'@'10.0.0.2' (using password: YES)"
                                  << ConnectFailure::Auth;
        QTest::newRow("host not allowed") << int(ER_HOST_NOT_PRIVILEGED) << "Host '10.0.0.2' is not allowed to connect"
                                          << ConnectFailure::Auth;
        QTest::newRow("tls handshake") << int(CR_SSL_CONNECTION_ERROR) << "TLS/SSL error: unable to get local issuer certificate"
                                       << ConnectFailure::Tls;
        QTest::newRow("tls not offered") << 0 << "TLS is required but the server does not offer it" << ConnectFailure::Tls;
    }
    void connectErrors()
    {
        QFETCH(int, code);
        QFETCH(QString, message);
        QFETCH(ConnectFailure, cause);
        QCOMPARE(toString(classifyConnectError(code, message)), toString(cause));
    }

    // The timeout result names the cause and how long it waited.
    void timeoutIsNamed()
    {
        ServerSnapshot s;
        s.label = QStringLiteral("destination w@10.0.0.2:3307");
        s.host = QStringLiteral("10.0.0.2");
        s.port = 3307;
        s.failure = ConnectFailure::Timeout;
        s.failureMessage = QStringLiteral("cannot connect: Can't connect to server on '10.0.0.2' (110)");
        const Result r = connectivityResult(s, QStringLiteral("destination"), 10);
        QVERIFY2(r.status == Status::Failed, qPrintable(toString(r.status)));
        QVERIFY2(r.message.contains(QStringLiteral("timeout")) && r.message.contains(QStringLiteral("10.0.0.2:3307")) &&
                     r.message.contains(QStringLiteral("10 s")),
                 qPrintable(r.message));
        QVERIFY(r.remediation.contains(QStringLiteral("whitelist")));
    }

    // Invisible columns exist on MySQL 8.0.23+: a failure with the ALTER that makes them visible.
    void invisibleColumns_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("invisible");
        QTest::addColumn<Status>("status");
        QTest::newRow("8.0.23 with invisible") << "8.0.23" << true << Status::Failed;
        QTest::newRow("8.4 with invisible") << "8.4.0" << true << Status::Failed;
        QTest::newRow("8.0.23 without") << "8.0.23" << false << Status::Passed;
        QTest::newRow("8.0.22 (catalog says invisible)") << "8.0.22" << true << Status::Passed;
        QTest::newRow("mariadb reads them by name") << "10.11.6-MariaDB" << true << Status::Passed;
    }
    void invisibleColumns()
    {
        QFETCH(QString, version);
        QFETCH(bool, invisible);
        QFETCH(Status, status);
        const QList<TableInfo> tables = {table("shop", "orders", {column("id"), column("secret", invisible)}),
                                         table("shop", "items", {column("id")})};
        const Result r = invisibleColumnsVerdict(ServerVersion::parse(version), tables, QStringLiteral("source"));
        QVERIFY2(r.status == status, qPrintable(toString(r.status) + ": " + r.message));
        if (status == Status::Failed) {
            QCOMPARE(r.objects, QStringList{"shop.orders.secret"});
            QCOMPARE(r.remediation, QStringLiteral("ALTER TABLE `shop`.`orders` ALTER COLUMN `secret` SET VISIBLE;"));
        }
        if (invisible && status == Status::Passed)
            QVERIFY2(r.message.contains(QStringLiteral("shop.orders.secret")), qPrintable(r.message));
    }

    // The source item reads the plan's tables.
    void invisibleColumnsItem()
    {
        SourceSnapshot s = reachableSource(QStringLiteral("8.0.35"));
        DatabasePlan d;
        d.source = d.target = QStringLiteral("shop");
        TablePlan t;
        t.source = table("shop", "orders", {column("id"), column("note", true)});
        t.targetDatabase = QStringLiteral("shop");
        t.targetTable = QStringLiteral("orders");
        d.tables << t;
        s.plan.databases << d;
        const Result r = runItem(QStringLiteral("source.invisible-columns"), TaskSpec(), s);
        QVERIFY2(r.status == Status::Failed, qPrintable(toString(r.status)));
        QVERIFY(r.remediation.contains(QStringLiteral("ALTER COLUMN `note` SET VISIBLE")));
    }

    void freeSpace()
    {
        const qint64 gib = qint64(1) << 30;
        QVERIFY(freeSpaceVerdict(10 * gib, 2 * gib, "/var/lib/mysql").status == Status::Passed);
        QVERIFY(freeSpaceVerdict(11 * gib, 10 * gib, "/var/lib/mysql").status == Status::Warning);
        const Result full = freeSpaceVerdict(gib, 10 * gib, "/var/lib/mysql");
        QVERIFY2(full.status == Status::Failed, qPrintable(toString(full.status)));
        QVERIFY2(full.message.contains(QStringLiteral("10.0 GiB")) && full.remediation.contains(QStringLiteral("9.0 GiB")),
                 qPrintable(full.message + " / " + full.remediation));
    }

    void triggerWrites_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("tables");
        QTest::newRow("insert") << "BEGIN INSERT INTO audit (id) VALUES (NEW.id); END" << QStringList{"shop.audit"};
        QTest::newRow("qualified, quoted") << "INSERT IGNORE INTO `log db`.`a``b` SET x = 1" << QStringList{"log db.a`b"};
        QTest::newRow("replace without into") << "REPLACE counters VALUES (1)" << QStringList{"shop.counters"};
        QTest::newRow("update") << "UPDATE stock SET n = n - NEW.qty WHERE id = NEW.item" << QStringList{"shop.stock"};
        QTest::newRow("delete") << "DELETE FROM other.pending WHERE id = OLD.id" << QStringList{"other.pending"};
        QTest::newRow("several") << "BEGIN UPDATE a SET x = 1; DELETE FROM b; INSERT INTO a VALUES (1); END"
                                 << QStringList{"shop.a", "shop.b"};
        QTest::newRow("only NEW") << "SET NEW.updated = NOW()" << QStringList{};
        QTest::newRow("upsert of another table") << "INSERT INTO totals VALUES (1) ON DUPLICATE KEY UPDATE n = n + 1"
                                                 << QStringList{"shop.totals"};
        QTest::newRow("select for update") << "BEGIN DECLARE x INT; SELECT n INTO x FROM t FOR UPDATE; SET NEW.n = x; END"
                                           << QStringList{};
        QTest::newRow("words in strings and comments") << "SET NEW.note = 'INSERT INTO nowhere'; -- DELETE FROM x\n"
                                                       << QStringList{};
    }
    void triggerWrites()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, tables);
        QCOMPARE(tablesWrittenBy(body, QStringLiteral("shop")), tables);
    }

    void replicationPrivilegeNames()
    {
        QCOMPARE(replicationPrivileges(ServerVersion::parse("10.11.6-MariaDB")),
                 QStringList({"REPLICATION SLAVE", "BINLOG MONITOR"}));
        QCOMPARE(replicationPrivileges(ServerVersion::parse("10.4.30-MariaDB")),
                 QStringList({"REPLICATION SLAVE", "REPLICATION CLIENT"}));
        QCOMPARE(replicationPrivileges(ServerVersion::parse("8.0.36")), QStringList({"REPLICATION SLAVE", "REPLICATION CLIENT"}));
    }

    // MariaDB turns server_id 0 into 1 at start; MySQL 5.7 keeps it and refuses replicas.
    void serverIdZero()
    {
        SourceSnapshot s = reachableSource(QStringLiteral("5.7.44-log"));
        s.variables.insert(QStringLiteral("server_id"), QStringLiteral("0"));
        TaskSpec task;
        const Result r = runItem(QStringLiteral("source.server-id"), task, s);
        QVERIFY2(r.status == Status::Failed, qPrintable(toString(r.status)));
        QVERIFY(r.remediation.startsWith(QStringLiteral("SET GLOBAL server_id = 1;")));
        s.variables.insert(QStringLiteral("server_id"), QStringLiteral("7"));
        QVERIFY2(runItem(QStringLiteral("source.server-id"), task, s).status == Status::Passed, qPrintable(toString(runItem(QStringLiteral("source.server-id"), task, s).status)));
    }

    // MySQL 8 counts retention in seconds; 0 in both means "kept until purged".
    void retention_data()
    {
        QTest::addColumn<QString>("seconds");
        QTest::addColumn<QString>("days");
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("fix");
        QTest::newRow("mysql 8 default 30 days") << "2592000" << "0" << Status::Passed << "";
        QTest::newRow("mysql 8, one day") << "86400" << "0" << Status::Warning << "SET GLOBAL binlog_expire_logs_seconds = 604800;";
        QTest::newRow("5.7, three days") << "" << "3" << Status::Warning << "SET GLOBAL expire_logs_days = 7;";
        QTest::newRow("5.7, kept") << "" << "0" << Status::Passed << "";
        QTest::newRow("7 days") << "" << "7" << Status::Passed << "";
    }
    void retention()
    {
        QFETCH(QString, seconds);
        QFETCH(QString, days);
        QFETCH(Status, status);
        QFETCH(QString, fix);
        SourceSnapshot s = reachableSource(QStringLiteral("8.0.36"));
        if (!seconds.isEmpty())
            s.variables.insert(QStringLiteral("binlog_expire_logs_seconds"), seconds);
        s.variables.insert(QStringLiteral("expire_logs_days"), days);
        const Result r = runItem(QStringLiteral("source.binlog-retention"), TaskSpec(), s);
        QVERIFY2(r.status == status, qPrintable(toString(r.status) + ": " + r.message));
        if (!fix.isEmpty())
            QVERIFY2(r.remediation.startsWith(fix), qPrintable(r.remediation));
    }

    // A renamed whole database renames every table in it: 1001 of them exceed DTS's mapping limit.
    void mappedTableLimit()
    {
        SourceSnapshot s = reachableSource(QStringLiteral("10.11.6-MariaDB"));
        DatabasePlan d;
        d.source = QStringLiteral("big");
        d.target = QStringLiteral("big_copy");
        for (int i = 0; i < 1001; ++i) {
            TablePlan t;
            t.source = table("big", QStringLiteral("t%1").arg(i), {column("id")});
            t.targetDatabase = d.target;
            t.targetTable = t.source.name;
            d.tables << t;
        }
        s.plan.databases << d;
        TaskSpec task;
        task.objects << DatabaseSelection{QStringLiteral("big"), QStringLiteral("big_copy"), {}};
        const Result r = runItem(QStringLiteral("task.mapped-tables"), task, s);
        QVERIFY2(r.status == Status::Failed, qPrintable(toString(r.status)));
        QVERIFY2(r.message.contains(QStringLiteral("1001 tables are renamed")), qPrintable(r.message));
        task.objects[0].target.clear();  // the same tables under their own names
        QVERIFY2(runItem(QStringLiteral("task.mapped-tables"), task, s).status == Status::Passed, qPrintable(toString(runItem(QStringLiteral("task.mapped-tables"), task, s).status)));
    }

    // A sink's items through the registry hook: Tablestore takes at most 64 tables with names of its rules.
    void tablestoreItems()
    {
        SourceSnapshot s = reachableSource(QStringLiteral("8.0.36"));
        DatabasePlan d;
        d.source = d.target = QStringLiteral("shop");
        for (int i = 0; i < 65; ++i) {
            TablePlan t;
            t.source = table("shop", QStringLiteral("t%1").arg(i), {column("id")});
            t.targetDatabase = d.target;
            t.targetTable = i == 3 ? QStringLiteral("order-lines") : t.source.name;
            t.columns << ColumnPlan{column("id"), QStringLiteral("id")};
            d.tables << t;
        }
        s.plan.databases << d;
        TaskSpec task;
        task.destinationEngine = QStringLiteral("tablestore");
        QStringList ids;
        for (const ItemInfo &i : planned(task))
            ids << i.id;
        QVERIFY2(ids.contains("tablestore.table-count") && !ids.contains("destination.privileges"), qPrintable(ids.join(", ")));
        const Result count = runItem(QStringLiteral("tablestore.table-count"), task, s);
        QVERIFY2(count.status == Status::Failed && count.message.contains(QStringLiteral("65 tables")) &&
                     count.remediation.contains(QStringLiteral("split")),
                 qPrintable(count.message + " / " + count.remediation));
        const Result names = runItem(QStringLiteral("tablestore.names"), task, s);
        QVERIFY2(names.status == Status::Failed && names.objects == QStringList{"shop.t3"} &&
                     names.message.contains(QStringLiteral("order-lines")),
                 qPrintable(names.message));
        s.plan.databases[0].tables.resize(64);
        s.plan.databases[0].tables[3].targetTable = QStringLiteral("order_lines");
        QVERIFY(runItem(QStringLiteral("tablestore.table-count"), task, s).status == Status::Passed);
        QVERIFY(runItem(QStringLiteral("tablestore.names"), task, s).status == Status::Passed);
    }

    // Which items a task gets follows its sync types and destination engine.
    void applicability()
    {
        TaskSpec t;
        t.syncIncremental = true;
        QStringList ids;
        for (const ItemInfo &i : planned(t))
            ids << i.id;
        QVERIFY(ids.contains("source.binlog-format") && ids.contains("destination.conflicting-tables"));
        QVERIFY(!ids.contains("destination.column-compat"));  // schema sync in "error" mode creates the tables
        Options untilFull;
        untilFull.incremental = false;
        ids.clear();
        for (const ItemInfo &i : planned(t, untilFull))
            ids << i.id;
        QVERIFY(!ids.contains("source.binlog-format") && ids.contains("destination.free-space"));
        t.destinationEngine = QStringLiteral("rocketmq");
        ids.clear();
        for (const ItemInfo &i : planned(t))
            ids << i.id;
        QVERIFY2(!ids.contains("destination.connectivity") && ids.contains("source.connectivity"), qPrintable(ids.join(", ")));
    }
};

QTEST_GUILESS_MAIN(TstPrecheckDecisions)
#include "tst_precheckdecisions.moc"
