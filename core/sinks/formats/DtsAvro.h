#pragma once
// DTS's Avro record (namespace com.alibaba.dts.formats.avro, record Record), encoded with Debian's Avro C
// library as a bare binary datum (no container file, no schema in the message: a consumer decodes with
// the published schema, kDtsAvroSchema).
//
// Mapping of our values (the schema's image item union):
//   NULL → null; not in the row image → EmptyObject NONE;
//   integers and YEAR → Integer{precision: bytes as stored (YEAR 1), value: digits};
//   FLOAT/DOUBLE → Float{value, precision 4|8 (bytes), scale -1 (not fixed)};
//   DECIMAL → Decimal{value exact text, precision, scale} from the column definition;
//   strings → Character{charset "utf8mb4" (text columns, whose bytes we pass as they are) | "binary", value bytes};
//   DATE/DATETIME/TIME → DateTime{year…second, millis} (unused parts null; a negative or ≥ 24 h TIME,
//     and fractions finer than a millisecond, go as TextObject{"TIME"|"DATETIME", text} to stay exact);
//   TIMESTAMP → Timestamp{timestamp: seconds UTC, millis} (finer fractions: TextObject{"TIMESTAMP", UTC text});
//   BIT → BinaryObject{"BIT", big-endian bytes}; ENUM/SET/JSON → TextObject{"ENUM"|"SET"|"JSON", text as in
//   Canal JSON}; GEOMETRY → BinaryGeometry{"GEOMETRY", SRID+WKB}.
// fields: Field{name, dataTypeNumber: the binlog column type}; DDL: fields null, afterImages the statement.
// sourcePosition/safeSourcePosition "offset@file"; sourceTxid the GTID (else "0"); objectName "db.table"
// (DDL: "db"); tags {"pk_uk_info": {"PRIMARY":[…]} as JSON} where a key exists.
#include "sinks/formats/Record.h"

namespace dts::formats {

extern const char *const kDtsAvroSchema;

QByteArray dtsAvro(const ChangeEvent &e, const RecordMeta &meta);
// The datum as Avro's JSON rendering (libavro's avro_value_to_json), for tests and `dts` tooling.
// Throws dts::Error (Invalid) when the bytes are not a DTS Avro record.
QByteArray dtsAvroToJson(const QByteArray &datum);

}  // namespace dts::formats
