#pragma once
// DTS into Tablestore (engine "tablestore"): the task's destination object (TablestoreOptions), tables
// created from the plan (TablestoreWriter's type mapping), full data as PutRow rows, incremental changes
// as put / update / delete rows with the checkpoint kept in the task's local state.
//
// Delivery is at-least-once: a full-data chunk interrupted before its local "done" mark is written again,
// and incremental changes after the last recorded checkpoint are read and written again after a crash.
// Every write is idempotent (PutRow replaces the row, UpdateRow puts the same values, DeleteRow of a gone
// row is a no-op) and rows of one key keep their order (one bucket), so a replay ends in the same state.
#include "sinks/Destination.h"
#include "sinks/tablestore/TablestoreOptions.h"

#include <QMutex>

namespace dts {

class TablestoreDestination final : public Destination {
public:
    TablestoreDestination(const TaskSpec &task, const DestinationContext &context);

    void open() override;
    void createSchema(const TaskPlan &plan) override;
    std::unique_ptr<BatchEncoder> encoder(const TablePlan &table) override;
    std::unique_ptr<ChunkWriter> writer() override;
    std::unique_ptr<ChangeSink> changeSink(const TaskPlan &plan) override;
    void verify(const TaskPlan &plan, QList<TableResult> &results) override;

    // Rows refused or not convertible and skipped under dirtyData "skip" (full data and incremental).
    struct DirtyLog {
        QMutex mutex;
        qint64 rows = 0;
        void add(const QStringList &lines);
    };

private:
    // A selected table's mapping, built once (throws dts::Error(Invalid) naming the table and the fix).
    ots::TargetTable target(const TablePlan &table);
    QList<ots::TargetTable> targets(const TaskPlan &plan);

    TaskSpec m_task;
    DestinationContext m_context;
    ots::Options m_options;
    QMutex m_mutex;
    QHash<QString, ots::TargetTable> m_targets;  // by source db.table
    std::shared_ptr<DirtyLog> m_dirty = std::make_shared<DirtyLog>();
};

}  // namespace dts
