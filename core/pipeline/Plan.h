#pragma once
// The task resolved against the source catalog: which tables, which columns, under which names.
// Built once before anything is written; every unknown name in the task fails here, all listed.
#include "mysql/Catalog.h"
#include "task/TaskSpec.h"

namespace dts {

// Source names → destination names: explicit targets first, then the name-case policy.
class NameMapper {
public:
    NameMapper() = default;
    NameMapper(const TaskSpec &task, int destinationLowerCaseTableNames);

    QString database(const QString &db) const;
    QString table(const QString &db, const QString &table) const;
    QString column(const QString &db, const QString &table, const QString &column) const;

private:
    QString applyCase(const QString &name, bool isTableOrDatabase) const;
    const DatabaseSelection *findDb(const QString &db) const;
    const TableSelection *findTable(const QString &db, const QString &table) const;

    QList<DatabaseSelection> m_objects;
    NameCase m_case = NameCase::Default;
    int m_lctn = 0;
};

struct ColumnPlan {
    ColumnInfo source;
    QString target;
};

struct TablePlan {
    TableInfo source;
    QString targetDatabase, targetTable;
    QList<ColumnPlan> columns;     // what is copied, in source order; generated columns are left out
    QStringList keyColumns;        // source names of the key that splits the table; empty: no PK/UK
    QString where;
    QStringList operations;
    bool columnsRenamedOrDropped = false;

    QString id() const { return source.database + '.' + source.name; }  // checkpoint key
    QString targetQualified() const { return targetDatabase + '.' + targetTable; }
};

struct DatabasePlan {
    QString source, target;
    bool whole = false;
    QString charset, collation;
    QList<TablePlan> tables;
};

struct TaskPlan {
    QList<DatabasePlan> databases;
    QStringList warnings;
    NameMapper names;

    int tableCount() const;
    QList<const TablePlan *> tables() const;
    const TablePlan *findTable(const QString &db, const QString &table) const;
};

// What keeps a task from being planned, for the precheck to report item by item.
struct PlanIssues {
    QStringList objects;  // missing databases, tables or columns; unusable selections
    QStringList clashes;  // two source tables written to one destination table
    bool isEmpty() const { return objects.isEmpty() && clashes.isEmpty(); }
};

// Reads the catalog for every selected object. With `issues`, every problem is listed there and the
// plan holds what could be resolved; without, throws dts::Error(Precheck) listing them all.
TaskPlan resolvePlan(const TaskSpec &task, Catalog &source, int destinationLowerCaseTableNames,
                     PlanIssues *issues = nullptr);

}  // namespace dts
