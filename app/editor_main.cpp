#include "app/EditorApplication.h"
#include "model/NativeFormat.h"
#include "qtsupport/AtomicFile.h"
#include "qtsupport/FileNames.h"
#include "qtsupport/Translation.h"
#include "ui/document/ListingDocument.h"
#include "ui/form/DocumentForm.h"
#include "ui/listing/ListingForm.h"
#include "ui/shell/MainWindow.h"
#include "ui/form/UserPrompts.h"

#include <QApplication>
#include <QScreen>

#include <QCoreApplication>

#include <memory>

// The test build's editor (proserv-editor-test-hooks) takes the hidden
// --test-* options the crash-recovery tests drive it with; the shipped one does not.
#ifndef PROSERV_TEST_HOOKS
#define PROSERV_TEST_HOOKS 0
#endif

int main(int argc, char* argv[])
{
    if (proserv::asksForHelpOrVersion(argc, argv)) {
        // No display needed: answered by a core application, as a terminal program.
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("proserv-editor"));
        QCoreApplication::setApplicationVersion(QStringLiteral(PROSERV_VERSION));
        proserv::installTranslations(QLocale::system());
        return proserv::parseEditorArguments(QCoreApplication::arguments(), PROSERV_TEST_HOOKS).exitCode;
    }
    QApplication app(argc, argv);
    proserv::setApplicationIdentity();
    // Before the command line, so --help speaks the user's language too.
    proserv::installTranslations(QLocale::system());
    // File names are bytes: a name that is not UTF-8 is kept, not guessed
    // (argv as QApplication left it, without its own options).
    const proserv::EditorOptions options
        = proserv::parseEditorArguments(proserv::argumentsKeepingBytes(argc, argv), PROSERV_TEST_HOOKS);
    if (options.exitNow)
        return options.exitCode;

    proserv::MainWindow window;
    if (options.quitAfterFirstPaint)
        proserv::quitAfterFirstPaint(&window);
    window.show();
    if (options.review)
        window.openForReview(options.file);
    else if (!options.file.isEmpty())
        window.openFile(options.file);

    if (!options.testRecoveryAnswer.isEmpty()) {
        proserv::UserPrompts::setTesting(true);
        proserv::UserPrompts::setNextChoice(options.testRecoveryAnswer == QLatin1String("recover") ? 0 : 2);
    }
    window.offerRecovery();

    // The test hooks edit and dump the shown document, whichever type it is.
    proserv::FieldDocument* shown = window.currentEditor() ? window.currentEditor()->document() : window.document();
    for (const QString& edit : options.testEdits) {
        const qsizetype equals = edit.indexOf(QLatin1Char('='));
        const proserv::Json value = proserv::Json::parse(edit.mid(equals + 1).toStdString(), nullptr, false);
        shown->setField(edit.left(equals).toStdString(), value, QStringLiteral("test edit"));
    }
    if (!options.testDumpListing.isEmpty()) {
        shown = window.currentEditor() ? window.currentEditor()->document() : window.document();
        const QString failure
            = proserv::writeFileAtomically(options.testDumpListing, shown->nativeDocument().dump(2, ' ', false, proserv::Json::error_handler_t::replace) + "\n");
        shown->undoStack()->setClean(); // quit without asking
        window.close();
        return failure.isEmpty() ? 0 : 1;
    }
    if (!options.screenshotDir.isEmpty()) {
        // The whole screen, so the shots show what a seller with this screen sees
        // (xvfb-run -s "-screen 0 1280x800x24" checks the smallest supported
        // one); never less than that one (the offscreen platform's is 800×600).
        const QRect screen = window.screen()->availableGeometry();
        window.setGeometry(QRect(screen.topLeft(), screen.size().expandedTo(QSize(1280, 800))));
        const int written = proserv::captureSections(window, options.screenshotDir);
        return written == window.form()->sectionCount() ? 0 : 1;
    }
    return QApplication::exec();
}
