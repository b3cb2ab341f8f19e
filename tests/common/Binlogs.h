#pragma once
// The shared test binlogs and mariadb-binlog, the independent oracle the decoder tests compare with.
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <optional>

namespace dts::test {

inline QString binlogDir() { return qEnvironmentVariable("DTS_TESTDATA") + QStringLiteral("/binlogs"); }

inline QString oracleBinary() { return QStandardPaths::findExecutable(QStringLiteral("mariadb-binlog")); }

// mariadb-binlog's standard output for `args`; nullopt when the program (package mariadb-client) is missing.
inline std::optional<QString> runOracle(const QStringList &args)
{
    const QString bin = oracleBinary();
    if (bin.isEmpty())
        return std::nullopt;
    QProcess p;
    p.start(bin, args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

}  // namespace dts::test
