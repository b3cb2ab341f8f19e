#pragma once
// The one currency between sources and sinks: a row change, a DDL, or a transaction boundary, with the
// source position it came from. Full data and the binlog both speak it.
#include "change/Position.h"
#include "change/Value.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace dts {

// What a row's columns are at the binlog position of the change (names from TABLE_MAP metadata or the
// tracked schema). Shared by every event of the table until its definition changes.
struct TableShape {
    QString database, table;
    QStringList columns;       // names, in table order
    QList<quint8> types;       // binlog column types (binlog::ColumnType)
    QList<quint16> metadata;   // binlog column metadata (binlog::TableMap)
    QList<bool> unsignedFlags;
    QList<int> primaryKey;     // column indexes; empty: no usable key
    QList<QStringList> enumValues, setValues;  // per column (empty for other columns)
    QList<QByteArray> mysqlTypes;  // per column: "varchar(32)", "int unsigned" … where known (canal-json)
};

struct ChangeEvent {
    enum Kind : quint8 { Insert, Update, Delete, Ddl, TxBegin, TxCommit, Heartbeat };
    Kind kind = Insert;
    QString database, table;                  // Ddl: the default database of the statement
    std::shared_ptr<const TableShape> shape;  // row events
    Row before, after;                        // Delete: before; Insert: after; Update: both
    QByteArray sql;                           // Ddl: the statement (UTF-8)
    qint64 timestamp = 0;                     // source time, seconds since the epoch
    Position position;                        // where the source stands after this event's transaction
    quint64 bytes = 0;                        // the size of the binlog data it came from (MB/s metrics)
};

QString kindName(ChangeEvent::Kind kind);

}  // namespace dts
