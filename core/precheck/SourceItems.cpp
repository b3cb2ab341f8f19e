// The source's items: reachability, version, privileges, binlog settings, and what the selected
// objects hold. Each class is one item; its id is part of the task file format (ignoredWarnings).
#include "mysql/Connection.h"
#include "mysql/Privileges.h"
#include "precheck/Checks.h"
#include "precheck/Snapshot.h"
#include "sinks/mysql/MySqlSink.h"

#include <QSet>

namespace dts::precheck {

namespace {

QString restartNote(const QString &variable, const QString &value)
{
    return QStringLiteral("-- and in the server's configuration (my.cnf), so that it survives a restart:\n[mysqld]\n%1 = %2")
        .arg(variable, value);
}

class SourceConnectivity : public Item {
public:
    SourceConnectivity() : Item("source.connectivity", QT_TRANSLATE_NOOP("dts::precheck::Item", "Source database connectivity"), NeedsNothing) {}
    Result run(const Context &ctx) const override
    {
        return connectivityResult(ctx.source, QStringLiteral("source"), ctx.options.connectTimeoutSec);
    }
};

class SourceVersion : public Item {
public:
    SourceVersion() : Item("source.version", QT_TRANSLATE_NOOP("dts::precheck::Item", "Source database version"), NeedsSource) {}
    Result run(const Context &ctx) const override { return sourceVersionVerdict(ctx.source.version); }
};

class SourcePrivileges : public Item {
public:
    SourcePrivileges() : Item("source.privileges", QT_TRANSLATE_NOOP("dts::precheck::Item", "Source account privileges"), NeedsSource | NeedsPlan) {}
    Result run(const Context &ctx) const override
    {
        const auto conn = ctx.connectSource();
        Connection &c = *conn;
        const QString user = ctx.task.source.user;
        QStringList problems, fixes, objects;
        auto fix = [&fixes](const QString &sql) {
            if (!fixes.contains(sql))
                fixes << sql;
        };
        // A whole database is listed through information_schema, which hides the tables the account may
        // not read: without database-wide SELECT those tables would be silently left behind.
        for (const DatabaseSelection &d : ctx.task.objects) {
            if (!d.wholeDatabase() || !hasDatabase(ctx, d.database))  // a missing one is source.objects' business
                continue;
            if (!missingPrivileges(c, d.database, {QStringLiteral("SELECT")}).isEmpty()) {
                problems << QStringLiteral("%1: the whole database is selected, but the account may not SELECT all of it, "
                                           "so tables it cannot see would be missed")
                                .arg(d.database);
                objects << d.database;
                fix(grantStatement({QStringLiteral("SELECT")}, d.database, user) + QLatin1Char(';'));
            }
        }
        // SELECT * also fails when only some columns are granted.
        for (const TablePlan *t : ctx.source.plan.tables()) {
            if (ctx.cancelled())
                break;
            try {
                c.exec(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(quoteIdent(t->source.database, t->source.name)));
            } catch (const Error &e) {
                problems << QStringLiteral("%1: %2").arg(t->id(), e.message());
                objects << t->id();
                fix(grantStatement({QStringLiteral("SELECT")}, t->source.database, user) + QLatin1Char(';'));
            }
        }
        if (ctx.incremental()) {
            const QStringList replication = replicationPrivileges(ctx.source.version);
            if (const QStringList missing = missingPrivileges(c, QString(), replication); !missing.isEmpty()) {
                problems << QStringLiteral("missing %1 on *.*: incremental sync reads the binlog as a replica")
                                .arg(missing.join(QStringLiteral(", ")));
                objects << QStringLiteral("*.*");
                fix(globalGrant(missing, user));
            }
            for (const DatabasePlan &d : ctx.source.plan.databases)
                if (!missingPrivileges(c, d.source, {QStringLiteral("SHOW VIEW")}).isEmpty()) {
                    problems << QStringLiteral("%1: missing SHOW VIEW (views are followed through incremental DDL)").arg(d.source);
                    objects << d.source;
                    fix(grantStatement({QStringLiteral("SHOW VIEW")}, d.source, user) + QLatin1Char(';'));
                }
        }
        if (problems.isEmpty())
            return Result::passed(QStringLiteral("%1 may read every selected table%2")
                                      .arg(ctx.source.label,
                                           ctx.incremental() ? QStringLiteral(" and the binlog") : QString()));
        return Result::failed(QStringLiteral("%1: the source account lacks privileges the task needs:\n  %2")
                                  .arg(ctx.source.label, problems.join(QStringLiteral("\n  "))),
                              objects, fixes.join(QLatin1Char('\n')));
    }

private:
    static bool hasDatabase(const Context &ctx, const QString &db)
    {
        for (const DatabasePlan &d : ctx.source.plan.databases)
            if (d.source == db)
                return true;
        return false;
    }
};

class HeartbeatPrivileges : public Item {
public:
    HeartbeatPrivileges() : Item("source.heartbeat-privileges", QT_TRANSLATE_NOOP("dts::precheck::Item", "Source heartbeat table privileges"), NeedsSource) {}
    bool appliesTo(const TaskSpec &t, const Options &o) const override { return followsBinlog(t, o) && t.advanced.heartbeat; }
    Result run(const Context &ctx) const override
    {
        const auto conn = ctx.connectSource();
        const QString user = ctx.task.source.user;
        QStringList problems, fixes;
        if (const QStringList m = missingPrivileges(*conn, QString::fromLatin1(kMetaDatabase),
                                                    {QStringLiteral("CREATE"), QStringLiteral("INSERT"), QStringLiteral("UPDATE")});
            !m.isEmpty()) {
            problems << QStringLiteral("%1: missing %2").arg(QLatin1String(kMetaDatabase), m.join(QStringLiteral(", ")));
            fixes << grantStatement(m, QString::fromLatin1(kMetaDatabase), user) + QLatin1Char(';');
        }
        if (const QStringList m = missingPrivileges(*conn, QStringLiteral("test"), {QStringLiteral("CREATE")}); !m.isEmpty()) {
            problems << QStringLiteral("test: missing CREATE (CREATE DATABASE IF NOT EXISTS test moves the binlog on an "
                                       "idle source)");
            fixes << grantStatement(m, QStringLiteral("test"), user) + QLatin1Char(';');
        }
        if (problems.isEmpty())
            return Result::passed(QStringLiteral("the heartbeat table %1.heartbeat can be written").arg(QLatin1String(kMetaDatabase)));
        return Result::warning(QStringLiteral("%1: the heartbeat cannot be written, so latency is computed from the last "
                                              "event (an idle source looks late):\n  %2")
                                   .arg(ctx.source.label, problems.join(QStringLiteral("\n  "))),
                               {QString::fromLatin1(kMetaDatabase)}, fixes.join(QLatin1Char('\n')));
    }
};

class BinlogEnabled : public Item {
public:
    BinlogEnabled() : Item("source.binlog-enabled", QT_TRANSLATE_NOOP("dts::precheck::Item", "Source binary logging is on (log_bin)"), NeedsSource) {}
    bool appliesTo(const TaskSpec &t, const Options &o) const override { return followsBinlog(t, o); }
    Result run(const Context &ctx) const override
    {
        if (ctx.source.isOn(QStringLiteral("log_bin")))
            return Result::passed(QStringLiteral("log_bin = ON"));
        return Result::failed(QStringLiteral("%1: binary logging is off (log_bin = OFF): incremental sync reads the binlog")
                                  .arg(ctx.source.label),
                              {ctx.source.label},
                              QStringLiteral("[mysqld]\nlog_bin = mysql-bin\nserver_id = 1\nbinlog_format = ROW\n"
                                             "binlog_row_image = FULL"),
                              true);
    }
};

class BinlogFormat : public Item {
public:
    BinlogFormat() : Item("source.binlog-format", QT_TRANSLATE_NOOP("dts::precheck::Item", "Source binlog_format is ROW"), NeedsSource) {}
    bool appliesTo(const TaskSpec &t, const Options &o) const override { return followsBinlog(t, o); }
    Result run(const Context &ctx) const override
    {
        const QString f = ctx.source.variable(QStringLiteral("binlog_format")).toUpper();
        if (f == QLatin1String("ROW"))
            return Result::passed(QStringLiteral("binlog_format = ROW"));
        return Result::failed(QStringLiteral("%1: binlog_format is %2; incremental sync needs ROW (row images, not "
                                             "statements). Sessions connected before the change keep their format "
                                             "until they reconnect.")
                                  .arg(ctx.source.label, f.isEmpty() ? QStringLiteral("unknown") : f),
                              {ctx.source.label},
                              QStringLiteral("SET GLOBAL binlog_format = 'ROW';\n") + restartNote("binlog_format", "ROW"));
    }
};

class BinlogRowImage : public Item {
public:
    BinlogRowImage() : Item("source.binlog-row-image", QT_TRANSLATE_NOOP("dts::precheck::Item", "Source binlog_row_image is FULL"), NeedsSource) {}
    bool appliesTo(const TaskSpec &t, const Options &o) const override { return followsBinlog(t, o); }
    Result run(const Context &ctx) const override
    {
        if (!ctx.source.hasVariable(QStringLiteral("binlog_row_image")))
            return Result::passed(QStringLiteral("%1 always logs full row images").arg(ctx.source.version.shortText()));
        const QString v = ctx.source.variable(QStringLiteral("binlog_row_image")).toUpper();
        if (v == QLatin1String("FULL"))
            return Result::passed(QStringLiteral("binlog_row_image = FULL"));
        return Result::failed(QStringLiteral("%1: binlog_row_image is %2: updates and deletes would not carry every "
                                             "column, so the destination could not be kept equal")
                                  .arg(ctx.source.label, v),
                              {ctx.source.label},
                              QStringLiteral("SET GLOBAL binlog_row_image = 'FULL';\n") + restartNote("binlog_row_image", "FULL"));
    }
};

class LogSlaveUpdates : public Item {
public:
    LogSlaveUpdates() : Item("source.log-slave-updates", QT_TRANSLATE_NOOP("dts::precheck::Item", "Replicated changes reach the source's binlog"), NeedsSource) {}
    bool appliesTo(const TaskSpec &t, const Options &o) const override { return followsBinlog(t, o); }
    Result run(const Context &ctx) const override
    {
        const SourceSnapshot &s = ctx.source;
        // MySQL 8.0.26 renamed it; MariaDB and older MySQL keep log_slave_updates.
        const QString var = s.hasVariable(QStringLiteral("log_replica_updates")) ? QStringLiteral("log_replica_updates")
                                                                                  : QStringLiteral("log_slave_updates");
        if (s.isOn(var))
            return Result::passed(QStringLiteral("%1 = ON").arg(var));
        const QString fix = QStringLiteral("[mysqld]\n%1 = ON").arg(var);
        if (!s.isReplica) {
            // Many accounts may not see it; a warning every such task would have to ignore helps no one.
            const bool slaveMonitor = s.version.mariaDb && s.version.number() >= 100509;
            return Result::skipped(QStringLiteral("%1 is OFF, and whether the source replicates from another server "
                                                  "cannot be read (%2); %3 lets the precheck see it")
                                       .arg(var, s.isReplicaError,
                                            globalGrant({slaveMonitor ? QStringLiteral("SLAVE MONITOR")
                                                                      : QStringLiteral("REPLICATION CLIENT")},
                                                        ctx.task.source.user)));
        }
        if (!*s.isReplica)
            return Result::passed(QStringLiteral("%1 = OFF, and the source is not a replica").arg(var));
        return Result::warning(QStringLiteral("%1: the source is a replica (or dual-primary) with %2 = OFF: changes it "
                                              "replicates from its primary do not reach its binlog, so they are not synced")
                                   .arg(s.label, var),
                               {s.label}, fix, true);
    }
};

class BinlogRetention : public Item {
public:
    BinlogRetention() : Item("source.binlog-retention", QT_TRANSLATE_NOOP("dts::precheck::Item", "Source binlogs are kept long enough"), NeedsSource) {}
    bool appliesTo(const TaskSpec &t, const Options &o) const override { return followsBinlog(t, o); }
    Result run(const Context &ctx) const override
    {
        const SourceSnapshot &s = ctx.source;
        const bool seconds = s.hasVariable(QStringLiteral("binlog_expire_logs_seconds"));
        double kept = seconds ? s.variable(QStringLiteral("binlog_expire_logs_seconds")).toDouble() : 0;
        if (kept == 0)
            kept = s.variable(QStringLiteral("expire_logs_days")).toDouble() * 86400;
        if (kept == 0)
            return Result::passed(QStringLiteral("binlogs are kept until purged by hand"));
        constexpr double week = 7 * 86400;
        const QString days = QString::number(kept / 86400, 'g', 3);
        if (kept >= week)
            return Result::passed(QStringLiteral("binlogs are kept %1 days").arg(days));
        return Result::warning(QStringLiteral("%1: binlogs are purged after %2 day(s); keep them at least 7 days, or a task "
                                              "stopped for longer cannot resume and needs a new full data copy")
                                   .arg(s.label, days),
                               {s.label},
                               seconds ? QStringLiteral("SET GLOBAL binlog_expire_logs_seconds = 604800;\n") +
                                             restartNote("binlog_expire_logs_seconds", "604800")
                                       : QStringLiteral("SET GLOBAL expire_logs_days = 7;\n") + restartNote("expire_logs_days", "7"));
    }
};

class BinlogStart : public Item {
public:
    BinlogStart() : Item("source.binlog-start", QT_TRANSLATE_NOOP("dts::precheck::Item", "The binlog position incremental sync starts from still exists"), NeedsSource) {}
    bool appliesTo(const TaskSpec &t, const Options &o) const override { return followsBinlog(t, o); }
    Result run(const Context &ctx) const override
    {
        const SourceSnapshot &s = ctx.source;
        const std::optional<Position> from = ctx.destination.checkpoint ? ctx.destination.checkpoint
                                                                         : ctx.options.resume.startPosition;
        if (!from || !from->isValid())
            return Result::passed(QStringLiteral("incremental sync starts from the source's position when the task starts"));
        if (!s.isOn(QStringLiteral("log_bin")))
            return Result::skipped(QStringLiteral("binary logging is off (see source.binlog-enabled)"));
        if (!s.binaryLogs)
            return Result::skipped(QStringLiteral("the source's binlogs cannot be listed (%1); see source.privileges")
                                       .arg(s.binaryLogsError));
        if (s.binaryLogs->contains(from->file))
            return Result::passed(QStringLiteral("resumes from %1, which the source still has").arg(from->toString()));
        return Result::failed(QStringLiteral("%1: the task resumes from %2, but the source no longer has the binlog %3 "
                                             "(it has %4 … %5): the changes in between are lost to it")
                                  .arg(s.label, from->toString(), from->file, s.binaryLogs->value(0),
                                       s.binaryLogs->isEmpty() ? QString() : s.binaryLogs->last()),
                              {from->file},
                              QStringLiteral("start the task over with a new full data copy: dts run TASK --reset (in "
                                             "conflictMode \"error\" drop the destination tables first); keep binlogs "
                                             "longer (see source.binlog-retention)"));
    }
};

class ServerId : public Item {
public:
    ServerId() : Item("source.server-id", QT_TRANSLATE_NOOP("dts::precheck::Item", "Source server_id is set and differs from the task's"), NeedsSource) {}
    bool appliesTo(const TaskSpec &t, const Options &o) const override { return followsBinlog(t, o); }
    Result run(const Context &ctx) const override
    {
        const SourceSnapshot &s = ctx.source;
        const quint32 sid = s.variable(QStringLiteral("server_id")).toUInt();
        if (sid == 0)
            return Result::failed(QStringLiteral("%1: server_id is 0: a source with server_id 0 refuses replicas").arg(s.label),
                                  {s.label}, QStringLiteral("SET GLOBAL server_id = 1;\n") + restartNote("server_id", "1"));
        const quint32 ours = ctx.options.replicaServerId;
        if (ours == 0)
            return Result::passed(QStringLiteral("server_id = %1; the task picks a free replica server id").arg(sid));
        const QString fix = QStringLiteral("set advanced.serverId in the task to an id no server or replica of this source "
                                           "uses, or to 0 to let dts pick a free one");
        if (ours == sid)
            return Result::failed(QStringLiteral("%1: the task's replica server id %2 is the source's own server_id")
                                      .arg(s.label)
                                      .arg(ours),
                                  {s.label}, fix);
        for (const ReplicaHost &r : s.replicas.value_or(QList<ReplicaHost>()))
            if (r.serverId == ours)
                return Result::warning(QStringLiteral("%1: the replica %2:%3 registered on the source uses server id %4 too; "
                                                      "unless it is an earlier run of this task, one of the two will be "
                                                      "disconnected")
                                           .arg(s.label, r.host)
                                           .arg(r.port)
                                           .arg(ours),
                                       {QStringLiteral("%1:%2").arg(r.host).arg(r.port)}, fix);
        return Result::passed(QStringLiteral("server_id = %1; replica server id %2 is free").arg(sid).arg(ours));
    }
};

class BinlogCompression : public Item {
public:
    BinlogCompression() : Item("source.binlog-compression", QT_TRANSLATE_NOOP("dts::precheck::Item", "Source binlog compression"), NeedsSource) {}
    bool appliesTo(const TaskSpec &t, const Options &o) const override { return followsBinlog(t, o); }
    Result run(const Context &ctx) const override
    {
        // Information only: both kinds are decoded.
        if (ctx.source.isOn(QStringLiteral("binlog_transaction_compression")))
            return Result::passed(QStringLiteral("binlog_transaction_compression = ON: compressed transactions "
                                                 "(TRANSACTION_PAYLOAD) are supported"));
        if (ctx.source.isOn(QStringLiteral("log_bin_compress")))
            return Result::passed(QStringLiteral("log_bin_compress = ON: MariaDB's compressed binlog events are supported"));
        return Result::passed(QStringLiteral("the binlog is not compressed"));
    }
};

class ObjectsExist : public Item {
public:
    ObjectsExist() : Item("source.objects", QT_TRANSLATE_NOOP("dts::precheck::Item", "Selected objects exist on the source"), NeedsSource | NeedsPlan) {}
    Result run(const Context &ctx) const override
    {
        const QStringList &p = ctx.source.issues.objects;
        if (p.isEmpty())
            return Result::passed(QStringLiteral("%1 database(s), %2 table(s)")
                                      .arg(ctx.source.plan.databases.size())
                                      .arg(ctx.source.plan.tableCount()));
        return Result::failed(QStringLiteral("%1 problem%2 with the selected objects:\n  %3")
                                  .arg(p.size())
                                  .arg(p.size() == 1 ? "" : "s")
                                  .arg(p.join(QStringLiteral("\n  "))),
                              {}, QStringLiteral("correct the names in \"objects\" of the task file, or grant the source "
                                                 "account access as shown"));
    }
};

class Filters : public Item {
public:
    Filters() : Item("source.filters", QT_TRANSLATE_NOOP("dts::precheck::Item", "Row filters (where) are valid"), NeedsSource | NeedsPlan) {}
    bool appliesTo(const TaskSpec &t, const Options &) const override
    {
        for (const DatabaseSelection &d : t.objects)
            for (const TableSelection &s : d.tables)
                if (!s.where.isEmpty())
                    return true;
        return false;
    }
    Result run(const Context &ctx) const override
    {
        const auto conn = ctx.connectSource();
        QStringList problems, objects;
        int n = 0;
        for (const TablePlan *t : ctx.source.plan.tables()) {
            if (t->where.isEmpty())
                continue;
            ++n;
            try {
                conn->exec(QStringLiteral("EXPLAIN SELECT 1 FROM %1 WHERE (%2)")
                               .arg(quoteIdent(t->source.database, t->source.name), t->where));
            } catch (const Error &e) {
                problems << QStringLiteral("%1: filter \"%2\" is not valid: %3").arg(t->id(), t->where, e.message());
                objects << t->id();
            }
        }
        if (problems.isEmpty())
            return Result::passed(QStringLiteral("%1 filter(s) accepted by the source").arg(n));
        return Result::failed(problems.join(QStringLiteral("\n")), objects,
                              QStringLiteral("correct \"where\" of those tables in the task: it is a condition on the "
                                             "source table's own columns"));
    }
};

class PrimaryKeys : public Item {
public:
    PrimaryKeys() : Item("source.primary-keys", QT_TRANSLATE_NOOP("dts::precheck::Item", "Tables have a primary key or a non-null unique key"), NeedsSource | NeedsPlan) {}
    bool appliesTo(const TaskSpec &t, const Options &o) const override { return copiesData(t, o); }
    Result run(const Context &ctx) const override
    {
        QStringList objects, fixes;
        for (const TablePlan *t : ctx.source.plan.tables())
            if (t->keyColumns.isEmpty()) {
                objects << t->id();
                fixes << QStringLiteral("ALTER TABLE %1 ADD PRIMARY KEY (<the columns that identify a row>);")
                             .arg(quoteIdent(t->source.database, t->source.name));
            }
        if (objects.isEmpty())
            return Result::passed(QStringLiteral("every selected table has one"));
        return Result::warning(QStringLiteral("%1 table(s) without a primary key or non-null unique key: %2. They are copied "
                                              "in one piece, and rows may end up duplicated at the destination (a row "
                                              "cannot be told apart from an equal one, e.g. after a retry)")
                                   .arg(objects.size())
                                   .arg(objects.join(QStringLiteral(", "))),
                               objects, fixes.join(QLatin1Char('\n')));
    }
};

class SourceInvisibleColumns : public Item {
public:
    SourceInvisibleColumns() : Item("source.invisible-columns", QT_TRANSLATE_NOOP("dts::precheck::Item", "No invisible columns in the source tables"), NeedsSource | NeedsPlan) {}
    bool appliesTo(const TaskSpec &t, const Options &o) const override { return copiesData(t, o); }
    Result run(const Context &ctx) const override
    {
        QList<TableInfo> tables;
        for (const TablePlan *t : ctx.source.plan.tables())
            tables << t->source;
        return invisibleColumnsVerdict(ctx.source.version, tables, QStringLiteral("source"));
    }
};

class StorageEngines : public Item {
public:
    StorageEngines() : Item("source.storage-engines", QT_TRANSLATE_NOOP("dts::precheck::Item", "Storage engines support incremental sync"), NeedsSource | NeedsPlan) {}
    bool appliesTo(const TaskSpec &t, const Options &o) const override { return followsBinlog(t, o); }
    Result run(const Context &ctx) const override
    {
        // FEDERATED rows live on another server and MERGE rows in the underlying tables: the binlog does
        // not show their changes as changes of these tables.
        QStringList objects, fixes;
        for (const TablePlan *t : ctx.source.plan.tables()) {
            const QString engine = t->source.engine.toUpper();
            if (engine == QLatin1String("FEDERATED") || engine == QLatin1String("MRG_MYISAM")) {
                objects << QStringLiteral("%1 (%2)").arg(t->id(), t->source.engine);
                fixes << QStringLiteral("ALTER TABLE %1 ENGINE = InnoDB;  -- or remove %2 from the task")
                             .arg(quoteIdent(t->source.database, t->source.name), t->id());
            }
        }
        if (objects.isEmpty())
            return Result::passed(QStringLiteral("no FEDERATED or MERGE tables selected"));
        return Result::failed(QStringLiteral("incremental sync cannot follow %1 table(s) of these engines: %2")
                                  .arg(objects.size())
                                  .arg(objects.join(QStringLiteral(", "))),
                              objects, fixes.join(QLatin1Char('\n')));
    }
};

class Triggers : public Item {
public:
    Triggers() : Item("source.triggers", QT_TRANSLATE_NOOP("dts::precheck::Item", "Triggers that write other tables"), NeedsSource | NeedsPlan) {}
    bool appliesTo(const TaskSpec &t, const Options &o) const override { return followsBinlog(t, o); }
    Result run(const Context &ctx) const override
    {
        QStringList lines, objects;
        for (const TriggerInfo &tr : ctx.source.triggers) {
            if (!ctx.source.plan.findTable(tr.database, tr.table))
                continue;
            const QStringList written = tablesWrittenBy(tr.statement, tr.database);
            if (written.isEmpty())
                continue;
            lines << QStringLiteral("%1.%2 (on %1.%3) writes %4").arg(tr.database, tr.name, tr.table, written.join(", "));
            objects << tr.database + QLatin1Char('.') + tr.name;
        }
        if (lines.isEmpty())
            return Result::passed(QStringLiteral("no trigger of a selected table writes another table"));
        return Result::warning(QStringLiteral("%1 trigger(s) write other tables: what they write on the source reaches the "
                                              "destination through the binlog, and the same trigger at the destination "
                                              "would write it a second time:\n  %2")
                                   .arg(lines.size())
                                   .arg(lines.join(QStringLiteral("\n  "))),
                               objects,
                               QStringLiteral("select the tables the triggers write, and do not create these triggers at "
                                              "the destination while the task runs (dts creates them after incremental "
                                              "sync ends)"));
    }
};

}  // namespace

void registerSourceItems(Registry &r)
{
    r.add(std::make_unique<SourceConnectivity>());
    r.add(std::make_unique<SourceVersion>());
    r.add(std::make_unique<SourcePrivileges>());
    r.add(std::make_unique<HeartbeatPrivileges>());
    r.add(std::make_unique<BinlogEnabled>());
    r.add(std::make_unique<BinlogFormat>());
    r.add(std::make_unique<BinlogRowImage>());
    r.add(std::make_unique<LogSlaveUpdates>());
    r.add(std::make_unique<BinlogRetention>());
    r.add(std::make_unique<BinlogStart>());
    r.add(std::make_unique<ServerId>());
    r.add(std::make_unique<BinlogCompression>());
    r.add(std::make_unique<ObjectsExist>());
    r.add(std::make_unique<Filters>());
    r.add(std::make_unique<PrimaryKeys>());
    r.add(std::make_unique<SourceInvisibleColumns>());
    r.add(std::make_unique<StorageEngines>());
    r.add(std::make_unique<Triggers>());
}

}  // namespace dts::precheck
