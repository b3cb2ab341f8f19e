#include "ScreenshotTour.h"

#include "MainWindow.h"
#include "monitor/MonitorWidget.h"
#include "wizard/EndpointForm.h"
#include "wizard/TaskWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <cstdio>
#include <functional>

namespace {

// Lets the event loop run until `done` or the timeout; false on timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

void settle(int ms) { waitFor([] { return false; }, ms); }

}  // namespace

int runScreenshotTour(dts::ui::MainWindow &window, const QString &dir)
{
    using dts::ui::TaskWizard;
    QDir().mkpath(dir);
    int failures = 0;
    auto shoot = [&](QWidget *w, const QString &name) {
        settle(300);
        const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
        if (!w->grab().save(path)) {
            fprintf(stderr, "could not save %s\n", qPrintable(path));
            ++failures;
        } else {
            fprintf(stderr, "saved %s\n", qPrintable(path));
        }
    };
    auto step = [&](bool ok, const char *what) {
        if (!ok) {
            fprintf(stderr, "screenshot tour: %s did not happen in time\n", what);
            ++failures;
        }
        return ok;
    };

    shoot(&window, QStringLiteral("00-start"));
    auto *w = window.findChild<TaskWizard *>();
    if (!step(w != nullptr, "the sandbox wizard"))
        return 1;
    w->resize(1100, 800);
    w->endpoints->source->testButton()->click();
    w->endpoints->destination->testButton()->click();
    step(waitFor([&] { return w->endpoints->source->testResult() == TaskWizard::tr("Passed") || !w->endpoints->source->isTesting(); }, 20000) &&
             waitFor([&] { return !w->endpoints->destination->isTesting(); }, 20000),
         "Test Connectivity");
    shoot(w, QStringLiteral("01-endpoints"));

    w->next();
    step(waitFor([&] { return w->objects->loaded(); }, 20000), "the source tree");
    if (QTreeWidgetItem *shop = w->objects->tree->findItems(QStringLiteral("shop"), Qt::MatchExactly).value(0)) {
        shop->setExpanded(true);
        waitFor([&] { return shop->childCount() > 0; }, 10000);
        w->objects->tree->setCurrentItem(shop);
    }
    shoot(w, QStringLiteral("02-objects"));
    w->next();
    shoot(w, QStringLiteral("03-advanced"));
    w->next();
    shoot(w, QStringLiteral("04-verification"));
    w->next();
    step(w->currentId() == TaskWizard::Precheck, "the precheck page");
    step(waitFor([&] { return !w->precheck->isRunning() && w->precheck->table->rowCount() > 0; }, 60000), "the precheck");
    shoot(w, QStringLiteral("05-precheck"));
    int row = -1;
    for (int r = 0; r < w->precheck->table->rowCount() && row < 0; ++r)
        if (w->precheck->table->item(r, 0)->text() != dts::ui::PrecheckPage::tr("Passed"))
            row = r;
    if (auto *details = w->precheck->showDetails(row >= 0 ? row : 0)) {
        shoot(details, QStringLiteral("06-precheck-details"));
        details->close();
    }
    QDialog *preview = w->showPreview();
    preview->show();
    shoot(preview, QStringLiteral("07-task-file-preview"));
    preview->close();

    w->next();
    dts::ui::MonitorWidget *m = w->run->monitor;
    step(waitFor([&] { return m->bannerText().startsWith(dts::ui::MonitorWidget::tr("Incremental")); }, 300000), "incremental");
    shoot(w, QStringLiteral("08-monitor-full-data-done"));
    waitFor([&] { return m->latencyPoints() >= 20; }, 60000);  // some history on the charts
    shoot(m, QStringLiteral("09-monitor"));
    m->controller().stop();
    waitFor([&] { return !m->controller().isRunning(); }, 30000);
    return failures == 0 ? 0 : 1;
}
