#include "wizard/TaskWizard.h"

#include "common/Error.h"
#include "monitor/MonitorWidget.h"
#include "wizard/EndpointForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace dts::ui {

namespace {

// Why Next did not go on, shown on the page itself (no modal box to click away).
QLabel *problemLabel(QWidget *page)
{
    auto *l = new QLabel(page);
    l->setObjectName(QStringLiteral("problem"));
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #a94442"));
    return l;
}

}  // namespace

// ---------------------------------------------------------------------------------------------------

EndpointsPage::EndpointsPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Source and destination"));
    setSubTitle(tr("Where the data comes from and where it goes. Test Connectivity checks each side now."));
    name = new QLineEdit(this);
    name->setPlaceholderText(tr("e.g. shop to rds"));
    destinationEngine = new QComboBox(this);
    destinationEngine->setToolTip(tr("Where the data goes; the fields below are that engine's"));
    source = new EndpointForm(tr("Source database (MySQL)"), QStringLiteral("source"), this);
    destination = new EndpointForm(tr("Destination database"), QStringLiteral("destination"), this);
    destinationForms = new QStackedWidget(this);
    addDestinationEngine(QStringLiteral("mysql"), tr("MySQL"), destination);
    addDestinationEngine(QStringLiteral("polardb"), tr("PolarDB for MySQL"), destination);
    connect(destinationEngine, &QComboBox::currentIndexChanged, this,
            [this] { destinationForms->setCurrentWidget(m_forms.value(engine())); });
    auto *top = new QFormLayout;
    top->addRow(tr("Task name:"), name);
    top->addRow(tr("Destination engine:"), destinationEngine);
    auto *sides = new QHBoxLayout;
    sides->addWidget(source, 1);
    sides->addWidget(destinationForms, 1);
    problem = problemLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(sides);
    layout->addStretch(1);
    layout->addWidget(problem);
    setTabOrder(name, destinationEngine);
    setTabOrder(destinationEngine, source);
}

void EndpointsPage::addDestinationEngine(const QString &engine, const QString &label, QWidget *form)
{
    Q_ASSERT(dynamic_cast<DestinationForm *>(form));
    if (destinationForms->indexOf(form) < 0)
        destinationForms->addWidget(form);
    m_forms.insert(engine, form);
    destinationEngine->addItem(label, engine);
}

QString EndpointsPage::engine() const { return destinationEngine->currentData().toString(); }

void EndpointsPage::setEngine(const QString &engine)
{
    destinationEngine->setCurrentIndex(qMax(0, destinationEngine->findData(engine)));
    destinationForms->setCurrentWidget(m_forms.value(this->engine()));
}

DestinationForm *EndpointsPage::destinationForm() const { return dynamic_cast<DestinationForm *>(m_forms.value(engine())); }

bool EndpointsPage::validatePage()
{
    QStringList problems;
    if (name->text().trimmed().isEmpty())
        problems << tr("Enter a task name");
    for (const DestinationForm *f : std::initializer_list<const DestinationForm *>{source, destinationForm()})
        if (const QString m = f->missing(); !m.isEmpty())
            problems << m;
    if (!problems.isEmpty()) {
        problem->setText(problems.join(QLatin1Char('\n')));
        return false;
    }
    problem->clear();
    return true;
}

// ---------------------------------------------------------------------------------------------------

AdvancedPage::AdvancedPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Advanced settings"));
    setSubTitle(tr("Retries, throttles and parallelism. Hover a field for what it means."));
    auto spin = [this](int min, int max, int value, const QString &tip) {
        auto *s = new QSpinBox(this);
        s->setRange(min, max);
        s->setValue(value);
        s->setToolTip(tip);
        s->setSpecialValueText(min == 0 ? tr("unlimited") : QString());
        return s;
    };
    const Advanced d;
    retryConnection = spin(10, 1440, d.retryConnectionMinutes,
                           tr("Retry Time for Failed Connections: how long a lost source or destination connection is retried, in minutes"));
    retryOther = spin(1, 1440, d.retryOtherMinutes,
                      tr("Retry Time for Other Issues (DDL or DML failures, lock waits), in minutes; must be less than the "
                         "connection retry time"));
    sourceQps = spin(0, 1000000000, 0, tr("Full data: queries per second against the source (0: unlimited)"));
    fullRps = spin(0, 1000000000, 0, tr("Full data: rows per second (0: unlimited)"));
    fullMbps = new QDoubleSpinBox(this);
    fullMbps->setRange(0, 100000);
    fullMbps->setSpecialValueText(tr("unlimited"));
    fullMbps->setToolTip(tr("Full data: MB per second (0: unlimited)"));
    incRps = spin(0, 1000000000, 0, tr("Incremental: rows per second (0: unlimited)"));
    incMbps = new QDoubleSpinBox(this);
    incMbps->setRange(0, 100000);
    incMbps->setSpecialValueText(tr("unlimited"));
    incMbps->setToolTip(tr("Incremental: MB of binlog per second (0: unlimited)"));
    fullReaders = spin(1, 64, d.fullReaders, tr("Full data: source connections reading chunks in parallel"));
    writers = spin(1, 64, d.writers, tr("Full data: destination connections writing in parallel"));
    incWriters = spin(1, 64, d.incrementalWriters,
                      tr("Incremental: destination connections; rows are split by table and primary key so one row's "
                         "changes stay in order"));
    heartbeat = new QCheckBox(tr("Write a heartbeat row on the source every second"), this);
    heartbeat->setChecked(d.heartbeat);
    heartbeat->setToolTip(tr("Keeps the latency exact when the source is idle (a dts_studio_meta.heartbeat table on the source)"));
    serverId = new QLineEdit(this);
    serverId->setPlaceholderText(tr("picked automatically"));
    serverId->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,10}")), serverId));
    serverId->setToolTip(tr("The replica server_id dts uses on the source; must differ from the source's and its replicas'"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Retry time for failed connections (min):"), retryConnection);
    form->addRow(tr("Retry time for other issues (min):"), retryOther);
    form->addRow(tr("Full data: source QPS limit:"), sourceQps);
    form->addRow(tr("Full data: rows per second:"), fullRps);
    form->addRow(tr("Full data: MB per second:"), fullMbps);
    form->addRow(tr("Incremental: rows per second:"), incRps);
    form->addRow(tr("Incremental: MB per second:"), incMbps);
    form->addRow(tr("Full data readers:"), fullReaders);
    form->addRow(tr("Full data writers:"), writers);
    form->addRow(tr("Incremental writers:"), incWriters);
    form->addRow(tr("Replica server ID:"), serverId);
    form->addRow(heartbeat);
    problem = problemLabel(this);
    form->addRow(problem);
}

bool AdvancedPage::validatePage()
{
    QString problem;
    if (retryOther->value() >= retryConnection->value())
        problem = tr("The retry time for other issues (%1 min) must be less than the retry time for failed connections (%2 min)")
                      .arg(retryOther->value())
                      .arg(retryConnection->value());
    else if (!serverId->text().isEmpty() && serverId->text().toULongLong() > 4294967295ULL)
        problem = tr("The replica server ID must be at most 4294967295");
    this->problem->setText(problem);
    return problem.isEmpty();
}

void AdvancedPage::set(const Advanced &a)
{
    retryConnection->setValue(a.retryConnectionMinutes);
    retryOther->setValue(a.retryOtherMinutes);
    sourceQps->setValue(a.fullThrottle.sourceQps);
    fullRps->setValue(a.fullThrottle.rps);
    fullMbps->setValue(a.fullThrottle.mbps);
    incRps->setValue(a.incrementalThrottle.rps);
    incMbps->setValue(a.incrementalThrottle.mbps);
    fullReaders->setValue(a.fullReaders);
    writers->setValue(a.writers);
    incWriters->setValue(a.incrementalWriters);
    heartbeat->setChecked(a.heartbeat);
    serverId->setText(a.serverId ? QString::number(a.serverId) : QString());
}

void AdvancedPage::apply(Advanced &a) const
{
    a.retryConnectionMinutes = retryConnection->value();
    a.retryOtherMinutes = retryOther->value();
    a.fullThrottle.sourceQps = sourceQps->value();
    a.fullThrottle.rps = fullRps->value();
    a.fullThrottle.mbps = fullMbps->value();
    a.incrementalThrottle.rps = incRps->value();
    a.incrementalThrottle.mbps = incMbps->value();
    a.fullReaders = fullReaders->value();
    a.writers = writers->value();
    a.incrementalWriters = incWriters->value();
    a.heartbeat = heartbeat->isChecked();
    a.serverId = quint32(serverId->text().toULongLong());
}

// ---------------------------------------------------------------------------------------------------

RunPage::RunPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Run and monitor"));
    monitor = new MonitorWidget(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(monitor);
    connect(&monitor->controller(), &TaskController::finished, this, &QWizardPage::completeChanged);
}

void RunPage::initializePage()
{
    const auto *w = static_cast<const TaskWizard *>(wizard());
    RunOptions o;
    o.stateDir = w->stateDir;
    monitor->run(w->task(), o);
}

bool RunPage::isComplete() const { return !monitor->controller().isRunning(); }

// ---------------------------------------------------------------------------------------------------

TaskWizard::TaskWizard(QWidget *parent) : QWizard(parent)
{
    setWindowTitle(tr("New task — dts-studio"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    endpoints = new EndpointsPage(this);
    objects = new ObjectsPage(this);
    advanced = new AdvancedPage(this);
    precheck = new PrecheckPage(this);
    run = new RunPage(this);
    setPage(Endpoints, endpoints);
    setPage(Objects, objects);
    setPage(Advanced, advanced);
    setPage(Precheck, precheck);
    setPage(Run, run);
    setButtonText(QWizard::FinishButton, tr("Close"));
    resize(1000, 760);
}

TaskSpec TaskWizard::task() const
{
    TaskSpec t;
    t.name = endpoints->name->text().trimmed();
    t.source = endpoints->source->endpoint();
    t.destinationEngine = endpoints->engine();
    t.destinationRaw = m_destinationRaw;
    if (const DestinationForm *f = endpoints->destinationForm())
        f->writeDestination(t);
    t.syncSchema = objects->schema->isChecked();
    t.syncFull = objects->full->isChecked();
    t.syncIncremental = objects->incremental->isChecked();
    t.conflictMode = ConflictMode(objects->conflict->currentData().toInt());
    t.nameCase = NameCase(objects->nameCase->currentData().toInt());
    t.objects = objects->selection();
    advanced->apply(t.advanced);
    t.ignoredWarnings = m_ignoredWarnings;
    return t;
}

void TaskWizard::setTask(const TaskSpec &t)
{
    endpoints->name->setText(t.name);
    endpoints->setEngine(t.destinationEngine);
    endpoints->source->setEndpoint(t.source);
    m_destinationRaw = t.destinationRaw;
    if (DestinationForm *f = endpoints->destinationForm())
        f->readDestination(t);
    objects->schema->setChecked(t.syncSchema);
    objects->full->setChecked(t.syncFull);
    objects->incremental->setChecked(t.syncIncremental);
    objects->conflict->setCurrentIndex(objects->conflict->findData(int(t.conflictMode)));
    objects->nameCase->setCurrentIndex(objects->nameCase->findData(int(t.nameCase)));
    objects->setSelection(t.objects);
    advanced->set(t.advanced);
    m_ignoredWarnings = t.ignoredWarnings;
}

void TaskWizard::ignoreWarning(const QString &id)
{
    if (!m_ignoredWarnings.contains(id))
        m_ignoredWarnings << id;
}

void TaskWizard::reject()
{
    if (run->monitor->controller().isRunning() &&
        QMessageBox::question(this, tr("A task is running"),
                              tr("Stop the task and close? It stops at a transaction boundary and can be resumed from its "
                                 "checkpoint.")) != QMessageBox::Yes)
        return;
    run->monitor->controller().stop();
    QWizard::reject();
}

}  // namespace dts::ui
