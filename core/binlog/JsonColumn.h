#pragma once
// Partial JSON updates in row images (binlog_row_value_options=PARTIAL_JSON): applied to the before
// image's document, or kept as an SQL expression when the before image does not hold it.
#include <QByteArray>
#include <QString>

namespace dts::binlog {

// `beforeBinary`: the column's binary JSON in the before image; `diffs`: the after image's diff list.
// A null QByteArray when the before image does not hold the document (binlog_row_image=MINIMAL): then
// jsonDiffExpression gives the change as SQL over the column's current value.
QByteArray jsonApplyDiffs(const QByteArray &beforeBinary, const char *diffs, qsizetype size, const QString &where);

// JSON_REPLACE(JSON_INSERT(<self>, '$.a', CAST('1' AS JSON)), …) with kJsonSelf standing for the column.
inline constexpr char kJsonSelf[] = "\x01self\x01";
QByteArray jsonDiffExpression(const char *diffs, qsizetype size, const QString &where);

}  // namespace dts::binlog
