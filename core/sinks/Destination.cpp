#include "sinks/Destination.h"

#include "common/Error.h"

namespace dts {

void Destination::verify(const TaskPlan &, QList<TableResult> &results)
{
    for (TableResult &r : results)
        r.checksum = QStringLiteral("n/a (the destination cannot be read back)");
}

std::unique_ptr<Destination> makeDestination(const TaskSpec &task, const DestinationContext &context)
{
    Q_UNUSED(context);
    // Engines: add one `if (engine == …) return std::make_unique<…>(task, context);` each.
    throw Error(ErrorKind::Invalid, QStringLiteral("$.destination.engine"),
                QStringLiteral("destination \"%1\" is not available in this build yet").arg(task.destinationEngine),
                QStringLiteral("use a MySQL or PolarDB destination"));
}

}  // namespace dts
