#include "sinks/mysql/MySqlApplier.h"

#include "binlog/JsonColumn.h"
#include "common/Log.h"
#include "mysql/Catalog.h"
#include "mysql/Ddl.h"
#include "sinks/mysql/MySqlSink.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <mysqld_error.h>

namespace dts {

// ---------------------------------------------------------------------------------------------------

// The net effect of a group, per table and key: the final row, or deleted.
struct MySqlApplier::Pending {
    struct Entry {
        bool present = false;
        Row row;
    };
    struct Table {
        std::shared_ptr<Target> target;
        QHash<QByteArray, int> index;  // key bytes → entries position
        QList<Entry> entries;
    };
    QList<Table> tables;
    QHash<const Target *, int> byTarget;
    qint64 bytes = 0;
    bool isEmpty() const { return tables.isEmpty(); }
};

MySqlApplier::MySqlApplier(const TaskSpec &task, const TaskPlan &plan, ApplierOptions options)
    : m_task(task), m_plan(plan), m_o(std::move(options)), m_pending(std::make_unique<Pending>())
{
}

MySqlApplier::~MySqlApplier() = default;

void MySqlApplier::connect()
{
    m_conn.reset();
    m_inTransaction = false;
    m_pending = std::make_unique<Pending>();
    m_conn = std::make_unique<Connection>(m_o.endpoint, ConnectOptions{.readTimeoutSec = 600, .writeTimeoutSec = 600,
                                                                       .role = QStringLiteral("destination")});
    m_conn->exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1.incremental_position ("
                                "run_id VARCHAR(64) NOT NULL PRIMARY KEY, position JSON NOT NULL, "
                                "source_time_ms BIGINT NOT NULL, applied_at TIMESTAMP(3) NOT NULL) ENGINE=InnoDB")
                     .arg(quoteIdent(kMetaDatabase)));
}

// The checkpoint rows of this run: "<run id>" and "<run id>#<n>".
QByteArray MySqlApplier::runCondition() const
{
    QString like = m_o.runId;
    like.replace('\\', QLatin1String("\\\\")).replace('%', QLatin1String("\\%")).replace('_', QLatin1String("\\_"));
    return "(run_id = " + quoteString(m_o.runId).toUtf8() + " OR run_id LIKE " + quoteString(like + "#%").toUtf8() + ')';
}

QHash<QString, MySqlApplier::Checkpoint> MySqlApplier::checkpoints()
{
    const ResultSet rs = m_conn->query("SELECT run_id, position FROM " + quoteIdent(kMetaDatabase).toUtf8() +
                                       ".incremental_position WHERE " + runCondition());
    QHash<QString, Checkpoint> out;
    for (const SqlRow &r : rs.rows) {
        const QJsonObject o = QJsonDocument::fromJson(r.value(1).toByteArray()).object();
        out.insert(QString::fromUtf8(r.value(0).toByteArray()), Checkpoint{Position::fromJson(o), qMax(1, o.value("workers").toInt(1))});
    }
    return out;
}

const MySqlApplier::Target *MySqlApplier::target(const QString &db, const QString &table, const TableShape *shape)
{
    const QString key = db + QLatin1Char('\x01') + table;
    if (auto it = m_targets.constFind(key); it != m_targets.constEnd() && (!shape || (*it)->shapeColumns == shape->columns.size()))
        return it->get();

    auto t = std::make_shared<Target>();
    t->object = db + '.' + table;
    const TablePlan *plan = m_plan.findTable(db, table);
    const DatabasePlan *dbPlan = nullptr;
    for (const DatabasePlan &d : m_plan.databases)
        if (d.source == db)
            dbPlan = &d;
    if (plan) {
        t->selected = true;
        t->db = plan->targetDatabase;
        t->table = plan->targetTable;
        t->where = plan->where;
        t->ins = plan->operations.contains(QLatin1String("insert"));
        t->upd = plan->operations.contains(QLatin1String("update"));
        t->del = plan->operations.contains(QLatin1String("delete"));
        t->ddl = plan->operations.contains(QLatin1String("ddl"));
    } else if (dbPlan && dbPlan->whole) {
        t->selected = true;
        t->db = m_plan.names.database(db);
        t->table = m_plan.names.table(db, table);
    }
    t->qualified = quoteIdent(t->db, t->table).toUtf8();
    t->counterKey = t->db + '.' + t->table;
    if (t->selected && shape) {
        t->shapeColumns = int(shape->columns.size());
        // Columns: those of the plan (generated ones are not written), matched by name to the row image;
        // tables the plan does not know (created since the start) take the destination's own columns.
        QList<QPair<QString, QString>> wanted;  // (source name, destination name)
        QStringList keyNames;
        if (plan) {
            for (const ColumnPlan &c : plan->columns)
                wanted << qMakePair(c.source.name, c.target);
            keyNames = plan->keyColumns;
        } else {
            Catalog dst(*m_conn);
            const auto info = dst.findTable(t->db, t->table);
            if (info) {
                for (const ColumnInfo &c : info->columns)
                    if (!c.generated)
                        wanted << qMakePair(c.name, c.name);
                if (const IndexInfo *k = info->chunkKey())
                    keyNames = k->columns;
            } else {
                for (const QString &c : shape->columns)
                    wanted << qMakePair(c, c);
            }
        }
        auto indexOf = [&](const QString &name) {
            for (int i = 0; i < shape->columns.size(); ++i)
                if (shape->columns[i].compare(name, Qt::CaseInsensitive) == 0)
                    return i;
            return -1;
        };
        QByteArray cols = "(";
        for (const auto &[src, dst] : wanted) {
            const int i = indexOf(src);
            if (i < 0) {
                if (shape->columns.value(0).startsWith('@'))
                    throw Error(ErrorKind::Permanent, t->object,
                                QStringLiteral("the binlog does not name this table's columns and its definition is unknown"),
                                QStringLiteral("SET GLOBAL binlog_row_metadata = 'FULL' on the source (MySQL 8.0.1+ / "
                                               "MariaDB 10.5+), then restart the task"));
                continue;  // a column the source no longer has at this point of the binlog
            }
            t->columns << i;
            t->columnNames << dst;
            if (cols.size() > 1)
                cols += ',';
            cols += quoteIdent(dst).toUtf8();
        }
        t->columnList = cols + ')';
        QByteArray keys = "(";
        for (const QString &k : keyNames) {
            const int i = indexOf(k);
            if (i < 0) {
                t->key.clear();
                break;
            }
            t->key << i;
            QString dstName = k;
            for (const auto &[src, dst] : wanted)
                if (src.compare(k, Qt::CaseInsensitive) == 0)
                    dstName = dst;
            t->keyNames << dstName;
            if (keys.size() > 1)
                keys += ',';
            keys += quoteIdent(dstName).toUtf8();
        }
        t->keyList = keys + ')';
        if (t->key.isEmpty() && !shape->primaryKey.isEmpty() && !plan) {
            // the binlog's own primary key (FULL metadata)
            QByteArray k2 = "(";
            t->keyNames.clear();
            for (int i : shape->primaryKey) {
                t->key << i;
                t->keyNames << shape->columns[i];
                if (k2.size() > 1)
                    k2 += ',';
                k2 += quoteIdent(shape->columns[i]).toUtf8();
            }
            t->keyList = k2 + ')';
        }
    }
    m_targets.insert(key, t);
    return t.get();
}

void MySqlApplier::forgetTargets()
{
    m_targets.clear();
    m_lastTarget.reset();
    m_lastShape = nullptr;
}

void MySqlApplier::begin()
{
    if (!m_inTransaction) {
        m_conn->exec(QByteArrayLiteral("START TRANSACTION"));
        m_inTransaction = true;
    }
}

void MySqlApplier::commit()
{
    if (m_inTransaction) {
        m_conn->exec(QByteArrayLiteral("COMMIT"));
        m_inTransaction = false;
    }
}

void MySqlApplier::execStatement(const QByteArray &sql, const QString &object)
{
    try {
        m_conn->exec(sql);
    } catch (const Error &e) {
        // Deadlocks and lock waits are worth a retry of the whole group; a lost connection too.
        if (e.code() == ER_LOCK_DEADLOCK || e.code() == ER_LOCK_WAIT_TIMEOUT || e.kind() == ErrorKind::Transient)
            throw Error(ErrorKind::Transient, object, e.message(), e.fix(), e.code());
        throw Error(ErrorKind::Permanent, object, e.message() + QStringLiteral(" — statement: ") + QString::fromUtf8(sql.left(300)),
                    e.fix(), e.code());
    }
}

QByteArray rowKeyBytes(const Row &row, const QList<int> &key)
{
    QByteArray k;
    for (int i : key) {
        const Value &v = row[i];
        k += char(v.kind);
        v.appendSql(k);
        k += '\x1f';
    }
    return k;
}

bool rowComplete(const Row &row, const QList<int> &columns)
{
    for (int i : columns)
        if (row[i].isAbsent() || row[i].kind == Value::JsonDiff)
            return false;
    return true;
}

namespace {

void appendTuple(QByteArray &out, const Row &row, const QList<int> &columns)
{
    out += '(';
    for (int j = 0; j < columns.size(); ++j) {
        if (j)
            out += ',';
        row[columns[j]].appendSql(out);
    }
    out += ')';
}

// `a` <=> v AND … : NULL-safe, for tables without a key (and partial images).
void appendMatch(QByteArray &out, const Row &row, const QList<int> &columns, const QStringList &names)
{
    bool first = true;
    for (int j = 0; j < columns.size(); ++j) {
        const Value &v = row[columns[j]];
        if (v.isAbsent())
            continue;
        if (!first)
            out += " AND ";
        first = false;
        out += quoteIdent(names[j]).toUtf8();
        out += " <=> ";
        v.appendSql(out);
    }
    if (first)
        out += "1";
}

}  // namespace

void MySqlApplier::flushNet(const Target *only)
{
    if (m_pending->isEmpty())
        return;
    const int single = only ? m_pending->byTarget.value(only, -1) : -1;
    if (only && single < 0)
        return;
    begin();
    auto selected = [&](int i) { return !only || i == single; };
    // Deletes first, then the final rows: a unique value freed by one row and taken by another is
    // never held twice (REPLACE removes a row still holding it, and that row is written after).
    for (int i = 0; i < m_pending->tables.size(); ++i) {
        if (!selected(i))
            continue;
        const Pending::Table &t = m_pending->tables[i];
        QByteArray sql;
        int n = 0;
        for (const Pending::Entry &e : t.entries) {
            if (e.present)
                continue;
            if (n == 0)
                sql = "DELETE FROM " + t.target->qualified + " WHERE " + t.target->keyList + " IN (";
            else
                sql += ',';
            appendTuple(sql, e.row, t.target->key);
            if (++n >= 1000 || sql.size() > m_o.maxStatementBytes) {
                execStatement(sql + ')', t.target->object);
                n = 0;
            }
        }
        if (n)
            execStatement(sql + ')', t.target->object);
    }
    for (int i = 0; i < m_pending->tables.size(); ++i) {
        if (!selected(i))
            continue;
        const Pending::Table &t = m_pending->tables[i];
        QByteArray sql;
        int n = 0;
        for (const Pending::Entry &e : t.entries) {
            if (!e.present)
                continue;
            if (n == 0)
                sql = "REPLACE INTO " + t.target->qualified + ' ' + t.target->columnList + " VALUES ";
            else
                sql += ',';
            appendTuple(sql, e.row, t.target->columns);
            ++n;
            if (sql.size() > m_o.maxStatementBytes) {
                execStatement(sql, t.target->object);
                n = 0;
            }
        }
        if (n)
            execStatement(sql, t.target->object);
    }
    if (!only) {
        m_pending = std::make_unique<Pending>();
        return;
    }
    m_pending->tables.removeAt(single);
    m_pending->byTarget.clear();
    for (int i = 0; i < m_pending->tables.size(); ++i)
        m_pending->byTarget.insert(m_pending->tables[i].target.get(), i);
}

void MySqlApplier::applyRowDirect(const Target &t, const ChangeEvent &c)
{
    // Row by row, in order: tables without a key, and images without every column (MINIMAL). What is
    // pending for the same table goes first; other tables' final rows stay pending: with several
    // appliers, writing a row's intermediate state could take a unique value that another applier's
    // final row holds already (and REPLACE would remove that row).
    flushNet(&t);
    begin();
    const QStringList &names = t.columnNames;
    QByteArray sql;
    switch (c.kind) {
    case ChangeEvent::Insert:
        sql = "INSERT INTO " + t.qualified + ' ' + t.columnList + " VALUES ";
        appendTuple(sql, c.after, t.columns);
        break;
    case ChangeEvent::Delete: {
        sql = "DELETE FROM " + t.qualified + " WHERE ";
        if (!t.key.isEmpty()) {
            appendMatch(sql, c.before, t.key, t.keyNames);
        } else {
            appendMatch(sql, c.before, t.columns, names);
            sql += " LIMIT 1";
        }
        break;
    }
    case ChangeEvent::Update: {
        sql = "UPDATE " + t.qualified + " SET ";
        bool first = true;
        for (int j = 0; j < t.columns.size(); ++j) {
            const Value &v = c.after[t.columns[j]];
            if (v.isAbsent())
                continue;
            if (!first)
                sql += ',';
            first = false;
            sql += quoteIdent(names[j]).toUtf8() + '=';
            if (v.kind == Value::JsonDiff)  // a partial JSON update over the row's current document
                sql += QByteArray(v.text).replace(QByteArray(binlog::kJsonSelf), quoteIdent(names[j]).toUtf8());
            else
                v.appendSql(sql);
        }
        if (first)
            return;
        sql += " WHERE ";
        if (!t.key.isEmpty()) {
            appendMatch(sql, c.before, t.key, t.keyNames);
        } else {
            appendMatch(sql, c.before, t.columns, names);
            sql += " LIMIT 1";
        }
        break;
    }
    default:
        return;
    }
    execStatement(sql, t.object);
}

void MySqlApplier::applyRow(const ChangeEvent &c)
{
    // Rows of one table come in runs: remember the last table's target instead of looking it up by name.
    if (c.shape != m_lastShape || !m_lastTarget) {
        target(c.database, c.table, c.shape.get());
        m_lastTarget = m_targets.value(c.database + QLatin1Char('\x01') + c.table);
        m_lastShape = c.shape;
    }
    const std::shared_ptr<Target> sharedTarget = m_lastTarget;
    if (!sharedTarget->selected)
        return;
    const Target &t = *sharedTarget;
    const bool keyed = !t.key.isEmpty();
    const bool full = (c.kind == ChangeEvent::Delete || rowComplete(c.after, t.columns)) &&
                      (c.kind == ChangeEvent::Insert || rowComplete(c.before, t.key));
    if (!keyed || !full) {
        applyRowDirect(t, c);
        return;
    }
    int ti = m_pending->byTarget.value(&t, -1);
    if (ti < 0) {
        ti = int(m_pending->tables.size());
        m_pending->tables.append(Pending::Table{sharedTarget, {}, {}});
        m_pending->byTarget.insert(&t, ti);
    }
    Pending::Table &pt = m_pending->tables[ti];
    auto put = [&](const QByteArray &key, bool present, const Row &row) {
        auto it = pt.index.constFind(key);
        if (it == pt.index.constEnd()) {
            pt.index.insert(key, int(pt.entries.size()));
            pt.entries.append(Pending::Entry{present, row});
        } else {
            Pending::Entry &e = pt.entries[*it];
            e.present = present;
            e.row = row;
        }
    };
    switch (c.kind) {
    case ChangeEvent::Insert:
        put(rowKeyBytes(c.after, t.key), true, c.after);
        break;
    case ChangeEvent::Delete:
        put(rowKeyBytes(c.before, t.key), false, c.before);
        break;
    case ChangeEvent::Update: {
        const QByteArray before = rowKeyBytes(c.before, t.key), after = rowKeyBytes(c.after, t.key);
        if (before != after)
            put(before, false, c.before);
        put(after, true, c.after);
        break;
    }
    default:
        break;
    }
}

void MySqlApplier::applyDdl(const ChangeEvent &c)
{
    bool selected = false, allowed = true;
    const DdlInfo info = analyzeDdl(c.sql, c.database, [&](const QString &db, const QString &table) {
        const Target *t = target(db, table, nullptr);
        if (t->selected) {
            selected = true;
            allowed = allowed && t->ddl;
            return qMakePair(t->db, t->table);
        }
        return qMakePair(db, table);
    });
    if (info.kind.isEmpty() || !selected || !allowed)
        return;
    QByteArray statement = info.rewritten;
    if (info.kind.contains(QLatin1String("VIEW")) || info.kind.contains(QLatin1String("FUNCTION")) ||
        info.kind.contains(QLatin1String("PROCEDURE"))) {
        // As in schema sync: no DEFINER, SQL SECURITY INVOKER, the source database renamed in the body.
        ObjectDefinition o;
        o.create = QString::fromUtf8(statement);
        statement = rewriteObjectDefinition(o, c.database, m_plan.names.database(c.database)).toUtf8();
    }
    flushNet();
    commit();  // DDL commits implicitly: what precedes it goes first, with its own checkpoint
    for (const auto &[db, table] : info.tables) {
        const Target *t = target(db, table, nullptr);
        if (t->selected)
            m_counters[t->counterKey].ddls++;
        m_targets.remove(db + QLatin1Char('\x01') + table);  // the definition changes: look it up again
        m_lastTarget.reset();
    }
    try {
        const QString defaultDb = m_plan.names.database(c.database);
        if (!c.database.isEmpty() && !m_conn->scalar(QStringLiteral("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = %1")
                                                          .arg(quoteString(defaultDb))).has_value())
            m_conn->exec(QByteArrayLiteral("USE dts_studio_meta"));
        else if (!c.database.isEmpty())
            m_conn->exec(QStringLiteral("USE %1").arg(quoteIdent(defaultDb)));
        m_conn->exec(statement);
        log()->info("DDL applied at {}: {}", str(c.position.toString()), str(QString::fromUtf8(statement.left(500))));
    } catch (const Error &e) {
        if (e.kind() == ErrorKind::Transient)
            throw;
        // As DTS: a DDL the destination refuses is logged with its statement, and the task goes on.
        const QString msg = QStringLiteral("DDL failed at the destination and was skipped (%1): %2")
                                .arg(e.message(), QString::fromUtf8(statement.left(500)));
        log()->warn("{}", str(msg));
        m_warnings << msg;
    }
}

void MySqlApplier::writeCheckpoint(const Position &p, const QStringList &ids, bool dropOtherIds)
{
    begin();
    const QString table = QStringLiteral("%1.incremental_position").arg(QLatin1String(kMetaDatabase));
    QJsonObject o = p.toJson();
    o.insert(QLatin1String("workers"), m_o.workers);
    const QByteArray json = quoteString(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))).toUtf8();
    QByteArray sql = "INSERT INTO " + quoteIdent(kMetaDatabase).toUtf8() +
                     ".incremental_position (run_id, position, source_time_ms, applied_at) VALUES ";
    QByteArray idList;
    for (const QString &id : ids) {
        if (!idList.isEmpty()) {
            sql += ',';
            idList += ',';
        }
        idList += quoteString(id).toUtf8();
        sql += '(' + quoteString(id).toUtf8() + ", " + json + ", " + QByteArray::number(p.timestamp * 1000) + ", NOW(3))";
    }
    sql += " ON DUPLICATE KEY UPDATE position = VALUES(position), source_time_ms = VALUES(source_time_ms), "
           "applied_at = VALUES(applied_at)";
    execStatement(sql, table);
    if (dropOtherIds) {
        execStatement("DELETE FROM " + quoteIdent(kMetaDatabase).toUtf8() + ".incremental_position WHERE " +
                          runCondition() + " AND run_id NOT IN (" + idList + ')',
                      table);
    }
}

void MySqlApplier::apply(const QList<Transaction> &group, const QStringList &checkpointIds, bool dropOtherIds, bool keepOpen)
{
    if (group.isEmpty())
        return;
    // A reconnect that failed (destination still down) leaves no connection: a Transient error sends the
    // caller back to connect() and its check of what landed, instead of a crash here.
    if (!m_conn)
        throw Error(ErrorKind::Transient, QStringLiteral("destination %1").arg(m_o.endpoint.label()),
                    QStringLiteral("not connected to the destination (the last reconnect failed)"));
    const QHash<QString, TableCounters> countersBefore = m_counters;
    try {
        const Transaction *last = nullptr;
        for (const Transaction &tx : group) {
            for (const ChangeEvent &c : tx.changes) {
                if (c.kind == ChangeEvent::Ddl) {
                    if (last) {  // what precedes the DDL commits with its own checkpoint
                        flushNet();
                        writeCheckpoint(last->end, checkpointIds, dropOtherIds);
                        commit();
                    }
                    applyDdl(c);
                } else if (c.kind <= ChangeEvent::Delete) {
                    applyRow(c);
                }
            }
            last = &tx;
        }
        flushNet();
        if (keepOpen) {
            begin();
            return;
        }
        writeCheckpoint(group.last().end, checkpointIds, dropOtherIds);
        commit();
    } catch (...) {
        // The group is retried as a whole: nothing of it may stay half-applied in this session.
        if (m_inTransaction) {
            try {
                m_conn->exec(QByteArrayLiteral("ROLLBACK"));
            } catch (...) {
            }
            m_inTransaction = false;
        }
        m_pending = std::make_unique<Pending>();
        m_counters = countersBefore;
        throw;
    }
}

void MySqlApplier::rollback()
{
    m_pending = std::make_unique<Pending>();
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    try {
        m_conn->exec(QByteArrayLiteral("ROLLBACK"));
    } catch (const Error &) {
        // the session is gone, and its transaction with it; the next statement says so
    }
}

QHash<QString, TableCounters> MySqlApplier::takeCounters()
{
    QHash<QString, TableCounters> c;
    c.swap(m_counters);
    return c;
}

QStringList MySqlApplier::takeWarnings()
{
    QStringList w;
    w.swap(m_warnings);
    return w;
}

}  // namespace dts
