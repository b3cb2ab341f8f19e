#include "sinks/tablestore/TablestorePrecheck.h"

#include "precheck/Snapshot.h"
#include "common/Error.h"
#include "sinks/tablestore/TablestoreOptions.h"
#include "sinks/tablestore/TablestoreWriter.h"

namespace dts::precheck {

namespace {

// The writer's checks say "problem; fix: what to do": the item shows the two apart.
QPair<QString, QString> split(const QString &problem)
{
    const qsizetype at = problem.indexOf(QLatin1String("; fix: "));
    return at < 0 ? qMakePair(problem, QString()) : qMakePair(problem.left(at), problem.mid(at + 7));
}

class TableCount : public Item {
public:
    TableCount() : Item("tablestore.table-count", QT_TRANSLATE_NOOP("dts::precheck::Item", "At most 64 tables go into Tablestore"), NeedsSource | NeedsPlan) {}
    Result run(const Context &ctx) const override
    {
        const int n = ctx.source.plan.tableCount();
        if (const QString bad = ots::checkTableCount(n); !bad.isEmpty()) {
            const auto [message, fix] = split(bad);
            return Result::failed(message, {}, fix);
        }
        return Result::passed(QStringLiteral("%1 table(s)").arg(n));
    }
};

class Names : public Item {
public:
    Names() : Item("tablestore.names", QT_TRANSLATE_NOOP("dts::precheck::Item", "Table and column names follow Tablestore's rules"), NeedsSource | NeedsPlan) {}
    Result run(const Context &ctx) const override
    {
        QStringList problems, objects, fixes;
        auto check = [&](const QString &kind, const QString &name, const QString &object) {
            if (const QString bad = ots::checkName(kind, name); !bad.isEmpty()) {
                const auto [message, fix] = split(bad);
                problems << QStringLiteral("%1: %2").arg(object, message);
                objects << object;
                if (!fixes.contains(fix))
                    fixes << fix;
            }
        };
        for (const TablePlan *t : ctx.source.plan.tables()) {
            check(QStringLiteral("table"), t->targetTable, t->id());
            for (const ColumnPlan &c : t->columns)
                check(QStringLiteral("column"), c.target, t->id() + QLatin1Char('.') + c.source.name);
        }
        if (problems.isEmpty())
            return Result::passed(QStringLiteral("every table and column name is valid in Tablestore"));
        return Result::failed(problems.join(QLatin1Char('\n')), objects, fixes.join(QLatin1Char('\n')));
    }
};

// ListTable with the task's endpoint, instance and AccessKey: a signed request proves all three.
class Connectivity : public Item {
public:
    Connectivity() : Item("tablestore.connectivity", QT_TRANSLATE_NOOP("dts::precheck::Item", "The Tablestore instance answers with the task's AccessKey"), NeedsNothing) {}
    Result run(const Context &ctx) const override
    {
        ots::ClientConfig c = ots::parseOptions(ctx.task.destinationRaw).client;
        c.retryWindowMs = 10000;
        c.requestTimeoutMs = 10000;
        try {
            const QStringList tables = ots::Client(c).listTables();
            return Result::passed(QStringLiteral("instance %1 at %2: %3 table(s)").arg(c.instance, c.resolvedEndpoint()).arg(tables.size()));
        } catch (const Error &e) {
            return Result::failed(e.message(), {e.object()}, e.fix());
        }
    }
};

// Each table's key as the task maps it: 1 to 4 columns, types a key can have.
class Keys : public Item {
public:
    Keys() : Item("tablestore.primary-keys", QT_TRANSLATE_NOOP("dts::precheck::Item", "Every table has a Tablestore primary key of 1 to 4 columns"), NeedsSource | NeedsPlan) {}
    Result run(const Context &ctx) const override
    {
        const ots::Options o = ots::parseOptions(ctx.task.destinationRaw);
        QStringList problems, objects, fixes;
        for (const TablePlan *t : ctx.source.plan.tables()) {
            try {
                ots::mapPlannedTable(*t, ctx.task.nameCase, o.tables.value(t->id()));
            } catch (const Error &e) {
                problems << QStringLiteral("%1: %2").arg(e.object(), e.message());
                objects << e.object();
                if (!fixes.contains(e.fix()))
                    fixes << e.fix();
            }
        }
        if (problems.isEmpty())
            return Result::passed(QStringLiteral("%1 table(s) mapped").arg(ctx.source.plan.tableCount()));
        return Result::failed(problems.join(QLatin1Char('\n')), objects, fixes.join(QLatin1Char('\n')));
    }
};

}  // namespace

void registerTablestoreItems(Registry &r)
{
    r.addForDestination({QStringLiteral("tablestore")}, std::make_unique<Connectivity>());
    r.addForDestination({QStringLiteral("tablestore")}, std::make_unique<TableCount>());
    r.addForDestination({QStringLiteral("tablestore")}, std::make_unique<Keys>());
    r.addForDestination({QStringLiteral("tablestore")}, std::make_unique<Names>());
}

}  // namespace dts::precheck
