#include "verify/VerificationTab.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dts::ui {

namespace {

enum Column { Table, SourceRows, DestinationRows, Missing, Extra, Different, Result, ColumnCount };

QString resultOf(const verify::TableResult &t)
{
    if (!t.error.isEmpty())
        return VerificationTab::tr("not verified: %1").arg(t.error);
    if (t.equal())
        return t.keyless ? VerificationTab::tr("equal (rows counted: no key)") : VerificationTab::tr("equal");
    return VerificationTab::tr("DIFFERS");
}

}  // namespace

VerificationTab::VerificationTab(QWidget *parent) : QWidget(parent)
{
    m_summary = new QLabel(tr("Not verified yet."), this);
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_start = new QPushButton(tr("Verify now"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    m_copy = new QPushButton(tr("Copy repair SQL"), this);
    m_copy->setEnabled(false);
    m_copy->setToolTip(tr("The statements that make the destination equal to the source (deletes, updates, inserts), "
                          "for your SQL client; dts verify --repair applies them"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setTabKeyNavigation(false);  // arrows move between cells, Tab leaves the table
    m_table->setHorizontalHeaderLabels({tr("Table"), tr("Rows (source)"), tr("Rows (destination)"), tr("Missing"), tr("Extra"),
                                        tr("Different"), tr("Result")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rows = new QTextEdit(this);
    m_rows->setReadOnly(true);
    m_rows->setAcceptRichText(false);
    m_rows->setLineWrapMode(QTextEdit::NoWrap);
    m_rows->setPlaceholderText(tr("Select a table to see its differing rows and their repair SQL."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_copy);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_rows);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    connect(m_start, &QPushButton::clicked, this, &VerificationTab::start);
    connect(m_cancel, &QPushButton::clicked, this, &VerificationTab::cancel);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_report.repairScript()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &VerificationTab::showRows);
    connect(&m_watcher, &QFutureWatcher<verify::TableResult>::resultReadyAt, this, &VerificationTab::addResult);
    connect(&m_watcher, &QFutureWatcher<verify::TableResult>::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcher<verify::TableResult>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<verify::TableResult>::finished, this, &VerificationTab::done);
}

VerificationTab::~VerificationTab()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void VerificationTab::setTask(const TaskSpec &task, const QString &stateDir)
{
    m_task = task;
    m_stateDir = stateDir;
    m_ranForTask = false;
    const QString why = verify::notApplicable(task);
    m_start->setEnabled(why.isEmpty() && !isRunning());
    m_summary->setText(why.isEmpty() ? tr("Not verified yet.") : why);
}

void VerificationTab::start()
{
    if (isRunning())
        return;
    m_ranForTask = true;
    m_table->setRowCount(0);
    m_rows->clear();
    m_report = verify::Report();
    m_copy->setEnabled(false);
    m_start->setEnabled(false);
    m_cancel->setEnabled(true);
    m_summary->setText(tr("Verifying…"));
    verify::Options o = verify::Options::fromTask(m_task);
    o.stateDir = m_stateDir;
    m_started = QDateTime::currentMSecsSinceEpoch() / 1000.0;
    m_watcher.setFuture(verify::start(m_task, o));
}

void VerificationTab::startOnce()
{
    if (!m_ranForTask && verify::notApplicable(m_task).isEmpty())
        start();
}

void VerificationTab::cancel() { m_watcher.cancel(); }

void VerificationTab::addResult(int index)
{
    const verify::TableResult t = m_watcher.resultAt(index);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto set = [&](int column, const QString &text, bool number = false) {
        auto *item = new QTableWidgetItem(text);
        if (number)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, column, item);
    };
    set(Table, t.source.isEmpty() ? tr("(whole task)") : t.source == t.target ? t.source : t.source + QStringLiteral(" → ") + t.target);
    set(SourceRows, QLocale().toString(t.sourceRows), true);
    set(DestinationRows, QLocale().toString(t.destinationRows), true);
    set(Missing, t.keyless ? QStringLiteral("–") : QLocale().toString(t.missing), true);
    set(Extra, t.keyless ? QStringLiteral("–") : QLocale().toString(t.extra), true);
    set(Different, t.keyless ? QStringLiteral("–") : QLocale().toString(t.different), true);
    set(Result, resultOf(t) + (t.note.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(t.note)));
    if (!t.equal())
        for (int c = 0; c < ColumnCount; ++c)
            m_table->item(row, c)->setForeground(QColor(0xc6, 0x28, 0x28));
}

void VerificationTab::done()
{
    m_report = verify::reportOf(m_task, m_watcher.future(), QDateTime::currentMSecsSinceEpoch() / 1000.0 - m_started);
    m_start->setEnabled(true);
    m_cancel->setEnabled(false);
    m_copy->setEnabled(!m_report.repairStatements().isEmpty());
    m_summary->setText(summaryText());
    Q_EMIT finished();
}

QString VerificationTab::summaryText() const
{
    if (m_report.cancelled)
        return tr("Verification cancelled.");
    int differing = 0;
    for (const verify::TableResult &t : m_report.tables)
        differing += t.equal() ? 0 : 1;
    if (m_report.equal())
        return tr("Equal: %1 tables, %2 rows checked in %3 s.")
            .arg(m_report.tables.size())
            .arg(QLocale().toString(m_report.rowsChecked()))
            .arg(m_report.seconds, 0, 'f', 1);
    return tr("%1 of %2 tables differ or could not be verified (%3 rows checked).")
        .arg(differing)
        .arg(m_report.tables.size())
        .arg(QLocale().toString(m_report.rowsChecked()));
}

void VerificationTab::showRows()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_watcher.future().resultCount()) {
        m_rows->clear();
        return;
    }
    const verify::TableResult t = m_watcher.resultAt(rows.first().row());
    QString text;
    for (const verify::RowDiff &d : t.rows)
        text += QStringLiteral("%1  [%2%3]\n    %4;\n")
                    .arg(d.key, verify::toString(d.kind),
                         d.columns.isEmpty() ? QString() : QStringLiteral(": ") + d.columns.join(QStringLiteral(", ")), d.repairSql);
    if (t.truncated)
        text += tr("(more rows differ than are listed)\n");
    m_rows->setPlainText(text.isEmpty() ? (t.equal() ? tr("No differing rows.") : t.note + t.error) : text);
}

}  // namespace dts::ui
