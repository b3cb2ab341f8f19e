#pragma once
// MySQL / PolarDB destination for full data: LOAD DATA LOCAL (or multi-row INSERT where the server
// forbids local files), one transaction per chunk with its checkpoint row in the same transaction.
#include "mysql/Connection.h"
#include "sinks/Sink.h"

#include <QHash>
#include <QSet>

namespace dts {

// Destination bookkeeping lives next to the data so a chunk and its checkpoint commit together.
inline constexpr const char *kMetaDatabase = "dts_studio_meta";

struct MySqlSinkOptions {
    Endpoint endpoint;
    bool loadData = true;         // false: multi-row INSERT
    ConflictMode conflict = ConflictMode::Error;
    QString runId;                // identifies this task's state; checkpoints of other runs are not ours
    qint64 maxAllowedPacket = 16 << 20;  // the destination's
    qint64 batchBytes = 1 << 20;
    bool destinationIsMariaDb = true;
    QSet<QString> nonTransactionalTargets;  // destination db.table whose engine cannot roll back
};

class MySqlBatchEncoder final : public BatchEncoder {
public:
    MySqlBatchEncoder(const TablePlan &table, const MySqlSinkOptions &options);
    void addRow(const RowStream &row) override;
    std::optional<Batch> takeReady() override;
    std::optional<Batch> finish() override;

private:
    enum class Kind { Number, Bytes, Json };
    [[noreturn]] void rowTooLarge(const RowStream &row, qint64 size) const;
    void close(qsizetype upTo, qint64 rows, qint64 sourceBytes);
    const TablePlan &m_table;
    const MySqlSinkOptions &m_options;
    QList<Kind> m_kinds;
    QList<int> m_keyIndexes;
    qint64 m_limit;             // bytes of one batch: the target, or less where the packet size demands
    QByteArray m_buf;
    qint64 m_rows = 0, m_sourceBytes = 0;
    std::optional<Batch> m_ready;
};

class MySqlChunkWriter final : public ChunkWriter {
public:
    explicit MySqlChunkWriter(const MySqlSinkOptions &options);
    ~MySqlChunkWriter() override;
    void begin(const TablePlan &table, const ChunkRecord &chunk) override;
    void write(const Batch &batch) override;
    void commit(qint64 rows) override;
    void rollback() override;
    std::optional<qint64> committedRows(const ChunkRecord &chunk) override;

private:
    void checkWarnings(qint64 sent);
    MySqlSinkOptions m_options;
    std::unique_ptr<Connection> m_conn;
    const TablePlan *m_table = nullptr;
    ChunkRecord m_chunk;
    QByteArray m_statementHead;
    bool m_inTransaction = false;
};

// The statement that a batch is appended to (LOAD DATA … or INSERT … VALUES).
QByteArray batchStatementHead(const TablePlan &table, const MySqlSinkOptions &options);

void ensureMetaSchema(Connection &destination);
// Chunk number → rows of the chunks of `tableId` committed at the destination by this run (they may not be in the local store yet).
QHash<int, qint64> committedChunks(Connection &destination, const QString &runId, const QString &tableId);
// Whether LOAD DATA LOCAL works against this server (local_infile=ON).
bool localInfileAllowed(Connection &destination);

}  // namespace dts
