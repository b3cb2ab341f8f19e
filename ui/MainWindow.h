#pragma once
// The main window. The wizard and the monitor arrive with their own issue; for now it points to the CLI.
#include <QMainWindow>

namespace dts::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

}  // namespace dts::ui
