#pragma once
// What the Endpoints page needs from the fields of one destination engine. MySQL and PolarDB use
// EndpointForm; the other engines' forms (their own widget files) implement this too and are added
// with EndpointsPage::addDestinationEngine().
#include "task/TaskSpec.h"

namespace dts::ui {

class DestinationForm {
public:
    virtual ~DestinationForm() = default;
    // Writes the destination into the task (destination for MySQL-protocol engines, destinationRaw otherwise).
    virtual void writeDestination(TaskSpec &task) const = 0;
    virtual void readDestination(const TaskSpec &task) = 0;
    // Empty when the fields are complete; otherwise what is missing, naming the field.
    virtual QString missing() const = 0;
};

}  // namespace dts::ui
