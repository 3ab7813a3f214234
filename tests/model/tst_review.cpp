// Review comments (sidecar round trip, anchoring after reorder) and the
// comparison of two versions of a listing.
#include "TestSupport.h"

#include "model/ListingDiff.h"
#include "model/NativeFormat.h"
#include "model/ReviewComments.h"

using namespace proserv;

class TestReview : public QObject {
    Q_OBJECT

private slots:
    void sidecarRoundTrip();
    void brokenSidecarIsAnError();
    void commentFollowsReorderedItem();
    void commentOnRemovedItemHasNoField();
    void diffScalarsTextAndLists();
    void reorderedDimensionsAreNotChanges();
    void wordDiff();
    void replacedItemIsOneChange();
    void manyReplacedItemsPairInPlace();

private:
    QTemporaryDir m_dir;
};

namespace {
Listing complete()
{
    return test::loadOrFail(test::examplePath(QStringLiteral("migration-readiness-assessment.proserv.json")));
}
} // namespace

void TestReview::sidecarRoundTrip()
{
    const Listing listing = complete();
    ReviewSidecar sidecar;
    sidecar.reviewedFile = "listing.proserv.json";
    ReviewComment c;
    c.id = "c1";
    c.pointer = "/pricing/dimensions/1/description";
    c.anchors = anchorsFor(listing, c.pointer);
    c.kind = CommentKind::Suggestion;
    c.text = "Say how many data centres are included — \"up to three\"?";
    c.author = "reviewer";
    c.created = "2026-11-26T10:00:00Z";
    sidecar.comments.push_back(c);
    sidecar.unknown.keys["x-tool"] = "kept";
    const QString path = m_dir.filePath(QStringLiteral("listing.proserv.json.review.json"));
    QVERIFY(test::writeBytes(path, serializeSidecar(sidecar)));
    std::vector<LoadError> errors;
    const auto loaded = loadSidecar(path.toStdString(), errors);
    QVERIFY(loaded);
    QVERIFY(*loaded == sidecar);
    QCOMPARE(loaded->comments[0].anchors.size(), std::size_t(1));
    QCOMPARE(loaded->comments[0].anchors[0].value, std::string("mra-enterprise"));
    QCOMPARE(serializeSidecar(*loaded), serializeSidecar(sidecar));
    // No sidecar at all is an empty review.
    QVERIFY(loadSidecar(m_dir.filePath(QStringLiteral("none.json")).toStdString(), errors)->comments.empty());
    QCOMPARE(sidecarPathFor("/a/b.proserv.json"), std::string("/a/b.proserv.json.review.json"));
}

void TestReview::brokenSidecarIsAnError()
{
    const QString path = m_dir.filePath(QStringLiteral("bad.review.json"));
    QVERIFY(test::writeBytes(path, "{\"formatVersion\": 1,\n \"comments\": [{\"kind\": \"urgent\"}]}"));
    std::vector<LoadError> errors;
    QVERIFY(!loadSidecar(path.toStdString(), errors));
    QCOMPARE(errors.size(), std::size_t(1));
    QCOMPARE(errors[0].pointer, std::string("/comments/0/kind"));
    QCOMPARE(errors[0].position.line, 2);
}

void TestReview::commentFollowsReorderedItem()
{
    Listing listing = complete();
    ReviewComment c;
    c.pointer = "/pricing/dimensions/1/description";
    c.anchors = anchorsFor(listing, c.pointer);
    QCOMPARE(*currentPointer(listing, c), c.pointer);
    std::swap(listing.pricing.dimensions[0], listing.pricing.dimensions[1]);
    listing.pricing.dimensions.insert(listing.pricing.dimensions.begin(), listing.pricing.dimensions[2]);
    listing.pricing.dimensions[0].key = "inserted";
    // mra-enterprise moved from index 1 to 1 → 0 → 1 (after the insert): follow it, not the index.
    std::swap(listing.pricing.dimensions[1], listing.pricing.dimensions[3]);
    std::size_t expected = 0;
    for (std::size_t i = 0; i < listing.pricing.dimensions.size(); ++i)
        if (listing.pricing.dimensions[i].key == "mra-enterprise")
            expected = i;
    QCOMPARE(*currentPointer(listing, c), "/pricing/dimensions/" + std::to_string(expected) + "/description");

    // Highlights are matched by their text.
    ReviewComment h;
    h.pointer = "/product/highlights/2";
    h.anchors = anchorsFor(listing, h.pointer);
    std::rotate(
        listing.product.highlights.begin(), listing.product.highlights.begin() + 2, listing.product.highlights.end());
    QCOMPARE(*currentPointer(listing, h), std::string("/product/highlights/0"));
}

void TestReview::commentOnRemovedItemHasNoField()
{
    Listing listing = complete();
    ReviewComment c;
    c.pointer = "/pricing/dimensions/2/name";
    c.anchors = anchorsFor(listing, c.pointer);
    listing.pricing.dimensions.pop_back();
    QVERIFY(!currentPointer(listing, c));
    ReviewComment plain;
    plain.pointer = "/product/title";
    QCOMPARE(*currentPointer(listing, plain), plain.pointer);
}

void TestReview::diffScalarsTextAndLists()
{
    const Listing before = complete();
    Listing after = before;
    after.product.title = "Migration Readiness Review by Halvorsen Reyes Cloud Consulting";
    after.support.responseTimeBusinessDays = 2;
    after.product.highlights.push_back("New highlight");
    after.product.searchKeywords.erase(after.product.searchKeywords.begin());
    after.pricing.dimensions[1].name = "Enterprise assessment";
    after.serviceTerms.text = "Terms in full.";
    const std::vector<FieldChange> changes = diffListings(before, after);
    auto find = [&](const std::string& pointer) -> const FieldChange* {
        for (const FieldChange& c : changes)
            if (c.pointer == pointer)
                return &c;
        return nullptr;
    };
    QCOMPARE(changes.size(), std::size_t(6));
    QVERIFY(find("/product/title") && find("/product/title")->kind == ChangeKind::Changed);
    QVERIFY(!find("/product/title")->words.empty());
    QVERIFY(find("/support/responseTimeBusinessDays")->after == Json(2));
    QVERIFY(find("/product/highlights/3")->kind == ChangeKind::Added);
    QVERIFY(find("/product/searchKeywords/0")->kind == ChangeKind::Removed);
    QCOMPARE(find("/product/searchKeywords/0")->before, Json("migration assessment"));
    QVERIFY(find("/pricing/dimensions/1/name")->kind == ChangeKind::Changed);
    QVERIFY(find("/serviceTerms/text")->kind == ChangeKind::Added); // empty → text
    QVERIFY(diffListings(before, before).empty());
}

void TestReview::reorderedDimensionsAreNotChanges()
{
    const Listing before = complete();
    Listing after = before;
    std::reverse(after.pricing.dimensions.begin(), after.pricing.dimensions.end());
    QVERIFY(diffListings(before, after).empty());
    after.pricing.dimensions.erase(after.pricing.dimensions.begin()); // remove landing-zone-design
    const auto changes = diffListings(before, after);
    QCOMPARE(changes.size(), std::size_t(1));
    QCOMPARE(changes[0].kind, ChangeKind::Removed);
    QCOMPARE(changes[0].before["key"], Json("landing-zone-design"));
}

// A highlight rewritten in place is one change of that item, with its word
// diff; an item gone from the front and another added at the end are not a
// replacement of each other (different places in the list).
void TestReview::replacedItemIsOneChange()
{
    const Listing before = complete();
    QVERIFY(before.product.highlights.size() >= 3);
    Listing after = before;
    after.product.highlights[1] = before.product.highlights[1] + " within two weeks";
    auto changes = diffListings(before, after);
    QCOMPARE(changes.size(), std::size_t(1));
    QCOMPARE(changes[0].pointer, std::string("/product/highlights/1"));
    QCOMPARE(changes[0].kind, ChangeKind::Changed);
    QVERIFY(!changes[0].words.empty());

    after = before;
    after.product.highlights.erase(after.product.highlights.begin());
    after.product.highlights.push_back("A new closing highlight");
    changes = diffListings(before, after);
    QCOMPARE(changes.size(), std::size_t(2));
    QCOMPARE(changes[0].kind, ChangeKind::Added);
    QCOMPARE(changes[0].pointer, "/product/highlights/" + std::to_string(after.product.highlights.size() - 1));
    QCOMPARE(changes[1].kind, ChangeKind::Removed);
    QCOMPARE(changes[1].pointer, std::string("/product/highlights/0"));

    // Moved items are matched wherever they went: reversing is no change.
    after = before;
    std::reverse(after.product.highlights.begin(), after.product.highlights.end());
    QVERIFY(diffListings(before, after).empty());
}

// 20,000 keywords, every one replaced: each pairs with the one in its place
// (bench_pathological times how this grows).
void TestReview::manyReplacedItemsPairInPlace()
{
    Listing before = complete(), after = complete();
    before.product.searchKeywords.clear();
    after.product.searchKeywords.clear();
    for (int i = 0; i < 20000; ++i) {
        before.product.searchKeywords.push_back("old keyword " + std::to_string(i));
        after.product.searchKeywords.push_back("keyword " + std::to_string(i));
    }
    const auto changes = diffListings(before, after);
    QCOMPARE(changes.size(), std::size_t(20000)); // each one replaced in place
    QCOMPARE(changes.back().pointer, std::string("/product/searchKeywords/19999"));
}

void TestReview::wordDiff()
{
    const auto words
        = diffWords("Four-week assessment of up to 150 servers", "Six-week assessment of up to 1,000 servers");
    std::string text;
    for (const WordSegment& w : words)
        text += w.op == WordSegment::Same  ? w.text
            : w.op == WordSegment::Deleted ? "[-" + w.text + "-]"
                                           : "{+" + w.text + "+}";
    QCOMPARE(text, std::string("[-Four-week -]{+Six-week +}assessment of up to [-150 -]{+1,000 +}servers"));
}

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
