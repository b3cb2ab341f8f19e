#include "sinks/Destination.h"

#include "common/Error.h"
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

QStringList destinationProblems(const QString &engine, const QJsonObject &destination)
{
    QStringList problems;
    if (engine == QLatin1String("rocketmq")) rocketmq::parseRocketMq(destination, problems);
    if (engine == QLatin1String("function-compute")) fc::parseFc(destination, problems);
    if (engine == QLatin1String("tablestore")) problems << ots::validateOptions(destination);
    return problems;
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
