#include "monitor/MonitorWidget.h"

#include "common/Log.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include "monitor/Plot.h"
#include "verify/VerificationTab.h"

namespace dts::ui {

namespace {

QCustomPlot *makePlot(const QString &title, const QString &unit, QWidget *parent)
{
    auto *plot = new QCustomPlot(parent);
    plot->setMinimumHeight(140);
    plot->addGraph();
    plot->graph(0)->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 1.5));
    plot->graph(0)->setBrush(QBrush(QColor(0x1f, 0x77, 0xb4, 40)));
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("HH:mm:ss"));
    plot->xAxis->setTicker(ticker);
    plot->yAxis->setLabel(unit);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, title, QFont(plot->font().family(), -1, QFont::Bold)));
    plot->setMouseTracking(true);
    return plot;
}

QString formatCount(qint64 n) { return QLocale().toString(n); }

QString formatDuration(double seconds)
{
    if (seconds < 0)
        return QStringLiteral("—");
    const qint64 s = qint64(seconds + 0.5);
    return s >= 3600 ? QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void setCell(QTableWidget *t, int row, int column, const QString &text, bool number = true)
{
    QTableWidgetItem *item = t->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        if (number)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, column, item);
    }
    if (item->text() != text)
        item->setText(text);
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setTabKeyNavigation(false);  // arrows move between cells, Tab leaves the table
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    return t;
}

}  // namespace

MonitorWidget::MonitorWidget(QWidget *parent) : QWidget(parent)
{
    m_banner = new QLabel(tr("Not started"), this);
    m_banner->setObjectName(QStringLiteral("stateBanner"));
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    QFont bannerFont = m_banner->font();
    bannerFont.setPointSizeF(bannerFont.pointSizeF() * 1.2);
    bannerFont.setBold(true);
    m_banner->setFont(bannerFont);

    m_latency = makePlot(tr("Latency"), tr("ms"), this);
    m_rps = makePlot(tr("Records per second"), tr("RPS"), this);
    connect(m_latency, &QCustomPlot::mouseMove, this, [this](QMouseEvent *e) { showValueAt(m_latency, e, tr("ms")); });
    connect(m_rps, &QCustomPlot::mouseMove, this, [this](QMouseEvent *e) { showValueAt(m_rps, e, tr("records/s")); });

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_eta = new QLabel(this);

    m_fullTable = makeTable({tr("Table"), tr("State"), tr("Rows done"), tr("Rows estimated"), tr("%"), tr("Rows/s")}, this);
    m_incTable = makeTable({tr("Table"), tr("Inserts"), tr("Updates"), tr("Deletes"), tr("DDLs")}, this);

    auto *logPage = new QWidget(this);
    m_level = new QComboBox(logPage);
    m_level->addItem(tr("Debug and above"), int(spdlog::level::debug));
    m_level->addItem(tr("Info and above"), int(spdlog::level::info));
    m_level->addItem(tr("Warnings and errors"), int(spdlog::level::warn));
    m_level->addItem(tr("Errors only"), int(spdlog::level::err));
    m_level->setCurrentIndex(1);
    m_search = new QLineEdit(logPage);
    m_search->setPlaceholderText(tr("Search the log"));
    m_search->setClearButtonEnabled(true);
    m_log = new QPlainTextEdit(logPage);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(20000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_level, &QComboBox::currentIndexChanged, this, &MonitorWidget::refilterLog);
    connect(m_search, &QLineEdit::textChanged, this, &MonitorWidget::refilterLog);
    auto *logTop = new QHBoxLayout;
    logTop->addWidget(m_level);
    logTop->addWidget(m_search, 1);
    auto *logLayout = new QVBoxLayout(logPage);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addLayout(logTop);
    logLayout->addWidget(m_log);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_fullTable, tr("Full data"));
    m_tabs->addTab(m_incTable, tr("Incremental"));
    m_tabs->addTab(logPage, tr("Log"));
    m_verification = new VerificationTab(this);
    m_tabs->addTab(m_verification, tr("Verification"));

    m_pause = new QPushButton(tr("Pause"), this);
    m_stop = new QPushButton(tr("Stop"), this);
    m_pause->setEnabled(false);
    m_stop->setEnabled(false);
    m_pause->setToolTip(tr("Stop at a transaction boundary; Resume continues from the checkpoint"));
    m_stop->setToolTip(tr("Stop the task at a transaction boundary"));
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_paused) {
            m_paused = false;
            run(m_task, m_options);
        } else if (m_controller.isRunning()) {
            m_paused = true;
            m_pause->setEnabled(false);
            setBanner(tr("Pausing…"), QStringLiteral("#f0ad4e"));
            m_controller.stop();
        }
    });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_paused = false;
        m_stop->setEnabled(false);
        m_controller.stop();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_eta);
    buttons->addSpacing(12);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_stop);

    auto *charts = new QHBoxLayout;
    charts->addWidget(m_latency);
    charts->addWidget(m_rps);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(charts, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 3);

    connect(&m_controller, &TaskController::stateChanged, this, &MonitorWidget::onState);
    connect(&m_controller, &TaskController::sampled, this, &MonitorWidget::onSample);
    connect(&m_controller, &TaskController::logLine, this, &MonitorWidget::onLog);
    connect(&m_controller, &TaskController::finished, this, &MonitorWidget::onFinished);
}

void MonitorWidget::run(const TaskSpec &task, const RunOptions &options)
{
    m_task = task;
    m_options = options;
    m_options.reset = false;  // a resume never starts over
    m_pause->setText(tr("Pause"));
    m_pause->setEnabled(true);
    m_stop->setEnabled(true);
    setBanner(tr("Starting…"), QStringLiteral("#5bc0de"));
    m_controller.start(task, options);
    m_verification->setTask(task, options.stateDir);
}

QString MonitorWidget::bannerText() const { return m_banner->text(); }
int MonitorWidget::latencyPoints() const { return m_latency->graph(0)->dataCount(); }
int MonitorWidget::rpsPoints() const { return m_rps->graph(0)->dataCount(); }

void MonitorWidget::setBanner(const QString &text, const QString &color)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(QStringLiteral("QLabel#stateBanner { background: %1; color: white; border-radius: 4px; }").arg(color));
}

void MonitorWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_latency->replot(QCustomPlot::rpQueuedReplot);
    m_rps->replot(QCustomPlot::rpQueuedReplot);
}

void MonitorWidget::onState(int state)
{
    m_state = state;
    // The task's "verification" step: once the full data is in (during incremental, or at the end).
    if (m_task.verification.enabled && (TaskState(state) == TaskState::Incremental || TaskState(state) == TaskState::Finished))
        m_verification->startOnce();
    switch (TaskState(state)) {
    case TaskState::Checking: setBanner(tr("Prechecking"), QStringLiteral("#5bc0de")); break;
    case TaskState::Schema: setBanner(tr("Schema"), QStringLiteral("#5bc0de")); break;
    case TaskState::FullData: setBanner(tr("Full data"), QStringLiteral("#337ab7")); m_tabs->setCurrentIndex(0); break;
    case TaskState::Incremental: setBanner(tr("Incremental"), QStringLiteral("#337ab7")); m_tabs->setCurrentIndex(1); break;
    case TaskState::Verifying: setBanner(tr("Verifying"), QStringLiteral("#337ab7")); break;
    default: break;
    }
}

void MonitorWidget::onSample(const MetricsSnapshot &s)
{
    const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    const bool incremental = s.incremental.active;
    const double rps = incremental ? s.incremental.rowsPerSecond : s.rowsPerSecond;
    if (m_controller.isRunning()) {
        m_rps->graph(0)->addData(now, rps);
        if (incremental && s.incremental.latencyMs >= 0)
            m_latency->graph(0)->addData(now, double(s.incremental.latencyMs));
    }
    for (QCustomPlot *plot : {m_latency, m_rps}) {
        plot->graph(0)->data()->removeBefore(now - kWindowSeconds);
        plot->xAxis->setRange(now - kWindowSeconds, now);
        bool found = false;
        const QCPRange values = plot->graph(0)->getValueRange(found);
        plot->yAxis->setRange(0, found && values.upper > 0 ? values.upper * 1.15 : 1);
        // A replot renders the whole chart (the longest event the GUI thread handles during a sync):
        // skip it while the chart cannot be seen; showEvent catches up.
        if (plot->isVisible())
            plot->replot(QCustomPlot::rpQueuedReplot);
    }
    if (incremental && s.incremental.retrySecondsLeft >= 0)
        setBanner(tr("Retrying — %1 s left: %2").arg(s.incremental.retrySecondsLeft).arg(s.incremental.retryReason),
                  QStringLiteral("#f0ad4e"));
    else if (incremental && TaskState(m_state) == TaskState::Incremental)
        setBanner(tr("Incremental — latency %1 ms%2").arg(s.incremental.latencyMs).arg(s.incremental.latencyFromLastEvent ? tr(" (from the last event)") : QString()),
                  QStringLiteral("#337ab7"));

    // Full data: one row per table.
    m_fullTable->setRowCount(int(s.tables.size()));
    for (int i = 0; i < s.tables.size(); ++i) {
        const TableSnapshot &t = s.tables[i];
        const double pct = t.finished ? 100.0 : t.rowsEstimate > 0 ? qMin(99.9, 100.0 * double(t.rows) / double(t.rowsEstimate)) : 0.0;
        setCell(m_fullTable, i, 0, t.id == t.target ? t.id : QStringLiteral("%1 → %2").arg(t.id, t.target), false);
        setCell(m_fullTable, i, 1, t.finished ? tr("Completed") : t.chunksDone > 0 || t.rows > 0 ? tr("Running") : tr("Waiting"), false);
        setCell(m_fullTable, i, 2, formatCount(t.rows));
        setCell(m_fullTable, i, 3, formatCount(t.rowsEstimate));
        setCell(m_fullTable, i, 4, QString::number(pct, 'f', 1));
        setCell(m_fullTable, i, 5, t.seconds > 0 ? formatCount(qint64(double(t.rows) / t.seconds)) : QStringLiteral("—"));
    }
    if (s.rowsEstimate > 0 && !incremental) {
        m_progress->setValue(int(qMin<qint64>(1000, s.rows * 1000 / s.rowsEstimate)));
        m_eta->setText(tr("%1 of %2 rows, ETA %3").arg(formatCount(s.rows), formatCount(s.rowsEstimate), formatDuration(s.etaSeconds)));
    } else if (incremental) {
        m_progress->setValue(1000);
        m_eta->setText(tr("%1 rows, %2 transactions applied").arg(formatCount(s.incremental.rows), formatCount(s.incremental.transactions)));
    }

    // Incremental: per destination table, sorted by name.
    QStringList names = s.incremental.tables.keys();
    names.sort();
    m_incTable->setRowCount(int(names.size()));
    for (int i = 0; i < names.size(); ++i) {
        const TableCounters &c = s.incremental.tables[names[i]];
        setCell(m_incTable, i, 0, names[i], false);
        setCell(m_incTable, i, 1, formatCount(c.inserts));
        setCell(m_incTable, i, 2, formatCount(c.updates));
        setCell(m_incTable, i, 3, formatCount(c.deletes));
        setCell(m_incTable, i, 4, formatCount(c.ddls));
    }
}

void MonitorWidget::onLog(int level, const QString &text)
{
    m_lines << qMakePair(level, text);
    if (m_lines.size() > 20000)
        m_lines.remove(0, m_lines.size() - 20000);
    const QString needle = m_search->text();
    if (level >= m_level->currentData().toInt() && (needle.isEmpty() || text.contains(needle, Qt::CaseInsensitive)))
        m_log->appendPlainText(text);
}

void MonitorWidget::refilterLog()
{
    const int min = m_level->currentData().toInt();
    const QString needle = m_search->text();
    QStringList shown;
    for (const auto &[level, text] : m_lines)
        if (level >= min && (needle.isEmpty() || text.contains(needle, Qt::CaseInsensitive)))
            shown << text;
    m_log->setPlainText(shown.join(QLatin1Char('\n')));
}

void MonitorWidget::onFinished(bool ok, bool stoppedByUser, const QString &error, const QString &fix)
{
    m_stop->setEnabled(false);
    if (!ok) {
        m_paused = false;
        m_pause->setEnabled(false);
        setBanner(fix.isEmpty() ? tr("Failed: %1").arg(error) : tr("Failed: %1 — fix: %2").arg(error, fix), QStringLiteral("#d9534f"));
        onLog(int(spdlog::level::err), error);
        return;
    }
    if (m_paused) {
        m_pause->setText(tr("Resume"));
        m_pause->setEnabled(true);
        setBanner(tr("Paused at %1").arg(m_controller.summary().endPosition.toString()), QStringLiteral("#f0ad4e"));
        return;
    }
    m_pause->setEnabled(false);
    setBanner(stoppedByUser ? tr("Stopped at %1").arg(m_controller.summary().endPosition.toString()) : tr("Completed"),
              QStringLiteral("#5cb85c"));
}

void MonitorWidget::showValueAt(QCustomPlot *plot, QMouseEvent *event, const QString &unit)
{
    const double x = plot->xAxis->pixelToCoord(event->position().x());
    const auto data = plot->graph(0)->data();
    if (data->isEmpty())
        return;
    auto it = data->findBegin(x, false);
    if (it == data->constEnd())
        --it;
    QToolTip::showText(event->globalPosition().toPoint(),
                       QStringLiteral("%1  %2 %3")
                           .arg(QDateTime::fromMSecsSinceEpoch(qint64(it->key * 1000)).toString(QStringLiteral("HH:mm:ss")))
                           .arg(it->value, 0, 'f', it->value < 10 ? 1 : 0)
                           .arg(unit),
                       plot);
}

}  // namespace dts::ui
