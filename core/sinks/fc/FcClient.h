#pragma once
// Function Compute 2.0 invocation (POST /2016-08-15/services/{service}.{qualifier}/functions/{function}/invocations)
// and DTS's FC destination: Canal JSON records batched as {"Records":[…]} by count, bytes and time, in
// source order, across transactions (one invocation may hold several). Blocking: each call returns when
// FC answered (a local event loop runs the request), so it runs on a sink thread and needs a
// QCoreApplication.
#include "change/ChangeEvent.h"
#include "sinks/formats/Record.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QMap>
#include <QString>
#include <memory>

class QNetworkAccessManager;

namespace dts::fc {

// Content-MD5 as the Node SDK sends it: base64 of the hex MD5 text (not of the raw digest).
QByteArray contentMd5(const QByteArray &body);
// Authorization value "FC akId:base64(HMAC-SHA256(secret, METHOD\nContent-MD5\nContent-Type\nDate\n
// + sorted lowercased x-fc-* headers "k:v\n" + path))". fcHeaders: any case, only x-fc-* are used.
QByteArray authorization(const QString &accessKeyId, const QByteArray &secret, const QByteArray &method,
                         const QByteArray &contentMd5, const QByteArray &contentType, const QByteArray &date,
                         const QMap<QByteArray, QByteArray> &headers, const QByteArray &path);
QByteArray httpDate(const QDateTime &t);  // RFC 1123, GMT

struct FcOptions {
    QString accountId, region;
    QString endpoint;             // override, e.g. http://127.0.0.1:port; else https://{accountId}.{region}.fc.aliyuncs.com
    QString accessKeyId;
    QByteArray secret;            // never logged
    QString service, function;
    QString qualifier = QStringLiteral("LATEST");  // LATEST, a version or an alias
    QString invocationType = QStringLiteral("Sync");  // Sync reports function errors; Async only queues
    int timeoutMs = 60000;
    int retrySeconds = 600;       // how long 429/5xx/lost connections are retried (the task's retry window)
    int backoffMs = 500;          // first wait, doubled up to 30 s
};

struct InvokeResult {
    int status = 0;
    QByteArray body;
    QString requestId;
};

class FcClient {
public:
    explicit FcClient(FcOptions options);
    ~FcClient();
    QString path() const;  // /2016-08-15/services/…/invocations
    QString url() const;
    // One invocation with retries on 429, 5xx and lost connections inside retrySeconds. Throws dts::Error:
    // Permanent for a function error (x-fc-error-type, with its message), refused credentials or a missing
    // function; Transient when the retries ran out.
    InvokeResult invoke(const QByteArray &payload);

    // GetFunction (GET …/services/{service}.{qualifier}/functions/{function}): a signed request that proves
    // the credentials and that the function exists, without running it. Throws as invoke does (no retries).
    void getFunction();

private:
    InvokeResult invokeOnce(const QByteArray &payload, QString *retryReason);
    InvokeResult requestOnce(const QByteArray &method, const QString &path, const QByteArray &payload, QString *retryReason);
    FcOptions m_o;
    std::unique_ptr<QNetworkAccessManager> m_net;
};

struct BatchOptions {
    int maxRecords = 100;
    qint64 maxBytes = 1024 * 1024;  // of the request body
    int maxMillis = 500;            // the oldest record waits at most this long
    qint64 maxRequestBytes = 16 * 1024 * 1024;  // FC's limit for one invocation
    bool syncAllFields = false;
    quint32 serverId = 0;
};

class FcSink {
public:
    FcSink(FcClient &client, BatchOptions options);
    // Adds one record; a batch full by count or bytes is sent when the next record comes (or by poll() and
    // flush()), so a failed call took nothing and may be repeated. Throws dts::Error (Permanent)
    // for one record larger than FC's request limit, and as FcClient::invoke does.
    void send(const ChangeEvent &e, bool init = false, const QString &gtid = {});
    // Adds one record already in Canal JSON (`object` and `where` name it in an error).
    void sendEncoded(const QByteArray &record, const QString &object, const QString &where);
    // Invokes with what is pending when the oldest record has waited maxMillis or a count or byte limit
    // is reached; call it after adding records and periodically.
    void poll();
    // Invokes only when a count or byte limit is reached.
    void flushIfFull();
    // Invokes with everything pending: afterwards every record given is delivered (the checkpoint point).
    void flush();
    qint64 invocations() const { return m_invocations; }
    qint64 records() const { return m_records; }
    int pending() const { return m_count; }
    // Milliseconds until poll() sends what is pending by time (0: now, or nothing pending).
    int dueInMs() const { return m_count ? int(qMax<qint64>(0, m_o.maxMillis - m_age.elapsed())) : 0; }
    // Forgets what is pending (a chunk that is sent again from its start).
    void discard()
    {
        m_pending.clear();
        m_count = 0;
    }

private:
    FcClient &m_client;
    BatchOptions m_o;
    QByteArray m_pending;  // "rec,rec,…"
    int m_count = 0;
    QElapsedTimer m_age;
    quint64 m_id = 0;
    qint64 m_invocations = 0, m_records = 0;
};

}  // namespace dts::fc
