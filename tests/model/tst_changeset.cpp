// Change-set export and import of submitted files.
#include "TestSupport.h"

#include "model/ChangeSetExport.h"
#include "model/DocumentLoader.h"
#include "model/FieldPatterns.h"
#include "model/FieldPointers.h"
#include "model/OfferExport.h"
#include "model/OfferFormat.h"
#include "model/JsonFields.h"
#include "model/NativeFormat.h"
#include "model/SubmissionFields.h"

using namespace proserv;

namespace {

Listing completeExample()
{
    return test::loadOrFail(test::examplePath(QStringLiteral("migration-readiness-assessment.proserv.json")));
}

// The concrete pointers of `pattern` in `document` ("*" over every index).
void expandPattern(const Json& document, const std::string& pattern, std::vector<std::string>& out)
{
    const std::size_t star = pattern.find("/*");
    if (star == std::string::npos) {
        out.push_back(pattern);
        return;
    }
    const std::string list = pattern.substr(0, star);
    const Json::json_pointer at(list);
    if (!document.contains(at) || !document.at(at).is_array())
        return;
    for (std::size_t i = 0; i < document.at(at).size(); ++i)
        expandPattern(document, list + "/" + std::to_string(i) + pattern.substr(star + 2), out);
}

// Every submitted field of the table (the envelope has tests of its own)
// survives export and import; draft-only fields are not compared.
void compareExportableFields(const Listing& imported, const Listing& original)
{
    const Json a = Json::parse(serializeNative(imported));
    const Json b = Json::parse(serializeNative(original));
    int compared = 0;
    for (const FieldDestination& d : fieldDestinations()) {
        const std::string pattern = d.pointer;
        if (!d.submitted() || pattern.rfind("/submission/", 0) == 0)
            continue;
        // A list of records is compared by its item rows, and here by its length.
        const bool records = std::any_of(fieldDestinations().begin(), fieldDestinations().end(),
            [&](const FieldDestination& item) { return std::string(item.pointer).rfind(pattern + "/*/", 0) == 0; });
        std::vector<std::string> pointers;
        expandPattern(b, pattern, pointers);
        for (const std::string& pointer : pointers) {
            const Json::json_pointer at(pointer);
            const Json expected = b.contains(at) ? b.at(at) : Json();
            const Json actual = a.contains(at) ? a.at(at) : Json();
            if (records)
                QVERIFY2(actual.size() == expected.size(), pointer.c_str());
            else
                QVERIFY2(actual == expected, (pointer + ": " + actual.dump() + " != " + expected.dump()).c_str());
            ++compared;
        }
    }
    QVERIFY(compared > 20);
}

} // namespace

class TestChangeSet : public QObject {
    Q_OBJECT

private slots:
    void newProductStartsWithCreateProduct();
    void existingProductIsChangedInPlace();
    void targetingOnlyWithBuyerAccounts();
    void emptyFieldsAreLeftOut();
    void stringifiedDetails();
    void changeSetName();
    void roundTripKeepsExportableFields_data();
    void roundTripKeepsExportableFields();
    void importLowerCamelChangeSetAndUpdateDimensions();
    void importDescribeEntity();
    void importBareEntityDetails();
    void detailsStringReadLikeAFile();
    void nativeOnlyFieldsAreNotInvented();
    void destinationTableMatchesExport();
    void everyModelFieldHasATableRow();
    void fieldTableIsDocumented();
    void namedFieldsAreInTheTable();
    void otherEntitiesChangesAreKeptInPlace();
    void offerOnlyChangeSetOpensAsAnOffer();
    void malformedChangeSetsAreRefused_data();
    void malformedChangeSetsAreRefused();
    void describeEntityFindingsHaveTheirPlace();
    void categoriesExportInAwsSpelling();
};

void TestChangeSet::newProductStartsWithCreateProduct()
{
    const Json request = exportChangeSet(completeExample());
    QCOMPARE(request["Catalog"], Json("AWSMarketplace"));
    const Json& changes = request["ChangeSet"];
    QCOMPARE(changes.size(), std::size_t(4));
    QCOMPARE(changes[0]["ChangeType"], Json("CreateProduct"));
    QCOMPARE(changes[0]["ChangeName"], Json("CreateProductChange"));
    QCOMPARE(changes[0]["Entity"], Json::parse(R"({"Type": "ProfessionalServicesProduct@1.0"})"));
    QCOMPARE(changes[1]["ChangeType"], Json("UpdateInformation"));
    QCOMPARE(changes[2]["ChangeType"], Json("AddDimensions"));
    QCOMPARE(changes[3]["ChangeType"], Json("UpdateTargeting"));
    for (std::size_t i = 1; i < changes.size(); ++i) {
        QCOMPARE(changes[i]["Entity"]["Identifier"], Json("$CreateProductChange.Entity.Identifier"));
        QCOMPARE(changes[i]["Entity"]["Type"], Json("ProfessionalServicesProduct@1.0"));
        QVERIFY(!changes[i].contains("Details"));
    }
    QVERIFY(changes[1]["DetailsDocument"].is_object());
    QVERIFY(changes[2]["DetailsDocument"].is_array());
    QCOMPARE(changes[2]["DetailsDocument"][0]["Key"], Json("mra-standard"));
    QCOMPARE(changes[2]["DetailsDocument"][0]["Types"], Json::parse(R"(["Entitled"])"));
    QCOMPARE(changes[3]["DetailsDocument"]["PositiveTargeting"]["BuyerAccounts"], Json::parse(R"(["444455556666"])"));
}

void TestChangeSet::existingProductIsChangedInPlace()
{
    Listing listing = completeExample();
    listing.product.productId = "prod-abcdefghijklm";
    const Json changes = exportChangeSet(listing)["ChangeSet"];
    QCOMPARE(changes[0]["ChangeType"], Json("UpdateInformation"));
    for (const Json& change : changes) {
        QVERIFY(change["ChangeType"] != Json("CreateProduct"));
        QCOMPARE(change["Entity"]["Identifier"], Json("prod-abcdefghijklm"));
    }
}

void TestChangeSet::targetingOnlyWithBuyerAccounts()
{
    Listing listing = completeExample();
    listing.visibility.buyerAccounts.clear();
    listing.pricing.dimensions.clear();
    const Json changes = exportChangeSet(listing)["ChangeSet"];
    QCOMPARE(changes.size(), std::size_t(2));
    QCOMPARE(changes[1]["ChangeType"], Json("UpdateInformation"));
}

void TestChangeSet::emptyFieldsAreLeftOut()
{
    Listing listing;
    listing.product.title = "Only a title";
    const Json details = exportChangeSet(listing)["ChangeSet"][1]["DetailsDocument"];
    QCOMPARE(details["ProductTitle"], Json("Only a title"));
    QVERIFY(!details.contains("Sku"));
    QVERIFY(!details.contains("LongDescription"));
    QVERIFY(!details.contains("Highlights"));
}

void TestChangeSet::stringifiedDetails()
{
    const Listing listing = completeExample();
    const Json request = exportChangeSet(listing, {true});
    for (const Json& change : request["ChangeSet"]) {
        // Details may only hold an object: AddDimensions (an array) keeps DetailsDocument.
        if (change["ChangeType"] == "AddDimensions") {
            QVERIFY(!change.contains("Details"));
            QVERIFY(change["DetailsDocument"].is_array());
            continue;
        }
        QVERIFY(!change.contains("DetailsDocument"));
        QVERIFY(change["Details"].is_string());
    }
    QCOMPARE(Json::parse(request["ChangeSet"][1]["Details"].get<std::string>())["ProductTitle"],
        Json(listing.product.title));
    // And it imports back to the same exportable fields.
    FieldProblems problems;
    const LoadOutcome outcome = loadDocumentText(request.dump(), "stringified.json");
    QVERIFY(outcome.ok());
    compareExportableFields(outcome.document->listing, listing);
}

void TestChangeSet::changeSetName()
{
    Listing listing;
    listing.product.title = "Ünïcode & (brackets) OK: v1.0";
    QCOMPARE(changeSetNameFor(listing), std::string("Create ncode  brackets OK: v1.0"));
    listing.product.title = std::string(300, 'a');
    QCOMPARE(changeSetNameFor(listing).size(), std::size_t(100));
}

void TestChangeSet::roundTripKeepsExportableFields_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& file : test::exampleFiles())
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void TestChangeSet::roundTripKeepsExportableFields()
{
    QFETCH(QString, path);
    const Listing original = test::loadOrFail(path);
    const LoadOutcome outcome = loadDocumentText(serializeChangeSet(original), "export.json");
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.document->kind, DocumentKind::ChangeSet);
    compareExportableFields(outcome.document->listing, original);
}

void TestChangeSet::importLowerCamelChangeSetAndUpdateDimensions()
{
    // AWS's PublishExistingSaas sample spells "changeSet"; the CLI refuses it,
    // so the file is refused with the reason instead of being read as if right.
    const char* text = R"({
  "Catalog": "AWSMarketplace",
  "changeSet": [
    {"ChangeType": "UpdateDimensions", "Entity": {"Type": "ProfessionalServicesProduct@1.0", "Identifier": "prod-1111111111111"},
     "DetailsDocument": [{"Key": "Gold", "Types": ["Entitled"], "Description": "New description"}]}
  ]
})";
    LoadOutcome outcome = loadDocumentText(text, "lower.json");
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.errors.front().pointer, std::string("/changeSet"));
    QCOMPARE(outcome.errors.front().position.line, 3);
    QVERIFY(outcome.errors.front().message.toString().find("capital C") != std::string::npos);

    // Spelled right, an UpdateDimensions item stays an update: no Unit, no Types or Name invented.
    std::string fixed = text;
    fixed.replace(fixed.find("changeSet"), 9, "ChangeSet");
    outcome = loadDocumentText(fixed, "upper.json");
    QVERIFY(outcome.ok());
    const Listing& l = outcome.document->listing;
    QCOMPARE(l.pricing.dimensions.size(), std::size_t(1));
    QVERIFY(l.pricing.dimensions[0].onLiveProduct);
    QCOMPARE(l.pricing.dimensions[0].unit, std::string());
    QCOMPARE(l.pricing.dimensions[0].name, std::string());
    QCOMPARE(l.pricing.dimensions[0].description, std::string("New description"));
    const Json exported = exportChangeSet(l);
    QCOMPARE(exported["ChangeSet"].size(), std::size_t(1));
    QCOMPARE(exported["ChangeSet"][0]["ChangeType"], Json("UpdateDimensions"));
    QCOMPARE(exported["ChangeSet"][0]["DetailsDocument"],
        Json::parse(R"([{"Key": "Gold", "Description": "New description", "Types": ["Entitled"]}])"));
}

void TestChangeSet::importDescribeEntity()
{
    const char* text = R"({
  "EntityType": "ProfessionalServicesProduct@1.0",
  "EntityIdentifier": "prod-gis66v5zxadfk@3",
  "EntityArn": "arn:aws:aws-marketplace:us-east-1:123456789012:AWSMarketplace/ProfessionalServicesProduct/prod-gis66v5zxadfk",
  "LastModifiedDate": "2026-01-02T03:04:05Z",
  "DetailsDocument": {
    "Description": {"ProductTitle": "Test Product", "ShortDescription": "Short", "LongDescription": "Long",
                    "Sku": "SKU", "Highlights": ["H1"], "SearchKeywords": ["k1", "k2"], "Categories": ["Training"],
                    "AssociatedProducts": ["prod-abcdefghijklm"], "Visibility": "Limited", "ProductState": "Active"},
    "PromotionalResources": {"LogoUrl": "https://s3.amazonaws.com/awsmp-logos/logo.png",
                             "AdditionalResources": [{"Type": "Link", "Text": "Guide", "Url": "https://example.com/g"}]},
    "SupportInformation": {"Description": "Support text"},
    "Dimensions": [{"Name": "Plan", "Description": "Plan d", "Key": "plan", "Unit": "Units", "Types": ["Entitled"]}],
    "Targeting": {"PositiveTargeting": {"BuyerAccounts": ["111111111111"]}}
  }
})";
    const LoadOutcome outcome = loadDocumentText(text, "describe.json");
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.document->kind, DocumentKind::DescribeEntity);
    const Listing& l = outcome.document->listing;
    QCOMPARE(l.product.productId, std::string("prod-gis66v5zxadfk"));
    QCOMPARE(l.product.title, std::string("Test Product"));
    QCOMPARE(l.product.sku, std::string("SKU"));
    QCOMPARE(l.product.searchKeywords, (std::vector<std::string> {"k1", "k2"}));
    QCOMPARE(l.product.logoUrl, std::string("https://s3.amazonaws.com/awsmp-logos/logo.png"));
    QCOMPARE(l.product.additionalResources.size(), std::size_t(1));
    QCOMPARE(l.product.additionalResources[0].url, std::string("https://example.com/g"));
    QCOMPARE(l.product.supportDescription, std::string("Support text"));
    QCOMPARE(l.architecture.relatedProducts, std::vector<std::string> {"prod-abcdefghijklm"});
    QCOMPARE(l.pricing.dimensions.size(), std::size_t(1));
    QCOMPARE(l.pricing.dimensions[0].key, std::string("plan"));
    QCOMPARE(l.visibility.buyerAccounts, std::vector<std::string> {"111111111111"});
}

void TestChangeSet::importBareEntityDetails()
{
    const LoadOutcome outcome = loadDocumentText(
        R"({"Details": "{\"Description\": {\"ProductTitle\": \"From string\"}}", "EntityType": "ProfessionalServicesProduct@1.0"})",
        "details-string.json");
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.document->listing.product.title, std::string("From string"));
}

// A Details string is JSON a stranger wrote, read like a file: a key twice
// (which one would AWS Marketplace take?) or a bottomless nesting is refused
// with the field and the character, not silently resolved.
void TestChangeSet::detailsStringReadLikeAFile()
{
    const LoadOutcome twice
        = loadDocumentText(R"({"Details": "{\"Description\": {\"ProductTitle\": \"A\", \"ProductTitle\": \"B\"}}", )"
                           R"("EntityType": "ProfessionalServicesProduct@1.0"})",
            "twice.json");
    QVERIFY(!twice.ok());
    QCOMPARE(twice.errors.size(), std::size_t(1));
    QCOMPARE(twice.errors[0].pointer, std::string("/Details"));
    QCOMPARE(QString::fromStdString(twice.errors[0].message.toString()),
        QStringLiteral("the Details string has the key \"ProductTitle\" twice in one object (at character 39); "
                       "write it once"));

    const std::string deep = std::string(200, '[') + std::string(200, ']');
    const LoadOutcome nested = loadDocumentText(
        R"({"Details": ")" + deep + R"(", "EntityType": "ProfessionalServicesProduct@1.0"})", "deep.json");
    QVERIFY(!nested.ok());
    QCOMPARE(nested.errors[0].pointer, std::string("/Details"));
    QVERIFY(nested.errors[0].message.toString().find("nested more than 64 levels deep (at character 65)")
        != std::string::npos);
}

void TestChangeSet::nativeOnlyFieldsAreNotInvented()
{
    const LoadOutcome outcome = loadDocumentText(serializeChangeSet(completeExample()), "export.json");
    QVERIFY(outcome.ok());
    const Listing& l = outcome.document->listing;
    QVERIFY(l.support.contacts.email.empty());
    QVERIFY(!l.support.responseTimeBusinessDays);
    QVERIFY(!l.attestations.registeredPaidSeller);
    QVERIFY(l.architecture.iamPolicies.empty());
    QVERIFY(l.pricing.dimensions[0].service.empty());
}

// model/SubmissionFields.cpp says where each field goes; the export must
// agree: every submitted field is at its place in the change set, and no
// draft-only value is anywhere in it.
void TestChangeSet::destinationTableMatchesExport()
{
    Listing l = completeExample();
    l.product.productId = "prod-abcdefghijklm"; // so the entity identifier is a field too
    l.serviceTerms.text = "Our terms are on the website and in the private offer.";
    l.product.videoUrls = {"https://example.com/video.mp4"};
    l.product.promotionalMedia = {{"Image", "https://example.com/a.png", "Screen",
        "aGFzaA==", "https://example.com/p.png", "https://example.com/t.png", {}, {}}};
    l.product.supportResources = {"https://example.com/support"};
    l.submission.changeSetName = "Update the assessment";
    l.submission.intent = "VALIDATE";
    l.submission.targetVisibility = "Public";
    l.submission.replacementProductId = "prod-zyxwvutsrqpon";
    const Json exported = exportChangeSet(l);
    const std::string bytes = exported.dump();
    const SubmissionLayout layout = SubmissionLayout::of(exported, true);
    const Json native = toNativeJson(l);
    int submitted = 0, kept = 0;
    for (const FieldDestination& d : fieldDestinations()) {
        // Every concrete pointer of the entry (list indices filled in).
        std::vector<std::string> pointers {""};
        for (const std::string& token : splitPointer(d.pointer)) {
            std::vector<std::string> next;
            for (const std::string& prefix : pointers) {
                if (token != "*") {
                    next.push_back(prefix + "/" + token);
                    continue;
                }
                const Json& list = native.at(Json::json_pointer(prefix));
                for (std::size_t i = 0; i < list.size(); ++i)
                    next.push_back(prefix + "/" + std::to_string(i));
            }
            pointers = next;
        }
        for (const std::string& pointer : pointers) {
            const Json& value = native.at(Json::json_pointer(pointer));
            if (d.submitted()) {
                const std::optional<std::string> place = layout.filePointerOf(pointer);
                QVERIFY2(place && exported.contains(Json::json_pointer(*place)), pointer.c_str());
                const Json& sent = exported.at(Json::json_pointer(*place));
                // Records are renamed key by key (text → Text), checked by their own entries.
                const bool records = value.is_array() && !value.empty() && value.front().is_object();
                QVERIFY2(records ? sent.size() == value.size() : sent == value, pointer.c_str());
                ++submitted;
            } else if (value.is_string() && value.get<std::string>().size() >= 8) {
                QVERIFY2(bytes.find(Json(value.get<std::string>()).dump()) == std::string::npos, pointer.c_str());
                ++kept;
            }
        }
    }
    QVERIFY(submitted > 20);
    QVERIFY(kept > 10);
}

// A change set that creates a product and a private offer for it: the
// offer's changes are kept whole and in place; unedited, the file is written
// back byte for byte; edited, only the product's changes differ.
void TestChangeSet::otherEntitiesChangesAreKeptInPlace()
{
    const Json request = Json::parse(R"({
      "Catalog": "AWSMarketplace",
      "ChangeSet": [
        {"ChangeType": "CreateProduct", "ChangeName": "CreateProductChange",
         "Entity": {"Type": "ProfessionalServicesProduct@1.0"}, "DetailsDocument": {}},
        {"ChangeType": "CreateOffer", "ChangeName": "CreateOfferChange", "Entity": {"Type": "Offer@1.0"},
         "DetailsDocument": {"ProductId": "$CreateProductChange.Entity.Identifier", "Unknown": [1, 2.50, "x"]}},
        {"ChangeType": "UpdateInformation",
         "Entity": {"Type": "ProfessionalServicesProduct@1.0", "Identifier": "$CreateProductChange.Entity.Identifier"},
         "DetailsDocument": {"ProductTitle": "Assessment", "ShortDescription": "Short."}},
        {"ChangeType": "UpdateInformation",
         "Entity": {"Type": "Offer@1.0", "Identifier": "$CreateOfferChange.Entity.Identifier"},
         "DetailsDocument": {"Name": "Private offer for Example Corp", "Description": "Two weeks."}},
        {"ChangeType": "UpdateTargeting", "Entity": {"Type": "Offer@1.0", "Identifier": "$CreateOfferChange.Entity.Identifier"},
         "Details": "{\"PositiveTargeting\": {\"BuyerAccounts\": [\"111122223333\"]}}"},
        {"ChangeType": "ConfigureTheFuture", "Entity": {"Type": "SomethingNew@2.0", "Identifier": "thing-1"},
         "DetailsDocument": {"Anything": true}}
      ]
    })");
    const std::string text = serializeRequest(request);
    LoadOutcome outcome = loadDocumentText(text, "mixed.json");
    QVERIFY2(outcome.ok(), outcome.errors.empty() ? "" : outcome.errors[0].toString().c_str());
    Listing listing = outcome.document->listing;
    QCOMPARE(listing.product.title, std::string("Assessment"));
    QCOMPARE(listing.submission.changes.size(), std::size_t(6));
    QCOMPARE(serializeChangeSet(listing), text); // unedited: byte for byte

    listing.product.title = "Readiness Assessment";
    const Json edited = exportChangeSet(listing);
    QCOMPARE(edited["ChangeSet"].size(), std::size_t(6));
    for (std::size_t i : {1u, 3u, 4u, 5u})
        QCOMPARE(edited["ChangeSet"][i], request["ChangeSet"][i]);
    QCOMPARE(edited["ChangeSet"][2]["DetailsDocument"]["ProductTitle"], Json("Readiness Assessment"));

    // The native draft keeps them too.
    const LoadOutcome native = loadDocumentText(serializeNative(listing), "mixed.proserv.json");
    QVERIFY(native.ok());
    QCOMPARE(exportChangeSet(native.document->listing), edited);

    // A draft whose kept change is not a change is refused on load: it would
    // be exported as it is.
    for (const Json& kept : {Json(5), Json::parse(R"({"ChangeType": 3, "Entity": {"Type": "Offer@1.0"}})"),
             Json::parse(R"({"ChangeType": "CreateOffer", "Entity": {"Type": 7}})")}) {
        Json draft = Json::parse(serializeNative(listing));
        draft["submission"]["changes"][1]["verbatim"] = kept;
        const LoadOutcome refused = loadDocumentText(draft.dump(), "kept.proserv.json");
        QVERIFY2(!refused.ok(), kept.dump().c_str());
        QCOMPARE(refused.errors.front().pointer, std::string("/submission/changes/1/verbatim"));
    }
}

namespace {

// The leaf patterns the field table does not answer for: neither a row, nor
// bookkeeping, nor inside a record list whose row stands for its items as a
// whole (no row for any of its item fields).
QStringList uncoveredLeaves(const std::vector<std::string>& leaves)
{
    auto hasRow = [](const std::string& pattern) {
        const auto& rows = fieldDestinations();
        return std::any_of(rows.begin(), rows.end(), [&](const FieldDestination& d) { return pattern == d.pointer; });
    };
    auto underOrEqual = [](const std::string& pattern, const std::string& ancestor) {
        return pattern == ancestor || pattern.rfind(ancestor + "/", 0) == 0;
    };
    QStringList uncovered;
    for (const std::string& leaf : leaves) {
        if (hasRow(leaf))
            continue;
        const auto& bookkeeping = bookkeepingPatterns();
        if (std::any_of(
                bookkeeping.begin(), bookkeeping.end(), [&](const std::string& b) { return underOrEqual(leaf, b); }))
            continue;
        bool wholeRecord = false;
        for (std::string ancestor = leaf;
             !wholeRecord && ancestor.rfind('/') != 0 && ancestor.rfind('/') != std::string::npos;) {
            ancestor.erase(ancestor.rfind('/'));
            if (ancestor.size() < 2 || ancestor.compare(ancestor.size() - 2, 2, "/*") != 0)
                continue;
            const std::string list = ancestor.substr(0, ancestor.size() - 2);
            const auto& rows = fieldDestinations();
            wholeRecord = hasRow(list) && std::none_of(rows.begin(), rows.end(), [&](const FieldDestination& d) {
                return std::string(d.pointer).rfind(ancestor + "/", 0) == 0;
            });
        }
        if (!wholeRecord)
            uncovered << QString::fromStdString(leaf);
    }
    return uncovered;
}

} // namespace

// Every leaf of the listing's model has its row in the field table (or is
// named bookkeeping): a new field without a row fails here instead of
// counting as submitted.
void TestChangeSet::everyModelFieldHasATableRow()
{
    const std::vector<std::string> leaves = leafPatterns<Listing>();
    QVERIFY(std::find(leaves.begin(), leaves.end(), "/pricing/dimensions/*/name") != leaves.end());
    QVERIFY(std::find(leaves.begin(), leaves.end(), "/product/highlights") != leaves.end());
    QCOMPARE(uncoveredLeaves(leaves), QStringList());
    // The control: a field the table does not know is reported.
    QCOMPARE(uncoveredLeaves({"/product/newField", "/pricing/dimensions/*/price"}),
        QStringList({QStringLiteral("/product/newField"), QStringLiteral("/pricing/dimensions/*/price")}));
    // Every row names a field the model has.
    for (const FieldDestination& d : fieldDestinations()) {
        const std::string row = d.pointer;
        QVERIFY2(std::any_of(leaves.begin(), leaves.end(),
                     [&](const std::string& leaf) { return leaf == row || leaf.rfind(row + "/", 0) == 0; }),
            d.pointer);
    }
}

// The constants code names fields by (model/FieldPointers.h) are fields of
// the table (or inside one, as an IAM policy's document), groups of them, or
// the envelope's bookkeeping: a constant left
// behind by a renamed field fails here, not in a rule that never fires.
void TestChangeSet::namedFieldsAreInTheTable()
{
    std::vector<std::string> known = bookkeepingPatterns();
    for (const FieldDestination& d : fieldDestinations())
        known.push_back(d.pointer);
    auto isKnown = [&](const std::string& named) {
        return std::any_of(known.begin(), known.end(),
            [&](const std::string& k) { return isPointerWithin(named, k) || isPointerWithin(k, named); });
    };
    for (const char* named : field::kAllNamed)
        QVERIFY2(isKnown(named), named);
    QVERIFY(std::size(field::kAllNamed) > 40);
    QVERIFY(!isKnown("/product/tittle")); // the control: a misspelt field is not
}

// docs/fields.md is the field table, generated; PROSERV_UPDATE_DOCS=1
// rewrites it.
void TestChangeSet::fieldTableIsDocumented()
{
    const QString path = QStringLiteral(PROSERV_SOURCE_DIR "/docs/fields.md");
    const std::string generated = fieldTableMarkdown(productFieldTable());
    if (qEnvironmentVariableIsSet("PROSERV_UPDATE_DOCS"))
        QVERIFY(test::writeBytes(path, generated));
    QVERIFY2(test::readBytes(path) == generated,
        "docs/fields.md is stale: run PROSERV_UPDATE_DOCS=1 build/tests/tst_changeset fieldTableIsDocumented");
    QVERIFY(generated.find("| `/product/title` | `UpdateInformation` (or `CreateProduct`) | `ProductTitle` |")
        != std::string::npos);
}

// Nothing is silently chosen: each of these names its change, line and column.
void TestChangeSet::malformedChangeSetsAreRefused_data()
{
    QTest::addColumn<QString>("changes");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message");
    const QString info = QStringLiteral(
        R"({"ChangeType": "UpdateInformation", "Entity": {"Type": "ProfessionalServicesProduct@1.0", "Identifier": "prod-1111111111111"}, "DetailsDocument": {"ProductTitle": "T"}})");
    QTest::newRow("offer change with a member AWS refuses") << info
            + QStringLiteral(
                R"(, {"ChangeType": "UpdateTargeting", "Entity": {"Type": "Offer@1.0", "Identifier": "offer-1"}, "Detail": {}})")
                                                            << "/ChangeSet/1/Detail"
                                                            << "unknown member \"Detail\"";
    QTest::newRow("offer change naming no earlier change") << info
            + QStringLiteral(
                R"(, {"ChangeType": "UpdateInformation", "Entity": {"Type": "Offer@1.0", "Identifier": "$CreateOfferChange.Entity.Identifier"}, "DetailsDocument": {}})")
                                                           << "/ChangeSet/1/Entity/Identifier"
                                                           << "refers to no change named CreateOfferChange";
    QTest::newRow("empty entity type") << QStringLiteral(
        R"({"ChangeType": "UpdateInformation", "Entity": {"Type": "", "Identifier": "prod-1111111111111"}, "DetailsDocument": {}})")
                                       << "/ChangeSet/0/Entity/Type"
                                       << "Type is empty";
    QTest::newRow("another product") << info
            + QStringLiteral(
                R"(, {"ChangeType": "UpdateTargeting", "Entity": {"Type": "ProfessionalServicesProduct@1.0", "Identifier": "prod-2222222222222"}, "DetailsDocument": {}})")
                                     << "/ChangeSet/1/Entity/Identifier"
                                     << "a listing is one product";
    QTest::newRow("one type twice") << info + ", " + info << "/ChangeSet/1/ChangeType"
                                    << "a second UpdateInformation change";
    QTest::newRow("Details and DetailsDocument") << QStringLiteral(
        R"({"ChangeType": "UpdateInformation", "Entity": {"Type": "ProfessionalServicesProduct@1.0", "Identifier": "prod-1111111111111"}, "Details": "{}", "DetailsDocument": {}})")
                                                 << "/ChangeSet/0"
                                                 << "either Details or DetailsDocument";
    QTest::newRow("duplicate dimension key") << QStringLiteral(
        R"({"ChangeType": "AddDimensions", "Entity": {"Type": "ProfessionalServicesProduct@1.0", "Identifier": "prod-1111111111111"}, "DetailsDocument": [{"Key": "a", "Name": "A"}, {"Key": "a", "Name": "B"}]})")
                                             << "/ChangeSet/0/DetailsDocument/1/Key"
                                             << "appears twice";
    QTest::newRow("array in Details") << QStringLiteral(
        R"({"ChangeType": "AddDimensions", "Entity": {"Type": "ProfessionalServicesProduct@1.0", "Identifier": "prod-1111111111111"}, "Details": "[{\"Key\": \"a\"}]"})")
                                      << "/ChangeSet/0/Details"
                                      << "only a JSON object";
    const QString entity = QStringLiteral(
        R"("Entity": {"Type": "ProfessionalServicesProduct@1.0", "Identifier": "prod-1111111111111"})");
    QTest::newRow("added and updated") << QStringLiteral(
        R"({"ChangeType": "AddDimensions", %1, "DetailsDocument": [{"Key": "a", "Name": "A", "Description": "d", "Unit": "Units", "Types": ["Entitled"]}]}, {"ChangeType": "UpdateDimensions", %1, "DetailsDocument": [{"Key": "a", "Name": "B"}]})")
                                              .arg(entity)
                                       << "/ChangeSet/1/DetailsDocument/0/Key"
                                       << "both added";
    QTest::newRow("no entity type") << QStringLiteral(
        R"({"ChangeType": "UpdateInformation", "Entity": {"Identifier": "prod-1111111111111"}, "DetailsDocument": {}})")
                                    << "/ChangeSet/0/Entity"
                                    << "no Type";
    QTest::newRow("no entity") << QStringLiteral(R"({"ChangeType": "UpdateInformation", "DetailsDocument": {}})")
                               << "/ChangeSet/0"
                               << "names its entity";
    QTest::newRow("no identifier") << QStringLiteral(
        R"({"ChangeType": "UpdateInformation", "Entity": {"Type": "ProfessionalServicesProduct@1.0"}, "DetailsDocument": {}})")
                                   << "/ChangeSet/0/Entity"
                                   << "no Identifier";
    QTest::newRow("dangling reference") << QStringLiteral(
        R"({"ChangeType": "UpdateInformation", "Entity": {"Type": "ProfessionalServicesProduct@1.0", "Identifier": "$Create.Entity.Identifier"}, "DetailsDocument": {}})")
                                        << "/ChangeSet/0/Entity/Identifier"
                                        << "refers to no CreateProduct";
    QTest::newRow("unknown targeting member") << QStringLiteral(
        R"({"ChangeType": "UpdateTargeting", %1, "DetailsDocument": {"PositiveTargeting": {"BuyerAccounts": [], "Regions": ["x"]}}})")
                                                     .arg(entity)
                                              << "/ChangeSet/0/DetailsDocument/PositiveTargeting/Regions"
                                              << "unknown member";
}

// A change set with only an offer's changes is an offer's: the listing
// loader says so (never a listing invented around it) and the offer loader reads it.
void TestChangeSet::offerOnlyChangeSetOpensAsAnOffer()
{
    const std::string text = R"({"Catalog": "AWSMarketplace", "ChangeSet": [{"ChangeType": "CreateOffer",
        "Entity": {"Type": "Offer@1.0"}, "DetailsDocument": {"ProductId": "prod-1111111111111"}}]})";
    const LoadOutcome asListing = loadDocumentText(text, "offer.json");
    QVERIFY(!asListing.ok());
    QVERIFY(asListing.isOffer);
    QVERIFY(asListing.errors.front().message.toString().find("private offer") != std::string::npos);
    const OfferLoadOutcome asOffer = loadOfferText(text, "offer.json");
    QVERIFY(asOffer.ok());
    QCOMPARE(asOffer.document->offer.product.productId, std::string("prod-1111111111111"));
    QCOMPARE(asOffer.document->kind, DocumentKind::ChangeSet);
    QCOMPARE(exportOfferChangeSet(asOffer.document->offer), Json::parse(text)); // unedited: as read
}

void TestChangeSet::malformedChangeSetsAreRefused()
{
    QFETCH(QString, changes);
    QFETCH(QString, pointer);
    QFETCH(QString, message);
    const std::string text = "{\"Catalog\": \"AWSMarketplace\",\n \"ChangeSet\": [" + changes.toStdString() + "]}";
    const LoadOutcome outcome = loadDocumentText(text, "submitted.json");
    QVERIFY(!outcome.ok());
    QCOMPARE(QString::fromStdString(outcome.errors.front().pointer), pointer);
    QVERIFY2(QString::fromStdString(outcome.errors.front().message.toString()).contains(message),
        outcome.errors.front().message.toString().c_str());
    QCOMPARE(outcome.errors.front().position.line, 2);
    QVERIFY(outcome.errors.front().position.column > 1);
}

void TestChangeSet::describeEntityFindingsHaveTheirPlace()
{
    const std::string text
        = "{\n  \"EntityIdentifier\": \"prod-gis66v5zxadfk@3\",\n  \"DetailsDocument\": {\n"
          "    \"Description\": {\"ProductTitle\": \"T\",\n      \"Highlights\": [\"H1\", \"TBD\"]},\n"
          "    \"SupportInformation\": {\"Description\": \"Support text\"}\n  }\n}\n";
    const LoadOutcome outcome = loadDocumentText(text, "describe.json");
    QVERIFY(outcome.ok());
    const LoadedDocument& doc = *outcome.document;
    QCOMPARE(doc.filePointerOf("/product/highlights/1"), std::string("/DetailsDocument/Description/Highlights/1"));
    const TextPosition highlight = doc.positionOfField("/product/highlights/1");
    QCOMPARE(highlight.line, 5);
    QCOMPARE(highlight.column, static_cast<int>(text.find("\"TBD\"") - text.rfind('\n', text.find("\"TBD\""))));
    QCOMPARE(doc.positionOfField("/product/supportDescription").line, 6);
    QCOMPARE(doc.filePointerOf("/product/productId"), std::string("/EntityIdentifier"));
    // A draft-only field is not in the file at all.
    QCOMPARE(doc.filePointerOf("/attestations/logoIsOriginal"), std::string());
    QVERIFY(!doc.positionOfField("/serviceTerms/url").known());
}

void TestChangeSet::categoriesExportInAwsSpelling()
{
    Listing l = completeExample();
    l.product.categories = {"assessment", "managed services", "backup and recovery", "Quantum Computing"};
    const Json categories = exportChangeSet(l)["ChangeSet"][1]["DetailsDocument"]["Categories"];
    QCOMPARE(
        categories, Json::parse(R"(["Assessments", "Managed Services", "Backup & Recovery", "Quantum Computing"])"));
    // The draft keeps what the seller typed.
    QCOMPARE(l.product.categories[0], std::string("assessment"));
}

QTEST_GUILESS_MAIN(TestChangeSet)
#include "tst_changeset.moc"
