// Reading and writing fields by JSON Pointer, the mechanism behind every
// edit and undo step of the editor.
#include "TestSupport.h"

#include "model/FieldAccess.h"

using namespace proserv;

class TestFieldAccess : public QObject {
    Q_OBJECT

private slots:
    void getScalarsListsAndRecords();
    void setScalars();
    void setListsAndRecordsKeepsUnknownKeys();
    void rejectsWrongPointersAndTypes();
    void optionalNumberCanBeUnset();
};

void TestFieldAccess::getScalarsListsAndRecords()
{
    const Listing l
        = test::loadOrFail(test::examplePath(QStringLiteral("migration-readiness-assessment.proserv.json")));
    QCOMPARE(*getField(l, "/product/title"), Json(l.product.title));
    QCOMPARE(*getField(l, "/pricing/dimensions/1/name"), Json("Enterprise assessment (up to 1,000 servers)"));
    QCOMPARE(*getField(l, "/architecture/needsCustomerResources"), Json(true));
    QCOMPARE(*getField(l, "/support/accessMethod"), Json("sellerContacts"));
    QCOMPARE(getField(l, "/product/highlights")->size(), std::size_t(3));
    QCOMPARE((*getField(l, "/pricing/dimensions/0"))["key"], Json("mra-standard"));
    QVERIFY(getField(l, "")->contains("formatVersion"));
}

void TestFieldAccess::setScalars()
{
    Listing l;
    QVERIFY(setField(l, "/product/title", "New"));
    QCOMPARE(l.product.title, std::string("New"));
    QVERIFY(setField(l, "/attestations/logoIsOriginal", true));
    QVERIFY(l.attestations.logoIsOriginal);
    QVERIFY(setField(l, "/architecture/provisioning", "iamRole"));
    QCOMPARE(l.architecture.provisioning, Provisioning::IamRole);
}

void TestFieldAccess::setListsAndRecordsKeepsUnknownKeys()
{
    const LoadOutcome outcome = loadDocumentText(
        R"({"formatVersion": 1, "pricing": {"dimensions": [{"key": "a", "x-extra": 1}, {"key": "b"}]}})", "t");
    QVERIFY(outcome.ok());
    Listing l = outcome.document->listing;
    QVERIFY(setField(l, "/pricing/dimensions/0/name", "Alpha"));
    QCOMPARE(l.pricing.dimensions[0].name, std::string("Alpha"));
    QCOMPARE(l.pricing.dimensions[0].unknown.keys["x-extra"], Json(1)); // cell edit keeps the row's unknown keys
    // Reordering writes the list back with every record whole.
    Json rows = *getField(l, "/pricing/dimensions");
    std::swap(rows[0], rows[1]);
    QVERIFY(setField(l, "/pricing/dimensions", rows));
    QCOMPARE(l.pricing.dimensions[1].key, std::string("a"));
    QCOMPARE(l.pricing.dimensions[1].unknown.keys["x-extra"], Json(1));
    QVERIFY(setField(l, "/product/highlights", Json::parse(R"(["one", "two"])")));
    QCOMPARE(l.product.highlights.size(), std::size_t(2));
}

void TestFieldAccess::rejectsWrongPointersAndTypes()
{
    Listing l;
    const Listing before = l;
    QVERIFY(!getField(l, "/product/nope"));
    QVERIFY(!getField(l, "/pricing/dimensions/0/key")); // no such row
    QVERIFY(!getField(l, "/pricing/dimensions/x"));
    QVERIFY(!setField(l, "/product/nope", "x"));
    QVERIFY(!setField(l, "/product/title", 5));
    QVERIFY(!setField(l, "/support/accessMethod", "telepathy"));
    QVERIFY(!setField(l, "/product/highlights", Json::parse(R"(["ok", 3])")));
    QVERIFY(l == before);
}

void TestFieldAccess::optionalNumberCanBeUnset()
{
    Listing l;
    QVERIFY(setField(l, "/support/responseTimeBusinessDays", 2));
    QCOMPARE(*l.support.responseTimeBusinessDays, 2);
    QCOMPARE(*getField(l, "/support/responseTimeBusinessDays"), Json(2));
    QVERIFY(setField(l, "/support/responseTimeBusinessDays", Json()));
    QVERIFY(!l.support.responseTimeBusinessDays);
    QCOMPARE(*getField(l, "/support/responseTimeBusinessDays"), Json());
}

QTEST_GUILESS_MAIN(TestFieldAccess)
#include "tst_fieldaccess.moc"
