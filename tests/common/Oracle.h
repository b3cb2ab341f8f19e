#pragma once
// Starts one of the vendor-SDK oracles (tests/oracles/*.js, run by node) on loopback and stops it with the
// test. The oracle prints one JSON line with its addresses once it listens; it exits when its stdin
// closes, so a crashed test leaves nothing running.
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

class Oracle {
public:
    // Empty error(): running, addresses in info().
    Oracle(const QString &script, const QJsonObject &config)
    {
        const QString dir = QStringLiteral(DTS_SOURCE_DIR "/tests/oracles");
        if (!QDir(dir + QStringLiteral("/node_modules")).exists()) {
            m_error = QStringLiteral("%1/node_modules is missing: run installer/dev.sh test (it installs the oracles' npm packages)").arg(dir);
            return;
        }
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty()) {
            m_error = QStringLiteral("node is not installed: run installer/dev.sh test (it installs nodejs)");
            return;
        }
        m_process.setProgram(node);
        m_process.setArguments({dir + '/' + script, QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact))});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            m_error = QStringLiteral("node did not start: %1").arg(m_process.errorString());
            return;
        }
        while (!m_process.canReadLine() && m_process.state() == QProcess::Running)
            m_process.waitForReadyRead(200);
        m_info = QJsonDocument::fromJson(m_process.readLine()).object();
        if (m_info.isEmpty())
            m_error = QStringLiteral("%1 did not start (exit code %2)").arg(script).arg(m_process.exitCode());
    }
    ~Oracle() { stop(); }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(3000)) {
            m_process.terminate();
            if (!m_process.waitForFinished(3000))
                m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
    const QString &error() const { return m_error; }
    QString value(const char *key) const { return m_info.value(QLatin1String(key)).toString(); }

private:
    QProcess m_process;
    QJsonObject m_info;
    QString m_error;
};
