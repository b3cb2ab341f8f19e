#pragma once
// The studio's start window: a new task, a task file opened into the wizard (also from the recent
// tasks), or (with --sandbox) the wizard filled in for the local sandbox.
#include "task/TaskSpec.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListWidget;

namespace dts::ui {

class TaskWizard;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Opens the wizard, filled with `task` when given.
    TaskWizard *openWizard(const TaskSpec *task = nullptr);
    // Opens a task file into the wizard; the error is shown in the window's note.
    TaskWizard *openTaskFile(const QString &path);
    void setNote(const QString &text);
    QString note() const;
    void reloadRecent();
    // The Language menu's choice: stored for the next start; with no wizard open, offers to restart now.
    void chooseLanguage(const QString &code);
    QListWidget *recent;

Q_SIGNALS:
    // The user asked to restart in the chosen language (app/studio starts dts-studio again and quits).
    void restartRequested();

protected:
    void closeEvent(QCloseEvent *event) override;  // a running task is stopped only when the user agrees

private:
    void chooseTaskFile();
    QPointer<TaskWizard> m_wizard;
    QLabel *m_note;
};

}  // namespace dts::ui
