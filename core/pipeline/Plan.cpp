#include "pipeline/Plan.h"

#include "common/Error.h"
#include "mysql/Privileges.h"

namespace dts {

NameMapper::NameMapper(const TaskSpec &task, int lctn) : m_objects(task.objects), m_case(task.nameCase), m_lctn(lctn) {}

const DatabaseSelection *NameMapper::findDb(const QString &db) const
{
    for (const DatabaseSelection &d : m_objects)
        if (d.database == db)
            return &d;
    return nullptr;
}

const TableSelection *NameMapper::findTable(const QString &db, const QString &table) const
{
    if (const DatabaseSelection *d = findDb(db))
        for (const TableSelection &t : d->tables)
            if (t.name == table)
                return &t;
    return nullptr;
}

QString NameMapper::applyCase(const QString &name, bool isTableOrDatabase) const
{
    switch (m_case) {
    case NameCase::Default:
    case NameCase::Source: return name;
    // The destination folds database and table names itself when lower_case_table_names is 1 or 2;
    // columns are case-insensitive there anyway.
    case NameCase::Destination: return isTableOrDatabase && m_lctn != 0 ? name.toLower() : name;
    case NameCase::Lower: return name.toLower();
    case NameCase::Upper: return name.toUpper();
    }
    return name;
}

QString NameMapper::database(const QString &db) const
{
    const DatabaseSelection *d = findDb(db);
    return d && !d->target.isEmpty() ? d->target : applyCase(db, true);
}

QString NameMapper::table(const QString &db, const QString &table) const
{
    const TableSelection *t = findTable(db, table);
    return t && !t->target.isEmpty() ? t->target : applyCase(table, true);
}

QString NameMapper::column(const QString &db, const QString &table, const QString &column) const
{
    if (const TableSelection *t = findTable(db, table))
        for (const ColumnMap &c : t->columns)
            if (c.name.compare(column, Qt::CaseInsensitive) == 0 && !c.target.isEmpty())
                return c.target;
    return applyCase(column, false);
}

int TaskPlan::tableCount() const
{
    int n = 0;
    for (const DatabasePlan &d : databases)
        n += d.tables.size();
    return n;
}

QList<const TablePlan *> TaskPlan::tables() const
{
    QList<const TablePlan *> out;
    for (const DatabasePlan &d : databases)
        for (const TablePlan &t : d.tables)
            out << &t;
    return out;
}

const TablePlan *TaskPlan::findTable(const QString &db, const QString &table) const
{
    for (const DatabasePlan &d : databases)
        if (d.source == db)
            for (const TablePlan &t : d.tables)
                if (t.source.name == table)
                    return &t;
    return nullptr;
}

namespace {

TablePlan planTable(const NameMapper &names, const TableInfo &info, const TableSelection *sel,
                    QStringList &problems, QStringList &warnings)
{
    TablePlan p;
    p.source = info;
    p.targetDatabase = names.database(info.database);
    p.targetTable = names.table(info.database, info.name);
    if (sel) {
        p.where = sel->where;
        p.operations = sel->operations;
    } else {
        p.operations = TableSelection().operations;
    }
    const QString obj = info.qualified();

    if (sel && !sel->columns.isEmpty()) {
        p.columnsRenamedOrDropped = true;
        for (const ColumnMap &cm : sel->columns) {
            const ColumnInfo *c = info.column(cm.name);
            if (!c) {
                problems << QStringLiteral("%1: column \"%2\" does not exist in the source table").arg(obj, cm.name);
                continue;
            }
            if (c->generated) {
                warnings << QStringLiteral("%1.%2 is a generated column: the destination computes it, it is not copied")
                                .arg(obj, c->name);
                continue;
            }
        }
        // Source order, whatever order the task lists them in.
        for (const ColumnInfo &c : info.columns) {
            if (c.generated)
                continue;
            for (const ColumnMap &cm : sel->columns)
                if (cm.name.compare(c.name, Qt::CaseInsensitive) == 0)
                    p.columns << ColumnPlan{c, names.column(info.database, info.name, c.name)};
        }
    } else {
        for (const ColumnInfo &c : info.columns)
            if (!c.generated)
                p.columns << ColumnPlan{c, names.column(info.database, info.name, c.name)};
    }
    for (const ColumnPlan &c : p.columns)
        if (c.target != c.source.name)
            p.columnsRenamedOrDropped = true;

    if (const IndexInfo *key = info.chunkKey()) {
        p.keyColumns = key->columns;
        if (p.columnsRenamedOrDropped)
            for (const QString &k : key->columns) {
                bool copied = false;
                for (const ColumnPlan &c : p.columns)
                    copied = copied || c.source.name == k;
                if (!copied)
                    problems << QStringLiteral("%1: key column \"%2\" (of %3) must be among the selected columns")
                                    .arg(obj, k, key->primary ? QStringLiteral("the primary key") : key->name);
            }
    }  // no key: the precheck warns (source.primary-keys)
    if (p.columns.isEmpty())
        problems << QStringLiteral("%1: no column left to copy").arg(obj);
    return p;
}

}  // namespace

TaskPlan resolvePlan(const TaskSpec &task, Catalog &source, int destinationLowerCaseTableNames, PlanIssues *issues)
{
    TaskPlan plan;
    plan.names = NameMapper(task, destinationLowerCaseTableNames);
    QStringList problems, clashes;
    QHash<QString, QString> targets;  // folded destination name → the source table written there
    for (const DatabaseSelection &sel : task.objects) {
        if (!source.databaseExists(sel.database)) {
            problems << QStringLiteral("database \"%1\" does not exist on the source, or the source account has no "
                                       "privilege on it (%2)")
                            .arg(sel.database, grantStatement({QStringLiteral("SELECT")}, sel.database, task.source.user));
            continue;
        }
        DatabasePlan d;
        d.source = sel.database;
        d.target = plan.names.database(sel.database);
        d.whole = sel.wholeDatabase();
        d.charset = source.databaseCharset(sel.database);
        d.collation = source.databaseCollation(sel.database);
        if (d.whole) {
            for (const QString &t : source.baseTables(sel.database))
                d.tables << planTable(plan.names, source.table(sel.database, t), nullptr, problems, plan.warnings);
        } else {
            for (const TableSelection &ts : sel.tables) {
                auto info = source.findTable(sel.database, ts.name);
                if (!info) {
                    problems << QStringLiteral("table \"%1.%2\" does not exist on the source (or is a view, or the source account may not SELECT it)")
                                    .arg(sel.database, ts.name);
                    continue;
                }
                d.tables << planTable(plan.names, *info, &ts, problems, plan.warnings);
            }
        }
        for (const TablePlan &t : d.tables) {
            // Only a destination that folds names (lower_case_table_names 1 or 2) merges Tt and tt.
            QString key = t.targetDatabase + '.' + t.targetTable;
            if (destinationLowerCaseTableNames != 0)
                key = key.toLower();
            if (const auto other = targets.constFind(key); other != targets.constEnd())
                clashes << QStringLiteral("%1 and %2 would both be written to %3 on the destination%4: rename one")
                               .arg(*other, t.id(), t.targetQualified(),
                                    other->compare(t.id(), Qt::CaseInsensitive) == 0
                                        ? QStringLiteral(" (their names differ only in case)")
                                        : QString());
            else
                targets.insert(key, t.id());
        }
        plan.databases << d;
    }
    if (issues) {
        issues->objects << problems;
        issues->clashes << clashes;
        return plan;
    }
    problems << clashes;
    if (!problems.isEmpty())
        throw Error(ErrorKind::Precheck, QStringLiteral("task objects"),
                    QStringLiteral("%1 problem%2 with the selected objects:\n  %3")
                        .arg(problems.size())
                        .arg(problems.size() == 1 ? "" : "s")
                        .arg(problems.join("\n  ")),
                    QStringLiteral("correct the names in \"objects\" of the task file"));
    return plan;
}

}  // namespace dts
