#include "app/EditorApplication.h"
#include "ui/ListingForm.h"
#include "ui/MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    proserv::setApplicationIdentity();
    const proserv::EditorOptions options = proserv::parseEditorArguments(QApplication::arguments());
    if (options.exitNow)
        return options.exitCode;

    proserv::MainWindow window;
    window.show();
    if (options.review)
        window.openForReview(options.file);
    else if (!options.file.isEmpty())
        window.openFile(options.file);
    if (!options.screenshotDir.isEmpty()) {
        window.resize(1280, 900);
        window.move(0, 0);
        const int written = proserv::captureSections(window, options.screenshotDir);
        return written == window.form()->sectionCount() ? 0 : 1;
    }
    return QApplication::exec();
}
