#pragma once
// Incremental changes into MySQL / PolarDB. Consecutive source transactions are applied as one destination
// transaction with the applied position written in it, so a crash never applies one twice nor skips one.
// Inside a group only each row's net effect is written: DELETE of the keys that end deleted, then
// REPLACE of the rows that end present, multi-row per table. That is also what makes the handoff from
// full data exact: changes the copy already holds are written again to the same result.
#include "change/ChangeEvent.h"
#include "mysql/Connection.h"
#include "pipeline/Metrics.h"
#include "pipeline/Plan.h"

#include <QHash>
#include <functional>
#include <memory>

namespace dts {

// One committed source transaction.
struct Transaction {
    QList<ChangeEvent> changes;  // rows and DDL in source order
    Position end;                // where the source stands after it: the resume point
    qint64 sourceTimeMs = 0;     // commit time at the source (µs precision where the binlog gives it)
    qint64 bytes = 0;            // binlog bytes
    bool heartbeat = false;      // our own heartbeat row only
    int rowCount() const;
};

struct ApplierOptions {
    Endpoint endpoint;
    QString runId;
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
    // The applied position this run left at the destination; nullopt before the first group.
    std::optional<Position> checkpoint();
    // Applies the transactions in order; DDL commits what precedes it and runs alone. Throws dts::Error:
    // Transient for a lost connection, deadlock or lock wait (the caller retries the same group),
    // Permanent for data the destination refuses.
    void apply(const QList<Transaction> &group);

    QHash<QString, TableCounters> takeCounters();
    QStringList takeWarnings();

    // Whether this source table's changes are replicated, and under which names.
    struct Target;
    const Target *target(const QString &db, const QString &table, const TableShape *shape);

private:
    void flushNet();
    void execStatement(const QByteArray &sql, const QString &object);
    void applyRow(const ChangeEvent &c);
    void applyRowDirect(const Target &t, const ChangeEvent &c);
    void applyDdl(const ChangeEvent &c);
    void writeCheckpoint(const Position &p);
    void begin();
    void commit();

    struct Pending;
    TaskSpec m_task;
    const TaskPlan &m_plan;
    ApplierOptions m_o;
    std::unique_ptr<Connection> m_conn;
    QHash<QString, std::shared_ptr<Target>> m_targets;
    const TableShape *m_lastShape = nullptr;  // applyRow's one-entry cache
    std::shared_ptr<Target> m_lastTarget;
    std::unique_ptr<Pending> m_pending;
    bool m_inTransaction = false;
    QHash<QString, TableCounters> m_counters;
    QStringList m_warnings;
};

// Which table names a DDL statement touches ("db.table", with its default database applied), and the
// statement with them replaced by `rename(db, table)` (quoted db.table). Kind is the leading keywords,
// e.g. "ALTER TABLE", "CREATE TABLE", "RENAME TABLE"; empty when it is not one we replicate.
struct DdlInfo {
    QString kind;
    QList<QPair<QString, QString>> tables;  // (db, table) in the order they appear
    QByteArray rewritten;
};
DdlInfo analyzeDdl(const QByteArray &sql, const QString &defaultDb,
                   const std::function<QPair<QString, QString>(const QString &, const QString &)> &rename);

}  // namespace dts
