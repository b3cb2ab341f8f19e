#pragma once
// The RocketMQ destination of a task (engine "rocketmq"): full data as INIT records, changes as
// INSERT/UPDATE/DELETE/DDL records in the chosen format, to the topic each object maps to and the queue
// its ordering rule picks.
//
// Order: a queue receives its records in source order. Incremental changes go out through one sender
// thread per share of the queues (advanced.incrementalWriters): each queue belongs to one sender, which
// has at most one send in flight, while different queues are sent in parallel. Full data goes out from the
// full-data writer threads, each chunk in order (INIT rows of different chunks interleave on a queue).
// Delivery is at-least-once (see RecordChangeSink.h); a chunk interrupted before its local mark is sent again.
#include "sinks/Destination.h"
#include "sinks/rocketmq/MessageSink.h"

namespace dts::rocketmq {

struct RocketMqConfig {
    QString version = QStringLiteral("4");
    ProducerOptions producer;
    SinkOptions sink;
    QStringList topics() const;  // every topic the task may send to
};

// $.destination of engine "rocketmq". Every problem goes to `problems` with its JSON path.
RocketMqConfig parseRocketMq(const QJsonObject &destination, QStringList &problems);

std::unique_ptr<Destination> makeRocketMqDestination(const TaskSpec &task, const DestinationContext &context);

}  // namespace dts::rocketmq
