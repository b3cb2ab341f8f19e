#include "sinks/records/RecordDestination.h"

#include "common/Error.h"
#include "common/Log.h"
#include "mysql/Connection.h"

namespace dts {

void RecordBatchEncoder::addRow(const RowStream &row)
{
    for (int i = 0; i < row.columnCount(); ++i)
        m_batch.sourceBytes += qint64(row.length(i));
    ++m_batch.rows;
    append(m_batch.payload, formats::initEvent(m_shape, row));
}

std::optional<Batch> RecordBatchEncoder::takeReady()
{
    if (m_batch.payload.size() < kBatchBytes)
        return std::nullopt;
    return std::exchange(m_batch, {});
}

std::optional<Batch> RecordBatchEncoder::finish()
{
    if (!m_batch.rows)
        return std::nullopt;
    return std::exchange(m_batch, {});
}

quint32 sourceServerId(const Endpoint &source)
{
    try {
        Connection src(source, ConnectOptions{.role = QStringLiteral("source")});
        return src.scalar(QStringLiteral("SELECT @@server_id")).value_or("0").toUInt();
    } catch (const Error &e) {
        log()->warn("source server_id unknown ({}); records carry serverId 0", str(e.message()));
        return 0;
    }
}

void markUnverifiable(QList<TableResult> &results, const QString &why)
{
    for (TableResult &r : results) {
        r.checksum = QStringLiteral("n/a (%1)").arg(why);
        r.countComparable = false;
    }
}

}  // namespace dts
