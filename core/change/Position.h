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

// Binlog file order: mysql-bin.000010 comes after mysql-bin.000009, and after 999999 comes 1000000.
int compareBinlogPositions(const QString &fileA, quint64 offsetA, const QString &fileB, quint64 offsetB);
inline int comparePositions(const Position &a, const Position &b) { return compareBinlogPositions(a.file, a.offset, b.file, b.offset); }

}  // namespace dts
