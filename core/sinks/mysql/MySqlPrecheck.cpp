// Destination items for MySQL and PolarDB for MySQL: reachability, version, what the account may write,
// tables that exist already, and whether existing tables can take the source's rows.
#include "sinks/mysql/MySqlPrecheck.h"

#include "mysql/Connection.h"
#include "mysql/Privileges.h"
#include "mysql/TypeCompat.h"
#include "precheck/Checks.h"
#include "precheck/Snapshot.h"
#include "sinks/mysql/MySqlSink.h"

#include <QStorageInfo>

namespace dts::precheck {

namespace {

const QStringList kEngines = {QStringLiteral("mysql"), QStringLiteral("polardb")};

// The task's target tables that exist at the destination, with the plan entry they receive.
QList<QPair<const TablePlan *, const TableInfo *>> existingTargets(const Context &ctx)
{
    QList<QPair<const TablePlan *, const TableInfo *>> out;
    for (const TablePlan *t : ctx.source.plan.tables())
        if (const TableInfo *d = ctx.destination.table(t->targetDatabase, t->targetTable))
            out << qMakePair(t, d);
    return out;
}

// utf8mb4 into utf8mb3 loses nothing but 4-byte characters: destination.charset-4byte looks at the data.
bool only4ByteRisk(const ColumnInfo &s, const ColumnInfo &d)
{
    if (s.charset != QLatin1String("utf8mb4") || (d.charset != QLatin1String("utf8") && d.charset != QLatin1String("utf8mb3")))
        return false;
    ColumnInfo widened = d;
    widened.charset = s.charset;
    return typeIncompatibility(s, widened).isEmpty();
}

class DestinationConnectivity : public Item {
public:
    DestinationConnectivity() : Item("destination.connectivity", QT_TRANSLATE_NOOP("dts::precheck::Item", "Destination database connectivity"), NeedsNothing) {}
    Result run(const Context &ctx) const override
    {
        return connectivityResult(ctx.destination, QStringLiteral("destination"), ctx.options.connectTimeoutSec);
    }
};

class DestinationVersion : public Item {
public:
    DestinationVersion() : Item("destination.version", QT_TRANSLATE_NOOP("dts::precheck::Item", "Destination version is not older than the source's"), NeedsSource | NeedsDestination) {}
    Result run(const Context &ctx) const override
    {
        return destinationVersionVerdict(ctx.source.version, ctx.destination.version);
    }
};

class DestinationPrivileges : public Item {
public:
    DestinationPrivileges() : Item("destination.privileges", QT_TRANSLATE_NOOP("dts::precheck::Item", "Destination account privileges"), NeedsSource | NeedsPlan | NeedsDestination) {}
    Result run(const Context &ctx) const override
    {
        const TaskSpec &task = ctx.task;
        const auto conn = ctx.connectDestination();
        const QString user = task.destination.user;
        const bool incremental = followsBinlog(task, ctx.options);
        QStringList problems, warnings, fixes, objects;
        for (const DatabasePlan &d : ctx.source.plan.databases) {
            QStringList needed, ddl;
            if (copiesData(task, ctx.options))
                needed << QStringLiteral("INSERT");
            bool fks = false, nonTransactional = false;
            for (const TablePlan &t : d.tables) {
                fks = fks || !t.source.foreignKeys.isEmpty();
                nonTransactional = nonTransactional || t.source.engine.compare(QLatin1String("InnoDB"), Qt::CaseInsensitive) != 0;
            }
            if (task.syncSchema) {
                needed << QStringLiteral("CREATE");
                if (fks)
                    needed << QStringLiteral("REFERENCES");
            }
            if (incremental)
                needed << QStringLiteral("UPDATE") << QStringLiteral("DELETE");
            else if (task.syncFull && nonTransactional)
                needed << QStringLiteral("DELETE");  // a non-transactional table's unfinished chunk is cleared first
            if (incremental)  // DDL that fails at the destination is logged and skipped (as DTS)
                ddl << QStringLiteral("ALTER") << QStringLiteral("DROP") << QStringLiteral("INDEX");
            if (const QStringList m = missingPrivileges(*conn, d.target, needed); !m.isEmpty()) {
                problems << QStringLiteral("%1: missing %2").arg(d.target, m.join(QStringLiteral(", ")));
                objects << d.target;
                fixes << grantStatement(m, d.target, user) + QLatin1Char(';');
            }
            if (const QStringList m = missingPrivileges(*conn, d.target, ddl); !m.isEmpty()) {
                warnings << QStringLiteral("%1: missing %2, so the source's DDL on it is not applied").arg(d.target, m.join(", "));
                objects << d.target;
                fixes << grantStatement(m, d.target, user) + QLatin1Char(';');
            }
        }
        const QString meta = QString::fromLatin1(kMetaDatabase);
        if (const QStringList m = missingPrivileges(*conn, meta, {"CREATE", "INSERT", "UPDATE", "DELETE", "SELECT"}); !m.isEmpty()) {
            problems << QStringLiteral("%1: missing %2 (the task keeps its checkpoints there)").arg(meta, m.join(", "));
            objects << meta;
            fixes << QStringLiteral("GRANT ALL ON %1.* TO %2@'%';").arg(quoteIdent(meta), quoteString(user));
        }
        if (!problems.isEmpty())
            return Result::failed(QStringLiteral("%1: the destination is not writable by this account where the task "
                                                 "writes:\n  %2")
                                      .arg(ctx.destination.label, (problems + warnings).join(QStringLiteral("\n  "))),
                                  objects, fixes.join(QLatin1Char('\n')));
        if (!warnings.isEmpty())
            return Result::warning(QStringLiteral("%1:\n  %2").arg(ctx.destination.label, warnings.join(QStringLiteral("\n  "))),
                                   objects, fixes.join(QLatin1Char('\n')));
        return Result::passed(QStringLiteral("%1 may write every target database").arg(ctx.destination.label));
    }
};

class ConflictingTables : public Item {
public:
    ConflictingTables() : Item("destination.conflicting-tables", QT_TRANSLATE_NOOP("dts::precheck::Item", "Destination tables with the same names"), NeedsSource | NeedsPlan | NeedsDestination) {}
    bool appliesTo(const TaskSpec &t, const Options &) const override { return t.syncSchema || t.syncFull; }
    Result run(const Context &ctx) const override
    {
        const TaskSpec &task = ctx.task;
        const ResumeState &resume = ctx.options.resume;
        if (!task.syncSchema)
            return rowsPresent(ctx);
        if (resume.schemaDone)
            return Result::passed(QStringLiteral("an earlier run of this task created the target tables"));
        QStringList existing, drops;
        for (const auto &[t, d] : existingTargets(ctx)) {
            if (resume.createdTables.contains(t->targetQualified()))
                continue;  // made by an earlier run of this task
            existing << t->targetQualified();
            drops << QStringLiteral("DROP TABLE %1;").arg(quoteIdent(t->targetDatabase, t->targetTable));
        }
        if (existing.isEmpty())
            return Result::passed(QStringLiteral("no target table exists yet"));
        if (task.conflictMode == ConflictMode::Error)
            return Result::failed(QStringLiteral("%1: %2 destination table(s) exist already: %3")
                                      .arg(ctx.destination.label)
                                      .arg(existing.size())
                                      .arg(existing.join(QStringLiteral(", "))),
                                  existing,
                                  drops.join(QLatin1Char('\n')) +
                                      QStringLiteral("\n-- or map the task to other names, or set conflictMode \"ignore\" "
                                                     "to keep them and their rows"));
        return Result::warning(QStringLiteral("%1: %2 destination table(s) exist already and are kept (conflictMode "
                                              "\"ignore\"): a source row overwrites the row with its key, other rows stay: %3")
                                   .arg(ctx.destination.label)
                                   .arg(existing.size())
                                   .arg(existing.join(QStringLiteral(", "))),
                               existing, drops.join(QLatin1Char('\n')) + QStringLiteral("\n-- to start from empty tables"));
    }

private:
    // Without schema sync the tables are the user's: in "error" mode they must start empty, or the copy
    // would meet (or, in non-transactional tables, clear) rows it did not write.
    static Result rowsPresent(const Context &ctx)
    {
        if (!ctx.task.syncFull || ctx.task.conflictMode != ConflictMode::Error || ctx.options.resume.fullStarted)
            return Result::passed(ctx.task.conflictMode == ConflictMode::Ignore
                                      ? QStringLiteral("existing rows are kept (conflictMode \"ignore\")")
                                      : QStringLiteral("full data has started: its own rows are expected"));
        const auto conn = ctx.connectDestination();
        QStringList holding, truncates;
        for (const auto &[t, d] : existingTargets(ctx)) {
            if (ctx.cancelled())
                break;
            if (conn->scalar(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(quoteIdent(t->targetDatabase, t->targetTable)))) {
                holding << t->targetQualified();
                truncates << QStringLiteral("TRUNCATE TABLE %1;").arg(quoteIdent(t->targetDatabase, t->targetTable));
            }
        }
        if (holding.isEmpty())
            return Result::passed(QStringLiteral("the existing target tables are empty"));
        return Result::failed(QStringLiteral("%1: destination table(s) already hold rows: %2")
                                  .arg(ctx.destination.label, holding.join(QStringLiteral(", "))),
                              holding,
                              truncates.join(QLatin1Char('\n')) +
                                  QStringLiteral("\n-- or set conflictMode \"ignore\" to keep their rows"));
    }
};

class ColumnCompatibility : public Item {
public:
    ColumnCompatibility() : Item("destination.column-compat", QT_TRANSLATE_NOOP("dts::precheck::Item", "Existing destination tables can take the source's rows"), NeedsSource | NeedsPlan | NeedsDestination) {}
    bool appliesTo(const TaskSpec &t, const Options &) const override
    {
        return !t.syncSchema || t.conflictMode == ConflictMode::Ignore;
    }
    Result run(const Context &ctx) const override
    {
        const bool mustExist = !ctx.task.syncSchema;
        QStringList problems, objects;
        int checked = 0;
        for (const TablePlan *t : ctx.source.plan.tables()) {
            const TableInfo *info = ctx.destination.table(t->targetDatabase, t->targetTable);
            if (!info) {
                if (mustExist) {
                    problems << QStringLiteral("%1 does not exist on the destination (schema sync is off: create it, or "
                                               "enable \"schema\" in syncTypes)")
                                    .arg(t->targetQualified());
                    objects << t->targetQualified();
                }
                continue;
            }
            ++checked;
            for (const ColumnPlan &c : t->columns) {
                const ColumnInfo *d = info->column(c.target);
                QString problem;
                if (!d)
                    problem = QStringLiteral("%1 has no column \"%2\" (for source column %3.%4)")
                                  .arg(t->targetQualified(), c.target, t->id(), c.source.name);
                else if (const QString why = typeIncompatibility(c.source, *d); !why.isEmpty() && !only4ByteRisk(c.source, *d))
                    problem = QStringLiteral("%1.%2: %3").arg(t->targetQualified(), c.target, why);
                else if (c.source.nullable && !d->nullable)
                    problem = QStringLiteral("%1.%2 is NOT NULL, the source column %3.%4 allows NULL")
                                  .arg(t->targetQualified(), c.target, t->id(), c.source.name);
                if (!problem.isEmpty()) {
                    problems << problem;
                    objects << t->targetQualified() + QLatin1Char('.') + c.target;
                }
            }
        }
        if (problems.isEmpty())
            return Result::passed(QStringLiteral("%1 existing table(s) take every source column").arg(checked));
        return Result::failed(problems.join(QLatin1Char('\n')), objects,
                              QStringLiteral("widen the destination columns to the source's types (ALTER TABLE … MODIFY), "
                                             "or drop the tables and let the task create them, or map the columns in the task"));
    }
};

class FourByteCharacters : public Item {
public:
    FourByteCharacters() : Item("destination.charset-4byte", QT_TRANSLATE_NOOP("dts::precheck::Item", "4-byte characters fit the destination's character set"), NeedsSource | NeedsPlan | NeedsDestination) {}
    bool appliesTo(const TaskSpec &t, const Options &o) const override { return copiesData(t, o); }
    Result run(const Context &ctx) const override
    {
        constexpr int kSampleRows = 100000;
        std::unique_ptr<Connection> src;
        QStringList found, possible, fixes;
        for (const auto &[t, d] : existingTargets(ctx)) {
            bool affected = false;
            for (const ColumnPlan &c : t->columns) {
                const ColumnInfo *dc = d->column(c.target);
                if (!dc || !only4ByteRisk(c.source, *dc) || ctx.cancelled())
                    continue;
                affected = true;
                if (!src)
                    src = ctx.connectSource();
                // 4-byte UTF-8 sequences start with a byte F0–F4; a sample bounds the time a big table takes.
                const QString col = quoteIdent(c.source.name);
                const bool has = src->scalar(QStringLiteral("SELECT 1 FROM (SELECT %1 FROM %2%3 LIMIT %4) s "
                                                            "WHERE HEX(%1) REGEXP '^(..)*F[0-4]' LIMIT 1")
                                                 .arg(col, quoteIdent(t->source.database, t->source.name),
                                                      t->where.isEmpty() ? QString() : QStringLiteral(" WHERE (%1)").arg(t->where))
                                                 .arg(kSampleRows))
                                     .has_value();
                (has ? found : possible) << QStringLiteral("%1.%2 (utf8mb4) → %3.%4 (%5)")
                                                .arg(t->id(), c.source.name, t->targetQualified(), c.target, dc->charset);
            }
            if (affected)
                fixes << QStringLiteral("ALTER TABLE %1 CONVERT TO CHARACTER SET utf8mb4;")
                             .arg(quoteIdent(t->targetDatabase, t->targetTable));
        }
        if (!found.isEmpty())
            return Result::failed(QStringLiteral("the source holds 4-byte characters (e.g. emoji) that these destination "
                                                 "columns cannot store:\n  %1%2")
                                      .arg(found.join(QStringLiteral("\n  ")),
                                           possible.isEmpty() ? QString()
                                                              : QStringLiteral("\nand may receive them:\n  ") +
                                                                    possible.join(QStringLiteral("\n  "))),
                                  found + possible, fixes.join(QLatin1Char('\n')));
        if (!possible.isEmpty())
            return Result::warning(QStringLiteral("no 4-byte characters in the first %1 rows, but these utf8mb4 columns go "
                                                  "into 3-byte utf8 columns, which reject them (the task would stop):\n  %2")
                                       .arg(kSampleRows)
                                       .arg(possible.join(QStringLiteral("\n  "))),
                                   possible, fixes.join(QLatin1Char('\n')));
        return Result::passed(QStringLiteral("every utf8mb4 column goes into a utf8mb4 column"));
    }
};

class FreeSpace : public Item {
public:
    FreeSpace() : Item("destination.free-space", QT_TRANSLATE_NOOP("dts::precheck::Item", "Free space at the destination"), NeedsSource | NeedsPlan | NeedsDestination) {}
    bool appliesTo(const TaskSpec &t, const Options &) const override { return t.syncFull; }
    Result run(const Context &ctx) const override
    {
        qint64 needed = 0;
        for (const TablePlan *t : ctx.source.plan.tables())
            needed += t->source.dataLength + t->source.indexLength;
        const QString datadir = ctx.destination.variable(QStringLiteral("datadir"));
        // A server reports no free space over SQL; on this machine its data directory can be looked at.
        if (!ctx.destination.isLocal() || datadir.isEmpty())
            return Result::skipped(QStringLiteral("free space on %1 cannot be read over SQL: make sure it has more than %2 "
                                                  "free (the selected source tables' data and indexes)")
                                       .arg(ctx.destination.host, formatBytes(needed)));
        const QStorageInfo disk(datadir);
        if (!disk.isValid())
            return Result::skipped(QStringLiteral("cannot read the free space of %1 (%2 needed)").arg(datadir, formatBytes(needed)));
        return freeSpaceVerdict(disk.bytesAvailable(), needed, datadir);
    }
};

class DestinationInvisibleColumns : public Item {
public:
    DestinationInvisibleColumns() : Item("destination.invisible-columns", QT_TRANSLATE_NOOP("dts::precheck::Item", "No invisible columns in existing destination tables"), NeedsSource | NeedsPlan | NeedsDestination) {}
    bool appliesTo(const TaskSpec &t, const Options &o) const override { return copiesData(t, o); }
    Result run(const Context &ctx) const override
    {
        QList<TableInfo> tables;
        for (const auto &[t, d] : existingTargets(ctx))
            tables << *d;
        return invisibleColumnsVerdict(ctx.destination.version, tables, QStringLiteral("destination"));
    }
};

}  // namespace

void registerMySqlDestinationItems(Registry &r)
{
    r.addForDestination(kEngines, std::make_unique<DestinationConnectivity>());
    r.addForDestination(kEngines, std::make_unique<DestinationVersion>());
    r.addForDestination(kEngines, std::make_unique<DestinationPrivileges>());
    r.addForDestination(kEngines, std::make_unique<ConflictingTables>());
    r.addForDestination(kEngines, std::make_unique<ColumnCompatibility>());
    r.addForDestination(kEngines, std::make_unique<FourByteCharacters>());
    r.addForDestination(kEngines, std::make_unique<FreeSpace>());
    r.addForDestination(kEngines, std::make_unique<DestinationInvisibleColumns>());
}

}  // namespace dts::precheck
