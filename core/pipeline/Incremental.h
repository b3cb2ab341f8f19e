#pragma once
// Incremental sync: a reader thread follows the source's binlog as a replica (BinlogStream), decodes it
// and cuts it into committed transactions; the applier applies them in commit order, in groups, with the
// position checkpoint in the same destination transaction. Lost connections are retried within the
// task's retry windows from the last position read (reader) or the group in hand (applier).
#include "change/Position.h"
#include "pipeline/Metrics.h"
#include "pipeline/Plan.h"
#include "task/TaskSpec.h"

#include <atomic>
#include <functional>
#include <memory>

namespace dts {

class ChangeSink;

struct IncrementalOptions {
    QString runId;
    bool untilCaughtUp = false;   // stop once the applied position reaches the source's position at the start
    quint32 serverId = 0;         // replica server id (0: picked)
    // The destination's sink; unset: MySQL / PolarDB (ParallelApplier over task.destination).
    std::function<std::unique_ptr<ChangeSink>()> makeSink;
};

class IncrementalSync {
public:
    IncrementalSync(const TaskSpec &task, const TaskPlan &plan, IncrementalOptions options, Metrics &metrics,
                    std::atomic<bool> &cancel);
    ~IncrementalSync();

    // Runs until cancelled (returns at a transaction boundary) or, with untilCaughtUp, caught up.
    // `start` is used when the destination holds no checkpoint of this run. Throws dts::Error when a
    // retry window runs out or for a permanent failure (e.g. the binlog to resume from was purged).
    void run(const Position &start);

    Position appliedPosition() const;
    QStringList warnings() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace dts
