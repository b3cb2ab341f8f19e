#pragma once
// The run-and-monitor page: a state banner, live latency and records-per-second charts (the last 15
// minutes on a time axis, autoscaled, values on hover), per-table progress during full data and
// per-table changes during incremental, a log view with a level filter and search, and Pause / Resume /
// Stop. Pause stops at a transaction boundary; Resume runs the task again from its checkpoints (as DTS
// does). It only shows what TaskController delivers on the GUI thread.
#include "monitor/TaskController.h"

#include <QWidget>

class QCustomPlot;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QComboBox;
class QLineEdit;

namespace dts::ui {

class VerificationTab;

class MonitorWidget : public QWidget {
    Q_OBJECT
public:
    explicit MonitorWidget(QWidget *parent = nullptr);

    // Starts the task and follows it.
    void run(const TaskSpec &task, const RunOptions &options);
    TaskController &controller() { return m_controller; }

    // For tests and screenshots: what the page shows.
    QString bannerText() const;
    int latencyPoints() const;
    int rpsPoints() const;
    QTableWidget *fullTable() const { return m_fullTable; }
    QTableWidget *incrementalTable() const { return m_incTable; }
    VerificationTab *verificationTab() const { return m_verification; }

    static constexpr double kWindowSeconds = 15 * 60;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onState(int state);
    void onSample(const MetricsSnapshot &s);
    void onLog(int level, const QString &text);
    void onFinished(bool ok, bool stoppedByUser, const QString &error, const QString &fix);
    void setBanner(const QString &text, const QString &color);
    void refilterLog();
    void showValueAt(QCustomPlot *plot, QMouseEvent *event, const QString &unit);

    TaskController m_controller;
    TaskSpec m_task;
    RunOptions m_options;
    int m_state = 0;
    bool m_paused = false;

    QLabel *m_banner;
    QCustomPlot *m_latency;
    QCustomPlot *m_rps;
    QProgressBar *m_progress;
    QLabel *m_eta;
    QTabWidget *m_tabs;
    VerificationTab *m_verification;
    QTableWidget *m_fullTable;
    QTableWidget *m_incTable;
    QPlainTextEdit *m_log;
    QComboBox *m_level;
    QLineEdit *m_search;
    QPushButton *m_pause, *m_stop;
    QList<QPair<int, QString>> m_lines;  // (level, text), for refiltering
};

}  // namespace dts::ui
