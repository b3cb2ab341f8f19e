#pragma once
// Tablestore's PlainBuffer row format (little-endian, tagged, CRC8 per cell and per row): what PutRow,
// UpdateRow, DeleteRow, BatchWriteRow and BulkImport carry and what GetRow/GetRange return.
#include <QByteArray>
#include <QList>
#include <QString>

namespace dts::ots {

// One value as Tablestore stores it.
struct Cell {
    enum Type : quint8 { Integer = 0, Double = 1, Boolean = 2, String = 3, Blob = 7, InfMin = 9, InfMax = 0x0A, AutoIncrement = 0x0B };
    Type type = String;
    qint64 i = 0;
    double d = 0;
    bool b = false;
    QByteArray bytes;  // String (UTF-8) and Blob

    static Cell integer(qint64 v) { Cell c; c.type = Integer; c.i = v; return c; }
    static Cell real(double v) { Cell c; c.type = Double; c.d = v; return c; }
    static Cell boolean(bool v) { Cell c; c.type = Boolean; c.b = v; return c; }
    static Cell string(QByteArray utf8) { Cell c; c.type = String; c.bytes = std::move(utf8); return c; }
    static Cell blob(QByteArray v) { Cell c; c.type = Blob; c.bytes = std::move(v); return c; }
    static Cell infMin() { Cell c; c.type = InfMin; return c; }
    static Cell infMax() { Cell c; c.type = InfMax; return c; }
    bool operator==(const Cell &o) const;
    QString toString() const;  // for messages and test output
};

struct Column {
    QByteArray name;  // UTF-8
    Cell value;
    bool operator==(const Column &o) const { return name == o.name && value == o.value; }
};

struct RowChange {
    enum Op : quint8 { Put = 1, Update = 2, Delete = 3 };  // = the protobuf OperationType
    Op op = Put;
    QList<Column> primaryKey;
    QList<Column> columns;          // Put: the whole row; Update: the columns put
    QList<QByteArray> deleted;      // Update: columns deleted (all versions)
};

// A row as GetRow/GetRange return it (timestamps dropped).
struct StoredRow {
    QList<Column> primaryKey;
    QList<Column> columns;
    const Cell *column(const QByteArray &name) const;
};

quint8 crc8(quint8 crc, const char *data, qsizetype size);

// Header + one row. Put: primary key and columns; Update: puts then deletes (op DELETE_ALL_VERSION);
// Delete: primary key and the delete marker.
QByteArray encodeRow(const RowChange &row);
// Header + a primary key only (GetRow, DeleteRow and GetRange bounds).
QByteArray encodePrimaryKey(const QList<Column> &primaryKey);
// Rows after one header (GetRow: zero or one; GetRange: any). Checks every checksum; throws
// dts::Error(Permanent) naming `object` for bytes that are not a valid PlainBuffer.
QList<StoredRow> decodeRows(const QByteArray &data, const QString &object);

}  // namespace dts::ots
