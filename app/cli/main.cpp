#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dts"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DTS_VERSION));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return dts::cli::run(args);
}
