#pragma once
// Pieces both record destinations (RocketMQ, Function Compute) build on.
#include "common/Error.h"
#include "sinks/Destination.h"
#include "sinks/records/PlanRecords.h"

namespace dts {

// Full data: each source row becomes an INIT event that the engine encodes into the batch payload.
class RecordBatchEncoder : public BatchEncoder {
public:
    explicit RecordBatchEncoder(const TablePlan &table) : m_shape(formats::shapeOfPlan(table)) {}
    void addRow(const RowStream &row) override;
    std::optional<Batch> takeReady() override;
    std::optional<Batch> finish() override;

protected:
    // Appends the record of one row to the payload (or nothing, for a record the engine drops).
    virtual void append(QByteArray &payload, const ChangeEvent &init) = 0;

private:
    static constexpr qsizetype kBatchBytes = 256 * 1024;
    std::shared_ptr<const TableShape> m_shape;
    Batch m_batch;
};

// The engine's settings from $.destination, or dts::Error(Invalid) listing every problem.
template <class Config>
Config readSettings(Config (*parse)(const QJsonObject &, QStringList &), const QJsonObject &destination)
{
    QStringList problems;
    Config c = parse(destination, problems);
    if (!problems.isEmpty())
        throw Error(ErrorKind::Invalid, QStringLiteral("$.destination"), problems.join(QStringLiteral("; ")),
                    QStringLiteral("correct the destination settings of the task"));
    return c;
}

// The source's server_id for the records' serverId (0, with a warning, when it cannot be read).
quint32 sourceServerId(const Endpoint &source);
// The closing check: the records cannot be read back (`why` says so in each table's result).
void markUnverifiable(QList<TableResult> &results, const QString &why);

}  // namespace dts
