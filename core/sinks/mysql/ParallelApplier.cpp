#include "sinks/mysql/ParallelApplier.h"

#include "common/Error.h"
#include "common/Log.h"
#include "sinks/mysql/RowFilter.h"

#include <exception>
#include <thread>

namespace dts {

quint64 stableHash(const QByteArray &bytes, quint64 seed)
{
    quint64 h = seed;  // FNV-1a
    for (const char c : bytes) {
        h ^= quint8(c);
        h *= 1099511628211ULL;
    }
    return h;
}

namespace {

// One row change ready to apply, and the hash that places it.
struct Unit {
    ChangeEvent change;
    quint64 hash = 0;
};

quint64 tableHash(const MySqlApplier::Target &t) { return stableHash(t.counterKey.toUtf8()); }

quint64 keyHash(const MySqlApplier::Target &t, const Row &row)
{
    return stableHash(rowKeyBytes(row, t.key), tableHash(t));
}

}  // namespace

struct ParallelApplier::Routed {
    QList<QList<Transaction>> parts;  // by applier
    bool serial = false;
    QHash<QString, TableCounters> counters;
};

ParallelApplier::ParallelApplier(const TaskSpec &task, const TaskPlan &plan, ApplierOptions options, int workers)
    : m_task(task), m_o(std::move(options))
{
    m_o.workers = qMax(1, workers);
    for (int i = 0; i < m_o.workers; ++i)
        m_workers.push_back(std::make_unique<MySqlApplier>(task, plan, m_o));
    for (const DatabasePlan &d : plan.databases)
        for (const TablePlan &t : d.tables)
            m_hasFilters = m_hasFilters || !t.where.trimmed().isEmpty();
    if (m_hasFilters)
        m_filter = std::make_unique<RowFilter>(task.source);
}

ParallelApplier::~ParallelApplier() = default;

QString ParallelApplier::checkpointId(int worker) const
{
    return worker == 0 ? m_o.runId : QStringLiteral("%1#%2").arg(m_o.runId).arg(worker);
}

void ParallelApplier::connect()
{
    for (auto &w : m_workers)
        w->connect();
    readCheckpoints();
}

void ParallelApplier::readCheckpoints()
{
    const auto found = m_workers[0]->checkpoints();
    m_found.clear();
    m_start.reset();
    m_newest.reset();
    m_foundWorkers = 1;
    for (const auto &cp : found)
        m_foundWorkers = qMax(m_foundWorkers, cp.workers);
    m_found.resize(m_foundWorkers);
    for (auto it = found.begin(); it != found.end(); ++it) {
        const QString suffix = it.key().mid(m_o.runId.size());
        const int index = suffix.isEmpty() ? 0 : suffix.mid(1).toInt();
        if (index >= 0 && index < m_foundWorkers)
            m_found[index] = it->position;
    }
    bool complete = !found.isEmpty();
    for (const auto &p : m_found) {
        if (!p) {
            complete = false;  // an applier that never committed: it starts where the run started
            continue;
        }
        if (!m_newest || comparePositions(*p, *m_newest) > 0)
            m_newest = p;
    }
    if (complete)
        for (const auto &p : m_found)
            if (!m_start || comparePositions(*p, *m_start) < 0)
                m_start = p;
    // Nothing found: a first start, every applier begins at the same place.
    m_level = found.isEmpty() || (complete && m_foundWorkers == m_o.workers && comparePositions(*m_start, *m_newest) == 0);
    if (!found.isEmpty() && !m_level)
        log()->info("applier checkpoints of {} applier(s) differ or the applier count changed to {}: replaying from {} "
                    "with one applier up to {}, skipping what each had applied",
                    m_foundWorkers, m_o.workers, str(m_start ? m_start->toString() : QStringLiteral("the run's start")),
                    str(m_newest->toString()));
}

std::optional<Position> ParallelApplier::checkpoint() const { return m_start; }

void ParallelApplier::filterRows(QList<Transaction> &segment)
{
    // Evaluate the WHERE filters of the rows here in one batch per table, then turn each change into what
    // the filter makes of it.
    struct Ask {
        const Row *row;
        bool *pass;
    };
    QList<std::pair<bool, bool>> passes;  // (before, after) per change, in order
    qsizetype n = 0;
    for (const Transaction &tx : segment)
        n += tx.changes.size();
    passes.resize(n, {true, true});
    QHash<const TableShape *, QList<Ask>> asks;
    QHash<const TableShape *, QString> where;
    qsizetype k = 0;
    for (const Transaction &tx : segment)
        for (const ChangeEvent &c : tx.changes) {
            auto &p = passes[k++];
            if (c.kind > ChangeEvent::Delete)
                continue;
            const MySqlApplier::Target *t = m_workers[0]->target(c.database, c.table, c.shape.get());
            if (!t->selected || t->where.trimmed().isEmpty())
                continue;
            where.insert(c.shape.get(), t->where);
            if (c.kind != ChangeEvent::Insert)
                asks[c.shape.get()] << Ask{&c.before, &p.first};
            if (c.kind != ChangeEvent::Delete)
                asks[c.shape.get()] << Ask{&c.after, &p.second};
        }
    for (auto it = asks.begin(); it != asks.end(); ++it) {
        QList<const Row *> rows;
        for (const Ask &a : *it)
            rows << a.row;
        const QList<bool> result = m_filter->evaluate(*it.key(), where.value(it.key()), rows);
        for (qsizetype i = 0; i < result.size(); ++i)
            *(*it)[i].pass = result[i];
    }
    k = 0;
    for (Transaction &tx : segment) {
        QList<ChangeEvent> kept;
        for (ChangeEvent &c : tx.changes) {
            const auto [before, after] = passes[k++];
            if (c.kind == ChangeEvent::Update && before != after) {
                // out of the filter: the row goes; into it: the row comes
                c.kind = before ? ChangeEvent::Delete : ChangeEvent::Insert;
                (before ? c.after : c.before) = Row();
            } else if (!before || !after) {
                continue;
            }
            kept << std::move(c);
        }
        tx.changes = std::move(kept);
    }
}

ParallelApplier::Routed ParallelApplier::route(const QList<Transaction> &segment, bool serial)
{
    const int n = m_o.workers;
    Routed r;
    r.serial = serial;
    r.parts.resize(n);
    QList<QList<Unit>> units;  // per transaction
    units.reserve(segment.size());
    for (const Transaction &tx : segment) {
        QList<Unit> &out = units.emplace_back();
        const bool replayed = !m_level && m_newest && comparePositions(tx.end, *m_newest) <= 0;
        // Whether the applier that owned this hash in the run that wrote the checkpoints applied it.
        auto applied = [&](quint64 h) {
            const auto &cp = m_found[int(h % quint64(m_foundWorkers))];
            return replayed && cp && comparePositions(tx.end, *cp) <= 0;
        };
        auto add = [&](ChangeEvent c, quint64 h) {
            if (!applied(h))
                out << Unit{std::move(c), h};
        };
        for (const ChangeEvent &c : tx.changes) {
            if (c.kind == ChangeEvent::Ddl) {
                r.serial = true;
                out << Unit{c, 0};
                continue;
            }
            if (c.kind > ChangeEvent::Delete)
                continue;
            const MySqlApplier::Target *t = m_workers[0]->target(c.database, c.table, c.shape.get());
            if (!t->selected || (c.kind == ChangeEvent::Insert && !t->ins) || (c.kind == ChangeEvent::Update && !t->upd) ||
                (c.kind == ChangeEvent::Delete && !t->del))
                continue;
            TableCounters &counters = r.counters[t->counterKey];
            (c.kind == ChangeEvent::Insert ? counters.inserts : c.kind == ChangeEvent::Update ? counters.updates : counters.deletes)++;
            if (t->key.isEmpty()) {
                add(c, tableHash(*t));
                continue;
            }
            const Row &keyRow = c.kind == ChangeEvent::Insert ? c.after : c.before;
            if (!rowComplete(keyRow, t->key)) {
                r.serial = true;  // no key to place it by
                add(c, tableHash(*t));
                continue;
            }
            // A partial image (MINIMAL) is applied as its own statement, so the row's states before its
            // last are written too; in parallel they could meet another applier's final rows on a
            // unique key. One applier keeps the source order.
            if (c.kind != ChangeEvent::Delete && !rowComplete(c.after, t->columns))
                r.serial = true;
            const quint64 h = keyHash(*t, keyRow);
            if (c.kind != ChangeEvent::Update || !rowComplete(c.after, t->key)) {
                add(c, h);  // an UPDATE whose image lacks the key columns did not change them
                continue;
            }
            const quint64 ha = keyHash(*t, c.after);
            if (ha % quint64(n) == h % quint64(n) && ha % quint64(m_foundWorkers) == h % quint64(m_foundWorkers)) {
                add(c, h);
            } else if (rowComplete(c.after, t->columns)) {
                // The row moves to a key another applier owns: the old key goes there, the new one here.
                ChangeEvent del = c, ins = c;
                del.kind = ChangeEvent::Delete;
                del.after = Row();
                ins.kind = ChangeEvent::Insert;
                ins.before = Row();
                add(std::move(del), h);
                add(std::move(ins), ha);
            } else {
                r.serial = true;  // only a partial image: the UPDATE cannot be split
                add(c, h);
            }
        }
    }
    if (!m_level)
        r.serial = true;
    for (qsizetype i = 0; i < segment.size(); ++i) {
        QList<Transaction *> open(n, nullptr);
        for (Unit &u : units[i]) {
            const int w = r.serial ? 0 : int(u.hash % quint64(n));
            if (!open[w]) {
                Transaction &tx = r.parts[w].emplace_back();
                tx.end = segment[i].end;
                open[w] = &tx;
            }
            open[w]->changes << std::move(u.change);
        }
    }
    return r;
}

void ParallelApplier::applyPart(int worker, const QList<Transaction> &part, const QStringList &ids, bool dropOthers,
                                const RetryHook &retry)
{
    MySqlApplier &w = *m_workers[worker];
    const Position &end = part.last().end;
    for (;;) {
        try {
            w.apply(part, ids, dropOthers);
            return;
        } catch (const Error &e) {
            if (e.kind() != ErrorKind::Transient)
                throw;
            retry(e);
            try {
                w.connect();
                // The commit may have reached the destination before the connection broke: then every
                // checkpoint it writes is at the end.
                const auto cps = w.checkpoints();
                bool landed = true;
                for (const QString &id : ids) {
                    const auto it = cps.constFind(id);
                    landed = landed && it != cps.constEnd() && comparePositions(it->position, end) >= 0;
                }
                if (landed)
                    return;
            } catch (const Error &again) {
                if (again.kind() != ErrorKind::Transient)
                    throw;
            }
        }
    }
}

void ParallelApplier::applySegment(const QList<Transaction> &segment, Mode mode, const RetryHook &retry)
{
    QList<Transaction> rows = segment;
    if (m_hasFilters) {
        for (;;) {
            try {
                filterRows(rows);
                break;
            } catch (const Error &e) {
                if (e.kind() != ErrorKind::Transient || mode == Mode::Big)
                    throw;
                retry(e);
            }
        }
    }
    Routed r = route(rows, mode != Mode::Parallel);
    const int n = m_o.workers;
    const Position &end = segment.last().end;
    QStringList allIds;
    for (int i = 0; i < n; ++i)
        allIds << checkpointId(i);

    if (mode == Mode::Big) {
        // A piece of a large source transaction: one destination transaction holds all its pieces,
        // committed with the last. Lost in between, the pieces already gone cannot be retried here:
        // the caller reads the transaction again from the source.
        const bool more = segment.last().partial;
        QList<Transaction> all = std::move(r.parts[0]);
        if (all.isEmpty() || comparePositions(all.last().end, end) != 0)
            all.emplace_back().end = end;
        if (!m_open)
            log()->info("a large transaction: applying it in pieces of about {} rows, committed with its last", segment.last().rowCount());
        m_open = true;
        m_workers[0]->apply(all, allIds, !m_level, more);
        m_open = more;
        if (more)
            return;
    } else if (r.serial) {
        QList<Transaction> all = std::move(r.parts[0]);  // serial routing put everything there, in order
        if (all.isEmpty() || comparePositions(all.last().end, end) != 0)
            all.emplace_back().end = end;
        applyPart(0, all, allIds, !m_level, retry);
        if (mode == Mode::Ddl)  // every applier looks its tables up again
            for (auto &w : m_workers)
                w->forgetTargets();
    } else {
        // Each applier with rows writes its own checkpoint; the others' go with the first such applier
        // (they have nothing before the end, so their checkpoint may move with anyone's commit).
        QList<QStringList> ids(n);
        int carrier = -1;
        for (int i = 0; i < n; ++i)
            if (!r.parts[i].isEmpty()) {
                ids[i] << checkpointId(i);
                if (carrier < 0)
                    carrier = i;
            }
        if (carrier < 0)
            carrier = 0;
        for (int i = 0; i < n; ++i)
            if (r.parts[i].isEmpty() && i != carrier)
                ids[carrier] << checkpointId(i);
        if (ids[carrier].isEmpty() || ids[carrier].first() != checkpointId(carrier))
            ids[carrier].prepend(checkpointId(carrier));
        std::vector<std::thread> threads;
        std::vector<std::exception_ptr> errors(n);
        int last = -1;
        for (int i = 0; i < n; ++i) {
            if (ids[i].isEmpty())
                continue;
            QList<Transaction> &part = r.parts[i];
            if (part.isEmpty() || comparePositions(part.last().end, end) != 0)
                part.emplace_back().end = end;
            last = i;
        }
        auto job = [&](int i) {
            try {
                applyPart(i, r.parts[i], ids[i], false, retry);
            } catch (...) {
                errors[i] = std::current_exception();
            }
        };
        for (int i = 0; i < last; ++i)
            if (!ids[i].isEmpty())
                threads.emplace_back(job, i);
        job(last);  // the last one on this thread
        for (auto &t : threads)
            t.join();
        for (const auto &e : errors)
            if (e)
                std::rethrow_exception(e);
    }
    ++(mode == Mode::Parallel && !r.serial ? m_parallelSegments : m_serialSegments);
    if (!m_level && m_newest && comparePositions(end, *m_newest) >= 0) {
        m_level = true;  // a serial segment wrote every checkpoint
        m_found.clear();
        m_foundWorkers = 1;
        log()->info("applier checkpoints are level again at {}", str(end.toString()));
    }
    for (auto it = r.counters.begin(); it != r.counters.end(); ++it) {
        TableCounters &c = m_counters[it.key()];
        c.inserts += it->inserts;
        c.updates += it->updates;
        c.deletes += it->deletes;
    }
}

void ParallelApplier::apply(const QList<Transaction> &group, const RetryHook &retry)
{
    // Cut at transactions holding DDL: a DDL changes what the rows after it mean (and which applier
    // knows the table's new definition), so it runs alone, between the parts. The pieces of a large
    // transaction go to the first applier, in one destination transaction.
    QList<Transaction> segment;
    auto flush = [&] {
        if (!segment.isEmpty())
            applySegment(segment, Mode::Parallel, retry);
        segment.clear();
    };
    try {
        for (const Transaction &tx : group) {
            if (tx.abortPartial) {  // the reader lost the source in a large transaction: it comes again
                flush();
                if (m_open)
                    m_workers[0]->rollback();
                m_open = false;
                continue;
            }
            bool ddl = false;
            for (const ChangeEvent &c : tx.changes)
                ddl = ddl || c.kind == ChangeEvent::Ddl;
            if (m_open || tx.partial) {
                flush();
                applySegment({tx}, Mode::Big, retry);
            } else if (ddl) {
                flush();
                applySegment({tx}, Mode::Ddl, retry);
            } else {
                segment << tx;
            }
        }
        flush();
    } catch (const Error &e) {
        if (m_open) {
            m_workers[0]->rollback();
            m_open = false;
            if (e.kind() == ErrorKind::Transient)
                throw Error(ErrorKind::Transient, e.object(),
                            QStringLiteral("%1 — in the middle of a large transaction: it is read again from the source").arg(e.message()),
                            e.fix(), kReplayFromCheckpoint);
        }
        throw;
    }
}

QHash<QString, TableCounters> ParallelApplier::takeCounters()
{
    QHash<QString, TableCounters> out;
    out.swap(m_counters);
    for (auto &w : m_workers) {
        const auto c = w->takeCounters();
        for (auto it = c.begin(); it != c.end(); ++it)
            out[it.key()].ddls += it->ddls;
    }
    return out;
}

QStringList ParallelApplier::takeWarnings()
{
    QStringList out;
    for (auto &w : m_workers)
        out += w->takeWarnings();
    return out;
}

QString ParallelApplier::summary() const
{
    return QStringLiteral("%1 group(s) applied by %2 appliers in parallel, %3 by one")
        .arg(m_parallelSegments)
        .arg(m_workers.size())
        .arg(m_serialSegments);
}

}  // namespace dts
