#pragma once
// The precheck items of MySQL and PolarDB for MySQL destinations.
namespace dts::precheck {
class Registry;
void registerMySqlDestinationItems(Registry &registry);
}  // namespace dts::precheck
