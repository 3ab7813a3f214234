#include "app/CheckCommand.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("proserv-check"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROSERV_VERSION));
    return proserv::runCheckCommand(QCoreApplication::arguments());
}
