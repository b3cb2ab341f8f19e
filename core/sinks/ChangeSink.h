#pragma once
// Where incremental changes go. IncrementalSync reads the binlog, cuts it into committed transactions and
// hands them to the sink in groups, in source commit order, from one thread; the sink may fan out inside.
//
// The contract that makes "nothing lost, nothing doubled" hold across stops and crashes:
// - checkpoint() is where reading must resume so that nothing is lost: the end of the last group the
//   sink made durable (MySQL: in the same destination transaction; message and table stores: recorded
//   after the destination acknowledged every record of the group, so a crash between the two repeats at
//   most that group — at-least-once, and idempotent where the destination allows, e.g. Tablestore PutRow).
// - apply() returns only when the group is durable at the destination and its checkpoint recorded
//   (or, for a sink that batches across groups, held back; see flushHeld()).
// - Selection, operations to sync and WHERE filters are the sink's business (they depend on how it
//   names and keys things); TaskPlan says what they are.
#include "change/Transaction.h"
#include "pipeline/Metrics.h"

#include <QHash>
#include <QStringList>
#include <functional>
#include <optional>

namespace dts {

class Error;

class ChangeSink {
public:
    // Called (from any thread of the sink) when a Transient error hits: returns to retry after waiting,
    // throws to give up (the retry window is over, or the task is being stopped).
    using RetryHook = std::function<void(const Error &)>;
    // apply() throws a Transient error with this code when what it had written of an open large
    // transaction is gone (lost session): connect() again and read from checkpoint().
    static constexpr int kReplayFromCheckpoint = -4201;

    virtual ~ChangeSink() = default;

    // Connects (again) and reads the checkpoint. Throws dts::Error, Transient when the destination is
    // unreachable.
    virtual void connect() = 0;
    // Where the stream must start; nullopt before the first group of this run.
    virtual std::optional<Position> checkpoint() const = 0;
    // See above. Throws dts::Error: Permanent for a change the destination refuses (naming the object and
    // the fix), what the retry hook throws, or kReplayFromCheckpoint.
    virtual void apply(const QList<Transaction> &group, const RetryHook &retry) = 0;
    // A sink that batches across groups (Function Compute by count, bytes and time) may hold the last
    // records of apply() back; checkpoint() then stays before them. Called after each group and when
    // none came for a while to send what is due, and with `all` when incremental sync stops at a
    // transaction boundary. Returns the milliseconds until what it still holds is due (-1: nothing held),
    // so the caller comes back in time. Throws as apply() does.
    virtual int flushHeld(bool all, const RetryHook &retry)
    {
        (void)all;
        (void)retry;
        return -1;
    }

    // Per destination table since the last call (inserts, updates, deletes, DDLs), for the monitor.
    virtual QHash<QString, TableCounters> takeCounters() = 0;
    virtual QStringList takeWarnings() = 0;
    // One line for the log when incremental sync stops (how the groups went).
    virtual QString summary() const = 0;
};

}  // namespace dts
