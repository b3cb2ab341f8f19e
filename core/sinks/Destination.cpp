#include "sinks/Destination.h"

#include "common/Error.h"
#include "mysql/Connection.h"
#include "sinks/fc/FcDestination.h"
#include "sinks/rocketmq/RocketMqDestination.h"
#include "sinks/tablestore/TablestoreDestination.h"
#include "sinks/tablestore/TablestoreOptions.h"

namespace dts {

void Destination::verify(const TaskPlan &, QList<TableResult> &results)
{
    for (TableResult &r : results)
        r.checksum = QStringLiteral("n/a (the destination cannot be read back)");
}

QList<TableResult> readBackCheck(const TaskSpec &task, const TaskPlan &plan, Destination &destination)
{
    QList<TableResult> results;
    Connection c(task.source, ConnectOptions{.role = QStringLiteral("source")});
    for (const TablePlan *t : plan.tables()) {
        TableResult r;
        r.source = t->id();
        r.target = t->targetQualified();
        r.sourceRows = c.scalar(QStringLiteral("SELECT COUNT(*) FROM %1%2")
                                    .arg(quoteIdent(t->source.database, t->source.name),
                                         t->where.isEmpty() ? QString() : QStringLiteral(" WHERE (%1)").arg(t->where)))
                           .value_or("0")
                           .toLongLong();
        results << r;
    }
    destination.verify(plan, results);
    return results;
}

QStringList destinationProblems(const QString &engine, const QJsonObject &destination)
{
    QStringList problems;
    if (engine == QLatin1String("rocketmq")) rocketmq::parseRocketMq(destination, problems);
    if (engine == QLatin1String("function-compute")) fc::parseFc(destination, problems);
    if (engine == QLatin1String("tablestore")) problems << ots::validateOptions(destination);
    return problems;
}

QStringList destinationTuningKeys(const QString &engine)
{
    if (engine == QLatin1String("tablestore"))
        return {"accessKeySecretEnv", "stsTokenEnv", "queueSize", "threads", "concurrency", "buckets", "batchMode", "dirtyData"};
    if (engine == QLatin1String("rocketmq"))
        return {"accessKeySecretEnv", "passwordEnv", "tpsLimit"};
    if (engine == QLatin1String("function-compute"))
        return {"accessKeySecretEnv", "batch"};
    return {};
}

std::unique_ptr<Destination> makeDestination(const TaskSpec &task, const DestinationContext &context)
{
    // Engines: add one `if (engine == …) return std::make_unique<…>(task, context);` each.
    if (task.destinationEngine == QLatin1String("rocketmq")) return rocketmq::makeRocketMqDestination(task, context);
    if (task.destinationEngine == QLatin1String("function-compute")) return fc::makeFcDestination(task, context);
    if (task.destinationEngine == QLatin1String("tablestore")) return std::make_unique<TablestoreDestination>(task, context);
    throw Error(ErrorKind::Invalid, QStringLiteral("$.destination.engine"),
                QStringLiteral("destination \"%1\" is not available in this build yet").arg(task.destinationEngine),
                QStringLiteral("use a MySQL or PolarDB destination"));
}

}  // namespace dts
