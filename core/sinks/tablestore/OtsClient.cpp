#include "sinks/tablestore/OtsClient.h"

#include "common/Error.h"
#include "sinks/tablestore/tablestore.pb.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <algorithm>

namespace dts::ots {

namespace {

constexpr char kApiVersion[] = "2015-12-31";

template <typename M>
QByteArray serialize(const M &m) {
    std::string s;
    m.SerializeToString(&s);
    return QByteArray(s.data(), qsizetype(s.size()));
}

template <typename M>
M parse(const QByteArray &body, const char *action, const QString &object) {
    M m;
    if (!m.ParseFromArray(body.constData(), int(body.size())))
        throw Error(ErrorKind::Permanent, object,
                    QStringLiteral("the %1 response is not a valid protobuf message").arg(QLatin1String(action)),
                    QStringLiteral("check that the endpoint is a Tablestore instance"));
    return m;
}

pb::Condition ignoreCondition() {
    pb::Condition c;
    c.set_row_existence(pb::IGNORE);  // written explicitly: proto2 sends a required field that is set
    return c;
}

QString fixFor(const QString &code) {
    if (code == QLatin1String("OTSAuthFailed") || code == QLatin1String("OTSNoPermissionAccess"))
        return QStringLiteral("check the AccessKey ID and secret (and the STS token, if any) and that the RAM user may access the instance");
    if (code == QLatin1String("OTSObjectNotExist"))
        return QStringLiteral("check the instance name and let the task create the table (schema synchronization)");
    if (code == QLatin1String("OTSObjectAlreadyExist"))
        return QStringLiteral("the table exists at the destination: drop it or map the source table to another name");
    if (code == QLatin1String("OTSParameterInvalid") || code == QLatin1String("OTSInvalidPK"))
        return QStringLiteral("check the table's primary key columns and type mapping");
    return QStringLiteral("see the Tablestore error code reference for %1").arg(code);
}

}  // namespace

bool retryableCode(const QString &code) {
    return code == QLatin1String("OTSServerBusy") || code == QLatin1String("OTSTimeout")
        || code == QLatin1String("OTSPartitionUnavailable") || code == QLatin1String("OTSQuotaExhausted")
        || code == QLatin1String("OTSInternalServerError") || code == QLatin1String("OTSServerUnavailable")
        || code == QLatin1String("OTSRowOperationConflict");
}

bool RowResult::retryable() const { return !ok && retryableCode(code); }

QString ClientConfig::resolvedEndpoint() const {
    if (!endpoint.isEmpty()) return endpoint.endsWith('/') ? endpoint.chopped(1) : endpoint;
    return QStringLiteral("https://%1.%2.ots.aliyuncs.com").arg(instance, region);
}

QByteArray otsDate(qint64 msecsSinceEpoch) {
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")).toLatin1();
}

QByteArray signRequest(const QByteArray &secret, const QString &action, const QList<QPair<QByteArray, QByteArray>> &headers) {
    QList<QPair<QByteArray, QByteArray>> canonical;
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (lower.startsWith("x-ots-") && lower != "x-ots-signature") canonical.append({lower, value.trimmed()});
    }
    std::sort(canonical.begin(), canonical.end());
    QByteArray toSign = '/' + action.toUtf8() + "\nPOST\n\n";
    for (const auto &[name, value] : canonical) toSign += name + ':' + value + '\n';
    return QMessageAuthenticationCode::hash(toSign, secret, QCryptographicHash::Sha1).toBase64();
}

struct Client::Attempt {
    int status = 0;           // HTTP status; 0: no answer
    QByteArray body;
    QString code, message;    // the server's error, or the network error
    bool ok() const { return status == 200; }
    bool retryable() const { return status == 0 || status >= 500 || retryableCode(code); }
};

Client::Client(ClientConfig config) : m_config(std::move(config)) {}
Client::~Client() = default;

QString Client::object(const QString &table) const {
    return table.isEmpty() ? QStringLiteral("Tablestore instance %1").arg(m_config.instance)
                           : QStringLiteral("Tablestore %1/%2").arg(m_config.instance, table);
}

Client::Attempt Client::attempt(const QString &action, const QByteArray &body) {
    if (!m_net) m_net = std::make_unique<QNetworkAccessManager>();
    QNetworkRequest req(QUrl(m_config.resolvedEndpoint() + '/' + action));
    QList<QPair<QByteArray, QByteArray>> headers = {
        {"x-ots-date", otsDate(QDateTime::currentMSecsSinceEpoch())},
        {"x-ots-apiversion", kApiVersion},
        {"x-ots-accesskeyid", m_config.accessKeyId.toUtf8()},
        {"x-ots-instancename", m_config.instance.toUtf8()},
        {"x-ots-contentmd5", QCryptographicHash::hash(body, QCryptographicHash::Md5).toBase64()},
    };
    if (!m_config.stsToken.isEmpty()) headers.append({"x-ots-ststoken", m_config.stsToken.toUtf8()});
    headers.append({"x-ots-signature", signRequest(m_config.accessKeySecret.toUtf8(), action, headers)});
    for (const auto &[name, value] : headers) req.setRawHeader(name, value);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x.pb2"));
    req.setTransferTimeout(m_config.requestTimeoutMs);

    ++m_requests;
    std::unique_ptr<QNetworkReply> reply(m_net->post(req, body));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished()) loop.exec();

    Attempt a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    if (a.status == 0) {
        a.code = QStringLiteral("NetworkError");
        a.message = reply->errorString();
    } else if (a.status != 200) {
        pb::Error e;
        if (e.ParseFromArray(a.body.constData(), int(a.body.size())) && e.has_code()) {
            a.code = QString::fromStdString(e.code());
            a.message = QString::fromStdString(e.message());
        } else {
            a.code = QStringLiteral("HTTP%1").arg(a.status);
            a.message = QString::fromUtf8(a.body.left(200));
        }
    }
    return a;
}

QByteArray Client::call(const QString &action, const QByteArray &body, const QString &object) {
    QElapsedTimer since;
    since.start();
    int backoffMs = 100;
    for (;;) {
        if (m_config.cancelled && m_config.cancelled())
            throw Error(ErrorKind::Cancelled, object, QStringLiteral("%1 cancelled").arg(action));
        const Attempt a = attempt(action, body);
        if (a.ok()) return a.body;
        const QString what = a.status ? QStringLiteral("%1 failed (HTTP %2, %3): %4").arg(action).arg(a.status).arg(a.code, a.message)
                                      : QStringLiteral("%1 failed: %2 (%3)").arg(action, a.message, m_config.resolvedEndpoint());
        if (!a.retryable())
            throw Error(ErrorKind::Permanent, object, what, fixFor(a.code));
        if (since.elapsed() + backoffMs > m_config.retryWindowMs)
            throw Error(ErrorKind::Transient, object,
                        what + QStringLiteral(" — still failing after %1 s of retries").arg(since.elapsed() / 1000),
                        a.status ? QStringLiteral("the instance is busy or its partitions unavailable: retry later or lower the concurrency")
                                 : QStringLiteral("check the endpoint and the network to it"));
        ++m_retries;
        QThread::msleep(backoffMs);
        backoffMs = std::min(backoffMs * 2, m_config.maxBackoffMs);
    }
}

void Client::createTable(const TableSchema &schema) {
    if (schema.primaryKey.isEmpty() || schema.primaryKey.size() > 4)
        throw Error(ErrorKind::Invalid, object(schema.name),
                    QStringLiteral("a Tablestore table needs 1 to 4 primary key columns, %1 given").arg(schema.primaryKey.size()),
                    QStringLiteral("choose at most 4 primary key columns for the table"));
    pb::CreateTableRequest req;
    req.mutable_table_meta()->set_table_name(schema.name.toStdString());
    for (const auto &[name, type] : schema.primaryKey) {
        pb::PrimaryKeySchema *pk = req.mutable_table_meta()->add_primary_key();
        pk->set_name(name.toStdString());
        pk->set_type(pb::PrimaryKeyType(type));
    }
    req.mutable_reserved_throughput()->mutable_capacity_unit()->set_read(0);
    req.mutable_reserved_throughput()->mutable_capacity_unit()->set_write(0);
    req.mutable_table_options()->set_time_to_live(-1);
    req.mutable_table_options()->set_max_versions(1);
    call(QStringLiteral("CreateTable"), serialize(req), object(schema.name));
}

QStringList Client::listTables() {
    const auto resp = parse<pb::ListTableResponse>(call(QStringLiteral("ListTable"), serialize(pb::ListTableRequest()), object({})),
                                                   "ListTable", object({}));
    QStringList names;
    for (const std::string &n : resp.table_names()) names.append(QString::fromStdString(n));
    return names;
}

std::optional<TableSchema> Client::describeTable(const QString &table) {
    pb::DescribeTableRequest req;
    req.set_table_name(table.toStdString());
    QByteArray body;
    try {
        body = call(QStringLiteral("DescribeTable"), serialize(req), object(table));
    } catch (const Error &e) {
        if (e.message().contains(QLatin1String("OTSObjectNotExist"))) return std::nullopt;
        throw;
    }
    const auto resp = parse<pb::DescribeTableResponse>(body, "DescribeTable", object(table));
    TableSchema s;
    s.name = QString::fromStdString(resp.table_meta().table_name());
    for (const auto &pk : resp.table_meta().primary_key())
        s.primaryKey.append({QByteArray::fromStdString(pk.name()), PkType(pk.type())});
    return s;
}

void Client::deleteTable(const QString &table) {
    pb::DeleteTableRequest req;
    req.set_table_name(table.toStdString());
    call(QStringLiteral("DeleteTable"), serialize(req), object(table));
}

void Client::putRow(const QString &table, const RowChange &row) {
    pb::PutRowRequest req;
    req.set_table_name(table.toStdString());
    const QByteArray pb = encodeRow(row);
    req.set_row(pb.constData(), size_t(pb.size()));
    *req.mutable_condition() = ignoreCondition();
    call(QStringLiteral("PutRow"), serialize(req), object(table));
}

void Client::updateRow(const QString &table, const RowChange &row) {
    pb::UpdateRowRequest req;
    req.set_table_name(table.toStdString());
    const QByteArray pb = encodeRow(row);
    req.set_row_change(pb.constData(), size_t(pb.size()));
    *req.mutable_condition() = ignoreCondition();
    call(QStringLiteral("UpdateRow"), serialize(req), object(table));
}

void Client::deleteRow(const QString &table, const QList<Column> &primaryKey) {
    pb::DeleteRowRequest req;
    req.set_table_name(table.toStdString());
    RowChange del;
    del.op = RowChange::Delete;
    del.primaryKey = primaryKey;
    const QByteArray pb = encodeRow(del);
    req.set_primary_key(pb.constData(), size_t(pb.size()));
    *req.mutable_condition() = ignoreCondition();
    call(QStringLiteral("DeleteRow"), serialize(req), object(table));
}

static RowResult rowResult(bool ok, bool hasError, const pb::Error &e) {
    RowResult r;
    r.ok = ok;
    if (!ok && hasError) {
        r.code = QString::fromStdString(e.code());
        r.message = QString::fromStdString(e.message());
    }
    return r;
}

QList<RowResult> Client::batchWriteRow(const QList<WriteRow> &rows) {
    qint64 bytes = 0;
    for (const WriteRow &r : rows) bytes += r.plainBuffer.size();
    if (rows.size() > kMaxBatchRows || bytes > kMaxBatchBytes)
        throw Error(ErrorKind::Invalid, object({}),
                    QStringLiteral("a BatchWriteRow request of %1 rows and %2 bytes is over the limit (%3 rows, 4 MB)")
                        .arg(rows.size()).arg(bytes).arg(kMaxBatchRows),
                    QStringLiteral("split the rows into smaller batches"));
    // Rows are grouped by table in the request; remember where each went to put the results back.
    pb::BatchWriteRowRequest req;
    QHash<QString, int> tableIndex;
    QList<QPair<int, int>> where;  // per input row: (table, row in table)
    for (const WriteRow &r : rows) {
        auto it = tableIndex.find(r.table);
        if (it == tableIndex.end()) {
            it = tableIndex.insert(r.table, req.tables_size());
            req.add_tables()->set_table_name(r.table.toStdString());
        }
        pb::TableInBatchWriteRowRequest *t = req.mutable_tables(*it);
        where.append({*it, t->rows_size()});
        pb::RowInBatchWriteRowRequest *row = t->add_rows();
        row->set_type(pb::OperationType(r.op));
        row->set_row_change(r.plainBuffer.constData(), size_t(r.plainBuffer.size()));
        *row->mutable_condition() = ignoreCondition();
    }
    const auto resp = parse<pb::BatchWriteRowResponse>(call(QStringLiteral("BatchWriteRow"), serialize(req), object({})),
                                                       "BatchWriteRow", object({}));
    QList<RowResult> results;
    for (const auto &[t, i] : where) {
        if (t >= resp.tables_size() || i >= resp.tables(t).rows_size())
            throw Error(ErrorKind::Permanent, object(rows[results.size()].table),
                        QStringLiteral("the BatchWriteRow response has fewer rows than the request"),
                        QStringLiteral("check that the endpoint is a Tablestore instance"));
        const auto &row = resp.tables(t).rows(i);
        results.append(rowResult(row.is_ok(), row.has_error(), row.error()));
    }
    return results;
}

QList<RowResult> Client::bulkImport(const QString &table, const QList<WriteRow> &rows) {
    pb::BulkImportRequest req;
    req.set_table_name(table.toStdString());
    for (const WriteRow &r : rows) {
        pb::RowInBulkImportRequest *row = req.add_rows();
        row->set_type(pb::OperationType(r.op));
        row->set_row_change(r.plainBuffer.constData(), size_t(r.plainBuffer.size()));
    }
    const auto resp = parse<pb::BulkImportResponse>(call(QStringLiteral("BulkImport"), serialize(req), object(table)),
                                                    "BulkImport", object(table));
    if (resp.rows_size() != rows.size())
        throw Error(ErrorKind::Permanent, object(table),
                    QStringLiteral("the BulkImport response has %1 rows for %2 sent").arg(resp.rows_size()).arg(rows.size()),
                    QStringLiteral("check that the endpoint is a Tablestore instance"));
    QList<RowResult> results;
    for (const auto &row : resp.rows()) results.append(rowResult(row.is_ok(), row.has_error(), row.error()));
    return results;
}

std::optional<StoredRow> Client::getRow(const QString &table, const QList<Column> &primaryKey) {
    pb::GetRowRequest req;
    req.set_table_name(table.toStdString());
    const QByteArray pk = encodePrimaryKey(primaryKey);
    req.set_primary_key(pk.constData(), size_t(pk.size()));
    req.set_max_versions(1);
    const auto resp = parse<pb::GetRowResponse>(call(QStringLiteral("GetRow"), serialize(req), object(table)), "GetRow", object(table));
    const QList<StoredRow> rows = decodeRows(QByteArray::fromStdString(resp.row()), object(table));
    if (rows.isEmpty()) return std::nullopt;
    return rows.first();
}

QList<StoredRow> Client::getRange(const QString &table, int pageLimit) {
    QList<StoredRow> all;
    scan(table, [&](const QList<StoredRow> &page) { all += page; }, pageLimit);
    return all;
}

void Client::scan(const QString &table, const std::function<void(const QList<StoredRow> &)> &page, int pageLimit) {
    const std::optional<TableSchema> schema = describeTable(table);
    if (!schema) throw Error(ErrorKind::Permanent, object(table), QStringLiteral("no such table"), fixFor(QStringLiteral("OTSObjectNotExist")));
    QList<Column> start, end;
    for (const auto &pk : schema->primaryKey) {
        start.append({pk.first, Cell::infMin()});
        end.append({pk.first, Cell::infMax()});
    }
    QByteArray startBytes = encodePrimaryKey(start);
    const QByteArray endBytes = encodePrimaryKey(end);
    for (;;) {
        pb::GetRangeRequest req;
        req.set_table_name(table.toStdString());
        req.set_direction(pb::FORWARD);
        req.set_max_versions(1);
        req.set_limit(pageLimit);
        req.set_inclusive_start_primary_key(startBytes.constData(), size_t(startBytes.size()));
        req.set_exclusive_end_primary_key(endBytes.constData(), size_t(endBytes.size()));
        const auto resp = parse<pb::GetRangeResponse>(call(QStringLiteral("GetRange"), serialize(req), object(table)),
                                                      "GetRange", object(table));
        page(decodeRows(QByteArray::fromStdString(resp.rows()), object(table)));
        if (!resp.has_next_start_primary_key() || resp.next_start_primary_key().empty()) break;
        startBytes = QByteArray::fromStdString(resp.next_start_primary_key());
    }
}

}  // namespace dts::ots
