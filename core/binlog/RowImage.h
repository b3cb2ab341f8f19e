#pragma once
// Row events (WRITE/UPDATE/DELETE_ROWS v1 and v2, MySQL PARTIAL_UPDATE_ROWS, MariaDB's compressed row
// events): the row images decoded column by column into Values. Our own decoder — Connector/C's
// mariadb_rpl_extract_rows mis-decodes many types (TINYINT, DECIMAL, negative TIME, VARCHAR, BLOB, ENUM,
// SET, BIT, YEAR), so it is not used.
#include "binlog/TableMap.h"
#include "change/Value.h"

namespace dts::binlog {

struct ColumnLayout {
    quint8 type = 0;       // real type (ENUM/SET/STRING resolved from the metadata)
    quint16 meta = 0;      // as in TableMap::metadata
    bool isUnsigned = false;
    bool binary = false;   // a binary string type; unknown without charset metadata (then false)
};

// How to read each column of a table's row images; built once per TABLE_MAP.
struct RowLayout {
    QList<ColumnLayout> columns;
    // Signedness comes from the TABLE_MAP's optional metadata, or (binlog_row_metadata=MINIMAL) from the
    // tracked schema given here.
    static RowLayout fromTableMap(const TableMap &map, const QList<bool> &unsignedFallback = {});
};

bool isRowsEvent(quint8 type);
bool isUpdateRowsEvent(quint8 type);
bool isWriteRowsEvent(quint8 type);
bool isDeleteRowsEvent(quint8 type);

struct RowsHeader {
    quint8 type = 0;
    quint64 tableId = 0;
    quint16 flags = 0;              // bit 0: end of statement (the table maps are released after it)
    qsizetype bodyOffset = 0;       // where the column count starts
    bool statementEnd() const { return flags & 1; }
};
RowsHeader decodeRowsHeader(const QByteArray &body, quint8 type, const FormatDescription &format, const QString &where);

struct RowsData {
    int columnCount = 0;
    bool update = false;
    // Inserts and deletes: one row each. Updates: before, after, before, after, …
    QList<Row> rows;
};
// Decodes every row of the event. Throws dts::Error naming `where` for anything that does not fit the
// layout: never reads outside `body`.
RowsData decodeRows(const QByteArray &body, const RowsHeader &header, const RowLayout &layout, const QString &where);

// MariaDB's compressed binlog data (log_bin_compress): a header byte with the length size, the length
// (big-endian), then zlib. Throws dts::Error.
QByteArray inflateMariaDb(const char *data, qsizetype size, const QString &where);

}  // namespace dts::binlog
