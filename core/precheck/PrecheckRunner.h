#pragma once
// Runs the precheck of a task: as a QFuture the wizard can watch (one result per item, at the item's
// index in planned(); progress = items finished; cancel() stops it between items) or blocking, for
// `dts precheck` and `dts run`.
#include "precheck/PrecheckItem.h"

#include <QFuture>
#include <QJsonObject>
#include <atomic>

namespace dts {
class TaskStore;
}

namespace dts::precheck {

struct ItemInfo {
    QString id, title;
};

// The items that apply to the task, in the order start() reports them.
QList<ItemInfo> planned(const TaskSpec &task, const Options &options = {});

// Starts the precheck on a thread of its own. Results arrive at the index of their item in planned();
// items not run because of cancel() have none.
QFuture<Result> start(const TaskSpec &task, const Options &options = {});

struct Report {
    QString task;
    QList<Result> results;
    double seconds = 0;
    bool cancelled = false;

    int count(Status s) const;
    bool hasFailures() const { return count(Status::Failed) > 0; }
    QList<Result> warnings() const;  // not ignored
    // DTS's "success rate": items passed (an ignored warning counts as passed) out of all, in percent.
    int successRate() const;

    QJsonObject toJson() const;
    QString toText() const;          // every item with its status, message and fix
    QString failureSummary() const;  // the failed items only, for an error message
};

// One side's reachability as the source.connectivity / destination.connectivity items report it (the
// cause named, the fix), for the wizard's Test Connectivity button. Blocking: run it off the GUI thread.
Result testConnectivity(const Endpoint &endpoint, const QString &role, int connectTimeoutSec = 10);

// What an earlier run of the task recorded in its local state (see TaskRunner::stateDir).
ResumeState resumeStateOf(TaskStore &store);

// Blocking; `cancel` (optional) is polled between items.
Report run(const TaskSpec &task, const Options &options = {}, const std::atomic<bool> *cancel = nullptr);
// From what start() delivered.
Report reportOf(const TaskSpec &task, const QFuture<Result> &future, double seconds);

}  // namespace dts::precheck
