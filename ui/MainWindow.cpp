#include "MainWindow.h"

#include <QLabel>

namespace dts::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("dts-studio"));
    auto *label = new QLabel(tr("The task wizard is on its way.\n\nMeanwhile: dts run TASK.json, "
                                "or dts run --sandbox for a local demo."));
    label->setAlignment(Qt::AlignCenter);
    label->setMargin(40);
    setCentralWidget(label);
    resize(640, 400);
}

}  // namespace dts::ui
