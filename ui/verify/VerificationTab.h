#pragma once
// The monitor's "Verification" tab: runs core/verify for the task off the GUI thread (QFutureWatcher,
// cancellable), shows one line per table as it is checked (rows on each side, missing, extra,
// different, result), the differing rows of the selected table, and copies the repair SQL.
#include "task/TaskSpec.h"
#include "verify/Verifier.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace dts::ui {

class VerificationTab : public QWidget {
    Q_OBJECT
public:
    explicit VerificationTab(QWidget *parent = nullptr);
    ~VerificationTab() override;

    void setTask(const TaskSpec &task, const QString &stateDir = {});
    void start();
    void startOnce();  // start() unless it ran since setTask()
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    const verify::Report &report() const { return m_report; }

    QTableWidget *table() const { return m_table; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *copyButton() const { return m_copy; }
    QString summaryText() const;

Q_SIGNALS:
    void finished();

private:
    void addResult(int index);
    void done();
    void showRows();

    TaskSpec m_task;
    QString m_stateDir;
    QFutureWatcher<verify::TableResult> m_watcher;
    verify::Report m_report;
    double m_started = 0;
    bool m_ranForTask = false;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_start, *m_cancel, *m_copy;
    QTableWidget *m_table;
    QTextEdit *m_rows;  // not a QPlainTextEdit: the monitor's log is the one of those
};

}  // namespace dts::ui
