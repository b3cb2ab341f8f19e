#pragma once
// Canal's flat-message JSON, as Function Compute and RocketMQ consumers of DTS receive it:
//   {"data":[{…}],"database":"…","es":…,"gtid":"…","id":…,"isDdl":false,"mysqlType":{…},"old":[{…}]|null,
//    "pkNames":[…]|null,"serverId":…,"sql":"","sqlType":{…},"table":"…","ts":…,"type":"INSERT"}
// Keys are written in sorted order (QJsonObject's), numbers as JSON numbers.
//
// Value rendering (each a JSON string, SQL NULL as null), following Canal:
// - integers, BIT and YEAR as decimal digits (BIT b'101' is "5"); DECIMAL exact text;
// - FLOAT/DOUBLE as the shortest text that reads back to the same value ("1.5", "1e+20");
// - DATE "YYYY-MM-DD", TIME "[-]HH:MM:SS[.f]", DATETIME "YYYY-MM-DD HH:MM:SS[.f]", TIMESTAMP in UTC
//   in the same form (Canal prints the source's zone; UTC is unambiguous for a consumer);
// - text columns as their UTF-8 text; binary columns (BINARY/VARBINARY/BLOB, and text that is not valid
//   UTF-8) as ISO-8859-1, byte for byte one character (what Canal's String(bytes, "ISO-8859-1") gives:
//   a consumer gets the bytes back with the same charset, no base64 to guess);
// - ENUM and SET by member name(s) ("a,c") where the table definition names them, else the index/bitmask;
// - JSON as the text MySQL prints; GEOMETRY as ISO-8859-1 of SRID+WKB.
#include "sinks/formats/Record.h"

#include <QJsonObject>
#include <QJsonValue>

namespace dts::formats {

QJsonValue canalValue(const Value &v, const TableShape &shape, int column);
// java.sql.Types code Canal gives a MySQL type ("int unsigned" → 4, "varchar(8)" → 12, "blob" → 2004 …).
int canalSqlType(const QByteArray &mysqlType);

QJsonObject canalRecord(const ChangeEvent &e, const RecordMeta &meta);
QByteArray canalJson(const ChangeEvent &e, const RecordMeta &meta);  // compact, no newline

}  // namespace dts::formats
