#include "app/EditorApplication.h"

#include "ui/listing/ListingForm.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QListWidget>
#include <QPixmap>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyleFactory>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace proserv {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ProServ Listing Editor"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("proserv-listing-editor.example"));
    QCoreApplication::setApplicationName(QStringLiteral("proserv-editor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROSERV_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("ProServ Listing Editor"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.proserv_listing_editor"));
    if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
}

bool asksForHelpOrVersion(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--") // what follows is a file name
            return false;
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v"
            || argument == "--version")
            return true;
    }
    return false;
}

EditorOptions parseEditorArguments(const QStringList& arguments, bool withTestHooks)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("EditorApplication",
        "Draft AWS Marketplace professional services listings, check them against the marketplace "
        "guidelines as you type, and export Catalog API change sets."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshots(QStringLiteral("screenshot-dir"),
        QCoreApplication::translate("EditorApplication", "Save a screenshot of every section to DIR and quit."),
        QCoreApplication::translate("EditorApplication", "DIR"));
    parser.addOption(screenshots);
    const QCommandLineOption review(QStringLiteral("review"),
        QCoreApplication::translate(
            "EditorApplication", "Open FILE read-only for review; comments go to FILE.review.json."));
    parser.addOption(review);
    QCommandLineOption testEdit(QStringLiteral("test-edit"), QStringLiteral("test hook"), QStringLiteral("EDIT"));
    QCommandLineOption testAnswer(
        QStringLiteral("test-recovery-answer"), QStringLiteral("test hook"), QStringLiteral("ANSWER"));
    QCommandLineOption testDump(
        QStringLiteral("test-dump-listing"), QStringLiteral("test hook"), QStringLiteral("OUT"));
    const QCommandLineOption firstPaint(QStringLiteral("quit-after-first-paint"),
        QCoreApplication::translate(
            "EditorApplication", "Quit as soon as the window has been painted (start-up benchmark)."));
    parser.addOption(firstPaint);
    if (withTestHooks)
        for (QCommandLineOption* hook : {&testEdit, &testAnswer, &testDump}) {
            hook->setFlags(QCommandLineOption::HiddenFromHelp);
            parser.addOption(*hook);
        }
    const QString file = QCoreApplication::translate("EditorApplication", "FILE");
    parser.addPositionalArgument(file,
        QCoreApplication::translate("EditorApplication",
            "A listing (*.proserv.json), a submitted change set or a "
            "DescribeEntity response to open."),
        QStringLiteral("[%1]").arg(file));
    EditorOptions options;
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "proserv-editor: %s\n", qPrintable(parser.errorText()));
        options.exitNow = true;
        options.exitCode = 2;
        return options;
    }
    if (parser.isSet(QStringLiteral("help-all")))
        parser.process(arguments); // prints the help with Qt's own options and exits with 0
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        options.exitNow = true;
        return options;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("proserv-editor %s\n", PROSERV_VERSION);
        options.exitNow = true;
        return options;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        std::fprintf(stderr, "proserv-editor: %s\n",
            qPrintable(QCoreApplication::translate("EditorApplication", "open one file at a time")));
        options.exitNow = true;
        options.exitCode = 2;
        return options;
    }
    if (!positional.isEmpty())
        options.file = positional.first();
    options.screenshotDir = parser.value(screenshots);
    options.review = parser.isSet(review);
    if (withTestHooks) {
        options.testEdits = parser.values(testEdit);
        options.testRecoveryAnswer = parser.value(testAnswer);
        options.testDumpListing = parser.value(testDump);
    }
    options.quitAfterFirstPaint = parser.isSet(firstPaint);
    if (options.review && options.file.isEmpty()) {
        std::fprintf(stderr, "proserv-editor: %s\n",
            qPrintable(QCoreApplication::translate("EditorApplication", "--review needs a FILE")));
        options.exitNow = true;
        options.exitCode = 2;
    }
    return options;
}

namespace {
class QuitAfterPaint : public QObject {
protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // Right after the main window's first paint is flushed: exit without
        // tearing the window down, so the measurement ends at the first paint
        // (bench/startup.sh). Before, only the timer was conditional on nothing:
        // it was armed by the first event of any kind.
        if (event->type() == QEvent::Paint && watched->isWidgetType())
            QTimer::singleShot(0, [] { std::_Exit(0); });
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

void quitAfterFirstPaint(QWidget* window)
{
    window->installEventFilter(new QuitAfterPaint);
}

int captureSections(MainWindow& window, const QString& directory)
{
    QDir().mkpath(directory);
    // Grab from the screen, so what is saved is what the display shows.
    const auto grab = [&window](const QString& path) {
        QApplication::processEvents();
        QThread::msleep(100);
        QApplication::processEvents();
        QPixmap shot = window.screen()->grabWindow(
            0, window.x(), window.y(), window.frameGeometry().width(), window.frameGeometry().height());
        if (shot.isNull() || QGuiApplication::platformName() == QLatin1String("offscreen"))
            shot = window.grab();
        return shot.save(path);
    };
    int written = 0;
    for (int i = 0; i < window.form()->sectionCount(); ++i) {
        window.sections()->setCurrentRow(i);
        // ASCII file names whatever the language ("Übersicht" → "ubersicht").
        QString name = window.form()->sectionTitle(i).normalized(QString::NormalizationForm_KD).toLower();
        name.remove(QRegularExpression(QStringLiteral("[^\\x{0}-\\x{7f}]")));
        name.replace(QRegularExpression(QStringLiteral("[^a-z]+")), QStringLiteral("-"));
        const QString base
            = QDir(directory).filePath(QStringLiteral("%1-%2").arg(i + 1, 2, 10, QLatin1Char('0')).arg(name));
        written += grab(base + QStringLiteral(".png")) ? 1 : 0;
        // A page taller than the window is also shown scrolled to its end, so
        // nothing below the fold goes unseen.
        if (auto* page = qobject_cast<QScrollArea*>(window.form()->currentWidget());
            page && page->verticalScrollBar()->maximum() > 0) {
            page->verticalScrollBar()->setValue(page->verticalScrollBar()->maximum());
            grab(base + QStringLiteral("-end.png"));
            page->verticalScrollBar()->setValue(0);
        }
    }
    return written;
}

} // namespace proserv
