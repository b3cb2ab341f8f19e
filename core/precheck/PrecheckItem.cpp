#include "precheck/PrecheckItem.h"

#include "mysql/Connection.h"
#include "precheck/Snapshot.h"
#include "sinks/mysql/MySqlPrecheck.h"
#include "sinks/records/RecordPrecheck.h"
#include "sinks/tablestore/TablestorePrecheck.h"

namespace dts::precheck {

QString toString(Status s)
{
    switch (s) {
    case Status::Passed: return QStringLiteral("passed");
    case Status::Warning: return QStringLiteral("warning");
    case Status::Failed: return QStringLiteral("failed");
    case Status::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

Result Result::passed(QString message)
{
    Result r;
    r.status = Status::Passed;
    r.message = std::move(message);
    return r;
}

Result Result::warning(QString message, QStringList objects, QString remediation, bool restart)
{
    Result r;
    r.status = Status::Warning;
    r.message = std::move(message);
    r.objects = std::move(objects);
    r.remediation = std::move(remediation);
    r.restartRequired = restart;
    return r;
}

Result Result::failed(QString message, QStringList objects, QString remediation, bool restart)
{
    Result r = warning(std::move(message), std::move(objects), std::move(remediation), restart);
    r.status = Status::Failed;
    return r;
}

Result Result::skipped(QString why)
{
    Result r;
    r.status = Status::Skipped;
    r.message = std::move(why);
    return r;
}

bool Item::appliesTo(const TaskSpec &, const Options &) const { return true; }

Context::Context(const TaskSpec &task, const Options &options, const SourceSnapshot &source,
                 const DestinationSnapshot &destination, std::function<bool()> cancelled)
    : task(task), options(options), source(source), destination(destination), m_cancelled(std::move(cancelled))
{
}

std::unique_ptr<Connection> Context::connectSource() const
{
    return std::make_unique<Connection>(task.source, ConnectOptions{.connectTimeoutSec = options.connectTimeoutSec,
                                                                    .role = QStringLiteral("source")});
}

std::unique_ptr<Connection> Context::connectDestination() const
{
    return std::make_unique<Connection>(task.destination, ConnectOptions{.connectTimeoutSec = options.connectTimeoutSec,
                                                                         .role = QStringLiteral("destination")});
}

const Registry &Registry::standard()
{
    static const Registry registry = [] {
        Registry r;
        registerSourceItems(r);
        // Each destination engine's sink adds its items here.
        registerMySqlDestinationItems(r);
        registerTablestoreItems(r);
        registerRecordDestinationItems(r);
        registerTaskItems(r);
        return r;
    }();
    return registry;
}

void Registry::add(std::unique_ptr<Item> item) { m_entries.push_back(Entry{std::move(item), {}}); }

void Registry::addForDestination(const QStringList &engines, std::unique_ptr<Item> item)
{
    m_entries.push_back(Entry{std::move(item), engines});
}

QList<const Item *> Registry::applicable(const TaskSpec &task, const Options &options) const
{
    QList<const Item *> out;
    for (const Entry &e : m_entries)
        if ((e.engines.isEmpty() || e.engines.contains(task.destinationEngine)) && e.item->appliesTo(task, options))
            out << e.item.get();
    return out;
}

QStringList Registry::ids() const
{
    QStringList out;
    for (const Entry &e : m_entries)
        out << e.item->id();
    return out;
}

const Item *Registry::find(const QString &id) const
{
    for (const Entry &e : m_entries)
        if (e.item->id() == id)
            return e.item.get();
    return nullptr;
}

}  // namespace dts::precheck
