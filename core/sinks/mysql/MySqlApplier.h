#pragma once
// Incremental changes into MySQL / PolarDB. Consecutive source transactions are applied as one destination
// transaction with the applied position written in it, so a crash never applies one twice nor skips one.
// Inside a group only each row's net effect is written: DELETE of the keys that end deleted, then
// REPLACE of the rows that end present, multi-row per table. That is also what makes the handoff from
// full data exact: changes the copy already holds are written again to the same result.
#include "change/ChangeEvent.h"
#include "change/Transaction.h"
#include "mysql/Connection.h"
#include "mysql/DdlAnalysis.h"
#include "pipeline/Metrics.h"
#include "pipeline/Plan.h"

#include <QHash>
#include <functional>
#include <memory>

namespace dts {

struct ApplierOptions {
    Endpoint endpoint;
    QString runId;
    int workers = 1;  // recorded with each checkpoint: how rows were split among the appliers
    ConflictMode conflict = ConflictMode::Error;
    qint64 maxStatementBytes = 4 << 20;
};

class MySqlApplier {
public:
    // Tables the plan does not list (created since the start in whole databases) take the destination's columns.
    MySqlApplier(const TaskSpec &task, const TaskPlan &plan, ApplierOptions options);
    ~MySqlApplier();

    // Connects (again); throws dts::Error (Transient when the destination is unreachable).
    void connect();
    // The applied positions of this run at the destination, by checkpoint id (the run id for the first
    // applier, "<run id>#<n>" for the others), and the applier count each was written with.
    struct Checkpoint {
        Position position;
        int workers = 1;
    };
    QHash<QString, Checkpoint> checkpoints();
    // Applies the transactions in order and writes group.last().end as the checkpoint of each id, in
    // the same destination transaction (`dropOtherIds`: and deletes the run's other checkpoints).
    // DDL commits what precedes it (with its checkpoints) and runs alone. Row changes must be selected
    // and filtered already (ParallelApplier does it). Throws dts::Error: Transient for a lost
    // connection, deadlock or lock wait (the caller retries the same group), Permanent for data the
    // destination refuses; Transient also while the last connect() failed.
    // keepOpen: a piece of a large transaction; written but neither checkpointed nor committed.
    void apply(const QList<Transaction> &group, const QStringList &checkpointIds, bool dropOtherIds = false,
               bool keepOpen = false);
    void rollback();  // of what keepOpen left open

    QHash<QString, TableCounters> takeCounters();
    QStringList takeWarnings();

    // Whether this source table's changes are replicated, and under which names.
    struct Target {
        bool selected = false;
        QString db, table;              // destination
        QString object;                 // source db.table for messages
        QList<int> columns;             // row image positions written
        QByteArray columnList;          // (`a`,`b`,…) in destination names
        QStringList columnNames;        // the same, unquoted
        QList<int> key;                 // row image positions of the key; empty: no key
        QByteArray keyList;             // (`k1`,`k2`)
        QStringList keyNames;           // the same, unquoted
        QString counterKey;             // destination db.table
        QByteArray qualified;           // `db`.`table`
        bool ins = true, upd = true, del = true, ddl = true;
        QString where;                  // filter on the source's columns (RowFilter)
        int shapeColumns = 0;
    };
    const Target *target(const QString &db, const QString &table, const TableShape *shape);
    // After a DDL another applier ran: definitions may have changed.
    void forgetTargets();

private:
    void flushNet(const Target *only = nullptr);  // only: that table's rows
    void execStatement(const QByteArray &sql, const QString &object);
    void applyRow(const ChangeEvent &c);
    void applyRowDirect(const Target &t, const ChangeEvent &c);
    void applyDdl(const ChangeEvent &c);
    QByteArray runCondition() const;
    void writeCheckpoint(const Position &p, const QStringList &ids, bool dropOtherIds);
    void begin();
    void commit();

    struct Pending;
    TaskSpec m_task;
    const TaskPlan &m_plan;
    ApplierOptions m_o;
    std::unique_ptr<Connection> m_conn;
    QHash<QString, std::shared_ptr<Target>> m_targets;
    // applyRow's one-entry cache. Owned, not a raw pointer: the decoder drops its shapes at each new
    // binlog file and reconnect, and a new table's shape allocated at a freed address would otherwise
    // hit this cache and send its rows to the previous table.
    std::shared_ptr<const TableShape> m_lastShape;
    std::shared_ptr<Target> m_lastTarget;
    std::unique_ptr<Pending> m_pending;
    bool m_inTransaction = false;
    QHash<QString, TableCounters> m_counters;
    QStringList m_warnings;
};

// The key columns' values of a row as bytes: equal keys give equal bytes.
QByteArray rowKeyBytes(const Row &row, const QList<int> &key);
// Whether the row holds a value for each of the columns (not Absent, not a partial JSON diff).
bool rowComplete(const Row &row, const QList<int> &columns);


}  // namespace dts
