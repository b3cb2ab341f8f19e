#pragma once
// Where in the source's binlog a piece of data stands: what incremental sync resumes from.
#include <QJsonObject>
#include <QString>

namespace dts {

struct Position {
    QString file;            // binlog file name
    quint64 offset = 0;      // byte offset in it
    QString gtidSet;         // MySQL gtid_executed or MariaDB gtid_binlog_pos; may be empty
    qint64 timestamp = 0;    // source time, seconds since the epoch
    QString flavor;          // "mysql" | "mariadb"

    bool isValid() const { return !file.isEmpty(); }
    QString toString() const;  // file:offset [gtid]
    QJsonObject toJson() const;
    static Position fromJson(const QJsonObject &o);
};

}  // namespace dts
