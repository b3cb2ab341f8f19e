#pragma once
// The studio's start window: a new task, a task file opened into the wizard, or (with --sandbox) the
// wizard filled in for the local sandbox.
#include "task/TaskSpec.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;

namespace dts::ui {

class TaskWizard;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Opens the wizard, filled with `task` when given.
    TaskWizard *openWizard(const TaskSpec *task = nullptr);
    void setNote(const QString &text);

private:
    void openTaskFile();
    QPointer<TaskWizard> m_wizard;
    QLabel *m_note;
};

}  // namespace dts::ui
