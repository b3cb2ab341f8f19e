#pragma once
// What every message format is given: one row change (or full-data row, or DDL) with the facts a
// record carries besides the row itself. Full data arrives as Insert events sent with `init` set.
#include "change/ChangeEvent.h"

#include <QByteArray>
#include <QString>

namespace dts::formats {

enum class Operation { Insert, Update, Delete, Ddl, Init };

struct RecordMeta {
    quint64 id = 0;          // record sequence number in the stream (Canal "id", Avro "id")
    quint32 serverId = 0;    // source server_id
    QString gtid;            // the transaction's GTID where known
    qint64 nowMs = 0;        // processing time (Canal "ts"); 0: the current time
    bool init = false;       // a full-data row (Canal type INIT, Avro operation INIT)
    bool syncAllFields = false;  // UPDATE: full pre-image (true) or only the changed columns (false)
};

// Whether the event is a record at all (rows and DDL; not transaction boundaries or heartbeats).
inline bool isRecord(const ChangeEvent &e)
{
    return e.kind == ChangeEvent::Insert || e.kind == ChangeEvent::Update || e.kind == ChangeEvent::Delete ||
           e.kind == ChangeEvent::Ddl;
}
// The meta of the next record of a sink's stream: `id` is advanced.
inline RecordMeta nextMeta(quint64 &id, quint32 serverId, const QString &gtid, bool init, bool syncAllFields)
{
    RecordMeta m;
    m.id = ++id;
    m.serverId = serverId;
    m.gtid = gtid;
    m.init = init;
    m.syncAllFields = syncAllFields;
    return m;
}

// Insert/Update/Delete/Ddl from the event, Init for full-data rows. Throws dts::Error (Invalid) for
// kinds that are no record (transaction boundaries, heartbeats).
Operation operationOf(const ChangeEvent &e, bool init);
QString operationName(Operation op);  // INSERT, UPDATE, DELETE, DDL, INIT

// The column's MySQL type as text: the catalog's ("varchar(32)") where known, else what the binlog says.
QByteArray mysqlTypeOf(const TableShape &shape, int column);

// Account statements carry passwords or their hashes: they are masked in every record and printout.
QByteArray maskSecrets(const QByteArray &sql);

}  // namespace dts::formats
