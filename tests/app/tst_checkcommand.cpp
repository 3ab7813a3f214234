// proserv-check, run in-process: loading, export, convert, exit codes.
#include "TestSupport.h"
#include "qtsupport/FileNames.h"

#include <QScopeGuard>
#include <cerrno>
#include <cstring>

#include "CheckRunner.h"
#include "model/ChangeSetExport.h"
#include "model/NativeFormat.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/stat.h>

using namespace proserv;

namespace {

using Run = test::CheckRun;
using test::check;

const QString kComplete = test::examplePath(QStringLiteral("migration-readiness-assessment.proserv.json"));
const QString kNeedsWork = test::examplePath(QStringLiteral("needs-work.proserv.json"));

} // namespace

class TestCheckCommand : public QObject {
    Q_OBJECT

private slots:
    void helpAndVersion();
    void manPageNamesEveryOption();
    void loadsManyFiles();
    void unreadableInputExitsTwo();
    void noSummaryForFilesNeverRead();
    void exportWritesChangeSet();
    void exportKeepsOtherEntitiesAndSaysSo();
    void exportToDevicesAndPipes();
    void exportAgainstBaseline();
    void exportDetailsString();
    void convertChangeSetToNative();
    void convertCanonicalisesNative();
    void failedWriteLeavesNoFile();
    void fullDiskKeepsTheOldFile_data();
    void echoedTextIsTerminalSafeAndMasked();
    void reportDashAndStrictSidecars();
    void fullDiskKeepsTheOldFile();
    void exportRefusesErrorsInSubmittedFields();
    void exportNamesDraftOnlyFields();
    void submittedFileFindingsNameTheirPlace();
    void usageErrors();
    void optionsBelongToTheirSubcommand();
    void outputItCannotReadBackIsRefused();
    void loadErrorsAreCappedInEveryFormat();
    void fileNamesReachTheTerminalEscaped();
    void fileNameThatIsNotUtf8IsBytes();
    void closedOrFolderStandardInputIsNamed();
};

// The man page names every subcommand and every option that any
// subcommand's --help lists (as groff writes them: \-\-name).
void TestCheckCommand::manPageNamesEveryOption()
{
    QFile page(QStringLiteral(PROSERV_SOURCE_DIR "/docs/man/proserv-check.1"));
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString man = QString::fromUtf8(page.readAll());
    const QRegularExpression longOption(QStringLiteral("--([a-z][a-z-]*)"));
    int options = 0;
    for (const QString& subcommand : {QString(), QStringLiteral("export"), QStringLiteral("convert"),
             QStringLiteral("schema"), QStringLiteral("report"), QStringLiteral("diff")}) {
        QStringList arguments {QStringLiteral("--help")};
        if (!subcommand.isEmpty()) {
            arguments.prepend(subcommand);
            QVERIFY2(man.contains(QStringLiteral(".B proserv-check ") + subcommand), qPrintable(subcommand));
        }
        const Run help = check(arguments);
        QCOMPARE(help.status, 0);
        const QString optionList = help.out.mid(help.out.lastIndexOf(QStringLiteral("Options:")));
        for (const QRegularExpressionMatch& m : longOption.globalMatch(optionList)) {
            const QString groff
                = QStringLiteral("\\-\\-") + QString(m.captured(1)).replace(QLatin1Char('-'), QStringLiteral("\\-"));
            QVERIFY2(man.contains(groff), qPrintable(subcommand + QLatin1Char(' ') + groff));
            ++options;
        }
    }
    QVERIFY(options >= 13);
}

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
    // The good file is still checked, and the summary says which part it covers.
    QVERIFY2(run.out.endsWith(QStringLiteral("0 errors, 0 warnings in 1 checked file; 1 file could not be read\n")),
        qPrintable(run.out));
    QCOMPARE(run.err, bad + QStringLiteral(":2:14: error: expected an object, found an integer [/product]\n"));
}

void TestCheckCommand::noSummaryForFilesNeverRead()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("nope.json"));
    const Run one = check({missing});
    QCOMPARE(one.status, 2);
    QVERIFY2(one.out.isEmpty(), qPrintable(one.out)); // no "0 errors, 0 warnings" for a file never read
    QVERIFY2(one.err.startsWith(missing + QStringLiteral(": error: ")), qPrintable(one.err));

    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(test::writeBytes(bad, "{"));
    const Run two = check({missing, bad});
    QCOMPARE(two.status, 2);
    QVERIFY2(two.out.isEmpty(), qPrintable(two.out));
    QCOMPARE(two.err.count(QStringLiteral(": error: ")), 2);
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

// The same export plan as the editor's: a change set beside a private offer
// is written back byte for byte, and the warning that its offer changes go
// unchecked is said on the way (not only in a check).
void TestCheckCommand::exportKeepsOtherEntitiesAndSaysSo()
{
    QTemporaryDir dir;
    const QString source = QStringLiteral(PROSERV_TEST_DATA_DIR "/update-flow/product-and-offer.changeset.json");
    const QString out = dir.filePath(QStringLiteral("out.json"));
    const Run run = check({QStringLiteral("export"), source, QStringLiteral("-o"), out});
    QCOMPARE(run.status, 0);
    QCOMPARE(test::readBytes(out), test::readBytes(source));
    QVERIFY2(run.err.contains(QStringLiteral("warning submission-changes-unchecked: This change set also sends 5 "
                                             "changes exactly as the file wrote them")),
        qPrintable(run.err));
    QCOMPARE(run.err.count(QStringLiteral("submission-changes-unchecked")), 1);
}

// -o /dev/null discards the output; renaming a temporary file over it would
// have replaced the device with a regular file. A pipe is refused, never waited on.
void TestCheckCommand::exportToDevicesAndPipes()
{
    Run run = check({QStringLiteral("export"), kComplete, QStringLiteral("-o"), QStringLiteral("/dev/null")});
    QCOMPARE(run.status, 0);
    struct stat status { };
    QCOMPARE(::stat("/dev/null", &status), 0);
    QVERIFY(S_ISCHR(status.st_mode));
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    run = check({QStringLiteral("export"), kComplete, QStringLiteral("-o"), fifo});
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(QStringLiteral("not a regular file")), qPrintable(run.err));
}

void TestCheckCommand::exportAgainstBaseline()
{
    const QString data = QStringLiteral(PROSERV_TEST_DATA_DIR "/update-flow/");
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("update.json"));
    // Without the accepted version: a warning that dimensions are re-added.
    Run run = check(
        {QStringLiteral("export"), data + "edited.proserv.json", QStringLiteral("-o"), out, QStringLiteral("--force")});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.err.contains(QStringLiteral("added again")), qPrintable(run.err));
    run = check({QStringLiteral("export"), data + "edited.proserv.json", QStringLiteral("--baseline"),
        data + "accepted.describe-entity.json", QStringLiteral("-o"), out, QStringLiteral("--force")});
    QCOMPARE(run.status, 0);
    QVERIFY(!run.err.contains(QStringLiteral("added again")));
    const Json request = Json::parse(test::readBytes(out));
    QStringList types;
    for (const Json& change : request["ChangeSet"])
        types << QString::fromStdString(change["ChangeType"].get<std::string>());
    QCOMPARE(types,
        (QStringList {QStringLiteral("UpdateInformation"), QStringLiteral("AddDimensions"),
            QStringLiteral("UpdateDimensions"), QStringLiteral("UpdateTargeting")}));
    // The accepted version against itself: nothing to send, nothing written.
    const QString none = dir.filePath(QStringLiteral("none.json"));
    run = check({QStringLiteral("export"), data + "accepted.describe-entity.json", QStringLiteral("-o"), none});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.err.contains(QStringLiteral("nothing changed")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(none));
}

void TestCheckCommand::exportDetailsString()
{
    const Run run = check({QStringLiteral("export"), kComplete, QStringLiteral("--details-string"),
        QStringLiteral("-o"), QStringLiteral("-")});
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
    QVERIFY2(run.err.contains(target + QStringLiteral(": cannot write")), qPrintable(run.err));
    QVERIFY(!QFile::exists(target));
}

// Every -o writer on a disk that fills up: an error naming the file and the
// reason (exit 2), the old file as it was, no temporary file left. Two ways
// to fill a disk: a file-size limit (EFBIG, works anywhere) and, where the
// test may mount one, a full tmpfs (ENOSPC).
void TestCheckCommand::fullDiskKeepsTheOldFile_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("export") << QStringLiteral("export");
    QTest::newRow("convert") << QStringLiteral("convert");
    QTest::newRow("report --html") << QStringLiteral("report");
}

void TestCheckCommand::fullDiskKeepsTheOldFile()
{
    QFETCH(QString, command);
    QTemporaryDir dir;
    auto arguments = [&](const QString& target) {
        return command == QStringLiteral("report")
            ? QStringList {QStringLiteral("report"), kComplete, QStringLiteral("--html"), target}
            : QStringList {command, kComplete, QStringLiteral("-o"), target};
    };
    auto expectKept
        = [&](const QString& folder, const QString& target, const QProcess& process, const QString& reason) {
              const QString err = QString::fromLocal8Bit(const_cast<QProcess&>(process).readAllStandardError());
              QCOMPARE(process.exitCode(), 2);
              QVERIFY2(err.contains(target) && err.contains(reason), qPrintable(err));
              QCOMPARE(test::readBytes(target), std::string("the old file\n"));
              QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("out.")).size(), 1);
          };

    // A file-size limit of 2 × 512 bytes; SIGXFSZ ignored, so writes fail with EFBIG.
    const QString target = dir.filePath(QStringLiteral("out.json"));
    QVERIFY(test::writeBytes(target, "the old file\n"));
    QProcess limited;
    QStringList shell {QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 2; exec \"$0\" \"$@\""),
        QStringLiteral(PROSERV_CHECK_BINARY)};
    limited.start(QStringLiteral("sh"), shell + arguments(target));
    QVERIFY(limited.waitForFinished(30000));
    expectKept(dir.path(), target, limited, QString::fromLocal8Bit(std::strerror(EFBIG)));

    // A full tmpfs, where mounting is allowed (root on this kind of machine).
    const QString mountPoint = dir.filePath(QStringLiteral("small"));
    QDir().mkpath(mountPoint);
    if (QProcess::execute(QStringLiteral("mount"),
            {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=64k"),
                QStringLiteral("tmpfs"), mountPoint})
        != 0)
        QSKIP("cannot mount a tmpfs here; the file-size limit above covered the failed write");
    auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {mountPoint}); });
    const QString onTmpfs = mountPoint + QStringLiteral("/out.json");
    QVERIFY(test::writeBytes(onTmpfs, "the old file\n"));
    QFile filler(mountPoint + QStringLiteral("/filler"));
    QVERIFY(filler.open(QIODevice::WriteOnly));
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size() && filler.flush()) { }
    filler.close();
    QProcess full;
    full.start(QStringLiteral(PROSERV_CHECK_BINARY), arguments(onTmpfs));
    QVERIFY(full.waitForFinished(30000));
    expectKept(mountPoint, onTmpfs, full, QString::fromLocal8Bit(std::strerror(ENOSPC)));
}

// A stranger's listing cannot drive the reviewer's terminal, and a card
// number in it is masked wherever the CLI echoes the text: findings, diff
// (text and JSON), the review report.
void TestCheckCommand::echoedTextIsTerminalSafeAndMasked()
{
    QTemporaryDir dir;
    Listing hostile = test::loadOrFail(kComplete);
    hostile.product.title = "Assessment \x1b]0;pwned\x07\x1b[2J All checks passed \xE2\x80\xAE card 4929163860345525";
    const QString file = dir.filePath(QStringLiteral("hostile.proserv.json"));
    QVERIFY(test::writeBytes(file, serializeNative(hostile)));
    auto clean = [](const QString& text) {
        return !text.contains(QChar(0x1b)) && !text.contains(QChar(0x07)) && !text.contains(QChar(0x202e))
            && !text.contains(QStringLiteral("4929163860345525"));
    };

    const Run findings = check({file});
    QVERIFY2(clean(findings.out), qPrintable(findings.out));
    QVERIFY(findings.out.contains(QStringLiteral("api-control-characters")));

    for (const QString& format : {QStringLiteral("text"), QStringLiteral("json")}) {
        const Run diff = check({QStringLiteral("diff"), QStringLiteral("--format"), format, kComplete, file});
        QVERIFY2(clean(diff.out), qPrintable(diff.out));
        QVERIFY2(diff.out.contains(QStringLiteral("****5525")), qPrintable(diff.out));
        if (format == QStringLiteral("json")) // still JSON, meaning the same text
            QVERIFY(Json::parse(diff.out.toStdString())
                        .at("changes")
                        .at(0)
                        .at("after")
                        .get<std::string>()
                        .find("\xE2\x80\xAE")
                != std::string::npos);
    }
    if (true) {
        const QString html = dir.filePath(QStringLiteral("report.html"));
        const Run report = check({QStringLiteral("report"), file, QStringLiteral("--html"), html});
        QVERIFY2(report.status == 0 || report.status == 1, qPrintable(report.err));
        const QString page = QString::fromStdString(test::readBytes(html));
        QVERIFY(page.contains(QStringLiteral("****5525")));
        QVERIFY(!page.contains(QStringLiteral("4929163860345525")));
    }
}

// "-" means standard input and output for report too; a sidecar is read as
// strictly as a listing (duplicate keys, a future format version).
void TestCheckCommand::reportDashAndStrictSidecars()
{
    QTemporaryDir dir;
    const QString cwdSidecar = QDir::current().filePath(QStringLiteral("-.review.json"));
    QVERIFY(!QFile::exists(cwdSidecar));
    QVERIFY(test::writeBytes(cwdSidecar, "{\"formatVersion\": 1, \"comments\": \"not a list\"}"));
    auto removeSidecar = qScopeGuard([&] { QFile::remove(cwdSidecar); });
    const QByteArray listing = QByteArray::fromStdString(test::readBytes(kComplete));
    const Run fromStdin = test::checkWithInput(
        {QStringLiteral("report"), QStringLiteral("-"), QStringLiteral("--html"), QStringLiteral("-")}, listing);
    QCOMPARE(fromStdin.status, 0);
    QVERIFY(fromStdin.out.startsWith(QStringLiteral("<html>")));
    QVERIFY(fromStdin.err.contains(QStringLiteral("Ready")));
    QVERIFY(!QFile::exists(QDir::current().filePath(QStringLiteral("-"))));

    const QString file = dir.filePath(QStringLiteral("l.proserv.json"));
    QVERIFY(test::writeBytes(file, test::readBytes(kComplete)));
    const QString html = dir.filePath(QStringLiteral("r.html"));
    for (const char* sidecar :
        {R"({"formatVersion": 1, "comments": [], "comments": []})", R"({"formatVersion": 9, "comments": []})"}) {
        QVERIFY(test::writeBytes(file + QStringLiteral(".review.json"), sidecar));
        const Run run = check({QStringLiteral("report"), file, QStringLiteral("--html"), html});
        QCOMPARE(run.status, 2);
        QVERIFY2(
            run.err.contains(QStringLiteral("duplicate key")) || run.err.contains(QStringLiteral("format version 9")),
            qPrintable(run.err));
    }
}

void TestCheckCommand::usageErrors()
{
    QCOMPARE(check({}).status, 2);
    QCOMPARE(check({QStringLiteral("--no-such-option")}).status, 2);
    const Run noOutput = check({QStringLiteral("export"), kComplete});
    QCOMPARE(noOutput.status, 2);
    QVERIFY(noOutput.err.contains(QStringLiteral("needs exactly one FILE and -o OUT")));
}

// Each subcommand takes its own options: one that belongs to another
// subcommand is refused (exit 2) with what to run for help, and nothing is
// written; each subcommand's --help lists only its own options.
void TestCheckCommand::optionsBelongToTheirSubcommand()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("x.pdf"));
    const QString out = dir.filePath(QStringLiteral("out.json"));
    const struct {
        QStringList arguments;
        QString option;
    } misplaced[] = {
        {{QStringLiteral("diff"), kComplete, kNeedsWork, QStringLiteral("--pdf"), pdf}, QStringLiteral("pdf")},
        {{QStringLiteral("convert"), kComplete, QStringLiteral("-o"), out, QStringLiteral("--force")},
            QStringLiteral("force")},
        {{QStringLiteral("report"), kComplete, QStringLiteral("--html"), out, QStringLiteral("--format"),
             QStringLiteral("json")},
            QStringLiteral("format")},
        {{kComplete, QStringLiteral("-o"), out}, QStringLiteral("o")},
        {{QStringLiteral("schema"), QStringLiteral("-o"), out, QStringLiteral("--warnings-as-errors")},
            QStringLiteral("warnings-as-errors")},
        {{QStringLiteral("export"), kComplete, QStringLiteral("-o"), out, QStringLiteral("--html"), pdf},
            QStringLiteral("html")},
    };
    for (const auto& call : misplaced) {
        const Run run = check(call.arguments);
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains(QStringLiteral("Unknown option '%1'").arg(call.option)), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("--help\" for its options")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFile::exists(pdf));
        QVERIFY(!QFile::exists(out));
    }

    const Run exportHelp = check({QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(exportHelp.status, 0);
    QVERIFY(exportHelp.out.startsWith(QStringLiteral("Usage: proserv-check export FILE -o OUT.json")));
    QVERIFY(exportHelp.out.contains(QStringLiteral("--baseline <ACCEPTED>")));
    QVERIFY(!exportHelp.out.contains(QStringLiteral("--pdf")));
    QVERIFY(!exportHelp.out.contains(QStringLiteral("--warnings-as-errors")));
    const Run diffHelp = check({QStringLiteral("diff"), QStringLiteral("-h")});
    QVERIFY(diffHelp.out.contains(QStringLiteral("--format <FORMAT>")));
    QVERIFY(!diffHelp.out.contains(QStringLiteral("--output")));

    const Run both = check({QStringLiteral("export"), kComplete, QStringLiteral("-o"), out, QStringLiteral("--full"),
        QStringLiteral("--baseline"), kComplete});
    QCOMPARE(both.status, 2);
    QVERIFY(both.err.contains(QStringLiteral("--baseline and --full exclude each other")));
    const Run sarifDiff
        = check({QStringLiteral("diff"), QStringLiteral("--format"), QStringLiteral("sarif"), kComplete, kComplete});
    QCOMPARE(sarifDiff.status, 2);
    QVERIFY(sarifDiff.err.contains(QStringLiteral("use text or json")));
    QVERIFY(!QFile::exists(out));
}

// Like the editor's "Export anyway": errors on what AWS Marketplace receives
// stop the export unless --force; errors on draft-only fields do not.
void TestCheckCommand::exportRefusesErrorsInSubmittedFields()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("out.json"));
    const Run refused = check({QStringLiteral("export"), kNeedsWork, QStringLiteral("-o"), target});
    QCOMPARE(refused.status, 1);
    QVERIFY(!QFile::exists(target));
    QVERIFY2(
        refused.err.contains(QStringLiteral("nothing written (fix them, or use --force)")), qPrintable(refused.err));
    QVERIFY(refused.err.contains(QStringLiteral("needs-work.proserv.json:")));
    QVERIFY(!refused.err.contains(QStringLiteral("setup-attest-"))); // draft-only: not blocking

    const Run forced
        = check({QStringLiteral("export"), kNeedsWork, QStringLiteral("-o"), target, QStringLiteral("--force")});
    QCOMPARE(forced.status, 0);
    QVERIFY(QFile::exists(target));

    // Only draft-only errors: the export goes ahead.
    Listing listing = test::loadOrFail(kComplete);
    listing.attestations.registeredPaidSeller = false;
    listing.support.responseTimeBusinessDays = 9;
    const QString draft = dir.filePath(QStringLiteral("draft.proserv.json"));
    QVERIFY(test::writeBytes(draft, serializeNative(listing)));
    QCOMPARE(
        check({QStringLiteral("export"), draft, QStringLiteral("-o"), dir.filePath(QStringLiteral("d.json"))}).status,
        0);
}

void TestCheckCommand::exportNamesDraftOnlyFields()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("out.json"));
    const Run run = check({QStringLiteral("export"), kComplete, QStringLiteral("-o"), target});
    QCOMPARE(run.status, 0);
    for (const char* pointer : {"/serviceTerms/url", "/attestations/logoIsOriginal", "/support/contacts/email",
             "/support/responseTimeBusinessDays", "/pricing/dimensions/2/service", "/architecture/iamPolicies"})
        QVERIFY2(run.err.contains(QStringLiteral(" [%1]\n").arg(QLatin1String(pointer))), pointer);
    // Each by the name people use first, 1-based.
    QVERIFY2(run.err.contains(QStringLiteral("\n    Pricing dimension 3: Service billed [/pricing/dimensions/2/service]\n")),
        qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("25 filled-in fields stay in the draft")));
    // Related products are submitted, so they are not in the list, but in the file.
    QVERIFY(!run.err.contains(QStringLiteral("relatedProducts")));
    const Json exported = Json::parse(test::readBytes(target));
    QCOMPARE(exported["ChangeSet"][1]["DetailsDocument"]["AssociatedProducts"],
        Json::parse(R"(["prod-abcdefghijklm", "prod-nopqrstuvwxyz"])"));
    const Run without = check({QStringLiteral("export"), kComplete, QStringLiteral("-o"), target,
        QStringLiteral("--no-associated-products")});
    QCOMPARE(without.status, 0);
    QVERIFY(!Json::parse(test::readBytes(target))["ChangeSet"][1]["DetailsDocument"].contains("AssociatedProducts"));
}

// A finding on a change set is at the key in its DetailsDocument, in every format.
void TestCheckCommand::submittedFileFindingsNameTheirPlace()
{
    QTemporaryDir dir;
    Listing listing = test::loadOrFail(kComplete);
    listing.product.highlights[1] = "TBD";
    listing.product.supportDescription = "Happy to help.";
    const QString file = dir.filePath(QStringLiteral("submitted.json"));
    const std::string bytes = serializeChangeSet(listing);
    QVERIFY(test::writeBytes(file, bytes));
    // Where the two values are in the file, found independently of the tool.
    auto lineColumnOf = [&](const std::string& needle) {
        const std::size_t offset = bytes.find(needle);
        const int line
            = 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + static_cast<long>(offset), '\n'));
        const int column = static_cast<int>(offset - bytes.rfind('\n', offset));
        return QStringLiteral("%1:%2").arg(line).arg(column);
    };
    const QString highlight = lineColumnOf("\"TBD\"");
    const QString support = lineColumnOf("\"Happy to help.\"");

    const Run text = check({file});
    QCOMPARE(text.status, 1);
    QVERIFY2(text.out.contains(file + QLatin1Char(':') + highlight + QStringLiteral(": error setup-placeholder-text")),
        qPrintable(text.out));
    QVERIFY2(text.out.contains(file + QLatin1Char(':') + support + QStringLiteral(": error usage-support-contact")),
        qPrintable(text.out));
    QVERIFY(text.out.contains(QStringLiteral("info submission-draft-only")));
    QVERIFY(!text.out.contains(QStringLiteral("error setup-attest")));
    QVERIFY(text.out.endsWith(QStringLiteral("5 errors, 0 warnings, 1 note\n")));

    const Json json = Json::parse(check({QStringLiteral("--format"), QStringLiteral("json"), file}).out.toStdString());
    bool found = false;
    for (const Json& f : json["files"][0]["findings"])
        if (f["rule"] == "setup-placeholder-text") {
            found = true;
            QCOMPARE(QStringLiteral("%1:%2").arg(f["line"].get<int>()).arg(f["column"].get<int>()), highlight);
            QCOMPARE(f["filePointer"].get<std::string>(), std::string("/ChangeSet/1/DetailsDocument/Highlights/1"));
            QCOMPARE(f["pointer"].get<std::string>(), std::string("/product/highlights/1"));
        }
    QVERIFY(found);

    const Json sarif
        = Json::parse(check({QStringLiteral("--format"), QStringLiteral("sarif"), file}).out.toStdString());
    found = false;
    for (const Json& r : sarif["runs"][0]["results"])
        if (r["ruleId"] == "usage-support-contact") {
            found = true;
            const Json region = r["locations"][0]["physicalLocation"]["region"];
            QCOMPARE(QStringLiteral("%1:%2").arg(region["startLine"].get<int>()).arg(region["startColumn"].get<int>()),
                support);
        }
    QVERIFY(found);

    // Stringified Details: the finding is at the Details string of its change.
    const QString stringified = dir.filePath(QStringLiteral("stringified.json"));
    const std::string sBytes = serializeChangeSet(listing, {true});
    QVERIFY(test::writeBytes(stringified, sBytes));
    const Run sText = check({stringified});
    const std::size_t details = sBytes.find("\"Details\"", sBytes.find("UpdateInformation"));
    const std::size_t value = sBytes.find('"', details + 10);
    const int line = 1 + static_cast<int>(std::count(sBytes.begin(), sBytes.begin() + static_cast<long>(value), '\n'));
    QVERIFY2(sText.out.contains(stringified + QStringLiteral(":%1:").arg(line)), qPrintable(sText.out));
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"

// A compact file that opens fine can grow past the read cap in the
// canonical form (every dimension gets all its keys): convert (and export,
// through the same writer)
// says so and keeps the old file instead of writing what neither program reads.
void TestCheckCommand::outputItCannotReadBackIsRefused()
{
    QTemporaryDir dir;
    std::string text = "{\"formatVersion\": 1, \"pricing\": {\"dimensions\": [";
    for (int i = 0; i < 90000; ++i)
        text += i ? ",{}" : "{}";
    text += "]}}";
    const QString input = dir.filePath(QStringLiteral("compact.proserv.json"));
    QVERIFY(test::writeBytes(input, text));
    QVERIFY(text.size() < 300000);
    {
        const QString target = dir.filePath(QStringLiteral("out.json"));
        QVERIFY(test::writeBytes(target, "the old file\n"));
        const Run run = check({QStringLiteral("convert"), input, QStringLiteral("-o"), target});
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains(target + QStringLiteral(": error: written out this listing would be "))
                && run.err.contains(QStringLiteral("MiB, over the 16 MiB a listing file may have")),
            qPrintable(run.err));
        QCOMPARE(test::readBytes(target), std::string("the old file\n"));
    }
}

// 100 load errors in text, JSON and SARIF, then one entry that keeps the
// count of the rest; the same size of output at 1×, 4× and 16× the errors.
void TestCheckCommand::loadErrorsAreCappedInEveryFormat()
{
    QTemporaryDir dir;
    for (int items : {500, 2000, 8000}) {
        std::string text = "{\"formatVersion\": 1, \"product\": {\"highlights\": [";
        for (int i = 0; i < items; ++i)
            text += i ? ",true" : "true";
        text += "]}}";
        const QString input = dir.filePath(QStringLiteral("many.proserv.json"));
        QVERIFY(test::writeBytes(input, text));
        const QString more = QStringLiteral("and %1 more errors in this file, not listed").arg(items - 100);

        const Run plain = check({input});
        QCOMPARE(plain.status, 2);
        QCOMPARE(plain.err.count(QLatin1Char('\n')), 101);
        QVERIFY2(plain.err.contains(more), qPrintable(plain.err.right(200)));

        for (const QString& format : {QStringLiteral("json"), QStringLiteral("sarif")}) {
            const Run run = check({QStringLiteral("--format"), format, input});
            const Json report = Json::parse(run.out.toStdString());
            const Json& listed = format == QLatin1String("json")
                ? report["files"][0]["loadErrors"]
                : report["runs"][0]["invocations"][0]["toolExecutionNotifications"];
            QCOMPARE(listed.size(), std::size_t(101));
            const Json& last = listed.back();
            const Json count = format == QLatin1String("json") ? last["moreNotListed"] : last["properties"]["moreNotListed"];
            QCOMPARE(count.get<int>(), items - 100);
        }
    }
}

// A file's name and an accepted version's source (which is a file name)
// are shown escaped on every line a terminal gets: a name holding
// "\x1b[2J" cannot clear the screen and print a fake verdict.
void TestCheckCommand::fileNamesReachTheTerminalEscaped()
{
    QTemporaryDir dir;
    const QString hostileName = QStringLiteral("all-passed-\x1b[2J\x1b]0;pwned\x07-\u202e.json");
    const QString listing = dir.filePath(QStringLiteral("listing-") + hostileName);
    QVERIFY(test::writeBytes(listing, test::readBytes(kComplete)));
    const QString accepted = dir.filePath(QStringLiteral("accepted-") + hostileName);
    QVERIFY(test::writeBytes(accepted,
        test::readBytes(QStringLiteral(PROSERV_SOURCE_DIR "/tests/data/update-flow/accepted.describe-entity.json"))));
    const QString target = dir.filePath(QStringLiteral("out.json"));
    auto clean = [](const QString& text) {
        return !text.contains(QChar(0x1b)) && !text.contains(QChar(0x07)) && !text.contains(QChar(0x202e));
    };

    const Run draftOnly = check({QStringLiteral("export"), listing, QStringLiteral("-o"), target});
    QVERIFY2(draftOnly.err.contains(QStringLiteral("stay in the draft")), qPrintable(draftOnly.err));
    QVERIFY2(draftOnly.err.contains(QStringLiteral("all-passed-\\x1B[2J\\x1B]0;pwned\\x07-\\u202E.json")),
        qPrintable(draftOnly.err));
    QVERIFY(clean(draftOnly.err) && clean(draftOnly.out));

    const Run unchanged = check({QStringLiteral("export"), accepted, QStringLiteral("-o"), target});
    QVERIFY2(unchanged.err.contains(QStringLiteral("nothing changed since the accepted version")), qPrintable(unchanged.err));
    QVERIFY2(clean(unchanged.err) && clean(unchanged.out), qPrintable(unchanged.err));
    for (const QStringList& arguments : {QStringList {listing}, QStringList {QStringLiteral("diff"), listing, accepted}}) {
        const Run run = check(arguments);
        QVERIFY2(clean(run.err) && clean(run.out), qPrintable(run.err + run.out));
    }
}

// A name that is not UTF-8 (Latin-1 "caf\xE9") is opened by its bytes and
// shown with the byte escaped.
void TestCheckCommand::fileNameThatIsNotUtf8IsBytes()
{
    QTemporaryDir dir;
    const QByteArray name = QFile::encodeName(dir.path()) + "/caf\xE9.proserv.json";
    const QString argument = decodeFileName(name);
    QCOMPARE(encodeFileName(argument), name); // the bytes survive the round trip
    QVERIFY(!QFile::exists(argument)); // Qt alone would look for another name

    const Run missing = check({argument});
    QCOMPARE(missing.status, 2);
    QVERIFY2(missing.err.contains(QStringLiteral("/caf\\xE9.proserv.json: error: cannot open")), qPrintable(missing.err));

    const std::string example = test::readBytes(kComplete);
    std::FILE* file = std::fopen(name.constData(), "wb");
    QVERIFY(file);
    std::fwrite(example.data(), 1, example.size(), file);
    std::fclose(file);
    const Run found = check({argument});
    QCOMPARE(found.status, 0);
    const QString target = dir.filePath(QStringLiteral("out.proserv.json"));
    QCOMPARE(check({QStringLiteral("convert"), argument, QStringLiteral("-o"), target}).status, 0);
    QVERIFY(test::loadOrFail(target) == test::loadOrFail(kComplete));
}

// "-" on a closed standard input or a folder says which, not "the file is empty".
void TestCheckCommand::closedOrFolderStandardInputIsNamed()
{
    for (const auto& [redirect, message] :
        {std::pair {QStringLiteral("<&-"), QStringLiteral("-: error: standard input is closed")},
            {QStringLiteral("< /"), QStringLiteral("-: error: standard input is a folder, not a listing")},
            {QStringLiteral("< /dev/null"), QStringLiteral("-: error: the file is empty")}}) {
        QProcess process;
        process.start(QStringLiteral("sh"),
            {QStringLiteral("-c"), QStringLiteral("exec \"$0\" - ") + redirect, QStringLiteral(PROSERV_CHECK_BINARY)});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.startsWith(message), qPrintable(err));
    }
}
