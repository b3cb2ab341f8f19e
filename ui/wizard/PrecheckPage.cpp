#include "wizard/PrecheckPage.h"

#include "pipeline/TaskRunner.h"
#include "store/TaskStore.h"
#include "Icons.h"
#include "wizard/TaskWizard.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dts::ui {

namespace {

enum Column { StatusColumn, TitleColumn, MessageColumn };

QIcon statusIcon(const precheck::Result &r)
{
    if (r.ignored)
        return icon(QStringLiteral("ignored"));
    switch (r.status) {
    case precheck::Status::Passed: return icon(QStringLiteral("passed"));
    case precheck::Status::Warning: return icon(QStringLiteral("warning"));
    case precheck::Status::Failed: return icon(QStringLiteral("failed"));
    case precheck::Status::Skipped: break;
    }
    return icon(QStringLiteral("skipped"));
}

QString statusText(const precheck::Result &r)
{
    if (r.ignored)
        return PrecheckPage::tr("Ignored");
    switch (r.status) {
    case precheck::Status::Passed: return PrecheckPage::tr("Passed");
    case precheck::Status::Warning: return PrecheckPage::tr("Warning");
    case precheck::Status::Failed: return PrecheckPage::tr("Failed");
    case precheck::Status::Skipped: break;
    }
    return PrecheckPage::tr("Skipped");
}

// What the precheck must not hold against the task: what an earlier run of it left (its own tables,
// its start position), read from the task's local state as `dts precheck` does.
precheck::Options optionsFor(const TaskSpec &task, const QString &stateDir)
{
    precheck::Options o;
    o.replicaServerId = task.advanced.serverId;
    const QString dir = stateDir.isEmpty() ? TaskRunner::defaultStateDir(task) : stateDir;
    if (QFile::exists(dir + QStringLiteral("/state.db"))) {
        try {
            TaskStore store(dir);
            o.resume = precheck::resumeStateOf(store);
        } catch (const Error &) {
            // unreadable state: checked as a new task; the run itself reports the state directory
        }
    }
    return o;
}

}  // namespace

QString itemTitle(const QString &title)
{
    return QCoreApplication::translate("dts::precheck::Item", title.toUtf8().constData());
}

PrecheckDetails::PrecheckDetails(const precheck::Result &r, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Precheck item: %1").arg(itemTitle(r.title)));
    auto *layout = new QVBoxLayout(this);
    auto *head = new QLabel(QStringLiteral("<b>%1</b> (%2) — %3").arg(itemTitle(r.title).toHtmlEscaped(), r.id, statusText(r)), this);
    layout->addWidget(head);
    auto *message = new QLabel(r.message.isEmpty() ? tr("No details.") : r.message, this);
    message->setObjectName(QStringLiteral("message"));
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(message);
    if (!r.objects.isEmpty()) {
        layout->addWidget(new QLabel(tr("Objects concerned:"), this));
        auto *objects = new QListWidget(this);
        objects->addItems(r.objects);
        objects->setMaximumHeight(120);
        layout->addWidget(objects);
    }
    copyButton = new QPushButton(tr("Copy"), this);
    copyButton->setToolTip(tr("Copy the fix to the clipboard"));
    if (!r.remediation.isEmpty() && r.status != precheck::Status::Passed) {
        layout->addWidget(new QLabel(tr("How to fix it:"), this));
        auto *fix = new QPlainTextEdit(r.remediation, this);
        fix->setObjectName(QStringLiteral("fix"));
        fix->setReadOnly(true);
        fix->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        layout->addWidget(fix, 1);
        const QString text = r.remediation;
        connect(copyButton, &QPushButton::clicked, this, [text] { QApplication::clipboard()->setText(text); });
        if (r.restartRequired) {
            auto *restart = new QLabel(tr("The change takes effect only after the server is restarted."), this);
            restart->setObjectName(QStringLiteral("restart"));
            restart->setStyleSheet(QStringLiteral("color: #a94442"));
            layout->addWidget(restart);
        }
    } else {
        copyButton->hide();
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(copyButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 420);
}

PrecheckPage::PrecheckPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Precheck"));
    setSubTitle(tr("Checks the source, the destination and the objects before anything is written. "
                   "Fix what failed and precheck again; a warning can be ignored."));
    progress = new QProgressBar(this);
    progress->setRange(0, 100);
    progress->setFormat(tr("Success rate: %p%"));
    summary = new QLabel(this);
    summary->setWordWrap(true);
    table = new QTableWidget(0, 3, this);
    table->setTabKeyNavigation(false);  // arrows move between rows, Tab leaves the table
    table->setHorizontalHeaderLabels({tr("Status"), tr("Check item"), tr("Result")});
    table->horizontalHeader()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::ResizeToContents);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    details = new QPushButton(tr("View Details"), this);
    ignoreButton = new QPushButton(tr("Ignore"), this);
    ignoreButton->setToolTip(tr("Accept this warning: it no longer counts against the task (saved in the task file)"));
    again = new QPushButton(tr("Precheck Again"), this);
    connect(details, &QPushButton::clicked, this, [this] { showDetails(table->currentRow()); });
    connect(table, &QTableWidget::cellDoubleClicked, this, [this](int row) { showDetails(row); });
    connect(ignoreButton, &QPushButton::clicked, this, [this] { ignore(table->currentRow()); });
    connect(again, &QPushButton::clicked, this, &PrecheckPage::recheck);
    connect(table, &QTableWidget::currentCellChanged, this, &PrecheckPage::updateButtons);
    connect(&m_watcher, &QFutureWatcher<precheck::Result>::resultReadyAt, this, &PrecheckPage::onResult);
    connect(&m_watcher, &QFutureWatcher<precheck::Result>::finished, this, &PrecheckPage::onFinished);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(details);
    buttons->addWidget(ignoreButton);
    buttons->addStretch(1);
    buttons->addWidget(again);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(progress);
    layout->addWidget(summary);
    layout->addWidget(table, 1);
    layout->addLayout(buttons);
    setTabOrder(table, details);
    setTabOrder(details, ignoreButton);
    setTabOrder(ignoreButton, again);
    updateButtons();
}

PrecheckPage::~PrecheckPage() { m_watcher.cancel(); }  // the precheck thread holds its own copy of the task

void PrecheckPage::initializePage() { recheck(); }

void PrecheckPage::cleanupPage()
{
    m_watcher.cancel();
    m_done = m_running = false;
}

void PrecheckPage::recheck()
{
    m_watcher.cancel();  // setFuture() below drops what the cancelled run still delivers
    const auto *w = static_cast<const TaskWizard *>(wizard());
    m_task = w->task();
    const precheck::Options options = optionsFor(m_task, w->stateDir);
    m_items = precheck::planned(m_task, options);
    m_results = QList<std::optional<precheck::Result>>(m_items.size());
    m_done = false;
    m_running = true;
    table->setRowCount(int(m_items.size()));
    for (int i = 0; i < m_items.size(); ++i) {
        auto *status = new QTableWidgetItem(icon(QStringLiteral("running")), tr("Checking"));
        table->setItem(i, StatusColumn, status);
        table->setItem(i, TitleColumn, new QTableWidgetItem(itemTitle(m_items[i].title)));
        table->setItem(i, MessageColumn, new QTableWidgetItem);
    }
    progress->setValue(0);
    summary->setText(tr("Checking %n item(s)…", nullptr, int(m_items.size())));
    m_timer.start();
    m_watcher.setFuture(precheck::start(m_task, options));
    updateButtons();
    Q_EMIT completeChanged();
}

void PrecheckPage::onResult(int index)
{
    if (index < 0 || index >= m_results.size())
        return;
    m_results[index] = m_watcher.resultAt(index);
    showRow(index);
}

void PrecheckPage::showRow(int row)
{
    const precheck::Result &r = *m_results[row];
    table->item(row, StatusColumn)->setIcon(statusIcon(r));
    table->item(row, StatusColumn)->setText(statusText(r));
    table->item(row, MessageColumn)->setText(r.message.section(QLatin1Char('\n'), 0, 0));
    table->item(row, MessageColumn)->setToolTip(r.message);
    const precheck::Report rep = report();
    // DTS's success rate: the items passed so far (an ignored warning counts) out of all planned.
    int ok = 0;
    for (const precheck::Result &x : rep.results)
        ok += x.status == precheck::Status::Passed || x.ignored ? 1 : 0;
    progress->setValue(m_items.isEmpty() ? 0 : int(100.0 * ok / m_items.size()));
    updateButtons();
}

void PrecheckPage::onFinished()
{
    for (int i = 0; i < m_results.size(); ++i)  // any result whose signal is still queued
        if (!m_results[i] && m_watcher.future().isResultReadyAt(i))
            onResult(i);
    m_running = false;
    m_done = !m_watcher.isCanceled();
    const precheck::Report rep = report();
    QString text = tr("%1 passed, %2 warning(s), %3 failed, %4 skipped (%5 s)")
                       .arg(rep.count(precheck::Status::Passed))
                       .arg(rep.count(precheck::Status::Warning))
                       .arg(rep.count(precheck::Status::Failed))
                       .arg(rep.count(precheck::Status::Skipped))
                       .arg(m_timer.elapsed() / 1000.0, 0, 'f', 1);
    if (rep.hasFailures())
        text += QLatin1Char('\n') + tr("Fix the failed items (View Details shows how) and click Precheck Again.");
    summary->setText(text);
    summary->setStyleSheet(rep.hasFailures() ? QStringLiteral("color: #a94442") : QString());
    updateButtons();
    Q_EMIT completeChanged();
}

precheck::Report PrecheckPage::report() const
{
    precheck::Report r;
    r.task = m_task.name;
    for (const auto &x : m_results)
        if (x)
            r.results << *x;
    return r;
}

int PrecheckPage::rowOf(const QString &id) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items[i].id == id)
            return i;
    return -1;
}

void PrecheckPage::ignore(int row)
{
    if (row < 0 || row >= m_results.size() || !m_results[row] || m_results[row]->status != precheck::Status::Warning)
        return;
    m_results[row]->ignored = true;
    static_cast<TaskWizard *>(wizard())->ignoreWarning(m_results[row]->id);
    showRow(row);
}

PrecheckDetails *PrecheckPage::showDetails(int row)
{
    if (row < 0 || row >= m_results.size() || !m_results[row])
        return nullptr;
    auto *d = new PrecheckDetails(*m_results[row], this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->open();
    return d;
}

void PrecheckPage::updateButtons()
{
    const int row = table->currentRow();
    const bool has = row >= 0 && row < m_results.size() && m_results[row].has_value();
    details->setEnabled(has);
    ignoreButton->setEnabled(has && m_results[row]->status == precheck::Status::Warning && !m_results[row]->ignored);
    again->setEnabled(true);
}

bool PrecheckPage::isComplete() const { return m_done && !report().hasFailures(); }

}  // namespace dts::ui
