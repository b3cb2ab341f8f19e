#pragma once
// TABLE_MAP events: which table the following row events mean, its column types with their metadata,
// nullability, and (binlog_row_metadata) the optional column names, signedness, charsets, ENUM/SET
// values and primary key.
#include "binlog/BinlogFile.h"

#include <QStringList>

namespace dts::binlog {

enum ColumnType : quint8 {
    TypeDecimal = 0, TypeTiny = 1, TypeShort = 2, TypeLong = 3, TypeFloat = 4, TypeDouble = 5, TypeNull = 6,
    TypeTimestamp = 7, TypeLongLong = 8, TypeInt24 = 9, TypeDate = 10, TypeTime = 11, TypeDateTime = 12,
    TypeYear = 13, TypeNewDate = 14, TypeVarchar = 15, TypeBit = 16, TypeTimestamp2 = 17, TypeDateTime2 = 18,
    TypeTime2 = 19, TypeJson = 245, TypeNewDecimal = 246, TypeEnum = 247, TypeSet = 248, TypeTinyBlob = 249,
    TypeMediumBlob = 250, TypeLongBlob = 251, TypeBlob = 252, TypeVarString = 253, TypeString = 254,
    TypeGeometry = 255,
};

struct TableMap {
    quint64 tableId = 0;
    quint16 flags = 0;
    QString database, table;
    QList<quint8> types;
    // Per column, as the server reads it: 2-byte lengths little-endian; STRING/ENUM/SET as
    // (real type << 8 | length byte); NEWDECIMAL as (precision << 8 | scale); 1-byte values as they are.
    QList<quint16> metadata;
    QList<bool> nullable;
    // Optional metadata (empty when the server wrote binlog_row_metadata=MINIMAL without it).
    QStringList columnNames;
    QList<bool> unsignedFlags;  // for numeric columns, in column order (false for the others)
    QList<quint32> primaryKey;  // column indexes
    QList<QStringList> enumValues, setValues;  // for ENUM / SET columns, in order of those columns
    QList<int> collations;  // per column: collation id of character columns (63: binary), 0 otherwise/unknown
    QList<bool> visible;    // per column (MySQL 8.0.23+ COLUMN_VISIBILITY); empty when not written

    int columnCount() const { return int(types.size()); }
};

// `body` is the event after the common header, checksum removed; `format` gives the post-header length.
// Throws dts::Error naming `where` for a body that ends early.
TableMap decodeTableMap(const QByteArray &body, const FormatDescription &format, const QString &where);

// A length-encoded ("packed") integer at pos; advances pos.
quint64 readPackedInt(const QByteArray &data, qsizetype &pos, const QString &where);

}  // namespace dts::binlog
