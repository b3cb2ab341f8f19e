#pragma once
// Runs one task from start to end: checks, schema, full data, then incremental changes until stopped,
// with every step resumable from the local store and the destination's checkpoints.
#include "change/Position.h"
#include "pipeline/Metrics.h"
#include "pipeline/Plan.h"
#include "precheck/PrecheckRunner.h"
#include "task/TaskSpec.h"

#include <atomic>
#include <functional>
#include <memory>

namespace dts {

enum class TaskState { Created, Checking, Schema, FullData, Incremental, Verifying, Finished, Failed, Cancelled };
QString toString(TaskState);

struct RunOptions {
    bool untilFull = false;  // stop after full data
    bool untilCaughtUp = false;  // incremental: stop once the source's position at its start is applied
    QString stateDir;        // empty: the default per task name
    bool reset = false;      // forget the local state and start over
    bool verifyAtEnd = true; // count (and CHECKSUM where comparable) every table at the end
};

struct TableResult {
    QString source, target;
    qint64 sourceRows = -1, destinationRows = -1;
    QString checksum;  // "match" | "differs" | "n/a (…)"
    bool countComparable = true;  // false: the counts differ by design (not every operation synced)
    double seconds = 0;
};

struct RunSummary {
    QList<TableResult> tables;
    Position startPosition;
    Position endPosition;       // incremental: the applied position when it stopped
    bool stoppedByUser = false;
    double seconds = 0;
    qint64 rows = 0, bytes = 0;
    bool allMatch = true;
};

class TaskRunner {
public:
    TaskRunner(TaskSpec task, RunOptions options);
    ~TaskRunner();

    // Throws dts::Error (kinds: Invalid, Precheck, Permanent, Cancelled).
    void run();
    void cancel() { m_cancel = true; }

    Metrics &metrics() { return m_metrics; }
    TaskState state() const { return m_state; }
    const RunSummary &summary() const { return m_summary; }
    const QStringList &warnings() const { return m_warnings; }
    const precheck::Report &precheckReport() const { return m_precheck; }
    QString stateDir() const { return m_stateDir; }

    std::function<void(TaskState)> onStateChanged;  // called on the runner's thread

    static QString defaultStateDir(const TaskSpec &task);

private:
    void setState(TaskState s);
    Position readStartPosition(class Connection &src);
    void runFullData(class Connection &dst, const TaskPlan &plan, class TaskStore &store, const QString &runId);
    // dst: MySQL / PolarDB destination (its chunk checkpoints), null for other engines.
    void runFullData(class Connection *dst, const TaskPlan &plan, class TaskStore &store, const QString &runId,
                     const std::function<std::unique_ptr<class BatchEncoder>(const TablePlan &)> &encoders,
                     const std::function<std::unique_ptr<class ChunkWriter>()> &writers);
    void verify(const TaskPlan &plan, class Destination *other);

    TaskSpec m_task;
    RunOptions m_options;
    QString m_stateDir;
    Metrics m_metrics;
    std::atomic<bool> m_cancel{false};
    std::atomic<TaskState> m_state{TaskState::Created};
    RunSummary m_summary;
    QStringList m_warnings;
    precheck::Report m_precheck;
};

}  // namespace dts
