#pragma once
// Tablestore STRING values are UTF-8; MySQL text columns arrive (binlog images, raw full-data reads)
// as the bytes of their own character set. Converted with iconv (glibc).
#include <QByteArray>
#include <QString>
#include <optional>

namespace dts::ots {

// `bytes` in MySQL character set `charset` ("latin1", "gbk", "utf8mb4" …) as UTF-8; nullopt when the
// bytes are not valid in it or the set is unknown. UTF-8 sets and empty/"binary" come back unchanged.
std::optional<QByteArray> toUtf8(const QByteArray &bytes, const QString &charset);

}  // namespace dts::ots
