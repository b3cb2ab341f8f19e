#pragma once
// The precheck: is the environment fit for the task? One class per item, each with a stable id (used in
// the task's "ignoredWarnings" and by scripts reading `dts precheck --format json`), a title, and a
// result naming every affected object with the exact SQL or configuration that fixes it.
//
// Items read what the runner collected once (Snapshot.h: one query per kind, not per table) and, where
// they need more, open connections of their own: they run side by side on a small pool.
#include "change/Position.h"
#include "task/TaskSpec.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace dts {
class Connection;
}

namespace dts::precheck {

struct SourceSnapshot;
struct DestinationSnapshot;

enum class Status { Passed, Warning, Failed, Skipped };
QString toString(Status);

struct Result {
    QString id, title;
    Status status = Status::Skipped;
    QString message;          // names every affected object
    QStringList objects;      // those objects, one per entry (db.table, db.table.column, user@host:port, …)
    QString remediation;      // the exact SQL or configuration that fixes it; empty when there is nothing to do
    bool restartRequired = false;  // the remediation takes effect only after a server restart
    bool ignored = false;     // a warning the task accepts ("ignoredWarnings"): it does not count against the task
    double seconds = 0;

    static Result passed(QString message);
    static Result warning(QString message, QStringList objects, QString remediation, bool restart = false);
    static Result failed(QString message, QStringList objects, QString remediation, bool restart = false);
    static Result skipped(QString why);
};

// What an earlier run of the task left, so that its own tables and positions are not held against it.
struct ResumeState {
    QString runId;                        // the run whose destination checkpoint incremental resumes from
    bool fullStarted = false;             // full data has written rows already
    bool schemaDone = false;              // the schema step finished: the target tables are the task's own
                                          // (with those incremental DDL created since, which no list holds)
    std::optional<Position> startPosition; // where incremental starts when the destination holds no checkpoint
    QSet<QString> createdTables;          // destination "db.table" this task created: not conflicting tables
};

struct Options {
    bool incremental = true;        // false: this run stops before incremental (dts run --until full)
    quint32 replicaServerId = 0;    // the task's replica server id; 0: picked free at the start
    int threads = 4;                // items running at the same time
    int connectTimeoutSec = 10;
    ResumeState resume;
};

class Context;

class Item {
public:
    enum Need { NeedsNothing = 0, NeedsSource = 1, NeedsDestination = 2, NeedsPlan = 4 };

    // title: in English, marked with QT_TRANSLATE_NOOP("dts::precheck::Item", …) so that the studio
    // shows it translated (itemTitle() in ui/wizard/PrecheckPage); messages and fixes stay English.
    Item(QString id, QString title, int needs) : m_id(std::move(id)), m_title(std::move(title)), m_needs(needs) {}
    virtual ~Item() = default;

    const QString &id() const { return m_id; }
    const QString &title() const { return m_title; }
    int needs() const { return m_needs; }
    // Whether the item matters for this task (sync types, conflict mode, …); the destination engine is the
    // registry's business.
    virtual bool appliesTo(const TaskSpec &task, const Options &options) const;
    // Thread-safe (items are shared); may throw dts::Error, reported as the item's failure.
    virtual Result run(const Context &context) const = 0;

private:
    QString m_id, m_title;
    int m_needs;
};

// What an item sees: the task, the snapshots, and connections of its own.
class Context {
public:
    Context(const TaskSpec &task, const Options &options, const SourceSnapshot &source,
            const DestinationSnapshot &destination, std::function<bool()> cancelled = {});

    const TaskSpec &task;
    const Options &options;
    const SourceSnapshot &source;
    const DestinationSnapshot &destination;

    bool incremental() const { return task.syncIncremental && options.incremental; }
    bool cancelled() const { return m_cancelled && m_cancelled(); }
    std::unique_ptr<Connection> connectSource() const;
    std::unique_ptr<Connection> connectDestination() const;

private:
    std::function<bool()> m_cancelled;
};

// Every item, and which destination engines it serves. Sinks add their destination's items.
class Registry {
public:
    // The built-in items and those of every destination engine.
    static const Registry &standard();

    void add(std::unique_ptr<Item> item);  // for every destination engine
    void addForDestination(const QStringList &engines, std::unique_ptr<Item> item);

    // The items for this task, in the order they are shown.
    QList<const Item *> applicable(const TaskSpec &task, const Options &options) const;
    QStringList ids() const;
    const Item *find(const QString &id) const;

private:
    struct Entry {
        std::unique_ptr<Item> item;
        QStringList engines;  // empty: all
    };
    std::vector<Entry> m_entries;
};

// Built-in items (core/precheck), registered by Registry::standard().
void registerTaskItems(Registry &registry);
void registerSourceItems(Registry &registry);

}  // namespace dts::precheck
