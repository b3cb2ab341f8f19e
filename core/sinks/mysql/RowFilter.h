#pragma once
// WHERE filters on binlog row images. Full data applies a table's filter in its SELECT on the source;
// for the same rows to pass in incremental sync, the source server evaluates the filter on the images:
// they are written into a session TEMPORARY table with the table's column types and collations (never
// binlogged in ROW format), and `SELECT seq … WHERE filter` says which pass.
#include "change/ChangeEvent.h"
#include "task/TaskSpec.h"

#include <QHash>
#include <memory>

namespace dts {

class Connection;

class RowFilter {
public:
    explicit RowFilter(const Endpoint &source);
    ~RowFilter();

    // Whether each row passes `where` on source table db.table (whose image layout is `shape`).
    // Throws dts::Error: Permanent when an image lacks columns (MINIMAL row image) or the filter does
    // not run on it; Transient when the source cannot be reached.
    QList<bool> evaluate(const TableShape &shape, const QString &where, const QList<const Row *> &rows);

private:
    QString tempTable(const TableShape &shape);

    Endpoint m_source;
    std::unique_ptr<Connection> m_conn;
    QHash<QString, QString> m_temp;  // db.table + columns → temporary table
    int m_next = 0;
};

}  // namespace dts
