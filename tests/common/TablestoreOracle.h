#pragma once
// The loopback Tablestore (tests/oracles/tablestore/server.js, on the vendor's npm SDK) for a test: started
// with an AccessKey pair and an instance name, stopped with the test (it exits when its stdin closes).
// Its test hooks: stats() counters and inject() answers with an error code for the next calls of an action.
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <memory>

class OtsOracle {
public:
    static constexpr const char *kAccessKeyId = "test-ak";
    static constexpr const char *kSecret = "test-secret";
    static constexpr const char *kInstance = "inst";

    // Empty error(): listening at endpoint().
    OtsOracle()
    {
        const QString dir = QStringLiteral(DTS_SOURCE_DIR "/tests/oracles/tablestore");
        if (!QFile::exists(dir + "/node_modules/tablestore/package.json")) {
            m_error = "the oracle's npm packages are not installed: run `npm ci` in tests/oracles/tablestore (installer/dev.sh test does it)";
            return;
        }
        m_server.setWorkingDirectory(dir);
        m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_server.start("node", {"server.js", "0", kAccessKeyId, kSecret, kInstance});
        if (!m_server.waitForStarted(10000)) {
            m_error = "node did not start: install nodejs";
            return;
        }
        while (!m_server.canReadLine() && m_server.state() == QProcess::Running)
            m_server.waitForReadyRead(200);
        const QByteArray line = m_server.readLine().trimmed();
        if (!line.startsWith("listening ")) {
            m_error = "the oracle did not start listening: " + QString::fromUtf8(line);
            return;
        }
        m_endpoint = "http://127.0.0.1:" + QString::fromLatin1(line.mid(10));
    }
    ~OtsOracle()
    {
        m_server.closeWriteChannel();
        if (!m_server.waitForFinished(5000))
            m_server.kill();
        m_server.waitForFinished(2000);
    }
    const QString &error() const { return m_error; }
    const QString &endpoint() const { return m_endpoint; }

    QJsonObject stats() { return hook("stats"); }
    // The next `times` calls of `action` fail with `code` ("clear": forget what was injected).
    void inject(const QString &action, const QString &code, int times)
    {
        hook("inject", {{"action", action}, {"code", code}, {"times", times}});
    }

private:
    QJsonObject hook(const QByteArray &path, const QJsonObject &post = {})
    {
        QNetworkAccessManager net;
        QNetworkRequest req(QUrl(m_endpoint + "/_oracle/" + path));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        std::unique_ptr<QNetworkReply> r(post.isEmpty() ? net.get(req) : net.post(req, QJsonDocument(post).toJson()));
        QEventLoop loop;
        QObject::connect(r.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        return QJsonDocument::fromJson(r->readAll()).object();
    }

    QProcess m_server;
    QString m_endpoint, m_error;
};
