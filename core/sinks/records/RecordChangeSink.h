#pragma once
// The incremental half of a record destination (RocketMQ, Function Compute): selects the records of each
// group with the plan (PlanRecords), hands them to the engine, and records the checkpoint in the task's
// local state once the engine says every record is acknowledged.
//
// At-least-once: a crash (or kill) after the destination stored records and before the checkpoint is
// written sends them again on restart. The checkpoint is the end of the last whole transaction whose
// records are all acknowledged: an engine that batches across groups (Function Compute) holds the last
// records back, and a crash then resends at most those and the unacknowledged batch. Pieces of a large
// transaction are sent as they come; the checkpoint stays at the transaction's start until its end, so a
// restart sends the whole transaction again. A piece voided by the reader (abortPartial) cannot be taken
// back from a queue or a function: those records stay, and the transaction is sent again from its start.
#include "sinks/ChangeSink.h"
#include "sinks/records/PlanRecords.h"

#include <deque>
#include <memory>

namespace dts {

class TaskStore;

// A record to send and the GTID of its source transaction (empty when the binlog gives none).
struct TxRecord {
    ChangeEvent event;
    QString gtid;
};

class RecordChangeSink : public ChangeSink {
public:
    RecordChangeSink(const TaskPlan &plan, const Endpoint &source, QString stateDir, QString engine);
    ~RecordChangeSink() override;

    void connect() override;
    std::optional<Position> checkpoint() const override { return m_checkpoint; }
    void apply(const QList<Transaction> &group, const RetryHook &retry) override;
    int flushHeld(bool all, const RetryHook &retry) override;
    QHash<QString, TableCounters> takeCounters() override { return m_records.takeCounters(); }
    QStringList takeWarnings() override;
    QString summary() const override;

protected:
    // Connects the engine (again). Throws dts::Error, Transient when unreachable.
    virtual void connectEngine() = 0;
    // Takes the records in order and returns when the destination acknowledged all of them, or all but
    // the last heldRecords() (an engine batching across groups). On a Transient error it calls retry(e)
    // (which waits, or throws when the task's retry window is over) and goes on with what is not
    // acknowledged yet.
    virtual void deliver(const QList<TxRecord> &records, const RetryHook &retry) = 0;
    // Sends held records that are due (all of them with `all`); retries as deliver() does.
    virtual void sendHeld(bool all, const RetryHook &retry)
    {
        (void)all;
        (void)retry;
    }
    // How many of the last records taken are not acknowledged yet, and in how many ms they are due.
    virtual qint64 heldRecords() const { return 0; }
    virtual int heldDueMs() const { return 0; }
    virtual QStringList engineWarnings() = 0;

private:
    void advanceCheckpoint();

    formats::PlanRecords m_records;
    QString m_stateDir, m_key;
    std::unique_ptr<TaskStore> m_store;  // opened on the incremental thread (SQLite connections are per thread)
    std::optional<Position> m_checkpoint;
    QStringList m_warnings;
    qint64 m_groups = 0;
    qint64 m_taken = 0;      // records given to deliver()
    qint64 m_delivered = 0;  // of them acknowledged
    // Whole transactions not checkpointed yet: how many records were taken up to their end, and the end.
    std::deque<std::pair<qint64, Position>> m_ends;
};

}  // namespace dts
