#pragma once
// A throw-away mariadbd on loopback for tests, the embedded default and benchmarks.
// The data directory lives under a per-process temp dir; the server dies with us
// (PR_SET_PDEATHSIG) and leftovers of crashed runs are swept on the next start.
#include <QString>
#include <QStringList>
#include <memory>

namespace dts {

class LocalServer {
public:
    struct Options {
        QString name = QStringLiteral("sandbox");  // used in the temp dir name and in errors
        int serverId = 1;
        bool logBin = true;
        QString binlogFormat = QStringLiteral("ROW");      // ROW | STATEMENT | MIXED
        QString binlogRowImage = QStringLiteral("FULL");   // FULL | MINIMAL | NOBLOB
        QString binlogRowMetadata = QStringLiteral("FULL");
        int lowerCaseTableNames = 0;
        bool localInfile = true;
        QString sqlMode;              // empty: server default
        qint64 maxAllowedPacket = 0;  // 0: server default
        int bufferPoolMb = 128;
        QStringList extraArgs;        // appended verbatim, e.g. "--gtid-strict-mode=1"
    };

    explicit LocalServer(Options options);
    LocalServer();
    ~LocalServer();  // stops the server and removes its directory
    LocalServer(const LocalServer &) = delete;
    LocalServer &operator=(const LocalServer &) = delete;

    // Initialises the data dir (mariadb-install-db), starts mariadbd on 127.0.0.1 and a free port,
    // waits until it accepts connections and creates the admin account. Throws dts::Error.
    // The server is tied to the calling *thread* (PR_SET_PDEATHSIG fires when it exits): call
    // start() on a long-lived thread such as the main thread, not on a pool worker.
    // After shutdown(), start() brings the same server back instead: same data dir, port and password
    // (throws if the port was taken meanwhile).
    void start();
    // Stops mariadbd and removes its directory; the next start() is a fresh server on a new port.
    void stop();
    // Shuts mariadbd down cleanly (SIGTERM, as an administrator would) but keeps its directory, port
    // and password, so that start() restarts it: clients see a server restart. stop() still cleans up.
    void shutdown();
    bool isRunning() const;

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const;
    QString user() const;        // admin account with ALL PRIVILEGES WITH GRANT OPTION, reachable over TCP
    QString password() const;    // random per server, never logged
    QString socketPath() const;
    QString dataDir() const;
    QString errorLogPath() const;
    QString directory() const;   // the per-server temp dir holding data/, socket, logs and binlogs; removed by stop(), kept by shutdown()
    qint64 serverPid() const;    // mariadbd's pid, 0 when not running

    // Runs SQL (may hold several statements, DELIMITER works) through the mariadb client over the socket;
    // throws dts::Error with the client's error. Safe to call from several threads.
    void execSql(const QString &sql, const QString &database = {}) const;
    // Runs one query and returns its result as the client prints it with --batch --skip-column-names,
    // trimmed: columns separated by tabs, rows by newlines. Throws dts::Error.
    QString queryValue(const QString &sql, const QString &database = {}) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace dts
