#pragma once
// DTS to Tablestore: source columns mapped to Tablestore types, row changes turned into PutRow /
// UpdateRow / DeleteRow operations and written with BatchWriteRow or BulkImport, in buckets by primary
// key hash (one key always in one bucket, so its changes keep their order).
//
// Default type mapping (each column can be overridden per table):
//   TINYINT…BIGINT, YEAR, BIT → INTEGER (BIGINT UNSIGNED above 2^63-1 is dirty data)
//   FLOAT, DOUBLE → DOUBLE;  DECIMAL → STRING (exact text) or DOUBLE, by DecimalAs
//   CHAR/VARCHAR/TEXT, ENUM, SET, JSON → STRING;  BINARY/VARBINARY/BLOB, GEOMETRY → BLOB
//   DATE, DATETIME, TIMESTAMP, TIME → STRING "YYYY-MM-DD HH:MM:SS[.ffffff]" (TIMESTAMP in UTC, TIME as
//   "[-]HHH:MM:SS[.f]") or, by TemporalAs::Epoch, INTEGER milliseconds since 1970-01-01 UTC (TIME: its
//   length in milliseconds)
// Names are lowercased by default (the DTS case policy for Tablestore).
#include "change/ChangeEvent.h"
#include "common/Error.h"
#include "mysql/Catalog.h"
#include "sinks/tablestore/OtsClient.h"

#include <QHash>
#include <QMutex>
#include <optional>

namespace dts::ots {

enum class WriteMode { Overwrite, Update };     // UPDATE as PutRow (whole row) or UpdateRow (changed columns)
enum class BatchMode { BatchWriteRow, BulkImport };
enum class DirtyData { Skip, Block };           // a row the server refuses: log and count it, or stop
enum class DecimalAs { String, Double };
enum class TemporalAs { String, Epoch };

struct TargetColumn {
    int index = -1;           // position in the source row
    QByteArray name;          // destination name (UTF-8)
    Cell::Type type = Cell::String;
};
struct TargetTable {
    QString source;           // db.table
    QString name;             // destination table
    QList<TargetColumn> primaryKey;
    QList<TargetColumn> columns;  // the others
    TableSchema schema() const;
};

struct MappingOptions {
    DecimalAs decimal = DecimalAs::String;
    TemporalAs temporal = TemporalAs::String;
    bool lowercase = true;
};
// The default Tablestore type of a MySQL column (information_schema DATA_TYPE, e.g. "varchar").
Cell::Type defaultType(const ColumnInfo &column, const MappingOptions &options);
// Parses "INTEGER", "DOUBLE", "BOOLEAN", "STRING", "BINARY"/"BLOB" (any case).
std::optional<Cell::Type> parseType(const QString &name);
// Builds a table's mapping: `primaryKey` source column names (empty: the source PK), `types` overrides by
// source column name. Throws dts::Error(Invalid) naming the table and the fix.
TargetTable mapTable(const TableInfo &table, const QString &targetName, const QStringList &primaryKey,
                     const QHash<QString, QString> &types, const MappingOptions &options);

// Precheck helpers: an empty string when fine, else the problem and the fix.
QString checkName(const QString &kind, const QString &name);           // letters, digits, _; 1-255; no leading digit
QString checkTableCount(int tables);                                   // ≤ 64 tables an instance task

// A source value as the column's Tablestore cell; nullopt for NULL. Throws dts::Error(Permanent) for a
// value the type cannot hold (dirty data).
std::optional<Cell> toCell(const Value &v, Cell::Type type, TemporalAs temporal, const QString &object);
// The same for a value as the MySQL text protocol gives it (full data); null: SQL NULL.
std::optional<Cell> textToCell(const char *data, qsizetype size, bool null, const ColumnInfo &column, Cell::Type type,
                               TemporalAs temporal, const QString &object);

struct WriterOptions {
    WriteMode writeMode = WriteMode::Overwrite;
    BatchMode batchMode = BatchMode::BatchWriteRow;
    DirtyData dirtyData = DirtyData::Block;
    TemporalAs temporal = TemporalAs::String;
    int buckets = 8;
    int concurrency = 8;      // buckets written at once; buckets are capped to it
    int threads = 64;         // sending threads (requests in flight: the smaller of threads and concurrency)
};

class Writer {
public:
    Writer(ClientConfig client, WriterOptions options, QList<TargetTable> tables);

    void addTable(TargetTable table);  // between flushes
    // Creates each table that does not exist yet (schema synchronization).
    void createTables();
    // A row change (Insert/Update/Delete; anything else is ignored). Buffered until flush().
    void write(const ChangeEvent &change);
    // A full-data row, columns in source order.
    void put(const QString &sourceTable, const Row &row);
    void putCells(const QString &sourceTable, const QList<Column> &primaryKey, const QList<Column> &columns);
    // Writes everything buffered; when it returns, every row is at the destination or was skipped as
    // dirty data: the caller may checkpoint the position of the last change given. Throws dts::Error:
    // Permanent for dirty data under Block (naming table, key, code and message), Transient when retries ran out.
    void flush();

    qint64 pendingRows() const;
    qint64 writtenRows() const { return m_written; }
    qint64 dirtyRows() const { return m_dirty; }
    QStringList takeDirtyLog();       // one line per skipped row
    qint64 requests() const { return m_requests; }
    qint64 retries() const { return m_retries; }

private:
    struct Op {
        QString table;
        RowChange change;
        QByteArray key;   // PlainBuffer of the primary key: equal keys, equal bytes
    };
    const TargetTable &target(const QString &sourceTable) const;
    void enqueue(const TargetTable &t, RowChange change);
    QList<Column> keyOf(const TargetTable &t, const Row &row, const QString &object) const;
    QList<Column> columnsOf(const TargetTable &t, const Row &row, const QString &object) const;
    void writeBucket(QList<Op> &ops, std::optional<Error> &failure);

    ClientConfig m_client;
    WriterOptions m_o;
    QHash<QString, TargetTable> m_tables;  // by source db.table
    QList<QList<Op>> m_buckets;
    QMutex m_mutex;  // counters and the dirty log, updated by bucket threads
    qint64 m_written = 0, m_dirty = 0, m_requests = 0, m_retries = 0;
    QStringList m_dirtyLog;
};

}  // namespace dts::ots
