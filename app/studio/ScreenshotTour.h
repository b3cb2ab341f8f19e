#pragma once
// dts-studio --sandbox --screenshots DIR (used by tests/gui/screenshots.sh): walks the wizard against
// the sandbox as a user would and saves a PNG of every page, the precheck details, the task file
// preview and the monitor during the run, then quits. Exit code 0 when every picture was taken.
#include <QString>

namespace dts::ui {
class MainWindow;
}

int runScreenshotTour(dts::ui::MainWindow &window, const QString &dir);
