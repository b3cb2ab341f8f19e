#pragma once
// Schema to the destination: databases and tables before the data; views, routines and events of
// whole databases right after; triggers once the data is in (so they do not fire on our own writes).
#include "mysql/Catalog.h"
#include "pipeline/Plan.h"
#include "store/TaskStore.h"

namespace dts {

class SchemaSync {
public:
    SchemaSync(Connection &source, Connection &destination, const TaskSpec &task, const TaskPlan &plan, TaskStore &store);

    // Destination tables the task would write that exist already and were not created by this task.
    QStringList conflicts();
    // In "ignore" mode and without schema sync: every existing destination table must hold the columns
    // we write. Throws a Precheck error listing every missing table or column.
    void checkExistingTargets(bool mustExist);

    void createTables();
    void createViewsRoutinesEvents();
    void createTriggers();

    QStringList warnings;

private:
    bool createdByUs(const QString &kind, const QString &db, const QString &name);
    void remember(const QString &kind, const QString &db, const QString &name);
    void createObject(const QString &db, const ObjectDefinition &o, const QString &sql);

    Connection &m_dst;
    const TaskSpec &m_task;
    const TaskPlan &m_plan;
    TaskStore &m_store;
    Catalog m_srcCatalog;
    Catalog m_dstCatalog;
};

}  // namespace dts
