#pragma once
// What every destination does with full data. A writer lives on one sink thread; chunks arrive as
// batches already encoded (on the reader threads) by the sink's own encoder.
#include "pipeline/Plan.h"
#include "store/TaskStore.h"

#include <QByteArray>
#include <memory>
#include <optional>

namespace dts {

class RowStream;

struct Batch {
    QByteArray payload;   // encoded for the sink (e.g. LOAD DATA lines, INSERT tuples)
    qint64 rows = 0;
    qint64 sourceBytes = 0;  // bytes as read from the source, for MB/s
};

// Runs on a reader thread: turns source rows into the sink's batches. The encoder decides when a
// batch is full (its size target, and whatever limit the sink has, such as a packet size).
class BatchEncoder {
public:
    virtual ~BatchEncoder() = default;
    virtual void addRow(const RowStream &row) = 0;  // columns in TablePlan::columns order
    // A batch that is full and ready to go, if any; call after each addRow.
    virtual std::optional<Batch> takeReady() = 0;
    // What is left at the end of the chunk.
    virtual std::optional<Batch> finish() = 0;
};

class ChunkWriter {
public:
    virtual ~ChunkWriter() = default;
    virtual void begin(const TablePlan &table, const ChunkRecord &chunk) = 0;
    virtual void write(const Batch &batch) = 0;
    // Makes the chunk durable together with its checkpoint.
    virtual void commit(qint64 rows) = 0;
    virtual void rollback() = 0;
    // Rows of the chunk if a previous attempt committed it (its connection may have died in COMMIT).
    virtual std::optional<qint64> committedRows(const ChunkRecord &chunk) = 0;
};

}  // namespace dts
