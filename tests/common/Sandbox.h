#pragma once
// Shared by the integration tests: sandbox servers, connections, task files and the dts binary.
#include "change/Position.h"
#include "common/Error.h"
#include "mysql/Catalog.h"
#include "mysql/Connection.h"
#include "sandbox/LocalServer.h"
#include "sandbox/SandboxPair.h"
#include "task/TaskSpec.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <arpa/inet.h>
#include <memory>
#include <netinet/in.h>
#include <optional>
#include <sys/socket.h>
#include <unistd.h>

namespace dts::test {

using sandbox::endpointOf;

// A port on 127.0.0.1 that nothing listens on: bound to learn a free number, then closed again.
inline int closedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0)
        qFatal("cannot bind a loopback socket");
    socklen_t len = sizeof a;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len);
    ::close(fd);
    return ntohs(a.sin_port);
}

// A source (server id 1) and a destination (server id 2), started; names show in the sandbox dirs.
struct ServerPair {
    std::unique_ptr<LocalServer> source, destination;
    explicit ServerPair(const QString &prefix)
    {
        LocalServer::Options s, d;
        s.name = prefix + QStringLiteral("-src");
        d.name = prefix + QStringLiteral("-dst");
        d.serverId = 2;
        source = std::make_unique<LocalServer>(s);
        destination = std::make_unique<LocalServer>(d);
        source->start();
        destination->start();
    }
};

inline std::unique_ptr<Connection> connectTo(const LocalServer &s, const QString &role = QStringLiteral("source"),
                                           bool rawBytes = false)
{
    ConnectOptions o;
    o.role = role;
    o.rawBytes = rawBytes;
    return std::make_unique<Connection>(endpointOf(s), o);
}

inline TaskSpec taskFor(const LocalServer &src, const LocalServer &dst, QList<DatabaseSelection> objects,
                        const QString &name = QStringLiteral("test task"))
{
    TaskSpec t;
    t.name = name;
    t.source = endpointOf(src);
    t.destination = endpointOf(dst);
    // The same suites run once more with DTS_TEST_DEST_ENGINE=polardb (see tests/CMakeLists.txt).
    t.destinationEngine = qEnvironmentVariable("DTS_TEST_DEST_ENGINE", QStringLiteral("mysql"));
    t.destination.engine = t.destinationEngine;
    t.syncIncremental = false;
    t.objects = std::move(objects);
    t.advanced.fullReaders = 2;
    t.advanced.writers = 2;
    return t;
}

// Writes the task with its passwords taken from variables, as a user would keep it; returns the
// environment that holds them.
inline QProcessEnvironment writeTask(const TaskSpec &task, const QString &path)
{
    TaskSpec t = task;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    t.source.passwordEnv = QStringLiteral("DTS_TEST_SOURCE_PASSWORD");
    t.destination.passwordEnv = QStringLiteral("DTS_TEST_DEST_PASSWORD");
    env.insert(t.source.passwordEnv, task.source.password);
    env.insert(t.destination.passwordEnv, task.destination.password);
    t.save(path, false);
    return env;
}

struct DtsResult {
    int exitCode = -1;
    QString out, err;
};

inline QString dtsBinary()
{
    const QString bin = qEnvironmentVariable("DTS_BIN");
    return bin.isEmpty() ? QStringLiteral("dts") : bin;
}

inline DtsResult runDts(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                        int timeoutMs = 600000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(dtsBinary(), args);
    DtsResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Every row of a query as hex text, for exact comparison (raw bytes, no charset conversion).
inline QStringList rowsOf(Connection &c, const QString &sql)
{
    QStringList out;
    for (const SqlRow &r : c.query(sql).rows) {
        QStringList cells;
        for (const QVariant &v : r)
            cells << (v.isNull() ? QStringLiteral("NULL") : QString::fromLatin1(v.toByteArray().toHex()));
        out << cells.join('|');
    }
    return out;
}

inline QString checksum(Connection &c, const QString &qualified)
{
    return c.query(QStringLiteral("CHECKSUM TABLE %1 EXTENDED").arg(qualified)).rows.value(0).value(1).toString();
}

// Every row of db.table on both sides compared as hex, in `order`; the first difference, empty when equal.
inline QString tableDifference(Connection &source, Connection &destination, const QString &db, const QString &table,
                               const QString &order = QStringLiteral("1"))
{
    const QString sql = QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(quoteIdent(db, table), order);
    const QStringList src = rowsOf(source, sql), dst = rowsOf(destination, sql);
    for (int i = 0; i < qMin(src.size(), dst.size()); ++i)
        if (src[i] != dst[i])
            return QStringLiteral("%1.%2 row %3 differs:\n source      %4\n destination %5")
                .arg(db, table)
                .arg(i)
                .arg(src[i].left(300), dst[i].left(300));
    if (src.size() != dst.size())
        return QStringLiteral("%1.%2: %3 rows at the source, %4 at the destination").arg(db, table).arg(src.size()).arg(dst.size());
    return {};
}

// The source's binlog position now (SHOW MASTER STATUS).
inline QPair<QString, quint64> binlogPositionOf(const LocalServer &s)
{
    auto c = connectTo(s);
    const auto status = binlogStatus(*c);
    if (!status)
        qFatal("SHOW MASTER STATUS is empty: the sandbox has no binlog");
    return *status;
}

// `dts args` in the background, its output going to files in `dir` (a pipe nobody reads would block it
// once full); killed if still running when destroyed.
class BackgroundDts {
public:
    BackgroundDts(const QStringList &args, const QProcessEnvironment &env, const QString &dir)
        : m_out(dir + QStringLiteral("/dts.stdout")), m_err(dir + QStringLiteral("/dts.stderr"))
    {
        m_p.setProcessEnvironment(env);
        m_p.setStandardOutputFile(m_out);
        m_p.setStandardErrorFile(m_err);
        m_p.start(dtsBinary(), args);
        m_p.waitForStarted();
    }
    ~BackgroundDts()
    {
        if (m_p.state() != QProcess::NotRunning) {
            m_p.kill();
            m_p.waitForFinished();
        }
    }
    // waitForFinished(0) notices an exit (a crash too) without an event loop.
    bool isRunning() const { return m_p.state() != QProcess::NotRunning && !m_p.waitForFinished(0); }
    QString out() const { return readAll(m_out); }
    QString err() const { return readAll(m_err); }
    // For failure messages: the exit state and the ends of both outputs.
    QString output() const
    {
        const QString state = isRunning()                              ? QStringLiteral("dts is running")
                              : m_p.exitStatus() == QProcess::CrashExit ? QStringLiteral("dts crashed")
                                                                        : QStringLiteral("dts exited with code %1").arg(m_p.exitCode());
        return state + QStringLiteral("\n--- stdout (end)\n") + out().right(3000) + QStringLiteral("\n--- stderr (end)\n") + err().right(3000);
    }
    // SIGTERM (dts stops at a transaction boundary); the exit code, -1 if it crashed or did not stop in time.
    int terminate(int timeoutMs = 30000)
    {
        m_p.terminate();
        if (!m_p.waitForFinished(timeoutMs)) {
            m_p.kill();
            m_p.waitForFinished();
            return -1;
        }
        return m_p.exitStatus() == QProcess::NormalExit ? m_p.exitCode() : -1;
    }

private:
    static QString readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    QString m_out, m_err;
    mutable QProcess m_p;
};

// Follows the checkpoint of one `dts run` at the destination (dts_studio_meta.incremental_position:
// rows "<run id>" and "<run id>#<n>", one per applier, each written in the same transaction as the data
// it covers): the run is the one whose rows were not there when the watch was made, and what it has
// applied for sure is its oldest row. Every look opens a new connection, so the watch outlives restarts
// of the destination; while the destination is away there is no checkpoint to see.
class CheckpointWatch {
public:
    explicit CheckpointWatch(const LocalServer &destination) : m_dst(destination)
    {
        for (const QString &id : rows().keys())
            m_earlier.insert(id.section(QLatin1Char('#'), 0, 0));
    }

    std::optional<Position> current() const
    {
        std::optional<Position> oldest;
        const QHash<QString, Position> all = rows();
        for (auto it = all.begin(); it != all.end(); ++it)
            if (!m_earlier.contains(it.key().section(QLatin1Char('#'), 0, 0)) && (!oldest || comparePositions(*it, *oldest) < 0))
                oldest = *it;
        return oldest;
    }
    // Polls until the run's checkpoint reaches file:offset (any checkpoint when file is empty); false when
    // `dts` exits or the time is up first.
    bool waitFor(const BackgroundDts &dts, int timeoutMs, const QString &file = {}, quint64 offset = 0) const
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs && dts.isRunning()) {
            if (const auto p = current(); p && (file.isEmpty() || compareBinlogPositions(p->file, p->offset, file, offset) >= 0))
                return true;
            QThread::msleep(100);
        }
        return false;
    }

private:
    QHash<QString, Position> rows() const
    {
        QHash<QString, Position> out;
        try {
            auto c = connectTo(m_dst, QStringLiteral("destination"));
            for (const SqlRow &r : c->query(QStringLiteral("SELECT run_id, position FROM dts_studio_meta.incremental_position")).rows)
                out.insert(r.value(0).toString(), Position::fromJson(QJsonDocument::fromJson(r.value(1).toByteArray()).object()));
        } catch (const Error &) {
            // not created yet, or the destination is down
        }
        return out;
    }
    const LocalServer &m_dst;
    QSet<QString> m_earlier;  // run ids
};

// A script of tests/integration/sql/ (long SQL stays out of the .cpp files: moc cannot parse raw strings).
inline QString readSql(const QString &name)
{
    QFile f(QStringLiteral(DTS_SOURCE_DIR "/tests/integration/sql/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return QString::fromUtf8(f.readAll());
}

}  // namespace dts::test
