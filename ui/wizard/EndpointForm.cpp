#include "wizard/EndpointForm.h"

#include "precheck/PrecheckRunner.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtConcurrent>

namespace dts::ui {

EndpointForm::EndpointForm(const QString &title, const QString &role, QWidget *parent) : QGroupBox(title, parent), m_role(role)
{
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

    auto *form = new QFormLayout(this);
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database account:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("TLS:"), m_tls);
    form->addRow(tr("CA file:"), caRow);
    form->addRow(m_test, m_result);
    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_user);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_tls);
    setTabOrder(m_tls, m_ca);
    setTabOrder(m_ca, m_test);
}

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
