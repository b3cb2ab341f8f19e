#pragma once
// What the precheck reads from each server once, before the items run: reachability, version, global
// variables, and the catalog of what the task selects (one information_schema query per kind, however
// many tables). Items share it read-only; unit tests build one by hand.
#include "mysql/Catalog.h"
#include "mysql/ServerVersion.h"
#include "pipeline/Plan.h"
#include "precheck/Connectivity.h"
#include "precheck/PrecheckItem.h"

#include <QHash>

namespace dts::precheck {

struct ServerSnapshot {
    QString label;            // "source dts@10.0.0.1:3306" (never a password)
    bool reachable = false;
    ConnectFailure failure = ConnectFailure::None;  // why not
    QString failureMessage;   // the client's error
    QString failureFix;
    int failureCode = 0;
    ServerVersion version;
    QHash<QString, QString> variables;  // global variables, lower-case names
    QString readError;        // reachable, but what the items need could not be read (they are skipped)

    bool hasVariable(const QString &name) const { return variables.contains(name); }
    QString variable(const QString &name) const { return variables.value(name); }
    bool isOn(const QString &name) const;  // ON / 1 / YES
    bool isLocal() const;     // on this machine (loopback): its data directory can be looked at
    QString host, user;
    int port = 0;
};

struct TriggerInfo {
    QString database, name, table, statement;  // statement: the trigger body (ACTION_STATEMENT)
};

struct ReplicaHost {
    quint32 serverId = 0;
    QString host;
    int port = 0;
};

struct SourceSnapshot : ServerSnapshot {
    bool planned = false;     // the catalog was read and the task resolved against it
    TaskPlan plan;
    PlanIssues issues;
    QList<TriggerInfo> triggers;  // of the selected databases
    // Replication facts; each *Error says why one could not be read (usually a missing privilege).
    std::optional<bool> isReplica;
    QString isReplicaError;
    std::optional<QStringList> binaryLogs;
    QString binaryLogsError;
    std::optional<QList<ReplicaHost>> replicas;
    QString replicasError;
};

struct DestinationSnapshot : ServerSnapshot {
    int lowerCaseTableNames = 0;
    // Every table of the target databases (so also the existing targets), by table(); read once the plan is known.
    QHash<QString, TableInfo> tables;
    bool targetsRead = false;
    std::optional<Position> checkpoint;  // the position an earlier run of this task applied up to

    const TableInfo *table(const QString &db, const QString &name) const;
    QString key(const QString &db, const QString &name) const;  // folded as the server folds names
};

// Reads the snapshots: connect (both sides at once), then the source catalog and plan, then the
// destination's target tables. Never throws: what fails is recorded for the items to report.
class SnapshotReader {
public:
    SnapshotReader(const TaskSpec &task, const Options &options);
    ~SnapshotReader();
    void readServers();  // both sides in parallel
    void readPlan();
    void readTargets();

    SourceSnapshot source;
    DestinationSnapshot destination;

private:
    void readSource();
    void readDestination();
    const TaskSpec &m_task;
    const Options &m_options;
    std::unique_ptr<Connection> m_src, m_dst;
    std::unique_ptr<Catalog> m_srcCatalog;
};

}  // namespace dts::precheck
