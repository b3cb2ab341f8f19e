#include "sinks/tablestore/TablestoreDestination.h"

#include "common/Error.h"
#include "common/Log.h"
#include "mysql/Connection.h"
#include "mysql/DdlAnalysis.h"
#include "sinks/mysql/RowFilter.h"
#include "sinks/tablestore/Charset.h"
#include "snapshot/Chunking.h"
#include "store/TaskStore.h"

#include <QJsonDocument>

namespace dts {

using namespace ots;

namespace {

// A full-data batch: one PlainBuffer header, then PutRow rows (what GetRange returns looks the same).
constexpr qint64 kBatchRows = 1000;
constexpr qint64 kBatchBytes = 2 << 20;

// Busy answers are retried briefly here; longer outages go to the task's retry windows (FullSync's and
// the incremental RetryHook), which the monitor shows and a stop ends.
ClientConfig clientConfig(const Options &o, const TaskSpec &task, const std::atomic<bool> *cancel) {
    ClientConfig c = o.client;
    c.retryWindowMs = std::min(30000, task.advanced.retryOtherMinutes * 60 * 1000);
    if (cancel) c.cancelled = [cancel] { return cancel->load(); };
    return c;
}

QList<ColumnInfo> sourceColumns(const TablePlan &t) {
    QList<ColumnInfo> columns;
    for (const ColumnPlan &c : t.columns) columns << c.source;
    return columns;
}

void logDirty(const QStringList &lines) {
    for (const QString &l : lines) log()->warn("dirty data skipped: {}", l.toStdString());
}

// A full-data row (text protocol, raw bytes) as its PutRow. Throws dts::Error(Permanent) for dirty data.
RowChange putFromText(const TargetTable &t, const RowStream &row, const QList<ColumnInfo> &columns) {
    auto cell = [&](const TargetColumn &c) {
        return textToCell(row.data(c.index), qsizetype(row.length(c.index)), row.isNull(c.index), columns[c.index], c.type, TemporalAs::String, t.source);
    };
    RowChange r;
    for (const TargetColumn &c : t.primaryKey) {
        const auto value = cell(c);
        if (!value)
            throw Error(ErrorKind::Permanent, t.source, QStringLiteral("primary key column %1 is NULL").arg(QString::fromUtf8(c.name)),
                        QStringLiteral("choose primary key columns that are never NULL (tables.\"%1\".primaryKey)").arg(t.source));
        r.primaryKey.append({c.name, *value});
    }
    for (const TargetColumn &c : t.columns)
        if (auto value = cell(c)) r.columns.append({c.name, *value});
    return r;
}

class Encoder final : public BatchEncoder {
public:
    Encoder(TargetTable target, QList<ColumnInfo> columns, DirtyData policy, std::shared_ptr<TablestoreDestination::DirtyLog> dirty)
        : m_t(std::move(target)), m_columns(std::move(columns)), m_policy(policy), m_dirty(std::move(dirty)) {}

    void addRow(const RowStream &row) override {
        qint64 size = 0;
        for (int i = 0; i < row.columnCount(); ++i) size += qint64(row.length(i));
        try {
            const QByteArray encoded = encodeRow(putFromText(m_t, row, m_columns));
            m_batch.payload += m_batch.rows ? encoded.mid(4) : encoded;
            ++m_batch.rows;
        } catch (const Error &e) {
            if (m_policy == DirtyData::Block || e.kind() != ErrorKind::Permanent) throw;
            m_dirty->add({e.describe()});
        }
        m_batch.sourceBytes += size;
    }
    std::optional<Batch> takeReady() override {
        if (m_batch.rows < kBatchRows && m_batch.payload.size() < kBatchBytes) return std::nullopt;
        return std::exchange(m_batch, {});
    }
    std::optional<Batch> finish() override {
        if (!m_batch.rows && !m_batch.sourceBytes) return std::nullopt;
        return std::exchange(m_batch, {});
    }

private:
    TargetTable m_t;
    QList<ColumnInfo> m_columns;
    DirtyData m_policy;
    std::shared_ptr<TablestoreDestination::DirtyLog> m_dirty;
    Batch m_batch;
};

// Rows of a chunk go out as they come (a queueSize worth at a time); commit() returns when all are written.
class ChunkWriterImpl final : public ChunkWriter {
public:
    ChunkWriterImpl(ClientConfig client, Options options, std::function<TargetTable(const TablePlan &)> map,
                    std::shared_ptr<TablestoreDestination::DirtyLog> dirty)
        : m_client(std::move(client)), m_o(std::move(options)), m_map(std::move(map)), m_dirty(std::move(dirty)) {}

    void begin(const TablePlan &table, const ChunkRecord &) override {
        if (!m_writer) m_writer = std::make_unique<Writer>(m_client, m_o.writer, QList<TargetTable>{});
        m_table = table.id();
        m_writer->addTable(m_map(table));
    }
    void write(const Batch &batch) override {
        if (!batch.rows) return;
        for (const StoredRow &r : decodeRows(batch.payload, m_table)) m_writer->putCells(m_table, r.primaryKey, r.columns);
        if (m_writer->pendingRows() >= m_o.queueSize) flush();
    }
    void commit(qint64) override { flush(); }
    void rollback() override { m_writer.reset(); }  // what was buffered goes; the chunk is sent again
    std::optional<qint64> committedRows(const ChunkRecord &) override { return std::nullopt; }

private:
    void flush() {
        try {
            m_writer->flush();
        } catch (...) {
            m_dirty->add(m_writer->takeDirtyLog());
            m_writer.reset();
            throw;
        }
        m_dirty->add(m_writer->takeDirtyLog());
    }

    ClientConfig m_client;
    Options m_o;
    std::function<TargetTable(const TablePlan &)> m_map;
    std::shared_ptr<TablestoreDestination::DirtyLog> m_dirty;
    std::unique_ptr<Writer> m_writer;
    QString m_table;
};

// The labels of an ENUM or SET column from its type, "enum('a','it''s')".
QStringList typeLabels(const QString &columnType) {
    QStringList labels;
    const qsizetype open = columnType.indexOf('(');
    QString cur;
    bool in = false;
    for (qsizetype i = open + 1; open >= 0 && i < columnType.size(); ++i) {
        const QChar ch = columnType[i];
        if (!in) {
            if (ch == '\'') in = true, cur.clear();
            continue;
        }
        if (ch == '\'' && i + 1 < columnType.size() && columnType[i + 1] == '\'') {
            cur += ch;
            ++i;
        } else if (ch == '\'') {
            labels << cur;
            in = false;
        } else {
            cur += ch;
        }
    }
    return labels;
}

// Creates the tables that do not exist. Idempotent (a run stopped halfway does it again): an existing
// table with the same key is kept, another key is an error naming both. `quiet`: no log line for a kept table.
void ensureTables(Client &c, const QList<TargetTable> &targets, bool quiet) {
    const QStringList existing = c.listTables();
    for (const TargetTable &t : targets) {
        const TableSchema want = t.schema();
        if (!existing.contains(t.name)) {
            c.createTable(want);
            log()->info("Tablestore table {} created for {}", t.name.toStdString(), t.source.toStdString());
            continue;
        }
        const auto have = c.describeTable(t.name);
        if (have && have->primaryKey != want.primaryKey) {
            auto describe = [](const TableSchema &s) {
                QStringList cols;
                for (const auto &[name, type] : s.primaryKey)
                    cols << QString::fromUtf8(name) + ' ' + (type == PkType::Integer ? "INTEGER" : type == PkType::Binary ? "BINARY" : "STRING");
                return cols.join(", ");
            };
            throw Error(ErrorKind::Precheck, QStringLiteral("%1/%2").arg(c.config().instance, t.name),
                        QStringLiteral("the Tablestore table exists with primary key (%1), the task needs (%2) for %3")
                            .arg(describe(*have), describe(want), t.source),
                        QStringLiteral("drop the table in Tablestore, map %1 to another table name, or set tables.\"%1\".primaryKey to match").arg(t.source));
        }
        if (!quiet) log()->info("Tablestore table {} exists with the same primary key: kept", t.name.toStdString());
    }
}

class Sink final : public ChangeSink {
public:
    Sink(const TaskSpec &task, const TaskPlan &plan, ClientConfig client, Options options, QList<TargetTable> targets,
         DestinationContext context, std::shared_ptr<TablestoreDestination::DirtyLog> dirty)
        : m_task(task), m_plan(plan), m_client(std::move(client)), m_o(std::move(options)), m_targets(std::move(targets)),
          m_context(std::move(context)), m_dirty(std::move(dirty)) {
        for (const TablePlan *t : m_plan.tables()) m_hasFilters = m_hasFilters || !t->where.trimmed().isEmpty();
    }

    void connect() override {
        m_store = std::make_unique<TaskStore>(m_context.stateDir);  // SQLite: on the incremental thread
        if (m_task.syncSchema && !m_tablesChecked) {
            // A table created at the source after an earlier run started is planned now: its Tablestore
            // table is created here, its rows come from the binlog.
            Client c(m_client);
            ensureTables(c, m_targets, true);
            m_tablesChecked = true;
        }
        m_writer = std::make_unique<Writer>(m_client, m_o.writer, m_targets);
        for (const TargetTable &t : std::as_const(m_liveTargets)) m_writer->addTable(t);
        if (m_hasFilters && !m_filter) m_filter = std::make_unique<RowFilter>(m_task.source);
        m_checkpoint.reset();
        if (const auto saved = m_store->meta(key()))
            m_checkpoint = Position::fromJson(QJsonDocument::fromJson(saved->toUtf8()).object());
    }
    std::optional<Position> checkpoint() const override { return m_checkpoint; }

    void apply(const QList<Transaction> &group, const RetryHook &retry) override {
        std::optional<Position> end;
        QList<ChangeEvent> rows;
        for (const Transaction &tx : group) {
            // An aborted large transaction: the pieces sent stay written; the reader sends it again from
            // its start (or it was rolled back on a non-transactional table, whose rows the source keeps).
            if (tx.abortPartial) continue;
            end = tx.end;  // a piece's end is where its transaction began: a safe resume point
            if (tx.heartbeat) continue;
            for (const ChangeEvent &c : tx.changes) {
                if (c.kind == ChangeEvent::Ddl) {
                    applyDdl(c);  // before the rows that follow it are mapped
                    continue;
                }
                if (c.kind > ChangeEvent::Delete) continue;
                if (planned(c.database, c.table)) rows << c;
            }
        }
        // The filter first (an update leaving it is a delete), then the operations to sync, as the MySQL sink does.
        if (m_hasFilters) filter(rows);
        for (const ChangeEvent &c : rows) {
            const TablePlan *t = findPlan(c.database, c.table);
            const bool wanted = c.kind == ChangeEvent::Insert ? t->operations.contains(QLatin1String("insert"))
                                : c.kind == ChangeEvent::Update ? t->operations.contains(QLatin1String("update"))
                                                                : t->operations.contains(QLatin1String("delete"));
            if (!wanted) continue;
            m_writer->write(inPlanOrder(*t, c));
            TableCounters &n = m_counters[t->targetQualified()];
            (c.kind == ChangeEvent::Insert ? n.inserts : c.kind == ChangeEvent::Update ? n.updates : n.deletes)++;
            if (m_writer->pendingRows() >= m_o.queueSize) flush(retry);
        }
        flush(retry);
        if (end) {
            m_store->setMeta(key(), QString::fromUtf8(QJsonDocument(end->toJson()).toJson(QJsonDocument::Compact)));
            m_checkpoint = end;
        }
    }

    QHash<QString, TableCounters> takeCounters() override { return std::exchange(m_counters, {}); }
    QStringList takeWarnings() override { return std::exchange(m_warnings, {}); }
    QString summary() const override {
        return QStringLiteral("Tablestore: %1 row operation(s) written, %2 request(s), %3 retried, %4 dirty row(s) skipped")
            .arg(m_writer ? m_writer->writtenRows() : 0).arg(m_writer ? m_writer->requests() : 0)
            .arg(m_writer ? m_writer->retries() : 0).arg(m_writer ? m_writer->dirtyRows() : 0);
    }

private:
    QString key() const { return QStringLiteral("tablestore_checkpoint"); }

    // The plan of a source table: learnt while running (created or altered since the start), else the start's.
    const TablePlan *findPlan(const QString &db, const QString &table) const {
        if (auto it = m_live.constFind(db + '.' + table); it != m_live.constEnd()) return &*it;
        return m_plan.findTable(db, table);
    }
    const DatabasePlan *wholeDatabase(const QString &db) const {
        for (const DatabasePlan &d : m_plan.databases)
            if (d.source == db && d.whole) return &d;
        return nullptr;
    }
    // Whether the task writes the table's rows; a table of a whole-database selection that the start did
    // not know (created since) is learnt from the source now and its Tablestore table created.
    const TablePlan *planned(const QString &db, const QString &table) {
        if (const TablePlan *t = findPlan(db, table)) return t;
        if (!wholeDatabase(db) || m_gone.contains(db + '.' + table)) return nullptr;
        learn(db, table, QStringLiteral("created after the task started"));
        return findPlan(db, table);
    }

    // Reads the table from the source as the task selects it (a table of a whole database: every column,
    // every operation), maps it with the user's key and types, creates its Tablestore table when missing
    // and routes its rows there. An existing mapping must keep its key: Tablestore keys cannot change.
    void learn(const QString &db, const QString &table, const QString &why) {
        const QString id = db + '.' + table;
        TaskSpec one = m_task;
        one.objects.clear();
        for (const DatabaseSelection &d : m_task.objects) {
            if (d.database != db) continue;
            DatabaseSelection only{d.database, d.target, {}};
            for (const TableSelection &t : d.tables)
                if (t.name == table) only.tables << t;
            if (d.wholeDatabase()) only.tables << TableSelection{table, {}, {}, {}};
            if (!only.tables.isEmpty()) one.objects << only;
        }
        if (one.objects.isEmpty()) return;
        TablePlan plan;
        try {
            Connection c(m_task.source, ConnectOptions{.role = QStringLiteral("source")});
            Catalog catalog(c);
            if (!catalog.tableExists(db, table)) {
                // Dropped since (a scratch table, say): where the source ends, it does not exist either.
                m_warnings << QStringLiteral("%1: %2 and no longer at the source: its rows are not written to Tablestore").arg(id, why);
                m_gone.insert(id);
                return;
            }
            m_gone.remove(id);
            const TaskPlan resolved = resolvePlan(one, catalog, 0);
            const TablePlan *t = resolved.findTable(db, table);
            if (!t) throw Error(ErrorKind::Permanent, id, QStringLiteral("not found at the source"));
            plan = *t;
        } catch (const Error &e) {
            if (e.kind() == ErrorKind::Transient || e.kind() == ErrorKind::Cancelled) throw;
            throw Error(ErrorKind::Permanent, id,
                        QStringLiteral("%1, but its definition cannot be read from the source: %2").arg(why, e.message()),
                        QStringLiteral("if the table was dropped since, leave it out: select the database's other tables one by one; "
                                       "then run the task again (it resumes from its checkpoint)"));
        }
        const TargetTable target = mapPlannedTable(plan, m_task.nameCase, m_o.tables.value(id));
        const TargetTable *before = nullptr;
        for (const TargetTable &t : std::as_const(m_targets))
            if (t.source == id) before = &t;
        if (auto it = m_liveTargets.constFind(id); it != m_liveTargets.constEnd()) before = &*it;
        if (before && before->schema().primaryKey != target.schema().primaryKey)
            throw Error(ErrorKind::Permanent, id,
                        QStringLiteral("%1: its Tablestore primary key would change, which Tablestore cannot do (table %2)").arg(why, before->name),
                        QStringLiteral("start a new task for the table (or map it to a new Tablestore table name)"));
        if (!before) {
            Client c(m_client);
            ensureTables(c, {target}, false);
        } else {
            QStringList added;
            for (const TargetColumn &col : target.columns) {
                bool known = false;
                for (const TargetColumn &old : before->columns) known = known || old.name == col.name;
                if (!known) added << QString::fromUtf8(col.name);
            }
            if (!added.isEmpty())
                log()->info("{}: new column(s) {} written to Tablestore table {} from now on", id.toStdString(),
                            added.join(", ").toStdString(), target.name.toStdString());
        }
        m_live.insert(id, plan);
        m_liveTargets.insert(id, target);
        m_hasFilters = m_hasFilters || !plan.where.trimmed().isEmpty();
        if (m_hasFilters && !m_filter) m_filter = std::make_unique<RowFilter>(m_task.source);
        m_writer->addTable(target);  // the writer is empty here: apply() writes a group's rows after its DDL
    }

    // Tablestore has no schema for attribute columns and cannot rename tables or change keys. A new table
    // of a whole-database selection is created; an altered table is read again so that added columns are
    // written; a renamed table stops the task before the rename (its rows are in the old table).
    void applyDdl(const ChangeEvent &c) {
        const DdlInfo ddl = analyzeDdl(c.sql, c.database, [](const QString &db, const QString &t) { return qMakePair(db, t); });
        const QString sql = QString::fromUtf8(c.sql.left(200));
        auto selected = [this](const QPair<QString, QString> &t) { return findPlan(t.first, t.second) || wholeDatabase(t.first); };
        const bool rename = ddl.kind == QLatin1String("RENAME TABLE") || (ddl.kind == QLatin1String("ALTER TABLE") && ddl.tables.size() > 1);
        if (rename) {
            for (qsizetype i = 0; i < ddl.tables.size(); ++i)
                if (i % 2 == 0 && findPlan(ddl.tables[i].first, ddl.tables[i].second))
                    throw Error(ErrorKind::Permanent, ddl.tables[i].first + '.' + ddl.tables[i].second,
                                QStringLiteral("renamed at the source (%1); a Tablestore table cannot be renamed and its rows stay under "
                                               "the old name").arg(sql),
                                QStringLiteral("start a new task for the renamed table (the checkpoint stays before the rename, "
                                               "nothing after it was written)"));
        } else if (ddl.kind == QLatin1String("CREATE TABLE") || ddl.kind == QLatin1String("ALTER TABLE") ||
                   ddl.kind == QLatin1String("CREATE INDEX") || ddl.kind == QLatin1String("DROP INDEX")) {
            const auto t = ddl.tables.value(0);
            if (!t.second.isEmpty() && selected(t))
                learn(t.first, t.second, ddl.kind == QLatin1String("CREATE TABLE") && !findPlan(t.first, t.second)
                                             ? QStringLiteral("created after the task started")
                                             : QStringLiteral("changed by %1").arg(sql));
        } else if (ddl.kind == QLatin1String("TRUNCATE TABLE") || ddl.kind == QLatin1String("DROP TABLE")) {
            for (const auto &t : ddl.tables)
                if (findPlan(t.first, t.second))
                    m_warnings << QStringLiteral("%1 not applied to Tablestore: table %2 keeps its rows (%3)")
                                      .arg(ddl.kind, t.first + '.' + t.second, sql);
        }
        m_counters[c.database + '.' + c.table].ddls++;
    }

    // The row image in the plan's column order (by name: the table may have changed since), with ENUM
    // and SET as their labels and BINARY(n) padded as the server returns it (the binlog drops trailing
    // zero bytes): what the full copy wrote for the same row.
    ChangeEvent inPlanOrder(const TablePlan &t, const ChangeEvent &c) const {
        ChangeEvent out = c;
        const TableShape *shape = c.shape.get();
        auto convert = [&](const Row &in) {
            if (in.isEmpty()) return in;
            Row row(t.columns.size());
            for (qsizetype i = 0; i < t.columns.size(); ++i) {
                const qsizetype at = shape ? shape->columns.indexOf(t.columns[i].source.name) : i;
                if (at < 0 || at >= in.size()) continue;  // a column dropped since: NULL (no cell)
                Value v = in[at];
                const ColumnInfo &col = t.columns[i].source;
                if (v.kind == Value::String && !v.binary && col.isText()) {
                    // the column's charset as UTF-8; bytes that are not valid text stay (the server refuses them: dirty data)
                    if (auto utf8 = toUtf8(v.text, col.charset)) v.text = std::move(*utf8);
                }
                if (v.kind == Value::String && col.dataType == QLatin1String("binary")) {
                    const int n = col.columnType.section('(', 1).section(')', 0, 0).toInt();
                    if (v.text.size() < n) v.text.append(QByteArray(n - v.text.size(), '\0'));
                }
                if (v.kind == Value::Enum || v.kind == Value::Set) {
                    QStringList labels = !shape ? QStringList() : v.kind == Value::Enum ? shape->enumValues.value(at) : shape->setValues.value(at);
                    if (labels.isEmpty()) labels = typeLabels(col.columnType);
                    if (!labels.isEmpty()) {
                        QStringList picked;
                        for (qsizetype b = 0; b < labels.size(); ++b)
                            if (v.kind == Value::Enum ? quint64(b + 1) == v.u : (v.u >> b) & 1) picked << labels[b];
                        v.text = picked.join(',').toUtf8();
                        v.kind = Value::String;
                    }
                }
                row[i] = std::move(v);
            }
            return row;
        };
        out.before = convert(c.before);
        out.after = convert(c.after);
        return out;
    }

    // WHERE filters evaluated by the source on the row images, as the MySQL sink does: an update leaving
    // the filter deletes the row, one entering it puts it.
    void filter(QList<ChangeEvent> &rows) {
        QHash<const TableShape *, QList<const Row *>> asks;
        QHash<const TableShape *, QString> where;
        for (const ChangeEvent &c : rows) {
            const TablePlan *t = findPlan(c.database, c.table);
            if (t->where.trimmed().isEmpty() || !c.shape) continue;
            where.insert(c.shape.get(), t->where);
            if (c.kind != ChangeEvent::Insert) asks[c.shape.get()] << &c.before;
            if (c.kind != ChangeEvent::Delete) asks[c.shape.get()] << &c.after;
        }
        QHash<const Row *, bool> pass;
        for (auto it = asks.begin(); it != asks.end(); ++it) {
            const QList<bool> result = m_filter->evaluate(*it.key(), where.value(it.key()), *it);
            for (qsizetype i = 0; i < result.size(); ++i) pass.insert((*it)[i], result[i]);
        }
        QList<ChangeEvent> kept;
        for (ChangeEvent &c : rows) {
            const bool before = pass.value(&c.before, true), after = pass.value(&c.after, true);
            if (c.kind == ChangeEvent::Update && before != after) {
                c.kind = before ? ChangeEvent::Delete : ChangeEvent::Insert;
                (before ? c.after : c.before) = Row();
            } else if ((c.kind != ChangeEvent::Insert && !before) || (c.kind != ChangeEvent::Delete && !after)) {
                continue;
            }
            kept << std::move(c);
        }
        rows = std::move(kept);
    }

    // Until every buffered row is acknowledged (or skipped as dirty): busy servers are waited out in the
    // task's retry window; a refused row under "block" stops the task (its checkpoint stays before it).
    void flush(const RetryHook &retry) {
        for (;;) {
            try {
                m_writer->flush();
                break;
            } catch (const Error &e) {
                takeDirty();
                if (e.kind() != ErrorKind::Transient) throw;
                retry(e);
            }
        }
        takeDirty();
    }
    void takeDirty() {
        const QStringList lines = m_writer->takeDirtyLog();
        m_dirty->add(lines);
        m_warnings << lines;
    }

    const TaskSpec &m_task;
    const TaskPlan &m_plan;
    ClientConfig m_client;
    Options m_o;
    QList<TargetTable> m_targets;
    DestinationContext m_context;
    std::shared_ptr<TablestoreDestination::DirtyLog> m_dirty;
    std::unique_ptr<TaskStore> m_store;
    std::unique_ptr<Writer> m_writer;
    std::unique_ptr<RowFilter> m_filter;
    QHash<QString, TablePlan> m_live;           // learnt while running, by source db.table
    QHash<QString, TargetTable> m_liveTargets;  // their mappings
    QSet<QString> m_gone;                       // created since the start and dropped since: not written
    bool m_hasFilters = false, m_tablesChecked = false;
    std::optional<Position> m_checkpoint;
    QHash<QString, TableCounters> m_counters;
    QStringList m_warnings;
};

QList<Column> sortedColumns(QList<Column> c) {
    std::sort(c.begin(), c.end(), [](const Column &a, const Column &b) { return a.name < b.name; });
    return c;
}

}  // namespace

void TablestoreDestination::DirtyLog::add(const QStringList &lines) {
    if (lines.isEmpty()) return;
    logDirty(lines);
    QMutexLocker lock(&mutex);
    rows += lines.size();
}

TablestoreDestination::TablestoreDestination(const TaskSpec &task, const DestinationContext &context)
    : m_task(task), m_context(context), m_options(parseOptions(task.destinationRaw)) {}

void TablestoreDestination::open() {
    // ListTable proves the endpoint, the instance and the AccessKey (signature) in one request.
    ClientConfig c = clientConfig(m_options, m_task, m_context.cancel);
    c.retryWindowMs = std::min(c.retryWindowMs, 30000);
    try {
        const QStringList tables = Client(c).listTables();
        log()->info("Tablestore instance {} at {}: {} table(s)", c.instance.toStdString(), c.resolvedEndpoint().toStdString(), tables.size());
    } catch (const Error &e) {
        if (e.kind() == ErrorKind::Cancelled) throw;
        throw Error(ErrorKind::Precheck, e.object(), e.message(), e.fix(), e.code());
    }
}

TargetTable TablestoreDestination::target(const TablePlan &table) {
    QMutexLocker lock(&m_mutex);
    if (auto it = m_targets.constFind(table.id()); it != m_targets.constEnd()) return *it;
    TargetTable t = mapPlannedTable(table, m_task.nameCase, m_options.tables.value(table.id()));
    m_targets.insert(table.id(), t);
    return t;
}

QList<TargetTable> TablestoreDestination::targets(const TaskPlan &plan) {
    for (auto it = m_options.tables.begin(); it != m_options.tables.end(); ++it) {
        const qsizetype dot = it.key().indexOf('.');
        if (!plan.findTable(it.key().left(dot), it.key().mid(dot + 1)))
            throw Error(ErrorKind::Invalid, QStringLiteral("$.destination.tables.\"%1\"").arg(it.key()),
                        QStringLiteral("settings for a table the task does not select"),
                        QStringLiteral("select the table in \"objects\" or remove its settings"));
    }
    QList<TargetTable> out;
    QSet<QString> names;
    for (const TablePlan *t : plan.tables()) {
        out << target(*t);
        if (names.contains(out.last().name))
            throw Error(ErrorKind::Invalid, t->id(), QStringLiteral("two source tables go to Tablestore table %1").arg(out.last().name),
                        QStringLiteral("map one of them to another name"));
        names << out.last().name;
    }
    return out;
}

void TablestoreDestination::createSchema(const TaskPlan &plan) {
    Client c(clientConfig(m_options, m_task, m_context.cancel));
    ensureTables(c, targets(plan), false);
}

std::unique_ptr<BatchEncoder> TablestoreDestination::encoder(const TablePlan &table) {
    return std::make_unique<Encoder>(target(table), sourceColumns(table), m_options.writer.dirtyData, m_dirty);
}

std::unique_ptr<ChunkWriter> TablestoreDestination::writer() {
    return std::make_unique<ChunkWriterImpl>(clientConfig(m_options, m_task, m_context.cancel), m_options,
                                             [this](const TablePlan &t) { return target(t); }, m_dirty);
}

std::unique_ptr<ChangeSink> TablestoreDestination::changeSink(const TaskPlan &plan) {
    return std::make_unique<Sink>(m_task, plan, clientConfig(m_options, m_task, m_context.cancel), m_options, targets(plan), m_context, m_dirty);
}

void TablestoreDestination::verify(const TaskPlan &plan, QList<TableResult> &results) {
    constexpr int kSample = 200;
    Client client(clientConfig(m_options, m_task, m_context.cancel));
    Connection source(m_task.source, ConnectOptions{.rawBytes = true, .role = QStringLiteral("source")});  // as full data reads
    for (TableResult &r : results) {
        const qsizetype dot = r.source.indexOf('.');
        const TablePlan *plan_ = plan.findTable(r.source.left(dot), r.source.mid(dot + 1));
        if (!plan_) continue;
        const TargetTable t = target(*plan_);
        r.target = QStringLiteral("%1/%2").arg(m_options.client.instance, t.name);
        qint64 rows = 0;
        client.scan(t.name, [&](const QList<StoredRow> &page) { rows += page.size(); });
        r.destinationRows = rows;
        const bool everyOperation = !m_task.syncIncremental || (plan_->operations.contains(QLatin1String("insert")) &&
                                                                plan_->operations.contains(QLatin1String("update")) &&
                                                                plan_->operations.contains(QLatin1String("delete")));
        r.countComparable = everyOperation;
        if (!everyOperation) {
            r.checksum = QStringLiteral("n/a (not every operation is synced)");
            continue;
        }
        // A sample of source rows read back by key and compared cell by cell.
        QStringList cols;
        for (const ColumnPlan &c : plan_->columns) cols << selectExpression(c.source);
        const QString sql = QStringLiteral("SELECT %1 FROM %2%3 LIMIT %4")
                                .arg(cols.join(", "), quoteIdent(plan_->source.database, plan_->source.name),
                                     plan_->where.isEmpty() ? QString() : QStringLiteral(" WHERE (%1)").arg(plan_->where))
                                .arg(kSample);
        const QList<ColumnInfo> columns = sourceColumns(*plan_);
        RowStream rs(source, sql.toUtf8(), r.source);
        int compared = 0;
        QString differs;
        while (rs.next()) {
            RowChange want;
            try {
                want = putFromText(t, rs, columns);
            } catch (const Error &) {
                continue;  // dirty at the source: not written by design (counted as dirty data)
            }
            ++compared;
            QString key;
            for (const Column &c : want.primaryKey) key += QString::fromUtf8(c.name) + '=' + c.value.toString().left(40) + ' ';
            try {
                const auto got = client.getRow(t.name, want.primaryKey);
                if (!got || sortedColumns(got->columns) != sortedColumns(want.columns))
                    differs = QStringLiteral("row {%1} %2").arg(key.trimmed(), got ? QStringLiteral("has other values") : QStringLiteral("is missing"));
            } catch (const Error &e) {
                if (e.kind() != ErrorKind::Permanent) throw;
                differs = QStringLiteral("row {%1} cannot be read back: %2").arg(key.trimmed(), e.message());  // e.g. a key Tablestore refuses
            }
            if (!differs.isEmpty()) break;
        }
        if (!differs.isEmpty()) {
            log()->warn("{}: {} in Tablestore table {}", r.source.toStdString(), differs.toStdString(), t.name.toStdString());
            r.checksum = QStringLiteral("differs");
        } else {
            r.checksum = QStringLiteral("match");
        }
        log()->info("closing check {}: {} source row(s), {} in Tablestore (GetRange), {} sampled row(s) compared cell by cell: {}",
                    r.source.toStdString(), r.sourceRows, r.destinationRows, compared, r.checksum.toStdString());
    }
    QMutexLocker lock(&m_dirty->mutex);
    if (m_dirty->rows) log()->warn("{} dirty row(s) were skipped (dirtyData \"skip\"): the counts differ by them", m_dirty->rows);
}

}  // namespace dts
