// Issue 12: submitted files are read faithfully, and a live product's update
// sends exactly what changed since the accepted version.
#include "TestSupport.h"

#include "model/AcceptedVersion.h"
#include "model/ChangeSetExport.h"
#include "model/DocumentLoader.h"
#include "model/ListingDiff.h"
#include "model/NativeFormat.h"

#include <QtTest>

using namespace proserv;

namespace {

const QString kData = QStringLiteral(PROSERV_TEST_DATA_DIR "/update-flow/");

LoadedDocument load(const QString& name)
{
    LoadOutcome outcome = loadDocumentFile((kData + name).toStdString());
    if (!outcome.ok())
        qFatal("%s", outcome.errors.front().toString().c_str());
    return *outcome.document;
}

std::string bytesOf(const Json& request)
{
    return request.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

// The change of `type` in an exported request, or null.
Json changeOf(const Json& request, const char* type)
{
    for (const Json& change : request["ChangeSet"])
        if (change["ChangeType"] == type)
            return change;
    return Json();
}

} // namespace

class TestUpdateFlow : public QObject {
    Q_OBJECT

private slots:
    void envelopeRoundTripsByteForByte();
    void envelopeSurvivesTheNativeDocument();
    void editsKeepTheEnvelope();
    void clientRequestTokenIsReportedAndDropped();
    void describeEntityRemembersTheAcceptedVersion();
    void unchangedUpdateWritesNothing();
    void updateSendsOnlyWhatChanged();
    void baselineFromAnEarlierFile();
    void newProductReleaseAndPublish();
    void diffSeesEnvelopeChanges();
};

void TestUpdateFlow::envelopeRoundTripsByteForByte()
{
    const std::string original = test::readBytes(kData + "envelope.changeset.json");
    const LoadedDocument doc = load("envelope.changeset.json");
    QCOMPARE(bytesOf(exportChangeSet(doc.listing)), original);
    const SubmissionSettings& s = doc.listing.submission;
    QCOMPARE(s.intent, std::string("VALIDATE"));
    QCOMPARE(*s.changeSetName, std::string("Resubmit assessment"));
    QVERIFY(s.changeSetTags.present());
    QCOMPARE(s.targetVisibility, std::string("Public"));
    QCOMPARE(doc.listing.product.videoUrls.size(), std::size_t(1));
    QCOMPARE(doc.listing.product.promotionalMedia.at(0).title, std::string("Report screen"));
    QCOMPARE(doc.listing.product.supportResources.size(), std::size_t(1));
    // The update of an existing dimension has no Unit; the one it sent is kept as sent.
    const PricingDimension& gold = doc.listing.pricing.dimensions.at(0);
    QVERIFY(gold.onLiveProduct);
    QCOMPARE(gold.unit, std::string());
    QCOMPARE(gold.catalogExtras.value, Json::parse(R"({"Unit": "Hours"})"));
}

void TestUpdateFlow::envelopeSurvivesTheNativeDocument()
{
    const std::string original = test::readBytes(kData + "envelope.changeset.json");
    const LoadOutcome native
        = loadDocumentText(serializeNative(load("envelope.changeset.json").listing), "draft.proserv.json");
    QVERIFY(native.ok());
    QCOMPARE(bytesOf(exportChangeSet(native.document->listing)), original);
}

void TestUpdateFlow::editsKeepTheEnvelope()
{
    Listing l = load("envelope.changeset.json").listing;
    l.product.title = "A new title";
    l.product.videoUrls.clear();
    const Json request = exportChangeSet(l);
    const Json info = changeOf(request, "UpdateInformation");
    QCOMPARE(info["DetailsDocument"]["ProductTitle"], Json("A new title"));
    QVERIFY(!info["DetailsDocument"].contains("VideoUrls"));
    QCOMPARE(info["ChangeName"], Json("InformationChange"));
    QCOMPARE(info["DetailsDocument"]["FutureKey"], Json::parse(R"({"Nested": [1, 2]})"));
    QCOMPARE(changeOf(request, "UpdateVisibility")["EntityTags"], Json::parse(R"([{"Key": "team", "Value": "ps"}])"));
    QCOMPARE(changeOf(request, "RestrictDimensions")["DetailsDocument"], Json::parse(R"([{"Key": "Bronze"}])"));
    QCOMPARE(request["Intent"], Json("VALIDATE"));
    QCOMPARE(request["ChangeSetTags"][0]["Key"], Json("project"));
}

void TestUpdateFlow::clientRequestTokenIsReportedAndDropped()
{
    std::string text = test::readBytes(kData + "envelope.changeset.json");
    text.insert(text.find("\"Intent\""), "\"ClientRequestToken\": \"resubmit-1\",\n  ");
    const LoadOutcome outcome = loadDocumentText(text, "token.json");
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.document->notices.size(), std::size_t(1));
    const LoadError& notice = outcome.document->notices.front();
    QCOMPARE(notice.pointer, std::string("/ClientRequestToken"));
    QVERIFY(notice.position.known());
    QVERIFY(notice.toString().find(": note: ") != std::string::npos);
    QVERIFY(!exportChangeSet(outcome.document->listing).contains("ClientRequestToken"));
}

void TestUpdateFlow::describeEntityRemembersTheAcceptedVersion()
{
    const LoadedDocument doc = load("accepted.describe-entity.json");
    const AcceptedVersion& accepted = doc.listing.accepted;
    QVERIFY(accepted.present());
    QCOMPARE(accepted.revision, std::string("3"));
    QCOMPARE(accepted.visibility, std::string("Limited"));
    QCOMPARE(accepted.state, std::string("Active"));
    QVERIFY(QString::fromStdString(accepted.source).endsWith(QLatin1String("accepted.describe-entity.json")));
    QCOMPARE(accepted.product.productId, std::string("prod-gis66v5zxadfk"));
    // Kept through the native document.
    const LoadOutcome native = loadDocumentText(serializeNative(doc.listing), "draft.proserv.json");
    QVERIFY(native.ok());
    QVERIFY(native.document->listing.accepted == accepted);
}

void TestUpdateFlow::unchangedUpdateWritesNothing()
{
    const Listing l = load("accepted.describe-entity.json").listing;
    QVERIFY(exportsAsUpdate(l));
    QVERIFY(isEmptyUpdate(exportChangeSet(l)));
    ExportOptions full;
    full.fullListing = true;
    QVERIFY(!isEmptyUpdate(exportChangeSet(l, full)));
}

void TestUpdateFlow::updateSendsOnlyWhatChanged()
{
    Listing l = load("accepted.describe-entity.json").listing;
    l.product.title = "New title";
    l.product.sku.clear(); // emptied text: sent as null
    l.product.additionalResources.clear(); // emptied list: sent as []
    l.pricing.dimensions[0].description = "Gold tier, revised";
    PricingDimension silver = l.pricing.dimensions[0];
    silver.key = "Silver";
    silver.name = "Silver";
    silver.onLiveProduct = false;
    l.pricing.dimensions.push_back(silver);
    const Json request = exportChangeSet(l);
    QCOMPARE(request["ChangeSet"].size(), std::size_t(3)); // no CreateProduct, no UpdateTargeting
    QVERIFY(changeOf(request, "CreateProduct").is_null());
    QVERIFY(changeOf(request, "UpdateTargeting").is_null());
    QCOMPARE(changeOf(request, "UpdateInformation")["DetailsDocument"],
        Json::parse(R"({"ProductTitle": "New title", "Sku": null, "AdditionalResources": []})"));
    QCOMPARE(changeOf(request, "AddDimensions")["DetailsDocument"][0]["Key"], Json("Silver"));
    QCOMPARE(changeOf(request, "AddDimensions")["DetailsDocument"].size(), std::size_t(1));
    QCOMPARE(changeOf(request, "UpdateDimensions")["DetailsDocument"],
        Json::parse(R"([{"Key": "Gold", "Description": "Gold tier, revised"}])"));
    for (const Json& change : request["ChangeSet"])
        QCOMPARE(change["Entity"]["Identifier"], Json("prod-gis66v5zxadfk"));

    // The buyer list is sent only when it changed, and an emptied one is sent empty.
    l.visibility.buyerAccounts.clear();
    QCOMPARE(changeOf(exportChangeSet(l), "UpdateTargeting")["DetailsDocument"]["PositiveTargeting"]["BuyerAccounts"],
        Json::array());
}

void TestUpdateFlow::baselineFromAnEarlierFile()
{
    // An earlier change set as the baseline: the draft's identical fields are not re-sent.
    Listing earlier = load("envelope.changeset.json").listing;
    Listing draft = earlier;
    draft.submission = {};
    draft.pricing.dimensions[1].description = "Silver tier, longer";
    draft.accepted = acceptedVersionOf(earlier, "earlier.json");
    const Json request = exportChangeSet(draft);
    QCOMPARE(request["ChangeSet"].size(), std::size_t(1));
    QCOMPARE(changeOf(request, "UpdateDimensions")["DetailsDocument"],
        Json::parse(R"([{"Key": "Silver", "Description": "Silver tier, longer"}])"));
}

void TestUpdateFlow::newProductReleaseAndPublish()
{
    Listing l = test::loadOrFail(test::examplePath(QStringLiteral("migration-readiness-assessment.proserv.json")));
    l.submission.releaseProduct = true;
    l.submission.targetVisibility = "Public";
    const Json request = exportChangeSet(l);
    const Json& changes = request["ChangeSet"];
    QCOMPARE(changes[changes.size() - 2]["ChangeType"], Json("ReleaseProduct"));
    QCOMPARE(changes[changes.size() - 2]["DetailsDocument"], Json::object());
    QCOMPARE(changes.back()["ChangeType"], Json("UpdateVisibility"));
    QCOMPARE(changes.back()["DetailsDocument"], Json::parse(R"({"TargetVisibility": "Public"})"));
    QCOMPARE(changes.back()["Entity"]["Identifier"], Json("$CreateProductChange.Entity.Identifier"));
}

void TestUpdateFlow::diffSeesEnvelopeChanges()
{
    const Listing original = load("envelope.changeset.json").listing;
    Listing changed = original;
    changed.submission.intent.clear();
    changed.submission.changeSetTags = {};
    QStringList changedPointers;
    for (const FieldChange& change : diffListings(original, changed))
        changedPointers << QString::fromStdString(change.pointer);
    QCOMPARE(changedPointers, QStringList({QStringLiteral("/submission/intent"), QStringLiteral("/submission/changeSetTags")}));
    QVERIFY(diffListings(original, original).empty());
}

QTEST_GUILESS_MAIN(TestUpdateFlow)
#include "tst_updateflow.moc"
