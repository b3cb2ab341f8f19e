#pragma once
// JSON columns in row images: the binary JSON of MySQL as the text MySQL prints, and partial updates
// (binlog_row_value_options=PARTIAL_JSON) applied to the before image.
#include <QByteArray>
#include <QString>

namespace dts::binlog {

QByteArray jsonBinaryText(const char *data, qsizetype size, const QString &where);
// `beforeBinary`: the column's binary JSON in the before image; `diffs`: the after image's diff list.
QByteArray jsonApplyDiffs(const QByteArray &beforeBinary, const char *diffs, qsizetype size, const QString &where);

}  // namespace dts::binlog
