// proserv-check, run in-process: loading, export, convert, exit codes.
#include "TestSupport.h"

#include "CheckRunner.h"
#include "model/ChangeSetExport.h"
#include "model/NativeFormat.h"

#include <QTemporaryDir>

#include <cstdio>

using namespace proserv;

namespace {

using Run = test::CheckRun;
using test::check;

const QString kComplete = test::examplePath(QStringLiteral("migration-readiness-assessment.proserv.json"));

} // namespace

class TestCheckCommand : public QObject {
    Q_OBJECT

private slots:
    void helpAndVersion();
    void loadsManyFiles();
    void unreadableInputExitsTwo();
    void exportWritesChangeSet();
    void exportDetailsString();
    void convertChangeSetToNative();
    void convertCanonicalisesNative();
    void failedWriteLeavesNoFile();
    void usageErrors();
};

void TestCheckCommand::helpAndVersion()
{
    const Run help = check({QStringLiteral("--help")});
    QCOMPARE(help.status, 0);
    QVERIFY(help.out.contains(QStringLiteral("proserv-check export FILE -o OUT.json")));
    QVERIFY(help.out.contains(QStringLiteral("--warnings-as-errors")));
    QVERIFY(help.out.contains(QStringLiteral("Exit status")));
    const Run version = check({QStringLiteral("--version")});
    QCOMPARE(version.status, 0);
    QCOMPARE(version.out, QStringLiteral("proserv-check " PROSERV_VERSION "\n"));
}

void TestCheckCommand::loadsManyFiles()
{
    const QStringList files = test::exampleFiles();
    const Run run = check(files);
    QCOMPARE(run.status, 1); // the minimal example is an unfinished draft
    QVERIFY(run.out.contains(QStringLiteral("minimal.proserv.json:")));
    QVERIFY(!run.out.contains(QStringLiteral("migration-readiness-assessment.proserv.json:")));
    QVERIFY(run.err.isEmpty());
}

void TestCheckCommand::unreadableInputExitsTwo()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.proserv.json"));
    QVERIFY(test::writeBytes(bad, "{\"formatVersion\": 1,\n  \"product\": 3}"));
    const Run run = check({kComplete, bad});
    QCOMPARE(run.status, 2);
    QVERIFY(run.out.endsWith(QStringLiteral("0 errors, 0 warnings\n"))); // the good file is still checked
    QCOMPARE(run.err, bad + QStringLiteral(":2:14: error: expected an object, found an integer [/product]\n"));
}

void TestCheckCommand::exportWritesChangeSet()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.json"));
    const Run run = check({QStringLiteral("export"), kComplete, QStringLiteral("-o"), out});
    QCOMPARE(run.status, 0);
    QCOMPARE(test::readBytes(out), serializeChangeSet(test::loadOrFail(kComplete)));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary file left behind
}

void TestCheckCommand::exportDetailsString()
{
    const Run run = check({QStringLiteral("export"), kComplete, QStringLiteral("--details-string"), QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(run.status, 0);
    const Json request = Json::parse(run.out.toStdString());
    QVERIFY(request["ChangeSet"][1]["Details"].is_string());
}

void TestCheckCommand::convertChangeSetToNative()
{
    QTemporaryDir dir;
    const QString changeSet = dir.filePath(QStringLiteral("cs.json"));
    const QString native = dir.filePath(QStringLiteral("draft.proserv.json"));
    QCOMPARE(check({QStringLiteral("export"), kComplete, QStringLiteral("-o"), changeSet}).status, 0);
    QCOMPARE(check({QStringLiteral("convert"), changeSet, QStringLiteral("-o"), native}).status, 0);
    const Listing draft = test::loadOrFail(native);
    QCOMPARE(draft.product.title, test::loadOrFail(kComplete).product.title);
    QCOMPARE(draft.pricing.dimensions.size(), std::size_t(3));
}

void TestCheckCommand::convertCanonicalisesNative()
{
    QTemporaryDir dir;
    const QString messy = dir.filePath(QStringLiteral("messy.proserv.json"));
    const QString clean = dir.filePath(QStringLiteral("clean.proserv.json"));
    QVERIFY(test::writeBytes(messy, "{\"product\":{\"title\":\"T\"},\"formatVersion\":1}"));
    QCOMPARE(check({QStringLiteral("convert"), messy, QStringLiteral("-o"), clean}).status, 0);
    Listing expected;
    expected.product.title = "T";
    QCOMPARE(test::readBytes(clean), serializeNative(expected));
}

void TestCheckCommand::failedWriteLeavesNoFile()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("missing-folder/out.json"));
    const Run run = check({QStringLiteral("export"), kComplete, QStringLiteral("-o"), target});
    QCOMPARE(run.status, 2);
    QVERIFY(run.err.startsWith(target + QStringLiteral(": cannot write")));
    QVERIFY(!QFile::exists(target));
}

void TestCheckCommand::usageErrors()
{
    QCOMPARE(check({}).status, 2);
    QCOMPARE(check({QStringLiteral("--no-such-option")}).status, 2);
    const Run noOutput = check({QStringLiteral("export"), kComplete});
    QCOMPARE(noOutput.status, 2);
    QVERIFY(noOutput.err.contains(QStringLiteral("needs exactly one FILE and -o OUT")));
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
