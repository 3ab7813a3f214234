// The JSON Schema in docs/schema matches the code, and every example
// validates against it (checked by an independent validator: python3-jsonschema).
#include "ProcessRunner.h"
#include "TestSupport.h"

#include "model/NativeSchema.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

using namespace proserv;

namespace {

const QString kSchemaPath = QStringLiteral(PROSERV_SOURCE_DIR "/docs/schema/proserv-listing.schema.json");
const QString kOfferSchemaPath = QStringLiteral(PROSERV_SOURCE_DIR "/docs/schema/proserv-offer.schema.json");

// Runs a Draft 2020-12 validator; returns its exit code and fills `output`.
int validateWithJsonschema(const QString& instance, QString& output, const QString& schemaPath = kSchemaPath)
{
    const QString script = QStringLiteral(
        "import json, sys, jsonschema\n"
        "schema = json.load(open(sys.argv[1], encoding='utf-8'))\n"
        "jsonschema.Draft202012Validator.check_schema(schema)\n"
        "errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2], "
        "encoding='utf-8'))))\n"
        "for e in errors: print('/' + '/'.join(map(str, e.absolute_path)), e.message)\n"
        "sys.exit(1 if errors else 0)\n");
    const test::ProgramRun python
        = test::runProgram(QStringLiteral("python3"), {QStringLiteral("-c"), script, schemaPath, instance});
    output = QString::fromUtf8(python.out + python.err);
    return python.status;
}

} // namespace

class TestSchema : public QObject {
    Q_OBJECT

private slots:
    void committedSchemaMatchesCode();
    void examplesValidate_data();
    void examplesValidate();
    void wrongTypesAreRejected();
    void offerSchemaMatchesCodeAndExamples();
};

void TestSchema::committedSchemaMatchesCode()
{
    const Json committed = Json::parse(test::readBytes(kSchemaPath));
    QVERIFY2(committed == nativeJsonSchema(),
        "docs/schema is stale: regenerate with proserv-check schema -o docs/schema/proserv-listing.schema.json");
}

void TestSchema::examplesValidate_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& file : test::exampleFiles())
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void TestSchema::examplesValidate()
{
    QFETCH(QString, path);
    QString output;
    QCOMPARE(validateWithJsonschema(path, output), 0);
}

void TestSchema::wrongTypesAreRejected()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.proserv.json"));
    QVERIFY(
        test::writeBytes(path, R"({"formatVersion": 1, "product": {"title": 5}, "support": {"accessMethod": "fax"}})"));
    QString output;
    QCOMPARE(validateWithJsonschema(path, output), 1);
    QVERIFY2(output.contains(QStringLiteral("/product/title")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("/support/accessMethod")), qPrintable(output));
}

// The private offer's schema: generated like the listing's, every bundled
// offer valid against it, a wrong type refused.
void TestSchema::offerSchemaMatchesCodeAndExamples()
{
    QVERIFY2(Json::parse(test::readBytes(kOfferSchemaPath)) == offerJsonSchema(),
        "docs/schema is stale: regenerate with proserv-check schema --offer -o docs/schema/proserv-offer.schema.json");
    const QDir examples(QStringLiteral(PROSERV_EXAMPLES_DIR));
    const QStringList offers = examples.entryList({QStringLiteral("*.offer.json")}, QDir::Files);
    QCOMPARE(offers.size(), 2);
    for (const QString& name : offers) {
        QString output;
        QVERIFY2(validateWithJsonschema(examples.filePath(name), output, kOfferSchemaPath) == 0, qPrintable(output));
    }
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.offer.json"));
    QVERIFY(test::writeBytes(bad, R"({"formatVersion": 1, "kind": "proserv-offer", "pricing": {"model": "barter"}, "buyers": {"accounts": 5}})"));
    QString output;
    QCOMPARE(validateWithJsonschema(bad, output, kOfferSchemaPath), 1);
    QVERIFY2(output.contains(QStringLiteral("/pricing/model")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("/buyers/accounts")), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
