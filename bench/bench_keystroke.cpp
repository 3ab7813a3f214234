// Keystroke latency of the editor: type into the long description of a
// listing with 5,000-character descriptions and 24 pricing dimensions and
// measure from the key event to the updated inline decoration (the document
// revalidates and the form redraws its messages synchronously, so the time
// until QTest::keyClick returns plus pending events is that latency).
// Prints median and 99th percentile. Usage: bench_keystroke [KEYSTROKES]
#include "LargeListing.h"
#include "app/EditorApplication.h"
#include "ui/form/FieldBlock.h"
#include "ui/document/ListingDocument.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char* argv[])
{
    qputenv(
        "QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    proserv::setApplicationIdentity();
    const int keystrokes = argc > 1 ? std::atoi(argv[1]) : 1000;
    // "single": the description is one 5,000-character paragraph (worst case
    // for text layout); default: Markdown paragraphs as sellers write them.
    const bool singleParagraph = argc > 2 && std::string(argv[2]) == "single";

    const proserv::Listing listing = proserv::bench::largestListing(!singleParagraph);

    proserv::MainWindow window;
    window.resize(1280, 900);
    window.show();
    window.document()->reset(listing, QString(), proserv::DocumentKind::Native);
    auto* editor = window.findChild<QPlainTextEdit*>(QStringLiteral("/product/longDescription"));
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QApplication::processEvents();

    // Typing crosses the 5,000-character limit, so the inline error appears
    // and its text (with the count) changes on every key: the worst case.
    std::vector<double> samples;
    samples.reserve(static_cast<std::size_t>(keystrokes));
    const QString text = QStringLiteral("the quick brown fox jumps over the lazy dog ");
    for (int i = 0; i < keystrokes; ++i) {
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(editor, text[i % text.size()].toLatin1());
        QApplication::processEvents();
        samples.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    auto percentile = [&](double p) { return samples[static_cast<std::size_t>(p * (samples.size() - 1))]; };
    std::printf("%s; keystrokes: %d, long description now %zu characters, findings: %zu\n",
        singleParagraph ? "one 5,000-character paragraph" : "Markdown paragraphs", keystrokes,
        window.document()->listing().product.longDescription.size(), window.document()->findings().size());
    std::printf("latency key event -> updated decoration: median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
        percentile(0.5), percentile(0.9), percentile(0.99), samples.back());
    window.document()->undoStack()->setClean();
    return 0;
}
