#pragma once
// The Function Compute destination of a task (engine "function-compute"): Canal JSON records, full data
// as INIT, changes as INSERT/UPDATE/DELETE/DDL, invoked as {"Records":[…]} batches in source order.
// Full data: each writer thread batches its chunk's rows and invokes until the chunk is done. Incremental:
// one invoker, batches cut by count and bytes, every group delivered before its checkpoint (see
// RecordChangeSink.h: at-least-once). 429/5xx and lost connections are retried within the task's retry
// windows; a function error (x-fc-error-type) stops the task with the function's message.
#include "sinks/Destination.h"
#include "sinks/fc/FcClient.h"

namespace dts::fc {

struct FcConfig {
    FcOptions client;
    BatchOptions batch;
};

// $.destination of engine "function-compute". Every problem goes to `problems` with its JSON path.
FcConfig parseFc(const QJsonObject &destination, QStringList &problems);

std::unique_ptr<Destination> makeFcDestination(const TaskSpec &task, const DestinationContext &context);

}  // namespace dts::fc
