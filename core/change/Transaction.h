#pragma once
// What incremental sync hands a destination: one committed source transaction (or a piece of a large one).
#include "change/ChangeEvent.h"
#include "change/Position.h"

#include <QList>

namespace dts {

struct Transaction {
    QList<ChangeEvent> changes;  // rows and DDL in source order
    Position end;                // where the source stands after it: the resume point
    qint64 sourceTimeMs = 0;     // commit time at the source (µs precision where the binlog gives it)
    QString gtid;                // its GTID as the binlog gives it (MySQL uuid:n, MariaDB domain-server-seq); may be empty
    qint64 bytes = 0;            // binlog bytes
    bool heartbeat = false;      // our own heartbeat row only
    bool partial = false;        // a piece of a large transaction, more follows (`end` is not its end)
    bool abortPartial = false;   // no changes: the pieces sent of the open large transaction are void

    int rowCount() const
    {
        int n = 0;
        for (const ChangeEvent &c : changes)
            n += c.kind <= ChangeEvent::Delete ? 1 : 0;
        return n;
    }
};

}  // namespace dts
