// The native document: canonical bytes, round trips and unknown keys.
#include "TestSupport.h"

#include "model/NativeFormat.h"

using namespace proserv;

class TestNativeFormat : public QObject {
    Q_OBJECT

private slots:
    void examplesRoundTripByteIdentical_data();
    void examplesRoundTripByteIdentical();
    void savedFileIsCanonical();
    void unknownKeysSurviveAtEveryLevel();
    void missingKeysTakeDefaults();
    void unicodeIsKeptAsUtf8();
};

void TestNativeFormat::examplesRoundTripByteIdentical_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = test::exampleFiles();
    QVERIFY(files.size() >= 2);
    for (const QString& file : files)
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void TestNativeFormat::examplesRoundTripByteIdentical()
{
    QFETCH(QString, path);
    const std::string original = test::readBytes(path);
    QVERIFY(!original.empty());
    const LoadOutcome outcome = loadDocumentText(original, path.toStdString());
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.document->kind, DocumentKind::Native);
    QCOMPARE(serializeNative(outcome.document->listing), original);
}

void TestNativeFormat::savedFileIsCanonical()
{
    Listing listing;
    listing.product.title = "Title";
    const std::string text = serializeNative(listing);
    QVERIFY(text.rfind("{\n  \"formatVersion\": 1,\n  \"product\": {\n    \"productId\": \"\",", 0) == 0);
    QCOMPARE(text.back(), '\n');
    QVERIFY(text.find('\t') == std::string::npos);
    // Section order is the form's order, whatever order the input had.
    QVERIFY(text.find("\"product\"") < text.find("\"support\""));
    QVERIFY(text.find("\"support\"") < text.find("\"pricing\""));
    QVERIFY(text.find("\"visibility\"") < text.find("\"attestations\""));
}

void TestNativeFormat::unknownKeysSurviveAtEveryLevel()
{
    const std::string input = R"({
  "formatVersion": 1,
  "zTopLevel": {"nested": [1, 2, {"deep": true}]},
  "product": {
    "title": "T",
    "x-product": "kept",
    "additionalResources": [{"text": "Guide", "url": "https://example.com", "x-resource": 7}]
  },
  "support": {"contacts": {"email": "a@example.com", "x-contacts": null}, "x-support": [1]},
  "pricing": {"x-pricing": "p", "dimensions": [{"key": "k", "x-dimension": {"a": 1}}]},
  "serviceTerms": {"x-terms": false},
  "architecture": {"iamPolicies": [{"name": "n", "x-policy": "kept"}], "x-architecture": 1.5},
  "visibility": {"x-visibility": "v"},
  "attestations": {"x-attestations": "a"}
}
)";
    const LoadOutcome first = loadDocumentText(input, "unknown.proserv.json");
    QVERIFY(first.ok());
    const std::string saved = serializeNative(first.document->listing);
    const Json reparsed = Json::parse(saved);
    QCOMPARE(reparsed["zTopLevel"], Json::parse(R"({"nested": [1, 2, {"deep": true}]})"));
    QCOMPARE(reparsed["product"]["x-product"], Json("kept"));
    QCOMPARE(reparsed["product"]["additionalResources"][0]["x-resource"], Json(7));
    QVERIFY(reparsed["support"]["contacts"].contains("x-contacts"));
    QCOMPARE(reparsed["support"]["x-support"], Json::parse("[1]"));
    QCOMPARE(reparsed["pricing"]["x-pricing"], Json("p"));
    QCOMPARE(reparsed["pricing"]["dimensions"][0]["x-dimension"], Json::parse(R"({"a": 1})"));
    QCOMPARE(reparsed["serviceTerms"]["x-terms"], Json(false));
    QCOMPARE(reparsed["architecture"]["iamPolicies"][0]["x-policy"], Json("kept"));
    QCOMPARE(reparsed["architecture"]["x-architecture"], Json(1.5));
    QCOMPARE(reparsed["visibility"]["x-visibility"], Json("v"));
    QCOMPARE(reparsed["attestations"]["x-attestations"], Json("a"));

    // A second round trip is byte-identical: unknown keys have a stable place.
    const LoadOutcome second = loadDocumentText(saved, "saved.proserv.json");
    QVERIFY(second.ok());
    QCOMPARE(serializeNative(second.document->listing), saved);
    QVERIFY(second.document->listing == first.document->listing);
}

void TestNativeFormat::missingKeysTakeDefaults()
{
    const LoadOutcome outcome
        = loadDocumentText(R"({"formatVersion": 1, "pricing": {"dimensions": [{"key": "a"}]}})", "d");
    QVERIFY(outcome.ok());
    const Listing& l = outcome.document->listing;
    QCOMPARE(l.pricing.dimensions.size(), std::size_t(1));
    QCOMPARE(l.pricing.dimensions[0].unit, std::string("Units"));
    QCOMPARE(l.pricing.dimensions[0].types, std::vector<std::string> {"Entitled"});
    QCOMPARE(l.support.accessMethod, AccessMethod::SellerContacts);
    QVERIFY(!l.support.responseTimeBusinessDays.has_value());
    QVERIFY(!l.attestations.registeredPaidSeller);
    // An unset response time is left out of the file rather than invented.
    QVERIFY(serializeNative(l).find("responseTimeBusinessDays") == std::string::npos);
}

void TestNativeFormat::unicodeIsKeptAsUtf8()
{
    Listing listing;
    listing.product.title = "Migração für Ärzte – 移行 🚀";
    const std::string text = serializeNative(listing);
    QVERIFY(text.find("Migração für Ärzte – 移行 🚀") != std::string::npos); // not \u-escaped
    const LoadOutcome outcome = loadDocumentText(text, "u");
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.document->listing.product.title, listing.product.title);
}

QTEST_GUILESS_MAIN(TestNativeFormat)
#include "tst_nativeformat.moc"
