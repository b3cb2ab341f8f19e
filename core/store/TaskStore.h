#pragma once
// The task's local state in SQLite (through Qt Sql): fingerprint, start position, chunk plan and
// which chunks are done. Safe to call from any thread (one SQLite connection per thread, WAL).
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <optional>

namespace dts {

struct ChunkRecord {
    QString tableId;   // source db.table
    int number = 0;
    QString lower;     // JSON array of SQL literals of the key; empty: from the start (exclusive bound)
    QString upper;     // inclusive bound; empty: to the end
    bool done = false;
    qint64 rows = 0;
    qint64 bytes = 0;
};

class TaskStore {
public:
    // Opens or creates <dir>/state.db. Throws dts::Error if the directory cannot be written.
    explicit TaskStore(const QString &dir);
    ~TaskStore();
    TaskStore(const TaskStore &) = delete;
    TaskStore &operator=(const TaskStore &) = delete;

    QString dir() const { return m_dir; }

    std::optional<QString> meta(const QString &key);
    void setMeta(const QString &key, const QString &value);
    QStringList metaKeys(const QString &prefix);  // the keys starting with `prefix`

    bool hasChunkPlan(const QString &tableId);
    void saveChunkPlan(const QString &tableId, const QList<ChunkRecord> &chunks);
    QList<ChunkRecord> chunks(const QString &tableId);
    void markChunkDone(const QString &tableId, int number, qint64 rows, qint64 bytes);

    struct Progress {
        qint64 chunks = 0, chunksDone = 0, rowsDone = 0;
    };
    Progress progress();  // over every planned chunk, for "where did this task stop"

    void reset();  // forget everything: the next run starts over

private:
    QString connectionName();
    QString m_dir;
    QString m_path;
    QString m_prefix;
    QMutex m_mutex;
};

}  // namespace dts
