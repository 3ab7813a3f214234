// The reviewer workflow in the editor: read-only review that never writes,
// comments in the sidecar that follow their field, grouped problems with the
// guideline text, the report, and comparing versions.
#include "EditorFixture.h"
#include "GuiTestMain.h"
#include "TestSupport.h"

#include "app/EditorApplication.h"
#include "model/ChangeSetExport.h"
#include "model/NativeFormat.h"
#include "model/ReviewComments.h"
#include "qtsupport/LaidOutText.h"
#include "qtsupport/ReviewReport.h"
#include "ui/document/ListingDocument.h"
#include "ui/document/OfferDocument.h"
#include "ui/document/ReviewSession.h"
#include "ui/form/FieldBlock.h"
#include "ui/form/ListEditors.h"
#include "ui/form/UserPrompts.h"
#include "ui/listing/ListingForm.h"
#include "ui/offer/OfferForm.h"
#include "ui/review/CompareDialog.h"
#include "ui/review/GuidelinePanel.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ProblemsPanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QWindow>

#include <memory>

using namespace proserv;

namespace {

FieldBlock* blockOf(QWidget* editor)
{
    for (QWidget* w = editor; w; w = w->parentWidget())
        if (auto* block = qobject_cast<FieldBlock*>(w))
            return block;
    return nullptr;
}

} // namespace

class TestReviewGui : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readOnlyRefusesEditsAndNeverWrites();
    void submittedFileNoteAsksTheSeller();
    void commentsRoundTripAndFollowReorderedItems();
    void sellerSeesAndResolvesComments();
    void commentsOnNoFieldAreShownAndResolvable();
    void longWordsAreLaidOutBounded_data();
    void longWordsAreLaidOutBounded();
    void problemsGroupedWithGuidelineText();
    void reportContainsFindingsAndComments();
    void reportPutsCommentsBesideTheirFindings();
    void compareVersions();
    void offerIsReviewedWithComments();
    void wholeReviewFromTheKeyboard();

private:
    QTemporaryDir m_dir;
    QString m_file;
    test::EditorFixture m_editor;
};

void TestReviewGui::init()
{
    m_file = m_dir.filePath(QStringLiteral("submitted.proserv.json"));
    QFile::remove(m_file);
    QFile::remove(m_file + QStringLiteral(".review.json"));
    QVERIFY(test::writeBytes(m_file, test::readBytes(test::examplePath(QStringLiteral("needs-work.proserv.json")))));
    QVERIFY(m_editor.start(QString()));
}

void TestReviewGui::cleanup()
{
    m_editor.finish();
}

void TestReviewGui::readOnlyRefusesEditsAndNeverWrites()
{
    const std::string bytes = test::readBytes(m_file);
    const QDateTime modified = QFileInfo(m_file).lastModified();
    QVERIFY(m_editor->openForReview(m_file));
    auto* banner = m_editor->findChild<QLabel*>(QStringLiteral("reviewBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("submitted.proserv.json")));
    QVERIFY(m_editor->windowTitle().contains(QStringLiteral("read-only")));
    const Listing before = m_editor->document()->listing();

    auto* title = m_editor->findChild<QLineEdit*>(QStringLiteral("/product/title"));
    title->setFocus();
    QTest::keyClicks(title, QStringLiteral("typed"));
    QTest::keyClick(title, Qt::Key_Backspace);
    QVERIFY(!title->text().contains(QStringLiteral("typed")));
    auto* paidSeller = m_editor->findChild<QCheckBox*>(QStringLiteral("/attestations/registeredPaidSeller"));
    m_editor->sections()->setCurrentRow(7);
    const bool wasChecked = paidSeller->isChecked();
    paidSeller->setFocus();
    QTest::keyClick(paidSeller, Qt::Key_Space); // the keyboard still reaches it; the document refuses
    QCOMPARE(paidSeller->isChecked(), wasChecked);
    auto* table = m_editor->findChild<RecordTableEditor*>(QStringLiteral("/pricing/dimensions"));
    QVERIFY(!table->findChild<QPushButton*>(QStringLiteral("addButton"))->isVisibleTo(table));
    QCOMPARE(table->table()->editTriggers(), QAbstractItemView::NoEditTriggers);
    // Even an edit that reaches the document is refused.
    QVERIFY(!m_editor->document()->setField("/product/title", "Changed", QStringLiteral("x")));
    QVERIFY(m_editor->document()->listing() == before);
    QVERIFY(!m_editor->document()->isModified());

    QAction* save = m_editor->findChild<QAction*>(QStringLiteral("actionSave"));
    QVERIFY(!save->isEnabled());
    QTest::keyClick(m_editor.window(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(m_editor->close()); // nothing to save, no prompt
    QVERIFY(UserPrompts::shownMessages().isEmpty());
    QCOMPARE(test::readBytes(m_file), bytes);
    QCOMPARE(QFileInfo(m_file).lastModified(), modified);
    QVERIFY(!QFile::exists(m_file + QStringLiteral(".review.json"))); // no comment, no sidecar
}

// The reviewer of a submitted change set is told which checks to ask the
// seller about (the seller opening the same file is told of "your draft":
// tst_editor openChangeSet).
void TestReviewGui::submittedFileNoteAsksTheSeller()
{
    const QString changeSet = m_dir.filePath(QStringLiteral("submitted-change-set.json"));
    QVERIFY(test::writeBytes(changeSet,
        serializeChangeSet(test::loadOrFail(test::examplePath(QStringLiteral("migration-readiness-assessment.proserv.json"))))));
    QVERIFY(m_editor->openForReview(changeSet));
    const auto& findings = m_editor->document()->findings();
    const auto note = std::find_if(findings.begin(), findings.end(),
        [](const Finding& f) { return f.ruleId == "submission-draft-only"; });
    QVERIFY(note != findings.end());
    QVERIFY2(note->message.find("ask the seller") != std::string::npos, note->message.c_str());
    QVERIFY(note->message.find("your draft") == std::string::npos);
    // In the report its 32 rule ids are a list in columns, one id a cell, not one paragraph.
    const QString path = m_dir.filePath(QStringLiteral("change-set-review.html"));
    UserPrompts::setNextFileName(path);
    QVERIFY(m_editor->exportReviewReport());
    const QString html = QString::fromStdString(test::readBytes(path));
    QVERIFY2(html.contains(QStringLiteral("<code>usage-service-terms</code></td>")), qPrintable(html));
    QVERIFY(!html.contains(QStringLiteral("usage-response-time, usage-access-pending-email")));
}

void TestReviewGui::commentsRoundTripAndFollowReorderedItems()
{
    QVERIFY(m_editor->openForReview(m_file));
    // A comment on a field, through the field's "Comment…" button.
    auto* title = m_editor->findChild<QLineEdit*>(QStringLiteral("/product/title"));
    auto* commentButton = blockOf(title)->findChild<QToolButton*>(QStringLiteral("commentButton"));
    QVERIFY(commentButton->isVisibleTo(m_editor.window()));
    UserPrompts::setNextComment(QStringLiteral("Shorten the title."), CommentKind::MustFix);
    QTest::mouseClick(commentButton, Qt::LeftButton);
    QCOMPARE(blockOf(title)->commentText(), QStringLiteral("Shorten the title."));

    // A comment on a finding: the unnamed second pricing dimension.
    QTreeView* view = m_editor->problems()->view();
    QModelIndex target;
    for (int g = 0; g < view->model()->rowCount(); ++g)
        for (int r = 0; r < view->model()->rowCount(view->model()->index(g, 0)); ++r) {
            const QModelIndex index = view->model()->index(r, 0, view->model()->index(g, 0));
            if (index.data(FindingsModel::RuleRole).toString() == QLatin1String("setup-dimension-name"))
                target = index;
        }
    QVERIFY(target.isValid());
    view->setCurrentIndex(target);
    UserPrompts::setNextComment(QStringLiteral("Name this package."), CommentKind::Suggestion);
    QTest::mouseClick(m_editor->findChild<QPushButton*>(QStringLiteral("commentOnProblem")), Qt::LeftButton);

    const QString sidecarPath = m_file + QStringLiteral(".review.json");
    std::vector<LoadError> errors;
    auto sidecar = loadSidecar(sidecarPath.toStdString(), errors);
    QVERIFY(sidecar);
    QCOMPARE(sidecar->comments.size(), std::size_t(2));
    QCOMPARE(sidecar->comments[1].pointer, std::string("/pricing/dimensions/1/name"));
    QCOMPARE(sidecar->comments[1].ruleId, std::string("setup-dimension-name"));
    QCOMPARE(sidecar->comments[1].kind, CommentKind::Suggestion);

    // The seller reorders the dimensions and resubmits; the reviewer reopens.
    Listing reordered = test::loadOrFail(m_file);
    std::reverse(reordered.pricing.dimensions.begin(), reordered.pricing.dimensions.end());
    QVERIFY(test::writeBytes(m_file, serializeNative(reordered)));
    QVERIFY(m_editor.start(QString()));
    QVERIFY(m_editor->openForReview(m_file));
    QCOMPARE(m_editor->review()->comments().size(), std::size_t(2));
    const ReviewComment& moved = m_editor->review()->comments()[1];
    QCOMPARE(*currentPointer(m_editor->document()->listing(), moved), std::string("/pricing/dimensions/1/name"));
    // Reversing 3 items keeps the middle one; reverse again around another pivot to really move it.
    std::rotate(reordered.pricing.dimensions.begin(), reordered.pricing.dimensions.begin() + 1,
        reordered.pricing.dimensions.end());
    QVERIFY(test::writeBytes(m_file, serializeNative(reordered)));
    QVERIFY(m_editor.start(QString()));
    QVERIFY(m_editor->openForReview(m_file));
    std::size_t expected = 0;
    for (std::size_t i = 0; i < reordered.pricing.dimensions.size(); ++i)
        if (reordered.pricing.dimensions[i].key == "mra-enterprise")
            expected = i;
    QVERIFY(expected != 1);
    QCOMPARE(*currentPointer(m_editor->document()->listing(), m_editor->review()->comments()[1]),
        "/pricing/dimensions/" + std::to_string(expected) + "/name");
    auto* table = m_editor->findChild<RecordTableEditor*>(QStringLiteral("/pricing/dimensions"));
    QCOMPARE(blockOf(table)->commentText(), QStringLiteral("Name this package."));
    QCOMPARE(blockOf(m_editor->findChild<QLineEdit*>(QStringLiteral("/product/title")))->commentText(),
        QStringLiteral("Shorten the title."));
}

void TestReviewGui::sellerSeesAndResolvesComments()
{
    ReviewSidecar sidecar;
    ReviewComment c;
    c.id = "c1";
    c.pointer = "/support/refundPolicy";
    c.text = "Replace TBD with the real refund policy.";
    sidecar.comments.push_back(c);
    QVERIFY(test::writeBytes(m_file + QStringLiteral(".review.json"), serializeSidecar(sidecar)));

    QVERIFY(m_editor->openFile(m_file)); // the seller, not in review mode
    QVERIFY(!m_editor->isReviewMode());
    auto* refund = m_editor->findChild<QWidget*>(QStringLiteral("/support/refundPolicy"));
    FieldBlock* block = blockOf(refund);
    QCOMPARE(block->commentText(), QStringLiteral("Replace TBD with the real refund policy."));
    auto* resolved = block->findChild<QCheckBox*>(QStringLiteral("resolvedBox"));
    m_editor->sections()->setCurrentRow(3);
    QTest::mouseClick(resolved, Qt::LeftButton, {}, QPoint(5, resolved->height() / 2));
    std::vector<LoadError> errors;
    QVERIFY(loadSidecar((m_file + QStringLiteral(".review.json")).toStdString(), errors)->comments[0].resolved);
}

// Must-fix comments whose pointer names no field (a field that does not
// exist, no leading slash, a bad escape, empty) count in the verdict, so the
// seller must be able to read and resolve them: they are listed apart, above
// the form, and in the report under their own heading.
void TestReviewGui::commentsOnNoFieldAreShownAndResolvable()
{
    ReviewSidecar sidecar;
    const std::vector<std::string> pointers {"/nope", "product/title", "/product/title~2", ""};
    for (std::size_t i = 0; i < pointers.size(); ++i) {
        ReviewComment c;
        c.id = "u" + std::to_string(i);
        c.pointer = pointers[i];
        c.text = "Unattached comment " + std::to_string(i);
        sidecar.comments.push_back(c);
    }
    ReviewComment onTitle;
    onTitle.id = "t";
    onTitle.pointer = "/product/title";
    onTitle.text = "On the title";
    sidecar.comments.push_back(onTitle);
    QVERIFY(test::writeBytes(m_file + QStringLiteral(".review.json"), serializeSidecar(sidecar)));

    QVERIFY(m_editor->openFile(m_file));
    FieldBlock* unattached = m_editor->findChild<FieldBlock*>(QStringLiteral("unattachedComments"));
    QVERIFY(unattached);
    QVERIFY(unattached->isVisible());
    for (std::size_t i = 0; i < pointers.size(); ++i)
        QVERIFY2(unattached->commentText().contains(QStringLiteral("Unattached comment %1").arg(i)),
            qPrintable(unattached->commentText()));
    QVERIFY(!unattached->commentText().contains(QStringLiteral("On the title")));

    ReviewReportInput input;
    input.listing = &m_editor->document()->listing();
    input.comments = sidecar.comments;
    const QString html = reviewReportHtml(input);
    QVERIFY(html.contains(QStringLiteral("Comments on no field (4)")));
    QCOMPARE(reviewVerdict(input).openMustFix, 5);

    const QList<QCheckBox*> boxes = unattached->findChildren<QCheckBox*>(QStringLiteral("resolvedBox"));
    QCOMPARE(boxes.size(), 4);
    for (int i = 0; i < 4; ++i) {
        auto* box = unattached->findChildren<QCheckBox*>(QStringLiteral("resolvedBox")).at(i);
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(5, box->height() / 2));
    }
    std::vector<LoadError> errors;
    const std::optional<ReviewSidecar> saved
        = loadSidecar((m_file + QStringLiteral(".review.json")).toStdString(), errors);
    QVERIFY(saved);
    int resolved = 0;
    for (const ReviewComment& c : saved->comments)
        resolved += c.resolved;
    QCOMPARE(resolved, 4);
}

// A title and a comment of one long word (1×, 4×, 16×): the report quotes
// the same bounded part of each, with the count of the rest, broken into
// runs Qt lays out in linear time; the PDF is the same size at every length,
// and the comment card in the editor shows the same bounded text.
void TestReviewGui::longWordsAreLaidOutBounded_data()
{
    QTest::addColumn<int>("length");
    QTest::newRow("1x") << 100000;
    QTest::newRow("4x") << 400000;
    QTest::newRow("16x") << 1600000;
}

void TestReviewGui::longWordsAreLaidOutBounded()
{
    QFETCH(int, length);
    Listing listing = test::loadOrFail(m_file);
    listing.product.title = std::string(static_cast<std::size_t>(length), 'x');
    ReviewComment comment;
    comment.id = "long";
    comment.pointer = "/product/title";
    comment.text = std::string(static_cast<std::size_t>(length), 'y');
    ReviewReportInput input;
    input.listing = &listing;
    input.comments = {comment};
    const QString html = reviewReportHtml(input);
    for (const char letter : {'x', 'y'}) {
        QVERIFY(html.contains(QStringLiteral("… (%1 more characters)").arg(length - 5000)));
        QVERIFY(!html.contains(QString(kMaxUnbrokenRun + 1, QLatin1Char(letter)))); // breakable everywhere
    }
    QVERIFY(html.size() < 40000);
    // A bidi override in a comment is shown as its code, never applied.
    input.comments.front().text = "approved \u202Edexiftoneton";
    QVERIFY(reviewReportHtml(input).contains(QStringLiteral("approved \\u202Edexiftoneton")));
    input.comments.front().text = comment.text;
    const QByteArray pdf = reviewReportPdf(input);
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY2(pdf.size() < 400000, qPrintable(QString::number(pdf.size())));

    QVERIFY(test::writeBytes(m_file, serializeNative(listing)));
    ReviewSidecar sidecar;
    sidecar.comments = {comment};
    QVERIFY(test::writeBytes(m_file + QStringLiteral(".review.json"), serializeSidecar(sidecar)));
    QVERIFY(m_editor->openForReview(m_file));
    auto* text = blockOf(m_editor->findChild<QLineEdit*>(QStringLiteral("/product/title")))
                     ->findChild<QLabel*>(QStringLiteral("commentText"));
    QVERIFY(text);
    QVERIFY(text->text().size() < 6000);
    QVERIFY(text->text().contains(QStringLiteral("… (%1 more characters)").arg(length - 5000)));
}

void TestReviewGui::problemsGroupedWithGuidelineText()
{
    QVERIFY(m_editor->openForReview(m_file));
    QTreeView* view = m_editor->problems()->view();
    QStringList groups;
    for (int g = 0; g < view->model()->rowCount(); ++g)
        groups << view->model()->index(g, 0).data().toString();
    QCOMPARE(groups,
        (QStringList {QStringLiteral("Product setup guidelines (3)"),
            QStringLiteral("Customer information requirements (1)"), QStringLiteral("Product usage guidelines (1)"),
            QStringLiteral("Architecture guidelines (1)"), QStringLiteral("AWS Marketplace Catalog API limits (1)")}));
    const QModelIndex usage = view->model()->index(0, 0, view->model()->index(2, 0));
    QVERIFY(usage.data().toString().contains(QStringLiteral("business days")));
    view->scrollTo(usage); // the dock shows a few rows at a time
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(usage).center());
    QVERIFY(m_editor->guideline()->isVisible());
    QCOMPARE(m_editor->guideline()->currentAnchor(), QStringLiteral("proserv-guidelines-usage"));
    QVERIFY(m_editor->guideline()->toPlainText().contains(QStringLiteral("within two business days")));
    emit view->activated(usage);
    QCOMPARE(QApplication::focusWidget(),
        m_editor->findChild<QWidget*>(QStringLiteral("/support/responseTimeBusinessDays")));
}

void TestReviewGui::reportContainsFindingsAndComments()
{
    QVERIFY(m_editor->openForReview(m_file));
    UserPrompts::setNextComment(QStringLiteral("Agent steps are missing."), CommentKind::MustFix);
    emit m_editor->form()->commentRequested(QStringLiteral("/architecture/agentInstructions"));
    const QString html = m_dir.filePath(QStringLiteral("review.html"));
    const QString pdf = m_dir.filePath(QStringLiteral("review.pdf"));
    UserPrompts::setNextFileName(html);
    QVERIFY(m_editor->exportReviewReport());
    UserPrompts::setNextFileName(pdf);
    QVERIFY(m_editor->exportReviewReport());
    const QString text = QString::fromStdString(test::readBytes(html));
    for (const Finding& f : m_editor->document()->findings())
        QVERIFY2(text.contains(QString::fromStdString(f.message).toHtmlEscaped()), f.message.c_str());
    QVERIFY(text.contains(QStringLiteral("Agent steps are missing.")));
    QVERIFY(text.contains(QStringLiteral("Changes needed: 5 errors, 1 open must-fix comment.")));
    QVERIFY(text.indexOf(QStringLiteral("Product setup guidelines"))
        < text.indexOf(QStringLiteral("Architecture guidelines")));
    QVERIFY(test::readBytes(pdf).rfind("%PDF-", 0) == 0);
}

// The report reads as a document: the file name in one piece, a comment
// printed right after the finding on its field, where each finding sits in
// the file (line:column, as the Problems list shows it), dates as people
// write them.
void TestReviewGui::reportPutsCommentsBesideTheirFindings()
{
    QVERIFY(m_editor->openForReview(m_file));
    const Finding first = m_editor->document()->findings().front();
    const Finding second = m_editor->document()->findings().at(1);
    QVERIFY(first.pointer != second.pointer);
    UserPrompts::setNextComment(QStringLiteral("Please shorten this first."), CommentKind::MustFix);
    emit m_editor->form()->commentRequested(QString::fromStdString(first.pointer));
    const QString path = m_dir.filePath(QStringLiteral("beside.html"));
    UserPrompts::setNextFileName(path);
    QVERIFY(m_editor->exportReviewReport());
    const QString html = QString::fromStdString(test::readBytes(path));

    QVERIFY(html.contains(QStringLiteral("<span style=\"white-space:nowrap\">submitted.proserv.json</span>")));
    const auto firstAt = html.indexOf(QString::fromStdString(first.message).toHtmlEscaped());
    const auto commentAt = html.indexOf(QStringLiteral("Please shorten this first."));
    const auto secondAt = html.indexOf(QString::fromStdString(second.message).toHtmlEscaped());
    QVERIFY(firstAt >= 0 && commentAt > firstAt);
    QVERIFY2(secondAt < 0 || commentAt < secondAt || html.indexOf(QStringLiteral("<h3>"), firstAt) < commentAt,
        "the comment follows its finding, before the next one");
    QVERIFY(commentAt < html.indexOf(QStringLiteral("Reviewer comments (")));
    QVERIFY(html.contains(QStringLiteral("1 comment on a field with findings is printed beside those findings")));
    const TextPosition at = m_editor->document()->sourcePositionOf(first.pointer);
    QVERIFY(at.known());
    QVERIFY(html.contains(QStringLiteral("line %1:%2 in the file").arg(at.line).arg(at.column)));
    QVERIFY(!html.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:")))); // no raw timestamps
}

void TestReviewGui::compareVersions()
{
    const QString older = m_dir.filePath(QStringLiteral("accepted.proserv.json"));
    QVERIFY(test::writeBytes(
        older, test::readBytes(test::examplePath(QStringLiteral("migration-readiness-assessment.proserv.json")))));
    QVERIFY(m_editor->openForReview(m_file));
    QVERIFY(m_editor->compareWith(older));
    auto* dialog = m_editor->findChild<CompareDialog*>();
    QVERIFY(dialog);
    const QString shown = dialog->browser()->toPlainText();
    // Fields by the names people use; no 0-based pointer in what a person reads.
    QVERIFY2(shown.contains(QStringLiteral("Response time")), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("Agent instructions")));
    QVERIFY2(!shown.contains(QStringLiteral("/support/")), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("Findings that appeared")));
    QVERIFY(shown.contains(QStringLiteral("3 business days is too long")));
    QVERIFY(dialog->browser()->toHtml().contains(QStringLiteral("line-through")));
}

// A private offer opened for review: read-only in its own editor (typing
// changes nothing, the file is never written), a comment through a field's
// Comment… button lands in the offer's sidecar, and the report counts it.
void TestReviewGui::offerIsReviewedWithComments()
{
    const QString offerFile = m_dir.filePath(QStringLiteral("submitted.offer.json"));
    QFile::remove(offerFile);
    QFile::remove(offerFile + QStringLiteral(".review.json"));
    QVERIFY(test::writeBytes(
        offerFile, test::readBytes(test::examplePath(QStringLiteral("migration-readiness-upfront.offer.json")))));
    const std::string bytes = test::readBytes(offerFile);
    QVERIFY(m_editor->openForReview(offerFile));
    QCOMPARE(m_editor->currentEditor(), static_cast<DocumentForm*>(m_editor->offerForm()));
    QVERIFY(m_editor->findChild<QLabel*>(QStringLiteral("reviewBanner"))->isVisible());
    QVERIFY(m_editor->windowTitle().contains(QStringLiteral("review, read-only")));
    QVERIFY(!m_editor->findChild<QAction*>(QStringLiteral("actionSaveOffer"))->isEnabled());

    auto* name = m_editor.field<QLineEdit>("/offer/name");
    QVERIFY(name && name->isReadOnly());
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("x"));
    QCOMPARE(QString::fromStdString(m_editor->offerDocument()->offer().offer.name), name->text());
    QVERIFY(!m_editor->isWindowModified());

    auto* commentButton = blockOf(name)->findChild<QToolButton*>(QStringLiteral("commentButton"));
    QVERIFY(commentButton && commentButton->isVisibleTo(m_editor.window()));
    UserPrompts::setNextComment(QStringLiteral("Name the buyer as their contract does."), CommentKind::MustFix);
    QTest::mouseClick(commentButton, Qt::LeftButton);
    QCOMPARE(blockOf(name)->commentText(), QStringLiteral("Name the buyer as their contract does."));
    std::vector<LoadError> errors;
    const auto sidecar = loadSidecar((offerFile + QStringLiteral(".review.json")).toStdString(), errors);
    QVERIFY(sidecar);
    QCOMPARE(sidecar->comments.size(), std::size_t(1));
    QCOMPARE(sidecar->comments[0].pointer, std::string("/offer/name"));
    QCOMPARE(test::readBytes(offerFile), bytes); // the offer itself is never written

    const QString report = m_dir.filePath(QStringLiteral("offer-review.html"));
    UserPrompts::setNextFileName(report);
    m_editor->findChild<QAction*>(QStringLiteral("actionExportReport"))->trigger();
    const QString html = QString::fromStdString(test::readBytes(report));
    QVERIFY(html.contains(QStringLiteral("Name the buyer as their contract does.")));
    QVERIFY(html.contains(QStringLiteral("1 open must-fix comment")));
}

// A reviewer who never touches the mouse: opens the submitted file for
// review, walks the problems with the arrow keys (the guideline panel
// follows), comments on a problem and on a field, resolves a comment and
// exports the report, all by keys.
void TestReviewGui::wholeReviewFromTheKeyboard()
{
    QWindow* window = m_editor->windowHandle();
    UserPrompts::setNextFileName(m_file);
    QTest::keyClick(window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(m_editor->isReviewMode());

    QTest::keyClick(window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QTreeView* view = m_editor->problems()->view();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(view));
    int walked = 0;
    QModelIndex problem;
    for (int step = 0; step < 30; ++step) {
        QTest::keyClick(view, Qt::Key_Down);
        const QModelIndex current = view->currentIndex();
        const QString anchor = current.data(FindingsModel::GuidelineRole).toString();
        if (anchor.isEmpty())
            continue;
        QCOMPARE(m_editor->guideline()->currentAnchor(), anchor);
        ++walked;
        if (!problem.isValid() && !current.data(FindingsModel::PointerRole).toString().isEmpty())
            problem = current;
    }
    QVERIFY2(walked >= 3, qPrintable(QString::number(walked)));
    QVERIFY(problem.isValid());
    view->setCurrentIndex(problem); // back to the first problem with a field, as Up would
    const QString rule = problem.data(FindingsModel::RuleRole).toString();

    UserPrompts::setNextComment(QStringLiteral("Fix this before resubmitting."), CommentKind::MustFix);
    QTest::keyClick(window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(m_editor->review()->comments().size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(m_editor->review()->comments()[0].ruleId), rule);

    // Enter on the problem puts the cursor in its field; comment on that field.
    QTest::keyClick(view, Qt::Key_Return);
    QWidget* field = QApplication::focusWidget();
    QVERIFY(field && m_editor->form()->isAncestorOf(field));
    UserPrompts::setNextComment(QStringLiteral("Say this in plainer words."), CommentKind::Suggestion);
    QTest::keyClick(window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(m_editor->review()->comments().size(), std::size_t(2));
    FieldBlock* block = blockOf(field);
    QVERIFY(block);
    QCOMPARE(QString::fromStdString(m_editor->review()->comments()[1].pointer).left(1), QStringLiteral("/"));

    // Tab from the field to the comment's "Resolved" box, Space ticks it.
    auto* resolved = block->findChild<QCheckBox*>(QStringLiteral("resolvedBox"));
    QVERIFY(resolved);
    for (int tab = 0; tab < 12 && QApplication::focusWidget() != resolved; ++tab)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(resolved));
    QTest::keyClick(resolved, Qt::Key_Space);
    QTRY_VERIFY(std::any_of(m_editor->review()->comments().begin(), m_editor->review()->comments().end(),
        [](const ReviewComment& c) { return c.resolved; }));

    // The report, through File ▸ Export Review Report (Alt+F, R).
    const QString html = m_dir.filePath(QStringLiteral("keyboard-review.html"));
    UserPrompts::setNextFileName(html);
    QTest::keyClick(window, Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(qobject_cast<QMenu*>(QApplication::activePopupWidget()));
    QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_R);
    QTRY_VERIFY(QFileInfo::exists(html));
    QVERIFY(QString::fromStdString(test::readBytes(html)).contains(QStringLiteral("Fix this before resubmitting.")));
}

PROSERV_GUI_TEST_MAIN(TestReviewGui)

#include "tst_reviewgui.moc"
