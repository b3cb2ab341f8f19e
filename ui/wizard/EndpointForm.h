#pragma once
// The fields of one MySQL-protocol server (source, or a MySQL/PolarDB destination) and its Test
// Connectivity button. The test (the precheck's connectivity item: DNS, refused, timeout, TLS or the
// account, with the fix) runs on a pool thread; Cancel drops its result at once (the attempt itself
// ends by its connect timeout), so the GUI never waits on a server.
#include "precheck/PrecheckItem.h"
#include "task/TaskSpec.h"
#include "wizard/DestinationForm.h"

#include <QFutureWatcher>
#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace dts::ui {

class EndpointForm : public QGroupBox, public DestinationForm {
    Q_OBJECT
public:
    EndpointForm(const QString &title, const QString &role, QWidget *parent = nullptr);

    Endpoint endpoint() const;
    void setEndpoint(const Endpoint &e);
    // Empty when the fields are complete; otherwise what is missing.
    QString missing() const override;
    void writeDestination(TaskSpec &task) const override;
    void readDestination(const TaskSpec &task) override { setEndpoint(task.destination); }
    QString testResult() const;  // the last result shown
    QPushButton *testButton() const { return m_test; }
    bool isTesting() const { return m_testing; }
    void setConnectTimeout(int seconds) { m_connectTimeoutSec = seconds; }

    // Saved connections (the studio's local store; the password in the OS keyring when there is one).
    void reloadSaved();
    void saveConnection(const QString &name);
    void useSaved(const QString &name);
    // Fills an empty password from the keyring (when the endpoint has no passwordEnv).
    void fillPasswordFromKeyring();
    void storePasswordInKeyring();
    QString secretNote() const;
    QComboBox *saved;
    QPushButton *saveButton;

Q_SIGNALS:
    void tested(bool ok);
    void connectionsChanged();

private:
    void startTest();

    QString m_role;
    QLineEdit *m_host, *m_user, *m_password, *m_ca;
    QSpinBox *m_port;
    QComboBox *m_tls;
    QPushButton *m_test, *m_caPick;
    QLabel *m_result, *m_secretNote;
    class Secrets *m_secrets;
    QFutureWatcher<precheck::Result> m_watcher;
    QString m_passwordEnv;  // kept from a task file when no password is typed
    int m_connectTimeoutSec = 10;
    int m_generation = 0;
    bool m_testing = false;
};

}  // namespace dts::ui
