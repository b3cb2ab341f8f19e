#pragma once
// Puts an engine's destination form (TablestoreForm, RocketMqForm, FcForm: fields ⇄ the task file's
// "destination" object, problem() from the engine's own reader) on the wizard's Endpoints page.
#include "wizard/DestinationForm.h"

namespace dts::ui {

template <class Form>
class EngineForm final : public Form, public DestinationForm {
public:
    explicit EngineForm(QWidget *parent = nullptr) : Form(parent) {}
    void writeDestination(TaskSpec &task) const override { task.destinationRaw = Form::toJson(); }
    void readDestination(const TaskSpec &task) override
    {
        if (task.destinationRaw.value(QLatin1String("engine")) == Form::toJson().value(QLatin1String("engine")))
            Form::fromJson(task.destinationRaw);
    }
    QString missing() const override { return Form::problem(); }
};

}  // namespace dts::ui
