// proserv-check report and diff, run as the real binary.
#include "ProcessRunner.h"
#include "TestSupport.h"

#include "model/ChangeSetExport.h"
#include "model/NativeFormat.h"
#include "model/ReviewComments.h"
#include "validation/Validator.h"

#include <QProcess>
#include <QStandardPaths>

using namespace proserv;

namespace {
struct Result {
    int code;
    QString out;
    QString err;
};
Result check(const QStringList& arguments)
{
    const test::ProgramRun run = test::runProgram(QStringLiteral(PROSERV_CHECK_BINARY), arguments);
    return {run.status, run.outText(), run.errText()};
}
const QString kComplete = test::examplePath(QStringLiteral("migration-readiness-assessment.proserv.json"));
} // namespace

class TestReviewCli : public QObject {
    Q_OBJECT

private slots:
    void reportHasEveryFindingAndComment();
    void reportOfCleanListingIsReady();
    void reportErrors();
    void reportOfSubmittedFileShowsOnlyWhatItHolds();
    void diffText();
    void diffJson();
    void diffIdenticalAndBadInput();

private:
    QTemporaryDir m_dir;
};

void TestReviewCli::reportHasEveryFindingAndComment()
{
    const QString file = m_dir.filePath(QStringLiteral("needs-work.proserv.json"));
    QVERIFY(test::writeBytes(file, test::readBytes(test::examplePath(QStringLiteral("needs-work.proserv.json")))));
    const Listing listing = test::loadOrFail(file);
    ReviewSidecar sidecar;
    for (const auto& [pointer, text, kind] : {std::tuple {"/product/title", "Title & <length>", CommentKind::MustFix},
             std::tuple {"/pricing/dimensions/1/name", "Name the package", CommentKind::Suggestion}}) {
        ReviewComment c;
        c.id = text;
        c.pointer = pointer;
        c.anchors = anchorsFor(listing, pointer);
        c.text = text;
        c.kind = kind;
        sidecar.comments.push_back(c);
    }
    QVERIFY(test::writeBytes(file + QStringLiteral(".review.json"), serializeSidecar(sidecar)));

    const QString html = m_dir.filePath(QStringLiteral("r.html"));
    const QString pdf = m_dir.filePath(QStringLiteral("r.pdf"));
    const Result r
        = check({QStringLiteral("report"), file, QStringLiteral("--html"), html, QStringLiteral("--pdf"), pdf});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.out.trimmed(), QStringLiteral("Changes needed: 5 errors, 1 open must-fix comment."));
    const QString text = QString::fromStdString(test::readBytes(html));
    const std::vector<Finding> findings = validateListing(listing);
    QCOMPARE(findings.size(), std::size_t(7));
    for (const Finding& f : findings) {
        QVERIFY2(text.contains(QString::fromStdString(f.message).toHtmlEscaped()), f.message.c_str());
        QVERIFY(text.contains(QString::fromStdString(f.ruleId)));
    }
    QVERIFY(text.contains(QStringLiteral("Title &amp; &lt;length&gt;"))); // escaped, never raw HTML
    QVERIFY(text.contains(QStringLiteral("Name the package")));
    QVERIFY(text.contains(QStringLiteral("Key facts")));
    QVERIFY(test::readBytes(pdf).rfind("%PDF-", 0) == 0);

    // The PDF renders: every page to PNG with poppler's pdftoppm.
    const QString missing = test::missingProgram(QStringLiteral("pdftoppm"), QStringLiteral("poppler-utils"));
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
    const test::ProgramRun render = test::runProgram(QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), pdf,
            m_dir.filePath(QStringLiteral("page"))});
    QVERIFY2(render.exitedWith(0), qPrintable(render.describe()));
    const QStringList pages = QDir(m_dir.path()).entryList({QStringLiteral("page*.png")});
    QVERIFY(!pages.isEmpty());
    QImage first(QDir(m_dir.path()).filePath(pages.first()));
    QVERIFY(!first.isNull());
    // Not a blank page: the heading and text put dark pixels on it.
    int dark = 0;
    for (int y = 0; y < first.height(); ++y)
        for (int x = 0; x < first.width(); ++x)
            dark += qGray(first.pixel(x, y)) < 128;
    QVERIFY(dark > 500);
}

void TestReviewCli::reportOfCleanListingIsReady()
{
    const QString html = m_dir.filePath(QStringLiteral("clean.html"));
    const Result r = check({QStringLiteral("report"), kComplete, QStringLiteral("--html"), html});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("Ready: no errors and no open must-fix comments."));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // no stray Qt warnings from a command-line tool
    QVERIFY(QString::fromStdString(test::readBytes(html)).contains(QStringLiteral("No findings")));
}

// A reviewer's report on a change set: ready when the submitted content is,
// and no key fact printed from a default the file cannot carry.
void TestReviewCli::reportOfSubmittedFileShowsOnlyWhatItHolds()
{
    const QString changeSet = m_dir.filePath(QStringLiteral("submitted.json"));
    QVERIFY(test::writeBytes(changeSet, serializeChangeSet(test::loadOrFail(kComplete))));
    const QString html = m_dir.filePath(QStringLiteral("submitted.html"));
    const Result r = check({QStringLiteral("report"), changeSet, QStringLiteral("--html"), html});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("Ready: no errors and no open must-fix comments."));
    const QString text = QString::fromStdString(test::readBytes(html));
    QVERIFY(text.contains(QStringLiteral("Migration Readiness Assessment")));
    QVERIFY(text.contains(QStringLiteral("prod-abcdefghijklm"))); // related products are in the file
    QVERIFY(text.contains(QStringLiteral("Not in the file")));
    QVERIFY(!text.contains(QStringLiteral("paid seller")));
    QVERIFY(!text.contains(QStringLiteral("no response time")));
    QVERIFY(text.contains(QStringLiteral("submission-draft-only")));
}

void TestReviewCli::reportErrors()
{
    QCOMPARE(check({QStringLiteral("report"), kComplete}).code, 2); // no output named
    const QString broken = m_dir.filePath(QStringLiteral("b.proserv.json"));
    QVERIFY(test::writeBytes(broken, test::readBytes(kComplete)));
    QVERIFY(test::writeBytes(broken + QStringLiteral(".review.json"), "{\"formatVersion\": 1, \"comments\": 5}"));
    const Result r
        = check({QStringLiteral("report"), broken, QStringLiteral("--html"), m_dir.filePath(QStringLiteral("x.html"))});
    QCOMPARE(r.code, 2);
    QVERIFY(
        r.err.contains(QStringLiteral(".review.json:1:34: error: expected an array, found an integer [/comments]")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.html"))));
}

void TestReviewCli::diffText()
{
    Listing newer = test::loadOrFail(kComplete);
    newer.product.title = "Migration Readiness Review by Halvorsen Reyes Cloud Consulting";
    newer.support.responseTimeBusinessDays = 3;
    std::reverse(newer.pricing.dimensions.begin(), newer.pricing.dimensions.end());
    newer.pricing.dimensions.pop_back(); // removes mra-standard
    const QString path = m_dir.filePath(QStringLiteral("newer.proserv.json"));
    QVERIFY(test::writeBytes(path, serializeNative(newer)));
    const Result r = check({QStringLiteral("diff"), kComplete, path});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // Fields named as people name them, the pointer last for tools; a
    // removed row by its name in the old version.
    QCOMPARE(lines[0],
        QStringLiteral("~ Product title: Migration Readiness [-Assessment -]{+Review +}by Halvorsen Reyes Cloud "
                       "Consulting [/product/title]"));
    QCOMPARE(lines[1], QStringLiteral("~ Response time: 1 -> 3 [/support/responseTimeBusinessDays]"));
    QVERIFY2(lines[2].startsWith(
                 QStringLiteral("- Pricing dimension 1 (mra-standard): {\"key\":\"mra-standard\"")),
        qPrintable(lines[2]));
    QVERIFY2(lines[2].endsWith(QStringLiteral(" [/pricing/dimensions/0]")), qPrintable(lines[2]));
    QCOMPARE(lines[3],
        QStringLiteral("finding appeared: error usage-response-time: 3 business days is too long: customers must get "
                       "access or be contacted within 2. — Response time [/support/responseTimeBusinessDays]"));
    QCOMPARE(lines.last(), QStringLiteral("3 field changes; findings: 1 appeared, 0 fixed"));
}

void TestReviewCli::diffJson()
{
    const Result r = check({QStringLiteral("diff"), test::examplePath(QStringLiteral("needs-work.proserv.json")),
        kComplete, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    const Json report = Json::parse(r.out.toStdString());
    QCOMPARE(report["findings"]["appeared"].size(), std::size_t(0));
    QCOMPARE(report["findings"]["fixed"].size(), std::size_t(7));
    bool sawWords = false;
    for (const Json& change : report["changes"]) {
        QVERIFY(change.contains("pointer") && change.contains("kind"));
        if (change["pointer"] == "/product/title") {
            sawWords = true;
            QCOMPARE(change["kind"], Json("changed"));
            QVERIFY(change["words"].is_array());
        }
    }
    QVERIFY(sawWords);
}

void TestReviewCli::diffIdenticalAndBadInput()
{
    const Result same = check({QStringLiteral("diff"), kComplete, kComplete});
    QCOMPARE(same.out, QStringLiteral("0 field changes; findings: 0 appeared, 0 fixed\n"));
    QCOMPARE(check({QStringLiteral("diff"), kComplete}).code, 2);
    QCOMPARE(check({QStringLiteral("diff"), kComplete, QStringLiteral("/nonexistent.json")}).code, 2);
}

QTEST_GUILESS_MAIN(TestReviewCli)
#include "tst_reviewcli.moc"
