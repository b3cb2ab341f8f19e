#include "store/TaskStore.h"

#include "common/Error.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace dts {

namespace {

void run(QSqlQuery &q, const QString &path)
{
    if (!q.exec())
        throw Error(ErrorKind::Permanent, path, QStringLiteral("state store: %1").arg(q.lastError().text()),
                    QStringLiteral("check the state directory (disk full? permissions?)"));
}

void run(QSqlDatabase db, const QString &sql, const QString &path)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw Error(ErrorKind::Permanent, path, QStringLiteral("state store: %1").arg(q.lastError().text()),
                    QStringLiteral("check the state directory (disk full? permissions?)"));
}

}  // namespace

TaskStore::TaskStore(const QString &dir)
    : m_dir(dir), m_prefix(QStringLiteral("dts-store-") + QUuid::createUuid().toString(QUuid::Id128))
{
    if (!QDir().mkpath(dir))
        throw Error(ErrorKind::Invalid, dir, QStringLiteral("cannot create the state directory"),
                    QStringLiteral("choose a writable directory with --state-dir"));
    m_path = QDir(dir).filePath(QStringLiteral("state.db"));
    QSqlDatabase db = QSqlDatabase::database(connectionName());
    run(db, QStringLiteral("PRAGMA journal_mode=WAL"), m_path);
    run(db, QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"), m_path);
    run(db, QStringLiteral("CREATE TABLE IF NOT EXISTS chunk_plan (table_id TEXT PRIMARY KEY, chunks INTEGER)"), m_path);
    run(db, QStringLiteral("CREATE TABLE IF NOT EXISTS chunks (table_id TEXT, number INTEGER, lower TEXT, upper TEXT, "
                           "done INTEGER DEFAULT 0, rows INTEGER DEFAULT 0, bytes INTEGER DEFAULT 0, "
                           "PRIMARY KEY (table_id, number))"),
        m_path);
}

TaskStore::~TaskStore()
{
    // One connection per thread that used the store; they all go with it.
    for (const QString &name : QSqlDatabase::connectionNames())
        if (name.startsWith(m_prefix))
            QSqlDatabase::removeDatabase(name);
}

QString TaskStore::connectionName()
{
    // A QSqlDatabase may only be used in the thread that opened it.
    const QString name = m_prefix + QStringLiteral("-%1").arg(quintptr(QThread::currentThreadId()));
    if (!QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
        if (!db.open())
            throw Error(ErrorKind::Permanent, m_path,
                        QStringLiteral("cannot open the state store: %1").arg(db.lastError().text()),
                        QStringLiteral("check the state directory (permissions, disk space)"));
        QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
    return name;
}

std::optional<QString> TaskStore::meta(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    run(q, m_path);
    if (q.next())
        return q.value(0).toString();
    return std::nullopt;
}

TaskStore::Progress TaskStore::progress()
{
    QMutexLocker lock(&m_mutex);
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    q.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(done), 0), COALESCE(SUM(CASE WHEN done THEN rows END), 0) FROM chunks"));
    run(q, m_path);
    Progress p;
    if (q.next())
        p = Progress{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
    return p;
}

QStringList TaskStore::metaKeys(const QString &prefix)
{
    QMutexLocker lock(&m_mutex);
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    q.prepare(QStringLiteral("SELECT key FROM meta WHERE substr(key, 1, ?) = ? ORDER BY key"));
    q.addBindValue(prefix.size());
    q.addBindValue(prefix);
    run(q, m_path);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

void TaskStore::setMeta(const QString &key, const QString &value)
{
    QMutexLocker lock(&m_mutex);
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    run(q, m_path);
}

bool TaskStore::hasChunkPlan(const QString &tableId)
{
    QMutexLocker lock(&m_mutex);
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    q.prepare(QStringLiteral("SELECT 1 FROM chunk_plan WHERE table_id = ?"));
    q.addBindValue(tableId);
    run(q, m_path);
    return q.next();
}

void TaskStore::saveChunkPlan(const QString &tableId, const QList<ChunkRecord> &chunks)
{
    QMutexLocker lock(&m_mutex);
    QSqlDatabase db = QSqlDatabase::database(connectionName());
    if (!db.transaction())
        throw Error(ErrorKind::Permanent, m_path, QStringLiteral("state store: %1").arg(db.lastError().text()));
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM chunks WHERE table_id = ?"));
    del.addBindValue(tableId);
    run(del, m_path);
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO chunks (table_id, number, lower, upper) VALUES (?, ?, ?, ?)"));
    for (const ChunkRecord &c : chunks) {
        ins.addBindValue(tableId);
        ins.addBindValue(c.number);
        ins.addBindValue(c.lower);
        ins.addBindValue(c.upper);
        run(ins, m_path);
    }
    // The plan counts only once all its chunks are stored: a crash in between plans again.
    QSqlQuery plan(db);
    plan.prepare(QStringLiteral("INSERT OR REPLACE INTO chunk_plan (table_id, chunks) VALUES (?, ?)"));
    plan.addBindValue(tableId);
    plan.addBindValue(chunks.size());
    run(plan, m_path);
    if (!db.commit())
        throw Error(ErrorKind::Permanent, m_path, QStringLiteral("state store: %1").arg(db.lastError().text()));
}

QList<ChunkRecord> TaskStore::chunks(const QString &tableId)
{
    QMutexLocker lock(&m_mutex);
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    q.prepare(QStringLiteral("SELECT number, lower, upper, done, rows, bytes FROM chunks WHERE table_id = ? ORDER BY number"));
    q.addBindValue(tableId);
    run(q, m_path);
    QList<ChunkRecord> out;
    while (q.next())
        out << ChunkRecord{tableId,           q.value(0).toInt(),      q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toBool(), q.value(4).toLongLong(), q.value(5).toLongLong()};
    return out;
}

void TaskStore::markChunkDone(const QString &tableId, int number, qint64 rows, qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    q.prepare(QStringLiteral("UPDATE chunks SET done = 1, rows = ?, bytes = ? WHERE table_id = ? AND number = ?"));
    q.addBindValue(rows);
    q.addBindValue(bytes);
    q.addBindValue(tableId);
    q.addBindValue(number);
    run(q, m_path);
}

void TaskStore::reset()
{
    QMutexLocker lock(&m_mutex);
    QSqlDatabase db = QSqlDatabase::database(connectionName());
    // All or nothing: a plan without its chunks would read as a table with nothing left to copy.
    if (!db.transaction())
        throw Error(ErrorKind::Permanent, m_path, QStringLiteral("state store: %1").arg(db.lastError().text()));
    run(db, QStringLiteral("DELETE FROM chunks"), m_path);
    run(db, QStringLiteral("DELETE FROM chunk_plan"), m_path);
    run(db, QStringLiteral("DELETE FROM meta"), m_path);
    if (!db.commit())
        throw Error(ErrorKind::Permanent, m_path, QStringLiteral("state store: %1").arg(db.lastError().text()));
}

}  // namespace dts
