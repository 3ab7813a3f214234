// An exported file must be accepted by `aws marketplace-catalog
// start-change-set --cli-input-json` up to the point of connecting. Debian's
// awscli is pointed at the current botocore model with AWS_DATA_PATH, given
// dummy credentials and an endpoint where nothing listens.
#include "ProcessRunner.h"
#include "TestSupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace proserv;

namespace {

struct AwsResult {
    int exitCode = -1;
    QString output;
};

AwsResult runAws(const QString& requestFile)
{
    test::ProgramOptions options;
    options.environment = {{QStringLiteral("AWS_DATA_PATH"), QStringLiteral(PROSERV_TEST_DATA_DIR "/aws-models")},
        {QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIAIOSFODNN7EXAMPLE")},
        {QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")},
        {QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/dev/null")},
        {QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("/dev/null")},
        {QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("1")}, {QStringLiteral("AWS_PAGER"), QString()}};
    options.mergeChannels = true;
    options.timeoutMs = 120000;
    const test::ProgramRun aws = test::runProgram(QStringLiteral("aws"),
        {QStringLiteral("marketplace-catalog"), QStringLiteral("start-change-set"), QStringLiteral("--cli-input-json"),
            QStringLiteral("file://") + requestFile, QStringLiteral("--endpoint-url"),
            QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--region"), QStringLiteral("us-east-1"),
            QStringLiteral("--cli-connect-timeout"), QStringLiteral("2")},
        options);
    AwsResult result;
    if (!aws.finished)
        return result;
    result.exitCode = aws.status;
    result.output = aws.outText();
    return result;
}

QString exportWithCheck(const QString& input, const QString& output, const QStringList& extra = {})
{
    test::ProgramOptions options;
    options.mergeChannels = true;
    const test::ProgramRun check = test::runProgram(QStringLiteral(PROSERV_CHECK_BINARY),
        // --force: this tests the request format, whatever the listing's findings
        QStringList {QStringLiteral("export"), input, QStringLiteral("-o"), output, QStringLiteral("--force")} + extra,
        options);
    return check.exitedWith(0) ? QString() : check.describe();
}

} // namespace

class TestAwsCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void exportPassesParameterValidation_data();
    void exportPassesParameterValidation();
    void updateExportsPassParameterValidation_data();
    void updateExportsPassParameterValidation();
    void brokenRequestIsCaught();

private:
    QTemporaryDir m_dir;
};

void TestAwsCli::initTestCase()
{
    const QString missing = test::missingProgram(QStringLiteral("aws"), QStringLiteral("awscli"));
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
}

void TestAwsCli::exportPassesParameterValidation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("detailsString");
    for (const QString& file : test::exampleFiles()) {
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file << false;
        QTest::newRow(qPrintable(QFileInfo(file).fileName() + QStringLiteral(" --details-string"))) << file << true;
    }
}

void TestAwsCli::exportPassesParameterValidation()
{
    QFETCH(QString, path);
    QFETCH(bool, detailsString);
    const QString out = m_dir.filePath(QFileInfo(path).completeBaseName() + (detailsString ? "-s.json" : ".json"));
    const QString failure
        = exportWithCheck(path, out, detailsString ? QStringList {QStringLiteral("--details-string")} : QStringList {});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const AwsResult result = runAws(out);
    QVERIFY2(!result.output.contains(QStringLiteral("Parameter validation failed")), qPrintable(result.output));
    QVERIFY2(
        result.output.contains(QStringLiteral("Could not connect to the endpoint URL")), qPrintable(result.output));
    QVERIFY(result.exitCode != 0);
}

// Updates against an accepted version, a re-exported change set with every
// envelope member (tags, intent, change names, entity tags, kept keys) and
// the publishing changes are accepted too.
void TestAwsCli::updateExportsPassParameterValidation_data()
{
    const QString data = QStringLiteral(PROSERV_TEST_DATA_DIR "/update-flow/");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("update against DescribeEntity")
        << data + "edited.proserv.json"
        << QStringList {QStringLiteral("--baseline"), data + "accepted.describe-entity.json"};
    QTest::newRow("update, --details-string")
        << data + "edited.proserv.json"
        << QStringList {QStringLiteral("--baseline"), data + "accepted.describe-entity.json",
               QStringLiteral("--details-string")};
    QTest::newRow("re-exported envelope") << data + "envelope.changeset.json" << QStringList {};
    QTest::newRow("product update beside a private offer") << data + "product-and-offer.changeset.json" << QStringList {};
    QTest::newRow("draft of a live product, full")
        << data + "accepted.describe-entity.json" << QStringList {QStringLiteral("--full")};
    // Private offers: a change set of their own.
    const QString offers = QStringLiteral(PROSERV_TEST_DATA_DIR "/offers/");
    QTest::newRow("upfront offer") << test::examplePath(QStringLiteral("migration-readiness-upfront.offer.json"))
                                   << QStringList {};
    QTest::newRow("installment offer")
        << test::examplePath(QStringLiteral("migration-readiness-installments.offer.json")) << QStringList {};
    QTest::newRow("offer change set, Details string") << offers + "installments.changeset.json" << QStringList {};
    QTest::newRow("update of an offer AWS holds")
        << offers + "existing-offer-availability.changeset.json" << QStringList {};
    QTest::newRow("released offer read from DescribeEntity, a new accept-by date")
        << offers + "released-offer-new-date.offer.json" << QStringList {};
}

void TestAwsCli::updateExportsPassParameterValidation()
{
    QFETCH(QString, path);
    QFETCH(QStringList, extra);
    const QString out = m_dir.filePath(QStringLiteral("update-%1.json").arg(QTest::currentDataTag()).replace(' ', '-'));
    const QString failure = exportWithCheck(path, out, extra);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(QFileInfo(out).size() > 0);
    const AwsResult result = runAws(out);
    QVERIFY2(!result.output.contains(QStringLiteral("Parameter validation failed")), qPrintable(result.output));
    QVERIFY2(
        result.output.contains(QStringLiteral("Could not connect to the endpoint URL")), qPrintable(result.output));
}

// The control: the same harness does notice a request the API would refuse,
// so a pass above means something.
void TestAwsCli::brokenRequestIsCaught()
{
    const QString out = m_dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(test::writeBytes(out,
        R"({"Catalog": "AWSMarketplace", "ChangeSet": [{"Entity": {"Type": "ProfessionalServicesProduct@1.0"}}]})"));
    const AwsResult result = runAws(out);
    QVERIFY2(result.output.contains(QStringLiteral("Parameter validation failed")), qPrintable(result.output));
}

QTEST_GUILESS_MAIN(TestAwsCli)
#include "tst_awscli.moc"
