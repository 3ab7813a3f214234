// "The submission is the truth", as a seller and a reviewer meet it in the
// editor: draft-only marks, the support description as the judged field,
// Compose from support details, What Will Be Submitted, the buyer page preview,
// the category picker and submitted files judged as submissions.
#include "EditorFixture.h"
#include "EditorTestSupport.h"
#include "FindingNames.h"
#include "GuiTestMain.h"
#include "TestSupport.h"

#include "model/AcceptedVersion.h"
#include "model/ChangeSetExport.h"
#include "model/NativeFormat.h"
#include "model/SubmissionFields.h"
#include "ui/document/ListingDocument.h"
#include "ui/form/CompositeEditors.h"
#include "ui/form/FieldBindings.h"
#include "ui/form/FieldBlock.h"
#include "ui/form/ListEditors.h"
#include "ui/form/SafeTextBrowser.h"
#include "ui/form/UserPrompts.h"
#include "ui/listing/ListingForm.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ProblemsPanel.h"
#include "ui/views/BuyerPreview.h"
#include "ui/views/SubmissionView.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBlock>

#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <cstring>

#include <memory>
#include <set>

using namespace proserv;

namespace {

const QString kComplete = test::examplePath(QStringLiteral("migration-readiness-assessment.proserv.json"));

FieldBlock* blockOf(QWidget* editor)
{
    return test::fieldBlockOf(editor);
}

using test::statusText;

} // namespace

class TestSubmission : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyDraftOnlyFieldIsMarked();
    void supportFieldsAloneDoNotSatisfyTheRules();
    void composeWritesSupportDescriptionAsOneStep();
    void submissionViewListsExactlyTheExport();
    void exportWarningCountsSubmittedFieldsOnly();
    void buyerPreviewShowsTheExportAndFollowsTyping();
    void buyerPreviewShowsTheLocalLogoAndKeepsItsHeadingsOnTop();
    void categoryPickerAddsAwsSpelling();
    void reviewedChangeSetShowsLinesAndPasses();
    void exportUpdateAgainstSendsOnlyTheChange();
    void offerChangesTravelWithTheProduct();

private:
    test::EditorFixture m_editor;
    QTemporaryDir m_dir;
    template <class T>
    T* field(const char* pointer)
    {
        return m_editor.field<T>(pointer);
    }
};

void TestSubmission::init()
{
    QVERIFY(m_editor.start(kComplete, QSize(1400, 950)));
}

void TestSubmission::cleanup()
{
    m_editor.finish();
}

// Each field of the form carries the mark exactly when the destination table
// says it never leaves the draft, and the mark says where it matters instead.
void TestSubmission::everyDraftOnlyFieldIsMarked()
{
    int marked = 0, unmarked = 0;
    for (const FieldDestination& d : fieldDestinations()) {
        FieldBinding* binding = m_editor->form()->bindingFor(d.pointer);
        QVERIFY2(binding, d.pointer);
        if (binding->pointer() != d.pointer)
            continue; // a table column, checked below
        FieldBlock* block = binding->block();
        QCOMPARE(block->isDraftOnly(), !d.submitted());
        auto* mark = block->findChild<QLabel*>(QStringLiteral("draftOnlyMark"));
        QCOMPARE(mark != nullptr, !d.submitted());
        if (mark) {
            QCOMPARE(mark->text(), QStringLiteral("Kept in your draft — not sent to AWS Marketplace"));
            QVERIFY(mark->toolTip().contains(QStringLiteral("Where it matters instead")));
            ++marked;
        } else {
            ++unmarked;
        }
    }
    QVERIFY2(marked >= 20, qPrintable(QString::number(marked)));
    QVERIFY2(unmarked >= 10, qPrintable(QString::number(unmarked)));
    // Attestations point at the seller's declaration, service terms at the offer.
    auto markOf = [](QWidget* editor) { return blockOf(editor)->findChild<QLabel*>(QStringLiteral("draftOnlyMark")); };
    QVERIFY(markOf(field<QWidget>("/attestations/logoIsOriginal"))->toolTip().contains(QStringLiteral("declaration")));
    QVERIFY(markOf(field<QLineEdit>("/serviceTerms/url"))->toolTip().contains(QStringLiteral("private offer")));
    // Related products are submitted (AssociatedProducts): no mark.
    QVERIFY(!blockOf(field<StringListEditor>("/architecture/relatedProducts")->list())->isDraftOnly());
    // A table column that stays behind says so in its header.
    QTableWidget* dimensions = field<RecordTableEditor>("/pricing/dimensions")->table();
    QCOMPARE(dimensions->horizontalHeaderItem(3)->text(), QStringLiteral("Service billed\n(draft only)"));
    QVERIFY(dimensions->horizontalHeaderItem(3)->toolTip().contains(QStringLiteral("not sent")));
    QVERIFY(!dimensions->horizontalHeaderItem(1)->text().contains(QStringLiteral("draft")));
}

void TestSubmission::supportFieldsAloneDoNotSatisfyTheRules()
{
    auto* description = field<QPlainTextEdit>("/product/supportDescription");
    description->setFocus();
    description->selectAll();
    QTest::keyClick(description, Qt::Key_Delete);
    QTest::keyClicks(description, QStringLiteral("We are happy to help."));
    // The draft's contacts, level and pre/post-purchase texts are all filled in…
    QVERIFY(!m_editor->document()->listing().support.contacts.email.empty());
    // …but buyers see only the description, so the findings are on it.
    std::set<std::string> onDescription;
    for (const Finding& f : m_editor->document()->findings()) {
        QVERIFY2(f.pointer == "/product/supportDescription", f.pointer.c_str());
        onDescription.insert(f.ruleId);
    }
    QCOMPARE(onDescription,
        (std::set<std::string> {"usage-support-contact", "usage-support-level", "usage-pre-purchase-support",
            "usage-post-purchase-support"}));
    const QString shown = blockOf(description)->messageText();
    QVERIFY2(shown.contains(QStringLiteral("your draft's support contacts are not submitted")), qPrintable(shown));
    QCOMPARE(statusText(*m_editor), QStringLiteral("4 errors, 0 warnings"));
}

void TestSubmission::composeWritesSupportDescriptionAsOneStep()
{
    auto* description = field<QPlainTextEdit>("/product/supportDescription");
    description->setFocus();
    description->selectAll();
    QTest::keyClick(description, Qt::Key_Delete);
    QCOMPARE(m_editor->document()->listing().product.supportDescription, std::string());
    QUndoStack* undo = m_editor->document()->undoStack();
    const int before = undo->count();

    m_editor->sections()->setCurrentRow(3); // Support & fulfilment
    auto* compose = m_editor->findChild<QPushButton*>(QStringLiteral("composeSupportDescription"));
    QVERIFY(compose && compose->isVisibleTo(m_editor.window()));
    QTest::mouseClick(compose, Qt::LeftButton);
    const QString composed = description->toPlainText();
    QVERIFY2(composed.contains(QStringLiteral("support@halvorsen-reyes.example")), qPrintable(composed));
    QVERIFY(composed.contains(QStringLiteral("+49 40 5550 1234")));
    QVERIFY(composed.contains(QStringLiteral("Before you subscribe: ")));
    QVERIFY(composed.contains(QStringLiteral("After you subscribe: ")));
    QCOMPARE(undo->count(), before + 1);
    QCOMPARE(undo->undoText(), QStringLiteral("Compose support description"));
    QCOMPARE(statusText(*m_editor), QStringLiteral("0 errors, 0 warnings"));

    // Existing text is never replaced without asking: Cancel leaves it.
    UserPrompts::setNextChoice(2);
    QTest::mouseClick(compose, Qt::LeftButton);
    QCOMPARE(description->toPlainText(), composed);
    QCOMPARE(undo->count(), before + 1);
    QVERIFY(UserPrompts::shownMessages().contains(QStringLiteral("Replace the support description?")));
    UserPrompts::setNextChoice(1); // Add After
    QTest::mouseClick(compose, Qt::LeftButton);
    QCOMPARE(description->toPlainText(), composed + QStringLiteral("\n\n") + composed);

    undo->undo();
    undo->undo();
    QCOMPARE(description->toPlainText(), QString());
}

void TestSubmission::submissionViewListsExactlyTheExport()
{
    m_editor->findChild<QAction*>(QStringLiteral("actionShowSubmission"))->trigger();
    auto* view = m_editor->findChild<SubmissionView*>(QStringLiteral("submissionView"));
    QVERIFY(view && view->isVisible());
    const Json exported = exportChangeSet(m_editor->document()->listing());
    QTreeWidget* submitted = view->submitted();
    QCOMPARE(submitted->topLevelItemCount(), static_cast<int>(exported["ChangeSet"].size()));
    QCOMPARE(submitted->topLevelItem(1)->text(0), QStringLiteral("Product information"));
    // Every key of UpdateInformation is a row, named as the form names it.
    const Json& info = exported["ChangeSet"][1]["DetailsDocument"];
    QCOMPARE(submitted->topLevelItem(1)->childCount(), static_cast<int>(info.size()));
    QStringList fields;
    for (int i = 0; i < submitted->topLevelItem(1)->childCount(); ++i)
        fields << submitted->topLevelItem(1)->child(i)->text(0);
    QVERIFY2(fields.contains(QStringLiteral("Support description")), qPrintable(fields.join(", ")));
    QVERIFY(fields.contains(QStringLiteral("Related products")));

    // The fields kept behind are exactly the filled-in draft-only ones.
    std::vector<std::string> expected;
    for (const DraftOnlyValue& v : filledDraftOnlyFields(m_editor->document()->listing()))
        expected.push_back(v.pointer);
    std::vector<std::string> shown;
    for (int i = 0; i < view->keptInDraft()->topLevelItemCount(); ++i)
        shown.push_back(view->keptInDraft()->topLevelItem(i)->data(0, Qt::UserRole).toString().toStdString());
    QCOMPARE(shown, expected);
    QVERIFY(std::find(shown.begin(), shown.end(), "/serviceTerms/url") != shown.end());
    // None of them appears in the submitted tree.
    const QString url = QString::fromStdString(m_editor->document()->listing().serviceTerms.url);
    QVERIFY(submitted->findItems(url, Qt::MatchContains | Qt::MatchRecursive, 1).isEmpty());

    // Listing text in a tooltip is escaped, never rendered as markup.
    QVERIFY(m_editor->document()->setField("/product/sku", "<img src=\"file:///dev/zero\">", QStringLiteral("x")));
    const QList<QTreeWidgetItem*> sku
        = submitted->findItems(QStringLiteral("<img src="), Qt::MatchContains | Qt::MatchRecursive, 1);
    QCOMPARE(sku.size(), 1);
    QVERIFY(sku.front()->toolTip(1).contains(QStringLiteral("&lt;img src=")));
    QVERIFY(!sku.front()->toolTip(1).contains(QStringLiteral("<img")));

    // It follows edits while open.
    auto* terms = field<QLineEdit>("/serviceTerms/url");
    terms->setFocus();
    terms->selectAll();
    QTest::keyClick(terms, Qt::Key_Delete);
    QCOMPARE(view->keptInDraft()->topLevelItemCount(), static_cast<int>(expected.size()) - 1);
}

void TestSubmission::exportWarningCountsSubmittedFieldsOnly()
{
    // Draft-only errors do not stop an export…
    auto* responseTime = field<QWidget>("/support/responseTimeBusinessDays");
    QVERIFY(responseTime);
    QVERIFY(m_editor->document()->setField("/attestations/registeredPaidSeller", false, QStringLiteral("x")));
    QCOMPARE(statusText(*m_editor), QStringLiteral("1 error, 0 warnings"));
    const QString path = m_dir.filePath(QStringLiteral("export.json"));
    UserPrompts::setNextFileName(path);
    QVERIFY(m_editor->exportSubmission());
    QVERIFY(!UserPrompts::shownMessages().contains(QStringLiteral("Export with errors?")));
    QVERIFY(QFile::exists(path));
    // …an error on a submitted field does.
    QVERIFY(m_editor->document()->setField("/product/title", "", QStringLiteral("x")));
    UserPrompts::setNextChoice(2); // Cancel
    QVERIFY(!m_editor->exportSubmission());
    QVERIFY(UserPrompts::shownMessages().contains(QStringLiteral("Export with errors?")));
}

// The local logo file is shown as an image (read by the editor, as the logo
// rule reads it; never the URL), and the seller's Markdown headings are never
// larger than the page's own "Overview".
void TestSubmission::buyerPreviewShowsTheLocalLogoAndKeepsItsHeadingsOnTop()
{
    QTemporaryDir dir;
    QImage logo(300, 100, QImage::Format_ARGB32);
    logo.fill(Qt::darkCyan);
    const QString logoPath = dir.filePath(QStringLiteral("logo.png"));
    QVERIFY(logo.save(logoPath));
    QVERIFY(m_editor->document()->setField("/product/logoFile", logoPath.toStdString(), QStringLiteral("logo")));
    m_editor->findChild<QAction*>(QStringLiteral("actionBuyerPreview"))->trigger();
    auto* preview = m_editor->findChild<SafeTextBrowser*>(QStringLiteral("buyerPreview"));
    QVERIFY(preview && preview->isVisible());

    const auto shownImage = [preview]() -> QImage {
        for (QTextBlock b = preview->document()->begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it)
                if (it.fragment().charFormat().isImageFormat()) {
                    const QString name = it.fragment().charFormat().toImageFormat().name();
                    return preview->document()->resource(QTextDocument::ImageResource, QUrl(name)).value<QImage>();
                }
        return {};
    };
    QTRY_VERIFY(!shownImage().isNull());
    const QImage shown = shownImage();
    QCOMPARE(shown.width(), 3 * shown.height()); // the logo's own aspect
    QCOMPARE(shown.pixelColor(shown.width() / 2, shown.height() / 2), QColor(Qt::darkCyan));

    const auto pointSizeOf = [preview](const QString& text) {
        for (QTextBlock b = preview->document()->begin(); b.isValid(); b = b.next())
            if (b.text() == text)
                return b.begin().fragment().charFormat().fontPointSize();
        return -1.0;
    };
    const double overview = pointSizeOf(QStringLiteral("Overview"));
    const double seller = pointSizeOf(QStringLiteral("What you get")); // "## What you get" in the long description
    QVERIFY2(overview > 0 && seller > 0, qPrintable(QStringLiteral("%1 %2").arg(overview).arg(seller)));
    QVERIFY2(seller < overview, qPrintable(QStringLiteral("%1 >= %2").arg(seller).arg(overview)));
}

void TestSubmission::buyerPreviewShowsTheExportAndFollowsTyping()
{
    m_editor->findChild<QAction*>(QStringLiteral("actionBuyerPreview"))->trigger();
    auto* preview = m_editor->findChild<SafeTextBrowser*>(QStringLiteral("buyerPreview"));
    QVERIFY(preview && preview->isVisible());
    const QString page = preview->toPlainText();
    const Listing& l = m_editor->document()->listing();
    for (const std::string& shown :
        {l.product.title, l.product.shortDescription, l.product.highlights[0], l.pricing.dimensions[0].name,
            l.product.supportDescription, l.product.additionalResources[0].text, l.architecture.relatedProducts[0]})
        QVERIFY2(page.contains(QString::fromStdString(shown)), shown.c_str());
    QVERIFY(page.contains(QStringLiteral("What you get"))); // Markdown heading rendered as text
    QVERIFY(!page.contains(QStringLiteral("## What you get")));
    // Draft-only text never shows: buyers do not see it.
    QVERIFY(!page.contains(QString::fromStdString(l.serviceTerms.url)));
    QVERIFY(!page.contains(QString::fromStdString(l.support.accessGrantedEmail.substr(0, 40))));

    auto* title = field<QLineEdit>("/product/title");
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Cloud Readiness Review"));
    QTRY_VERIFY(preview->toPlainText().startsWith(QStringLiteral("Cloud Readiness Review")));

    // Listing text is data: markup and images in it are shown as text and never loaded.
    QVERIFY(m_editor->document()->setField("/product/longDescription",
        "<img src=\"file:///etc/passwd\"> ![x](file:///dev/zero) <b>bold</b>", QStringLiteral("x")));
    QTRY_VERIFY(preview->toPlainText().contains(QStringLiteral("<b>bold</b>")));
    QVERIFY(preview->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///etc/passwd"))).isNull());

    // A finding that quotes such text shows it as text under the field.
    QVERIFY(
        m_editor->document()->setField("/product/title", "{{<img src=\"file:///dev/zero\">}}", QStringLiteral("x")));
    QLabel* message = blockOf(title)->findChild<QLabel*>(QStringLiteral("inlineMessage"));
    QVERIFY(message);
    QCOMPARE(message->textFormat(), Qt::PlainText);
    QVERIFY(message->text().contains(QStringLiteral("<img src=")));

    // Markdown a stranger wrote is previewed up to a bound (Qt's import is
    // quadratic in links): 5,000 links show as the first ones and a note.
    std::string links;
    for (int i = 0; i < 5000; ++i)
        links += "[link " + std::to_string(i) + "](https://example.com/" + std::to_string(i) + ")\n";
    QVERIFY(m_editor->document()->setField("/product/longDescription", links, QStringLiteral("x")));
    auto* markdown = m_editor->findChild<MarkdownEditor*>();
    QVERIFY(markdown);
    markdown->tabs()->setCurrentWidget(markdown->preview());
    QVERIFY(markdown->preview()->toPlainText().contains(QStringLiteral("link 10")));
    QVERIFY(!markdown->preview()->toPlainText().contains(QStringLiteral("link 4999")));
    QVERIFY(markdown->preview()->toPlainText().contains(QStringLiteral("The preview stops here")));
    QTRY_VERIFY(preview->toPlainText().contains(QStringLiteral("The preview stops here")));

    // Code spans and list items, which Qt also imports in quadratic time,
    // at 1×, 4× and 16×: the preview renders a bounded number of them.
    for (const auto& [piece, word] : {std::pair {"`code` ", "code"}, {"- item\n", "item"}, {"*em* ", "em"}})
        for (const int length : {1250, 5000, 20000}) {
            std::string text;
            while (text.size() + std::strlen(piece) <= static_cast<std::size_t>(length))
                text += piece;
            QVERIFY(m_editor->document()->setField("/product/longDescription", text, QStringLiteral("x")));
            const QString shown = markdown->preview()->toPlainText();
            const qsizetype rendered
                = shown.count(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QLatin1String(word))));
            QVERIFY2(rendered <= kMaxPreviewMarks,
                qPrintable(QStringLiteral("%1 %2: %3").arg(piece).arg(length).arg(rendered)));
            QVERIFY(rendered >= 100); // not cut to nothing
        }
}

void TestSubmission::categoryPickerAddsAwsSpelling()
{
    auto* categories = field<StringListEditor>("/product/categories");
    QComboBox* picker = categories->picker();
    QVERIFY(picker);
    QCOMPARE(picker->itemText(1), QStringLiteral("Assessments")); // the five first
    QCOMPARE(picker->itemText(5), QStringLiteral("Training"));
    const int index = picker->findText(QStringLiteral("Security"));
    QVERIFY(index > 6); // after the separator
    picker->setCurrentIndex(index);
    emit picker->activated(index);
    QCOMPARE(m_editor->document()->listing().product.categories,
        (std::vector<std::string> {"Assessments", "Migration", "Security"}));
    QCOMPARE(picker->currentIndex(), 0);

    // Typed in another spelling, it is exported the AWS way; a near miss gets a suggestion.
    QVERIFY(m_editor->document()->setField(
        "/product/categories", Json::parse(R"(["assessments", "Migraton"])"), QStringLiteral("x")));
    const Json exported = exportChangeSet(m_editor->document()->listing());
    QCOMPARE(exported["ChangeSet"][1]["DetailsDocument"]["Categories"], Json::parse(R"(["Assessments", "Migraton"])"));
    bool suggested = false;
    for (const Finding& f : m_editor->document()->findings())
        suggested = suggested
            || (f.ruleId == "setup-category-spelling" && f.message.find("\"Migration\"") != std::string::npos);
    QVERIFY(suggested);
}

void TestSubmission::reviewedChangeSetShowsLinesAndPasses()
{
    Listing listing = test::loadOrFail(kComplete);
    listing.product.highlights[1] = "TBD";
    const QString file = m_dir.filePath(QStringLiteral("submitted.json"));
    const std::string bytes = serializeChangeSet(listing);
    QVERIFY(test::writeBytes(file, bytes));
    QVERIFY(m_editor->openForReview(file));
    QCOMPARE(statusText(*m_editor), QStringLiteral("1 error, 0 warnings, 1 note"));
    QTreeView* problems = m_editor->problems()->view();
    QVERIFY(!problems->isColumnHidden(FindingsModel::LocationColumn));
    const std::size_t offset = bytes.find("\"TBD\"");
    const int line = 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + static_cast<long>(offset), '\n'));
    const int column = static_cast<int>(offset - bytes.rfind('\n', offset));
    QStringList locations;
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int r = 0; r < problems->model()->rowCount(parent); ++r) {
            const QModelIndex row = problems->model()->index(r, 0, parent);
            if (row.data(FindingsModel::RuleRole).toString() == QLatin1String("setup-placeholder-text"))
                locations << problems->model()->index(r, FindingsModel::LocationColumn, parent).data().toString();
            walk(row);
        }
    };
    walk(QModelIndex());
    QCOMPARE(locations, QStringList {QStringLiteral("%1:%2").arg(line).arg(column)});
    // The note is about the whole file: it sits under no field.
    QVERIFY(test::fieldBlockOf(field<QLineEdit>("/product/title"))->messageText().isEmpty());
    QCOMPARE(m_editor->form()->sectionOf(""), -1);
}

void TestSubmission::exportUpdateAgainstSendsOnlyTheChange()
{
    ListingDocument* doc = m_editor->document();
    QVERIFY(doc->setField("/product/productId", "prod-abcdefghijklm", QStringLiteral("x")));
    const QString accepted = m_dir.filePath(QStringLiteral("accepted.proserv.json"));
    QVERIFY(test::writeBytes(accepted, serializeNative(doc->listing())));

    auto* title = field<QLineEdit>("/product/title");
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Readiness Assessment v2"));
    const QString out = m_dir.filePath(QStringLiteral("update.json"));
    UserPrompts::setNextFileName(accepted);
    UserPrompts::setNextFileName(out);
    m_editor->findChild<QAction*>(QStringLiteral("actionExportUpdate"))->trigger();
    QVERIFY(QFile::exists(out));
    const Json request = Json::parse(test::readBytes(out));
    QCOMPARE(request["ChangeSet"].size(), std::size_t(1));
    QCOMPARE(request["ChangeSet"][0]["ChangeType"], Json("UpdateInformation"));
    QCOMPARE(request["ChangeSet"][0]["DetailsDocument"], Json::parse(R"({"ProductTitle": "Readiness Assessment v2"})"));

    // The draft remembers it, and says so on the Submission page.
    auto* summary = m_editor->findChild<QLabel*>(QStringLiteral("acceptedVersionSummary"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QStringLiteral("accepted.proserv.json")), qPrintable(summary->text()));
    auto* forget = m_editor->findChild<QPushButton*>(QStringLiteral("forgetAcceptedVersion"));
    QVERIFY(forget->isEnabled());
    QTest::mouseClick(forget, Qt::LeftButton);
    QVERIFY(summary->text().startsWith(QStringLiteral("None")));
    QVERIFY(!doc->listing().accepted.present());
    doc->undoStack()->undo();
    QVERIFY(doc->listing().accepted.present());

    // Back to the accepted text: nothing to send, nothing written.
    title->selectAll();
    QTest::keyClicks(title, QString::fromStdString(listingOf(doc->listing().accepted).product.title));
    QFile::remove(out);
    UserPrompts::setNextFileName(out);
    QVERIFY2(isEmptyUpdate(exportChangeSet(doc->listing())), exportChangeSet(doc->listing()).dump().c_str());
    QVERIFY(!m_editor->exportSubmission());
    QVERIFY2(UserPrompts::shownMessages()
                 .join(QLatin1Char('\n'))
                 .contains(QStringLiteral("Nothing changed since the accepted version")),
        qPrintable(UserPrompts::shownMessages().join(", ")));
    QVERIFY(!QFile::exists(out));
}

// A change set that updates the product beside a private offer: the
// offer's changes are shown by their entity, named in one warning, said
// before Export writes, and written back exactly as the file had them.
void TestSubmission::offerChangesTravelWithTheProduct()
{
    const QString source = QStringLiteral(PROSERV_TEST_DATA_DIR "/update-flow/product-and-offer.changeset.json");
    QVERIFY(m_editor->openFile(source));
    QCOMPARE(test::ruleIdsOf(m_editor->document()->findings(), Severity::Warning),
        QStringList {QStringLiteral("submission-changes-unchecked")});

    m_editor->findChild<QAction*>(QStringLiteral("actionShowSubmission"))->trigger();
    auto* view = m_editor->findChild<SubmissionView*>(QStringLiteral("submissionView"));
    QVERIFY(view && view->isVisible());
    QTreeWidget* submitted = view->submitted();
    QCOMPARE(submitted->topLevelItemCount(), 6);
    QCOMPARE(submitted->topLevelItem(0)->text(0), QStringLiteral("Product information"));
    QCOMPARE(submitted->topLevelItem(2)->text(0), QStringLiteral("Offer@1.0 — sent as written"));
    QCOMPARE(submitted->topLevelItem(2)->text(1), QStringLiteral("UpdateInformation"));
    QCOMPARE(
        submitted->topLevelItem(2)->child(0)->text(0), QStringLiteral("Name")); // the offer's key, not a product label
    view->close();

    const QString out = m_dir.filePath(QStringLiteral("mixed-out.json"));
    QFile::remove(out);
    UserPrompts::setNextChoice(1); // Cancel
    QVERIFY(!m_editor->exportSubmission());
    QCOMPARE(UserPrompts::shownMessages().last(), QStringLiteral("Export with warnings?"));
    QVERIFY(!QFile::exists(out));
    UserPrompts::setNextChoice(0); // Export
    UserPrompts::setNextFileName(out);
    QVERIFY(m_editor->exportSubmission());
    QCOMPARE(test::readBytes(out), test::readBytes(source));
}

PROSERV_GUI_TEST_MAIN(TestSubmission)
#include "tst_submission.moc"
