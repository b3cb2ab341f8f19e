#pragma once
// The precheck page (DTS's "Precheck"): runs the task's precheck on entry on a thread of its own, with
// the success rate on a progress bar and one row per item; View Details shows the message, the objects,
// the fix SQL (Copy) and whether a restart is needed; Ignore accepts a warning (saved in the task's
// ignoredWarnings); Precheck Again. Next only when no item failed and the precheck has finished.
#include "precheck/PrecheckRunner.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace dts::ui {

// A precheck item's title in the studio's language (the engine marks its English titles for translation).
QString itemTitle(const QString &title);

class PrecheckDetails : public QDialog {
    Q_OBJECT
public:
    PrecheckDetails(const precheck::Result &r, QWidget *parent = nullptr);
    QPushButton *copyButton;
};

class PrecheckPage : public QWizardPage {
    Q_OBJECT
public:
    explicit PrecheckPage(QWidget *parent = nullptr);
    ~PrecheckPage() override;
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    void recheck();
    bool isRunning() const { return m_running; }  // until every result is shown
    // What the page shows, for tests and screenshots.
    precheck::Report report() const;
    int rowOf(const QString &id) const;
    void ignore(int row);
    PrecheckDetails *showDetails(int row);

    QProgressBar *progress;
    QTableWidget *table;
    QPushButton *details, *ignoreButton, *again;
    QLabel *summary;

private:
    void onResult(int index);
    void onFinished();
    void showRow(int row);
    void updateButtons();

    TaskSpec m_task;
    QList<precheck::ItemInfo> m_items;
    QList<std::optional<precheck::Result>> m_results;
    QFutureWatcher<precheck::Result> m_watcher;
    QElapsedTimer m_timer;
    bool m_done = false, m_running = false;
};

}  // namespace dts::ui
