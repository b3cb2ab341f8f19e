#pragma once
// The task wizard, in the DTS console's order: source and destination → objects → advanced settings →
// precheck → run and monitor. Each page checks its fields before Next; whatever needs a server runs on
// a pool thread. task() is the TaskSpec the pages describe, the same value `dts` reads from a task file.
#include "task/TaskSpec.h"
#include "wizard/ObjectsPage.h"
#include "wizard/PrecheckPage.h"

#include <QHash>
#include <QWizard>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace dts::ui {

class DestinationForm;
class EndpointForm;
class MonitorWidget;
class Secrets;
class TablestoreTablesPage;
class VerificationPage;

class EndpointsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit EndpointsPage(QWidget *parent = nullptr);
    bool validatePage() override;

    // One form per destination engine, shown when that engine is chosen. `form` is a QWidget that
    // implements DestinationForm (MySQL and PolarDB share `destination`, an EndpointForm).
    void addDestinationEngine(const QString &engine, const QString &label, QWidget *form);
    DestinationForm *destinationForm() const;  // of the engine chosen
    QString engine() const;
    void setEngine(const QString &engine);

    QLineEdit *name;
    QComboBox *destinationEngine;
    EndpointForm *source, *destination;
    QStackedWidget *destinationForms;
    QLabel *checkpoint;  // where an earlier run of this task stopped, if any
    QLabel *secretNote;  // where the destination engine's secrets are kept (the keyring or nowhere)
    QLabel *problem;

private:
    QHash<QString, QWidget *> m_forms;
};

class AdvancedPage : public QWizardPage {
    Q_OBJECT
public:
    explicit AdvancedPage(QWidget *parent = nullptr);
    bool validatePage() override;
    void apply(Advanced &a) const;
    void set(const Advanced &a);

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
    // TablestoreTables follows Objects when the destination is Tablestore (nextId()).
    enum Page { Endpoints, Objects, Advanced, Verification, Precheck, Run, TablestoreTables };
    explicit TaskWizard(QWidget *parent = nullptr);
    int nextId() const override;

    TaskSpec task() const;
    void setTask(const TaskSpec &task);  // fills the pages (e.g. from a task file or the sandbox)
    void ignoreWarning(const QString &id);
    QString stateDir;                    // for the run; empty: the default per task name

    // The task file, as `dts` reads it: secrets masked (passwordEnv kept).
    QString previewText() const;
    QDialog *showPreview();
    // Saves the task file (no secrets; the passwords go to the keyring when there is one) and lists it
    // in the recent tasks. Returns the error, empty when saved.
    QString saveTo(const QString &path);
    QString taskPath() const { return m_taskPath; }
    void setTaskPath(const QString &path) { m_taskPath = path; }
    // What an earlier run of the task left in its state directory; empty when it never ran.
    QString checkpointText() const;
    void showCheckpoint();

    EndpointsPage *endpoints;
    ObjectsPage *objects;
    AdvancedPage *advanced;
    VerificationPage *verification;
    PrecheckPage *precheck;
    RunPage *run;
    TablestoreTablesPage *tablestoreTables;

protected:
    void reject() override;  // asks first while a task runs

    // The keyring entry of a destination engine's secrets (AccessKey secret, STS token, password): the
    // engine and what it writes to with which identity; empty for MySQL-protocol engines and incomplete fields.
    static QString destinationSecretKey(const TaskSpec &task);

private:
    void saveAs();
    void storeDestinationSecrets(const TaskSpec &task);
    void fillDestinationSecrets(const TaskSpec &task);
    Secrets *m_secrets;
    QStringList m_ignoredWarnings;
    QString m_taskPath;
    QJsonObject m_destinationRaw;  // of an engine without a form here: kept as the task file had it
};

}  // namespace dts::ui
