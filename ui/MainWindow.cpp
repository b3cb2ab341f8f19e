#include "MainWindow.h"

#include "common/Error.h"
#include "wizard/TaskWizard.h"

#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dts::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("dts-studio"));
    auto *page = new QWidget(this);
    auto *title = new QLabel(tr("Move a MySQL database: schema, every row, then the live changes."), page);
    title->setWordWrap(true);
    auto *create = new QPushButton(tr("New task…"), page);
    auto *open = new QPushButton(tr("Open task file…"), page);
    m_note = new QLabel(page);
    m_note->setWordWrap(true);
    m_note->setText(tr("The same engine runs headless: dts run TASK.json, or dts run --sandbox for a local demo."));
    connect(create, &QPushButton::clicked, this, [this] { openWizard(); });
    connect(open, &QPushButton::clicked, this, &MainWindow::openTaskFile);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(40, 40, 40, 40);
    layout->addWidget(title);
    layout->addSpacing(12);
    layout->addWidget(create);
    layout->addWidget(open);
    layout->addStretch(1);
    layout->addWidget(m_note);
    setCentralWidget(page);
    resize(640, 400);
}

void MainWindow::setNote(const QString &text) { m_note->setText(text); }

TaskWizard *MainWindow::openWizard(const TaskSpec *task)
{
    if (!m_wizard) {
        m_wizard = new TaskWizard(this);
        m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (task)
        m_wizard->setTask(*task);
    m_wizard->show();
    m_wizard->raise();
    return m_wizard;
}

void MainWindow::openTaskFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open task file"), QString(), tr("Task files (*.json)"));
    if (path.isEmpty())
        return;
    try {
        const TaskSpec task = TaskSpec::load(path);
        openWizard(&task);
    } catch (const Error &e) {
        setNote(tr("%1: %2 — %3").arg(path, e.message(), e.fix()));
    }
}

}  // namespace dts::ui
