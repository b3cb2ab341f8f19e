#include "verify/Verifier.h"

#include "change/Position.h"
#include "common/Error.h"
#include "common/Log.h"
#include "mysql/Catalog.h"
#include "mysql/Connection.h"
#include "pipeline/Plan.h"
#include "pipeline/TaskRunner.h"
#include "pipeline/Throttle.h"
#include "sinks/Destination.h"
#include "sinks/mysql/MySqlSink.h"
#include "snapshot/Chunking.h"
#include "store/TaskStore.h"

#include <QScopeGuard>
#include <thread>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>
#include <condition_variable>
#include <list>
#include <mutex>

namespace dts::verify {

namespace {

using Literals = QStringList;

// A key range: lower exclusive, upper inclusive; empty = open on that side.
struct Range {
    Literals lower, upper;
};

// Below this many rows on either side a differing range is compared row by row.
constexpr qint64 kLeafRows = 2000;
constexpr int kSplitParts = 16;
constexpr int kKeysPerQuery = 200;
constexpr int kRecheckRounds = 3;

const QStringList kNumeric = {"tinyint", "smallint", "mediumint", "int", "integer", "bigint",
                              "decimal", "numeric", "float", "double", "real", "year"};
const QStringList kTemporal = {"date", "datetime", "timestamp", "time"};

bool isNumeric(const ColumnInfo &c) { return kNumeric.contains(c.dataType); }
bool isTemporal(const ColumnInfo &c) { return kTemporal.contains(c.dataType); }

Literals literalsFromJson(const QString &json)
{
    Literals out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

// A value read from a rawBytes connection as an SQL literal that writes it back exactly.
QString valueLiteral(const ColumnInfo &c, const char *data, unsigned long length)
{
    if (data && c.isJson() && c.charset.isEmpty())  // MySQL JSON: a binary string is refused
        return QStringLiteral("CONVERT(X'%1' USING utf8mb4)").arg(QString::fromLatin1(QByteArray(data, int(length)).toHex()));
    return keyLiteral(c, data, length);
}

QString displayValue(const ColumnInfo &c, const std::optional<QByteArray> &v)
{
    if (!v)
        return QStringLiteral("NULL");
    if (isNumeric(c))
        return QString::fromLatin1(*v);
    QString text;
    if (isTemporal(c))
        text = QString::fromLatin1(*v);
    else if (c.charset.startsWith(QLatin1String("utf8")) || c.charset == QLatin1String("ascii"))
        text = QString::fromUtf8(*v);
    else if (c.charset == QLatin1String("latin1"))
        text = QString::fromLatin1(*v);
    else
        return QStringLiteral("0x") + QString::fromLatin1(v->toHex());
    text.replace(QLatin1Char('\''), QLatin1String("''"));
    return '\'' + text + '\'';
}

// Values of one row as read (nullopt = NULL).
using Values = QList<std::optional<QByteArray>>;

Values valuesOf(const RowStream &s, int from, int count)
{
    Values out;
    out.reserve(count);
    for (int i = from; i < from + count; ++i)
        out << (s.isNull(i) ? std::nullopt : std::optional<QByteArray>(QByteArray(s.data(i), int(s.length(i)))));
    return out;
}

// One side of a compared table: the names SQL uses there.
struct Side {
    QString table;        // `db`.`t`
    QStringList columns;  // quoted, parallel to TablePlan::columns
    QStringList keys;     // quoted
    QString filter;       // the task's WHERE (source only)
};

// How a table is compared: both sides' names, and per column the type it is read as.
struct Shape {
    const TablePlan *plan = nullptr;
    Side src, dst;
    QList<ColumnInfo> types;   // text columns whose charsets differ between the sides: read as utf8mb4
    QList<bool> convert;
    QStringList targetNames;   // unquoted destination column names
    QList<int> keyIndex;       // the key columns' positions in `types`
    QList<int> nullable;       // columns in the NULL bitmap: nullable on either side
    qint64 avgRowBytes = 256;

    // A column as compared and as written back: FLOAT through its exact DOUBLE (the text protocol rounds
    // it to 6 digits), text in one charset when the sides store different ones.
    QString readExpr(const Side &side, int i) const
    {
        if (convert[i])
            return QStringLiteral("CONVERT(%1 USING utf8mb4)").arg(side.columns[i]);
        if (types[i].isFloat())
            return QStringLiteral("(%1 * 1e0)").arg(side.columns[i]);
        return side.columns[i];
    }

    // CRC32 of the row's canonical form: numbers and temporals as the server prints them (the sessions
    // run in UTC, so TIMESTAMPs print alike); strings, binaries, JSON and geometries as their bytes
    // (a binary cast: no collation or PAD SPACE can make two different values equal, and no charset mix
    // can fail) each after its length (no separator can shift a value into its neighbour); BIT as a
    // number; and a bitmap of which columns are NULL (NULL is neither '' nor 0).
    QString hashExpr(const Side &side) const
    {
        QStringList parts;
        for (int i = 0; i < types.size(); ++i) {
            const ColumnInfo &c = types[i];
            const QString e = readExpr(side, i);
            if (c.dataType == QLatin1String("bit")) {
                parts << QStringLiteral("(%1 + 0)").arg(e);
            } else if (isNumeric(c) || isTemporal(c)) {
                parts << e;
            } else {
                const QString bytes = QStringLiteral("CAST(%1 AS BINARY)").arg(e);
                parts << QStringLiteral("LENGTH(%1)").arg(bytes) << bytes;
            }
        }
        if (!nullable.isEmpty()) {
            QStringList bits;
            for (int i : nullable)
                bits << QStringLiteral("ISNULL(%1)").arg(side.columns[i]);
            parts << QStringLiteral("CONCAT(%1)").arg(bits.join(','));
        }
        return QStringLiteral("CRC32(CONCAT_WS('#',%1))").arg(parts.join(','));
    }

    QString keyExprs(const Side &side) const
    {
        QStringList out;
        for (int k : keyIndex)
            out << readExpr(side, k);
        return out.join(',');
    }

    QString condition(const Side &side, const QStringList &extra) const
    {
        QStringList conds = extra;
        if (!side.filter.isEmpty())
            conds << '(' + side.filter + ')';
        return conds.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conds.join(QStringLiteral(" AND "));
    }

    QStringList rangeConds(const Side &side, const Range &r) const
    {
        QStringList conds;
        if (!r.lower.isEmpty())
            conds << keyAfter(side.keys, r.lower);
        if (!r.upper.isEmpty())
            conds << keyAtMost(side.keys, r.upper);
        return conds;
    }

    QString keyIn(const Side &side, const QList<Literals> &keys) const
    {
        QStringList tuples;
        for (const Literals &k : keys)
            tuples << (k.size() == 1 ? k[0] : '(' + k.join(',') + ')');
        const QString lhs = side.keys.size() == 1 ? side.keys[0] : '(' + side.keys.join(',') + ')';
        return QStringLiteral("%1 IN (%2)").arg(lhs, tuples.join(','));
    }

    // "k1 = v1 AND k2 = v2" on the destination.
    QString keyMatch(const Literals &key) const
    {
        QStringList conds;
        for (int i = 0; i < keyIndex.size(); ++i)
            conds << QStringLiteral("%1 = %2").arg(dst.keys[i], key[i]);
        return conds.join(QStringLiteral(" AND "));
    }

    QString keyDisplay(const Values &key) const
    {
        QStringList parts;
        for (int i = 0; i < keyIndex.size(); ++i)
            parts << targetNames[keyIndex[i]] + '=' + displayValue(types[keyIndex[i]], key[i]);
        return parts.join(QStringLiteral(", "));
    }

    Literals keyLiterals(const Values &key) const
    {
        Literals out;
        for (int i = 0; i < keyIndex.size(); ++i) {
            const auto &v = key[i];
            out << (v ? keyLiteral(types[keyIndex[i]], v->constData(), v->size()) : QStringLiteral("NULL"));
        }
        return out;
    }
};

struct Checksum {
    qint64 rows = 0;
    QByteArray crc;
};

Checksum checksumOf(Connection &c, const Shape &s, const Side &side, const Range &r)
{
    const QString sql = QStringLiteral("SELECT COUNT(*), COALESCE(BIT_XOR(%1), 0) FROM %2%3")
                            .arg(s.hashExpr(side), side.table, s.condition(side, s.rangeConds(side, r)));
    const ResultSet rs = c.query(sql);
    return Checksum{rs.rows.value(0).value(0).toLongLong(), rs.rows.value(0).value(1).toByteArray()};
}

struct Keyed {
    Values key;
    quint32 hash = 0;
};

// Key and row hash of every row matching `conds`, by key literal text.
QHash<QString, Keyed> keyedRows(Connection &c, const Shape &s, const Side &side, const QStringList &conds)
{
    const QString sql = QStringLiteral("SELECT %1,%2 FROM %3%4").arg(s.keyExprs(side), s.hashExpr(side), side.table, s.condition(side, conds));
    RowStream rs(c, sql.toUtf8(), side.table);
    QHash<QString, Keyed> out;
    const int n = int(s.keyIndex.size());
    while (rs.next()) {
        Keyed k{valuesOf(rs, 0, n), QByteArray(rs.data(n), int(rs.length(n))).toUInt()};
        out.insert(s.keyLiterals(k.key).join(QLatin1Char('\x1f')), k);
    }
    return out;
}

// Whole rows by key, keyed like keyedRows().
QHash<QString, Values> rowsByKey(Connection &c, const Shape &s, const Side &side, const QList<Literals> &keys)
{
    QHash<QString, Values> out;
    QStringList exprs;
    for (int i = 0; i < s.types.size(); ++i)
        exprs << s.readExpr(side, i);
    for (qsizetype from = 0; from < keys.size(); from += kKeysPerQuery) {
        const QString sql = QStringLiteral("SELECT %1 FROM %2%3")
                                .arg(exprs.join(','), side.table, s.condition(side, {s.keyIn(side, keys.mid(from, kKeysPerQuery))}));
        RowStream rs(c, sql.toUtf8(), side.table);
        while (rs.next()) {
            const Values row = valuesOf(rs, 0, int(s.types.size()));
            Values key;
            for (int k : s.keyIndex)
                key << row[k];
            out.insert(s.keyLiterals(key).join(QLatin1Char('\x1f')), row);
        }
    }
    return out;
}

QString rowValues(const Shape &s, const Values &row)
{
    QStringList out;
    for (int i = 0; i < row.size(); ++i)
        out << (row[i] ? valueLiteral(s.types[i], row[i]->constData(), row[i]->size()) : QStringLiteral("NULL"));
    return out.join(QStringLiteral(", "));
}

struct Pair {
    std::unique_ptr<Connection> src, dst;
};

// A few connections per side, each used by one chunk at a time.
class Pool {
public:
    Pool(const TaskSpec &task, int size) : m_task(task), m_free(size) {}
    std::unique_ptr<Pair> acquire()
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [this] { return m_free > 0; });
        --m_free;
        if (!m_idle.empty()) {
            auto p = std::move(m_idle.back());
            m_idle.pop_back();
            return p;
        }
        lock.unlock();
        try {
            auto p = std::make_unique<Pair>();
            p->src = std::make_unique<Connection>(m_task.source, ConnectOptions{.rawBytes = true, .role = QStringLiteral("source")});
            p->dst = std::make_unique<Connection>(m_task.destination, ConnectOptions{.rawBytes = true, .role = QStringLiteral("destination")});
            return p;
        } catch (...) {
            release(nullptr);
            throw;
        }
    }
    // nullptr: the pair broke (it is not reused).
    void release(std::unique_ptr<Pair> p)
    {
        std::lock_guard lock(m_mutex);
        if (p)
            m_idle.push_back(std::move(p));
        ++m_free;
        m_cv.notify_one();
    }

private:
    const TaskSpec &m_task;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    int m_free;
    std::vector<std::unique_ptr<Pair>> m_idle;
};

struct TableState {
    Shape shape;
    TableResult result;
    QList<Range> ranges;           // the chunks to check
    std::mutex mutex;
    int pending = 0;
    QList<Literals> listedKeys;    // keys of result.rows, for the recheck
    bool delivered = false;
};

std::optional<Position> appliedPositionOf(Connection &dst, const QString &runId)
{
    if (runId.isEmpty())
        return std::nullopt;
    QString like = runId;
    like.replace('\\', QLatin1String("\\\\")).replace('%', QLatin1String("\\%")).replace('_', QLatin1String("\\_"));
    try {
        const ResultSet rs = dst.query(QStringLiteral("SELECT position FROM %1.incremental_position WHERE run_id = %2 OR run_id LIKE %3")
                                           .arg(quoteIdent(kMetaDatabase), quoteString(runId), quoteString(like + "#%")));
        std::optional<Position> oldest;
        for (const SqlRow &r : rs.rows) {
            const Position p = Position::fromJson(QJsonDocument::fromJson(r.value(0).toByteArray()).object());
            if (p.isValid() && (!oldest || comparePositions(p, *oldest) < 0))
                oldest = p;
        }
        return oldest;
    } catch (const Error &) {
        return std::nullopt;  // no incremental checkpoint table: the task never ran incremental sync
    }
}

class Engine {
public:
    Engine(const TaskSpec &task, const Options &o, std::function<bool()> cancelled,
           std::function<void(const TableResult &)> deliver, std::function<void(int, int)> progress)
        : m_task(task), m_o(o), m_cancelled(std::move(cancelled)), m_deliver(std::move(deliver)), m_progress(std::move(progress)),
          m_rows(o.rowsPerSecond), m_bytes(o.mbPerSecond * 1024 * 1024), m_pool(task, std::max(1, o.connections))
    {
    }

    Report execute();
    void readBack(Report &report);
    bool timedOut() const { return m_timedOut; }

private:
    void prepare(TableState &t, Catalog &dstCatalog, ChunkPlanner &planner);
    void checkChunk(TableState &t, int index);
    void countKeyless(TableState &t);
    void diffRange(Pair &p, TableState &t, const Range &r, qint64 srcRows, qint64 dstRows, int depth);
    void compareRows(Pair &p, TableState &t, const QStringList &srcConds, const QStringList &dstConds);
    QList<Range> split(Connection &c, const Shape &s, const Side &side, const Range &r, qint64 rows);
    void recheck();
    void finishChunk(TableState &t);
    void deliver(TableState &t);
    bool stopping();
    void throttle(qint64 rows, qint64 rowBytes);

    const TaskSpec &m_task;
    Options m_o;
    std::function<bool()> m_cancelled;
    std::function<void(const TableResult &)> m_deliver;
    std::function<void(int, int)> m_progress;
    RateLimiter m_rows, m_bytes;
    Pool m_pool;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_timedOut{false};
    QDeadlineTimer m_deadline;
    std::atomic<int> m_chunksDone{0};
    int m_chunksTotal = 0;
    bool m_incremental = false;
    QString m_runId, m_applied;
    bool m_notCaughtUp = false;
    std::list<TableState> m_tables;
};

bool Engine::stopping()
{
    if (m_cancelled()) {
        m_stop = true;
        return true;
    }
    if (m_deadline.hasExpired()) {
        m_timedOut = true;
        return true;
    }
    return false;
}

void Engine::throttle(qint64 rows, qint64 rowBytes)
{
    m_rows.acquire(double(rows), &m_stop);
    m_bytes.acquire(double(rows) * double(rowBytes), &m_stop);
}

void Engine::prepare(TableState &t, Catalog &dstCatalog, ChunkPlanner &planner)
{
    const TablePlan &p = *t.shape.plan;
    Shape &s = t.shape;
    TableResult &r = t.result;
    r.source = p.id();
    r.target = p.targetQualified();
    const auto dstInfo = dstCatalog.findTable(p.targetDatabase, p.targetTable);
    if (!dstInfo) {
        r.error = QStringLiteral("the destination table %1 does not exist (run the task's schema sync, or check the name mapping)")
                      .arg(r.target);
        return;
    }
    s.src.table = quoteIdent(p.source.database, p.source.name);
    s.dst.table = quoteIdent(p.targetDatabase, p.targetTable);
    s.src.filter = p.where;
    QStringList missingColumns;
    for (int i = 0; i < p.columns.size(); ++i) {
        const ColumnPlan &c = p.columns[i];
        const ColumnInfo *d = dstInfo->column(c.target);
        if (!d) {
            missingColumns << c.target;
            continue;
        }
        ColumnInfo type = c.source;
        const bool convert = c.source.isText() && d->isText() && c.source.charset != d->charset;
        if (convert)
            type.charset = QStringLiteral("utf8mb4");
        s.types << type;
        s.convert << convert;
        s.targetNames << c.target;
        s.src.columns << quoteIdent(c.source.name);
        s.dst.columns << quoteIdent(d->name);
        if (c.source.nullable || d->nullable)
            s.nullable << int(s.types.size() - 1);
    }
    if (!missingColumns.isEmpty()) {
        r.error = QStringLiteral("the destination table %1 has no column %2").arg(r.target, missingColumns.join(QStringLiteral(", ")));
        return;
    }
    for (const QString &k : p.keyColumns)
        for (int i = 0; i < p.columns.size(); ++i)
            if (p.columns[i].source.name.compare(k, Qt::CaseInsensitive) == 0) {
                s.keyIndex << i;
                s.src.keys << s.src.columns[i];
                s.dst.keys << s.dst.columns[i];
            }
    s.avgRowBytes = p.source.avgRowLength > 0 ? p.source.avgRowLength : 256;
    if (s.keyIndex.isEmpty() || s.keyIndex.size() != p.keyColumns.size()) {
        r.keyless = true;
        r.chunks = 1;
        r.note = QStringLiteral("no primary key or NOT NULL unique key: rows counted only, contents not compared");
        t.ranges << Range{};
        return;
    }
    const QList<ChunkRecord> chunks = planner.plan(p);
    int selected = 0;
    for (int i = 0; i < chunks.size(); ++i) {
        // Evenly spread and the same every run: chunk i is taken when it crosses the next multiple of 100/ratio.
        const qint64 a = (qint64(i) * m_o.ratio + 99) / 100, b = (qint64(i + 1) * m_o.ratio + 99) / 100;
        if (b > a) {
            t.ranges << Range{literalsFromJson(chunks[i].lower), literalsFromJson(chunks[i].upper)};
            ++selected;
        }
    }
    r.chunks = selected;
    QStringList notes;
    if (m_o.ratio < 100)
        notes << QStringLiteral("sampled %1 of %2 chunks (%3 %)").arg(selected).arg(chunks.size()).arg(m_o.ratio);
    QStringList skipped;
    for (const char *op : {"insert", "update", "delete"})
        if (!p.operations.contains(QLatin1String(op)))
            skipped << QString::fromLatin1(op).toUpper();
    if (m_task.syncIncremental && !skipped.isEmpty())
        notes << QStringLiteral("the task does not sync %1 of this table: rows it left out differ by design")
                     .arg(skipped.join(QStringLiteral("/")));
    r.note = notes.join(QStringLiteral("; "));
}

QList<Range> Engine::split(Connection &c, const Shape &s, const Side &side, const Range &r, qint64 rows)
{
    const qint64 step = std::max<qint64>(rows / kSplitParts, 1);
    QList<Range> out;
    Literals prev = r.lower;
    QStringList keyCols;
    for (int k : s.keyIndex)
        keyCols << side.columns[k];
    for (int i = 0; i < kSplitParts - 1; ++i) {
        const QString sql = QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4 LIMIT 1 OFFSET %5")
                                .arg(keyCols.join(','), side.table, s.condition(side, s.rangeConds(side, Range{prev, r.upper})),
                                     side.keys.join(','))
                                .arg(step - 1);
        RowStream rs(c, sql.toUtf8(), side.table);
        if (!rs.next())
            break;
        Literals bound;
        for (int k = 0; k < s.keyIndex.size(); ++k)
            bound << keyLiteral(s.plan->columns[s.keyIndex[k]].source, rs.data(k), rs.length(k));
        while (rs.next()) {}
        out << Range{prev, bound};
        prev = bound;
    }
    out << Range{prev, r.upper};
    return out;
}

void Engine::diffRange(Pair &p, TableState &t, const Range &r, qint64 srcRows, qint64 dstRows, int depth)
{
    const Shape &s = t.shape;
    if (std::max(srcRows, dstRows) > kLeafRows && depth < 6) {
        // Split where the side with more rows has its boundaries: every part stays small on that side.
        const bool bySource = srcRows >= dstRows;
        const QList<Range> parts = bySource ? split(*p.src, s, s.src, r, srcRows) : split(*p.dst, s, s.dst, r, dstRows);
        if (parts.size() > 1) {
            for (const Range &part : parts) {
                const Checksum a = checksumOf(*p.src, s, s.src, part), b = checksumOf(*p.dst, s, s.dst, part);
                throttle(std::max(a.rows, b.rows), s.avgRowBytes);
                if (a.rows != b.rows || a.crc != b.crc)
                    diffRange(p, t, part, a.rows, b.rows, depth + 1);
            }
            return;
        }
    }
    compareRows(p, t, s.rangeConds(s.src, r), s.rangeConds(s.dst, r));
}

void Engine::compareRows(Pair &p, TableState &t, const QStringList &srcConds, const QStringList &dstConds)
{
    const Shape &s = t.shape;
    const QHash<QString, Keyed> a = keyedRows(*p.src, s, s.src, srcConds);
    const QHash<QString, Keyed> b = keyedRows(*p.dst, s, s.dst, dstConds);
    QList<Literals> missing, extra, changed;
    QList<Values> extraKeys;
    for (auto it = a.begin(); it != a.end(); ++it) {
        const auto other = b.constFind(it.key());
        if (other == b.constEnd())
            missing << s.keyLiterals(it->key);
        else if (other->hash != it->hash)
            changed << s.keyLiterals(it->key);
    }
    for (auto it = b.begin(); it != b.end(); ++it)
        if (!a.contains(it.key())) {
            extra << s.keyLiterals(it->key);
            extraKeys << it->key;
        }
    const QHash<QString, Values> srcRows = rowsByKey(*p.src, s, s.src, missing + changed);
    const QHash<QString, Values> dstRows = rowsByKey(*p.dst, s, s.dst, changed);

    QList<RowDiff> diffs;
    QList<Literals> keys;
    QStringList insertColumns;
    for (const QString &n : s.dst.columns)
        insertColumns << n;
    for (const Literals &k : missing) {
        const auto row = srcRows.constFind(k.join(QLatin1Char('\x1f')));
        if (row == srcRows.constEnd())
            continue;  // gone from the source meanwhile
        Values key;
        for (int i : s.keyIndex)
            key << (*row)[i];
        diffs << RowDiff{DiffKind::Missing, s.keyDisplay(key), {},
                         QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(s.dst.table, insertColumns.join(QStringLiteral(", ")), rowValues(s, *row))};
        keys << k;
    }
    for (int i = 0; i < extra.size(); ++i) {
        diffs << RowDiff{DiffKind::Extra, s.keyDisplay(extraKeys[i]), {},
                         QStringLiteral("DELETE FROM %1 WHERE %2").arg(s.dst.table, s.keyMatch(extra[i]))};
        keys << extra[i];
    }
    for (const Literals &k : changed) {
        const QString id = k.join(QLatin1Char('\x1f'));
        const auto sr = srcRows.constFind(id), dr = dstRows.constFind(id);
        if (sr == srcRows.constEnd() || dr == dstRows.constEnd())
            continue;  // changed meanwhile: a recheck of an incremental task sees it again
        QStringList columns, sets;
        for (int i = 0; i < s.types.size(); ++i)
            if ((*sr)[i] != (*dr)[i]) {
                columns << s.targetNames[i];
                sets << QStringLiteral("%1 = %2").arg(s.dst.columns[i],
                                                      (*sr)[i] ? valueLiteral(s.types[i], (*sr)[i]->constData(), (*sr)[i]->size())
                                                               : QStringLiteral("NULL"));
            }
        if (columns.isEmpty())
            continue;
        Values key;
        for (int i : s.keyIndex)
            key << (*sr)[i];
        diffs << RowDiff{DiffKind::Different, s.keyDisplay(key), columns,
                         QStringLiteral("UPDATE %1 SET %2 WHERE %3").arg(s.dst.table, sets.join(QStringLiteral(", ")), s.keyMatch(k))};
        keys << k;
    }

    std::lock_guard lock(t.mutex);
    TableResult &r = t.result;
    for (int i = 0; i < diffs.size(); ++i) {
        switch (diffs[i].kind) {
        case DiffKind::Missing: ++r.missing; break;
        case DiffKind::Extra: ++r.extra; break;
        case DiffKind::Different: ++r.different; break;
        }
        if (r.rows.size() < m_o.maxRowsListed) {
            r.rows << diffs[i];
            t.listedKeys << keys[i];
        } else {
            r.truncated = true;
        }
    }
}

void Engine::countKeyless(TableState &t)
{
    auto pair = m_pool.acquire();
    try {
        const Shape &s = t.shape;
        const qint64 a = pair->src->scalar(QStringLiteral("SELECT COUNT(*) FROM %1%2").arg(s.src.table, s.condition(s.src, {}))).value_or("0").toLongLong();
        const qint64 b = pair->dst->scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(s.dst.table)).value_or("0").toLongLong();
        m_pool.release(std::move(pair));
        std::lock_guard lock(t.mutex);
        t.result.sourceRows = a;
        t.result.destinationRows = b;
        t.result.chunksChecked = 1;
    } catch (...) {
        m_pool.release(nullptr);
        throw;
    }
}

void Engine::checkChunk(TableState &t, int index)
{
    {
        std::lock_guard lock(t.mutex);  // another chunk of the table may be recording its error
        if (!t.result.error.isEmpty())
            return;
    }
    if (stopping())
        return;
    if (t.result.keyless) {
        countKeyless(t);
        return;
    }
    auto pair = m_pool.acquire();
    try {
        const Shape &s = t.shape;
        const Range &r = t.ranges[index];
        const Checksum a = checksumOf(*pair->src, s, s.src, r), b = checksumOf(*pair->dst, s, s.dst, r);
        throttle(std::max(a.rows, b.rows), s.avgRowBytes);
        if (a.rows != b.rows || a.crc != b.crc)
            diffRange(*pair, t, r, a.rows, b.rows, 0);
        m_pool.release(std::move(pair));
        std::lock_guard lock(t.mutex);
        t.result.sourceRows += a.rows;
        t.result.destinationRows += b.rows;
        t.result.chunksChecked++;
    } catch (...) {
        m_pool.release(nullptr);
        throw;
    }
}

void Engine::deliver(TableState &t)
{
    if (t.delivered)
        return;
    t.delivered = true;
    TableResult &r = t.result;
    if (r.error.isEmpty() && r.chunksChecked < r.chunks) {
        const QString why = m_timedOut ? QStringLiteral("time limit reached") : QStringLiteral("stopped");
        r.note = (r.note.isEmpty() ? QString() : r.note + QStringLiteral("; ")) +
                 QStringLiteral("%1: %2 of %3 chunks checked").arg(why).arg(r.chunksChecked).arg(r.chunks);
    }
    m_deliver(r);
}

void Engine::finishChunk(TableState &t)
{
    m_progress(m_chunksTotal, ++m_chunksDone);
    bool last;
    {
        std::lock_guard lock(t.mutex);
        last = --t.pending == 0;
    }
    if (last && !m_incremental)
        deliver(t);
}

void Engine::recheck()
{
    // A row written at the source after its chunk was read may not be applied yet: wait until the
    // destination has applied what the source holds now (and at least the delay), then look again.
    // A row the source keeps changing can be in flight again: only rows that differ in every round
    // are reported.
    Connection src(m_task.source, ConnectOptions{.role = QStringLiteral("source")});
    Connection dst(m_task.destination, ConnectOptions{.role = QStringLiteral("destination")});
    for (int round = 0; round < kRecheckRounds; ++round) {
        bool any = false;
        for (const TableState &t : m_tables)
            any = any || !t.listedKeys.isEmpty();
        if (!any)
            return;
        const auto now = binlogStatus(src);
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            if (m_cancelled())
                return;
            const bool delayOver = waited.elapsed() >= qint64(m_o.recheckDelaySeconds) * 1000;
            const auto pos = appliedPositionOf(dst, m_runId);
            const bool caughtUp = !now || (pos && compareBinlogPositions(pos->file, pos->offset, now->first, now->second) >= 0);
            if ((delayOver && caughtUp) || waited.elapsed() >= qint64(m_o.maxRecheckWaitSeconds) * 1000) {
                if (pos)
                    m_applied = pos->toString();
                if (!caughtUp)
                    m_notCaughtUp = true;
                break;
            }
            QThread::msleep(200);
        }
        auto pair = m_pool.acquire();
        try {
            for (TableState &t : m_tables) {
                if (t.listedKeys.isEmpty())
                    continue;
                const QList<Literals> keys = t.listedKeys;
                const bool truncated = t.result.truncated;
                {
                    std::lock_guard lock(t.mutex);
                    t.result.rows.clear();
                    t.listedKeys.clear();
                    t.result.missing = t.result.extra = t.result.different = 0;
                }
                for (qsizetype from = 0; from < keys.size(); from += kKeysPerQuery) {
                    const QList<Literals> part = keys.mid(from, kKeysPerQuery);
                    compareRows(*pair, t, {t.shape.keyIn(t.shape.src, part)}, {t.shape.keyIn(t.shape.dst, part)});
                }
                if (truncated && round == 0)
                    t.result.note = (t.result.note.isEmpty() ? QString() : t.result.note + QStringLiteral("; ")) +
                                    QStringLiteral("more rows differed than listed; only the %1 listed were rechecked").arg(keys.size());
            }
            m_pool.release(std::move(pair));
        } catch (...) {
            m_pool.release(nullptr);
            throw;
        }
    }
}

// Destinations that can be read back but not queried with SQL (Tablestore): the engine's own closing
// check (rows counted at both sides, a sample of source rows read back by key and compared), reported
// per table. No repair SQL: the fix is to run the task's full data again for that table.
void Engine::readBack(Report &report)
{
    Connection src(m_task.source, ConnectOptions{.role = QStringLiteral("source")});
    Catalog srcCatalog(src);
    const TaskPlan plan = resolvePlan(m_task, srcCatalog, 0);
    const QString dir = m_o.stateDir.isEmpty() ? TaskRunner::defaultStateDir(m_task) : m_o.stateDir;
    // The destination stops on an atomic flag; ours is a callback (Ctrl-C in dts verify, Cancel in the
    // studio): a watcher turns one into the other while the read-back runs.
    std::atomic<bool> stop{false}, finished{false};
    std::thread watcher([&] {
        while (!finished && !stop) {
            if (m_cancelled())
                stop = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    });
    const auto joinWatcher = qScopeGuard([&] {
        finished = true;
        watcher.join();
    });
    const std::unique_ptr<Destination> destination =
        makeDestination(m_task, DestinationContext{.stateDir = dir, .cancel = &stop});
    destination->open();
    for (const dts::TableResult &r : readBackCheck(m_task, plan, *destination)) {
        TableResult t;
        t.source = r.source;
        t.target = r.target;
        t.sourceRows = r.sourceRows;
        t.destinationRows = qMax<qint64>(0, r.destinationRows);
        t.chunks = t.chunksChecked = 1;
        if (r.checksum.startsWith(QLatin1String("n/a"))) {
            t.note = QStringLiteral("rows counted only: %1").arg(r.checksum);
        } else {
            t.note = QStringLiteral("rows counted at both sides; a sample of source rows read back by key and compared "
                                    "cell by cell");
            if (r.countComparable) {
                t.missing = qMax<qint64>(0, r.sourceRows - r.destinationRows);
                t.extra = qMax<qint64>(0, r.destinationRows - r.sourceRows);
            }
            if (r.checksum == QLatin1String("differs")) {
                t.different = 1;
                t.note += QStringLiteral("; a sampled row differs (named in the log). Fix: run the task's full data "
                                         "again for this table (dts run TASK --reset)");
            }
        }
        report.tables << t;
        m_deliver(t);
    }
}

Report Engine::execute()
{
    QElapsedTimer timer;
    timer.start();
    Report report;
    report.task = m_task.name;
    report.ratio = m_o.ratio;
    report.notApplicable = notApplicable(m_task);
    if (!report.notApplicable.isEmpty())
        return report;
    if (!m_task.destinationIsMySql()) {
        readBack(report);
        report.seconds = timer.elapsed() / 1000.0;
        return report;
    }
    m_deadline = m_o.timeLimitMinutes > 0 ? QDeadlineTimer(qint64(m_o.timeLimitMinutes * 60000)) : QDeadlineTimer(QDeadlineTimer::Forever);

    Connection src(m_task.source, ConnectOptions{.role = QStringLiteral("source")});
    Connection dst(m_task.destination, ConnectOptions{.role = QStringLiteral("destination")});
    Connection rawSrc(m_task.source, ConnectOptions{.rawBytes = true, .role = QStringLiteral("source")});
    Catalog srcCatalog(src), dstCatalog(dst);
    const TaskPlan plan = resolvePlan(m_task, srcCatalog, dstCatalog.lowerCaseTableNames());

    // A task whose incremental sync has a checkpoint at the destination is (or was) following the source:
    // differences found may be changes in flight, confirmed by the recheck.
    if (m_task.syncIncremental) {
        const QString dir = m_o.stateDir.isEmpty() ? TaskRunner::defaultStateDir(m_task) : m_o.stateDir;
        if (QFile::exists(dir + QStringLiteral("/state.db"))) {
            TaskStore store(dir);
            if (store.meta(QStringLiteral("fingerprint")) == m_task.fingerprint())
                m_runId = store.meta(QStringLiteral("run_id")).value_or(QString());
        }
        if (const auto pos = appliedPositionOf(dst, m_runId)) {
            m_incremental = true;
            m_applied = pos->toString();
        }
    }

    ChunkPlanner planner(rawSrc, m_o.chunkBytes);
    for (const TablePlan *t : plan.tables()) {
        TableState &ts = m_tables.emplace_back();
        ts.shape.plan = t;
        try {
            prepare(ts, dstCatalog, planner);
        } catch (const Error &e) {
            ts.result.error = e.describe();
        }
        ts.pending = ts.result.error.isEmpty() ? int(ts.ranges.size()) : 0;
        m_chunksTotal += ts.pending;
    }
    m_progress(m_chunksTotal, 0);
    for (TableState &t : m_tables)
        if (t.pending == 0)
            deliver(t);

    // One chunk of each table in turn: the tables progress side by side.
    QList<std::pair<TableState *, int>> jobs;
    for (int round = 0;; ++round) {
        bool any = false;
        for (TableState &t : m_tables)
            if (round < t.pending) {
                jobs << std::pair{&t, round};
                any = true;
            }
        if (!any)
            break;
    }
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, m_o.connections));
    QList<QFuture<void>> running;
    for (const auto &[t, index] : jobs)
        running << QtConcurrent::run(&pool, [this, t = t, index = index] {
            try {
                checkChunk(*t, index);
            } catch (const Error &e) {
                std::lock_guard lock(t->mutex);
                if (t->result.error.isEmpty())
                    t->result.error = e.describe();
            } catch (const std::exception &e) {
                std::lock_guard lock(t->mutex);
                if (t->result.error.isEmpty())
                    t->result.error = QString::fromUtf8(e.what());
            }
            finishChunk(*t);
        });
    for (QFuture<void> &f : running)
        f.waitForFinished();

    bool anyListed = false;
    for (const TableState &t : m_tables)
        anyListed = anyListed || !t.listedKeys.isEmpty();
    if (m_incremental && anyListed && !m_stop)
        recheck();
    for (TableState &t : m_tables) {
        deliver(t);
        report.tables << t.result;
    }
    report.incremental = m_incremental;
    report.appliedPosition = m_applied;
    report.notCaughtUp = m_notCaughtUp;
    report.cancelled = m_stop;
    report.timedOut = m_timedOut;
    report.seconds = timer.elapsed() / 1000.0;
    return report;
}

}  // namespace

Options Options::fromTask(const TaskSpec &task)
{
    Options o;
    const Verification &v = task.verification;
    o.ratio = v.mode == QLatin1String("sample") ? v.ratio : 100;
    o.rowsPerSecond = v.rowsPerSecond;
    o.mbPerSecond = v.mbPerSecond;
    o.timeLimitMinutes = v.timeLimitMinutes;
    return o;
}

QString toString(DiffKind k)
{
    switch (k) {
    case DiffKind::Missing: return QStringLiteral("missing");
    case DiffKind::Extra: return QStringLiteral("extra");
    case DiffKind::Different: return QStringLiteral("different");
    }
    return {};
}

bool TableResult::equal() const
{
    if (!error.isEmpty())
        return false;
    if (keyless)
        return sourceRows == destinationRows;
    return missing == 0 && extra == 0 && different == 0;
}

qint64 Report::rowsChecked() const
{
    qint64 n = 0;
    for (const TableResult &t : tables)
        n += t.sourceRows;
    return n;
}

bool Report::equal() const
{
    if (!notApplicable.isEmpty() || cancelled || timedOut)
        return false;
    for (const TableResult &t : tables)
        if (!t.equal())
            return false;
    return true;
}

bool Report::hasDifferences() const
{
    for (const TableResult &t : tables)
        if (t.error.isEmpty() && !t.equal())
            return true;
    return false;
}

QStringList Report::repairStatements() const
{
    // Deletes first: a row whose key differs only in case or trailing spaces is deleted before its
    // source version is inserted under a key the destination's collation deems equal.
    QStringList out;
    for (DiffKind kind : {DiffKind::Extra, DiffKind::Different, DiffKind::Missing})
        for (const TableResult &t : tables)
            for (const RowDiff &d : t.rows)
                if (d.kind == kind)
                    out << d.repairSql;
    return out;
}

QString Report::repairScript() const
{
    const QStringList statements = repairStatements();
    if (statements.isEmpty())
        return {};
    // Temporal literals are written in UTC; zero dates and 0 in an AUTO_INCREMENT column are kept.
    return QStringLiteral("SET time_zone = '+00:00';\nSET sql_mode = '%1';\n").arg(QLatin1String(kDestinationSqlMode)) +
           statements.join(QStringLiteral(";\n")) + QStringLiteral(";\n");
}

QJsonObject Report::toJson() const
{
    QJsonArray tablesJson;
    for (const TableResult &t : tables) {
        QJsonArray rows;
        for (const RowDiff &d : t.rows)
            rows << QJsonObject{{"kind", toString(d.kind)}, {"key", d.key}, {"columns", QJsonArray::fromStringList(d.columns)},
                                {"repairSql", d.repairSql}};
        QJsonObject o{{"source", t.source},
                      {"destination", t.target},
                      {"equal", t.equal()},
                      {"keyless", t.keyless},
                      {"sourceRows", t.sourceRows},
                      {"destinationRows", t.destinationRows},
                      {"missing", t.missing},
                      {"extra", t.extra},
                      {"different", t.different},
                      {"chunks", t.chunks},
                      {"chunksChecked", t.chunksChecked},
                      {"rows", rows},
                      {"truncated", t.truncated}};
        if (!t.note.isEmpty())
            o.insert("note", t.note);
        if (!t.error.isEmpty())
            o.insert("error", t.error);
        tablesJson << o;
    }
    QJsonObject o{{"task", task},
                  {"equal", equal()},
                  {"ratio", ratio},
                  {"rowsChecked", rowsChecked()},
                  {"seconds", seconds},
                  {"cancelled", cancelled},
                  {"timedOut", timedOut},
                  {"incremental", incremental},
                  {"tables", tablesJson}};
    if (!notApplicable.isEmpty())
        o.insert("notApplicable", notApplicable);
    if (!appliedPosition.isEmpty())
        o.insert("appliedPosition", appliedPosition);
    if (incremental)
        o.insert("destinationCaughtUp", !notCaughtUp);
    return o;
}

namespace {

QString count(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

}  // namespace

QString Report::toText() const
{
    if (!notApplicable.isEmpty())
        return QStringLiteral("verification of task \"%1\": %2\n").arg(task, notApplicable);
    int differing = 0, failed = 0;
    for (const TableResult &t : tables) {
        differing += t.error.isEmpty() && !t.equal() ? 1 : 0;
        failed += t.error.isEmpty() ? 0 : 1;
    }
    const double rps = seconds > 0 ? rowsChecked() / seconds : 0;
    QStringList verdicts;
    if (differing)
        verdicts << QStringLiteral("DIFFERENCES in %1 table(s)").arg(differing);
    if (failed)
        verdicts << QStringLiteral("%1 table(s) NOT VERIFIED").arg(failed);
    if (cancelled)
        verdicts << QStringLiteral("CANCELLED before the end");
    else if (timedOut)
        verdicts << QStringLiteral("INCOMPLETE: time limit reached before every chunk was checked");
    const QString verdict = equal() ? QStringLiteral("EQUAL") : verdicts.join(QStringLiteral(", "));
    QString out = QStringLiteral("verification of task \"%1\"%2: %3 tables, %4 rows checked in %5 s (%6 rows/s) — %7\n")
                      .arg(task, ratio < 100 ? QStringLiteral(" (sample %1 %)").arg(ratio) : QString())
                      .arg(tables.size())
                      .arg(count(rowsChecked()))
                      .arg(seconds, 0, 'f', 1)
                      .arg(count(qint64(rps)))
                      .arg(verdict);
    if (incremental)
        out += QStringLiteral("incremental task: destination applied up to %1; differences were rechecked after the "
                              "destination caught up\n")
                   .arg(appliedPosition);
    if (notCaughtUp)
        out += QStringLiteral("warning: the destination did not catch up with the source while rechecking: rows listed may be "
                              "changes not applied yet (is the task running and keeping up?)\n");
    out += QStringLiteral("\n%1 %2 %3 %4 %5 %6  %7\n")
               .arg(QStringLiteral("table"), -40)
               .arg(QStringLiteral("rows src"), 12)
               .arg(QStringLiteral("rows dst"), 12)
               .arg(QStringLiteral("missing"), 8)
               .arg(QStringLiteral("extra"), 8)
               .arg(QStringLiteral("differ"), 8)
               .arg(QStringLiteral("result"));
    for (const TableResult &t : tables) {
        const QString name = t.source == t.target || t.target.isEmpty() ? t.source : t.source + QStringLiteral(" -> ") + t.target;
        const QString result = !t.error.isEmpty() ? QStringLiteral("NOT VERIFIED")
                               : t.equal()        ? (t.keyless ? QStringLiteral("equal (count)") : QStringLiteral("equal"))
                                                  : QStringLiteral("DIFFERS");
        out += QStringLiteral("%1 %2 %3 %4 %5 %6  %7\n")
                   .arg(name, -40)
                   .arg(count(t.sourceRows), 12)
                   .arg(count(t.destinationRows), 12)
                   .arg(t.keyless ? QStringLiteral("-") : count(t.missing), 8)
                   .arg(t.keyless ? QStringLiteral("-") : count(t.extra), 8)
                   .arg(t.keyless ? QStringLiteral("-") : count(t.different), 8)
                   .arg(result);
        if (!t.error.isEmpty())
            out += QStringLiteral("    error: %1\n").arg(t.error);
        if (!t.note.isEmpty())
            out += QStringLiteral("    note: %1\n").arg(t.note);
    }
    for (const TableResult &t : tables) {
        if (t.rows.isEmpty())
            continue;
        out += QStringLiteral("\n%1: %2 row(s) differ%3\n")
                   .arg(t.target)
                   .arg(count(t.missing + t.extra + t.different))
                   .arg(t.truncated ? QStringLiteral(" (the first %1 listed)").arg(t.rows.size()) : QString());
        for (const RowDiff &d : t.rows) {
            QString what = toString(d.kind);
            if (d.kind == DiffKind::Missing)
                what = QStringLiteral("missing in destination");
            else if (d.kind == DiffKind::Extra)
                what = QStringLiteral("extra in destination");
            else
                what = QStringLiteral("different: %1").arg(d.columns.join(QStringLiteral(", ")));
            out += QStringLiteral("  %1  [%2]\n      %3;\n").arg(d.key, what, d.repairSql.left(2000));
        }
    }
    if (hasDifferences())
        out += QStringLiteral("\nrepair: dts verify TASK --repair applies the statements above (after a confirmation), "
                              "then verifies again\n");
    return out;
}

QString notApplicable(const TaskSpec &task)
{
    if (task.destinationIsMySql())
        return {};
    const QString &e = task.destinationEngine;
    if (e == QLatin1String("rocketmq") || e == QLatin1String("function-compute"))
        return QStringLiteral("data verification does not apply to a %1 destination: it receives change messages, not "
                              "tables that can be read back and compared with the source")
            .arg(e == QLatin1String("rocketmq") ? QStringLiteral("RocketMQ") : QStringLiteral("Function Compute"));
    if (e == QLatin1String("tablestore"))
        return {};  // read back: row counts and a sample (Engine::readBack)
    return QStringLiteral("data verification does not support the destination engine \"%1\"").arg(e);
}

QFuture<TableResult> start(const TaskSpec &task, const Options &options)
{
    return QtConcurrent::run([task, options](QPromise<TableResult> &promise) {
        Engine engine(
            task, options, [&promise] { return promise.isCanceled(); }, [&promise](const TableResult &r) { promise.addResult(r); },
            [&promise](int total, int done) {
                promise.setProgressRange(0, total);
                promise.setProgressValue(done);
            });
        try {
            const Report r = engine.execute();
            if (!r.notApplicable.isEmpty()) {
                TableResult t;
                t.error = r.notApplicable;
                promise.addResult(t);
            }
        } catch (const Error &e) {
            TableResult t;  // no table: the whole verification failed
            t.error = e.describe();
            promise.addResult(t);
        }
    });
}

Report run(const TaskSpec &task, const Options &options, const std::atomic<bool> *cancel)
{
    Engine engine(
        task, options, [cancel] { return cancel && cancel->load(); }, [](const TableResult &) {}, [](int, int) {});
    return engine.execute();
}

Report reportOf(const TaskSpec &task, const QFuture<TableResult> &future, double seconds)
{
    Report report;
    report.task = task.name;
    report.ratio = Options::fromTask(task).ratio;
    report.seconds = seconds;
    report.cancelled = future.isCanceled();
    for (int i = 0; i < future.resultCount(); ++i)
        if (future.isResultReadyAt(i))
            report.tables << future.resultAt(i);
    return report;
}

int applyRepair(const TaskSpec &task, const Report &report)
{
    Connection dst(task.destination, ConnectOptions{.role = QStringLiteral("destination")});
    // Same order as repairStatements(), one transaction per table so a failure leaves no half-repaired table.
    int done = 0;
    for (const TableResult &t : report.tables) {
        if (t.rows.isEmpty())
            continue;
        dst.exec(QByteArrayLiteral("START TRANSACTION"));
        try {
            for (DiffKind kind : {DiffKind::Extra, DiffKind::Different, DiffKind::Missing})
                for (const RowDiff &d : t.rows)
                    if (d.kind == kind) {
                        try {
                            dst.exec(d.repairSql);
                        } catch (const Error &e) {
                            throw Error(e.kind(), t.target, QStringLiteral("repair of row %1 failed: %2").arg(d.key, e.message()),
                                        QStringLiteral("check the statement: %1").arg(d.repairSql.left(500)), e.code());
                        }
                        ++done;
                    }
            dst.exec(QByteArrayLiteral("COMMIT"));
        } catch (...) {
            try {
                dst.exec(QByteArrayLiteral("ROLLBACK"));
            } catch (const Error &) {
            }
            throw;
        }
    }
    return done;
}

}  // namespace dts::verify
