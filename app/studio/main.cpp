#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "common/Error.h"
#include "sandbox/SandboxPair.h"
#include "wizard/TaskWizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QSettings>
#include <QTranslator>
#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dts-studio"));
    QApplication::setOrganizationName(QStringLiteral("dts-studio"));
    // The system locale's language unless one was chosen in the Language menu.
    const QString language = QSettings().value(QStringLiteral("language")).toString();
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QLocale::setDefault(locale);
    QTranslator translator, qtTranslator;
    if (translator.load(locale, QStringLiteral("dts"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    // Qt's own strings (dialog buttons, context menus) from the system's Qt translations, when installed.
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The dts-studio task wizard and monitor"));
    parser.addHelpOption();
    QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
                                     QStringLiteral("start a local source (sample data, light write load) and destination "
                                                    "and open the wizard filled in for them"));
    QCommandLineOption scaleOption(QStringLiteral("scale"), QStringLiteral("sandbox data size (1.0: about 200,000 rows)"),
                                   QStringLiteral("x"), QStringLiteral("0.2"));
    QCommandLineOption screenshotsOption(QStringLiteral("screenshots"),
                                         QStringLiteral("with --sandbox: walk every page, save PNGs into DIR, and quit"),
                                         QStringLiteral("DIR"));
    parser.addOption(sandboxOption);
    parser.addOption(scaleOption);
    parser.addOption(screenshotsOption);
    parser.process(app);

    dts::ui::MainWindow window;
    QObject::connect(&window, &dts::ui::MainWindow::restartRequested, &app, [&] {
        // The same command line (a --sandbox start makes its sandbox again: this one stops on quit).
        if (QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1)))
            window.close();
        else
            window.setNote(QObject::tr("dts-studio could not be started again: start it yourself."));
    });
    window.show();
    std::unique_ptr<dts::sandbox::SandboxPair> sandbox;
    if (parser.isSet(sandboxOption)) {
        try {
            printf("starting the sandbox source and destination (mariadbd on 127.0.0.1)…\n");
            fflush(stdout);
            sandbox = std::make_unique<dts::sandbox::SandboxPair>(parser.value(scaleOption).toDouble());
            sandbox->startWriteLoad(5);
            const dts::TaskSpec task = sandbox->task(true);
            window.openWizard(&task);
            window.setNote(QObject::tr("Sandbox: source 127.0.0.1:%1, destination 127.0.0.1:%2; a light write load runs "
                                       "on the source. They stop when dts-studio closes.")
                               .arg(sandbox->source().port())
                               .arg(sandbox->destination().port()));
        } catch (const dts::Error &e) {
            window.setNote(QObject::tr("The sandbox did not start: %1 — %2").arg(e.message(), e.fix()));
        }
    }
    if (parser.isSet(screenshotsOption))
        return sandbox ? runScreenshotTour(window, parser.value(screenshotsOption)) : 1;
    const int code = app.exec();
    return code;
}
