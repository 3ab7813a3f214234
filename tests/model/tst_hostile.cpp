// Hostile input: every case gets a clear message naming file, line, column
// and field, loads nothing, never crashes; proserv-check exits with 2.
#include "ProcessRunner.h"
#include "TestSupport.h"

#include "model/JsonFields.h"
#include "model/NativeFormat.h"
#include "model/ReviewComments.h"
#include "validation/IamPolicyCheck.h"
#include "validation/Validator.h"

#include <QProcess>

#include <sys/stat.h>

using namespace proserv;

namespace {

const QString kHostile = QStringLiteral(PROSERV_TEST_DATA_DIR "/hostile/");

struct CliResult {
    int code;
    QString err;
    QString out;
};

CliResult checkFile(const QString& path, const QByteArray& stdinData = {})
{
    test::ProgramOptions options;
    options.input = stdinData;
    options.timeoutMs = 120000;
    const test::ProgramRun run = test::runProgram(QStringLiteral(PROSERV_CHECK_BINARY), {path}, options);
    return {run.status, run.errText(), run.outText()};
}

// Replaces every leaf of `node` with a value of another type, recording where.
void breakEveryLeaf(Json& node, const std::string& pointer, std::vector<std::string>& broken)
{
    if (node.is_object()) {
        for (auto it = node.begin(); it != node.end(); ++it)
            if (it.key() != "formatVersion")
                breakEveryLeaf(it.value(), pointer + "/" + escapePointerToken(it.key()), broken);
        return;
    }
    if (node.is_array() && !node.empty()) {
        for (std::size_t i = 0; i < node.size(); ++i)
            breakEveryLeaf(node[i], pointer + "/" + std::to_string(i), broken);
        return;
    }
    node = node.is_string() ? Json(123) : Json("wrong");
    broken.push_back(pointer);
}

} // namespace

class TestHostile : public QObject {
    Q_OBJECT

private slots:
    void debatableCasesAreDecided_data();
    void debatableCasesAreDecided();
    void debatableTextIsFlagged();
    void sidecarVersionZeroIsRefused();
    void smallFiles_data();
    void smallFiles();
    void wrongTypeForEveryField();
    void deepNesting();
    void fiftyMegabyteString();
    void oneGigabyteFile();
    void folderAndPipe();
    void logoThatIsNotAnImage();
    void logoDecompressionBomb();
    void fuzzRegressions();
    void escapesNeverReachTheTerminal();

private:
    QTemporaryDir m_dir;
};

void TestHostile::smallFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected"); // the whole first error line after the file name
    QTest::newRow("empty") << "empty.json"
                           << ": error: the file is empty; expected a JSON object";
    QTest::newRow("not JSON")
        << "not-json.json"
        << ":1:1: error: not valid JSON: the text does not start like JSON, which starts with { or [ (is this the "
           "right file?)";
    QTest::newRow("truncated") << "truncated.json"
                               << ":3:24: error: not valid JSON: a string that is never closed; add the closing \"";
    QTest::newRow("array") << "array.json"
                           << ":1:1: error: expected a JSON object at the top level, found an array";
    QTest::newRow("number") << "number.json"
                            << ":1:1: error: expected a JSON object at the top level, found an integer";
    QTest::newRow("nulls") << "nulls.json"
                           << ":1:43: error: expected a string, found null [/product/title]";
    QTest::newRow("duplicate keys")
        << "duplicate-keys.json"
        << ":3:4: error: duplicate key \"title\"; each key may appear only once in an object [/product/title]";
    QTest::newRow("invalid UTF-8") << "invalid-utf8.json"
                                   << ":1:48: error: not valid JSON: syntax error while parsing value - invalid "
                                      "string: ill-formed UTF-8 byte; last read: '\"caf\\xE9\"'";
    QTest::newRow("1000 levels")
        << "nesting-1000.json"
        << ":1:65: error: nested more than 64 levels deep; a listing never is (is this the right file?)";
    QTest::newRow("NUL byte") << "nul-byte.json"
                              << ":1:49: error: a NUL byte; JSON text cannot contain one (is this a binary file?)";
    QTest::newRow("2^64-1") << "huge-number.json"
                            << ":1:62: error: number out of range [/support/responseTimeBusinessDays]";
}

void TestHostile::smallFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QString path = kHostile + file;
    const LoadOutcome outcome = loadDocumentFile(path.toStdString());
    QVERIFY(!outcome.ok());
    QCOMPARE(QString::fromStdString(outcome.errors.front().toString()), path + expected);
    const CliResult cli = checkFile(path);
    QCOMPARE(cli.code, 2);
    QVERIFY2(cli.err.contains(path + expected), qPrintable(cli.err));
}

void TestHostile::wrongTypeForEveryField()
{
    Json document = toNativeJson(
        test::loadOrFail(test::examplePath(QStringLiteral("migration-readiness-assessment.proserv.json"))));
    std::vector<std::string> broken;
    breakEveryLeaf(document, "", broken);
    QVERIFY(broken.size() > 60);
    const LoadOutcome outcome = loadDocumentText(document.dump(2), "every-field.json");
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.errors.size(), broken.size()); // every field reported, each once
    for (std::size_t i = 0; i < broken.size(); ++i) {
        QCOMPARE(outcome.errors[i].pointer, broken[i]);
        QVERIFY(outcome.errors[i].position.line > 1);
    }
}

void TestHostile::deepNesting()
{
    const QString path = m_dir.filePath(QStringLiteral("deep.json"));
    QVERIFY(test::writeBytes(
        path, "{\"formatVersion\": 1, \"x\": " + std::string(100000, '[') + std::string(100000, ']') + "}"));
    const LoadOutcome outcome = loadDocumentFile(path.toStdString());
    QVERIFY(!outcome.ok());
    QCOMPARE(QString::fromStdString(outcome.errors[0].toString()),
        path
            + QStringLiteral(
                ":1:90: error: nested more than 64 levels deep; a listing never is (is this the right file?)"));
    QCOMPARE(checkFile(path).code, 2);
}

void TestHostile::fiftyMegabyteString()
{
    const std::string big
        = "{\"formatVersion\": 1, \"product\": {\"title\": \"" + std::string(50 * 1024 * 1024, 'a') + "\"}}";
    const QString path = m_dir.filePath(QStringLiteral("big-string.json"));
    QVERIFY(test::writeBytes(path, big));
    const CliResult fromFile = checkFile(path);
    QCOMPARE(fromFile.code, 2);
    QVERIFY2(fromFile.err.contains(
                 path + QStringLiteral(": error: refusing to open a 50 MiB file; listings are limited to 16 MiB")),
        qPrintable(fromFile.err));
    const CliResult fromStdin = checkFile(QStringLiteral("-"), QByteArray::fromStdString(big));
    QCOMPARE(fromStdin.code, 2);
    QVERIFY(fromStdin.err.contains(QStringLiteral("-: error: standard input exceeds the size limit for listings")));
    QFile::remove(path);
}

void TestHostile::oneGigabyteFile()
{
    const QString path = m_dir.filePath(QStringLiteral("huge.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(qint64(1024) * 1024 * 1024)); // sparse: no disk used, nothing read
    file.close();
    // Refused by its size before reading: the message gives the size the
    // file system reports, which only a stat() (not a read) knows this early.
    const CliResult cli = checkFile(path);
    QCOMPARE(cli.code, 2);
    QVERIFY2(cli.err.contains(QStringLiteral("refusing to open a 1024 MiB file")), qPrintable(cli.err));
}

void TestHostile::folderAndPipe()
{
    QCOMPARE(checkFile(m_dir.path()).code, 2);
    QVERIFY(checkFile(m_dir.path()).err.contains(QStringLiteral("this is a folder, not a file")));
    const QString fifo = m_dir.filePath(QStringLiteral("pipe.json"));
    QCOMPARE(::mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
    const CliResult cli = checkFile(fifo); // must not block waiting for a writer
    QCOMPARE(cli.code, 2);
    QVERIFY(cli.err.contains(QStringLiteral("not a regular file")));
}

void TestHostile::logoThatIsNotAnImage()
{
    const QString logo = m_dir.filePath(QStringLiteral("logo.png"));
    QVERIFY(test::writeBytes(logo, "#!/bin/sh\necho this is not an image\n"));
    Listing listing
        = test::loadOrFail(test::examplePath(QStringLiteral("migration-readiness-assessment.proserv.json")));
    listing.product.logoFile = "logo.png";
    const QString path = m_dir.filePath(QStringLiteral("with-logo.proserv.json"));
    QVERIFY(test::writeBytes(path, serializeNative(listing)));
    const test::ProgramRun run = test::runProgram(QStringLiteral(PROSERV_CHECK_BINARY), {path});
    QVERIFY2(run.exitedWith(1), qPrintable(run.describe()));
    QVERIFY(run.outText().contains(
                    QStringLiteral("error setup-logo-file: Cannot use the logo file: not a PNG, JPEG or GIF image.")));
}

void TestHostile::logoDecompressionBomb()
{
    // A valid PNG header declaring 100,000 x 100,000 px (40 GB decoded).
    std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\x01\x86\xa0\0\x01\x86\xa0\x08\x06\0\0\0", 29);
    png += std::string(64, '\0') + std::string("\0\0\0\0IEND\xAE\x42\x60\x82", 12);
    const QString logo = m_dir.filePath(QStringLiteral("bomb.png"));
    QVERIFY(test::writeBytes(logo, png));
    const ImageInfo info = probeImageFile(logo.toStdString()); // the header only
    QVERIFY(info.readable);
    QCOMPARE(info.width, 100000u);
    Listing listing
        = test::loadOrFail(test::examplePath(QStringLiteral("migration-readiness-assessment.proserv.json")));
    listing.product.logoFile = logo.toStdString();
    bool reported = false;
    for (const Finding& f : validateListing(
             listing, makeValidationContext(listing, m_dir.filePath(QStringLiteral("x.proserv.json")).toStdString())))
        reported
            = reported || (f.ruleId == "setup-logo-file" && f.message.find("100000 x 100000 px") != std::string::npos);
    QVERIFY(reported);
}

// A title and a key that hold terminal escapes: the CLI's output shows them
// escaped and the title is an error.
void TestHostile::escapesNeverReachTheTerminal()
{
    const CliResult cli = checkFile(kHostile + QStringLiteral("escape-key.json"));
    QVERIFY(!cli.out.contains(QChar(0x1b)) && !cli.err.contains(QChar(0x1b)));
    QVERIFY2(cli.out.contains(QStringLiteral("api-control-characters")), qPrintable(cli.out));

    // The parser quotes the bad token in its message, invalid UTF-8 and all;
    // in an IAM policy's finding too, such bytes arrive as \\xHH, never raw.
    std::vector<Finding> findings;
    Reporter reporter(findings);
    checkIamPolicyDocument("{\"Version\": t\xff\x1b[2J}", "/architecture/iamPolicies/0/document", reporter);
    QCOMPARE(findings.size(), std::size_t(1));
    const std::string& message = findings[0].message;
    QVERIFY2(std::none_of(message.begin(), message.end(),
                 [](char c) { return c < 0x20 || static_cast<unsigned char>(c) >= 0x80; }),
        message.c_str());
    QVERIFY2(message.find("\\xFF") != std::string::npos, message.c_str());
}

// Every input a fuzzer ever crashed on loads (or fails to load) cleanly now.
void TestHostile::fuzzRegressions()
{
    const QDir dir(QStringLiteral(PROSERV_TEST_DATA_DIR "/fuzz-regressions"));
    const QStringList files = dir.entryList(QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString& name : files) {
        const std::string bytes = test::readBytes(dir.filePath(name));
        const LoadOutcome outcome = loadDocumentText(bytes, name.toStdString());
        if (outcome.ok()) {
            const std::string saved = serializeNative(outcome.document->listing);
            QCOMPARE(serializeNative(loadDocumentText(saved, "again").document->listing), saved);
        } else {
            QVERIFY(!outcome.errors.front().message.empty());
        }
        std::vector<Finding> findings;
        Reporter reporter(findings);
        checkIamPolicyDocument(bytes, "/architecture/iamPolicies/0/document", reporter);
    }
    const LoadOutcome overflow = loadDocumentText("{\"formatVersion\": 1, \"product\": {\"title\": 1e999}}", "o.json");
    QCOMPARE(QString::fromStdString(overflow.errors.front().toString()),
        QStringLiteral("o.json:1:43: error: not valid JSON: the number 1e999 is too large for any field (beyond "
                       "1.8e308) [/product/title]"));
}

// The cases docs/robustness.md decides ("Debatable, decided"): each file
// gives this exact first load error (empty: it loads).
void TestHostile::debatableCasesAreDecided_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    const std::string example = test::readBytes(test::examplePath(QStringLiteral("needs-work.proserv.json")));
    const QByteArray utf8 = QByteArray::fromStdString(example);
    const QString utf16 = QString::fromUtf8(utf8);
    QByteArray le16(reinterpret_cast<const char*>(utf16.utf16()), utf16.size() * 2);
    QTest::newRow("UTF-16 LE without BOM") << le16 << "f: error: the file is UTF-16 text; save it as UTF-8 (JSON files are UTF-8)";
    QTest::newRow("UTF-16 LE with BOM") << QByteArray("\xFF\xFE", 2) + le16
                                        << "f: error: the file is UTF-16 text; save it as UTF-8 (JSON files are UTF-8)";
    QByteArray be32;
    for (const char c : utf8.left(200))
        be32 += QByteArray(3, '\0') + c;
    QTest::newRow("UTF-32 BE") << be32 << "f: error: the file is UTF-32 text; save it as UTF-8 (JSON files are UTF-8)";
    QTest::newRow("CR-only lines count as lines")
        << QByteArray("{\"formatVersion\": 1,\r\"product\": {\r\"title\": 5}}")
        << "f:3:10: error: expected a string, found an integer [/product/title]";
    const QByteArray changeSet = R"({"Catalog": "AWSMarketplace", "ChangeSet": [{"ChangeType": "UpdateInformation",
        "Entity": {"Type": "TYPE", "Identifier": "prod-abcdefghijklm"}, "Details": "DETAILS"}]})";
    QTest::newRow("BOM at the start of a Details string")
        << QByteArray(changeSet).replace("TYPE", "ProfessionalServicesProduct@1.0")
               .replace("DETAILS", "\xEF\xBB\xBF{\\\"ProductTitle\\\": \\\"X\\\"}")
        << "f:2:111: error: the Details string starts with a byte-order mark (U+FEFF), which is not JSON; remove it "
           "[/ChangeSet/0/Details]";
    const QString entity = QString::fromUtf8(loadDocumentText(QByteArray(changeSet)
                                                                  .replace("TYPE", "ProfessionalServicesProduct@1.0x")
                                                                  .replace("DETAILS", "{}")
                                                                  .toStdString(),
        "f")
                                                  .errors.front()
                                                  .toString()
                                                  .c_str());
    // Never read as the product's: another entity's change, and with no
    // product change beside it there is nothing to edit.
    QVERIFY2(entity.contains(QStringLiteral("no change for a ProfessionalServicesProduct@1.0")), qPrintable(entity));
}

void TestHostile::debatableCasesAreDecided()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const LoadOutcome outcome = loadDocumentText(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), "f");
    QVERIFY(!outcome.ok());
    QCOMPARE(QString::fromStdString(outcome.errors.front().toString()), error);
}

// A review sidecar's versions start at 1: formatVersion 0 is refused like a future one.
void TestHostile::sidecarVersionZeroIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.review.json"));
    QVERIFY(test::writeBytes(path, R"({"formatVersion": 0, "reviewedFile": "x", "comments": []})"));
    std::vector<LoadError> errors;
    QVERIFY(!loadSidecar(path.toStdString(), errors));
    QVERIFY(!errors.empty());
    QCOMPARE(errors.front().pointer, std::string("/formatVersion"));
}

// Bidi marks and Unicode line separators in a title are flagged as invisible
// characters (a warning: right-to-left text may need the marks).
void TestHostile::debatableTextIsFlagged()
{
    for (const char* mark : {"\u200E", "\u200F", "\u061C", "\u2028", "\u2029"}) {
        Listing listing = test::loadOrFail(test::examplePath(QStringLiteral("migration-readiness-assessment.proserv.json")));
        listing.product.title = std::string("Cloud") + mark + " Migration";
        const std::vector<Finding> findings = validateListing(listing);
        QVERIFY2(std::any_of(findings.begin(), findings.end(),
                     [](const Finding& f) {
                         return f.ruleId == "api-invisible-characters" && f.pointer == "/product/title"
                             && f.severity == Severity::Warning;
                     }),
            mark);
    }
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
