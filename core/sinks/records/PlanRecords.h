#pragma once
// What the task's plan makes of source rows for a record destination (RocketMQ, Function Compute):
// - full data: rows read from the source (text protocol) become INIT records with the plan's columns;
// - incremental: the changes of selected tables whose operation is synced and whose WHERE filter passes,
//   with the row images cut to the plan's columns, so INIT and change records have the same columns.
// Records carry source names (database, table, columns): a consumer sees what the source holds.
// Tables created after the start in a whole-database selection are sent with all their columns.
#include "change/Transaction.h"
#include "pipeline/Metrics.h"
#include "pipeline/Plan.h"

#include <QHash>
#include <memory>

namespace dts {
class RowFilter;
class RowStream;
}

namespace dts::formats {

// The record shape of a planned table: its copied columns, with types as the binlog would give them.
std::shared_ptr<TableShape> shapeOfPlan(const TablePlan &table);
// One full-data row (columns in TablePlan::columns order, as the full-data reader selects them).
Row rowFromText(const TableShape &shape, const RowStream &row);
// An INIT event of that row.
ChangeEvent initEvent(const std::shared_ptr<const TableShape> &shape, const RowStream &row);

class PlanRecords {
public:
    PlanRecords(const TaskPlan &plan, const Endpoint &source);
    ~PlanRecords();

    // The records of one transaction to send, in source order. Throws dts::Error as RowFilter does
    // (Transient when the source, which evaluates WHERE filters, is away).
    QList<ChangeEvent> select(const Transaction &tx);
    // Per source table since the last call.
    QHash<QString, TableCounters> takeCounters() { return std::exchange(m_counters, {}); }

private:
    struct Table;
    Table &table(const ChangeEvent &e);
    bool ddlSelected(const QString &db) const;

    const TaskPlan &m_plan;
    Endpoint m_source;
    std::unique_ptr<RowFilter> m_filter;
    QHash<QString, std::shared_ptr<Table>> m_tables;  // db \x01 table
    QHash<QString, TableCounters> m_counters;
};

}  // namespace dts::formats
