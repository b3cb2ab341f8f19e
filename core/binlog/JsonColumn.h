#pragma once
// JSON columns in row images: the binary JSON of MySQL as the text MySQL prints, and partial updates
// (binlog_row_value_options=PARTIAL_JSON) applied to the before image.
#include <QByteArray>
#include <QString>

namespace dts::binlog {

QByteArray jsonBinaryText(const char *data, qsizetype size, const QString &where);
// `beforeBinary`: the column's binary JSON in the before image; `diffs`: the after image's diff list.
// A null QByteArray when the before image does not hold the document (binlog_row_image=MINIMAL): then
// jsonDiffExpression gives the change as SQL over the column's current value.
QByteArray jsonApplyDiffs(const QByteArray &beforeBinary, const char *diffs, qsizetype size, const QString &where);

// JSON_REPLACE(JSON_INSERT(<self>, '$.a', CAST('1' AS JSON)), …) with kJsonSelf standing for the column.
inline constexpr char kJsonSelf[] = "\x01self\x01";
QByteArray jsonDiffExpression(const char *diffs, qsizetype size, const QString &where);

}  // namespace dts::binlog
