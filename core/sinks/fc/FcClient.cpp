#include "sinks/fc/FcClient.h"

#include "common/Error.h"
#include "common/Log.h"
#include "sinks/formats/CanalJson.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>

namespace dts::fc {

QByteArray contentMd5(const QByteArray &body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex().toBase64();
}

QByteArray authorization(const QString &accessKeyId, const QByteArray &secret, const QByteArray &method,
                         const QByteArray &md5, const QByteArray &contentType, const QByteArray &date,
                         const QMap<QByteArray, QByteArray> &headers, const QByteArray &path)
{
    QMap<QByteArray, QByteArray> fc;
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        const QByteArray key = it.key().trimmed().toLower();
        if (key.startsWith("x-fc-"))
            fc.insert(key, it.value());
    }
    QByteArray text = method + '\n' + md5 + '\n' + contentType + '\n' + date + '\n';
    for (auto it = fc.begin(); it != fc.end(); ++it)
        text += it.key() + ':' + it.value() + '\n';
    text += path;
    return "FC " + accessKeyId.toUtf8() + ':' +
           QMessageAuthenticationCode::hash(text, secret, QCryptographicHash::Sha256).toBase64();
}

QByteArray httpDate(const QDateTime &t)
{
    return QLocale::c().toString(t.toTimeZone(QTimeZone::utc()), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

FcClient::FcClient(FcOptions options) : m_o(std::move(options)), m_net(std::make_unique<QNetworkAccessManager>())
{
    auto need = [](const QString &v, const char *name, const char *fix) {
        if (v.trimmed().isEmpty())
            throw Error(ErrorKind::Invalid, QStringLiteral("destination.%1").arg(QLatin1String(name)),
                        QStringLiteral("%1 is empty").arg(QLatin1String(name)), QLatin1String(fix));
    };
    need(m_o.service, "service", "set the Function Compute service name");
    need(m_o.function, "function", "set the function name");
    need(m_o.accessKeyId, "accessKeyId", "set the AccessKey ID (or accessKeyIdEnv)");
    if (m_o.endpoint.isEmpty()) {
        need(m_o.accountId, "accountId", "set the Alibaba Cloud account ID that owns the function");
        need(m_o.region, "region", "set the region, e.g. cn-hangzhou");
    }
    if (m_o.qualifier.isEmpty())
        m_o.qualifier = QStringLiteral("LATEST");
}

FcClient::~FcClient() = default;

QString FcClient::path() const
{
    return QStringLiteral("/2016-08-15/services/%1.%2/functions/%3/invocations").arg(m_o.service, m_o.qualifier, m_o.function);
}

QString FcClient::url() const
{
    const QString base = m_o.endpoint.isEmpty() ? QStringLiteral("https://%1.%2.fc.aliyuncs.com").arg(m_o.accountId, m_o.region)
                                                : m_o.endpoint;
    return (base.endsWith('/') ? base.chopped(1) : base) + path();
}

InvokeResult FcClient::invokeOnce(const QByteArray &payload, QString *retryReason)
{
    return requestOnce("POST", path(), payload, retryReason);
}

InvokeResult FcClient::requestOnce(const QByteArray &method, const QString &requestPath, const QByteArray &payload,
                                   QString *retryReason)
{
    const bool post = method == "POST";
    const QByteArray type = post ? "application/octet-stream" : "", md5 = post ? contentMd5(payload) : "";
    const QByteArray date = httpDate(QDateTime::currentDateTimeUtc());
    QMap<QByteArray, QByteArray> fcHeaders{{"x-fc-account-id", m_o.accountId.toUtf8()}};
    if (post) {
        fcHeaders.insert("x-fc-invocation-type", m_o.invocationType.toUtf8());
        fcHeaders.insert("x-fc-log-type", "None");
    }
    const QString base = url().chopped(path().size());
    QNetworkRequest req{QUrl(base + requestPath)};
    if (post) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, type);
        req.setRawHeader("Content-MD5", md5);
    }
    req.setRawHeader("Date", date);
    for (auto it = fcHeaders.begin(); it != fcHeaders.end(); ++it)
        req.setRawHeader(it.key(), it.value());
    req.setRawHeader("Authorization", authorization(m_o.accessKeyId, m_o.secret, method, md5, type, date, fcHeaders, requestPath.toUtf8()));
    req.setTransferTimeout(m_o.timeoutMs);
    QNetworkReply *reply = post ? m_net->post(req, payload) : m_net->get(req);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> hold(reply, [](QNetworkReply *r) { r->deleteLater(); });
    InvokeResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.requestId = QString::fromUtf8(reply->rawHeader("x-fc-request-id"));
    const QString object = QStringLiteral("function %1.%2/%3").arg(m_o.service, m_o.qualifier, m_o.function);
    if (r.status == 0) {
        *retryReason = QStringLiteral("cannot reach Function Compute at %1: %2").arg(QUrl(url()).host(), reply->errorString());
        return r;
    }
    const QByteArray errorType = reply->rawHeader("x-fc-error-type");
    const QJsonObject answer = QJsonDocument::fromJson(r.body).object();
    const QString message = answer.value(QLatin1String("ErrorMessage")).toString(
        answer.value(QLatin1String("errorMessage")).toString(QString::fromUtf8(r.body.left(500))));
    if (r.status == 429 || r.status >= 500) {
        *retryReason = QStringLiteral("HTTP %1 %2").arg(r.status).arg(message);
        return r;
    }
    if (!errorType.isEmpty())
        throw Error(ErrorKind::Permanent, object,
                    QStringLiteral("the function failed (%1): %2 [request %3]").arg(QString::fromUtf8(errorType), message, r.requestId),
                    QStringLiteral("fix the function's handling of the Records it was given; the batch is sent again on resume"));
    if (r.status == 401 || r.status == 403)
        throw Error(ErrorKind::Permanent, object,
                    QStringLiteral("Function Compute refused the credentials of AccessKey %1 (HTTP %2): %3")
                        .arg(m_o.accessKeyId).arg(r.status).arg(message),
                    QStringLiteral("check the AccessKey ID and secret and that they may invoke the function"));
    if (r.status == 404)
        throw Error(ErrorKind::Permanent, object, QStringLiteral("not found (HTTP 404): %1").arg(message),
                    QStringLiteral("check the account ID, region, service, function and qualifier"));
    if (r.status >= 300)
        throw Error(ErrorKind::Permanent, object, QStringLiteral("%1 failed with HTTP %2: %3").arg(post ? QStringLiteral("invocation") : QStringLiteral("GetFunction")).arg(r.status).arg(message));
    return r;
}

void FcClient::getFunction()
{
    QString retry;
    const InvokeResult r = requestOnce("GET", QStringLiteral("/2016-08-15/services/%1.%2/functions/%3").arg(m_o.service, m_o.qualifier, m_o.function), {}, &retry);
    if (!retry.isEmpty())
        throw Error(ErrorKind::Transient, QStringLiteral("function %1.%2/%3").arg(m_o.service, m_o.qualifier, m_o.function), retry,
                    QStringLiteral("check that Function Compute is reachable from this machine (endpoint, network)"));
}

InvokeResult FcClient::invoke(const QByteArray &payload)
{
    QElapsedTimer window;
    window.start();
    int backoff = m_o.backoffMs;
    for (int attempt = 1;; ++attempt) {
        QString retry;
        InvokeResult r = invokeOnce(payload, &retry);
        if (retry.isEmpty())
            return r;
        const QString object = QStringLiteral("function %1.%2/%3").arg(m_o.service, m_o.qualifier, m_o.function);
        if (window.elapsed() + backoff > qint64(m_o.retrySeconds) * 1000)
            throw Error(ErrorKind::Transient, object, QStringLiteral("%1 (gave up after %2 attempts in %3 s)")
                                                          .arg(retry).arg(attempt).arg(window.elapsed() / 1000),
                        QStringLiteral("check that Function Compute is reachable and the function's concurrency limit"));
        log()->warn("{}: {}; retrying in {} ms", str(object), str(retry), backoff);
        QThread::msleep(ulong(backoff));
        backoff = qMin(backoff * 2, 30000);
    }
}

FcSink::FcSink(FcClient &client, BatchOptions options) : m_client(client), m_o(options) {}

void FcSink::send(const ChangeEvent &e, bool init, const QString &gtid)
{
    if (!formats::isRecord(e))
        return;
    sendEncoded(formats::canalJson(e, formats::nextMeta(m_id, m_o.serverId, gtid, init, m_o.syncAllFields)),
                e.kind == ChangeEvent::Ddl ? e.database : e.database + '.' + e.table,
                QStringLiteral("a %1 record").arg(init ? QStringLiteral("full-data") : kindName(e.kind)) +
                    (init ? QString() : QStringLiteral(" at ") + e.position.toString()));
}

void FcSink::sendEncoded(const QByteArray &record, const QString &object, const QString &where)
{
    constexpr qsizetype envelope = sizeof("{\"Records\":[]}") - 1;
    if (record.size() + envelope > m_o.maxRequestBytes)
        throw Error(ErrorKind::Permanent, object,
                    QStringLiteral("%1 of %2 bytes exceeds Function Compute's %3-byte request limit")
                        .arg(where).arg(record.size()).arg(m_o.maxRequestBytes),
                    QStringLiteral("exclude the large column or the table from the task"));
    // A full batch goes out before the next record joins: when it fails, this record is not taken and
    // the call may simply be repeated (after flush() or with it) without sending anything twice.
    if (m_count && (m_count >= m_o.maxRecords ||
                    m_pending.size() + 1 + record.size() + envelope > qMin(m_o.maxBytes, m_o.maxRequestBytes)))
        flush();
    if (m_count)
        m_pending += ',';
    else
        m_age.start();
    m_pending += record;
    ++m_count;
}

void FcSink::flushIfFull()
{
    if (m_count && (m_count >= m_o.maxRecords || m_pending.size() + qsizetype(sizeof("{\"Records\":[]}")) - 1 >= m_o.maxBytes))
        flush();
}

void FcSink::poll()
{
    if (m_count && m_age.elapsed() >= m_o.maxMillis)
        flush();
    else
        flushIfFull();
}

void FcSink::flush()
{
    if (!m_count)
        return;
    m_client.invoke("{\"Records\":[" + m_pending + "]}");
    ++m_invocations;
    m_records += m_count;
    m_pending.clear();
    m_count = 0;
}

}  // namespace dts::fc
