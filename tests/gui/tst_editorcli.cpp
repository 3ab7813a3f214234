// proserv-editor's command line, run as a real process (offscreen).
#include "TestSupport.h"

#include <QProcess>

class TestEditorCli : public QObject {
    Q_OBJECT

private slots:
    void help();
    void version();
    void badOption();
    void screenshotsOfEverySection();
};

namespace {
struct Result {
    int code;
    QString out;
    QString err;
};
Result runEditor(const QStringList& arguments)
{
    QProcess editor;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    editor.setProcessEnvironment(env);
    editor.start(QStringLiteral(PROSERV_EDITOR_BINARY), arguments);
    editor.waitForFinished(60000);
    return {editor.exitCode(), QString::fromUtf8(editor.readAllStandardOutput()), QString::fromUtf8(editor.readAllStandardError())};
}
} // namespace

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
    const QStringList shots = QDir(dir.path()).entryList({QStringLiteral("*.png")});
    QCOMPARE(shots.size(), 9); // one per section
    QImage first(QDir(dir.path()).filePath(shots.first()));
    QVERIFY(first.width() >= 1000 && first.height() >= 700);
}

QTEST_GUILESS_MAIN(TestEditorCli)
#include "tst_editorcli.moc"
