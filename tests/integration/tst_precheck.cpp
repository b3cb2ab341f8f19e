// The precheck against real sandboxes, each item both ways: a well-configured server (source and, under
// other database names, destination) and one started misconfigured (binary log off, STATEMENT format,
// MINIMAL row image, binlogs kept one day). Cases no MariaDB sandbox can produce (MySQL versions,
// invisible columns of MySQL 8.0.23+, server_id 0, a full disk) are in unit/tst_precheckdecisions.
#include "common/Sandbox.h"
#include "precheck/PrecheckRunner.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace dts;
using namespace dts::test;
using precheck::Status;

namespace {

const precheck::Result *itemOf(const precheck::Report &r, const QString &id)
{
    for (const precheck::Result &i : r.results)
        if (i.id == id)
            return &i;
    return nullptr;
}

// Empty when item `id` has `status` and its message or fix holds every text; else what differs, with the report.
QString mismatch(const precheck::Report &r, const QString &id, Status status, const QStringList &texts)
{
    const precheck::Result *i = itemOf(r, id);
    if (!i)
        return QStringLiteral("no item %1 in:\n%2").arg(id, r.toText());
    if (i->status != status)
        return QStringLiteral("%1 is %2, expected %3:\n%4").arg(id, toString(i->status), toString(status), r.toText());
    const QString text = i->message + QLatin1Char('\n') + i->remediation;
    for (const QString &t : texts)
        if (!text.contains(t))
            return QStringLiteral("%1 does not mention \"%2\":\n%3").arg(id, t, text);
    return {};
}

}  // namespace

#define CHECK_ITEM(report, id, status, ...)                                                                            \
    do {                                                                                                               \
        const QString m_ = mismatch(report, QString(id), status, QStringList{__VA_ARGS__});                      \
        QVERIFY2(m_.isEmpty(), qPrintable(m_));                                                                        \
    } while (0)

class TstPrecheck : public QObject {
    Q_OBJECT
    std::unique_ptr<LocalServer> m_good, m_bad;
    QTemporaryDir m_tmp;

    // Source and destination on the well-configured server; the copy goes to `target`.
    TaskSpec goodTask(const QString &db, const QString &target, bool incremental = false)
    {
        TaskSpec t = taskFor(*m_good, *m_good, {DatabaseSelection{db, target, {}}});
        t.syncIncremental = incremental;
        return t;
    }

    precheck::Report check(const TaskSpec &t, const precheck::Options &o = {})
    {
        const precheck::Report r = precheck::run(t, o);
        qInfo().noquote() << QStringLiteral("precheck of %1 in %2 s").arg(t.objects.value(0).database).arg(r.seconds);
        return r;
    }

    void createUser(const LocalServer &s, const QString &user, const QString &password, const QString &grants)
    {
        s.execSql(QStringLiteral("CREATE OR REPLACE USER '%1'@'%' IDENTIFIED BY '%2'; %3").arg(user, password, grants.arg(user)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        LocalServer::Options good, bad;
        good.name = QStringLiteral("pc-good");
        bad.name = QStringLiteral("pc-bad");
        bad.serverId = 3;
        // Misconfigured for incremental sync in every way a start option can do it.
        bad.logBin = false;
        bad.binlogFormat = QStringLiteral("STATEMENT");
        bad.binlogRowImage = QStringLiteral("MINIMAL");
        bad.extraArgs << QStringLiteral("--expire-logs-days=1");
        m_good = std::make_unique<LocalServer>(good);
        m_bad = std::make_unique<LocalServer>(bad);
        m_good->start();
        m_bad->start();
        m_good->execSql(readSql(QStringLiteral("precheck.sql")));
        m_bad->execSql(QStringLiteral("CREATE DATABASE pc_ok; CREATE TABLE pc_ok.items (id INT PRIMARY KEY);"));
    }

    // A fit task: nothing fails, and the items that matter for it say why they passed.
    void goodTaskPasses()
    {
        const precheck::Report r = check(goodTask(QStringLiteral("pc_ok"), QStringLiteral("pcd_okcopy"), true));
        QVERIFY2(!r.hasFailures() && r.warnings().isEmpty(), qPrintable(r.toText()));
        CHECK_ITEM(r, "source.connectivity", Status::Passed, "connected", "MariaDB");
        CHECK_ITEM(r, "destination.connectivity", Status::Passed, "connected");
        CHECK_ITEM(r, "source.version", Status::Passed, "is supported");
        CHECK_ITEM(r, "destination.version", Status::Passed);
        CHECK_ITEM(r, "source.privileges", Status::Passed, "and the binlog");
        CHECK_ITEM(r, "source.heartbeat-privileges", Status::Passed);
        CHECK_ITEM(r, "source.binlog-enabled", Status::Passed, "log_bin = ON");
        CHECK_ITEM(r, "source.binlog-format", Status::Passed, "ROW");
        CHECK_ITEM(r, "source.binlog-row-image", Status::Passed, "FULL");
        CHECK_ITEM(r, "source.log-slave-updates", Status::Passed, "not a replica");
        CHECK_ITEM(r, "source.binlog-retention", Status::Passed, "until purged by hand");
        CHECK_ITEM(r, "source.binlog-start", Status::Passed, "when the task starts");
        CHECK_ITEM(r, "source.server-id", Status::Passed, "picks a free replica server id");
        CHECK_ITEM(r, "source.binlog-compression", Status::Passed, "not compressed");
        CHECK_ITEM(r, "source.objects", Status::Passed, "1 database(s), 2 table(s)");
        CHECK_ITEM(r, "source.primary-keys", Status::Passed);
        CHECK_ITEM(r, "source.storage-engines", Status::Passed);
        CHECK_ITEM(r, "source.triggers", Status::Passed);
        CHECK_ITEM(r, "destination.privileges", Status::Passed);
        CHECK_ITEM(r, "destination.conflicting-tables", Status::Passed);
        CHECK_ITEM(r, "destination.free-space", Status::Passed, "free at");
        CHECK_ITEM(r, "task.mapped-tables", Status::Passed, "2 table(s) renamed");  // the database is
        CHECK_ITEM(r, "task.name-clashes", Status::Passed);
        QCOMPARE(r.successRate(), 100);
        const precheck::Result direct = precheck::testConnectivity(endpointOf(*m_good), QStringLiteral("destination"));
        QVERIFY2(direct.status == Status::Passed && direct.title == QLatin1String("Destination database connectivity"),
                 qPrintable(direct.title + ": " + direct.message));
        QVERIFY2(!itemOf(r, "source.filters") && !itemOf(r, "destination.column-compat"), "items that do not apply are left out");
    }

    // The misconfigured source: every binlog setting named with its fix; a restart noted where one is needed.
    void misconfiguredBinlog()
    {
        TaskSpec t = taskFor(*m_bad, *m_good, {DatabaseSelection{"pc_ok", "pcd_fromBad", {}}});
        t.syncIncremental = true;
        const precheck::Report r = check(t);
        CHECK_ITEM(r, "source.binlog-enabled", Status::Failed, "log_bin = OFF", QString("[mysqld]\nlog_bin = mysql-bin"));
        QVERIFY(itemOf(r, "source.binlog-enabled")->restartRequired);
        CHECK_ITEM(r, "source.binlog-format", Status::Failed, "binlog_format is STATEMENT", "SET GLOBAL binlog_format = 'ROW';",
                   "binlog_format = ROW");
        CHECK_ITEM(r, "source.binlog-row-image", Status::Failed, "binlog_row_image is MINIMAL",
                   "SET GLOBAL binlog_row_image = 'FULL';");
        CHECK_ITEM(r, "source.binlog-retention", Status::Warning, "purged after 1 day",
                   "SET GLOBAL binlog_expire_logs_seconds = 604800;");
        CHECK_ITEM(r, "source.binlog-start", Status::Passed);
        CHECK_ITEM(r, "source.binlog-format", Status::Failed, t.source.label());  // names the server
        // Without incremental sync (dts run --until full) the binlog does not matter.
        precheck::Options full;
        full.incremental = false;
        const precheck::Report f = check(t, full);
        QVERIFY2(!f.hasFailures(), qPrintable(f.toText()));
        QVERIFY(!itemOf(f, "source.binlog-format") && !itemOf(f, "source.binlog-enabled"));
    }

    // log_slave_updates matters only on a replica: the misconfigured server is made one, then not.
    void replicaWithoutLogSlaveUpdates()
    {
        TaskSpec t = taskFor(*m_bad, *m_good, {DatabaseSelection{"pc_ok", "pcd_fromBad", {}}});
        t.syncIncremental = true;
        CHECK_ITEM(check(t), "source.log-slave-updates", Status::Passed, "not a replica");
        m_bad->execSql(QStringLiteral("CHANGE MASTER TO MASTER_HOST = '127.0.0.1', MASTER_PORT = %1, MASTER_USER = 'nobody'")
                           .arg(m_good->port()));
        const precheck::Report r = check(t);
        m_bad->execSql(QStringLiteral("RESET SLAVE ALL"));
        CHECK_ITEM(r, "source.log-slave-updates", Status::Warning, "is a replica", "log_slave_updates = ON");
        QVERIFY(itemOf(r, "source.log-slave-updates")->restartRequired);
    }

    void connectivity_data()
    {
        QTest::addColumn<QString>("side");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("cause");
        for (const char *side : {"source", "destination"}) {
            QTest::addRow("%s refused", side) << side << "closed port" << "connection refused";
            QTest::addRow("%s dns", side) << side << "unknown host" << "does not resolve (DNS)";
            QTest::addRow("%s auth", side) << side << "wrong password" << "authentication";
            QTest::addRow("%s tls", side) << side << "tls required" << "TLS";
        }
    }
    void connectivity()
    {
        QFETCH(QString, side);
        QFETCH(QString, problem);
        QFETCH(QString, cause);
        TaskSpec t = goodTask(QStringLiteral("pc_ok"), QStringLiteral("pcd_okcopy"));
        Endpoint &e = side == QLatin1String("source") ? t.source : t.destination;
        if (problem == QLatin1String("closed port"))
            e.port = closedPort();
        else if (problem == QLatin1String("unknown host"))
            e.host = QStringLiteral("no-such-host.invalid");
        else if (problem == QLatin1String("wrong password"))
            e.password = QStringLiteral("Wrong-pw-58e1");
        else
            e.tls = TlsMode::Required;  // the sandbox offers no TLS
        const precheck::Report r = check(t);
        const QString id = side + QStringLiteral(".connectivity");
        const QString m = mismatch(r, id, Status::Failed, {cause, e.label()});
        QVERIFY2(m.isEmpty(), qPrintable(m));
        QVERIFY(!itemOf(r, id)->remediation.isEmpty());
        // The wizard's Test Connectivity button says the same.
        const precheck::Result direct = precheck::testConnectivity(e, side);
        QVERIFY2(direct.status == Status::Failed && direct.message.contains(cause) && direct.id == id,
                 qPrintable(direct.message));
        QVERIFY2(!r.toText().contains(QStringLiteral("Wrong-pw-58e1")) && !r.toText().contains(m_good->password()),
                 "a password in the report");
        // What needs that side is skipped, saying why; the other side's own items still run.
        CHECK_ITEM(r, side == QLatin1String("source") ? "source.objects" : "destination.privileges", Status::Skipped,
                   id);
        if (side == QLatin1String("destination"))
            CHECK_ITEM(r, "source.objects", Status::Passed);
    }

    // An account without replication privileges: the exact GRANT; enough once incremental is off.
    void accountWithoutReplicationPrivileges()
    {
        createUser(*m_good, QStringLiteral("pc_norepl"), QStringLiteral("NoRepl-pw-1c4"), QStringLiteral("GRANT SELECT ON pc_ok.* TO '%1'@'%';"));
        TaskSpec t = goodTask(QStringLiteral("pc_ok"), QStringLiteral("pcd_okcopy"), true);
        t.source.user = QStringLiteral("pc_norepl");
        t.source.password = QStringLiteral("NoRepl-pw-1c4");
        const precheck::Report r = check(t);
        CHECK_ITEM(r, "source.privileges", Status::Failed, "pc_norepl@127.0.0.1",
                   "GRANT REPLICATION SLAVE, BINLOG MONITOR ON *.* TO 'pc_norepl'@'%';",
                   "GRANT SHOW VIEW ON `pc_ok`.* TO 'pc_norepl'@'%';");
        CHECK_ITEM(r, "source.heartbeat-privileges", Status::Warning, "GRANT CREATE, INSERT, UPDATE ON `dts_studio_meta`.*",
                   "GRANT CREATE ON `test`.*");
        CHECK_ITEM(r, "source.binlog-start", Status::Passed);
        // Whether the source is a replica is hidden from it: said, not guessed.
        CHECK_ITEM(r, "source.log-slave-updates", Status::Skipped, "GRANT SLAVE MONITOR ON *.* TO 'pc_norepl'@'%';");
        QVERIFY(!r.toText().contains(QStringLiteral("NoRepl-pw-1c4")));

        precheck::Options full;
        full.incremental = false;
        CHECK_ITEM(check(t, full), "source.privileges", Status::Passed);

        m_good->execSql(QStringLiteral("GRANT REPLICATION SLAVE, BINLOG MONITOR ON *.* TO 'pc_norepl'@'%'; "
                                       "GRANT SHOW VIEW ON pc_ok.* TO 'pc_norepl'@'%';"));
        CHECK_ITEM(check(t), "source.privileges", Status::Passed);
    }

    // A table the account may read only partly (column grant): SELECT * shows it.
    void columnGrantIsNotEnough()
    {
        createUser(*m_good, QStringLiteral("pc_cols"), QStringLiteral("Cols-pw-7d2"),
                   QStringLiteral("GRANT SELECT ON pc_ok.orders TO '%1'@'%'; GRANT SELECT (id) ON pc_ok.items TO '%1'@'%';"));
        TaskSpec t = taskFor(*m_good, *m_good,
                             {DatabaseSelection{"pc_ok", "pcd_okcopy", {TableSelection{.name = "items"}, TableSelection{.name = "orders"}}}});
        t.source.user = QStringLiteral("pc_cols");
        t.source.password = QStringLiteral("Cols-pw-7d2");
        const precheck::Report r = check(t);
        CHECK_ITEM(r, "source.privileges", Status::Failed, "pc_ok.items", "GRANT SELECT ON `pc_ok`.* TO 'pc_cols'@'%';");
        QVERIFY2(!itemOf(r, "source.privileges")->message.contains(QStringLiteral("pc_ok.orders")), "orders is readable");
    }

    void binlogStart()
    {
        TaskSpec t = goodTask(QStringLiteral("pc_ok"), QStringLiteral("pcd_okcopy"), true);
        precheck::Options o;
        Position gone;
        gone.file = QStringLiteral("binlog.000999");
        gone.offset = 4;
        o.resume.startPosition = gone;
        CHECK_ITEM(check(t, o), "source.binlog-start", Status::Failed, "binlog.000999", "--reset");
        Position here;
        here.file = m_good->queryValue(QStringLiteral("SHOW MASTER STATUS")).section('\t', 0, 0);
        here.offset = 4;
        o.resume.startPosition = here;
        CHECK_ITEM(check(t, o), "source.binlog-start", Status::Passed, here.file);
    }

    void serverIdClash()
    {
        TaskSpec t = goodTask(QStringLiteral("pc_ok"), QStringLiteral("pcd_okcopy"), true);
        precheck::Options o;
        o.replicaServerId = 1;  // the sandbox's own server_id
        CHECK_ITEM(check(t, o), "source.server-id", Status::Failed, "is the source's own server_id", "advanced.serverId");
        o.replicaServerId = 4242;
        CHECK_ITEM(check(t, o), "source.server-id", Status::Passed, "4242 is free");
    }

    void binlogCompression()
    {
        const TaskSpec t = goodTask(QStringLiteral("pc_ok"), QStringLiteral("pcd_okcopy"), true);
        m_good->execSql(QStringLiteral("SET GLOBAL log_bin_compress = ON"));
        const precheck::Report on = check(t);
        m_good->execSql(QStringLiteral("SET GLOBAL log_bin_compress = OFF"));
        CHECK_ITEM(on, "source.binlog-compression", Status::Passed, "log_bin_compress = ON", "supported");
        CHECK_ITEM(check(t), "source.binlog-compression", Status::Passed, "not compressed");
    }

    void objectsAndFilters()
    {
        TableSelection missing{.name = "no_such_table"}, badWhere{.name = "items"}, goodWhere{.name = "orders"};
        badWhere.where = QStringLiteral("no_such_col = 1");
        goodWhere.where = QStringLiteral("qty > 1");
        const precheck::Report r =
            check(taskFor(*m_good, *m_good, {DatabaseSelection{"pc_ok", "pcd_okcopy", {missing, badWhere, goodWhere}}}));
        CHECK_ITEM(r, "source.objects", Status::Failed, "1 problem", "pc_ok.no_such_table");
        CHECK_ITEM(r, "source.filters", Status::Failed, "pc_ok.items", "\"no_such_col = 1\"", "Unknown column 'no_such_col'");
        QVERIFY(!itemOf(r, "source.filters")->message.contains(QStringLiteral("pc_ok.orders")));
        CHECK_ITEM(check(taskFor(*m_good, *m_good, {DatabaseSelection{"pc_ok", "pcd_okcopy", {goodWhere}}})), "source.filters",
                   Status::Passed, "1 filter(s)");
    }

    void tablesWithoutKeys()
    {
        const precheck::Report r = check(goodTask(QStringLiteral("pc_nokey"), QStringLiteral("pcd_nokey")));
        CHECK_ITEM(r, "source.primary-keys", Status::Warning, "pc_nokey.events",
                   "ALTER TABLE `pc_nokey`.`events` ADD PRIMARY KEY");
        QVERIFY2(!itemOf(r, "source.primary-keys")->objects.contains(QStringLiteral("pc_nokey.keyed")),
                 "a NOT NULL unique key is a key");
        QVERIFY(!r.hasFailures());
    }

    void mergeTablesAndTriggers()
    {
        const precheck::Report merge = check(goodTask(QStringLiteral("pc_merge"), QStringLiteral("pcd_merge"), true));
        CHECK_ITEM(merge, "source.storage-engines", Status::Failed, "pc_merge.whole (MRG_MyISAM)",
                   "ALTER TABLE `pc_merge`.`whole` ENGINE = InnoDB;");
        QVERIFY(!itemOf(merge, "source.storage-engines")->message.contains(QStringLiteral("part1")));
        const precheck::Report trig = check(goodTask(QStringLiteral("pc_trig"), QStringLiteral("pcd_trig"), true));
        CHECK_ITEM(trig, "source.triggers", Status::Warning, "pc_trig.orders_ai (on pc_trig.orders) writes pc_trig.audit");
        // Full data only: MERGE tables copy like any other, and triggers are created after the data.
        const precheck::Report full = check(goodTask(QStringLiteral("pc_merge"), QStringLiteral("pcd_merge"), false));
        QVERIFY(!itemOf(full, "source.storage-engines") && !itemOf(full, "source.triggers"));
    }

    // Tt and tt are two tables here; under nameCase "lower" they would be one.
    void namesDifferingOnlyInCase()
    {
        TaskSpec t = goodTask(QStringLiteral("pc_case"), QStringLiteral("pcd_case"));
        CHECK_ITEM(check(t), "task.name-clashes", Status::Passed);
        t.nameCase = NameCase::Lower;
        CHECK_ITEM(check(t), "task.name-clashes", Status::Failed, "pc_case.Tt", "pc_case.tt", "pcd_case.tt", "differ only in case");

        TableSelection cols{.name = "cols"};
        cols.columns = {ColumnMap{"id", {}}, ColumnMap{"a", "Value"}, ColumnMap{"b", "value"}};
        CHECK_ITEM(check(taskFor(*m_good, *m_good, {DatabaseSelection{"pc_case", "pcd_case", {cols}}})), "task.name-clashes",
                   Status::Failed, "columns a and b would both be written to column value");
    }

    // MariaDB's invisible columns are read and written by name (MySQL's: see the unit test).
    void invisibleColumnsOnMariaDb()
    {
        CHECK_ITEM(check(goodTask(QStringLiteral("pc_inv"), QStringLiteral("pcd_inv"))), "source.invisible-columns",
                   Status::Passed, "pc_inv.t.hidden");
    }

    void conflictingTables()
    {
        TaskSpec t = goodTask(QStringLiteral("pc_ok"), QStringLiteral("pcd_conf"));
        CHECK_ITEM(check(t), "destination.conflicting-tables", Status::Failed, "1 destination table(s) exist already: pcd_conf.items",
                   "DROP TABLE `pcd_conf`.`items`;");
        t.conflictMode = ConflictMode::Ignore;
        const precheck::Report ignore = check(t);
        CHECK_ITEM(ignore, "destination.conflicting-tables", Status::Warning, "are kept", "pcd_conf.items");
        CHECK_ITEM(ignore, "destination.column-compat", Status::Passed, "1 existing table(s)");
        // A table an earlier run of this task created is its own.
        t.conflictMode = ConflictMode::Error;
        precheck::Options resumed;
        resumed.resume.createdTables = {QStringLiteral("pcd_conf.items")};
        CHECK_ITEM(check(t, resumed), "destination.conflicting-tables", Status::Passed);
        // Once its schema step is done, what the targets hold is the task's (incremental DDL may add tables).
        resumed.resume.createdTables.clear();
        resumed.resume.schemaDone = true;
        CHECK_ITEM(check(t, resumed), "destination.conflicting-tables", Status::Passed, "an earlier run");

        // Without schema sync the tables are the user's: they must exist, and start empty in "error" mode.
        t.syncSchema = false;
        const precheck::Report rows = check(t);
        CHECK_ITEM(rows, "destination.conflicting-tables", Status::Failed, "already hold rows: pcd_conf.items",
                   "TRUNCATE TABLE `pcd_conf`.`items`;");
        CHECK_ITEM(rows, "destination.column-compat", Status::Failed, "pcd_conf.orders does not exist on the destination");
        resumed.resume.fullStarted = true;
        CHECK_ITEM(check(t, resumed), "destination.conflicting-tables", Status::Passed);
        CHECK_ITEM(check(goodTask(QStringLiteral("pc_ok"), QStringLiteral("pcd_empty"))), "destination.conflicting-tables",
                   Status::Failed, "2 destination table(s)");
        TaskSpec empty = goodTask(QStringLiteral("pc_ok"), QStringLiteral("pcd_empty"));
        empty.syncSchema = false;
        const precheck::Report ok = check(empty);
        CHECK_ITEM(ok, "destination.conflicting-tables", Status::Passed, "empty");
        CHECK_ITEM(ok, "destination.column-compat", Status::Passed, "2 existing table(s)");
    }

    void narrowerDestinationColumn()
    {
        TaskSpec t = goodTask(QStringLiteral("pc_ok"), QStringLiteral("pcd_narrow"));
        t.syncSchema = false;
        CHECK_ITEM(check(t), "destination.column-compat", Status::Failed, "pcd_narrow.items.name", "varchar(10)", "varchar(40)");
    }

    // 4-byte characters into utf8mb3: a failure when the source holds some, a warning when it may later.
    void fourByteCharacters()
    {
        TaskSpec emoji = goodTask(QStringLiteral("pc_emoji"), QStringLiteral("pcd_mb3"));
        emoji.syncSchema = false;
        const precheck::Report r = check(emoji);
        CHECK_ITEM(r, "destination.charset-4byte", Status::Failed, "pc_emoji.t.c (utf8mb4)", "pcd_mb3.t.c (utf8mb3)",
                   "ALTER TABLE `pcd_mb3`.`t` CONVERT TO CHARACTER SET utf8mb4;");
        CHECK_ITEM(r, "destination.column-compat", Status::Passed);  // the data decides, not the declaration
        TaskSpec plain = goodTask(QStringLiteral("pc_plain"), QStringLiteral("pcd_mb3"));
        plain.syncSchema = false;
        CHECK_ITEM(check(plain), "destination.charset-4byte", Status::Warning, "no 4-byte characters in the first");
        TaskSpec wide = goodTask(QStringLiteral("pc_emoji"), QStringLiteral("pcd_mb4"));
        wide.syncSchema = false;
        CHECK_ITEM(check(wide), "destination.charset-4byte", Status::Passed);
    }

    void destinationReadOnlyAccount()
    {
        createUser(*m_good, QStringLiteral("pc_dst_ro"), QStringLiteral("DstRo-pw-3a9"), QStringLiteral("GRANT SELECT ON *.* TO '%1'@'%';"));
        TaskSpec t = goodTask(QStringLiteral("pc_ok"), QStringLiteral("pcd_rocopy"), true);
        t.destination.user = QStringLiteral("pc_dst_ro");
        t.destination.password = QStringLiteral("DstRo-pw-3a9");
        CHECK_ITEM(check(t), "destination.privileges", Status::Failed, "destination is not writable",
                   "pcd_rocopy: missing INSERT, CREATE, UPDATE, DELETE",
                   "GRANT INSERT, CREATE, UPDATE, DELETE ON `pcd_rocopy`.* TO 'pc_dst_ro'@'%';",
                   "GRANT ALL ON `dts_studio_meta`.* TO 'pc_dst_ro'@'%';");
    }

    // Warnings the task ignores are shown as such and count as passed; an unknown id is pointed out.
    void ignoredWarnings()
    {
        TaskSpec t = goodTask(QStringLiteral("pc_nokey"), QStringLiteral("pcd_nokey"));
        t.ignoredWarnings = {QStringLiteral("source.primary-keys")};
        const precheck::Report r = check(t);
        QVERIFY(itemOf(r, "source.primary-keys")->ignored);
        QVERIFY2(r.warnings().isEmpty() && r.successRate() == 100, qPrintable(r.toText()));
        QVERIFY(r.toText().contains(QStringLiteral("[IGNORED]")));
        CHECK_ITEM(r, "task.ignored-warnings", Status::Passed);
        t.ignoredWarnings << QStringLiteral("source.primary-key");
        CHECK_ITEM(check(t), "task.ignored-warnings", Status::Warning, "source.primary-key", "source.primary-keys");
    }

    // The wizard's API: one result per planned item at its index, progress to the end; cancel stops it.
    void futureForTheWizard()
    {
        const TaskSpec t = goodTask(QStringLiteral("pc_nokey"), QStringLiteral("pcd_nokey"), true);
        const QList<precheck::ItemInfo> items = precheck::planned(t);
        QFuture<precheck::Result> f = precheck::start(t);
        QFutureWatcher<precheck::Result> watcher;
        int readySignals = 0;
        connect(&watcher, &QFutureWatcherBase::resultReadyAt, this, [&](int) { ++readySignals; });
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(f);
        QVERIFY(finished.wait(60000));
        QCOMPARE(f.resultCount(), int(items.size()));
        QCOMPARE(readySignals, int(items.size()));
        QCOMPARE(f.progressValue(), f.progressMaximum());
        for (int i = 0; i < items.size(); ++i)
            QCOMPARE(f.resultAt(i).id, items[i].id);
        const precheck::Report r = precheck::reportOf(t, f, 0);
        CHECK_ITEM(r, "source.primary-keys", Status::Warning);

        QFuture<precheck::Result> cancelled = precheck::start(t);
        cancelled.cancel();
        cancelled.waitForFinished();
        QVERIFY(cancelled.isCanceled());
        QVERIFY(precheck::reportOf(t, cancelled, 0).cancelled);
    }

    // dts precheck: exit 0 with warnings, 3 with a failure; text and JSON; no secret in either.
    void cli()
    {
        const QString path = m_tmp.filePath(QStringLiteral("nokey.json"));
        QProcessEnvironment env = writeTask(goodTask(QStringLiteral("pc_nokey"), QStringLiteral("pcd_nokey")), path);
        const DtsResult text = runDts({QStringLiteral("precheck"), path, QStringLiteral("--state-dir"), m_tmp.filePath("none")}, env);
        QVERIFY2(text.exitCode == 0, qPrintable(text.err + text.out));
        QVERIFY2(text.out.contains(QStringLiteral("[WARNING] Tables have a primary key")) &&
                     text.out.contains(QStringLiteral("[PASSED ] Source database connectivity")),
                 qPrintable(text.out));
        const DtsResult json = runDts({QStringLiteral("precheck"), path, QStringLiteral("--format"), QStringLiteral("json")}, env);
        QCOMPARE(json.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QVERIFY2(doc.value("passed").toBool() && doc.value("items").toArray().size() > 10, qPrintable(json.out));
        QCOMPARE(doc.value("counts").toObject().value("warning").toInt(), 1);

        const QString bad = m_tmp.filePath(QStringLiteral("bad.json"));
        TaskSpec b = taskFor(*m_bad, *m_good, {DatabaseSelection{"pc_ok", "pcd_cli", {}}});
        b.syncIncremental = true;
        env = writeTask(b, bad);
        const DtsResult failed = runDts({QStringLiteral("precheck"), bad}, env);
        QCOMPARE(failed.exitCode, 3);
        QVERIFY(failed.out.contains(QStringLiteral("[FAILED ] Source binlog_format is ROW")));
        for (const DtsResult *r : {&text, &json, &failed})
            QVERIFY2(!r->out.contains(m_good->password()) && !r->out.contains(m_bad->password()) &&
                         !r->err.contains(m_good->password()),
                     "a password in the output");
        const DtsResult usage = runDts({QStringLiteral("precheck"), bad, QStringLiteral("--format"), QStringLiteral("xml")}, env);
        QCOMPARE(usage.exitCode, 2);
    }

    // dts run: refuses on a failure (exit 3, nothing written); warnings are notes, ignored ones are not.
    void runPrechecksFirst()
    {
        const QString bad = m_tmp.filePath(QStringLiteral("run-bad.json"));
        TaskSpec b = taskFor(*m_bad, *m_good, {DatabaseSelection{"pc_ok", "pcd_run_refused", {}}});
        b.syncIncremental = true;
        QProcessEnvironment env = writeTask(b, bad);
        const DtsResult refused = runDts({QStringLiteral("run"), bad, QStringLiteral("--state-dir"), m_tmp.filePath("s1")}, env);
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("[source.binlog-format]")) && refused.err.contains(QStringLiteral("fix:")) &&
                     refused.err.contains(QStringLiteral("SET GLOBAL binlog_row_image = 'FULL';")),
                 qPrintable(refused.err));
        QCOMPARE(m_good->queryValue(QStringLiteral("SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = "
                                                   "'pcd_run_refused'")),
                 QStringLiteral("0"));

        const QString warn = m_tmp.filePath(QStringLiteral("run-warn.json"));
        TaskSpec w = goodTask(QStringLiteral("pc_nokey"), QStringLiteral("pcd_run_warn"));
        env = writeTask(w, warn);
        const DtsResult noted = runDts({QStringLiteral("run"), warn, QStringLiteral("--state-dir"), m_tmp.filePath("s2")}, env);
        QVERIFY2(noted.exitCode == 0, qPrintable(noted.err + noted.out));
        QVERIFY2(noted.out.contains(QStringLiteral("precheck passed")) && noted.out.contains(QStringLiteral("precheck source.primary-keys")),
                 qPrintable(noted.out));
        w.ignoredWarnings = {QStringLiteral("source.primary-keys")};
        w.objects[0].target = QStringLiteral("pcd_run_ignored");
        env = writeTask(w, warn);
        const DtsResult ignored = runDts({QStringLiteral("run"), warn, QStringLiteral("--state-dir"), m_tmp.filePath("s3")}, env);
        QVERIFY2(ignored.exitCode == 0, qPrintable(ignored.err + ignored.out));
        QVERIFY2(!ignored.out.contains(QStringLiteral("source.primary-keys")), qPrintable(ignored.out));
    }
};

QTEST_GUILESS_MAIN(TstPrecheck)
#include "tst_precheck.moc"
