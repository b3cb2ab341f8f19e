#pragma once
// A destination engine other than MySQL / PolarDB (Tablestore, RocketMQ, Function Compute): what
// TaskRunner needs from it for each step. MySQL and PolarDB keep their own path in TaskRunner (schema
// with views, routines and triggers; checkpoints inside destination transactions).
//
// Engines register in Destination.cpp (makeDestination): one line per engine.
#include "pipeline/Plan.h"
#include "pipeline/TaskRunner.h"
#include "sinks/ChangeSink.h"
#include "sinks/Sink.h"
#include "task/TaskSpec.h"

#include <QString>
#include <atomic>
#include <memory>

namespace dts {

class TaskStore;

struct DestinationContext {
    QString runId;      // this task's run (stable across resumes)
    QString stateDir;   // the task's local state (TaskStore): where checkpoints live for engines that
                        // cannot hold them themselves
    const std::atomic<bool> *cancel = nullptr;  // set when the task is asked to stop: end waits early
};

class Destination {
public:
    virtual ~Destination() = default;

    // Connects and checks that it can write. The precheck has run; this is for what only a real
    // request shows. Throws dts::Error (Precheck for a problem the user fixes before running again).
    virtual void open() = 0;

    // The schema step (schema sync selected and not done yet): create what the plan's tables need
    // (Tablestore: tables). Must be idempotent: a run stopped halfway does it again.
    virtual void createSchema(const TaskPlan &plan) = 0;

    // Full data: encoders run on reader threads, one writer per writer thread (see sinks/Sink.h). A
    // chunk is recorded done in the local store after writer->commit(); a chunk interrupted before that
    // is sent again, so the engine writes it at least once (committedRows may say it landed).
    virtual std::unique_ptr<BatchEncoder> encoder(const TablePlan &table) = 0;
    virtual std::unique_ptr<ChunkWriter> writer() = 0;

    // Incremental changes.
    virtual std::unique_ptr<ChangeSink> changeSink(const TaskPlan &plan) = 0;

    // The closing check of `dts run`: fills destinationRows / checksum of each result, or says in its
    // checksum why it cannot ("n/a (…)"). The default says the engine cannot be read back.
    virtual void verify(const TaskPlan &plan, QList<TableResult> &results);
};

// Problems of the "destination" object of an engine that reads its own settings, each "$.destination.key: what"
// (TaskSpec::fromJson lists them with the task's other problems). One line per engine in Destination.cpp.
QStringList destinationProblems(const QString &engine, const QJsonObject &destination);

// The closing check for engines that can be read back: counts each planned table at the source (with
// its WHERE filter) and lets the destination fill in its side (Destination::verify).
QList<TableResult> readBackCheck(const TaskSpec &task, const TaskPlan &plan, Destination &destination);

// The keys of an engine's "destination" object that tune how it writes, not what (secret variable names,
// concurrency, throttles, the dirty-data policy used to get past a refused row): a resumed run may change
// them, so they stay out of TaskSpec::fingerprint().
QStringList destinationTuningKeys(const QString &engine);

// The destination of the task's engine; throws dts::Error(Invalid) naming $.destination.engine for an
// engine this build lacks. Not for MySQL / PolarDB (TaskSpec::destinationIsMySql()).
std::unique_ptr<Destination> makeDestination(const TaskSpec &task, const DestinationContext &context);

}  // namespace dts
