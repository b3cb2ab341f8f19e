#include "sinks/Destination.h"

#include "common/Error.h"
#include "sinks/tablestore/TablestoreDestination.h"

namespace dts {

void Destination::verify(const TaskPlan &, QList<TableResult> &results)
{
    for (TableResult &r : results)
        r.checksum = QStringLiteral("n/a (the destination cannot be read back)");
}

std::unique_ptr<Destination> makeDestination(const TaskSpec &task, const DestinationContext &context)
{
    // Engines: add one `if (engine == …) return std::make_unique<…>(task, context);` each.
    if (task.destinationEngine == QLatin1String("tablestore")) return std::make_unique<TablestoreDestination>(task, context);
    throw Error(ErrorKind::Invalid, QStringLiteral("$.destination.engine"),
                QStringLiteral("destination \"%1\" is not available in this build yet").arg(task.destinationEngine),
                QStringLiteral("use a MySQL or PolarDB destination"));
}

}  // namespace dts
