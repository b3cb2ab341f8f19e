#pragma once
// Schema to the destination: databases and tables before the data; views, routines and events of
// whole databases right after; triggers once the data is in (so they do not fire on our own writes).
#include "mysql/Catalog.h"
#include "pipeline/Plan.h"
#include "store/TaskStore.h"

#include <QSet>

namespace dts {

// Destination tables ("db.table") an earlier run of the task created, as recorded in its store.
QSet<QString> tablesCreatedByTask(TaskStore &store);

class SchemaSync {
public:
    SchemaSync(Connection &source, Connection &destination, const TaskSpec &task, const TaskPlan &plan, TaskStore &store);

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
