// Bad input, driven through the real `dts` CLI against sandbox mariadbd servers.
// The rule: every bad input gets a clear error that names the object and the fix, and loses no data.
// Never a crash, never a half-written destination table reported as done, never a password in the output.
#include "common/Sandbox.h"
#include "store/TaskStore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

using namespace dts;
using namespace dts::test;

namespace {

QString sqlQuoted(const QString &s)
{
    QString q = s;
    q.replace('\\', "\\\\").replace('\'', "''");
    return '\'' + q + '\'';
}

}  // namespace

// stderr must contain `text` (case-insensitive).
#define VERIFY_ERR(r, text)                                                                                           \
    QVERIFY2((r).err.contains(text, Qt::CaseInsensitive),                                                              \
             qPrintable(QStringLiteral("stderr does not mention \"%1\"; exit code %2, stderr:\n%3")                     \
                            .arg(text)                                                                                 \
                            .arg((r).exitCode)                                                                         \
                            .arg((r).err)))

#define COMPARE_EXIT(r, code)                                                                                          \
    QVERIFY2((r).exitCode == (code), qPrintable(QStringLiteral("exit code %1, expected %2; stderr:\n%3\nstdout:\n%4")  \
                                                    .arg((r).exitCode)                                                 \
                                                    .arg(code)                                                         \
                                                    .arg((r).err, (r).out.right(2000))))

class TstBadInput : public QObject {
    Q_OBJECT
    std::unique_ptr<LocalServer> m_src, m_dst, m_small;
    std::unique_ptr<Connection> m_s, m_d;
    QTemporaryDir m_tmp;
    int m_taskNo = 0;
    QStringList m_secrets;  // every password in play: none may appear in any output

    QString newStateDir()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("state-%1").arg(++m_taskNo));
        QDir().mkpath(dir);
        return dir;
    }

    // Writes the task (passwords through variables) and runs `dts run TASK --state-dir DIR …`.
    DtsResult runTask(const TaskSpec &t, const QString &stateDir, const QStringList &extra = {}, int timeoutMs = 60000)
    {
        const QString path = m_tmp.filePath(QStringLiteral("task-%1.json").arg(++m_taskNo));
        const QProcessEnvironment env = writeTask(t, path);
        QStringList args{QStringLiteral("run"), path, QStringLiteral("--state-dir"), stateDir};
        args += extra;
        QElapsedTimer timer;
        timer.start();
        const DtsResult r = runDts(args, env, timeoutMs);
        qInfo().noquote() << QStringLiteral("dts run (%1 ms) -> exit %2\n%3").arg(timer.elapsed()).arg(r.exitCode).arg(r.err.trimmed());
        return r;
    }

    // A password found in stdout, stderr, the task files or the run's log (empty: none).
    QString leakedSecret(const DtsResult &r, const QString &stateDir = {})
    {
        QString files;
        QStringList paths;
        for (const QString &name : QDir(m_tmp.path()).entryList({QStringLiteral("*.json")}, QDir::Files))
            paths << m_tmp.filePath(name);
        if (!stateDir.isEmpty())
            paths << stateDir + QStringLiteral("/dts.log");
        for (const QString &path : std::as_const(paths)) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                files += QString::fromUtf8(f.readAll());
        }
        for (const QString &s : std::as_const(m_secrets))
            if (r.out.contains(s) || r.err.contains(s) || files.contains(s))
                return s;
        return {};
    }

    bool destinationDatabaseExists(Connection &c, const QString &db)
    {
        return c.scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = %1")
                            .arg(quoteString(db)))
                   .value_or("0") != "0";
    }

    // Chunks of `tableId` (source db.table) that the destination's checkpoint table holds as committed.
    int committedAtDestination(Connection &c, const QString &tableId)
    {
        if (c.scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
                                    "'dts_studio_meta' AND TABLE_NAME = 'full_chunks'"))
                .value_or("0") == "0")
            return 0;
        return c.scalar(QStringLiteral("SELECT COUNT(*) FROM dts_studio_meta.full_chunks WHERE table_id = %1")
                            .arg(quoteString(tableId)))
            .value_or("0")
            .toInt();
    }

    // Chunks of `tableId` that the local state marks done.
    int doneLocally(const QString &stateDir, const QString &tableId)
    {
        if (!QFile::exists(stateDir + QStringLiteral("/state.db")))
            return 0;
        TaskStore store(stateDir);
        int n = 0;
        for (const ChunkRecord &c : store.chunks(tableId))
            n += c.done ? 1 : 0;
        return n;
    }

    TaskSpec withSourceAccount(TaskSpec t, const QString &user, const QString &password)
    {
        t.source.user = user;
        t.source.password = password;
        return t;
    }

    void createUser(const LocalServer &s, const QString &user, const QString &password, const QString &grants)
    {
        m_secrets << password;
        s.execSql(QStringLiteral("CREATE OR REPLACE USER '%1'@'%' IDENTIFIED BY %2; %3")
                      .arg(user, sqlQuoted(password), grants.arg(user)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        LocalServer::Options so, dopt, small;
        so.name = "bi-src";
        dopt.name = "bi-dst";
        dopt.serverId = 2;
        small.name = "bi-dst-1m";
        small.serverId = 3;
        small.maxAllowedPacket = 1048576;
        m_src = std::make_unique<LocalServer>(so);
        m_dst = std::make_unique<LocalServer>(dopt);
        m_small = std::make_unique<LocalServer>(small);
        m_src->start();
        m_dst->start();
        m_small->start();
        m_secrets << m_src->password() << m_dst->password() << m_small->password();
        m_s = connectTo(*m_src, "source", true);
        m_d = connectTo(*m_dst, "destination", true);
        QCOMPARE(m_small->queryValue("SELECT @@max_allowed_packet"), QStringLiteral("1048576"));
        // One small database most cases can point at.
        m_src->execSql("CREATE DATABASE bi_ok; CREATE TABLE bi_ok.t (id INT PRIMARY KEY, v VARCHAR(20)); "
                       "INSERT INTO bi_ok.t SELECT seq, CONCAT('v', seq) FROM seq_1_to_20;", "mysql");
    }

    // 1. Nothing listens on the port: a failed check at once (exit 3; no 720-minute retry), naming host:port and the fix.
    void unreachablePort()
    {
        const int port = closedPort();
        const QString where = QStringLiteral("127.0.0.1:%1").arg(port);
        for (const char *side : {"source", "destination"}) {
            TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"bi_ok", "bi_unreach", {}}});
            (qstrcmp(side, "source") == 0 ? t.source : t.destination).port = port;
            const QString state = newStateDir();
            QElapsedTimer timer;
            timer.start();
            const DtsResult r = runTask(t, state, {}, 60000);
            QVERIFY2(timer.elapsed() < 30000, "an unreachable server at start must not wait for the retry window");
            COMPARE_EXIT(r, 3);
            VERIFY_ERR(r, where);
            VERIFY_ERR(r, QLatin1String(side));
            VERIFY_ERR(r, "fix:");
            VERIFY_ERR(r, "runs and listens on");
            QVERIFY2(leakedSecret(r, state).isEmpty(), "a password appears in the output");
            QVERIFY(!destinationDatabaseExists(*m_d, "bi_unreach"));
        }
    }

    // 2. Wrong password: exit 3, access denied, check user and password; the wrong password is not echoed.
    void wrongPassword()
    {
        for (const char *side : {"source", "destination"}) {
            TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"bi_ok", "bi_wrongpw", {}}});
            Endpoint &e = qstrcmp(side, "source") == 0 ? t.source : t.destination;
            e.password = QStringLiteral("wrong-%1-Pw-7c1d9e").arg(QLatin1String(side));
            m_secrets << e.password;
            const QString state = newStateDir();
            const DtsResult r = runTask(t, state);
            COMPARE_EXIT(r, 3);
            VERIFY_ERR(r, QStringLiteral("%1@127.0.0.1:%2").arg(e.user).arg(e.port));
            VERIFY_ERR(r, "access denied");
            VERIFY_ERR(r, QStringLiteral("check the %1 user and password").arg(QLatin1String(side)));
            VERIFY_ERR(r, "fix:");
            QVERIFY2(leakedSecret(r, state).isEmpty(), "a password appears in the output");
            QVERIFY(!destinationDatabaseExists(*m_d, "bi_wrongpw"));
        }
    }

    // 3a. A source account that may not read the selected table: exit 3 and a GRANT SELECT hint naming the database.
    void sourceAccountWithoutSelect_data()
    {
        QTest::addColumn<QString>("grants");
        QTest::addColumn<bool>("wholeDatabase");
        // Nothing on bi_priv at all: the database is invisible to the account, yet it exists.
        QTest::newRow("no privilege on the database, whole database") << "GRANT SELECT ON bi_priv_other.* TO '%1'@'%';" << true;
        QTest::newRow("no privilege on the database, table list") << "GRANT SELECT ON bi_priv_other.* TO '%1'@'%';" << false;
        // The table is visible (another privilege on it) but SELECT is missing.
        QTest::newRow("INSERT but no SELECT on the table") << "GRANT INSERT ON bi_priv.t TO '%1'@'%';" << false;
    }
    void sourceAccountWithoutSelect()
    {
        QFETCH(QString, grants);
        QFETCH(bool, wholeDatabase);
        m_src->execSql("CREATE DATABASE IF NOT EXISTS bi_priv; CREATE TABLE IF NOT EXISTS bi_priv.t (id INT PRIMARY KEY); "
                       "REPLACE INTO bi_priv.t VALUES (1); CREATE DATABASE IF NOT EXISTS bi_priv_other; "
                       "CREATE TABLE IF NOT EXISTS bi_priv_other.t (id INT PRIMARY KEY);");
        createUser(*m_src, "bi_nosel", "NoSel-pw-41a8", grants);
        DatabaseSelection sel{"bi_priv", "bi_priv_copy", {}};
        if (!wholeDatabase)
            sel.tables = {TableSelection{.name = "t"}};
        const TaskSpec t = withSourceAccount(taskFor(*m_src, *m_dst, {sel}), "bi_nosel", "NoSel-pw-41a8");
        const QString state = newStateDir();
        const DtsResult r = runTask(t, state);
        QVERIFY2(leakedSecret(r, state).isEmpty(), "a password appears in the output");
        QVERIFY(!destinationDatabaseExists(*m_d, "bi_priv_copy"));
        COMPARE_EXIT(r, 3);
        VERIFY_ERR(r, "bi_priv");
        VERIFY_ERR(r, "fix:");
        // The database exists: the account cannot see or read it. The message must say how to fix that.
        VERIFY_ERR(r, "GRANT SELECT ON `bi_priv`.* TO 'bi_nosel'");
    }

    // 3a'. The account sees only part of what is selected: what it cannot see must not be skipped silently.
    void partialGrantsAreNotSilentlyIncomplete_data()
    {
        QTest::addColumn<QString>("db");
        QTest::addColumn<QString>("grants");
        QTest::addColumn<QString>("missing");  // SQL that is true (1) on the destination when nothing was left out
        QTest::newRow("table-level grant, whole database")
            << "bi_part1" << "GRANT SELECT ON bi_part1.visible TO '%1'@'%';"
            << "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'bi_part1' AND TABLE_NAME = 'hidden'";
        QTest::newRow("column-level grant")
            << "bi_part2" << "GRANT SELECT (id) ON bi_part2.visible TO '%1'@'%';"
            << "SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = 'bi_part2' AND TABLE_NAME = 'visible' "
               "AND COLUMN_NAME = 'secret'";
    }
    void partialGrantsAreNotSilentlyIncomplete()
    {
        QFETCH(QString, db);
        QFETCH(QString, grants);
        QFETCH(QString, missing);
        m_src->execSql(QStringLiteral("CREATE DATABASE %1; CREATE TABLE %1.visible (id INT PRIMARY KEY, secret VARCHAR(10)); "
                                      "CREATE TABLE %1.hidden (id INT PRIMARY KEY); INSERT INTO %1.visible VALUES (1, 's1'); "
                                      "INSERT INTO %1.hidden VALUES (1), (2);")
                           .arg(db));
        const QString user = db + QStringLiteral("_user");
        createUser(*m_src, user, "Part-pw-9f3e", grants);
        const TaskSpec t = withSourceAccount(taskFor(*m_src, *m_dst, {DatabaseSelection{db, {}, {}}}), user, "Part-pw-9f3e");
        const QString state = newStateDir();
        const DtsResult r = runTask(t, state);
        QVERIFY2(leakedSecret(r, state).isEmpty(), "a password appears in the output");
        const bool complete = m_d->scalar(missing).value_or("0") == "1";
        QVERIFY2(r.exitCode != 0 || complete,
                 qPrintable(QStringLiteral("dts reported success (exit 0) but left out what the account cannot see:\n%1")
                                .arg(r.out)));
        COMPARE_EXIT(r, 3);
        VERIFY_ERR(r, db);
        VERIFY_ERR(r, QStringLiteral("GRANT SELECT ON `%1`.*").arg(db));
    }

    // 3b / 7. A destination account that may only read: exit 3 "destination is not writable" with a GRANT hint.
    void destinationAccountReadOnly()
    {
        createUser(*m_dst, "bi_dst_ro", "DstRo-pw-5b2c", "GRANT SELECT ON *.* TO '%1'@'%';");
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"bi_ok", "bi_ro_copy", {}}});
        t.destination.user = "bi_dst_ro";
        t.destination.password = "DstRo-pw-5b2c";
        const QString state = newStateDir();
        const DtsResult r = runTask(t, state);
        COMPARE_EXIT(r, 3);
        VERIFY_ERR(r, QStringLiteral("bi_dst_ro@127.0.0.1:%1").arg(m_dst->port()));
        VERIFY_ERR(r, "destination is not writable");
        VERIFY_ERR(r, "fix:");
        VERIFY_ERR(r, "GRANT");
        QVERIFY2(leakedSecret(r, state).isEmpty(), "a password appears in the output");
        QVERIFY(!destinationDatabaseExists(*m_d, "bi_ro_copy"));
    }

    // 3b'. The account may write the checkpoint database but not create the target database.
    void destinationAccountCannotCreateTarget()
    {
        createUser(*m_dst, "bi_dst_nocreate", "DstNoCreate-pw-1e7a",
                   "GRANT ALL ON dts_studio_meta.* TO '%1'@'%'; GRANT SELECT ON *.* TO '%1'@'%';");
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"bi_ok", "bi_nocreate_copy", {}}});
        t.destination.user = "bi_dst_nocreate";
        t.destination.password = "DstNoCreate-pw-1e7a";
        const QString state = newStateDir();
        const DtsResult r = runTask(t, state);
        COMPARE_EXIT(r, 3);
        VERIFY_ERR(r, "bi_nocreate_copy");
        VERIFY_ERR(r, "fix:");
        VERIFY_ERR(r, "GRANT");
        QVERIFY2(leakedSecret(r, state).isEmpty(), "a password appears in the output");
        QVERIFY(!destinationDatabaseExists(*m_d, "bi_nocreate_copy"));
    }

    // 7. The account may create tables but not insert: the failure names the table and the privilege, no chunk is done.
    void destinationAccountWithoutInsert()
    {
        createUser(*m_dst, "bi_dst_noins", "DstNoIns-pw-8d0f",
                   "GRANT ALL ON dts_studio_meta.* TO '%1'@'%'; "
                   "GRANT SELECT, CREATE, ALTER, INDEX, DROP, REFERENCES ON bi_noins_copy.* TO '%1'@'%';");
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"bi_ok", "bi_noins_copy", {}}});
        t.destination.user = "bi_dst_noins";
        t.destination.password = "DstNoIns-pw-8d0f";
        const QString state = newStateDir();
        const DtsResult r = runTask(t, state);
        QVERIFY2(leakedSecret(r, state).isEmpty(), "a password appears in the output");
        QCOMPARE(committedAtDestination(*m_d, "bi_ok.t"), 0);
        QCOMPARE(doneLocally(state, "bi_ok.t"), 0);
        COMPARE_EXIT(r, 3);
        VERIFY_ERR(r, "bi_noins_copy");
        VERIFY_ERR(r, "INSERT");
        VERIFY_ERR(r, "fix:");
        VERIFY_ERR(r, "grant");
        // A precheck: found before any table is created.
        QVERIFY2(!destinationDatabaseExists(*m_d, "bi_noins_copy") ||
                     m_d->scalar("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'bi_noins_copy'")
                             .value_or("0") == "0",
                 "a missing INSERT privilege should be found by the precheck, before tables are created");
    }

    // 3c. Incremental requested, the source account lacks BINLOG MONITOR: exit 3 naming the grant.
    void incrementalWithoutBinlogMonitor()
    {
        createUser(*m_src, "bi_nobinlog", "NoBinlog-pw-3c6b", "GRANT SELECT ON bi_ok.* TO '%1'@'%';");
        TaskSpec t = withSourceAccount(taskFor(*m_src, *m_dst, {DatabaseSelection{"bi_ok", "bi_inc_copy", {}}}),
                                       "bi_nobinlog", "NoBinlog-pw-3c6b");
        t.syncIncremental = true;
        const QString state = newStateDir();
        const DtsResult r = runTask(t, state);
        COMPARE_EXIT(r, 3);
        VERIFY_ERR(r, QStringLiteral("bi_nobinlog@127.0.0.1:%1").arg(m_src->port()));
        VERIFY_ERR(r, "binlog");
        VERIFY_ERR(r, "fix:");
        VERIFY_ERR(r, "GRANT REPLICATION SLAVE, BINLOG MONITOR ON *.* TO 'bi_nobinlog'");
        QVERIFY2(leakedSecret(r, state).isEmpty(), "a password appears in the output");
        QVERIFY(!destinationDatabaseExists(*m_d, "bi_inc_copy"));

        // With --until full the same account copies the data and notes what incremental would need.
        const QString state2 = newStateDir();
        const DtsResult full = runTask(t, state2, {"--until", "full"});
        COMPARE_EXIT(full, 0);
        QVERIFY2(full.out.contains("BINLOG MONITOR"), qPrintable(full.out));
        QCOMPARE(m_d->scalar("SELECT COUNT(*) FROM bi_inc_copy.t").value_or("?"), QByteArray("20"));
    }

    // 4. Unknown database, table and column in one task: exit 3, all three named at once, nothing written.
    void unknownObjectsAllListedAtOnce()
    {
        m_src->execSql("CREATE DATABASE bi_objs; CREATE TABLE bi_objs.t (id INT PRIMARY KEY, v INT); INSERT INTO bi_objs.t VALUES (1, 1);");
        TableSelection noTable;
        noTable.name = "no_such_table";
        TableSelection badCol;
        badCol.name = "t";
        badCol.columns = {ColumnMap{"id", {}}, ColumnMap{"no_such_column", {}}};
        const TaskSpec t = taskFor(*m_src, *m_dst,
                                   {DatabaseSelection{"bi_no_such_db", {}, {}}, DatabaseSelection{"bi_objs", {}, {noTable, badCol}}});
        const QString state = newStateDir();
        const DtsResult r = runTask(t, state);
        COMPARE_EXIT(r, 3);
        VERIFY_ERR(r, "3 problems");
        VERIFY_ERR(r, "bi_no_such_db");
        VERIFY_ERR(r, "bi_objs.no_such_table");
        VERIFY_ERR(r, "no_such_column");
        VERIFY_ERR(r, "bi_objs.t");
        VERIFY_ERR(r, "fix:");
        QVERIFY2(leakedSecret(r, state).isEmpty(), "a password appears in the output");
        QVERIFY(!destinationDatabaseExists(*m_d, "bi_objs"));
    }

    // 5. Malformed JSON: exit 2 with file:line:col. Invalid values: exit 2 with their JSON paths. Also `dts task validate`.
    void taskFileErrors()
    {
        const TaskSpec good = taskFor(*m_src, *m_dst, {DatabaseSelection{"bi_ok", "bi_json_copy", {}}});
        const QString goodPath = m_tmp.filePath("good.json");
        const QProcessEnvironment env = writeTask(good, goodPath);
        DtsResult r = runDts({"task", "validate", goodPath}, env);
        COMPARE_EXIT(r, 0);
        QVERIFY2(r.out.contains("valid task"), qPrintable(r.out));
        QVERIFY(leakedSecret(r).isEmpty());

        // Malformed: line 4 holds a bare word.
        const QString broken = m_tmp.filePath("broken.json");
        {
            QFile f(broken);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\n  \"version\": 1,\n  \"name\": \"x\",\n  oops: 1\n}\n");
        }
        for (const QStringList &args : {QStringList{"run", broken, "--state-dir", newStateDir()},
                                        QStringList{"task", "validate", broken}}) {
            r = runDts(args, env);
            COMPARE_EXIT(r, 2);
            VERIFY_ERR(r, broken + ":4:");
            VERIFY_ERR(r, "malformed JSON");
            VERIFY_ERR(r, "fix:");
        }

        // Well-formed, wrong values.
        QJsonObject o = good.toJson(false);
        QJsonObject src = o["source"].toObject();
        src["port"] = 70000;
        src["passwordEnv"] = "DTS_TEST_SOURCE_PASSWORD";
        o["source"] = src;
        QJsonObject dst = o["destination"].toObject();
        dst["passwordEnv"] = "DTS_TEST_DEST_PASSWORD";
        o["destination"] = dst;
        o["conflictMode"] = "overwrite";
        const QString bad = m_tmp.filePath("bad-values.json");
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(o).toJson());
        }
        for (const QStringList &args : {QStringList{"run", bad, "--state-dir", newStateDir()},
                                        QStringList{"task", "validate", bad}}) {
            r = runDts(args, env);
            COMPARE_EXIT(r, 2);
            VERIFY_ERR(r, bad);
            VERIFY_ERR(r, "$.source.port");
            VERIFY_ERR(r, "70000");
            VERIFY_ERR(r, "$.conflictMode");
            VERIFY_ERR(r, "overwrite");
            VERIFY_ERR(r, "fix:");
            QVERIFY(leakedSecret(r).isEmpty());
        }

        // The password variable is not set.
        QProcessEnvironment noPw = env;
        noPw.remove("DTS_TEST_DEST_PASSWORD");
        r = runDts({"run", goodPath, "--state-dir", newStateDir()}, noPw);
        COMPARE_EXIT(r, 2);
        VERIFY_ERR(r, "$.destination.passwordEnv");
        VERIFY_ERR(r, "DTS_TEST_DEST_PASSWORD");

        // A task file that is not there.
        r = runDts({"run", m_tmp.filePath("missing.json"), "--state-dir", newStateDir()}, env);
        COMPARE_EXIT(r, 2);
        VERIFY_ERR(r, m_tmp.filePath("missing.json"));
        QVERIFY(!destinationDatabaseExists(*m_d, "bi_json_copy"));
    }

    // 6. Filters that are not valid SQL or name an unknown column: exit 3 naming table and filter, nothing written.
    void invalidFilters_data()
    {
        QTest::addColumn<QString>("db");
        QTest::addColumn<QString>("whereA");
        QTest::addColumn<QString>("whereB");
        QTest::newRow("syntax error") << "bi_filter1" << "id >" << "";
        QTest::newRow("unknown column") << "bi_filter2" << "" << "no_such_col = 1";
        QTest::newRow("both at once") << "bi_filter3" << "id >" << "no_such_col = 1";
    }
    void invalidFilters()
    {
        QFETCH(QString, db);
        QFETCH(QString, whereA);
        QFETCH(QString, whereB);
        m_src->execSql(QStringLiteral("CREATE DATABASE %1; CREATE TABLE %1.a (id INT PRIMARY KEY, v INT); "
                                      "CREATE TABLE %1.b (id INT PRIMARY KEY, v INT); INSERT INTO %1.a VALUES (1, 1), (2, 2); "
                                      "INSERT INTO %1.b VALUES (1, 1), (2, 2);")
                           .arg(db));
        TableSelection a, b;
        a.name = "a";
        a.where = whereA;
        b.name = "b";
        b.where = whereB;
        const TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{db, {}, {a, b}}});
        const QString state = newStateDir();
        const DtsResult r = runTask(t, state);
        QVERIFY2(leakedSecret(r, state).isEmpty(), "a password appears in the output");
        QVERIFY2(!destinationDatabaseExists(*m_d, db),
                 qPrintable(QStringLiteral("nothing may be written when a filter is wrong; exit %1, stderr:\n%2").arg(r.exitCode).arg(r.err)));
        COMPARE_EXIT(r, 3);
        VERIFY_ERR(r, "fix:");
        if (!whereA.isEmpty()) {
            VERIFY_ERR(r, db + ".a");
            VERIFY_ERR(r, '"' + whereA + '"');
        }
        if (!whereB.isEmpty()) {
            VERIFY_ERR(r, db + ".b");
            VERIFY_ERR(r, '"' + whereB + '"');
            VERIFY_ERR(r, "Unknown column 'no_such_col'");
        }
    }

    // 8. A row larger than the destination's max_allowed_packet (1 MiB): exit 1 naming db.table and the key;
    // the chunk stays not done; raising the limit and running again completes with identical data.
    void rowTooLargeForDestination_data()
    {
        QTest::addColumn<bool>("localInfile");
        QTest::newRow("LOAD DATA LOCAL") << true;
        QTest::newRow("INSERT") << false;
    }
    void rowTooLargeForDestination()
    {
        QFETCH(bool, localInfile);
        const QString db = localInfile ? QStringLiteral("bi_big_ld") : QStringLiteral("bi_big_ins");
        m_small->execSql(QStringLiteral("SET GLOBAL max_allowed_packet = 1048576; SET GLOBAL local_infile = %1;")
                             .arg(localInfile ? 1 : 0));
        m_src->execSql(QStringLiteral("CREATE DATABASE %1; CREATE TABLE %1.t (id INT PRIMARY KEY, note VARCHAR(20), b LONGBLOB); "
                                      "INSERT INTO %1.t SELECT seq, CONCAT('n', seq), REPEAT('a', 200) FROM seq_1_to_50; "
                                      "UPDATE %1.t SET b = REPEAT('x', 3145728) WHERE id = 37; "
                                      "CREATE TABLE %1.small (id INT PRIMARY KEY, v INT); INSERT INTO %1.small SELECT seq, seq FROM seq_1_to_10;")
                           .arg(db), "mysql");
        const QString tableId = db + QStringLiteral(".t");
        TaskSpec t = taskFor(*m_src, *m_small, {DatabaseSelection{db, {}, {}}});
        const QString state = newStateDir();
        const DtsResult r = runTask(t, state, {}, 45000);
        QVERIFY2(r.exitCode != -1, "dts hung (killed after 45 s): a row too large must fail, not be retried");
        COMPARE_EXIT(r, 1);
        VERIFY_ERR(r, tableId);
        VERIFY_ERR(r, "id=37");
        VERIFY_ERR(r, "max_allowed_packet");
        VERIFY_ERR(r, "fix:");
        QVERIFY2(leakedSecret(r, state).isEmpty(), "a password appears in the output");
        auto d = connectTo(*m_small, "destination", true);
        QCOMPARE(committedAtDestination(*d, tableId), 0);
        QCOMPARE(doneLocally(state, tableId), 0);
        QCOMPARE(d->scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(quoteIdent(db, "t"))).value_or("?"), QByteArray("0"));

        // Raise the limit (new connections see it; dts connects anew) and continue from the same state.
        m_small->execSql("SET GLOBAL max_allowed_packet = 16777216;");
        const DtsResult again = runTask(t, state, {}, 60000);
        m_small->execSql("SET GLOBAL max_allowed_packet = 1048576; SET GLOBAL local_infile = 1;");
        COMPARE_EXIT(again, 0);
        QVERIFY2(leakedSecret(again, state).isEmpty(), "a password appears in the output");
        auto d2 = connectTo(*m_small, "destination", true);
        // Now the chunk is done on both sides (and the helpers above do see done chunks).
        QVERIFY(committedAtDestination(*d2, tableId) >= 1);
        QVERIFY(doneLocally(state, tableId) >= 1);
        QCOMPARE(checksum(*d2, quoteIdent(db, "t")), checksum(*m_s, quoteIdent(db, "t")));
        QCOMPARE(rowsOf(*d2, QStringLiteral("SELECT id, note, MD5(b), LENGTH(b) FROM %1 ORDER BY id").arg(quoteIdent(db, "t"))),
                 rowsOf(*m_s, QStringLiteral("SELECT id, note, MD5(b), LENGTH(b) FROM %1 ORDER BY id").arg(quoteIdent(db, "t"))));
        QCOMPARE(checksum(*d2, quoteIdent(db, "small")), checksum(*m_s, quoteIdent(db, "small")));
    }

    // 8'. Many ordinary rows (no single big one) into a 1 MiB max_allowed_packet destination: batches must fit.
    void manySmallRowsIntoSmallPacket_data()
    {
        QTest::addColumn<bool>("localInfile");
        QTest::newRow("LOAD DATA LOCAL") << true;
        QTest::newRow("INSERT") << false;
    }
    void manySmallRowsIntoSmallPacket()
    {
        QFETCH(bool, localInfile);
        const QString db = localInfile ? QStringLiteral("bi_many_ld") : QStringLiteral("bi_many_ins");
        m_small->execSql(QStringLiteral("SET GLOBAL max_allowed_packet = 1048576; SET GLOBAL local_infile = %1;")
                             .arg(localInfile ? 1 : 0));
        // ~2.4 MB in 3000 rows of ~800 bytes: more than one 1 MiB batch, every row far below the limit.
        m_src->execSql(QStringLiteral("CREATE DATABASE %1; CREATE TABLE %1.t (id INT PRIMARY KEY, b VARBINARY(1000)); "
                                      "INSERT INTO %1.t SELECT seq, REPEAT(CHAR(65 + MOD(seq, 26)), 800) FROM seq_1_to_3000;")
                           .arg(db), "mysql");
        TaskSpec t = taskFor(*m_src, *m_small, {DatabaseSelection{db, {}, {}}});
        const QString state = newStateDir();
        const DtsResult r = runTask(t, state, {}, 40000);
        m_small->execSql("SET GLOBAL local_infile = 1;");
        QVERIFY2(r.exitCode != -1, "dts hung (killed after 40 s)");
        COMPARE_EXIT(r, 0);
        auto d = connectTo(*m_small, "destination", true);
        QCOMPARE(checksum(*d, quoteIdent(db, "t")), checksum(*m_s, quoteIdent(db, "t")));
    }

    // 9. A destination column narrower than the source (schema sync off, table made by the user): a failure naming
    // the table and column, never silently changed data, the table never reported done.
    void narrowerDestinationColumn_data()
    {
        QTest::addColumn<QString>("db");
        QTest::addColumn<QString>("srcType");
        QTest::addColumn<QString>("dstType");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("localInfile");
        QTest::newRow("varchar, LOAD DATA") << "bi_narrow_s1" << "VARCHAR(50)" << "VARCHAR(5)" << "'abcdefghij'" << true;
        QTest::newRow("varchar, INSERT") << "bi_narrow_s2" << "VARCHAR(50)" << "VARCHAR(5)" << "'abcdefghij'" << false;
        QTest::newRow("tinyint, LOAD DATA") << "bi_narrow_i1" << "INT" << "TINYINT" << "1000" << true;
        QTest::newRow("tinyint, INSERT") << "bi_narrow_i2" << "INT" << "TINYINT" << "1000" << false;
        QTest::newRow("decimal scale, LOAD DATA") << "bi_narrow_d1" << "DECIMAL(10,4)" << "DECIMAL(10,2)" << "1.2345" << true;
        QTest::newRow("decimal scale, INSERT") << "bi_narrow_d2" << "DECIMAL(10,4)" << "DECIMAL(10,2)" << "1.2345" << false;
        QTest::newRow("datetime(6), LOAD DATA") << "bi_narrow_t1" << "DATETIME(6)" << "DATETIME" << "'2024-01-02 03:04:05.678901'" << true;
        QTest::newRow("datetime(6), INSERT") << "bi_narrow_t2" << "DATETIME(6)" << "DATETIME" << "'2024-01-02 03:04:05.678901'" << false;
    }
    void narrowerDestinationColumn()
    {
        QFETCH(QString, db);
        QFETCH(QString, srcType);
        QFETCH(QString, dstType);
        QFETCH(QString, value);
        QFETCH(bool, localInfile);
        m_src->execSql(QStringLiteral("CREATE DATABASE %1; CREATE TABLE %1.t (id INT PRIMARY KEY, c %2); "
                                      "INSERT INTO %1.t VALUES (1, NULL), (2, %3);")
                           .arg(db, srcType, value));
        m_dst->execSql(QStringLiteral("CREATE DATABASE %1; CREATE TABLE %1.t (id INT PRIMARY KEY, c %2); SET GLOBAL local_infile = %3;")
                           .arg(db, dstType)
                           .arg(localInfile ? 1 : 0));
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{db, {}, {}}});
        t.syncSchema = false;
        const QString state = newStateDir();
        const DtsResult r = runTask(t, state);
        m_dst->execSql("SET GLOBAL local_infile = 1;");
        const QString tableId = db + QStringLiteral(".t");
        QVERIFY2(leakedSecret(r, state).isEmpty(), "a password appears in the output");
        const QString facts = QStringLiteral("exit %1; destination rows: %2; stdout:\n%3\nstderr:\n%4")
                                  .arg(r.exitCode)
                                  .arg(rowsOf(*m_d, QStringLiteral("SELECT id, CAST(c AS CHAR) FROM %1.t").arg(db)).join(" "))
                                  .arg(r.out.right(1500), r.err);
        QVERIFY2(r.exitCode == 1 || r.exitCode == 3, qPrintable(facts));
        // Never a changed value in a table reported done: no chunk committed, no row written.
        QVERIFY2(committedAtDestination(*m_d, tableId) == 0, qPrintable(facts));
        QVERIFY2(doneLocally(state, tableId) == 0, qPrintable(facts));
        QVERIFY2(m_d->scalar(QStringLiteral("SELECT COUNT(*) FROM %1.t").arg(db)).value_or("?") == "0", qPrintable(facts));
        // The error names the table and says what to do.
        VERIFY_ERR(r, tableId);
        VERIFY_ERR(r, "fix:");
    }

    // 10. Usage errors: exit 2 with the usage text.
    void usageErrors()
    {
        const QString task = m_tmp.filePath("usage-task.json");
        const QProcessEnvironment env = writeTask(taskFor(*m_src, *m_dst, {DatabaseSelection{"bi_ok", "bi_usage_copy", {}}}), task);
        const QList<QPair<QStringList, QString>> cases = {
            {{"frobnicate"}, "unknown command \"frobnicate\""},
            {{"run", task, "--frob"}, "unknown option --frob"},
            {{"run", task, "--until"}, "--until takes \"full\""},
            {{"run", task, "--until", "half"}, "--until takes \"full\""},
            {{"run", task, "--state-dir"}, "--state-dir needs a directory"},
            {{"run"}, "which task?"},
            {{"run", task, task}, "only one task file"},
            {{"task"}, "dts task validate TASK.json"},
            {{"task", "check", task}, "dts task validate TASK.json"},
            {{"run", "--sandbox", task}, "--sandbox runs its own task"},
        };
        for (const auto &[args, text] : cases) {
            const DtsResult r = runDts(args, env, 30000);
            COMPARE_EXIT(r, 2);
            VERIFY_ERR(r, text);
            VERIFY_ERR(r, "Usage:");
        }
        // No arguments at all: usage, exit 2.
        const DtsResult none = runDts({}, env, 30000);
        COMPARE_EXIT(none, 2);
        QVERIFY2((none.out + none.err).contains("Usage:"), qPrintable(none.out + none.err));
        QVERIFY(!destinationDatabaseExists(*m_d, "bi_usage_copy"));
    }

    void cleanupTestCase()
    {
        m_s.reset();
        m_d.reset();
    }
};

QTEST_GUILESS_MAIN(TstBadInput)
#include "tst_badinput.moc"
