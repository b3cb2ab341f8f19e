#pragma once
// Splitting a table into key ranges, and the SELECT that reads one range.
#include "pipeline/Plan.h"
#include "store/TaskStore.h"

namespace dts {

// A key value as an SQL literal that compares the way the key's index orders it: numbers as they are,
// text as _charset X'…' (so the column's collation decides), binary as X'…', temporal as '…'.
QString keyLiteral(const ColumnInfo &column, const char *data, unsigned long length);

// (k1,k2,…) > (v1,v2,…) and (k1,k2,…) <= (v1,v2,…), spelt out so every server uses the index range.
QString keyAfter(const QStringList &quotedColumns, const QStringList &literals);
QString keyAtMost(const QStringList &quotedColumns, const QStringList &literals);

// The expression that reads a column exactly: FLOAT goes through a DOUBLE product, because the text
// protocol rounds FLOAT to 6 significant digits.
QString selectExpression(const ColumnInfo &column);

// SELECT of the chunk's rows (its range, plus the task's filter), columns in plan order.
QString chunkSelectSql(const TablePlan &table, const ChunkRecord &chunk);

// WHERE condition of a chunk's range alone (empty for the whole table).
QString chunkRangeCondition(const TablePlan &table, const ChunkRecord &chunk);

class ChunkPlanner {
public:
    // `conn` must be a rawBytes source connection (key values arrive unconverted).
    ChunkPlanner(Connection &conn, qint64 targetChunkBytes = 8 << 20) : m_conn(conn), m_target(targetChunkBytes) {}

    QList<ChunkRecord> plan(const TablePlan &table);
    qint64 chunkRows(const TablePlan &table) const;

private:
    QList<ChunkRecord> planIntegerRange(const TablePlan &table, qint64 rows);
    QList<ChunkRecord> planByWalking(const TablePlan &table);
    Connection &m_conn;
    qint64 m_target;
};

bool isSplittableKey(const TablePlan &table);

}  // namespace dts
