#include "app/CheckCommand.h"
#include "qtsupport/FileNames.h"
#include "qtsupport/Translation.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

int main(int argc, char* argv[])
{
    // Before Qt opens anything: a closed standard input would hand descriptor
    // 0 to the next file opened, and "-" would read that.
    if (::fcntl(STDIN_FILENO, F_GETFD) == -1)
        proserv::markStandardInputClosed();
    // Only "report" draws (QTextDocument, QPdfWriter); it gets a GUI
    // application on the offscreen platform, everything else stays light.
    bool report = false;
    for (int i = 1; i < argc; ++i)
        report = report || std::strcmp(argv[i], "report") == 0;
    if (report && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt's GUI layer wants a runtime folder and warns on stderr without one
    // (typical in CI and over ssh); give it the private one it would use anyway.
    if (report && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray runtime = QByteArrayLiteral("/tmp/runtime-") + QByteArray::number(::getuid());
        ::mkdir(runtime.constData(), 0700);
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
    std::unique_ptr<QCoreApplication> app(report ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("proserv-check"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROSERV_VERSION));
    // Text output, --help and errors follow the user's language; --format json
    // and sarif stay English, as machine-readable formats.
    proserv::installTranslations(QLocale::system());
    // File names are bytes: a name that is not UTF-8 is kept, not guessed.
    return proserv::runCheckCommand(proserv::argumentsKeepingBytes(argc, argv));
}
