#include "sinks/records/RecordPrecheck.h"

#include "common/Error.h"
#include "precheck/Snapshot.h"
#include "sinks/fc/FcDestination.h"
#include "sinks/rocketmq/RocketMqDestination.h"

namespace dts::precheck {

namespace {

rocketmq::RocketMqConfig mqConfig(const TaskSpec &task)
{
    QStringList problems;
    return rocketmq::parseRocketMq(task.destinationRaw, problems);  // the task file was validated already
}

// Columns whose values may reach `limit` bytes in one record.
QStringList largeColumns(const TaskPlan &plan)
{
    static const QStringList large = {"mediumblob", "longblob", "mediumtext", "longtext", "json", "geometry"};
    QStringList out;
    for (const TablePlan *t : plan.tables())
        for (const ColumnPlan &c : t->columns)
            if (large.contains(c.source.dataType))
                out << t->id() + '.' + c.source.name;
    return out;
}

class MqTopics : public Item {
public:
    MqTopics() : Item("rocketmq.topics", QT_TRANSLATE_NOOP("dts::precheck::Item", "The topics exist and are writable"), NeedsNothing) {}
    Result run(const Context &ctx) const override
    {
        const rocketmq::RocketMqConfig c = mqConfig(ctx.task);
        rocketmq::Producer producer(c.producer);
        QStringList ok, problems, objects, fixes;
        for (const QString &topic : c.topics()) {
            try {
                ok << QStringLiteral("%1 (%2 writable queues)").arg(topic).arg(producer.queues(topic).size());
            } catch (const Error &e) {
                problems << QStringLiteral("%1: %2").arg(e.object(), e.message());
                objects << topic;
                if (!fixes.contains(e.fix()))
                    fixes << e.fix();
            }
        }
        if (!problems.isEmpty())
            return Result::failed(problems.join('\n'), objects, fixes.join('\n'));
        return Result::passed(QStringLiteral("route found on the name server: %1").arg(ok.join(QStringLiteral(", "))));
    }
};

class MqRecordSize : public Item {
public:
    MqRecordSize() : Item("rocketmq.record-size", QT_TRANSLATE_NOOP("dts::precheck::Item", "Records larger than 4 MB are handled as the task says"), NeedsSource | NeedsPlan) {}
    Result run(const Context &ctx) const override
    {
        const bool filter = mqConfig(ctx.task).sink.filterLargeRecords;
        const QStringList large = largeColumns(ctx.source.plan);
        const QString policy = filter ? QStringLiteral("a record over 4 MB is dropped and logged (filterLargeRecords)")
                                      : QStringLiteral("a record over 4 MB stops the task (filterLargeRecords is off)");
        if (large.isEmpty())
            return Result::passed(policy + QStringLiteral("; no column of the selected tables is that large by type"));
        return Result::warning(QStringLiteral("%1; these columns can hold such values: %2").arg(policy, large.join(QStringLiteral(", "))),
                               large,
                               filter ? QStringLiteral("if such rows must reach consumers, exclude the columns or keep their values small")
                                      : QStringLiteral("turn on filterLargeRecords to drop such records instead, or exclude the columns"));
    }
};

class MqPartitionKeys : public Item {
public:
    MqPartitionKeys() : Item("rocketmq.partition-keys", QT_TRANSLATE_NOOP("dts::precheck::Item", "Partition-key columns exist (column-hash ordering)"), NeedsSource | NeedsPlan) {}
    bool appliesTo(const TaskSpec &task, const Options &) const override
    {
        return mqConfig(task).sink.ordering == rocketmq::Ordering::ColumnHash;
    }
    Result run(const Context &ctx) const override
    {
        const rocketmq::SinkOptions s = mqConfig(ctx.task).sink;
        QStringList problems, objects, noKey;
        for (auto it = s.partitionKeys.begin(); it != s.partitionKeys.end(); ++it) {
            const TablePlan *t = ctx.source.plan.findTable(it.key().section('.', 0, 0), it.key().section('.', 1));
            if (!t) {
                problems << QStringLiteral("%1 is not a selected table").arg(it.key());
                objects << it.key();
                continue;
            }
            for (const QString &c : *it)
                if (!t->source.column(c)) {
                    problems << QStringLiteral("%1 has no column %2").arg(it.key(), c);
                    objects << it.key() + '.' + c;
                }
        }
        if (!problems.isEmpty())
            return Result::failed(problems.join('\n'), objects,
                                  QStringLiteral("correct $.destination.partitionKeys to name columns of selected tables"));
        for (const TablePlan *t : ctx.source.plan.tables())
            if (!t->source.primaryKey() && !s.partitionKeys.contains(t->id()))
                noKey << t->id();
        if (!noKey.isEmpty())
            return Result::warning(QStringLiteral("no primary key and no partition keys: all records of these tables go to "
                                                  "one queue (by table): %1").arg(noKey.join(QStringLiteral(", "))),
                                   noKey, QStringLiteral("name columns for them in $.destination.partitionKeys"));
        return Result::passed(QStringLiteral("every table hashes on its primary key or its partition keys"));
    }
};

class FcFunction : public Item {
public:
    FcFunction() : Item("fc.function", QT_TRANSLATE_NOOP("dts::precheck::Item", "The function exists and the AccessKey may reach it"), NeedsNothing) {}
    Result run(const Context &ctx) const override
    {
        QStringList problems;
        fc::FcConfig c = fc::parseFc(ctx.task.destinationRaw, problems);
        try {
            fc::FcClient(c.client).getFunction();
        } catch (const Error &e) {
            return Result::failed(QStringLiteral("%1: %2").arg(e.object(), e.message()), {e.object()}, e.fix());
        }
        return Result::passed(QStringLiteral("GetFunction of %1.%2/%3 answered with these credentials (the function was not run)")
                                  .arg(c.client.service, c.client.qualifier, c.client.function));
    }
};

class FcRecordSize : public Item {
public:
    FcRecordSize() : Item("fc.record-size", QT_TRANSLATE_NOOP("dts::precheck::Item", "No record exceeds Function Compute's 16 MB request"), NeedsSource | NeedsPlan) {}
    Result run(const Context &ctx) const override
    {
        const QStringList large = largeColumns(ctx.source.plan);
        if (large.isEmpty())
            return Result::passed(QStringLiteral("no column of the selected tables can make a record that large"));
        return Result::warning(QStringLiteral("a row over 16 MB stops the task; these columns can hold such values: %1")
                                   .arg(large.join(QStringLiteral(", "))),
                               large, QStringLiteral("exclude the columns, or keep their values under 16 MB"));
    }
};

}  // namespace

void registerRecordDestinationItems(Registry &r)
{
    const QStringList mq{QStringLiteral("rocketmq")}, fcEngine{QStringLiteral("function-compute")};
    r.addForDestination(mq, std::make_unique<MqTopics>());
    r.addForDestination(mq, std::make_unique<MqRecordSize>());
    r.addForDestination(mq, std::make_unique<MqPartitionKeys>());
    r.addForDestination(fcEngine, std::make_unique<FcFunction>());
    r.addForDestination(fcEngine, std::make_unique<FcRecordSize>());
}

}  // namespace dts::precheck
