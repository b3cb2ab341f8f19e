#pragma once
// CREATE statements for the destination, with the task's names.
#include "pipeline/Plan.h"

namespace dts {

QString createDatabaseSql(const QString &db, const QString &charset, const QString &collation);

// Columns as the source server renders them, keys and foreign keys rebuilt with mapped names.
// Indexes or foreign keys over columns that are not copied are left out (noted in `warnings`).
// `innodbOnly`: the destination keeps every table in InnoDB (PolarDB): other engines are replaced.
QString createTableSql(const TablePlan &table, const TaskPlan &plan, QStringList *warnings = nullptr,
                       bool innodbOnly = false);

// A view, routine, trigger or event for the destination: DEFINER removed (the object then belongs to the
// destination account), SQL SECURITY DEFINER turned into INVOKER as DTS does, and references to the
// source database renamed when the database is mapped.
QString rewriteObjectDefinition(const ObjectDefinition &object, const QString &sourceDb, const QString &targetDb);

}  // namespace dts
