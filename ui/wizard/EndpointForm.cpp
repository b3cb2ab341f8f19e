#include "wizard/EndpointForm.h"

#include "common/Error.h"
#include "precheck/PrecheckRunner.h"
#include "store/Secrets.h"
#include "store/StudioStore.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QInputDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtConcurrent>

namespace dts::ui {

EndpointForm::EndpointForm(const QString &title, const QString &role, QWidget *parent) : QGroupBox(title, parent), m_role(role)
{
    m_secrets = new Secrets(this);
    saved = new QComboBox(this);
    saved->setToolTip(tr("Fill the fields from a saved connection"));
    saveButton = new QPushButton(tr("Save connection…"), this);
    saveButton->setToolTip(tr("Keep these fields for later tasks; the password goes to the system keyring, never to a file"));
    m_secretNote = new QLabel(this);
    m_secretNote->setWordWrap(true);
    m_secretNote->setObjectName(QStringLiteral("secretNote"));
    connect(saved, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            useSaved(saved->itemText(index));
    });
    connect(saveButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save connection"), tr("Name of the connection:"), QLineEdit::Normal,
                                                   endpoint().label(), &ok);
        if (ok && !name.trimmed().isEmpty())
            saveConnection(name.trimmed());
    });
    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(tr("host name or IP address"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(3306);
    m_user = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_tls = new QComboBox(this);
    m_tls->addItem(tr("Disabled"), int(TlsMode::Disabled));
    m_tls->addItem(tr("Required"), int(TlsMode::Required));
    m_tls->addItem(tr("Verify the server certificate (CA)"), int(TlsMode::VerifyCa));
    m_tls->setToolTip(tr("Encrypt the connection; with CA verification the server's certificate must be signed by the CA file"));
    m_ca = new QLineEdit(this);
    m_ca->setPlaceholderText(tr("CA certificate file (PEM)"));
    m_caPick = new QPushButton(tr("Browse…"), this);
    connect(m_caPick, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("CA certificate"), QString(), tr("PEM files (*.pem *.crt);;All files (*)"));
        if (!f.isEmpty())
            m_ca->setText(f);
    });
    auto caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(m_caPick);
    auto updateCa = [this] {
        const bool ca = m_tls->currentData().toInt() == int(TlsMode::VerifyCa);
        m_ca->setEnabled(ca);
        m_caPick->setEnabled(ca);
    };
    connect(m_tls, &QComboBox::currentIndexChanged, this, updateCa);
    updateCa();

    m_test = new QPushButton(tr("Test Connectivity"), this);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_test, &QPushButton::clicked, this, [this] {
        if (m_testing) {  // Cancel: the result of the attempt under way is dropped
            m_testing = false;
            ++m_generation;
            m_test->setText(tr("Test Connectivity"));
            m_result->setText(tr("Cancelled"));
            return;
        }
        startTest();
    });
    connect(&m_watcher, &QFutureWatcher<precheck::Result>::finished, this, [this] {
        if (m_watcher.property("generation").toInt() != m_generation)
            return;  // cancelled meanwhile
        m_testing = false;
        m_test->setText(tr("Test Connectivity"));
        const precheck::Result r = m_watcher.result();
        const bool ok = r.status == precheck::Status::Passed;
        QString text = ok ? tr("Passed") : tr("Failed: %1").arg(r.message);
        if (!ok && !r.remediation.isEmpty())
            text += QLatin1Char('\n') + tr("Fix: %1").arg(r.remediation);
        m_result->setText(text);
        m_result->setStyleSheet(ok ? QStringLiteral("color: #3c763d") : QStringLiteral("color: #a94442"));
        Q_EMIT tested(ok);
    });

    auto *savedRow = new QHBoxLayout;
    savedRow->addWidget(saved, 1);
    savedRow->addWidget(saveButton);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Saved connection:"), savedRow);
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database account:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("TLS:"), m_tls);
    form->addRow(tr("CA file:"), caRow);
    form->addRow(m_test, m_result);
    form->addRow(m_secretNote);
    setTabOrder(saved, saveButton);
    setTabOrder(saveButton, m_host);
    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_user);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_tls);
    setTabOrder(m_tls, m_ca);
    setTabOrder(m_ca, m_caPick);
    setTabOrder(m_caPick, m_test);
    reloadSaved();
}

void EndpointForm::reloadSaved()
{
    const QString current = saved->currentIndex() > 0 ? saved->currentText() : QString();
    saved->clear();
    saved->addItem(tr("— new connection —"));
    try {
        StudioStore store;
        for (const StudioStore::Connection &c : store.connections())
            saved->addItem(c.name);
    } catch (const Error &e) {
        m_secretNote->setText(tr("Saved connections are not available: %1").arg(e.message()));
    }
    saved->setCurrentIndex(qMax(0, saved->findText(current)));
}

void EndpointForm::saveConnection(const QString &name)
{
    try {
        StudioStore store;
        Endpoint e = endpoint();
        e.password.clear();  // never in the store
        store.saveConnection(name, e);
    } catch (const Error &e) {
        m_secretNote->setText(tr("The connection was not saved: %1 — %2").arg(e.message(), e.fix()));
        return;
    }
    reloadSaved();
    saved->setCurrentIndex(saved->findText(name));
    Q_EMIT connectionsChanged();
    if (endpoint().password.isEmpty()) {
        m_secretNote->setText(tr("Connection \"%1\" saved (no password to keep).").arg(name));
        return;
    }
    m_secretNote->setText(tr("Connection \"%1\" saved; storing the password in the system keyring…").arg(name));
    QPointer<QLabel> note(m_secretNote);
    m_secrets->write(secretKey(endpoint()), endpoint().password, [note, name](bool ok, const QString &error) {
        if (note)
            note->setText(ok ? tr("Connection \"%1\" saved; its password is in the system keyring.").arg(name)
                             : tr("Connection \"%1\" saved without its password: %2. Enter the password each time.").arg(name, error));
    });
}

void EndpointForm::useSaved(const QString &name)
{
    try {
        StudioStore store;
        for (const StudioStore::Connection &c : store.connections())
            if (c.name == name) {
                setEndpoint(c.endpoint);
                saved->setCurrentIndex(saved->findText(name));
                fillPasswordFromKeyring();
                return;
            }
    } catch (const Error &e) {
        m_secretNote->setText(tr("Saved connections are not available: %1").arg(e.message()));
    }
}

void EndpointForm::fillPasswordFromKeyring()
{
    const Endpoint e = endpoint();
    if (!e.password.isEmpty() || !m_passwordEnv.isEmpty() || e.host.isEmpty())
        return;
    m_secretNote->setText(tr("Reading the password from the system keyring…"));
    QPointer<EndpointForm> self(this);
    const QString key = secretKey(e);
    m_secrets->read(key, [self, key](bool found, const QString &secret, const QString &error) {
        if (!self || secretKey(self->endpoint()) != key)
            return;  // the fields changed meanwhile
        if (found && self->m_password->text().isEmpty())
            self->m_password->setText(secret);
        self->m_secretNote->setText(found ? tr("Password from the system keyring.")
                                    : error.isEmpty() ? tr("No password saved for %1: enter it.").arg(self->endpoint().label())
                                                      : tr("Passwords are not saved: %1. Enter the password.").arg(error));
    });
}

void EndpointForm::storePasswordInKeyring()
{
    const Endpoint e = endpoint();
    if (e.password.isEmpty() || e.host.isEmpty())
        return;
    QPointer<QLabel> note(m_secretNote);
    m_secrets->write(secretKey(e), e.password, [note](bool ok, const QString &error) {
        if (note)
            note->setText(ok ? tr("The password is in the system keyring.")
                             : tr("The password was not saved: %1. The task file never holds it; enter it when you open the task.").arg(error));
    });
}

QString EndpointForm::secretNote() const { return m_secretNote->text(); }

Endpoint EndpointForm::endpoint() const
{
    Endpoint e;
    e.host = m_host->text().trimmed();
    e.port = m_port->value();
    e.user = m_user->text().trimmed();
    e.password = m_password->text();
    e.tls = TlsMode(m_tls->currentData().toInt());
    e.passwordEnv = m_password->text().isEmpty() ? m_passwordEnv : QString();
    e.tlsCa = m_tls->currentData().toInt() == int(TlsMode::VerifyCa) ? m_ca->text().trimmed() : QString();
    return e;
}

void EndpointForm::setEndpoint(const Endpoint &e)
{
    m_host->setText(e.host);
    m_port->setValue(e.port);
    m_user->setText(e.user);
    m_password->setText(e.password);
    m_passwordEnv = e.passwordEnv;
    m_password->setPlaceholderText(e.passwordEnv.isEmpty() ? QString() : tr("from the environment variable %1").arg(e.passwordEnv));
    m_tls->setCurrentIndex(m_tls->findData(int(e.tls)));
    m_ca->setText(e.tlsCa);
}

QString EndpointForm::missing() const
{
    const Endpoint e = endpoint();
    if (e.host.isEmpty())
        return tr("%1: enter the host").arg(title());
    if (e.user.isEmpty())
        return tr("%1: enter the database account").arg(title());
    if (e.tls == TlsMode::VerifyCa && e.tlsCa.isEmpty())
        return tr("%1: choose the CA file, or another TLS mode").arg(title());
    return {};
}

void EndpointForm::writeDestination(TaskSpec &task) const
{
    task.destination = endpoint();
    task.destination.engine = task.destinationEngine;
}

QString EndpointForm::testResult() const { return m_result->text(); }

void EndpointForm::startTest()
{
    if (const QString m = missing(); !m.isEmpty()) {
        m_result->setText(m);
        return;
    }
    const Endpoint e = endpoint();
    const QString role = m_role;
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Testing…"));
    m_test->setText(tr("Cancel"));
    m_testing = true;
    m_watcher.setProperty("generation", ++m_generation);
    const int timeout = m_connectTimeoutSec;
    m_watcher.setFuture(QtConcurrent::run([e, role, timeout] { return precheck::testConnectivity(e, role, timeout); }));
}

}  // namespace dts::ui
