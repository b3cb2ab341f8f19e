#include "monitor/TaskController.h"

#include "common/Error.h"
#include "common/Log.h"

#include <QThread>

namespace dts::ui {

TaskController::TaskController(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &TaskController::sample);
}

TaskController::~TaskController()
{
    if (m_thread) {
        if (m_runner)
            m_runner->cancel();
        m_thread->wait();
        delete m_thread;
    }
    configureLog(LogOptions{});  // the callback points at this object
}

bool TaskController::isRunning() const { return m_thread && m_thread->isRunning(); }

const RunSummary &TaskController::summary() const
{
    static const RunSummary none;
    return m_runner ? m_runner->summary() : none;
}

QString TaskController::stateDir() const { return m_runner ? m_runner->stateDir() : QString(); }

void TaskController::start(const TaskSpec &task, const RunOptions &options)
{
    if (isRunning())
        return;
    delete m_thread;
    m_thread = nullptr;
    m_stopAsked = false;
    m_failed = false;
    m_error.clear();
    m_fix.clear();
    m_runner = std::make_unique<TaskRunner>(task, options);
    QPointer<TaskController> self(this);
    configureLog(LogOptions{.file = m_runner->stateDir() + QStringLiteral("/dts.log"),
                            .console = false,
                            .callback = [self](spdlog::level::level_enum level, const QString &text) {
                                if (self)
                                    QMetaObject::invokeMethod(self.data(), [self, level, text] {
                                        if (self)
                                            Q_EMIT self->logLine(int(level), text);
                                    }, Qt::QueuedConnection);
                            }});
    m_runner->onStateChanged = [self](TaskState s) {
        if (self)
            QMetaObject::invokeMethod(self.data(), [self, s] {
                if (self)
                    Q_EMIT self->stateChanged(int(s));
            }, Qt::QueuedConnection);
    };
    TaskRunner *runner = m_runner.get();
    m_thread = QThread::create([this, runner] {
        try {
            runner->run();
        } catch (const Error &e) {
            if (e.kind() != ErrorKind::Cancelled) {
                m_failed = true;
                m_error = e.message();
                m_fix = e.fix();
            }
        } catch (const std::exception &e) {
            m_failed = true;
            m_error = QString::fromUtf8(e.what());
        }
    });
    connect(m_thread, &QThread::finished, this, &TaskController::onThreadFinished);
    m_thread->start();
    m_timer.start();
    sample();
}

void TaskController::stop()
{
    m_stopAsked = true;
    if (m_runner)
        m_runner->cancel();
}

void TaskController::sample()
{
    if (m_runner)
        Q_EMIT sampled(m_runner->metrics().sample());
}

void TaskController::onThreadFinished()
{
    m_timer.stop();
    sample();
    const bool ok = !m_failed;
    Q_EMIT finished(ok, m_stopAsked || (m_runner && m_runner->summary().stoppedByUser), m_error, m_fix);
}

}  // namespace dts::ui
