// proserv-check's reports: compiler-style text, JSON, SARIF (validated by
// Microsoft's SARIF Multitool), exit codes, standard input, the rule list.
#include "CheckRunner.h"
#include "ProcessRunner.h"
#include "TestSupport.h"

#include "model/NativeFormat.h"
#include "model/PrintableText.h"
#include "validation/RuleCatalogue.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace proserv;
using test::check;

namespace {

const QString kComplete = test::examplePath(QStringLiteral("migration-readiness-assessment.proserv.json"));
const QString kMinimal = test::examplePath(QStringLiteral("minimal.proserv.json"));

} // namespace

class TestCheckReports : public QObject {
    Q_OBJECT

private slots:
    void textReportIsCompilerStyle();
    void cleanListingExitsZero();
    void warningsAsErrors();
    void standardInput();
    void jsonReport();
    void batchEqualsOneFileAtATime();
    void sarifPassesMicrosoftValidator();
    void ruleList();
    void rulesDocumentIsCurrent();
    void unknownFormat();

private:
    QTemporaryDir m_dir;
};

void TestCheckReports::textReportIsCompilerStyle()
{
    const test::CheckRun run = check({kMinimal});
    QCOMPARE(run.status, 1);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(),
        kMinimal
            + QStringLiteral(
                ":9:16: error setup-logo-url: Add the https URL of your product logo. — Logo URL [/product/logoUrl]"));
    QCOMPARE(lines.last(), QStringLiteral("14 errors, 1 warning"));
    QCOMPARE(lines.size(), 16);
    // Form order: product fields come before support, attestations last.
    QVERIFY(run.out.indexOf(QStringLiteral("[/product/")) < run.out.indexOf(QStringLiteral("[/support/")));
    QVERIFY(run.out.indexOf(QStringLiteral("[/support/")) < run.out.indexOf(QStringLiteral("[/attestations/")));
}

void TestCheckReports::cleanListingExitsZero()
{
    const test::CheckRun run = check({kComplete});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out, QStringLiteral("0 errors, 0 warnings\n"));
}

void TestCheckReports::warningsAsErrors()
{
    Listing listing = test::loadOrFail(kComplete);
    listing.product.categories = {"Assessments"}; // only a warning: no other category
    const QString path = m_dir.filePath(QStringLiteral("warning.proserv.json"));
    QVERIFY(test::writeBytes(path, serializeNative(listing)));
    const test::CheckRun plain = check({path});
    QCOMPARE(plain.status, 0);
    QVERIFY(plain.out.contains(QStringLiteral("warning setup-other-category")));
    QVERIFY(plain.out.endsWith(QStringLiteral("0 errors, 1 warning\n")));
    QCOMPARE(check({QStringLiteral("--warnings-as-errors"), path}).status, 1);
}

void TestCheckReports::standardInput()
{
    const QByteArray minimal = QByteArray::fromStdString(test::readBytes(kMinimal));
    const test::CheckRun run = test::checkWithInput({QStringLiteral("-")}, minimal);
    QCOMPARE(run.status, 1);
    QVERIFY(run.out.startsWith(QStringLiteral("-:9:16: error setup-logo-url")));
    const test::CheckRun broken = test::checkWithInput({QStringLiteral("-")}, "{\"formatVersion\": 1,");
    QCOMPARE(broken.status, 2);
    QVERIFY(broken.err.startsWith(QStringLiteral("-:1:21: error: not valid JSON")));
}

void TestCheckReports::jsonReport()
{
    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(test::writeBytes(bad, "[]"));
    const test::CheckRun run = check({QStringLiteral("--format"), QStringLiteral("json"), kMinimal, kComplete, bad});
    QCOMPARE(run.status, 2);
    const Json report = Json::parse(run.out.toStdString());
    QCOMPARE(report["files"].size(), std::size_t(3));
    const Json& minimal = report["files"][0];
    QCOMPARE(minimal["file"], Json(kMinimal.toStdString()));
    QCOMPARE(minimal["findings"].size(), std::size_t(15));
    const Json& first = minimal["findings"][0];
    QCOMPARE(first["rule"], Json("setup-logo-url"));
    QCOMPARE(first["severity"], Json("error"));
    QCOMPARE(first["pointer"], Json("/product/logoUrl"));
    QCOMPARE(first["guideline"], Json("proserv-guidelines-setup"));
    QCOMPARE(first["line"], Json(9));
    QCOMPARE(first["column"], Json(16));
    QVERIFY(first["message"].is_string());
    QVERIFY(report["files"][1]["findings"].empty());
    QCOMPARE(report["files"][2]["loadErrors"][0]["message"],
        Json("expected a JSON object at the top level, found an array"));
}

// Files are checked on every core and written as they finish: the batch must
// say exactly what checking each file on its own says, in command-line order,
// and its JSON must be laid out as one document.
void TestCheckReports::batchEqualsOneFileAtATime()
{
    const QStringList examples = {kMinimal, kComplete, test::examplePath(QStringLiteral("needs-work.proserv.json"))};
    QStringList files;
    for (int i = 0; i < 150; ++i) {
        const QString path = m_dir.filePath(QStringLiteral("batch-%1.json").arg(i));
        if (i % 7 == 3) { // unreadable ones among them: their errors go to standard error, in order
            QVERIFY(test::writeBytes(path, "{\"formatVersion\": " + std::to_string(i)));
        } else {
            Listing listing = test::loadOrFail(examples[i % examples.size()]);
            listing.product.title += " " + std::to_string(i) + (i % 5 == 0 ? " TBD" : "");
            QVERIFY(test::writeBytes(path, serializeNative(listing)));
        }
        files << path;
    }
    auto withoutSummary = [](QString text) { return text.left(text.lastIndexOf(QLatin1Char('\n'), -2) + 1); };
    const test::CheckRun batch = check(files);
    QString out, err;
    Json jsonFiles = Json::array();
    for (const QString& file : files) {
        const test::CheckRun one = check({file});
        out += withoutSummary(one.out);
        err += one.err;
        jsonFiles.push_back(Json::parse(
            check({QStringLiteral("--format"), QStringLiteral("json"), file}).out.toStdString())["files"][0]);
    }
    QCOMPARE(batch.status, 2);
    QCOMPARE(withoutSummary(batch.out), out);
    QVERIFY2(out.count(QLatin1Char('\n')) > 500, qPrintable(QString::number(out.count(QLatin1Char('\n')))));
    QCOMPARE(batch.err, err);
    QCOMPARE(err.count(QLatin1Char('\n')), 21); // one per unreadable file
    const QString summary = batch.out.mid(withoutSummary(batch.out).size());
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+ errors, \\d+ warnings")).match(summary).hasMatch(),
        qPrintable(summary));

    const test::CheckRun json = check(QStringList {QStringLiteral("--format"), QStringLiteral("json")} + files);
    const Json parsed = Json::parse(json.out.toStdString());
    QCOMPARE(parsed["files"], jsonFiles);
    QCOMPARE(json.out.toStdString(), printableJson(parsed.dump(2, ' ', false, Json::error_handler_t::replace)) + "\n");
}

void TestCheckReports::sarifPassesMicrosoftValidator()
{
    test::ProgramOptions installing;
    installing.timeoutMs = 600000;
    const test::ProgramRun install = test::runProgram(
        QStringLiteral(PROSERV_SOURCE_DIR "/tests/tools/install-sarif-multitool.sh"), {}, installing);
    QVERIFY2(install.exitedWith(0), qPrintable(install.describe()));
    const QString multitool = install.outText().trimmed();

    // Findings, an unreadable file and a relative path, all in one log.
    const QString bad = m_dir.filePath(QStringLiteral("bad file.json"));
    QVERIFY(test::writeBytes(bad, "{\"formatVersion\": 1,\n \"product\": 7}"));
    QDir::setCurrent(QStringLiteral(PROSERV_SOURCE_DIR));
    const test::CheckRun run = check({QStringLiteral("--format"), QStringLiteral("sarif"), kMinimal,
        QStringLiteral("resources/examples/minimal.proserv.json"), bad});
    QCOMPARE(run.status, 2);
    const Json log = Json::parse(run.out.toStdString());
    QCOMPARE(log["version"], Json("2.1.0"));
    const Json& sarifRun = log["runs"][0];
    QCOMPARE(sarifRun["tool"]["driver"]["rules"].size(), ruleCatalogue().size());
    QCOMPARE(sarifRun["results"].size(), std::size_t(30));
    const Json& result = sarifRun["results"][0];
    QCOMPARE(result["ruleId"], Json("setup-logo-url"));
    QCOMPARE(result["level"], Json("error"));
    QCOMPARE(result["locations"][0]["physicalLocation"]["region"]["startLine"], Json(9));
    QCOMPARE(result["locations"][0]["logicalLocations"][0]["fullyQualifiedName"], Json("/product/logoUrl"));
    QCOMPARE(sarifRun["invocations"][0]["executionSuccessful"], Json(false));

    const QString sarifPath = m_dir.filePath(QStringLiteral("report.sarif"));
    const QString validation = m_dir.filePath(QStringLiteral("validation.sarif"));
    QVERIFY(test::writeBytes(sarifPath, run.out.toStdString()));
    test::ProgramOptions validating;
    validating.mergeChannels = true;
    validating.timeoutMs = 120000;
    const test::ProgramRun validate = test::runProgram(multitool,
        {QStringLiteral("validate"), sarifPath, QStringLiteral("-o"), validation, QStringLiteral("--log"),
            QStringLiteral("ForceOverwrite"), QStringLiteral("--level"), QStringLiteral("Error"),
            QStringLiteral("Warning")},
        validating);
    QVERIFY2(validate.exitedWith(0), qPrintable(validate.describe()));
    const Json verdict = Json::parse(test::readBytes(validation));
    QVERIFY2(verdict["runs"][0]["results"].empty(), verdict["runs"][0]["results"].dump(2).c_str());

    // The control: the validator does object to a broken log.
    Json broken = log;
    broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        = "/absolute/without/scheme";
    QVERIFY(test::writeBytes(sarifPath, broken.dump()));
    const test::ProgramRun control = test::runProgram(multitool,
        {QStringLiteral("validate"), sarifPath, QStringLiteral("-o"), validation, QStringLiteral("--log"),
            QStringLiteral("ForceOverwrite")},
        validating);
    QVERIFY2(control.finished, qPrintable(control.describe()));
    QVERIFY(!Json::parse(test::readBytes(validation))["runs"][0]["results"].empty());
}

void TestCheckReports::ruleList()
{
    const test::CheckRun run = check({QStringLiteral("--list-rules")});
    QCOMPARE(run.status, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(static_cast<std::size_t>(lines.size()), ruleCatalogue().size());
    QVERIFY(lines.contains(QStringLiteral("usage-response-time             error   proserv-guidelines-usage          "
                                          "The promised response time is at most 2 business days.")));
}

void TestCheckReports::rulesDocumentIsCurrent()
{
    const test::CheckRun run
        = check({QStringLiteral("--list-rules"), QStringLiteral("--format"), QStringLiteral("markdown")});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.toStdString() == test::readBytes(QStringLiteral(PROSERV_SOURCE_DIR "/docs/rules.md")),
        "docs/rules.md is stale: regenerate with proserv-check --list-rules --format markdown > docs/rules.md");
    for (const RuleInfo& rule : ruleCatalogue())
        QVERIFY(run.out.contains(QString::fromUtf8(rule.id)));
}

void TestCheckReports::unknownFormat()
{
    const test::CheckRun run = check({QStringLiteral("--format"), QStringLiteral("xml"), kComplete});
    QCOMPARE(run.status, 2);
    QVERIFY(run.err.contains(QStringLiteral("unknown format")));
}

QTEST_GUILESS_MAIN(TestCheckReports)
#include "tst_checkreports.moc"
