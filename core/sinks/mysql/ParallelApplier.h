#pragma once
// Incremental changes into MySQL / PolarDB over several destination connections at once.
//
// A group of source transactions (in commit order) is cut at DDL. Between DDLs, every row change goes to
// applier hash(destination table, key) % N — tables without a key, by table alone — so changes of one
// row always meet in the same applier, in source order; the appliers then apply their parts at the same
// time, each as one destination transaction that also writes its own checkpoint row ("<run>" for the
// first, "<run>#<n>" for the others). A group waits for the one before it. A DDL, and a group that
// cannot be split (an UPDATE that moves a row to another key while the binlog lacks its full image), is
// applied by the first applier alone, writing every checkpoint in its transaction.
//
// After a crash the checkpoints may differ by one group: the stream restarts at the oldest, and a row
// change is skipped when the applier that owned it then (same hash, the applier count the checkpoints
// were written with) has a checkpoint at or past its transaction. Until the newest checkpoint is passed
// the groups are applied whole by the first applier, which brings every checkpoint level again.
//
// Selection, the operations to sync, and WHERE filters are applied here: an UPDATE that moves a row out
// of its table's filter becomes a DELETE, one that moves it in an INSERT.
#include "sinks/ChangeSink.h"
#include "sinks/mysql/MySqlApplier.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace dts {

class RowFilter;

class ParallelApplier final : public ChangeSink {
public:
    ParallelApplier(const TaskSpec &task, const TaskPlan &plan, ApplierOptions options, int workers);
    ~ParallelApplier() override;

    // Connects every applier (Transient when the destination is unreachable) and reads the checkpoints.
    void connect() override;
    // The oldest checkpoint of the appliers.
    std::optional<Position> checkpoint() const override;
    // Returns when every part is committed (a piece of a large transaction, when the transaction is);
    // kReplayFromCheckpoint when the destination was lost while a large transaction was open.
    void apply(const QList<Transaction> &group, const RetryHook &retry) override;

    QHash<QString, TableCounters> takeCounters() override;
    QStringList takeWarnings() override;
    QString summary() const override;
    // How the groups went: split among the appliers, or applied by the first alone (DDL, a row without
    // a full image, replay after a crash, large transactions).
    qint64 parallelSegments() const { return m_parallelSegments; }
    qint64 serialSegments() const { return m_serialSegments; }

private:
    struct Routed;
    enum class Mode { Parallel, Ddl, Big };
    void readCheckpoints();
    Routed route(const QList<Transaction> &segment, bool serial);
    void filterRows(QList<Transaction> &segment);
    void applyPart(int worker, const QList<Transaction> &part, const QStringList &ids, bool dropOthers,
                   const RetryHook &retry);
    void applySegment(const QList<Transaction> &segment, Mode mode, const RetryHook &retry);
    QString checkpointId(int worker) const;

    TaskSpec m_task;
    ApplierOptions m_o;
    std::vector<std::unique_ptr<MySqlApplier>> m_workers;
    std::unique_ptr<RowFilter> m_filter;
    bool m_hasFilters = false;
    bool m_open = false;
    qint64 m_parallelSegments = 0, m_serialSegments = 0;  // the first applier holds a large transaction's first pieces, uncommitted

    // After a restart: the checkpoints as found, until the newest is passed.
    std::optional<Position> m_start;
    QList<std::optional<Position>> m_found;  // by the applier index they were written for
    int m_foundWorkers = 1;
    std::optional<Position> m_newest;
    bool m_level = true;  // every checkpoint of the current applier count exists and is at one position

    QHash<QString, TableCounters> m_counters;
    QStringList m_warnings;
};

// Stable across runs and builds (a worker's checkpoint tells which rows it applied).
quint64 stableHash(const QByteArray &bytes, quint64 seed = 1469598103934665603ULL);

}  // namespace dts
