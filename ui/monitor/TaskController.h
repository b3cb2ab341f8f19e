#pragma once
// Runs one task for the GUI: the TaskRunner on its own thread, a Metrics sample each second on the GUI
// thread (sampling only reads counters and takes short locks, it never waits on a server), and the
// runner's state changes and log lines delivered to the GUI thread as queued signals.
#include "pipeline/TaskRunner.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

class QThread;

namespace dts::ui {

class TaskController : public QObject {
    Q_OBJECT
public:
    explicit TaskController(QObject *parent = nullptr);
    ~TaskController() override;  // stops a running task and waits for it

    void start(const TaskSpec &task, const RunOptions &options);
    // Asks the task to stop at a transaction boundary; finished() follows.
    void stop();
    bool isRunning() const;
    const RunSummary &summary() const;
    QString stateDir() const;
    void setSampleIntervalMs(int ms) { m_timer.setInterval(ms); }

Q_SIGNALS:
    void stateChanged(int state);  // a dts::TaskState
    void sampled(const dts::MetricsSnapshot &snapshot);
    void logLine(int level, const QString &text);  // spdlog level
    // ok: ended without an error (completed, or stopped on request)
    void finished(bool ok, bool stoppedByUser, const QString &error, const QString &fix);

private:
    void sample();
    void onThreadFinished();

    std::unique_ptr<TaskRunner> m_runner;
    QThread *m_thread = nullptr;
    QTimer m_timer;
    bool m_stopAsked = false;
    QString m_error, m_fix;
    bool m_failed = false;
};

}  // namespace dts::ui
