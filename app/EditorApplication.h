// Start-up of proserv-editor, apart from main() so tests can use it:
// application identity, command line, the Fusion style.
#pragma once

#include <QStringList>

class QApplication;
class QWidget;

namespace proserv {

class MainWindow;

void setApplicationIdentity();

struct EditorOptions {
    QString file;
    bool review = false; // --review: open FILE read-only for review
    // Test hooks (hidden from --help) used by the crash-recovery test, which
    // drives a real editor process it then kills.
    QStringList testEdits; // --test-edit POINTER=JSON
    QString testRecoveryAnswer; // --test-recovery-answer recover|discard
    QString testDumpListing; // --test-dump-listing OUT: write the document and quit
    bool quitAfterFirstPaint = false; // --quit-after-first-paint: for start-up benchmarks
    QString screenshotDir; // --screenshot-dir: capture every section, then quit
    bool exitNow = false;
    int exitCode = 0;
};

// Parses --help, --version and [FILE]; prints to stdout/stderr. The test
// hooks are options only when `withTestHooks` (the test build's editor,
// proserv-editor-test-hooks); the shipped editor refuses them as unknown.
EditorOptions parseEditorArguments(const QStringList& arguments, bool withTestHooks = false);

// --help, -h, --help-all, --version or -v anywhere on the command line: they
// are answered before any GUI application exists, so they work with no display.
bool asksForHelpOrVersion(int argc, char* argv[]);

// Shows each section in turn and saves a PNG of the window per section
// (docs/screenshots). Returns the number of files written.
int captureSections(MainWindow& window, const QString& directory);

// Quits the application right after `window` has painted for the first time.
void quitAfterFirstPaint(QWidget* window);

} // namespace proserv
