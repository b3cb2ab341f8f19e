// The sandbox server every other integration test stands on: configuration, admin account,
// cleanup (stop, owner killed with SIGKILL, leftover sweep) and the deterministic sample data.
#include "common/Error.h"
#include "sandbox/LocalServer.h"
#include "sandbox/SampleData.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryFile>
#include <QThread>
#include <QtTest>

#include <mysql.h>

#include <csignal>
#include <cstdio>
#include <memory>
#include <unistd.h>

using dts::LocalServer;

namespace {

constexpr char kChildEnv[] = "DTS_TST_LOCALSERVER_CHILD";

bool processAlive(qint64 pid)
{
    if (pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno != EPERM))
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray s = stat.readAll();
    const int paren = s.lastIndexOf(')');
    // An unreaped zombie (no init reaping in some containers) is dead too.
    return !(paren > 0 && paren + 2 < s.size() && (s.at(paren + 2) == 'Z' || s.at(paren + 2) == 'X'));
}

// Connects over TCP with the admin account; returns CURRENT_USER() or the error.
QString tcpCurrentUser(const LocalServer &s, const QString &password)
{
    MYSQL *m = mysql_init(nullptr);
    unsigned int timeout = 10;
    mysql_options(m, MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
    QString result;
    if (!mysql_real_connect(m, s.host().toUtf8().constData(), s.user().toUtf8().constData(),
                            password.toUtf8().constData(), nullptr, s.port(), nullptr, 0)) {
        result = QStringLiteral("ERROR: ") + QString::fromUtf8(mysql_error(m));
    } else if (mysql_query(m, "SELECT CURRENT_USER()") == 0) {
        if (MYSQL_RES *res = mysql_store_result(m)) {
            if (MYSQL_ROW row = mysql_fetch_row(res))
                result = QString::fromUtf8(row[0]);
            mysql_free_result(res);
        }
    }
    mysql_close(m);
    return result;
}

QByteArray readAllFiles(const QString &dir, const QStringList &nameFilters)
{
    QByteArray all;
    QDirIterator it(dir, nameFilters, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

// Child mode: own a sandbox, report it, then wait to be SIGKILLed by the test.
int orphanChildMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    LocalServer::Options o;
    o.name = QStringLiteral("orphan");
    LocalServer server(o);
    try {
        server.start();
    } catch (const dts::Error &e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.describe()));
        return 1;
    }
    std::printf("READY %lld %s\n", static_cast<long long>(server.serverPid()), qPrintable(server.directory()));
    std::fflush(stdout);
    for (;;)
        ::pause();
}

}  // namespace

class TstLocalServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void configuredServer();
    void misconfiguredServer();
    void execSqlReportsErrors();
    void stopRemovesDirectory();
    void shutdownKeepsServerForStart();
    void serverDiesWithOwnerAndIsSwept();
    void sampleDataIsDeterministic();
    void passwordNeverPrinted();

private:
    std::unique_ptr<LocalServer> m_a;  // defaults + server id 7
    std::unique_ptr<LocalServer> m_b;  // "misconfigured": no binlog, STATEMENT, odd settings
};

void TstLocalServer::initTestCase()
{
    LocalServer::Options a;
    a.name = QStringLiteral("tst_a");
    a.serverId = 7;
    m_a = std::make_unique<LocalServer>(a);
    QElapsedTimer t;
    t.start();
    m_a->start();
    qInfo("start() took %lld ms", t.elapsed());

    LocalServer::Options b;
    b.name = QStringLiteral("tst_b");
    b.serverId = 2;
    b.logBin = false;
    b.binlogFormat = QStringLiteral("STATEMENT");
    b.binlogRowImage = QStringLiteral("MINIMAL");
    b.binlogRowMetadata = QStringLiteral("NO_LOG");
    b.lowerCaseTableNames = 1;
    b.localInfile = false;
    b.sqlMode = QStringLiteral("ANSI_QUOTES,NO_BACKSLASH_ESCAPES");
    b.maxAllowedPacket = 4 * 1024 * 1024;
    b.bufferPoolMb = 64;
    b.extraArgs = {QStringLiteral("--max-connect-errors=1234")};
    m_b = std::make_unique<LocalServer>(b);
    m_b->start();
}

void TstLocalServer::cleanupTestCase()
{
    m_a.reset();
    m_b.reset();
}

void TstLocalServer::configuredServer()
{
    QVERIFY(m_a->isRunning());
    QVERIFY(m_a->port() != 0);
    QVERIFY(m_a->serverPid() > 0);
    QCOMPARE(m_a->user(), QStringLiteral("root"));
    QVERIFY(m_a->password().size() >= 16);
    QVERIFY(QFileInfo(m_a->socketPath()).exists());
    QVERIFY(QFileInfo(m_a->dataDir()).isDir());
    QVERIFY(m_a->directory().startsWith(QDir::tempPath() + QStringLiteral("/dts-sandbox-%1-tst_a-").arg(::getpid())));
    QCOMPARE(m_a->queryValue(QStringLiteral("SELECT @@log_bin, @@binlog_format, @@binlog_row_image, "
                                            "@@binlog_row_metadata, @@server_id, @@character_set_server")),
             QStringLiteral("1\tROW\tFULL\tFULL\t7\tutf8mb4"));
    QCOMPARE(m_a->queryValue(QStringLiteral("SELECT @@port, @@bind_address, @@collation_server, @@local_infile, "
                                            "@@lower_case_table_names, @@max_connections")),
             QStringLiteral("%1\t127.0.0.1\tutf8mb4_general_ci\t1\t0\t500").arg(m_a->port()));
    QCOMPARE(m_a->queryValue(QStringLiteral("SELECT @@innodb_buffer_pool_size DIV 1048576, @@innodb_log_file_size DIV 1048576, "
                                            "@@skip_name_resolve")),
             QStringLiteral("128\t32\t1"));

    // The admin account works over TCP with the password, and only with it.
    QCOMPARE(tcpCurrentUser(*m_a, m_a->password()), QStringLiteral("root@127.0.0.1"));
    QVERIFY(tcpCurrentUser(*m_a, QStringLiteral("wrong")).startsWith(QStringLiteral("ERROR: Access denied")));
    QVERIFY(tcpCurrentUser(*m_a, QString()).startsWith(QStringLiteral("ERROR: Access denied")));
    QCOMPARE(m_a->queryValue(QStringLiteral("SELECT COUNT(*) FROM mysql.user WHERE user = 'root' AND host = '%'")),
             QStringLiteral("1"));
    QVERIFY(m_a->queryValue(QStringLiteral("SHOW GRANTS FOR 'root'@'%'")).contains(QStringLiteral("WITH GRANT OPTION")));
    // No password-less root is left over from mariadb-install-db, and account setup stays out of the binlog.
    QCOMPARE(m_a->queryValue(QStringLiteral("SELECT COUNT(*) FROM mysql.user WHERE user = 'root' AND password = ''")),
             QStringLiteral("0"));
    QVERIFY(!m_a->queryValue(QStringLiteral("SHOW BINLOG EVENTS")).contains(QStringLiteral("USER")));
}

void TstLocalServer::misconfiguredServer()
{
    QVERIFY(m_b->port() != 0);
    QVERIFY(m_b->port() != m_a->port());
    QCOMPARE(m_b->queryValue(QStringLiteral("SELECT @@log_bin, @@binlog_format, @@binlog_row_image, @@binlog_row_metadata, "
                                            "@@server_id, @@character_set_server")),
             QStringLiteral("0\tSTATEMENT\tMINIMAL\tNO_LOG\t2\tutf8mb4"));
    QCOMPARE(m_b->queryValue(QStringLiteral("SELECT @@lower_case_table_names, @@local_infile, @@sql_mode, "
                                            "@@max_allowed_packet, @@max_connect_errors, @@innodb_buffer_pool_size DIV 1048576")),
             QStringLiteral("1\t0\tANSI_QUOTES,NO_BACKSLASH_ESCAPES\t4194304\t1234\t64"));
    QVERIFY(QDir(m_b->directory()).entryList({QStringLiteral("binlog*")}, QDir::Files).isEmpty());
    QCOMPARE(tcpCurrentUser(*m_b, m_b->password()), QStringLiteral("root@127.0.0.1"));
    QVERIFY(m_a->password() != m_b->password());
}

void TstLocalServer::execSqlReportsErrors()
{
    m_a->execSql(QStringLiteral("CREATE DATABASE t1; CREATE TABLE t1.x (id INT PRIMARY KEY);"));
    m_a->execSql(QStringLiteral("INSERT INTO x VALUES (1), (2);"), QStringLiteral("t1"));
    QCOMPARE(m_a->queryValue(QStringLiteral("SELECT SUM(id) FROM x"), QStringLiteral("t1")), QStringLiteral("3"));
    try {
        m_a->execSql(QStringLiteral("SELECT * FROM t1.does_not_exist"));
        QFAIL("no exception");
    } catch (const dts::Error &e) {
        QCOMPARE(e.kind(), dts::ErrorKind::Permanent);
        QCOMPARE(e.object(), QStringLiteral("sandbox mariadbd (port %1)").arg(m_a->port()));
        QVERIFY2(e.message().startsWith(QStringLiteral("SQL failed: ERROR 1146")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("statement: SELECT * FROM t1.does_not_exist")), qPrintable(e.message()));
        QCOMPARE(e.code(), 1146);
    }
    m_a->execSql(QStringLiteral("DROP DATABASE t1"));
    // Bad options: startup fails with the error log's tail.
    LocalServer::Options bad;
    bad.name = QStringLiteral("bad");
    bad.extraArgs = {QStringLiteral("--no-such-option-xyz")};
    LocalServer s(bad);
    try {
        s.start();
        QFAIL("no exception");
    } catch (const dts::Error &e) {
        QVERIFY2(e.message().contains(QStringLiteral("no-such-option-xyz")), qPrintable(e.describe()));
    }
    QVERIFY(!s.isRunning());
    QVERIFY(s.directory().isEmpty());
    QVERIFY_THROWS_EXCEPTION(dts::Error, s.execSql(QStringLiteral("SELECT 1")));
}

void TstLocalServer::stopRemovesDirectory()
{
    LocalServer::Options o;
    o.name = QStringLiteral("stop");
    LocalServer s(o);
    s.start();
    const QString dir = s.directory();
    const qint64 pid = s.serverPid();
    QVERIFY(QFileInfo(dir).isDir());
    QVERIFY(processAlive(pid));
    QElapsedTimer t;
    t.start();
    s.stop();
    qInfo("stop() took %lld ms", t.elapsed());
    QVERIFY(!s.isRunning());
    QVERIFY(!QFileInfo::exists(dir));
    QVERIFY(!processAlive(pid));
    QCOMPARE(s.serverPid(), 0);
    s.stop();  // idempotent
    // Restartable: a fresh dir and port.
    s.start();
    QVERIFY(s.isRunning());
    QVERIFY(s.directory() != dir);
    QCOMPARE(s.queryValue(QStringLiteral("SELECT 40 + 2")), QStringLiteral("42"));
    // A server kept by shutdown() goes away with stop() all the same.
    const QString kept = s.directory();
    s.shutdown();
    QVERIFY(QFileInfo(kept).isDir());
    s.stop();
    QVERIFY(!QFileInfo::exists(kept));
}

void TstLocalServer::shutdownKeepsServerForStart()
{
    // A restart under the clients' feet: the same dir, port, password and data; a new binlog file.
    m_a->execSql(QStringLiteral("CREATE DATABASE kept; CREATE TABLE kept.t (id INT PRIMARY KEY); INSERT INTO kept.t VALUES (1), (2);"));
    const QString dir = m_a->directory(), password = m_a->password();
    const quint16 port = m_a->port();
    const qint64 pid = m_a->serverPid();
    const QString binlog = m_a->queryValue(QStringLiteral("SHOW MASTER STATUS")).section('\t', 0, 0);
    m_a->shutdown();
    QVERIFY(!m_a->isRunning());
    QVERIFY(!processAlive(pid));
    QVERIFY(QFileInfo(m_a->dataDir()).isDir());
    QCOMPARE(m_a->port(), port);
    QVERIFY2(tcpCurrentUser(*m_a, password).startsWith(QStringLiteral("ERROR: Can't connect")), qPrintable(tcpCurrentUser(*m_a, password)));
    try {
        m_a->execSql(QStringLiteral("SELECT 1"));
        QFAIL("no exception");
    } catch (const dts::Error &e) {
        QVERIFY2(e.fix().contains(QStringLiteral("not running")), qPrintable(e.describe()));
    }
    QVERIFY_THROWS_EXCEPTION(dts::Error, m_a->shutdown());
    QElapsedTimer t;
    t.start();
    m_a->start();
    qInfo("start() after shutdown() took %lld ms", t.elapsed());
    QVERIFY(m_a->isRunning());
    QVERIFY(m_a->serverPid() != pid);
    QCOMPARE(m_a->directory(), dir);
    QCOMPARE(m_a->port(), port);
    QCOMPARE(m_a->password(), password);
    QCOMPARE(tcpCurrentUser(*m_a, password), QStringLiteral("root@127.0.0.1"));
    QCOMPARE(m_a->queryValue(QStringLiteral("SELECT GROUP_CONCAT(id ORDER BY id) FROM kept.t")), QStringLiteral("1,2"));
    QVERIFY(m_a->queryValue(QStringLiteral("SHOW MASTER STATUS")).section('\t', 0, 0) != binlog);
    m_a->execSql(QStringLiteral("DROP DATABASE kept"));
}

void TstLocalServer::serverDiesWithOwnerAndIsSwept()
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kChildEnv), QStringLiteral("1"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    QByteArray line;
    QElapsedTimer t;
    t.start();
    while (!line.endsWith('\n') && t.elapsed() < 60'000 && child.state() == QProcess::Running) {
        child.waitForReadyRead(500);
        line += child.readAll();
    }
    const QList<QByteArray> parts = line.trimmed().split(' ');
    QVERIFY2(parts.size() == 3 && parts[0] == "READY", line.constData());
    const qint64 serverPid = parts[1].toLongLong();
    const QString dir = QString::fromLocal8Bit(parts[2]);
    QVERIFY(processAlive(serverPid));
    QVERIFY(QFileInfo(dir).isDir());

    child.kill();  // SIGKILL: no destructor, no cleanup
    QVERIFY(child.waitForFinished(10'000));
    t.restart();
    while (processAlive(serverPid) && t.elapsed() < 5'000)
        QThread::msleep(50);
    QVERIFY2(!processAlive(serverPid), "mariadbd survived its owner");
    qInfo("mariadbd gone %lld ms after its owner was killed", t.elapsed());
    // The leftover is what the next start() must sweep. A sandbox started meanwhile by another test
    // process (ctest -j) may have swept it already: either way it must be gone below.

    LocalServer::Options o;
    o.name = QStringLiteral("sweeper");
    LocalServer s(o);
    s.start();
    QVERIFY2(!QFileInfo::exists(dir), qPrintable(dir));
    QVERIFY(QFileInfo(s.directory()).isDir());
}

void TstLocalServer::sampleDataIsDeterministic()
{
    const QString tables = QStringLiteral("shop.customers, shop.products, shop.orders, shop.order_items, shop.audit_log");
    const QString counts = QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM customers), (SELECT COUNT(*) FROM products), (SELECT COUNT(*) FROM orders), "
        "(SELECT COUNT(*) FROM order_items), (SELECT COUNT(*) FROM audit_log)");

    QElapsedTimer t;
    t.start();
    dts::sandbox::createShopDatabase(*m_a, 0.05);
    qInfo("createShopDatabase(0.05) took %lld ms", t.elapsed());
    QCOMPARE(m_a->queryValue(counts, QStringLiteral("shop")), QStringLiteral("2500\t250\t5000\t2250\t100"));
    const QString checksumA = m_a->queryValue(QStringLiteral("CHECKSUM TABLE ") + tables);
    QCOMPARE(checksumA.split(QLatin1Char('\n')).size(), 5);
    QVERIFY2(!checksumA.contains(QStringLiteral("NULL")), qPrintable(checksumA));

    // Same rows on a differently configured server, and again on the same one.
    dts::sandbox::createShopDatabase(*m_b, 0.05);
    QCOMPARE(m_b->queryValue(counts, QStringLiteral("shop")), QStringLiteral("2500\t250\t5000\t2250\t100"));
    QCOMPARE(m_b->queryValue(QStringLiteral("CHECKSUM TABLE ") + tables), checksumA);
    dts::sandbox::createShopDatabase(*m_a, 0.05);
    QCOMPARE(m_a->queryValue(QStringLiteral("CHECKSUM TABLE ") + tables), checksumA);

    // The awkward values are there.
    const QString shop = QStringLiteral("shop");
    QCOMPARE(m_a->queryValue(QStringLiteral("SELECT ubig, sbig, tiny, small, HEX(big) FROM orders WHERE id IN (1, 2) ORDER BY id"), shop),
             QStringLiteral("0\t-9223372036854775808\t-128\t-32768\t0\n"
                            "18446744073709551615\t9223372036854775807\t127\t32767\tFFFFFFFFFFFFFFFF"));
    QCOMPARE(m_a->queryValue(QStringLiteral("SELECT ship_time FROM orders WHERE id IN (7, 8) ORDER BY id"), shop),
             QStringLiteral("838:59:59.000\n-838:59:59.000"));
    QVERIFY(m_a->queryValue(QStringLiteral("SELECT COUNT(*) FROM orders WHERE ship_time < 0"), shop).toInt() > 0);
    QVERIFY(m_a->queryValue(QStringLiteral("SELECT COUNT(*) FROM orders WHERE ship_time > '24:00:00'"), shop).toInt() > 0);
    QCOMPARE(m_a->queryValue(QStringLiteral("SELECT total FROM orders WHERE id = 2"), shop),
             QStringLiteral("99999999999999999999999999999999999.999999999999999999999999999999"));
    QVERIFY(m_a->queryValue(QStringLiteral("SELECT COUNT(*) FROM orders WHERE location IS NULL"), shop).toInt() > 0);
    QVERIFY(m_a->queryValue(QStringLiteral("SELECT COUNT(*) FROM customers WHERE name LIKE '%😀%'"), shop).toInt() > 0);
    QVERIFY(m_a->queryValue(QStringLiteral("SELECT COUNT(*) FROM customers WHERE name LIKE '%王小明%'"), shop).toInt() > 0);
    QCOMPARE(m_a->queryValue(QStringLiteral("SELECT HEX(name_latin1) FROM customers WHERE id = 2"), shop),
             QStringLiteral("5374726175DF2032"));  // 'Strauß 2' in latin1
    QCOMPARE(m_a->queryValue(QStringLiteral("SELECT HEX(city_gbk) FROM customers WHERE id = 1"), shop),
             QStringLiteral("C9CFBAA3"));  // 上海 in GBK
    QVERIFY(m_a->queryValue(QStringLiteral("SELECT COUNT(*) FROM customers WHERE LOCATE(0x00, avatar) > 0"), shop).toInt() > 0);
    QVERIFY(m_a->queryValue(QStringLiteral("SELECT COUNT(*) FROM customers WHERE credit < 0"), shop).toInt() > 0);
    QVERIFY(m_a->queryValue(QStringLiteral("SELECT COUNT(*) FROM customers WHERE birth IS NULL"), shop).toInt() > 0);
    QVERIFY(m_a->queryValue(QStringLiteral("SELECT COUNT(*) FROM customers WHERE JSON_VALUE(profile, '$.address.city') = 'Zürich'"), shop).toInt() > 0);
    QCOMPARE(m_a->queryValue(QStringLiteral("SELECT COUNT(*) FROM products WHERE price_with_tax <> ROUND(price * 1.2, 2)"), shop),
             QStringLiteral("0"));
    QCOMPARE(m_a->queryValue(QStringLiteral("SELECT COUNT(*) FROM information_schema.STATISTICS "
                                            "WHERE table_schema = 'shop' AND table_name = 'audit_log'")),
             QStringLiteral("0"));
    QVERIFY(m_a->queryValue(QStringLiteral("SELECT COUNT(*) - COUNT(DISTINCT at, actor, action, detail) FROM audit_log"), shop).toInt() >= 0);
    QCOMPARE(m_a->queryValue(QStringLiteral("SELECT COUNT(*) FROM information_schema.KEY_COLUMN_USAGE "
                                            "WHERE table_schema = 'shop' AND referenced_table_name IS NOT NULL")),
             QStringLiteral("2"));
    QCOMPARE(m_a->queryValue(QStringLiteral("SELECT COUNT(*) FROM orders o LEFT JOIN customers c ON c.id = o.customer_id "
                                            "WHERE c.id IS NULL"), shop),
             QStringLiteral("0"));
    QCOMPARE(m_a->queryValue(QStringLiteral("SELECT COUNT(*) FROM order_items i LEFT JOIN orders o ON o.id = i.order_id "
                                            "WHERE o.id IS NULL"), shop),
             QStringLiteral("0"));

    // Schema objects besides tables.
    QCOMPARE(m_a->queryValue(QStringLiteral("SELECT GROUP_CONCAT(CONCAT(routine_type, ' ', routine_name) ORDER BY routine_name) "
                                            "FROM information_schema.ROUTINES WHERE routine_schema = 'shop'")),
             QStringLiteral("PROCEDURE customer_summary,FUNCTION price_with_vat"));
    QCOMPARE(m_a->queryValue(QStringLiteral("SELECT trigger_name, action_timing, event_manipulation FROM information_schema.TRIGGERS "
                                            "WHERE trigger_schema = 'shop'")),
             QStringLiteral("orders_before_insert\tBEFORE\tINSERT"));
    QCOMPARE(m_a->queryValue(QStringLiteral("SELECT event_name, status FROM information_schema.EVENTS WHERE event_schema = 'shop'")),
             QStringLiteral("purge_audit_log\tDISABLED"));
    QCOMPARE(m_a->queryValue(QStringLiteral("SELECT COUNT(*) FROM order_totals"), shop), QStringLiteral("5000"));
    QCOMPARE(m_a->queryValue(QStringLiteral("SELECT price_with_vat(10.00)"), shop), QStringLiteral("12.00"));
    QCOMPARE(m_a->queryValue(QStringLiteral("CALL customer_summary(1, @n, @s); SELECT @n >= 0"), shop), QStringLiteral("1"));

    // Tiny scales still give every table a row.
    dts::sandbox::createShopDatabase(*m_b, 0.000001);
    QCOMPARE(m_b->queryValue(counts, QStringLiteral("shop")), QStringLiteral("1\t1\t1\t1\t1"));
}

void TstLocalServer::passwordNeverPrinted()
{
    // Capture this process's own stdout/stderr (qDebug & co. go to stderr) while a server starts,
    // runs SQL, fails and stops.
    QTemporaryFile capture;
    QVERIFY(capture.open());
    std::fflush(stdout);
    std::fflush(stderr);
    const int savedOut = ::dup(1), savedErr = ::dup(2);
    ::dup2(capture.handle(), 1);
    ::dup2(capture.handle(), 2);

    QString password, directory;
    QByteArray logs, cmdline;
    {
        LocalServer::Options o;
        o.name = QStringLiteral("secret");
        LocalServer s(o);
        s.start();
        password = s.password();
        directory = s.directory();
        qInfo() << "sandbox" << s.host() << s.port() << s.user() << s.socketPath();
        s.execSql(QStringLiteral("CREATE DATABASE IF NOT EXISTS p; SELECT CURRENT_USER();"));
        try {
            s.execSql(QStringLiteral("SELECT syntax error here"));
        } catch (const dts::Error &e) {
            qWarning().noquote() << e.describe();
        }
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(s.serverPid()));
        if (f.open(QIODevice::ReadOnly))
            cmdline = f.readAll();
        s.execSql(QStringLiteral("FLUSH LOGS"));
        logs = readAllFiles(directory, {QStringLiteral("*.log"), QStringLiteral("binlog.*"), QStringLiteral("*.stderr")});
    }

    std::fflush(stdout);
    std::fflush(stderr);
    ::dup2(savedOut, 1);
    ::dup2(savedErr, 2);
    ::close(savedOut);
    ::close(savedErr);
    capture.seek(0);
    const QByteArray output = capture.readAll();
    std::fwrite(output.constData(), 1, size_t(output.size()), stdout);  // keep what we swallowed visible

    QVERIFY(password.size() >= 16);
    QVERIFY(output.contains("sandbox"));  // the capture worked
    QVERIFY(output.contains("syntax"));
    QVERIFY2(!output.contains(password.toUtf8()), "password printed to stdout/stderr");
    QVERIFY(!logs.isEmpty());
    QVERIFY2(!logs.contains(password.toUtf8()), "password in the server's logs or binlogs");
    QVERIFY(!cmdline.isEmpty());
    QVERIFY2(!cmdline.contains(password.toUtf8()), "password on mariadbd's command line");
    QVERIFY(!QFileInfo::exists(directory));
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(kChildEnv))
        return orphanChildMain(argc, argv);
    // What QTEST_GUILESS_MAIN expands to; spelled out for the child mode above.
    QCoreApplication app(argc, argv);
    TstLocalServer tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_localserver.moc"
