#pragma once
// The precheck items of the record destinations: RocketMQ (topics exist and are writable, record-size
// policy, partition keys) and Function Compute (the function answers GetFunction, record size).
namespace dts::precheck {
class Registry;
void registerRecordDestinationItems(Registry &registry);
}  // namespace dts::precheck
