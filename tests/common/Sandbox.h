#pragma once
// Shared by the integration tests: sandbox servers, connections, task files and the dts binary.
#include "common/Error.h"
#include "mysql/Connection.h"
#include "sandbox/LocalServer.h"
#include "task/TaskSpec.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

namespace dts::test {

inline Endpoint endpointOf(const LocalServer &s)
{
    Endpoint e;
    e.host = s.host();
    e.port = s.port();
    e.user = s.user();
    e.password = s.password();
    return e;
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

// A script of tests/integration/sql/ (long SQL stays out of the .cpp files: moc cannot parse raw strings).
inline QString readSql(const QString &name)
{
    QFile f(QStringLiteral(DTS_SOURCE_DIR "/tests/integration/sql/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return QString::fromUtf8(f.readAll());
}

}  // namespace dts::test
