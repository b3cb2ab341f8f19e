#include "MainWindow.h"

#include <QApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dts-studio"));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("dts"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    dts::ui::MainWindow window;
    window.show();
    return app.exec();
}
