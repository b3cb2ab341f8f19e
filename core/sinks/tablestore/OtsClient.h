#pragma once
// A Tablestore client over the HTTP API 2015-12-31 (POST /<Action>, protobuf bodies, HMAC-SHA1 signed
// x-ots-* headers). Synchronous: it lives on the sink thread that calls it (its QNetworkAccessManager
// is created there). Busy/timeout/unavailable/quota answers and 5xx are retried with backoff inside the
// retry window; anything else fails at once with the table, the server's code and what to do.
#include "sinks/tablestore/PlainBuffer.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace dts::ots {

struct ClientConfig {
    QString endpoint;         // empty: https://{instance}.{region}.ots.aliyuncs.com
    QString region;
    QString instance;
    QString accessKeyId;
    QString accessKeySecret;  // never logged nor put in a message
    QString stsToken;         // optional (STS credentials)
    int requestTimeoutMs = 30000;
    int retryWindowMs = 600000;  // how long retryable failures are retried
    int maxBackoffMs = 5000;
    std::function<bool()> cancelled;  // optional: checked between retries

    QString resolvedEndpoint() const;
};

enum class PkType : quint8 { Integer = 1, String = 2, Binary = 3 };

struct TableSchema {
    QString name;
    QList<QPair<QByteArray, PkType>> primaryKey;  // 1 to 4 columns, in order
};

// One row of a BatchWriteRow / BulkImport request, already encoded.
struct WriteRow {
    QString table;
    RowChange::Op op = RowChange::Put;
    QByteArray plainBuffer;  // encodeRow()
};
struct RowResult {
    bool ok = true;
    QString code, message;   // the server's error for this row
    bool retryable() const;
};

// The signature of a request: base64(HMAC-SHA1(secret, "/" + action + "\nPOST\n\n" + each x-ots-*
// header but the signature, lowercased and sorted, as "name:trimmed value\n")).
QByteArray signRequest(const QByteArray &secret, const QString &action, const QList<QPair<QByteArray, QByteArray>> &headers);
// x-ots-date: ISO-8601 UTC with milliseconds.
QByteArray otsDate(qint64 msecsSinceEpoch);
// The error codes that are retried (with any 5xx).
bool retryableCode(const QString &code);

class Client {
public:
    explicit Client(ClientConfig config);
    ~Client();
    Client(const Client &) = delete;
    Client &operator=(const Client &) = delete;

    const ClientConfig &config() const { return m_config; }

    // One action with retries; returns the response body. `object` names what the call concerns in
    // errors (instance or instance/table). Throws dts::Error: Permanent for refusals, Transient when the
    // retry window ran out, Cancelled.
    QByteArray call(const QString &action, const QByteArray &body, const QString &object);

    void createTable(const TableSchema &schema);
    QStringList listTables();
    std::optional<TableSchema> describeTable(const QString &table);  // nullopt: no such table
    void deleteTable(const QString &table);

    void putRow(const QString &table, const RowChange &row);
    void updateRow(const QString &table, const RowChange &row);
    void deleteRow(const QString &table, const QList<Column> &primaryKey);
    // ≤ 200 rows and 4 MB a request (checked); results in the order of `rows`.
    QList<RowResult> batchWriteRow(const QList<WriteRow> &rows);
    // One table a request; results in the order of `rows`.
    QList<RowResult> bulkImport(const QString &table, const QList<WriteRow> &rows);

    std::optional<StoredRow> getRow(const QString &table, const QList<Column> &primaryKey);
    // The whole table in primary key order (follows next_start_primary_key).
    QList<StoredRow> getRange(const QString &table, int pageLimit = 5000);
    // The same a page at a time (memory stays flat for big tables).
    void scan(const QString &table, const std::function<void(const QList<StoredRow> &)> &page, int pageLimit = 5000);

    static constexpr int kMaxBatchRows = 200;
    static constexpr qint64 kMaxBatchBytes = 4 << 20;

    qint64 requests() const { return m_requests; }
    qint64 retries() const { return m_retries; }

private:
    struct Attempt;
    Attempt attempt(const QString &action, const QByteArray &body);
    QString object(const QString &table) const;

    ClientConfig m_config;
    std::unique_ptr<QNetworkAccessManager> m_net;
    qint64 m_requests = 0, m_retries = 0;
};

}  // namespace dts::ots
