// Items about the task itself, checked against the source catalog: name mapping limits and clashes, and
// the task's own list of ignored warnings.
#include "precheck/Snapshot.h"

#include <QHash>

namespace dts::precheck {

namespace {

// DTS: object-name mapping is limited to 1000 tables per task.
constexpr int kMaxMappedTables = 1000;

class MappedTables : public Item {
public:
    MappedTables() : Item("task.mapped-tables", QT_TRANSLATE_NOOP("dts::precheck::Item", "At most 1000 tables are renamed"), NeedsSource | NeedsPlan) {}
    Result run(const Context &ctx) const override
    {
        // The task file's own check counts listed tables; a renamed whole database renames all its tables.
        // Explicit "target" names count; the nameCase policy is not a mapping.
        int renamed = 0;
        for (const DatabaseSelection &sel : ctx.task.objects)
            for (const DatabasePlan &d : ctx.source.plan.databases) {
                if (d.source != sel.database)
                    continue;
                if (!sel.target.isEmpty()) {
                    renamed += int(d.tables.size());
                    continue;
                }
                for (const TableSelection &ts : sel.tables) {
                    bool mapped = !ts.target.isEmpty();
                    for (const ColumnMap &c : ts.columns)
                        mapped = mapped || !c.target.isEmpty();
                    renamed += mapped ? 1 : 0;
                }
            }
        if (renamed <= kMaxMappedTables)
            return Result::passed(QStringLiteral("%1 table(s) renamed").arg(renamed));
        return Result::failed(QStringLiteral("%1 tables are renamed (with their databases or one by one); a task can map "
                                             "at most %2")
                                  .arg(renamed)
                                  .arg(kMaxMappedTables),
                              {}, QStringLiteral("split the task into several, or keep the source names"));
    }
};

class NameClashes : public Item {
public:
    NameClashes() : Item("task.name-clashes", QT_TRANSLATE_NOOP("dts::precheck::Item", "Destination names are unique (also ignoring case)"), NeedsSource | NeedsPlan) {}
    Result run(const Context &ctx) const override
    {
        QStringList problems = ctx.source.issues.clashes;
        // Column names are case-insensitive in MySQL: mapped names that differ only in case are one column.
        for (const TablePlan *t : ctx.source.plan.tables()) {
            QHash<QString, QString> seen;
            for (const ColumnPlan &c : t->columns) {
                const QString key = c.target.toLower();
                if (const auto it = seen.constFind(key); it != seen.constEnd())
                    problems << QStringLiteral("%1: columns %2 and %3 would both be written to column %4 of %5 (column "
                                               "names ignore case)")
                                    .arg(t->id(), *it, c.source.name, c.target, t->targetQualified());
                else
                    seen.insert(key, c.source.name);
            }
        }
        if (problems.isEmpty())
            return Result::passed(QStringLiteral("every table and column has a destination name of its own"));
        return Result::failed(problems.join(QLatin1Char('\n')), {},
                              QStringLiteral("give one of each pair another \"target\" name in the task (the destination "
                                             "folds table names when lower_case_table_names is 1 or 2, and the task's "
                                             "nameCase may fold them too)"));
    }
};

class IgnoredWarnings : public Item {
public:
    IgnoredWarnings() : Item("task.ignored-warnings", QT_TRANSLATE_NOOP("dts::precheck::Item", "Ignored warnings name precheck items"), NeedsNothing) {}
    bool appliesTo(const TaskSpec &t, const Options &) const override { return !t.ignoredWarnings.isEmpty(); }
    Result run(const Context &ctx) const override
    {
        const QStringList known = Registry::standard().ids();
        QStringList unknown;
        for (const QString &id : ctx.task.ignoredWarnings)
            if (!known.contains(id))
                unknown << id;
        if (unknown.isEmpty())
            return Result::passed(QStringLiteral("ignored: %1").arg(ctx.task.ignoredWarnings.join(QStringLiteral(", "))));
        return Result::warning(QStringLiteral("\"ignoredWarnings\" names no precheck item as %1, so it ignores nothing")
                                   .arg(unknown.join(QStringLiteral(", "))),
                               unknown, QStringLiteral("correct or remove them; the item ids are: %1").arg(known.join(", ")));
    }
};

}  // namespace

void registerTaskItems(Registry &r)
{
    r.add(std::make_unique<MappedTables>());
    r.add(std::make_unique<NameClashes>());
    r.add(std::make_unique<IgnoredWarnings>());
}

}  // namespace dts::precheck
