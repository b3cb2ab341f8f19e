#pragma once
// The precheck items of Tablestore destinations (table count, naming rules), built on the writer's checks.
namespace dts::precheck {
class Registry;
void registerTablestoreItems(Registry &registry);
}  // namespace dts::precheck
