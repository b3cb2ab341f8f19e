#pragma once
// SharePlex JSON, as DTS writes it to message queues:
//   {"meta":{"time":…,"userid":…,"op":…,"scn":…,"rowid":…,"trans":…,"seq":…,"size":…,"table":…,"idx":…},
//    "data":{…},"key":{…}}
// op ins|upd|del|ddl (full-data rows are "ins": SharePlex has no other kind for them); time the source
// time "YYYY-MM-DDTHH:MM:SS" UTC; scn and trans the binlog position "file:offset" and the GTID where known;
// rowid the primary key values joined by ","; seq the record id; size 1 and idx "1/1" (one record a
// message); table "db.table"; data the after image (before image for deletes, {"sql":…} for DDL) with
// values rendered as in Canal JSON; key (updates only) the before image: full with "sync all fields",
// else the changed and primary-key columns.
#include "sinks/formats/Record.h"

namespace dts::formats {

QByteArray sharePlexJson(const ChangeEvent &e, const RecordMeta &meta);

}  // namespace dts::formats
