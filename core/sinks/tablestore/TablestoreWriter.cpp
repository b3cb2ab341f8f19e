#include "sinks/tablestore/TablestoreWriter.h"

#include "common/Error.h"
#include "sinks/tablestore/Charset.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QtConcurrent>
#include <limits>
#include <numeric>

namespace dts::ots {

namespace {

bool isTemporal(const QString &t) {
    return t == QLatin1String("date") || t == QLatin1String("datetime") || t == QLatin1String("timestamp") || t == QLatin1String("time");
}

// "YYYY-MM-DD[ HH:MM:SS[.f]]" (UTC) → ms since the epoch; "[-]HHH:MM:SS[.f]" → its length in ms.
std::optional<qint64> epochMs(const QByteArray &text, bool time) {
    static const QRegularExpression dt(QStringLiteral("^(\\d{4})-(\\d\\d)-(\\d\\d)(?: (\\d\\d):(\\d\\d):(\\d\\d)(?:\\.(\\d{1,6}))?)?$"));
    static const QRegularExpression tm(QStringLiteral("^(-?)(\\d+):(\\d\\d):(\\d\\d)(?:\\.(\\d{1,6}))?$"));
    const QString s = QString::fromLatin1(text);
    auto frac = [](const QString &f) { return f.isEmpty() ? 0 : QString(f + QStringLiteral("000")).left(3).toLongLong(); };
    if (time) {
        const auto m = tm.match(s);
        if (!m.hasMatch()) return std::nullopt;
        const qint64 ms = ((m.captured(2).toLongLong() * 60 + m.captured(3).toLongLong()) * 60 + m.captured(4).toLongLong()) * 1000 + frac(m.captured(5));
        return m.captured(1).isEmpty() ? ms : -ms;
    }
    const auto m = dt.match(s);
    if (!m.hasMatch()) return std::nullopt;
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!d.isValid()) return std::nullopt;  // zero dates have no epoch value
    const QTime t(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    return QDateTime(d, t, Qt::UTC).toMSecsSinceEpoch() + frac(m.captured(7));
}

// The text protocol sends BIT as its bytes, big-endian.
quint64 bitValue(const QByteArray &text) {
    quint64 u = 0;
    for (char c : text) u = (u << 8) | quint8(c);
    return u;
}

[[noreturn]] void dirty(const QString &object, const QString &what) {
    throw Error(ErrorKind::Permanent, object, what,
                QStringLiteral("map the column to another Tablestore type (STRING holds any value) or set the dirty data policy to skip"));
}

}  // namespace

TableSchema TargetTable::schema() const {
    TableSchema s;
    s.name = name;
    for (const TargetColumn &c : primaryKey)
        s.primaryKey.append({c.name, c.type == Cell::Integer ? PkType::Integer : c.type == Cell::Blob ? PkType::Binary : PkType::String});
    return s;
}

Cell::Type defaultType(const ColumnInfo &c, const MappingOptions &o) {
    const QString t = c.dataType.toLower();
    if (c.isInteger() || t == QLatin1String("year") || t == QLatin1String("bit")) return Cell::Integer;
    if (t == QLatin1String("float") || t == QLatin1String("double") || t == QLatin1String("real")) return Cell::Double;
    if (t == QLatin1String("decimal") || t == QLatin1String("numeric")) return o.decimal == DecimalAs::Double ? Cell::Double : Cell::String;
    if (isTemporal(t)) return o.temporal == TemporalAs::Epoch ? Cell::Integer : Cell::String;
    if (t.contains(QLatin1String("binary")) || t.contains(QLatin1String("blob")) || t == QLatin1String("geometry")
        || t == QLatin1String("point") || t == QLatin1String("linestring") || t == QLatin1String("polygon") || t.startsWith(QLatin1String("multi"))
        || t == QLatin1String("geometrycollection"))
        return Cell::Blob;
    return Cell::String;
}

std::optional<Cell::Type> parseType(const QString &name) {
    const QString n = name.trimmed().toUpper();
    if (n == QLatin1String("INTEGER")) return Cell::Integer;
    if (n == QLatin1String("DOUBLE")) return Cell::Double;
    if (n == QLatin1String("BOOLEAN")) return Cell::Boolean;
    if (n == QLatin1String("STRING")) return Cell::String;
    if (n == QLatin1String("BINARY") || n == QLatin1String("BLOB")) return Cell::Blob;
    return std::nullopt;
}

QString checkName(const QString &kind, const QString &name) {
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,254}$"));
    if (re.match(name).hasMatch()) return {};
    return QStringLiteral("%1 name '%2' is not valid in Tablestore (letters, digits and _, starting with a letter or _, 1 to 255 characters); "
                          "fix: rename it with a name mapping").arg(kind, name);
}

QString checkTableCount(int tables) {
    if (tables <= 64) return {};
    return QStringLiteral("%1 tables are selected; a task into Tablestore takes at most 64; fix: split the tables over several tasks").arg(tables);
}

TargetTable mapTable(const TableInfo &table, const QString &targetName, const QStringList &primaryKey,
                     const QHash<QString, QString> &types, const MappingOptions &o) {
    const QString object = table.database + '.' + table.name;
    TargetTable t;
    t.source = object;
    t.name = o.lowercase ? targetName.toLower() : targetName;
    if (const QString bad = checkName(QStringLiteral("table"), t.name); !bad.isEmpty())
        throw Error(ErrorKind::Invalid, object, bad);
    QStringList pk = primaryKey;
    if (pk.isEmpty())
        if (const IndexInfo *k = table.primaryKey()) pk = k->columns;
    if (pk.isEmpty() || pk.size() > 4)
        throw Error(ErrorKind::Invalid, object,
                    QStringLiteral("a Tablestore table needs 1 to 4 primary key columns, %1 %2").arg(pk.size()).arg(primaryKey.isEmpty() ? QStringLiteral("in the source primary key") : QStringLiteral("configured")),
                    QStringLiteral("set tables.\"%1\".primaryKey to at most 4 columns").arg(object));
    for (auto it = types.begin(); it != types.end(); ++it) {
        if (!table.column(it.key()))
            throw Error(ErrorKind::Invalid, object, QStringLiteral("the type mapping names column %1, which the table does not have").arg(it.key()),
                        QStringLiteral("remove it from tables.\"%1\".types").arg(object));
        if (!parseType(it.value()))
            throw Error(ErrorKind::Invalid, object, QStringLiteral("unknown Tablestore type '%1' for column %2").arg(it.value(), it.key()),
                        QStringLiteral("use INTEGER, DOUBLE, BOOLEAN, STRING or BINARY"));
    }
    QList<TargetColumn> keyCols;
    for (int i = 0; i < table.columns.size(); ++i) {
        const ColumnInfo &c = table.columns[i];
        TargetColumn tc;
        tc.index = i;
        tc.name = (o.lowercase ? c.name.toLower() : c.name).toUtf8();
        if (const QString bad = checkName(QStringLiteral("column"), QString::fromUtf8(tc.name)); !bad.isEmpty())
            throw Error(ErrorKind::Invalid, object, bad);
        tc.type = defaultType(c, o);
        for (auto it = types.begin(); it != types.end(); ++it)
            if (it.key().compare(c.name, Qt::CaseInsensitive) == 0) tc.type = *parseType(it.value());
        if (c.generated) continue;
        if (pk.contains(c.name, Qt::CaseInsensitive)) {
            if (tc.type != Cell::Integer && tc.type != Cell::String && tc.type != Cell::Blob)
                throw Error(ErrorKind::Invalid, object, QStringLiteral("primary key column %1 maps to a type a key cannot have").arg(c.name),
                            QStringLiteral("map it to INTEGER, STRING or BINARY"));
            keyCols.append(tc);
        } else {
            t.columns.append(tc);
        }
    }
    for (const QString &k : pk) {  // in the configured order
        auto it = std::find_if(keyCols.begin(), keyCols.end(), [&](const TargetColumn &c) { return QString::fromUtf8(c.name).compare(k, Qt::CaseInsensitive) == 0; });
        if (it == keyCols.end())
            throw Error(ErrorKind::Invalid, object, QStringLiteral("primary key column %1 is not a column of the table").arg(k),
                        QStringLiteral("fix tables.\"%1\".primaryKey").arg(object));
        t.primaryKey.append(*it);
    }
    return t;
}

std::optional<Cell> toCell(const Value &v, Cell::Type type, TemporalAs temporal, const QString &object) {
    if (v.kind == Value::Null) return std::nullopt;
    if (v.kind == Value::Absent || v.kind == Value::JsonDiff)
        dirty(object, QStringLiteral("the binlog row image lacks the column's value"));
    switch (type) {
    case Cell::Integer:
        switch (v.kind) {
        case Value::Int: return Cell::integer(v.i);
        case Value::UInt:
        case Value::Bit:
        case Value::Enum:
        case Value::Set:
            if (v.u > quint64(std::numeric_limits<qint64>::max())) dirty(object, QStringLiteral("%1 does not fit a Tablestore INTEGER").arg(v.u));
            return Cell::integer(qint64(v.u));
        case Value::Timestamp:
            if (v.text.isEmpty()) return Cell::integer(v.i * 1000 + v.micros / 1000);
            [[fallthrough]];
        case Value::Date:
        case Value::DateTime:
        case Value::Time: {
            const auto ms = epochMs(v.toText(), v.kind == Value::Time);
            if (!ms) dirty(object, QStringLiteral("'%1' has no epoch value").arg(QString::fromLatin1(v.toText())));
            return Cell::integer(*ms);
        }
        default: {
            bool ok = false;
            const qint64 i = v.toText().toLongLong(&ok);
            if (!ok) dirty(object, QStringLiteral("'%1' is not an integer").arg(QString::fromUtf8(v.toText().left(64))));
            return Cell::integer(i);
        }
        }
    case Cell::Double: {
        if (v.kind == Value::Float || v.kind == Value::Double) return Cell::real(v.d);
        if (v.kind == Value::Int) return Cell::real(double(v.i));
        if (v.kind == Value::UInt) return Cell::real(double(v.u));
        bool ok = false;
        const double d = v.toText().toDouble(&ok);
        if (!ok) dirty(object, QStringLiteral("'%1' is not a number").arg(QString::fromUtf8(v.toText().left(64))));
        return Cell::real(d);
    }
    case Cell::Boolean:
        if (v.kind == Value::Int || v.kind == Value::UInt || v.kind == Value::Bit) return Cell::boolean(v.u != 0);
        return Cell::boolean(v.toText() != "0" && !v.toText().isEmpty());
    case Cell::Blob:
        return Cell::blob(v.toText());
    default:
        return Cell::string(v.toText());
    }
}

std::optional<Cell> textToCell(const char *data, qsizetype size, bool null, const ColumnInfo &column, Cell::Type type,
                               TemporalAs temporal, const QString &object) {
    if (null) return std::nullopt;
    const QByteArray text(data, size);
    const QString dt = column.dataType.toLower();
    switch (type) {
    case Cell::Integer: {
        if (isTemporal(dt)) {
            const auto ms = epochMs(text, dt == QLatin1String("time"));
            if (!ms) dirty(object, QStringLiteral("'%1' has no epoch value").arg(QString::fromLatin1(text)));
            return Cell::integer(*ms);
        }
        if (dt == QLatin1String("bit")) {
            const quint64 u = bitValue(text);
            if (u > quint64(std::numeric_limits<qint64>::max())) dirty(object, QStringLiteral("%1 does not fit a Tablestore INTEGER").arg(u));
            return Cell::integer(qint64(u));
        }
        bool ok = false;
        const qint64 i = text.toLongLong(&ok);
        if (!ok) dirty(object, QStringLiteral("'%1' does not fit a Tablestore INTEGER").arg(QString::fromUtf8(text.left(64))));
        return Cell::integer(i);
    }
    case Cell::Double: {
        bool ok = false;
        const double d = text.toDouble(&ok);
        if (!ok) dirty(object, QStringLiteral("'%1' is not a number").arg(QString::fromUtf8(text.left(64))));
        return Cell::real(d);
    }
    case Cell::Boolean:
        if (dt == QLatin1String("bit")) return Cell::boolean(bitValue(text) != 0);
        return Cell::boolean(text != "0" && !text.isEmpty());
    default: {
        // BIT as its number, as the binlog gives it (the text protocol sends its bytes)
        const QByteArray v = dt == QLatin1String("bit") ? QByteArray::number(bitValue(text)) : text;
        if (type == Cell::Blob) return Cell::blob(v);
        const auto utf8 = toUtf8(v, column.charset);
        if (!utf8) dirty(object, QStringLiteral("column %1: its bytes are not valid %2 text").arg(column.name, column.charset));
        return Cell::string(*utf8);
    }
    }
}

Writer::Writer(ClientConfig client, WriterOptions options, QList<TargetTable> tables)
    : m_client(std::move(client)), m_o(options) {
    m_o.buckets = std::clamp(m_o.buckets, 1, std::max(1, m_o.concurrency));  // bucket count ≤ concurrency
    m_buckets.resize(m_o.buckets);
    for (TargetTable &t : tables) m_tables.insert(t.source, std::move(t));
}

void Writer::addTable(TargetTable table) {
    const QString source = table.source;
    m_tables.insert(source, std::move(table));
}

void Writer::createTables() {
    Client c(m_client);
    const QStringList existing = c.listTables();
    for (const TargetTable &t : std::as_const(m_tables))
        if (!existing.contains(t.name)) c.createTable(t.schema());
}

const TargetTable &Writer::target(const QString &sourceTable) const {
    auto it = m_tables.constFind(sourceTable);
    if (it == m_tables.constEnd())
        throw Error(ErrorKind::Invalid, sourceTable, QStringLiteral("no Tablestore mapping for this table"),
                    QStringLiteral("select the table in the task"));
    return *it;
}

QList<Column> Writer::keyOf(const TargetTable &t, const Row &row, const QString &object) const {
    QList<Column> pk;
    for (const TargetColumn &c : t.primaryKey) {
        const auto cell = toCell(c.index < row.size() ? row[c.index] : Value{}, c.type, m_o.temporal, object);
        if (!cell) dirty(object, QStringLiteral("primary key column %1 is NULL").arg(QString::fromUtf8(c.name)));
        pk.append({c.name, *cell});
    }
    return pk;
}

QList<Column> Writer::columnsOf(const TargetTable &t, const Row &row, const QString &object) const {
    QList<Column> cols;
    for (const TargetColumn &c : t.columns)
        if (c.index < row.size())
            if (auto cell = toCell(row[c.index], c.type, m_o.temporal, object)) cols.append({c.name, *cell});
    return cols;
}

void Writer::enqueue(const TargetTable &t, RowChange change) {
    Op op{t.name, std::move(change), {}};
    op.key = encodePrimaryKey(op.change.primaryKey);
    const size_t bucket = qHash(op.table) ^ qHash(op.key);
    m_buckets[int(bucket % size_t(m_buckets.size()))].append(std::move(op));
}

void Writer::putCells(const QString &sourceTable, const QList<Column> &primaryKey, const QList<Column> &columns) {
    RowChange r;
    r.primaryKey = primaryKey;
    r.columns = columns;
    enqueue(target(sourceTable), std::move(r));
}

void Writer::put(const QString &sourceTable, const Row &row) {
    const TargetTable &t = target(sourceTable);
    try {
        RowChange r;
        r.primaryKey = keyOf(t, row, t.source);
        r.columns = columnsOf(t, row, t.source);
        enqueue(t, std::move(r));
    } catch (const Error &e) {
        if (m_o.dirtyData == DirtyData::Block) throw;
        QMutexLocker lock(&m_mutex);
        ++m_dirty;
        m_dirtyLog.append(e.describe());
    }
}

void Writer::write(const ChangeEvent &c) {
    if (c.kind != ChangeEvent::Insert && c.kind != ChangeEvent::Update && c.kind != ChangeEvent::Delete) return;
    const TargetTable &t = target(c.database + '.' + c.table);
    try {
        if (c.kind == ChangeEvent::Insert) return put(t.source, c.after);
        const QList<Column> oldKey = keyOf(t, c.before, t.source);
        if (c.kind == ChangeEvent::Delete) {
            RowChange d;
            d.op = RowChange::Delete;
            d.primaryKey = oldKey;
            return enqueue(t, std::move(d));
        }
        const QList<Column> newKey = keyOf(t, c.after, t.source);
        if (newKey != oldKey) {  // a key change: the old row goes, the new one is written whole
            RowChange d;
            d.op = RowChange::Delete;
            d.primaryKey = oldKey;
            enqueue(t, std::move(d));
            return put(t.source, c.after);
        }
        if (m_o.writeMode == WriteMode::Overwrite) return put(t.source, c.after);
        RowChange u;
        u.op = RowChange::Update;
        u.primaryKey = newKey;
        for (const TargetColumn &col : t.columns) {
            if (col.index >= c.after.size() || c.after[col.index].isAbsent()) continue;
            const bool changed = col.index >= c.before.size() || c.before[col.index] != c.after[col.index];
            if (!changed) continue;
            if (auto cell = toCell(c.after[col.index], col.type, m_o.temporal, t.source)) u.columns.append({col.name, *cell});
            else u.deleted.append(col.name);  // became NULL: Tablestore has no NULL, the column goes
        }
        if (!u.columns.isEmpty() || !u.deleted.isEmpty()) enqueue(t, std::move(u));
    } catch (const Error &e) {
        if (m_o.dirtyData == DirtyData::Block || e.kind() != ErrorKind::Permanent) throw;
        QMutexLocker lock(&m_mutex);
        ++m_dirty;
        m_dirtyLog.append(e.describe());
    }
}

qint64 Writer::pendingRows() const {
    qint64 n = 0;
    for (const auto &b : m_buckets) n += b.size();
    return n;
}

QStringList Writer::takeDirtyLog() {
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_dirtyLog, {});
}

// One bucket, in order. A request never holds one key twice (the server would refuse it) and, for
// BulkImport, only one table. Rows refused for a retryable reason are sent again before anything later.
void Writer::writeBucket(QList<Op> &ops, std::optional<Error> &failure) {
    Client client(m_client);  // its network manager belongs to this thread
    qsizetype next = 0;
    try {
        while (next < ops.size()) {
            QList<WriteRow> batch;
            QSet<QByteArray> keys;
            qint64 bytes = 0;
            const QString table = ops[next].table;
            qsizetype end = next;
            while (end < ops.size() && batch.size() < Client::kMaxBatchRows) {
                const Op &op = ops[end];
                const QByteArray key = op.table.toUtf8() + '\0' + op.key;
                QByteArray encoded = encodeRow(op.change);
                if (keys.contains(key) || (m_o.batchMode == BatchMode::BulkImport && op.table != table)
                    || (!batch.isEmpty() && bytes + encoded.size() > Client::kMaxBatchBytes))
                    break;
                keys.insert(key);
                bytes += encoded.size();
                batch.append({op.table, op.change.op, std::move(encoded)});
                ++end;
            }
            auto send = [&](const QList<WriteRow> &rows) {
                return m_o.batchMode == BatchMode::BulkImport ? client.bulkImport(table, rows) : client.batchWriteRow(rows);
            };
            QList<qsizetype> index(batch.size());
            std::iota(index.begin(), index.end(), 0);
            QList<RowResult> results = send(batch);
            int backoffMs = 100;
            for (int round = 0;; ++round) {
                QList<WriteRow> again;
                QList<qsizetype> againIndex;
                qint64 ok = 0;
                for (qsizetype j = 0; j < results.size(); ++j) {
                    const qsizetype i = index[j];
                    if (results[j].ok) { ++ok; continue; }
                    if (results[j].retryable() && round < 8) { again.append(batch[i]); againIndex.append(i); continue; }
                    const Op &op = ops[next + i];
                    QString keyText;
                    for (const Column &c : op.change.primaryKey) keyText += QString::fromUtf8(c.name) + '=' + c.value.toString() + ' ';
                    const QString line = QStringLiteral("Tablestore %1: row {%2} refused: %3 %4").arg(op.table, keyText.trimmed(), results[j].code, results[j].message);
                    if (m_o.dirtyData == DirtyData::Block) throw Error(ErrorKind::Permanent, op.table, line);
                    QMutexLocker lock(&m_mutex);
                    ++m_dirty;
                    m_dirtyLog.append(line);
                }
                {
                    QMutexLocker lock(&m_mutex);
                    m_written += ok;
                    if (!again.isEmpty()) ++m_retries;
                }
                if (again.isEmpty()) break;
                QThread::msleep(backoffMs);
                backoffMs = std::min(backoffMs * 2, m_client.maxBackoffMs);
                results = send(again);
                index = againIndex;
            }
            next = end;
        }
    } catch (const Error &e) {
        if (!failure) failure = e;
    }
    QMutexLocker lock(&m_mutex);
    m_requests += client.requests();
    m_retries += client.retries();
    ops.remove(0, next);  // what failed stays for the next flush
}

void Writer::flush() {
    QList<int> busy;
    for (int i = 0; i < m_buckets.size(); ++i)
        if (!m_buckets[i].isEmpty()) busy.append(i);
    QList<std::optional<Error>> failures(m_buckets.size());
    QThreadPool pool;
    pool.setMaxThreadCount(std::min(m_o.concurrency, m_o.threads));
    QtConcurrent::blockingMap(&pool, busy, [&](int i) { writeBucket(m_buckets[i], failures[i]); });
    // A refused row (Permanent) wins over a busy server (Transient: the caller retries what is left).
    std::optional<Error> first;
    for (const auto &f : failures)
        if (f && (!first || (first->kind() == ErrorKind::Transient && f->kind() != ErrorKind::Transient))) first = f;
    if (!first) return;
    if (first->kind() == ErrorKind::Permanent && first->fix().isEmpty())
        throw Error(ErrorKind::Permanent, first->object(), first->message(),
                    QStringLiteral("fix the row or the column mapping, or set the dirty data policy to skip"));
    throw *first;
}

}  // namespace dts::ots
