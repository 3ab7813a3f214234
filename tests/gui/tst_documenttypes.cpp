// The window hosts document types it does not know (Tiled's Document/Editor
// pair): a test-only note type, with its own two sections, is added to the
// real editor window beside the product listing and edited there — section
// list, Problems dock, status bar, title, Edit ▸ Undo and focus all follow the
// shown document, and the listing's own file commands stay with the listing.
#include "EditorFixture.h"
#include "GuiTestMain.h"
#include "NoteDocumentType.h"

#include "model/OfferExport.h"
#include "model/OfferFormat.h"
#include "ui/document/OfferDocument.h"
#include "ui/form/DocumentForm.h"
#include "ui/form/UserPrompts.h"
#include "ui/form/ListEditors.h"
#include "ui/offer/OfferForm.h"
#include "ui/listing/ListingForm.h"
#include "ui/shell/ProblemsPanel.h"
#include "ui/form/SafeTextBrowser.h"
#include "ui/review/CompareDialog.h"
#include "ui/views/SubmissionView.h"

#include <QAction>
#include <QDockWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QTableWidget>
#include <QPlainTextEdit>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QToolButton>
#include <QTreeView>
#include <QTemporaryDir>
#include <QtTest>

using namespace proserv;
using namespace proserv::test;

class TestDocumentTypes : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { m_editor.finish(); }
    void anotherTypeIsEditedInTheRealWindow();
    void undoFollowsTheShownDocument();
    void offerOpensInItsOwnEditor();
    void newOfferFromTheOpenListing();
    void previewShowsTheOfferAsItsBuyerReadsIt();
    void compareAndReportWorkOnTheOffer();
    void whatWillBeSubmittedShowsTheOffersChangeSet();
    void offerPartOfAMixedChangeSetOpensAsAnOffer();
    void grantedQuantitiesAreEditedAsWholeNumbers();

private:
    // Adds a note editor to the window and shows it.
    NoteForm* showNote(NoteDocument** noteOut);
    QStringList sectionTexts() const;
    QAction* action(const char* name) const { return m_editor->findChild<QAction*>(QString::fromLatin1(name)); }

    EditorFixture m_editor;
};

NoteForm* TestDocumentTypes::showNote(NoteDocument** noteOut)
{
    auto* note = new NoteDocument;
    note->setParent(m_editor.window());
    auto* form = new NoteForm(note);
    m_editor->addEditor(form);
    m_editor->showEditor(form);
    *noteOut = note;
    return form;
}

QStringList TestDocumentTypes::sectionTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_editor->sections()->count(); ++i)
        texts << m_editor->sections()->item(i)->text();
    return texts;
}

void TestDocumentTypes::anotherTypeIsEditedInTheRealWindow()
{
    QVERIFY(m_editor.start());
    NoteDocument* note = nullptr;
    NoteForm* form = showNote(&note);
    QCOMPARE(m_editor->currentEditor(), form);
    QVERIFY(form->isVisible());
    QVERIFY(!m_editor->form()->isVisible());

    // The section list names the note's sections, with the title's error counted.
    QTRY_COMPARE(sectionTexts(), QStringList({QStringLiteral("Note\n1 error"), QStringLiteral("Tags")}));
    QVERIFY(m_editor->windowTitle().startsWith(QStringLiteral("Shopping note")));
    auto* counter = m_editor->findChild<QToolButton*>(QStringLiteral("statusCounter"));
    QCOMPARE(counter->text(), QStringLiteral("1 error, 0 warnings"));
    QAbstractItemModel* problems = m_editor->problems()->view()->model();
    QCOMPARE(problems->rowCount(), 1);
    QCOMPARE(problems->index(0, FindingsModel::MessageColumn).data().toString(), QStringLiteral("Give the note a title."));
    QCOMPARE(problems->index(0, FindingsModel::SectionColumn).data().toString(), QStringLiteral("Note"));

    // The first field has the focus; typing edits the note, not the listing.
    QTRY_COMPARE(QApplication::focusWidget(), form->title);
    const Json listingTitle = *m_editor->document()->fieldValue("/product/title");
    QTest::keyClicks(form->title, QStringLiteral("Milk"));
    QCOMPARE(note->note["title"], Json("Milk"));
    QCOMPARE(*m_editor->document()->fieldValue("/product/title"), listingTitle);
    QCOMPARE(problems->rowCount(), 0);
    QCOMPARE(sectionTexts(), QStringList({QStringLiteral("Note"), QStringLiteral("Tags")}));
    QCOMPARE(counter->text(), QStringLiteral("0 errors, 0 warnings"));
    QVERIFY(m_editor->isWindowModified()); // the note is modified; the listing is not
    QVERIFY(!m_editor->document()->isModified());

    // Sections are reached from the list, and a problem leads to its field.
    form->title->selectAll();
    QTest::keyClick(form->title, Qt::Key_Delete);
    QCOMPARE(note->note["title"], Json(""));
    QCOMPARE(problems->rowCount(), 1);
    m_editor->sections()->setCurrentRow(1);
    QCOMPARE(form->currentIndex(), 1);
    m_editor->problems()->focusList();
    QTest::keyClick(m_editor->problems()->view(), Qt::Key_Return);
    QCOMPARE(form->currentIndex(), 0);
    QTRY_COMPARE(QApplication::focusWidget(), form->title);

    // The listing's file commands are the listing's: not offered for the note.
    QVERIFY(!action("actionExport")->isEnabled());
    QVERIFY(!action("actionSave")->isEnabled());
    m_editor->showEditor(m_editor->form());
    QVERIFY(action("actionExport")->isEnabled());
    QCOMPARE(m_editor->sections()->count(), m_editor->form()->sectionCount());
    QCOMPARE(m_editor->sections()->item(0)->text(), m_editor->form()->sectionTitle(0));
    QCOMPARE(problems->rowCount(), 0); // the complete example has no problems
    QVERIFY(!m_editor->isWindowModified());
    note->undoStack()->setClean();
}

void TestDocumentTypes::undoFollowsTheShownDocument()
{
    QVERIFY(m_editor.start());
    NoteDocument* note = nullptr;
    NoteForm* form = showNote(&note);
    QTRY_COMPARE(QApplication::focusWidget(), form->title);
    QTest::keyClicks(form->title, QStringLiteral("Eggs"));
    QAction* undo = action("actionUndo");
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(note->note["title"], Json(""));
    QCOMPARE(form->title->text(), QString());
    QVERIFY(!undo->isEnabled()); // nothing more of the note's to undo

    // Back on the listing, Edit ▸ Undo undoes the listing's edit and leaves the note alone.
    action("actionRedo")->trigger();
    QCOMPARE(note->note["title"], Json("Eggs"));
    m_editor->showEditor(m_editor->form());
    auto* listingTitle = m_editor.field<QLineEdit>("/product/title");
    QVERIFY(listingTitle);
    const QString before = listingTitle->text();
    listingTitle->setFocus();
    QTest::keyClicks(listingTitle, QStringLiteral(" X"));
    QCOMPARE(listingTitle->text(), before + QStringLiteral(" X"));
    // Ctrl+Z in the field: the window's Undo (the listing's stack) takes it.
    QTest::keyClick(listingTitle, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(listingTitle->text(), before);
    QCOMPARE(note->note["title"], Json("Eggs"));
    QVERIFY(!m_editor->document()->isModified());
    note->undoStack()->setClean();
}

// The private offer is a document type of the real window: File ▸ Open on
// an offer file shows the offer's six sections, the Problems dock lists the
// offer's findings as the seller types, and Save writes an offer file.
void TestDocumentTypes::offerOpensInItsOwnEditor()
{
    QVERIFY(m_editor.start());
    QVERIFY(m_editor->openFile(test::examplePath(QStringLiteral("migration-readiness-upfront.offer.json"))));
    DocumentForm* offerForm = m_editor->currentEditor();
    QCOMPARE(offerForm, static_cast<DocumentForm*>(m_editor->offerForm()));
    QCOMPARE(offerForm->typeName(), QStringLiteral("Private offer"));
    QStringList titles;
    for (int i = 0; i < offerForm->sectionCount(); ++i)
        titles << offerForm->sectionTitle(i);
    QCOMPARE(titles, QStringList({QStringLiteral("Offer"), QStringLiteral("Buyers"), QStringLiteral("Pricing"),
                         QStringLiteral("Terms"), QStringLiteral("Availability"), QStringLiteral("Submission")}));
    QVERIFY(m_editor->windowTitle().startsWith(QStringLiteral("migration-readiness-upfront.offer.json")));
    QVERIFY(!action("actionSave")->isVisible());
    QVERIFY(action("actionSaveOffer")->isVisible() && action("actionSaveOffer")->isEnabled());

    // Typing a personal e-mail address into the offer's name: the finding appears.
    auto* name = m_editor.field<QLineEdit>("/offer/name");
    QVERIFY(name);
    auto hasRule = [this](const char* rule) {
        for (const Finding& f : m_editor->offerDocument()->findings())
            if (f.ruleId == rule)
                return true;
        return false;
    };
    QVERIFY(!hasRule("offer-personal-data"));
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("MRA for ana.silva@northwind.example"));
    QCOMPARE(m_editor->offerDocument()->offer().offer.name, std::string("MRA for ana.silva@northwind.example"));
    QVERIFY(hasRule("offer-personal-data"));
    QAbstractItemModel* problems = m_editor->problems()->view()->model();
    bool listed = false;
    for (int row = 0; row < problems->rowCount(); ++row)
        listed = listed
            || problems->index(row, FindingsModel::RuleColumn).data().toString() == QLatin1String("offer-personal-data");
    QVERIFY(listed);
    QVERIFY(m_editor->isWindowModified());

    // Save As writes an offer file that reads back as the edited offer.
    QTemporaryDir dir;
    const QString saved = dir.filePath(QStringLiteral("northwind.offer.json"));
    UserPrompts::setNextFileName(saved);
    action("actionSaveOfferAs")->trigger();
    const OfferLoadOutcome back = loadOfferFile(saved.toStdString());
    QVERIFY(back.ok());
    QCOMPARE(back.document->offer.offer.name, std::string("MRA for ana.silva@northwind.example"));
    QVERIFY(!m_editor->isWindowModified());
}

void TestDocumentTypes::newOfferFromTheOpenListing()
{
    QVERIFY(m_editor.start());
    QVERIFY(action("actionNewOffer")->isEnabled());
    action("actionNewOffer")->trigger();
    QCOMPARE(m_editor->currentEditor(), static_cast<DocumentForm*>(m_editor->offerForm()));
    const OfferDraft& offer = m_editor->offerDocument()->offer();
    const Listing& listing = m_editor->document()->listing();
    QCOMPARE(offer.product.dimensions.size(), listing.pricing.dimensions.size());
    QCOMPARE(offer.product.dimensions.front().key, listing.pricing.dimensions.front().key);
    QCOMPARE(offer.terms.refundPolicy, listing.support.refundPolicy);
    QCOMPARE(offer.product.title, listing.product.title);
    QVERIFY(m_editor->windowTitle().startsWith(QStringLiteral("Untitled offer")));
    // A new offer needs its buyers: the Problems dock says so.
    bool buyersMissing = false;
    for (const Finding& f : m_editor->offerDocument()->findings())
        buyersMissing = buyersMissing || f.ruleId == "offer-buyer-accounts";
    QVERIFY(buyersMissing);
    // Back to the listing: its own file commands return.
    m_editor->showEditor(m_editor->form());
    QVERIFY(action("actionSave")->isVisible());
    QVERIFY(!action("actionSaveOffer")->isVisible());
}

// View ▸ Buyer Page Preview on an offer shows the offer's page, not the
// listing's: its name, prices, total, contract and terms, following edits.
void TestDocumentTypes::previewShowsTheOfferAsItsBuyerReadsIt()
{
    QVERIFY(m_editor.start());
    QVERIFY(m_editor->openFile(test::examplePath(QStringLiteral("migration-readiness-installments.offer.json"))));
    QAction* preview = action("actionBuyerPreview");
    QVERIFY(preview->isEnabled());
    preview->trigger();
    auto* dock = m_editor->findChild<QDockWidget*>(QStringLiteral("previewDock"));
    QVERIFY(dock && dock->isVisible());
    auto* page = dock->findChild<SafeTextBrowser*>(QStringLiteral("offerPreview"));
    QVERIFY(page && page->isVisible());
    QVERIFY(!dock->findChild<SafeTextBrowser*>(QStringLiteral("buyerPreview"))->isVisible());
    const OfferDraft& offer = m_editor->offerDocument()->offer();
    const QString text = page->toPlainText();
    QVERIFY2(text.contains(QString::fromStdString(offer.offer.name)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Paid in installments")));
    for (const ScheduledPayment& payment : offer.pricing.schedule)
        QVERIFY2(text.contains(QString::fromStdString(payment.chargeDate)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Total: USD ")));
    QVERIFY(text.contains(QString::fromStdString(offer.availability.acceptBy)));
    QVERIFY(text.contains(QString::fromStdString(offer.terms.refundPolicy)));

    // Typing into the offer's name: the page follows after a pause, as plain text.
    auto* name = m_editor.field<QLineEdit>("/offer/name");
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("<b>Northwind</b> offer"));
    QTRY_VERIFY(page->toPlainText().startsWith(QStringLiteral("<b>Northwind</b> offer")));

    // Back on the listing, the dock shows the product page.
    m_editor->showEditor(m_editor->form());
    QVERIFY(dock->findChild<SafeTextBrowser*>(QStringLiteral("buyerPreview"))->isVisible());
    QVERIFY(!page->isVisible());
}

// File ▸ Compare With… and Export Review Report… act on the shown offer:
// the comparison is of two offers, the report has the offer's key facts.
void TestDocumentTypes::compareAndReportWorkOnTheOffer()
{
    QVERIFY(m_editor.start());
    QVERIFY(m_editor->openFile(test::examplePath(QStringLiteral("migration-readiness-upfront.offer.json"))));
    QVERIFY(action("actionCompare")->isEnabled());
    UserPrompts::setNextFileName(test::examplePath(QStringLiteral("migration-readiness-installments.offer.json")));
    action("actionCompare")->trigger();
    CompareDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_editor->findChild<CompareDialog*>()) != nullptr);
    const QString comparison = dialog->browser()->toPlainText();
    // The field by its name, its pointer only in the tooltip.
    QVERIFY2(comparison.contains(QStringLiteral("Payment")), qPrintable(comparison));
    QVERIFY2(!comparison.contains(QStringLiteral("/pricing/model")), qPrintable(comparison));
    QTextCursor payment = dialog->browser()->document()->find(QStringLiteral("Payment"));
    QVERIFY(!payment.isNull());
    QCOMPARE(payment.charFormat().toolTip(), QStringLiteral("/pricing/model"));
    QVERIFY(comparison.contains(QStringLiteral("installments")));
    dialog->close();

    QTemporaryDir dir;
    const QString report = dir.filePath(QStringLiteral("offer.review.html"));
    UserPrompts::setNextFileName(report);
    action("actionExportReport")->trigger();
    const QString html = QString::fromStdString(test::readBytes(report));
    QVERIFY(html.contains(QString::fromStdString(m_editor->offerDocument()->offer().offer.name).toHtmlEscaped()));
    QVERIFY(html.contains(QStringLiteral("Paid upfront")));
}

// View ▸ What Will Be Submitted on an offer: the offer's own change set,
// its changes named as a seller reads them, and what stays in the draft.
void TestDocumentTypes::whatWillBeSubmittedShowsTheOffersChangeSet()
{
    QVERIFY(m_editor.start());
    QVERIFY(m_editor->openFile(test::examplePath(QStringLiteral("migration-readiness-upfront.offer.json"))));
    QAction* show = action("actionShowSubmission");
    QVERIFY(show->isEnabled());
    show->trigger();
    auto* view = m_editor->findChild<SubmissionView*>(QStringLiteral("offerSubmissionView"));
    QVERIFY(view && view->isVisible());
    QStringList changes;
    for (int i = 0; i < view->submitted()->topLevelItemCount(); ++i)
        changes << view->submitted()->topLevelItem(i)->text(0);
    QVERIFY2(changes.contains(QStringLiteral("Create the offer")), qPrintable(changes.join(", ")));
    QVERIFY(changes.contains(QStringLiteral("Prices")));
    QVERIFY(changes.contains(QStringLiteral("Refund policy")));
    const QString json = view->findChild<QPlainTextEdit*>(QStringLiteral("submissionJson"))->toPlainText();
    QVERIFY(json.contains(QStringLiteral("\"ChangeType\": \"CreateOffer\"")));
    QVERIFY(!json.contains(QStringLiteral("ProfessionalServicesProduct")));
    QStringList kept;
    for (int i = 0; i < view->keptInDraft()->topLevelItemCount(); ++i)
        kept << view->keptInDraft()->topLevelItem(i)->data(0, Qt::UserRole).toString();
    QVERIFY2(kept.contains(QStringLiteral("/product/title")), qPrintable(kept.join(", ")));

    // Editing the refund policy: the view follows.
    auto* refund = m_editor.field<QPlainTextEdit>("/terms/refundPolicy");
    QVERIFY(refund);
    refund->setFocus();
    refund->selectAll();
    QTest::keyClicks(refund, QStringLiteral("Refunds through AWS Marketplace."));
    QTRY_VERIFY(view->findChild<QPlainTextEdit*>(QStringLiteral("submissionJson"))
                    ->toPlainText()
                    .contains(QStringLiteral("Refunds through AWS Marketplace.")));
}

// A change set that changes the product and an offer: File ▸ Open Offer
// Part opens its offer changes as an offer, whose export is an offer change
// set alone (never the product's changes, never cut short).
void TestDocumentTypes::offerPartOfAMixedChangeSetOpensAsAnOffer()
{
    QVERIFY(m_editor.start());
    const QString mixed = QStringLiteral(PROSERV_TEST_DATA_DIR "/update-flow/product-and-offer.changeset.json");
    UserPrompts::setNextFileName(mixed);
    action("actionOpenOfferPart")->trigger();
    QCOMPARE(m_editor->currentEditor(), static_cast<DocumentForm*>(m_editor->offerForm()));
    const OfferDraft& offer = m_editor->offerDocument()->offer();
    const Json request = exportOfferChangeSet(offer);
    const Json original = Json::parse(test::readBytes(mixed));
    std::size_t offerChanges = 0;
    for (const Json& change : original["ChangeSet"])
        offerChanges += change["Entity"].value("Type", std::string()).rfind("Offer@", 0) == 0;
    QVERIFY(offerChanges > 0);
    QCOMPARE(request["ChangeSet"].size(), offerChanges);
    for (const Json& change : request["ChangeSet"])
        QCOMPARE(change["Entity"].value("Type", std::string()), std::string("Offer@1.0"));

    // Saved, it is an offer file that reads back as the same offer.
    QTemporaryDir dir;
    const QString saved = dir.filePath(QStringLiteral("part.offer.json"));
    UserPrompts::setNextFileName(saved);
    action("actionSaveOfferAs")->trigger();
    const OfferLoadOutcome back = loadOfferFile(saved.toStdString());
    QVERIFY(back.ok());
    QCOMPARE(exportOfferChangeSet(back.document->offer), request);
}

// An installment offer's granted dimensions have a quantity column: a whole
// number is stored as one; other text is put back.
void TestDocumentTypes::grantedQuantitiesAreEditedAsWholeNumbers()
{
    QVERIFY(m_editor.start());
    QVERIFY(m_editor->openFile(test::examplePath(QStringLiteral("migration-readiness-installments.offer.json"))));
    auto* grants = m_editor->findChild<RecordTableEditor*>(QStringLiteral("/pricing/grants"));
    QVERIFY(grants);
    auto* table = grants->findChild<QTableWidget*>();
    QVERIFY(table && table->columnCount() == 2);
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("Quantity"));
    table->item(0, 1)->setText(QStringLiteral("3"));
    QCOMPARE(m_editor->offerDocument()->offer().pricing.grants[0].quantity, 3);
    table->item(0, 1)->setText(QStringLiteral("three"));
    QCOMPARE(m_editor->offerDocument()->offer().pricing.grants[0].quantity, 3);
    QTRY_COMPARE(table->item(0, 1)->text(), QStringLiteral("3"));

    // The Pricing page shows the installment tables, not the upfront one.
    QVERIFY(m_editor->currentEditor()->focusField("/pricing/grants"));
    auto* prices = m_editor->findChild<RecordTableEditor*>(QStringLiteral("/pricing/prices"));
    auto* schedule = m_editor->findChild<RecordTableEditor*>(QStringLiteral("/pricing/schedule"));
    QVERIFY(grants->isVisibleTo(m_editor.window()) && schedule->isVisibleTo(m_editor.window()));
    QVERIFY(!prices->isVisibleTo(m_editor.window()));
    // Switched to upfront: the price table appears; the filled-in grants stay in sight.
    QVERIFY(m_editor->offerDocument()->setField("/pricing/model", "upfront", QStringLiteral("test")));
    QVERIFY(prices->isVisibleTo(m_editor.window()));
    QVERIFY(grants->isVisibleTo(m_editor.window()));
}

PROSERV_GUI_TEST_MAIN(TestDocumentTypes)
#include "tst_documenttypes.moc"
