#pragma once
// Data verification of a MySQL/PolarDB destination against the source, as DTS's "Data Verification":
// each table split by its key into chunks; per chunk both servers compute COUNT and BIT_XOR of a CRC32
// over a canonical form of the mapped columns; chunks that differ are split further down to the rows,
// and every differing row comes with the SQL that repairs it. Runs as a QFuture the wizard can watch
// (one result per table; progress = chunks checked; cancel() stops between chunks) or blocking, for
// `dts verify`.
#include "task/TaskSpec.h"

#include <QFuture>
#include <QJsonObject>
#include <atomic>

namespace dts::verify {

struct Options {
    int ratio = 100;               // percent of each table's chunks checked (10–100), spread evenly, the same every run
    double rowsPerSecond = 0;      // read throttle on each side; 0 = unlimited
    double mbPerSecond = 0;
    double timeLimitMinutes = 0;   // 0 = none; chunks not reached are reported as not checked
    int connections = 4;           // per side; also the number of chunks checked at once
    QString stateDir;              // the task's local state (its run id finds its checkpoint); empty: the default
    int recheckDelaySeconds = 5;   // incremental task: a difference is confirmed only after this and once the
                                   // destination has applied what the source had when it was found
    int maxRecheckWaitSeconds = 60;
    int maxRowsListed = 10000;     // per table: rows reported with their repair SQL (the counts are always exact)
    qint64 chunkBytes = 4 << 20;   // of a top-level chunk

    // From the task's "verification" object.
    static Options fromTask(const TaskSpec &task);
};

enum class DiffKind { Missing, Extra, Different };
QString toString(DiffKind);

struct RowDiff {
    DiffKind kind = DiffKind::Different;
    QString key;          // "id=5, code='ab'" as a DBA reads it
    QStringList columns;  // Different: the destination columns whose values differ
    QString repairSql;    // one statement, without the trailing ';'
};

struct TableResult {
    QString source, target;         // db.table on each side
    bool keyless = false;           // no primary or NOT NULL unique key: rows counted only
    qint64 sourceRows = 0, destinationRows = 0;  // rows checked (or counted) on each side
    qint64 missing = 0, extra = 0, different = 0;
    int chunks = 0, chunksChecked = 0;
    QList<RowDiff> rows;            // at most Options::maxRowsListed
    bool truncated = false;         // more differing rows than listed
    QString note;                   // e.g. "sampled 30 % of the chunks", "time limit reached"
    QString error;                  // the table could not be verified

    bool equal() const;
    bool complete() const { return error.isEmpty() && chunksChecked == chunks; }
};

struct Report {
    QString task;
    QString notApplicable;  // non-empty: the destination cannot be verified this way, and why
    int ratio = 100;
    QList<TableResult> tables;
    double seconds = 0;
    bool cancelled = false, timedOut = false;
    bool incremental = false;       // the task's incremental sync had a checkpoint: differences were rechecked
    QString appliedPosition;        // the destination's checkpoint when the check ended
    bool notCaughtUp = false;       // the destination did not catch up within maxRecheckWaitSeconds: some
                                    // differences may be changes not applied yet (is the task running?)

    qint64 rowsChecked() const;
    bool equal() const;             // every table equal, nothing left out by an error
    bool hasDifferences() const;
    // Every repair statement in the order that applies them (deletes, updates, inserts), with a header
    // that sets the session time zone the literals are written in.
    QString repairScript() const;
    QStringList repairStatements() const;
    QJsonObject toJson() const;
    QString toText() const;
};

// Why verification does not apply to the task's destination, or "" when it does.
QString notApplicable(const TaskSpec &task);

QFuture<TableResult> start(const TaskSpec &task, const Options &options = {});
// Blocking; `cancel` is polled between chunks. Throws dts::Error when the servers cannot be read at all.
Report run(const TaskSpec &task, const Options &options = {}, const std::atomic<bool> *cancel = nullptr);
Report reportOf(const TaskSpec &task, const QFuture<TableResult> &future, double seconds);

// Runs the report's repair statements on the destination, table by table in one transaction each;
// returns the number of statements run. Throws dts::Error naming the statement that failed.
int applyRepair(const TaskSpec &task, const Report &report);

}  // namespace dts::verify
