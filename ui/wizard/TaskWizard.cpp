#include "wizard/TaskWizard.h"

#include "common/Error.h"
#include "pipeline/TaskRunner.h"
#include "store/Secrets.h"
#include "store/StudioStore.h"
#include "store/TaskStore.h"
#include "monitor/MonitorWidget.h"
#include "verify/VerificationPage.h"
#include "wizard/EndpointForm.h"
#include "wizard/engines/EngineForm.h"
#include "wizard/engines/FcForm.h"
#include "wizard/engines/RocketMqForm.h"
#include "wizard/engines/TablestoreForm.h"
#include "wizard/engines/TablestoreTables.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
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
    addDestinationEngine(QStringLiteral("tablestore"), tr("Tablestore"), new EngineForm<TablestoreForm>(this));
    addDestinationEngine(QStringLiteral("rocketmq"), tr("RocketMQ"), new EngineForm<RocketMqForm>(this));
    addDestinationEngine(QStringLiteral("function-compute"), tr("Function Compute"), new EngineForm<FcForm>(this));
    connect(destinationEngine, &QComboBox::currentIndexChanged, this,
            [this] { destinationForms->setCurrentWidget(m_forms.value(engine())); });
    connect(source, &EndpointForm::connectionsChanged, destination, &EndpointForm::reloadSaved);
    connect(destination, &EndpointForm::connectionsChanged, source, &EndpointForm::reloadSaved);
    checkpoint = new QLabel(this);
    checkpoint->setObjectName(QStringLiteral("checkpoint"));
    checkpoint->setWordWrap(true);
    checkpoint->setStyleSheet(QStringLiteral("QLabel#checkpoint { background: #d9edf7; color: #31708f; padding: 6px; border-radius: 4px; }"));
    checkpoint->hide();
    secretNote = new QLabel(this);
    secretNote->setObjectName(QStringLiteral("secretNote"));
    secretNote->setWordWrap(true);
    auto *top = new QFormLayout;
    top->addRow(tr("Task name:"), name);
    top->addRow(tr("Destination engine:"), destinationEngine);
    auto *sides = new QHBoxLayout;
    sides->addWidget(source, 1);
    sides->addWidget(destinationForms, 1);
    problem = problemLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(checkpoint);
    layout->addLayout(top);
    layout->addLayout(sides);
    layout->addWidget(secretNote);
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
    setTabOrder(serverId, heartbeat);  // created before the field above it
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
    verification = new VerificationPage(this);
    precheck = new PrecheckPage(this);
    run = new RunPage(this);
    tablestoreTables = new TablestoreTablesPage(this);
    m_secrets = new Secrets(this);
    setPage(Endpoints, endpoints);
    setPage(Objects, objects);
    setPage(Advanced, advanced);
    setPage(Verification, verification);
    setPage(Precheck, precheck);
    setPage(Run, run);
    setPage(TablestoreTables, tablestoreTables);
    setButtonText(QWizard::FinishButton, tr("Close"));
    setButtonText(QWizard::CustomButton1, tr("Preview task file"));
    setButtonText(QWizard::CustomButton2, tr("Save task file…"));
    button(QWizard::CustomButton1)->setToolTip(tr("The task as a file for dts, with the passwords masked"));
    setOption(QWizard::HaveCustomButton1);
    setOption(QWizard::HaveCustomButton2);
    setButtonLayout({QWizard::CustomButton1, QWizard::CustomButton2, QWizard::Stretch, QWizard::BackButton,
                     QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton});
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            showPreview()->open();
        else if (which == QWizard::CustomButton2)
            saveAs();
    });
    resize(1000, 760);
}

int TaskWizard::nextId() const
{
    switch (currentId()) {
    case Objects: return endpoints->engine() == QLatin1String("tablestore") ? TablestoreTables : Advanced;
    case TablestoreTables: return Advanced;
    case Run: return -1;
    default: return QWizard::nextId();
    }
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
    if (t.destinationEngine == QLatin1String("tablestore")) {
        if (const QJsonObject tables = tablestoreTables->editor->toJson(); !tables.isEmpty())
            t.destinationRaw[QStringLiteral("tables")] = tables;
    }
    t.syncSchema = objects->schema->isChecked();
    t.syncFull = objects->full->isChecked();
    t.syncIncremental = objects->incremental->isChecked();
    t.conflictMode = ConflictMode(objects->conflict->currentData().toInt());
    t.nameCase = NameCase(objects->nameCase->currentData().toInt());
    t.objects = objects->selection();
    advanced->apply(t.advanced);
    verification->apply(t.verification);
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
    tablestoreTables->editor->fromJson(t.destinationEngine == QLatin1String("tablestore") ? t.destinationRaw.value(QStringLiteral("tables")).toObject()
                                                                                         : QJsonObject());
    objects->schema->setChecked(t.syncSchema);
    objects->full->setChecked(t.syncFull);
    objects->incremental->setChecked(t.syncIncremental);
    objects->conflict->setCurrentIndex(objects->conflict->findData(int(t.conflictMode)));
    objects->nameCase->setCurrentIndex(objects->nameCase->findData(int(t.nameCase)));
    objects->setSelection(t.objects);
    advanced->set(t.advanced);
    verification->load(t.verification);
    m_ignoredWarnings = t.ignoredWarnings;
    endpoints->source->fillPasswordFromKeyring();
    endpoints->destination->fillPasswordFromKeyring();
    fillDestinationSecrets(t);
    showCheckpoint();
}

QString TaskWizard::previewText() const { return QString::fromUtf8(QJsonDocument(task().toJson(false)).toJson(QJsonDocument::Indented)); }

QDialog *TaskWizard::showPreview()
{
    auto *d = new QDialog(this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setWindowTitle(tr("Task file: %1").arg(task().name));
    auto *text = new QPlainTextEdit(previewText(), d);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *note = new QLabel(tr("Passwords are left out; \"passwordEnv\" names the environment variable dts reads them from."), d);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, d);
    QPushButton *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, d, [text] { QApplication::clipboard()->setText(text->toPlainText()); });
    connect(buttons, &QDialogButtonBox::rejected, d, &QDialog::reject);
    auto *layout = new QVBoxLayout(d);
    layout->addWidget(text, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    d->resize(640, 560);
    return d;
}

QString TaskWizard::saveTo(const QString &path)
{
    const TaskSpec t = task();
    if (t.name.isEmpty())
        return tr("enter a task name first (Source and destination page)");
    try {
        t.save(path, false);
        StudioStore().addRecent(path, t.name);
    } catch (const Error &e) {
        return e.fix().isEmpty() ? e.message() : tr("%1 — %2").arg(e.message(), e.fix());
    }
    m_taskPath = path;
    endpoints->source->storePasswordInKeyring();
    if (t.destinationEngine == QLatin1String("mysql") || t.destinationEngine == QLatin1String("polardb"))
        endpoints->destination->storePasswordInKeyring();
    else
        storeDestinationSecrets(t);
    return {};
}

QString TaskWizard::destinationSecretKey(const TaskSpec &task)
{
    const QJsonObject &d = task.destinationRaw;
    if (task.destinationEngine == QLatin1String("mysql") || task.destinationEngine == QLatin1String("polardb"))
        return {};
    QString place, identity;
    for (const char *k : {"instance", "nameServer", "instanceId", "accountId", "endpoint"})
        if (place.isEmpty())
            place = d.value(QLatin1String(k)).toString().trimmed();
    for (const char *k : {"accessKeyId", "user"})
        if (identity.isEmpty())
            identity = d.value(QLatin1String(k)).toString().trimmed();
    if (place.isEmpty() || identity.isEmpty())
        return {};
    return QStringLiteral("%1:%2:%3").arg(task.destinationEngine, place, identity);
}

void TaskWizard::storeDestinationSecrets(const TaskSpec &task)
{
    const QString key = destinationSecretKey(task);
    QJsonObject secrets;
    for (const QString &k : TaskSpec::destinationSecretKeys())
        if (const QString v = task.destinationRaw.value(k).toString(); !v.isEmpty())
            secrets[k] = v;
    if (key.isEmpty() || secrets.isEmpty())
        return;
    QPointer<QLabel> note(endpoints->secretNote);
    m_secrets->write(key, QString::fromUtf8(QJsonDocument(secrets).toJson(QJsonDocument::Compact)), [note](bool ok, const QString &error) {
        if (note)
            note->setText(ok ? tr("The destination's secrets are in the system keyring.")
                             : tr("The destination's secrets were not saved: %1. The task file never holds them; enter them "
                                  "when you open the task (or name environment variables with …Env).").arg(error));
    });
}

// A task file holds no secrets: those the fields need come back from the keyring (asynchronously).
void TaskWizard::fillDestinationSecrets(const TaskSpec &task)
{
    endpoints->secretNote->clear();
    const QString key = destinationSecretKey(task);
    if (key.isEmpty())
        return;
    for (const QString &name : TaskSpec::destinationSecretKeys()) {
        if (!task.destinationRaw.value(name).toString().isEmpty() || task.destinationRaw.contains(name + QStringLiteral("Env")))
            return;  // given already, or from the environment
    }
    endpoints->secretNote->setText(tr("Reading the destination's secrets from the system keyring…"));
    QPointer<TaskWizard> self(this);
    m_secrets->read(key, [self, key](bool found, const QString &secret, const QString &error) {
        if (!self)
            return;
        TaskSpec now = self->task();
        if (destinationSecretKey(now) != key)
            return;  // the fields changed meanwhile
        if (found) {
            const QJsonObject secrets = QJsonDocument::fromJson(secret.toUtf8()).object();
            for (auto it = secrets.begin(); it != secrets.end(); ++it)
                if (now.destinationRaw.value(it.key()).toString().isEmpty())
                    now.destinationRaw[it.key()] = *it;
            if (DestinationForm *f = self->endpoints->destinationForm())
                f->readDestination(now);
        }
        self->endpoints->secretNote->setText(found ? tr("The destination's secrets are from the system keyring.")
                                             : error.isEmpty() ? tr("No secrets saved for this destination: enter them.")
                                                               : tr("Secrets are not saved: %1. Enter them.").arg(error));
    });
}

void TaskWizard::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save task file"), m_taskPath.isEmpty() ? task().name + QStringLiteral(".json") : m_taskPath,
                                                      tr("Task files (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = saveTo(path);
    QLabel *problem = currentPage() ? currentPage()->findChild<QLabel *>(QStringLiteral("problem")) : nullptr;
    if (problem)
        problem->setText(error.isEmpty() ? QString() : tr("Not saved: %1").arg(error));
    if (!error.isEmpty() && !problem)
        QMessageBox::warning(this, tr("Not saved"), error);
}

QString TaskWizard::checkpointText() const
{
    const TaskSpec t = task();
    const QString dir = stateDir.isEmpty() ? TaskRunner::defaultStateDir(t) : stateDir;
    if (t.name.isEmpty() || !QFile::exists(dir + QStringLiteral("/state.db")))
        return {};
    try {
        TaskStore store(dir);
        QStringList parts;
        const TaskStore::Progress p = store.progress();
        if (store.meta(QStringLiteral("full_done")))
            parts << tr("full data done (%1 rows)").arg(QLocale().toString(p.rowsDone));
        else if (p.chunks > 0)
            parts << tr("full data: %1 of %2 chunks done (%3 rows)").arg(p.chunksDone).arg(p.chunks).arg(QLocale().toString(p.rowsDone));
        else if (store.meta(QStringLiteral("schema_done")))
            parts << tr("schema done");
        if (const auto applied = store.meta(QStringLiteral("applied_position")))
            parts << tr("incremental applied up to %1")
                         .arg(Position::fromJson(QJsonDocument::fromJson(applied->toUtf8()).object()).toString());
        if (parts.isEmpty())
            parts << tr("started, nothing written yet");
        return tr("This task ran before: %1. Running it continues from this checkpoint.").arg(parts.join(QStringLiteral("; ")));
    } catch (const Error &e) {
        return tr("The task's state in %1 cannot be read: %2").arg(dir, e.message());
    }
}

void TaskWizard::showCheckpoint()
{
    const QString text = checkpointText();
    endpoints->checkpoint->setText(text);
    endpoints->checkpoint->setVisible(!text.isEmpty());
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
