#include "pipeline/SchemaSync.h"

#include "common/Error.h"
#include "common/Log.h"
#include "mysql/Ddl.h"

#include <QRegularExpression>

namespace dts {

SchemaSync::SchemaSync(Connection &source, Connection &destination, const TaskSpec &task, const TaskPlan &plan,
                       TaskStore &store)
    : m_dst(destination), m_task(task), m_plan(plan), m_store(store), m_srcCatalog(source),
      m_dstCatalog(destination)
{
}

namespace {
QString createdKey(const QString &kind, const QString &db, const QString &name)
{
    return QStringLiteral("created/%1/%2.%3").arg(kind, db, name);
}
}  // namespace

QSet<QString> tablesCreatedByTask(TaskStore &store)
{
    const QString prefix = QStringLiteral("created/table/");  // createdKey("table", …) without "db.name"
    QSet<QString> out;
    for (const QString &key : store.metaKeys(prefix))
        out.insert(key.mid(prefix.size()));
    return out;
}

bool SchemaSync::createdByUs(const QString &kind, const QString &db, const QString &name)
{
    return m_store.meta(createdKey(kind, db, name)).has_value();
}

void SchemaSync::remember(const QString &kind, const QString &db, const QString &name)
{
    m_store.setMeta(createdKey(kind, db, name), QStringLiteral("1"));
}

void SchemaSync::createTables()
{
    for (const DatabasePlan &d : m_plan.databases) {
        m_dst.exec(createDatabaseSql(d.target, d.charset, d.collation));
        for (const TablePlan &t : d.tables) {
            if (m_dstCatalog.tableExists(t.targetDatabase, t.targetTable)) {
                // Ours from a killed run, or kept on purpose in "ignore" mode (columns checked before).
                continue;
            }
            // PolarDB for MySQL stores every table in InnoDB (it has no MyISAM/Aria).
            const bool innodbOnly = m_task.destinationEngine == QLatin1String("polardb");
            const QString sql = createTableSql(t, m_plan, &warnings, innodbOnly);
            // Remembered before it exists: a kill right after CREATE must not make our own table a conflict.
            remember(QStringLiteral("table"), t.targetDatabase, t.targetTable);
            try {
                m_dst.exec(sql);
            } catch (const Error &e) {
                throw Error(ErrorKind::Permanent, t.targetQualified(),
                            QStringLiteral("cannot create the table: %1").arg(e.message()), e.fix(), e.code());
            }
            log()->info("created table {}", str(t.targetQualified()));
        }
    }
}

void SchemaSync::createObject(const QString &db, const ObjectDefinition &o, const QString &sql)
{
    m_dst.exec(QStringLiteral("USE %1").arg(quoteIdent(db)));
    // Routines, triggers and events keep the sql_mode they were created with; ours comes back after.
    struct RestoreMode {
        Connection &c;
        ~RestoreMode()
        {
            try {
                c.exec(QStringLiteral("SET SESSION sql_mode = '%1'").arg(QLatin1String(kDestinationSqlMode)));
            } catch (...) {
            }
        }
    } restore{m_dst};
    if (!o.sqlMode.isNull())
        m_dst.exec(QStringLiteral("SET SESSION sql_mode = %1").arg(quoteString(o.sqlMode)));
    m_dst.exec(sql);
}

void SchemaSync::createViewsRoutinesEvents()
{
    for (const DatabasePlan &d : m_plan.databases) {
        if (!d.whole)
            continue;
        // Views may use other views: create what we can, and repeat while that makes progress.
        QList<ObjectDefinition> views;
        for (const ObjectDefinition &v : m_srcCatalog.views(d.source))
            if (!createdByUs(QStringLiteral("view"), d.target, v.name))
                views << v;
        QStringList lastErrors;
        while (!views.isEmpty()) {
            QList<ObjectDefinition> failed;
            lastErrors.clear();
            for (const ObjectDefinition &v : views) {
                try {
                    ObjectDefinition nv = v;
                    nv.sqlMode = QString();  // views carry no sql_mode of their own
                    const QString sql = rewriteObjectDefinition(v, d.source, d.target)
                                            .replace(QRegularExpression(QStringLiteral("^CREATE ")),
                                                     QStringLiteral("CREATE OR REPLACE "));
                    createObject(d.target, nv, sql);
                    remember(QStringLiteral("view"), d.target, v.name);
                } catch (const Error &e) {
                    failed << v;
                    lastErrors << QStringLiteral("view %1.%2: %3").arg(d.target, v.name, e.message());
                }
            }
            if (failed.size() == views.size())
                throw Error(ErrorKind::Permanent, QStringLiteral("views of %1").arg(d.target),
                            QStringLiteral("cannot create %1 view(s):\n  %2").arg(failed.size()).arg(lastErrors.join("\n  ")),
                            QStringLiteral("a view may use a table or database that is not part of the task"));
            views = failed;
        }
        for (const ObjectDefinition &r : m_srcCatalog.routines(d.source)) {
            const QString kind = r.kind.toLower();
            if (createdByUs(kind, d.target, r.name))
                continue;
            try {
                m_dst.exec(QStringLiteral("USE %1").arg(quoteIdent(d.target)));
                m_dst.exec(QStringLiteral("DROP %1 IF EXISTS %2").arg(r.kind, quoteIdent(r.name)));
                createObject(d.target, r, rewriteObjectDefinition(r, d.source, d.target));
            } catch (const Error &e) {
                throw Error(ErrorKind::Permanent, QStringLiteral("%1 %2.%3").arg(kind, d.target, r.name),
                            QStringLiteral("cannot create it: %1").arg(e.message()),
                            QStringLiteral("the destination account needs CREATE ROUTINE on %1").arg(d.target));
            }
            remember(kind, d.target, r.name);
        }
        for (const ObjectDefinition &ev : m_srcCatalog.events(d.source)) {
            if (createdByUs(QStringLiteral("event"), d.target, ev.name))
                continue;
            QString sql = rewriteObjectDefinition(ev, d.source, d.target);
            try {
                m_dst.exec(QStringLiteral("USE %1").arg(quoteIdent(d.target)));
                m_dst.exec(QStringLiteral("DROP EVENT IF EXISTS %1").arg(quoteIdent(ev.name)));
                createObject(d.target, ev, sql);
                // An event running on the destination during the sync would write rows the source never had.
                m_dst.exec(QStringLiteral("ALTER EVENT %1 DISABLE").arg(quoteIdent(d.target, ev.name)));
            } catch (const Error &e) {
                throw Error(ErrorKind::Permanent, QStringLiteral("event %1.%2").arg(d.target, ev.name),
                            QStringLiteral("cannot create it: %1").arg(e.message()),
                            QStringLiteral("the destination account needs the EVENT privilege on %1").arg(d.target));
            }
            remember(QStringLiteral("event"), d.target, ev.name);
            warnings << QStringLiteral("event %1.%2 was created DISABLED; enable it on the destination when you switch "
                                       "over (ALTER EVENT … ENABLE)")
                            .arg(d.target, ev.name);
        }
    }
}

void SchemaSync::createTriggers()
{
    for (const DatabasePlan &d : m_plan.databases) {
        if (!d.whole)
            continue;
        for (const ObjectDefinition &tr : m_srcCatalog.triggers(d.source)) {
            if (createdByUs(QStringLiteral("trigger"), d.target, tr.name))
                continue;
            try {
                m_dst.exec(QStringLiteral("USE %1").arg(quoteIdent(d.target)));
                m_dst.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(quoteIdent(tr.name)));
                createObject(d.target, tr, rewriteObjectDefinition(tr, d.source, d.target));
            } catch (const Error &e) {
                throw Error(ErrorKind::Permanent, QStringLiteral("trigger %1.%2").arg(d.target, tr.name),
                            QStringLiteral("cannot create it: %1").arg(e.message()),
                            QStringLiteral("the destination account needs the TRIGGER privilege on %1").arg(d.target));
            }
            remember(QStringLiteral("trigger"), d.target, tr.name);
        }
    }
}

}  // namespace dts
