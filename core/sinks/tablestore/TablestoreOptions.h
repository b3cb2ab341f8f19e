#pragma once
// The task file's "destination" object for engine "tablestore", read with every problem named by its
// JSON path. Secrets come from "accessKeySecret"/"stsToken" or the environment variables named by
// "accessKeySecretEnv"/"stsTokenEnv"; TaskSpec::toJson(false) drops the plain ones.
#include "pipeline/Plan.h"
#include "sinks/tablestore/TablestoreWriter.h"
#include "task/TaskSpec.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace dts::ots {

struct TableOptions {
    QStringList primaryKey;           // source column names; empty: the source primary key
    QHash<QString, QString> types;    // source column → INTEGER | DOUBLE | BOOLEAN | STRING | BINARY
};

struct Options {
    ClientConfig client;
    WriterOptions writer;
    int queueSize = 1024;             // rows a writer buffers before it sends them
    QHash<QString, TableOptions> tables;  // by source "db.table"
};

// Problems as "$.destination.x: what is wrong (fix)"; empty when the object is valid.
QStringList validateOptions(const QJsonObject &destination);
// Throws dts::Error(Invalid) listing the problems.
Options parseOptions(const QJsonObject &destination);

// The columns a planned table writes (in plan order, = full-data row order). Throws dts::Error(Invalid)
// for a renamed column: a Tablestore destination maps table names only.
TableInfo plannedColumns(const TablePlan &table);
// How the task maps one planned table: its planned columns, its name in the task's name case, the user's
// key and types. The one mapping the destination, its precheck and the wizard's editor use.
TargetTable mapPlannedTable(const TablePlan &table, NameCase nameCase, const TableOptions &options);

}  // namespace dts::ots
