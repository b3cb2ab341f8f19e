#include "sandbox/LocalServer.h"

#include "common/Error.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTcpServer>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace dts {

namespace {

constexpr int kStartTimeoutMs = 30'000;
constexpr int kStopTimeoutMs = 30'000;
constexpr int kSqlTimeoutMs = 10 * 60'000;  // the sample data load goes through execSql
constexpr int kBindAttempts = 5;
const QString kDirPrefix = QStringLiteral("dts-sandbox-");

QString currentUserName()
{
    if (const passwd *pw = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

bool runningAsRoot() { return ::geteuid() == 0; }

// Debian keeps mariadbd in /usr/sbin, which is not on a normal user's PATH.
QString findProgram(const QStringList &names, const QString &object)
{
    static const QStringList extra = {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"),
                                      QStringLiteral("/usr/local/sbin"), QStringLiteral("/usr/local/bin")};
    for (const QString &n : names) {
        QString p = QStandardPaths::findExecutable(n);
        if (p.isEmpty())
            p = QStandardPaths::findExecutable(n, extra);
        if (!p.isEmpty())
            return p;
    }
    throw Error(ErrorKind::Permanent, object,
                QStringLiteral("program '%1' not found in PATH, /usr/sbin or /usr/bin").arg(names.first()),
                QStringLiteral("install the package mariadb-server (apt-get install mariadb-server mariadb-client)"));
}

// A zombie still answers kill(pid, 0); it is dead for our purposes.
bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray s = stat.readAll();
        const int paren = s.lastIndexOf(')');
        if (paren > 0 && paren + 2 < s.size()) {
            const char state = s.at(paren + 2);
            return state != 'Z' && state != 'X';
        }
    }
    return true;
}

QByteArray procCmdline(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray s = f.readAll();
    s.replace('\0', ' ');
    return s;
}

bool waitForExit(qint64 pid, int ms)
{
    const QDeadlineTimer deadline(ms);
    while (processAlive(pid)) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(20);
    }
    return true;
}

// Removes dts-sandbox-<pid>-* dirs whose owning process is gone (crash, SIGKILL, debugger stop).
// Their mariadbd normally died with the owner (PDEATHSIG); kill it anyway if it did not.
void sweepLeftovers()
{
    static const QRegularExpression re(QStringLiteral("^dts-sandbox-(\\d+)-"));
    const QDir tmp(QDir::tempPath());
    const auto entries = tmp.entryInfoList({kDirPrefix + QLatin1Char('*')}, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &fi : entries) {
        if (fi.isSymLink() || fi.ownerId() != ::geteuid())
            continue;
        const auto m = re.match(fi.fileName());
        if (!m.hasMatch())
            continue;
        const qint64 owner = m.captured(1).toLongLong();
        if (owner == ::getpid() || processAlive(owner))
            continue;
        QFile pidFile(fi.absoluteFilePath() + QStringLiteral("/mysqld.pid"));
        if (pidFile.open(QIODevice::ReadOnly)) {
            const qint64 pid = pidFile.readAll().trimmed().toLongLong();
            // Only kill what is verifiably ours: the pid may have been recycled since.
            if (processAlive(pid) && procCmdline(pid).contains(fi.absoluteFilePath().toLocal8Bit())) {
                ::kill(pid_t(pid), SIGKILL);
                waitForExit(pid, 5000);
            }
        }
        QDir(fi.absoluteFilePath()).removeRecursively();
    }
}

quint16 pickFreePort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

QString randomToken(int len)
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString s;
    s.reserve(len);
    auto *rng = QRandomGenerator::system();
    for (int i = 0; i < len; ++i)
        s += QLatin1Char(alphabet[rng->bounded(int(sizeof(alphabet) - 1))]);
    return s;
}

// mysql_native_password hash, so the plain password never reaches the server (binlog, processlist).
QString nativePasswordHash(const QString &password)
{
    const QByteArray once = QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("*") + QString::fromLatin1(QCryptographicHash::hash(once, QCryptographicHash::Sha1).toHex().toUpper());
}

QString sanitizeName(const QString &name)
{
    QString s;
    for (QChar c : name)
        s += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('_') ? c : QLatin1Char('_');
    if (s.isEmpty())
        s = QStringLiteral("sandbox");
    return s.left(24);
}

QString tailLines(const QString &path, qint64 from, int lines)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    if (from > 0 && from <= f.size())
        f.seek(from);
    QStringList all = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    while (!all.isEmpty() && all.last().trimmed().isEmpty())
        all.removeLast();
    if (all.size() > lines)
        all = all.mid(all.size() - lines);
    return all.join(QLatin1Char('\n'));
}

}  // namespace

struct LocalServer::Private {
    Options o;
    QString dir;       // <tmp>/dts-sandbox-<pid>-<name>-<random>
    QString password;  // empty until the accounts exist
    bool passwordActive = false;  // root@localhost has the password (socket logins need it)
    quint16 port = 0;
    QString clientPath;
    std::unique_ptr<QProcess> proc;
    bool keptForRestart = false;  // shut down by shutdown(): start() relaunches dir and port as they are

    QString object() const { return QStringLiteral("sandbox mariadbd (port %1)").arg(port); }
    QString socket() const { return dir + QStringLiteral("/mysqld.sock"); }
    QString errorLog() const { return dir + QStringLiteral("/error.log"); }
    // mariadbd deletes every #sql* file in its tmpdir at startup: a shared /tmp would let one
    // sandbox (or its mariadb-install-db) destroy another's temporary tables.
    QString tmpDir() const { return dir + QStringLiteral("/tmp"); }

    QString scrub(QString s) const
    {
        if (!password.isEmpty())
            s.replace(password, QStringLiteral("******"));
        return s;
    }

    struct ClientResult {
        int exitCode = -1;
        bool timedOut = false;
        QByteArray out, err;
    };

    ClientResult runClient(QStringList extra, const QByteArray &input, int timeoutMs) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // MYSQL_HOST & co. would redirect the client elsewhere.
        for (const char *v : {"MYSQL_HOST", "MYSQL_TCP_PORT", "MYSQL_UNIX_PORT", "MYSQL_PWD", "MYSQL_HISTFILE"})
            env.remove(QString::fromLatin1(v));
        if (passwordActive)
            env.insert(QStringLiteral("MYSQL_PWD"), password);  // never on the command line (ps would show it)
        p.setProcessEnvironment(env);
        QStringList args = {QStringLiteral("--no-defaults"), QStringLiteral("--protocol=socket"),
                            QStringLiteral("--socket=") + socket(), QStringLiteral("--user=root"),
                            QStringLiteral("--default-character-set=utf8mb4"), QStringLiteral("--batch")};
        args += extra;
        p.start(clientPath, args);
        ClientResult r;
        if (!p.waitForStarted(10'000)) {
            r.err = p.errorString().toUtf8();
            return r;
        }
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(timeoutMs)) {
            r.timedOut = true;
            p.kill();
            p.waitForFinished(5000);
        }
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        if (!r.timedOut)
            r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return r;
    }

    ClientResult runSql(const QString &sql, const QString &database, bool skipColumnNames) const
    {
        QStringList extra;
        if (!database.isEmpty())
            extra << QStringLiteral("--database=") + database;
        if (skipColumnNames)
            extra << QStringLiteral("--skip-column-names");
        ClientResult r = runClient(extra, sql.toUtf8(), kSqlTimeoutMs);
        if (r.timedOut)
            throw Error(ErrorKind::Permanent, object(),
                        QStringLiteral("SQL did not finish within %1 minutes").arg(kSqlTimeoutMs / 60'000),
                        QStringLiteral("see %1").arg(errorLog()));
        if (r.exitCode != 0)
            throwSqlError(QString::fromUtf8(r.err));
        return r;
    }

    // The client reports "--------------\n<statement>\n--------------\n\nERROR 1064 (42000) at line 1: ...";
    // lead with the ERROR line, keep the statement short (it may be a 200-line INSERT).
    [[noreturn]] void throwSqlError(const QString &stderrText) const
    {
        static const QRegularExpression errRe(QStringLiteral("^ERROR (\\d+)"), QRegularExpression::MultilineOption);
        const QString text = scrub(stderrText);
        QStringList errors, statement;
        bool inStatement = false;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (line == QLatin1String("--------------"))
                inStatement = !inStatement;
            else if (inStatement)
                statement << line.trimmed();
            else if (!line.trimmed().isEmpty())
                errors << line.trimmed();
        }
        QString message = QStringLiteral("SQL failed: ") +
                          (errors.isEmpty() ? QStringLiteral("mariadb client exited with an error") : errors.join(QLatin1Char('\n')));
        QString stmt = statement.join(QLatin1Char(' ')).simplified();
        if (stmt.size() > 300)
            stmt = stmt.left(300) + QStringLiteral("...");
        if (!stmt.isEmpty())
            message += QStringLiteral("\n  statement: ") + stmt;
        const auto m = errRe.match(text);
        const QString fix = text.contains(QLatin1String("Can't connect"))
                                ? QStringLiteral("the sandbox server is not running; see %1").arg(errorLog())
                                : QString();
        throw Error(ErrorKind::Permanent, object(), message, fix, m.hasMatch() ? m.captured(1).toInt() : 0);
    }

    // SIGTERM: mariadbd shuts down cleanly (InnoDB and binlog closed); SIGKILL if it hangs.
    void terminateServer()
    {
        if (proc && proc->state() != QProcess::NotRunning) {
            proc->terminate();
            if (!proc->waitForFinished(kStopTimeoutMs)) {
                proc->kill();
                proc->waitForFinished(5000);
            }
        }
        proc.reset();
    }

    void killServer()
    {
        if (!proc)
            return;
        if (proc->state() != QProcess::NotRunning) {
            proc->kill();
            proc->waitForFinished(5000);
        }
        proc.reset();
    }

    void removeDir()
    {
        if (!dir.isEmpty())
            QDir(dir).removeRecursively();
        dir.clear();
    }

    void initDataDir();
    // Returns false when the port was taken under our feet (caller retries with another one).
    // fixedPort 0: a free port is picked.
    bool launch(const QString &mariadbd, quint16 fixedPort = 0);
    void relaunch();
    void createAccounts();
};

LocalServer::LocalServer(Options options) : d(std::make_unique<Private>())
{
    d->o = std::move(options);
}

LocalServer::LocalServer() : LocalServer(Options{}) {}

LocalServer::~LocalServer()
{
    try {
        stop();
    } catch (...) {
    }
}

void LocalServer::Private::initDataDir()
{
    const QString installDb = findProgram({QStringLiteral("mariadb-install-db"), QStringLiteral("mysql_install_db")}, object());
    QStringList args = {QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + dir + QStringLiteral("/data"),
                        QStringLiteral("--auth-root-authentication-method=normal"), QStringLiteral("--skip-test-db"),
                        QStringLiteral("--tmpdir=") + tmpDir()};
    if (runningAsRoot())
        args << QStringLiteral("--user=") + currentUserName();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(installDb, args);
    const bool ok = p.waitForStarted(10'000) && p.waitForFinished(120'000) && p.exitStatus() == QProcess::NormalExit &&
                    p.exitCode() == 0;
    if (!ok) {
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished(5000);
        }
        // The cause comes first; the rest is a generic troubleshooting text.
        QStringList out = QString::fromUtf8(p.readAll()).trimmed().split(QLatin1Char('\n'));
        const qsizetype boilerplate = out.indexOf(QStringLiteral("The problem could be conflicting information in an external"));
        out = out.mid(0, std::min<qsizetype>(boilerplate < 0 ? out.size() : boilerplate, 15));
        throw Error(ErrorKind::Permanent, object(),
                    QStringLiteral("mariadb-install-db failed (%1):\n%2").arg(p.errorString(), out.join(QLatin1Char('\n'))),
                    QStringLiteral("check that %1 is writable and has free space").arg(QDir::tempPath()));
    }
}

bool LocalServer::Private::launch(const QString &mariadbd, quint16 fixedPort)
{
    port = fixedPort ? fixedPort : pickFreePort();
    if (port == 0)
        throw Error(ErrorKind::Permanent, object(), QStringLiteral("cannot find a free TCP port on 127.0.0.1"));

    QStringList args = {
        QStringLiteral("--no-defaults"),
        QStringLiteral("--datadir=") + dir + QStringLiteral("/data"),
        QStringLiteral("--socket=") + socket(),
        QStringLiteral("--port=%1").arg(port),
        QStringLiteral("--bind-address=127.0.0.1"),
        QStringLiteral("--pid-file=") + dir + QStringLiteral("/mysqld.pid"),
        QStringLiteral("--log-error=") + errorLog(),
        QStringLiteral("--tmpdir=") + tmpDir(),
        QStringLiteral("--server-id=%1").arg(o.serverId),
        QStringLiteral("--character-set-server=utf8mb4"),
        QStringLiteral("--collation-server=utf8mb4_general_ci"),
        QStringLiteral("--innodb-buffer-pool-size=%1M").arg(o.bufferPoolMb),
        QStringLiteral("--innodb-log-file-size=32M"),
        QStringLiteral("--skip-name-resolve"),
        QStringLiteral("--local-infile=%1").arg(o.localInfile ? 1 : 0),
        QStringLiteral("--max-connections=500"),
    };
    if (o.logBin)
        args << QStringLiteral("--log-bin=") + dir + QStringLiteral("/binlog");
    // Set even without a binlog: prechecks read these variables and must see what was asked for.
    args << QStringLiteral("--binlog-format=") + o.binlogFormat
         << QStringLiteral("--binlog-row-image=") + o.binlogRowImage
         << QStringLiteral("--binlog-row-metadata=") + o.binlogRowMetadata;
    args << QStringLiteral("--lower-case-table-names=%1").arg(o.lowerCaseTableNames);
    if (!o.sqlMode.isEmpty())
        args << QStringLiteral("--sql-mode=") + o.sqlMode;
    if (o.maxAllowedPacket > 0)
        args << QStringLiteral("--max-allowed-packet=%1").arg(o.maxAllowedPacket);
    if (runningAsRoot())
        args << QStringLiteral("--user=") + currentUserName();  // mariadbd refuses to run as root otherwise
    args += o.extraArgs;

    const qint64 logOffset = QFileInfo(errorLog()).size();
    proc = std::make_unique<QProcess>();
    proc->setStandardInputFile(QProcess::nullDevice());
    proc->setStandardOutputFile(QProcess::nullDevice());
    proc->setStandardErrorFile(dir + QStringLiteral("/mariadbd.stderr"), QIODevice::Append);
    const pid_t parent = ::getpid();
    // The server must not outlive us, even on SIGKILL. Caveat: PDEATHSIG fires when the *thread*
    // that forked exits, not the process, so start() belongs on a thread that lives as long as the
    // server (the main thread in tests and the app). --user=<ourselves> does not change credentials,
    // so mariadbd keeps the setting.
    proc->setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)  // we died before prctl took effect
            ::_exit(127);
    });
    proc->start(mariadbd, args);
    if (!proc->waitForStarted(10'000))
        throw Error(ErrorKind::Permanent, object(), QStringLiteral("cannot start %1: %2").arg(mariadbd, proc->errorString()));

    const QDeadlineTimer deadline(kStartTimeoutMs);
    for (;;) {
        // waitForFinished doubles as the poll interval and notices an early exit.
        if (proc->state() == QProcess::NotRunning || proc->waitForFinished(100)) {
            const QString tail = tailLines(errorLog(), logOffset, 20);
            proc.reset();
            if (tail.contains(QLatin1String("Bind on TCP/IP port")) || tail.contains(QLatin1String("Address already in use")))
                return false;
            const QString stderrTail = tailLines(dir + QStringLiteral("/mariadbd.stderr"), 0, 20);
            throw Error(ErrorKind::Permanent, object(),
                        QStringLiteral("mariadbd exited during startup; last lines of %1:\n%2")
                            .arg(errorLog(), tail.isEmpty() ? stderrTail : tail),
                        QStringLiteral("check the options passed to the sandbox (extraArgs, sqlMode, ...)"));
        }
        if (QFileInfo::exists(socket())) {
            const ClientResult r = runClient({QStringLiteral("--execute=SELECT 1")}, {}, 10'000);
            if (r.exitCode == 0)
                return true;
        }
        if (deadline.hasExpired()) {
            killServer();
            throw Error(ErrorKind::Permanent, object(),
                        QStringLiteral("mariadbd did not accept connections within %1 s; last lines of %2:\n%3")
                            .arg(kStartTimeoutMs / 1000)
                            .arg(errorLog(), tailLines(errorLog(), logOffset, 20)),
                        QStringLiteral("the machine may be overloaded; see the error log"));
        }
    }
}

void LocalServer::Private::createAccounts()
{
    password = randomToken(20);
    const QString hash = nativePasswordHash(password);
    // Not binlogged: a replica or our own binlog reader should see user data only. The other
    // root@<host> entries mariadb-install-db made have no password; ::1 and the host name are
    // unreachable here (127.0.0.1 only, --skip-name-resolve), drop them anyway.
    QString sql = QStringLiteral("SET SESSION sql_log_bin = 0;\n"
                                 "DROP USER IF EXISTS 'root'@'::1';\n");
    const QString host = QSysInfo::machineHostName();
    if (!host.isEmpty() && host != QLatin1String("localhost") && !host.contains(QLatin1Char('\'')))
        sql += QStringLiteral("DROP USER IF EXISTS 'root'@'%1';\n").arg(host);
    for (const char *h : {"127.0.0.1", "%"}) {
        sql += QStringLiteral("CREATE OR REPLACE USER 'root'@'%1' IDENTIFIED BY PASSWORD '%2';\n"
                              "GRANT ALL PRIVILEGES ON *.* TO 'root'@'%1' WITH GRANT OPTION;\n")
                   .arg(QLatin1String(h), hash);
    }
    sql += QStringLiteral("ALTER USER 'root'@'localhost' IDENTIFIED BY PASSWORD '%1';\n").arg(hash);
    runSql(sql, {}, false);
    passwordActive = true;
}

// The data dir is initialised and the accounts exist: only mariadbd is started again, on the port
// clients know. The dir stays on failure, so start() can be tried again (stop() removes it).
void LocalServer::Private::relaunch()
{
    const QString mariadbd = findProgram({QStringLiteral("mariadbd"), QStringLiteral("mysqld")}, object());
    bool up = false;
    for (int attempt = 0; attempt < kBindAttempts && !up; ++attempt) {
        if (attempt > 0)
            QThread::msleep(500);  // a socket of the previous run may hold the port for a moment
        up = launch(mariadbd, port);
    }
    if (!up)
        throw Error(ErrorKind::Permanent, object(), QStringLiteral("port %1 was taken while the server was shut down").arg(port),
                    QStringLiteral("stop() and start() the sandbox for a new port, or free the port"));
    keptForRestart = false;
}

void LocalServer::start()
{
    if (isRunning())
        return;
    if (d->keptForRestart) {
        d->relaunch();
        return;
    }
    stop();  // a previous server that died on its own: clean up its dir

    sweepLeftovers();
    d->port = 0;
    const QString mariadbd = findProgram({QStringLiteral("mariadbd"), QStringLiteral("mysqld")}, d->object());
    d->clientPath = findProgram({QStringLiteral("mariadb"), QStringLiteral("mysql")}, d->object());

    d->dir = QDir::tempPath() + QLatin1Char('/') + kDirPrefix +
             QStringLiteral("%1-%2-%3").arg(::getpid()).arg(sanitizeName(d->o.name), randomToken(8));
    try {
        if (d->socket().toLocal8Bit().size() >= int(sizeof(sockaddr_un::sun_path)))
            throw Error(ErrorKind::Permanent, d->object(), QStringLiteral("socket path too long: %1").arg(d->socket()),
                        QStringLiteral("set TMPDIR to a shorter directory"));
        // 0700: the socket accepts root before the password is set.
        if (::mkdir(QFile::encodeName(d->dir).constData(), 0700) != 0)
            throw Error(ErrorKind::Permanent, d->object(),
                        QStringLiteral("cannot create %1: %2").arg(d->dir, QString::fromLocal8Bit(strerror(errno))),
                        QStringLiteral("check that %1 is writable").arg(QDir::tempPath()));
        QDir().mkdir(d->tmpDir());

        d->initDataDir();
        bool up = false;
        for (int attempt = 0; attempt < kBindAttempts && !up; ++attempt)
            up = d->launch(mariadbd);
        if (!up)
            throw Error(ErrorKind::Permanent, d->object(),
                        QStringLiteral("could not bind a TCP port after %1 attempts").arg(kBindAttempts),
                        QStringLiteral("check for processes grabbing ephemeral ports on 127.0.0.1"));
        d->createAccounts();
    } catch (...) {
        d->killServer();
        d->removeDir();
        d->password.clear();
        d->passwordActive = false;
        throw;
    }
}

void LocalServer::stop()
{
    d->terminateServer();
    d->keptForRestart = false;
    d->removeDir();
    d->password.clear();
    d->passwordActive = false;
    d->port = 0;
}

void LocalServer::shutdown()
{
    if (!isRunning())
        throw Error(ErrorKind::Permanent, d->object(), QStringLiteral("shutdown() of a server that is not running"),
                    QStringLiteral("call start() first"));
    d->terminateServer();
    d->keptForRestart = true;
}

bool LocalServer::isRunning() const
{
    // waitForFinished(0) reaps an exit we have not noticed yet (no event loop needed).
    return d->proc && d->proc->state() != QProcess::NotRunning && !d->proc->waitForFinished(0);
}

quint16 LocalServer::port() const { return d->port; }
QString LocalServer::user() const { return QStringLiteral("root"); }
QString LocalServer::password() const { return d->password; }
QString LocalServer::socketPath() const { return d->dir.isEmpty() ? QString() : d->socket(); }
QString LocalServer::dataDir() const { return d->dir.isEmpty() ? QString() : d->dir + QStringLiteral("/data"); }
QString LocalServer::errorLogPath() const { return d->dir.isEmpty() ? QString() : d->errorLog(); }
QString LocalServer::directory() const { return d->dir; }
qint64 LocalServer::serverPid() const { return d->proc ? d->proc->processId() : 0; }

// execSql/queryValue only read immutable state and run their own client process, so other threads
// may call them while the owner thread holds the server (isRunning() touches the QProcess: owner only).
void LocalServer::execSql(const QString &sql, const QString &database) const
{
    if (!d->passwordActive)
        throw Error(ErrorKind::Permanent, d->object(), QStringLiteral("server is not started"),
                    QStringLiteral("call start() first"));
    d->runSql(sql, database, false);
}

QString LocalServer::queryValue(const QString &sql, const QString &database) const
{
    if (!d->passwordActive)
        throw Error(ErrorKind::Permanent, d->object(), QStringLiteral("server is not started"),
                    QStringLiteral("call start() first"));
    return QString::fromUtf8(d->runSql(sql, database, true).out).trimmed();
}

}  // namespace dts
