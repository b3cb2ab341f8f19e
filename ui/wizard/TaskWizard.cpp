#include "wizard/TaskWizard.h"

#include "common/Error.h"
#include "monitor/MonitorWidget.h"
#include "mysql/Catalog.h"
#include "mysql/Connection.h"
#include "verify/VerificationPage.h"
#include "wizard/EndpointForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace dts::ui {

namespace {

// Runs `work` on a pool thread and `done` with its result on the GUI thread (if `owner` still lives).
template <typename T, typename Work, typename Done>
void runAsync(QObject *owner, Work work, Done done)
{
    auto *watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, owner, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(work));
}

// Why Next did not go on, shown on the page itself (no modal box to click away).
QLabel *problemLabel(QWidget *page)
{
    auto *l = new QLabel(page);
    l->setObjectName(QStringLiteral("problem"));
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #a94442"));
    return l;
}

struct Listing {
    QStringList names;
    QString error;
};

}  // namespace

// ---------------------------------------------------------------------------------------------------

EndpointsPage::EndpointsPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Source and destination"));
    setSubTitle(tr("Where the data comes from and where it goes. Test Connectivity checks each side now."));
    name = new QLineEdit(this);
    name->setPlaceholderText(tr("e.g. shop to rds"));
    destinationEngine = new QComboBox(this);
    destinationEngine->addItem(tr("MySQL"), QStringLiteral("mysql"));
    destinationEngine->addItem(tr("PolarDB for MySQL"), QStringLiteral("polardb"));
    source = new EndpointForm(tr("Source database (MySQL)"), QStringLiteral("source"), this);
    destination = new EndpointForm(tr("Destination database"), QStringLiteral("destination"), this);
    auto *top = new QFormLayout;
    top->addRow(tr("Task name:"), name);
    top->addRow(tr("Destination engine:"), destinationEngine);
    auto *sides = new QHBoxLayout;
    sides->addWidget(source);
    sides->addWidget(destination);
    problem = problemLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(sides);
    layout->addWidget(problem);
}

bool EndpointsPage::validatePage()
{
    QStringList problems;
    if (name->text().trimmed().isEmpty())
        problems << tr("Enter a task name");
    for (EndpointForm *f : {source, destination})
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

ObjectsPage::ObjectsPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Configure objects"));
    setSubTitle(tr("What to synchronize, and how. Check whole databases or single tables."));
    schema = new QCheckBox(tr("Schema synchronization"), this);
    full = new QCheckBox(tr("Full data synchronization"), this);
    incremental = new QCheckBox(tr("Incremental data synchronization"), this);
    for (QCheckBox *c : {schema, full, incremental})
        c->setChecked(true);
    incremental->setToolTip(tr("Follows the source's binlog after the full data, until you stop the task"));
    conflict = new QComboBox(this);
    conflict->addItem(tr("Precheck and report errors"), int(ConflictMode::Error));
    conflict->addItem(tr("Ignore errors and proceed"), int(ConflictMode::Ignore));
    conflict->setToolTip(tr("Destination tables with the same names: stop in the precheck, or keep them and write into them"));
    search = new QLineEdit(this);
    search->setPlaceholderText(tr("Search databases and tables"));
    search->setClearButtonEnabled(true);
    tree = new QTreeWidget(this);
    tree->setHeaderLabel(tr("Source objects"));
    m_status = new QLabel(this);
    connect(search, &QLineEdit::textChanged, this, &ObjectsPage::filter);
    connect(tree, &QTreeWidget::itemExpanded, this, &ObjectsPage::loadTables);

    auto *types = new QHBoxLayout;
    types->addWidget(schema);
    types->addWidget(full);
    types->addWidget(incremental);
    auto *form = new QFormLayout;
    form->addRow(tr("Synchronization types:"), types);
    form->addRow(tr("Processing mode of conflicting tables:"), conflict);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(search);
    layout->addWidget(tree, 1);
    layout->addWidget(m_status);
    problem = problemLabel(this);
    layout->addWidget(problem);
}

void ObjectsPage::initializePage()
{
    const auto *w = static_cast<const TaskWizard *>(wizard());
    const Endpoint src = w->endpoints->source->endpoint();
    if (m_loaded && src.host == m_source.host && src.port == m_source.port && src.user == m_source.user)
        return;  // keep what was chosen
    m_source = src;
    m_loaded = false;
    tree->clear();
    m_status->setText(tr("Reading the source's databases…"));
    runAsync<Listing>(
        this,
        [src] {
            try {
                Connection c(src, ConnectOptions{.role = QStringLiteral("source")});
                return Listing{Catalog(c).databases(), {}};
            } catch (const Error &e) {
                return Listing{{}, e.message()};
            }
        },
        [this](const Listing &l) {
            if (!l.error.isEmpty()) {
                m_status->setText(tr("Cannot read the source: %1").arg(l.error));
                return;
            }
            for (const QString &db : l.names) {
                auto *item = new QTreeWidgetItem(tree, {db});
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
                item->setCheckState(0, Qt::Unchecked);
                item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
            }
            m_loaded = true;
            m_status->setText(tr("%n database(s)", nullptr, int(l.names.size())));
            Q_EMIT completeChanged();
        });
}

void ObjectsPage::loadTables(QTreeWidgetItem *db)
{
    if (db->parent() || db->data(0, Qt::UserRole).toBool())
        return;
    db->setData(0, Qt::UserRole, true);  // asked once
    const Endpoint src = m_source;
    const QString name = db->text(0);
    runAsync<Listing>(
        this,
        [src, name] {
            try {
                Connection c(src, ConnectOptions{.role = QStringLiteral("source")});
                return Listing{Catalog(c).baseTables(name), {}};
            } catch (const Error &e) {
                return Listing{{}, e.message()};
            }
        },
        [this, name](const Listing &l) {
            const auto found = tree->findItems(name, Qt::MatchExactly);
            if (found.isEmpty())
                return;
            QTreeWidgetItem *db = found.first();
            if (!l.error.isEmpty()) {
                m_status->setText(tr("Cannot list the tables of %1: %2").arg(name, l.error));
                db->setData(0, Qt::UserRole, false);
                return;
            }
            const Qt::CheckState state = db->checkState(0);
            for (const QString &t : l.names) {
                auto *item = new QTreeWidgetItem(db, {t});
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(0, state == Qt::Checked ? Qt::Checked : Qt::Unchecked);
            }
            if (l.names.isEmpty())
                db->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicator);
            filter(search->text());
        });
}

void ObjectsPage::filter(const QString &text)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *db = tree->topLevelItem(i);
        bool anyChild = false;
        for (int j = 0; j < db->childCount(); ++j) {
            const bool match = text.isEmpty() || db->child(j)->text(0).contains(text, Qt::CaseInsensitive);
            db->child(j)->setHidden(!match);
            anyChild = anyChild || match;
        }
        db->setHidden(!(text.isEmpty() || db->text(0).contains(text, Qt::CaseInsensitive) || (anyChild && db->childCount())));
    }
}

QList<DatabaseSelection> ObjectsPage::selection() const
{
    QList<DatabaseSelection> out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *db = tree->topLevelItem(i);
        if (db->checkState(0) == Qt::Checked) {
            out << DatabaseSelection{db->text(0), {}, {}};  // the whole database, with what is created later
        } else if (db->checkState(0) == Qt::PartiallyChecked) {
            DatabaseSelection d{db->text(0), {}, {}};
            for (int j = 0; j < db->childCount(); ++j)
                if (db->child(j)->checkState(0) == Qt::Checked)
                    d.tables << TableSelection{db->child(j)->text(0), {}, {}, {}};
            out << d;
        }
    }
    return out;
}

bool ObjectsPage::validatePage()
{
    QString problem;
    if (!schema->isChecked() && !full->isChecked() && !incremental->isChecked())
        problem = tr("Choose at least one synchronization type");
    else if (selection().isEmpty())
        problem = tr("Select at least one database or table");
    this->problem->setText(problem);
    return problem.isEmpty();
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
    run = new RunPage(this);
    setPage(Endpoints, endpoints);
    setPage(Objects, objects);
    setPage(Advanced, advanced);
    setPage(Verification, verification);
    setPage(Run, run);
    setButtonText(QWizard::FinishButton, tr("Close"));
    resize(1000, 760);
}

TaskSpec TaskWizard::task() const
{
    TaskSpec t;
    t.name = endpoints->name->text().trimmed();
    t.source = endpoints->source->endpoint();
    t.destination = endpoints->destination->endpoint();
    t.destinationEngine = endpoints->destinationEngine->currentData().toString();
    t.destination.engine = t.destinationEngine;
    t.syncSchema = objects->schema->isChecked();
    t.syncFull = objects->full->isChecked();
    t.syncIncremental = objects->incremental->isChecked();
    t.conflictMode = ConflictMode(objects->conflict->currentData().toInt());
    t.objects = objects->selection();
    advanced->apply(t.advanced);
    verification->apply(t.verification);
    return t;
}

void TaskWizard::setTask(const TaskSpec &t)
{
    endpoints->name->setText(t.name);
    endpoints->destinationEngine->setCurrentIndex(qMax(0, endpoints->destinationEngine->findData(t.destinationEngine)));
    endpoints->source->setEndpoint(t.source);
    endpoints->destination->setEndpoint(t.destination);
    objects->schema->setChecked(t.syncSchema);
    objects->full->setChecked(t.syncFull);
    objects->incremental->setChecked(t.syncIncremental);
    objects->conflict->setCurrentIndex(objects->conflict->findData(int(t.conflictMode)));
    const dts::Advanced &a = t.advanced;
    advanced->retryConnection->setValue(a.retryConnectionMinutes);
    advanced->retryOther->setValue(a.retryOtherMinutes);
    advanced->sourceQps->setValue(a.fullThrottle.sourceQps);
    advanced->fullRps->setValue(a.fullThrottle.rps);
    advanced->fullMbps->setValue(a.fullThrottle.mbps);
    advanced->incRps->setValue(a.incrementalThrottle.rps);
    advanced->incMbps->setValue(a.incrementalThrottle.mbps);
    advanced->fullReaders->setValue(a.fullReaders);
    advanced->writers->setValue(a.writers);
    advanced->incWriters->setValue(a.incrementalWriters);
    advanced->heartbeat->setChecked(a.heartbeat);
    advanced->serverId->setText(a.serverId ? QString::number(a.serverId) : QString());
    verification->load(t.verification);
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
