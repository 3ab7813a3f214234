// proserv-editor's command line, run as a real process (offscreen).
#include "ProcessRunner.h"
#include "TestSupport.h"

#include "model/NativeFormat.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QStandardPaths>

#include <sys/stat.h>

class TestEditorCli : public QObject {
    Q_OBJECT

private slots:
    void help();
    void version();
    void helpAndVersionWithoutDisplay();
    void manPageNamesEveryOption();
    void badOption();
    void screenshotsOfEverySection();
    void hostileListingOpensNoFileItNames();
    void fileNameThatIsNotUtf8Opens();
};

namespace {
struct Result {
    int code;
    QString out;
    QString err;
};
Result runEditor(const QStringList& arguments)
{
    proserv::test::ProgramOptions options;
    options.environment = {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}};
    const proserv::test::ProgramRun editor
        = proserv::test::runProgram(QStringLiteral(PROSERV_EDITOR_BINARY), arguments, options);
    return {editor.status, editor.outText(), editor.errText()};
}
} // namespace

// A Latin-1 name ("caf\xE9") is bytes the file system holds: given on the
// command line, the editor opens that very file (Qt alone would decode the
// byte to U+FFFD and look for another name). The shell passes the raw byte.
void TestEditorCli::fileNameThatIsNotUtf8Opens()
{
    QTemporaryDir dir;
    const QByteArray name = QFile::encodeName(dir.path()) + "/caf\xE9.proserv.json";
    {
        const std::string example = proserv::test::readBytes(proserv::test::examplePath(QStringLiteral("needs-work.proserv.json")));
        std::FILE* file = std::fopen(name.constData(), "wb");
        QVERIFY(file);
        std::fwrite(example.data(), 1, example.size(), file);
        std::fclose(file);
    }
    const QString dump = dir.filePath(QStringLiteral("dump.proserv.json"));
    proserv::test::ProgramOptions options;
    options.environment = {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")},
        {QStringLiteral("LATIN1_DIR"), dir.path()}};
    const proserv::test::ProgramRun editor = proserv::test::runProgram(QStringLiteral("sh"),
        {QStringLiteral("-c"), QStringLiteral("exec \"$0\" \"$LATIN1_DIR/$(printf 'caf\\351').proserv.json\" \"$@\""),
            QStringLiteral(PROSERV_EDITOR_BINARY), QStringLiteral("--test-dump-listing"), dump},
        options);
    QVERIFY2(editor.exitedWith(0), qPrintable(editor.describe()));
    QVERIFY(proserv::test::loadOrFail(dump)
        == proserv::test::loadOrFail(proserv::test::examplePath(QStringLiteral("needs-work.proserv.json"))));
}

void TestEditorCli::help()
{
    const Result r = runEditor({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("[FILE]")));
    QVERIFY(r.out.contains(QStringLiteral("--version")));
}

void TestEditorCli::version()
{
    const Result r = runEditor({QStringLiteral("--version")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("proserv-editor " PROSERV_VERSION));
}

// --help and --version answer with no display at all (no X, no Wayland, no
// offscreen platform), as a terminal program does; the shipped editor has no
// test hooks.
void TestEditorCli::helpAndVersionWithoutDisplay()
{
    proserv::test::ProgramOptions noDisplay;
    noDisplay.unset = {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY")};
    for (const QString& option : {QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("--help-all"),
             QStringLiteral("--version"), QStringLiteral("-v")}) {
        const proserv::test::ProgramRun editor
            = proserv::test::runProgram(QStringLiteral(PROSERV_SHIPPED_EDITOR_BINARY), {option}, noDisplay);
        QVERIFY2(editor.exitedWith(0), qPrintable(editor.describe()));
        const QString out = editor.outText();
        QVERIFY2(out.contains(
                     !option.contains(QLatin1Char('v')) ? QStringLiteral("[FILE]") : QStringLiteral(PROSERV_VERSION)),
            qPrintable(out));
    }
    const proserv::test::ProgramRun hooked = proserv::test::runProgram(QStringLiteral(PROSERV_SHIPPED_EDITOR_BINARY),
        {QStringLiteral("--test-dump-listing"), QStringLiteral("x"), QStringLiteral("--help")}, noDisplay);
    QVERIFY2(hooked.exitedWith(2), qPrintable(hooked.describe()));
    QVERIFY(hooked.errText().contains(QStringLiteral("test-dump-listing")));
}

// The man page names every option --help lists.
void TestEditorCli::manPageNamesEveryOption()
{
    QFile page(QStringLiteral(PROSERV_SOURCE_DIR "/docs/man/proserv-editor.1"));
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString man = QString::fromUtf8(page.readAll());
    const proserv::test::ProgramRun editor
        = proserv::test::runProgram(QStringLiteral(PROSERV_SHIPPED_EDITOR_BINARY), {QStringLiteral("--help")});
    QVERIFY2(editor.exitedWith(0), qPrintable(editor.describe()));
    const QString help = editor.outText();
    int options = 0;
    for (const QRegularExpressionMatch& m : QRegularExpression(QStringLiteral("--([a-z][a-z-]*)")).globalMatch(help)) {
        const QString groff
            = QStringLiteral("\\-\\-") + QString(m.captured(1)).replace(QLatin1Char('-'), QStringLiteral("\\-"));
        QVERIFY2(man.contains(groff), qPrintable(groff));
        ++options;
    }
    QVERIFY(options >= 5);
}

void TestEditorCli::badOption()
{
    const Result r = runEditor({QStringLiteral("--frobnicate")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("frobnicate")));
}

void TestEditorCli::screenshotsOfEverySection()
{
    QTemporaryDir dir;
    const Result r = runEditor({QStringLiteral("--screenshot-dir"), dir.path(),
        proserv::test::examplePath(QStringLiteral("needs-work.proserv.json"))});
    QCOMPARE(r.code, 0);
    QStringList shots = QDir(dir.path()).entryList({QStringLiteral("*.png")});
    const QStringList ends = shots.filter(QStringLiteral("-end.png"));
    for (const QString& end : ends)
        shots.removeAll(end);
    QCOMPARE(shots.size(), 9); // one per section
    QVERIFY2(ends.contains(QStringLiteral("01-product-end.png")), qPrintable(ends.join(QLatin1Char(' ')))); // long page
    QImage first(QDir(dir.path()).filePath(shots.first()));
    QVERIFY(first.width() >= 1000 && first.height() >= 700);
}

// A stranger's listing names a local image, a FIFO, /dev/zero and a file
// outside its folder in markup, Markdown and its logo path. Opened for
// review and shown page by page, the editor opens none of them (strace).
void TestEditorCli::hostileListingOpensNoFileItNames()
{
    const QString missing = proserv::test::missingProgram(QStringLiteral("strace"), QStringLiteral("strace"));
    if (!missing.isEmpty())
        QSKIP(qPrintable(missing));
    QTemporaryDir dir, outside, shots;
    const QString canary = dir.filePath(QStringLiteral("canary.png"));
    const QString secret = outside.filePath(QStringLiteral("secret.png"));
    const QString fifo = dir.filePath(QStringLiteral("pipe.png"));
    QVERIFY(proserv::test::writeBytes(canary, "not an image"));
    QVERIFY(proserv::test::writeBytes(secret, "not an image"));
    QVERIFY(::mkfifo(fifo.toLocal8Bit().constData(), 0600) == 0);

    proserv::Listing listing = proserv::test::loadOrFail(
        proserv::test::examplePath(QStringLiteral("migration-readiness-assessment.proserv.json")));
    auto img = [](const QString& path) { return QStringLiteral("<img src=\"%1\">").arg(path).toStdString(); };
    listing.product.title = "{{" + img(QStringLiteral("file:///dev/zero")) + "}} TBD";
    listing.product.shortDescription = img(canary) + " " + img(fifo) + " TBD";
    listing.product.longDescription
        += "\n\n![a](canary.png) ![b](pipe.png) ![c](file://" + secret.toStdString() + ") " + img(secret);
    listing.product.highlights[0] = img(QStringLiteral("pipe.png")) + " XXX";
    listing.product.logoFile = secret.toStdString(); // outside the listing's folder
    const QString file = dir.filePath(QStringLiteral("hostile.proserv.json"));
    QVERIFY(proserv::test::writeBytes(file, proserv::serializeNative(listing)));

    const QString trace = shots.filePath(QStringLiteral("trace.txt"));
    proserv::test::ProgramOptions options;
    options.environment = {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}};
    const proserv::test::ProgramRun editor = proserv::test::runTraced(QStringLiteral("open,openat,openat2"), trace,
        QStringLiteral(PROSERV_EDITOR_BINARY),
        {QStringLiteral("--review"), QStringLiteral("--screenshot-dir"), shots.path(), file}, options);
    QVERIFY2(editor.exitedWith(0), qPrintable(editor.describe()));
    const QString opened = QString::fromStdString(proserv::test::readBytes(trace));
    QVERIFY2(opened.contains(QStringLiteral("hostile.proserv.json")), "the trace shows the listing itself being read");
    for (const QString& named : {canary, secret, fifo, QStringLiteral("/dev/zero")})
        QVERIFY2(!opened.contains(QLatin1Char('"') + named + QLatin1Char('"')),
            qPrintable(named + QStringLiteral(" was opened")));
}

QTEST_GUILESS_MAIN(TestEditorCli)
#include "tst_editorcli.moc"
