#include "MainWindow.h"

#include "Icons.h"
#include "common/Error.h"
#include "store/StudioStore.h"
#include "wizard/TaskWizard.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace dts::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("dts-studio"));
    setWindowIcon(icon(QStringLiteral("dts-studio")));
    auto *page = new QWidget(this);
    auto *title = new QLabel(tr("Move a MySQL database: schema, every row, then the live changes."), page);
    title->setWordWrap(true);
    auto *create = new QPushButton(tr("New task…"), page);
    auto *open = new QPushButton(tr("Open task file…"), page);
    recent = new QListWidget(page);
    recent->setToolTip(tr("Recent task files: Enter or double-click opens one"));
    m_note = new QLabel(page);
    m_note->setWordWrap(true);
    m_note->setText(tr("The same engine runs headless: dts run TASK.json, or dts run --sandbox for a local demo."));
    connect(create, &QPushButton::clicked, this, [this] { openWizard(); });
    connect(open, &QPushButton::clicked, this, &MainWindow::chooseTaskFile);
    connect(recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openTaskFile(item->data(Qt::UserRole).toString()); });
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(40, 40, 40, 40);
    layout->addWidget(title);
    layout->addSpacing(12);
    layout->addWidget(create);
    layout->addWidget(open);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("Recent tasks:"), page));
    layout->addWidget(recent, 1);
    layout->addWidget(m_note);
    setCentralWidget(page);

    // Language: the system's unless chosen here; applied when dts-studio starts again (see app/studio).
    QMenu *language = menuBar()->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    for (const auto &[code, label] : {std::pair{QString(), tr("System language")}, std::pair{QStringLiteral("en"), QStringLiteral("English")},
                                      std::pair{QStringLiteral("zh_CN"), QStringLiteral("简体中文")}}) {
        QAction *a = language->addAction(label);
        a->setCheckable(true);
        a->setChecked(code == chosen);
        a->setData(code);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }
    setTabOrder(create, open);
    setTabOrder(open, recent);
    create->setFocus();
    reloadRecent();
    resize(640, 480);
}

void MainWindow::chooseLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("language"), code);
    // Every page builds its texts once: the new language needs a new start. Offered only while no
    // wizard is open, so that no task being edited or running is closed by it.
    if (m_wizard) {
        setNote(tr("The language changes when dts-studio starts again (after the task open in the wizard)."));
        return;
    }
    setNote(tr("The language changes when dts-studio starts again."));
    if (QMessageBox::question(this, tr("Language"), tr("Restart dts-studio now in the chosen language?")) == QMessageBox::Yes)
        Q_EMIT restartRequested();
}

void MainWindow::setNote(const QString &text) { m_note->setText(text); }
QString MainWindow::note() const { return m_note->text(); }

void MainWindow::reloadRecent()
{
    recent->clear();
    try {
        StudioStore store;
        for (const StudioStore::Recent &r : store.recent()) {
            auto *item = new QListWidgetItem(tr("%1 — %2 (%3)").arg(r.name, r.path, QLocale().toString(r.used, QLocale::ShortFormat)), recent);
            item->setData(Qt::UserRole, r.path);
        }
    } catch (const Error &e) {
        setNote(tr("Recent tasks are not available: %1").arg(e.message()));
    }
}

TaskWizard *MainWindow::openWizard(const TaskSpec *task)
{
    if (!m_wizard) {
        m_wizard = new TaskWizard(this);
        m_wizard->setAttribute(Qt::WA_DeleteOnClose);
        m_wizard->setWindowIcon(windowIcon());
    }
    if (task)
        m_wizard->setTask(*task);
    m_wizard->show();
    m_wizard->raise();
    return m_wizard;
}

TaskWizard *MainWindow::openTaskFile(const QString &path)
{
    try {
        const TaskSpec task = TaskSpec::load(path, TaskSpec::Secrets::MayBeMissing);
        StudioStore().addRecent(path, task.name);
        reloadRecent();
        TaskWizard *w = openWizard(&task);
        w->setTaskPath(path);
        return w;
    } catch (const Error &e) {
        setNote(tr("%1: %2 — %3").arg(path, e.message(), e.fix()));
        return nullptr;
    }
}

void MainWindow::chooseTaskFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open task file"), QString(), tr("Task files (*.json)"));
    if (!path.isEmpty())
        openTaskFile(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The wizard asks when its task runs; closing it refused means staying open.
    if (m_wizard && m_wizard->isVisible() && !m_wizard->close()) {
        event->ignore();
        return;
    }
    event->accept();
}

}  // namespace dts::ui
