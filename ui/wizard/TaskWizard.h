#pragma once
// The task wizard, in the DTS console's order: source and destination → objects → advanced settings →
// run and monitor. Each page checks its fields before Next; whatever needs a server runs on a pool
// thread. task() is the TaskSpec the pages describe, the same value `dts` reads from a task file.
#include "task/TaskSpec.h"

#include <QWizard>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace dts::ui {

class EndpointForm;
class MonitorWidget;
class VerificationPage;

class EndpointsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit EndpointsPage(QWidget *parent = nullptr);
    bool validatePage() override;
    QLineEdit *name;
    QComboBox *destinationEngine;
    EndpointForm *source, *destination;
    QLabel *problem;
};

class ObjectsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ObjectsPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    QList<DatabaseSelection> selection() const;
    bool loaded() const { return m_loaded; }

    QCheckBox *schema, *full, *incremental;
    QComboBox *conflict;
    QLineEdit *search;
    QTreeWidget *tree;
    QLabel *problem;

private:
    void loadTables(QTreeWidgetItem *db);
    void filter(const QString &text);
    Endpoint m_source;
    bool m_loaded = false;
    QLabel *m_status;
};

class AdvancedPage : public QWizardPage {
    Q_OBJECT
public:
    explicit AdvancedPage(QWidget *parent = nullptr);
    bool validatePage() override;
    void apply(Advanced &a) const;

    QSpinBox *retryConnection, *retryOther, *fullRps, *incRps, *fullReaders, *writers, *incWriters, *sourceQps;
    QDoubleSpinBox *fullMbps, *incMbps;
    QCheckBox *heartbeat;
    QLineEdit *serverId;
    QLabel *problem;
};

class RunPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RunPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    MonitorWidget *monitor;
};

class TaskWizard : public QWizard {
    Q_OBJECT
public:
    enum Page { Endpoints, Objects, Advanced, Verification, Run };
    explicit TaskWizard(QWidget *parent = nullptr);

    TaskSpec task() const;
    void setTask(const TaskSpec &task);  // fills the pages (e.g. from a task file or the sandbox)
    QString stateDir;                    // for the run; empty: the default per task name

    EndpointsPage *endpoints;
    ObjectsPage *objects;
    AdvancedPage *advanced;
    VerificationPage *verification;
    RunPage *run;

protected:
    void reject() override;  // asks first while a task runs
};

}  // namespace dts::ui
