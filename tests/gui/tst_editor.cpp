// The editor driven like a user drives it: real widgets found by objectName
// (a field's objectName is its JSON Pointer), keystrokes and clicks, modal
// questions answered through the UserPrompts seam.
#include "EditorFixture.h"
#include "EditorTestSupport.h"
#include "GuiTestMain.h"
#include "ProcessRunner.h"
#include "FindingNames.h"
#include "TestSupport.h"
#include "model/FieldSpecs.h"
#include "ui/form/FieldBlock.h"

#include "model/FieldSpecs.h"

#include "app/EditorApplication.h"
#include "model/ChangeSetExport.h"
#include "model/NativeFormat.h"
#include "ui/form/FieldBlock.h"
#include "ui/review/GuidelinePanel.h"
#include "ui/form/ListEditors.h"
#include "ui/document/ListingDocument.h"
#include "ui/listing/ListingForm.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ProblemsPanel.h"
#include "ui/files/RecentFiles.h"
#include "ui/form/UserPrompts.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace proserv;

namespace {

const QString kComplete = test::examplePath(QStringLiteral("migration-readiness-assessment.proserv.json"));

QString inlineMessage(QWidget* editor)
{
    FieldBlock* block = test::fieldBlockOf(editor);
    return block ? block->messageText() : QStringLiteral("<no field block>");
}

using test::statusText;

} // namespace

class TestEditor : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void manyLoadErrorsFitOnTheScreen_data();
    void manyLoadErrorsFitOnTheScreen();

    void countersShowTheFieldTableLimits();
    void typingTooLongTitleShowsAndClearsError();
    void problemsModelsKeepTheModelContract();
    void activatingProblemFocusesField();
    void activatingTableProblemSelectsCell();
    void addAndRemovePricingDimension();
    void newRowSpeaksOnceLeftAndNamesItself();
    void undoRedoMultiFieldEdit();
    void ctrlZInFieldUndoesDocument();
    void saveReopenCompare();
    void failedSaveKeepsDocumentModified();
    void openChangeSet();
    void openBrokenFileKeepsDocument();
    void exportMatchesCli();
    void exportWithErrorsAsks();
    void unsavedChangesPromptOnClose();
    void recentFilesWithRemoval();
    void dropFileOpensIt();
    void sectionCountsAndFilter();
    void everyInputHasAccessibleName();
    void titleShowsModified();
    void newFromExampleAndBlank();
    void helpGuidelinesOpensSectionOfSelectedProblem();
    void logoPickerShowsImageAndSize();
    void logoPathTravelsWithTheFolder();

private:
    test::EditorFixture m_editor;
    QTemporaryDir m_dir;
    template <class T>
    T* field(const char* pointer)
    {
        return m_editor.field<T>(pointer);
    }
};

void TestEditor::init()
{
    QVERIFY(m_editor.start(kComplete));
}

void TestEditor::cleanup()
{
    m_editor.finish();
}

// The form's counters read the one field table the rules read
// (model/FieldSpecs.h): every limited field on a form counts to its limit.
void TestEditor::countersShowTheFieldTableLimits()
{
    int checked = 0;
    for (const TextFieldSpec& spec : textFieldSpecs()) {
        if (spec.pattern.find('*') != std::string_view::npos)
            continue; // list items and table cells have no counter of their own
        QWidget* edit = m_editor->findChild<QWidget*>(QString::fromLatin1(spec.pattern.data(), spec.pattern.size()));
        QVERIFY2(edit, spec.pattern.data());
        QWidget* block = edit;
        while (block && !qobject_cast<FieldBlock*>(block))
            block = block->parentWidget();
        QVERIFY2(block, spec.pattern.data());
        auto* counter = block->findChild<QLabel*>(QStringLiteral("counter"));
        QVERIFY2(counter, spec.pattern.data());
        QVERIFY2(counter->text().endsWith(QStringLiteral(" / %1").arg(spec.maxChars)), qPrintable(counter->text()));
        ++checked;
    }
    QCOMPARE(checked, 5);
}

void TestEditor::typingTooLongTitleShowsAndClearsError()
{
    auto* title = field<QLineEdit>("/product/title");
    QVERIFY(title);
    QCOMPARE(statusText(*m_editor), QStringLiteral("0 errors, 0 warnings"));
    title->setFocus();
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete);
    QTest::keyClicks(title, QString(72, QLatin1Char('T')));
    QVERIFY(inlineMessage(title).isEmpty());
    QCOMPARE(statusText(*m_editor), QStringLiteral("0 errors, 0 warnings"));
    auto* counter = title->parentWidget()->findChild<QLabel*>(QStringLiteral("counter"));
    QCOMPARE(counter->text(), QStringLiteral("72 / 72"));

    QTest::keyClick(title, Qt::Key_X); // the 73rd character
    QCOMPARE(inlineMessage(title),
        QStringLiteral("The title is longer than the Catalog API limit of 72 characters; shorten it."));
    QCOMPARE(title->property("severity").toString(), QStringLiteral("error"));
    QCOMPARE(counter->text(), QStringLiteral("73 / 72"));
    QCOMPARE(statusText(*m_editor), QStringLiteral("1 error, 0 warnings"));
    QTreeView* problems = m_editor->problems()->view();
    QCOMPARE(problems->model()->rowCount(), 1);
    QCOMPARE(problems->model()->index(0, 1).data().toString(), QStringLiteral("api-length"));
    QVERIFY(m_editor->sections()->item(0)->text().contains(QStringLiteral("1 error")));

    QTest::keyClick(title, Qt::Key_Backspace);
    QVERIFY(inlineMessage(title).isEmpty());
    QVERIFY(title->property("severity").toString().isEmpty());
    QCOMPARE(statusText(*m_editor), QStringLiteral("0 errors, 0 warnings"));
    QCOMPARE(m_editor->sections()->item(0)->text(), QStringLiteral("Product"));
}

// The Problems list's model and its severity filter keep Qt's item-model
// contract (QAbstractItemModelTester) while typing adds and removes findings,
// undo takes them back and another listing is opened.
void TestEditor::problemsModelsKeepTheModelContract()
{
    auto* model = m_editor->findChild<FindingsModel*>();
    QVERIFY(model);
    auto* view = m_editor->findChild<QAbstractItemView*>(QStringLiteral("problemsView"));
    QVERIFY(view && view->model() != model); // the view shows the filter over the model
    const QAbstractItemModelTester modelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QAbstractItemModelTester filterTester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 0);

    auto* title = field<QLineEdit>("/product/title");
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QString(73, QLatin1Char('T'))); // one over the limit
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, FindingsModel::RuleColumn).data().toString(), QStringLiteral("api-length"));
    QTest::keyClick(title, Qt::Key_Backspace);
    QCOMPARE(model->rowCount(), 0);
    QTest::keyClick(title, Qt::Key_X);
    QCOMPARE(model->rowCount(), 1);

    while (m_editor->document()->undoStack()->canUndo())
        m_editor->document()->undoStack()->undo();
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(m_editor->openFile(test::examplePath(QStringLiteral("needs-work.proserv.json"))));
    QCOMPARE(model->rowCount(), static_cast<int>(m_editor->document()->findings().size()));
}

void TestEditor::activatingProblemFocusesField()
{
    auto* level = field<QPlainTextEdit>("/support/accessPendingEmail");
    level->setPlainText(QString()); // a user clearing the field
    QCOMPARE(m_editor->document()->listing().support.accessPendingEmail, std::string());
    QTreeView* problems = m_editor->problems()->view();
    QCOMPARE(problems->model()->rowCount(), 1);
    QCOMPARE(m_editor->sections()->currentRow(), 0);

    problems->setFocus();
    problems->setCurrentIndex(problems->model()->index(0, 0));
    QTest::keyClick(problems, Qt::Key_Return); // activation by keyboard
    QCOMPARE(m_editor->sections()->currentRow(), 3); // Support & fulfilment
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(level));
}

void TestEditor::activatingTableProblemSelectsCell()
{
    auto* table = field<RecordTableEditor>("/pricing/dimensions")->table();
    table->item(1, 1)->setText(QString()); // clear the second dimension's name
    QTreeView* problems = m_editor->problems()->view();
    QCOMPARE(problems->model()->rowCount(), 1);
    QCOMPARE(problems->model()->index(0, 1).data().toString(), QStringLiteral("setup-dimension-name"));
    emit problems->activated(problems->model()->index(0, 0));
    QCOMPARE(m_editor->sections()->currentRow(), 2);
    QCOMPARE(table->currentRow(), 1);
    QCOMPARE(table->currentColumn(), 1);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(table));
    QVERIFY(!table->item(1, 1)->toolTip().isEmpty()); // the cell itself is marked
}

void TestEditor::addAndRemovePricingDimension()
{
    m_editor->sections()->setCurrentRow(2);
    auto* editor = field<RecordTableEditor>("/pricing/dimensions");
    QTableWidget* table = editor->table();
    QCOMPARE(table->rowCount(), 3);
    auto* add = editor->findChild<QPushButton*>(QStringLiteral("addButton"));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(m_editor->document()->listing().pricing.dimensions.size(), std::size_t(4));
    // The new row starts quiet, as a new listing does: its empty cells are
    // counted "to fill in", not shown as errors before anything is typed.
    QCOMPARE(statusText(*m_editor), QStringLiteral("0 errors, 0 warnings, 3 to fill in"));
    QVERIFY(m_editor->document()->findings().size() >= 3); // the export still sees them
    // The draft-only service column takes the row above's value; Unit and
    // Types start at what a professional services dimension sends.
    QCOMPARE(table->item(3, 3)->text(), table->item(2, 3)->text());
    QVERIFY(!table->item(3, 3)->text().isEmpty());
    QCOMPARE(table->item(3, 4)->text(), QStringLiteral("Units"));
    QCOMPARE(table->item(3, 5)->text(), QStringLiteral("Entitled"));

    // Fill it in by typing into the cells: an edited cell speaks for itself.
    const QStringList values = {QStringLiteral("workshop"), QStringLiteral("Cloud readiness workshop"),
        QStringLiteral("A one-day migration workshop for your team.")};
    for (int c = 0; c < values.size(); ++c) {
        table->setCurrentCell(3, c);
        QTest::keyClick(table, Qt::Key_F2);
        QWidget* cellEditor = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit*>(cellEditor));
        QTest::keyClicks(cellEditor, values[c]);
        QTest::keyClick(cellEditor, Qt::Key_Return);
        QTRY_COMPARE(table->item(3, c)->text(), values[c]); // the delegate commits on the next loop
    }
    const PricingDimension& added = m_editor->document()->listing().pricing.dimensions[3];
    QCOMPARE(added.service, m_editor->document()->listing().pricing.dimensions[2].service);
    QCOMPARE(added.key, std::string("workshop"));
    QCOMPARE(added.name, std::string("Cloud readiness workshop"));
    QCOMPARE(added.unit, std::string("Units"));
    QVERIFY2(statusText(*m_editor) == QStringLiteral("0 errors, 0 warnings"),
        m_editor->document()->findings().empty() ? "" : m_editor->document()->findings()[0].message.c_str());

    table->setCurrentCell(0, 0);
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("removeButton")), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(m_editor->document()->listing().pricing.dimensions[0].key, std::string("mra-enterprise"));
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("mra-enterprise"));
}

// A new row's findings show once its cell is edited or the row is left, and
// each message names its row as people count ("Pricing dimension 4 …").
// Unit and Types are edited in drop-downs offering the API's values.
void TestEditor::newRowSpeaksOnceLeftAndNamesItself()
{
    m_editor->sections()->setCurrentRow(2);
    auto* editor = field<RecordTableEditor>("/pricing/dimensions");
    QTableWidget* table = editor->table();
    FieldBlock* block = nullptr;
    for (QWidget* w = editor; w && !block; w = w->parentWidget())
        block = qobject_cast<FieldBlock*>(w);
    QVERIFY(block);
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("addButton")), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 4);
    QVERIFY2(!block->messageText().contains(QStringLiteral("Pricing dimension 4")), qPrintable(block->messageText()));

    // Typing a bad key shows the key's problem at once, named by its row.
    table->setCurrentCell(3, 0);
    QTest::keyClick(table, Qt::Key_F2);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("bad key"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY2(block->messageText().contains(QStringLiteral("Pricing dimension 4 (bad key): Key \u2014 ")),
        qPrintable(block->messageText()));
    QVERIFY(!block->messageText().contains(QStringLiteral("Pricing dimension 4 (bad key): Name")));

    // Unit and Types offer the API's values.
    for (const auto& [column, wanted] : {std::pair {4, QStringList {QStringLiteral("Units")}},
             std::pair {5, QStringList {QStringLiteral("Entitled"), QStringLiteral("Metered"),
                               QStringLiteral("ExternallyMetered")}}}) {
        table->setCurrentCell(3, column);
        QTest::keyClick(table, Qt::Key_F2);
        QWidget* typing = QApplication::focusWidget();
        QComboBox* choices = nullptr;
        for (QWidget* w = typing; w && !choices; w = w->parentWidget())
            choices = qobject_cast<QComboBox*>(w);
        QVERIFY2(choices, typing ? typing->metaObject()->className() : "no focus");
        QStringList offered;
        for (int i = 0; i < choices->count(); ++i)
            offered << choices->itemText(i);
        QCOMPARE(offered, wanted);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    }

    // Leaving the row shows the rest of its problems, each naming the row.
    table->setCurrentCell(0, 0);
    QTRY_VERIFY2(block->messageText().contains(QStringLiteral("Pricing dimension 4 (bad key): Name \u2014 ")),
        qPrintable(block->messageText()));
    QVERIFY(!statusText(*m_editor).contains(QStringLiteral("to fill in")));
}

void TestEditor::undoRedoMultiFieldEdit()
{
    const Listing original = m_editor->document()->listing();
    auto* title = field<QLineEdit>("/product/title");
    auto* sku = field<QLineEdit>("/product/sku");
    auto* paidSeller = field<QCheckBox>("/attestations/registeredPaidSeller");
    title->setFocus();
    title->end(false);
    QTest::keyClicks(title, QStringLiteral(" v2"));
    sku->setFocus();
    sku->selectAll();
    QTest::keyClicks(sku, QStringLiteral("NEW-SKU"));
    m_editor->sections()->setCurrentRow(7);
    QTest::mouseClick(paidSeller, Qt::LeftButton, {}, QPoint(8, paidSeller->height() / 2));
    QVERIFY(!m_editor->document()->listing().attestations.registeredPaidSeller);

    QUndoStack* stack = m_editor->document()->undoStack();
    QCOMPARE(stack->count(), 3); // typing in one field is one step
    const Listing edited = m_editor->document()->listing();
    QAction* undo = m_editor->findChild<QAction*>(QStringLiteral("actionUndo"));
    QAction* redo = m_editor->findChild<QAction*>(QStringLiteral("actionRedo"));
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QVERIFY(paidSeller->isChecked());
    undo->trigger();
    QCOMPARE(sku->text(), QString::fromStdString(original.product.sku));
    undo->trigger();
    QCOMPARE(title->text(), QString::fromStdString(original.product.title));
    QVERIFY(m_editor->document()->listing() == original);
    QVERIFY(!m_editor->document()->isModified());
    QVERIFY(!undo->isEnabled());

    redo->trigger();
    redo->trigger();
    redo->trigger();
    QVERIFY(m_editor->document()->listing() == edited);
    QCOMPARE(title->text(), QString::fromStdString(original.product.title) + QStringLiteral(" v2"));
    QVERIFY(!paidSeller->isChecked());
}

void TestEditor::ctrlZInFieldUndoesDocument()
{
    auto* terms = field<QLineEdit>("/serviceTerms/url");
    auto* title = field<QLineEdit>("/product/title");
    title->setFocus();
    QTest::keyClicks(title, QStringLiteral("!"));
    m_editor->sections()->setCurrentRow(4);
    terms->setFocus();
    QTRY_VERIFY(terms->hasFocus());
    QTest::keyClick(terms, Qt::Key_Z, Qt::ControlModifier);
    // The title edit (another field, another page) is undone: Ctrl+Z is the document's.
    QCOMPARE(m_editor->document()->listing().product.title, test::loadOrFail(kComplete).product.title);
    QCOMPARE(title->text(), QString::fromStdString(test::loadOrFail(kComplete).product.title));
}

void TestEditor::saveReopenCompare()
{
    auto* email = field<QLineEdit>("/support/contacts/email");
    email->setFocus();
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("help@halvorsen-reyes.example"));
    const QString path = m_dir.filePath(QStringLiteral("saved.proserv.json"));
    UserPrompts::setNextFileName(path);
    m_editor->document()->reset(m_editor->document()->listing(), QString(), DocumentKind::ChangeSet); // no path yet
    QTest::keyClick(m_editor.window(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(QFile::exists(path));
    QVERIFY(!m_editor->document()->isModified());
    QCOMPARE(m_editor->document()->filePath(), QFileInfo(path).absoluteFilePath());

    const Listing onDisk = test::loadOrFail(path);
    QVERIFY(onDisk == m_editor->document()->listing());
    QCOMPARE(onDisk.support.contacts.email, std::string("help@halvorsen-reyes.example"));
    QCOMPARE(test::readBytes(path), serializeNative(m_editor->document()->listing()));

    MainWindow second;
    QVERIFY(second.openFile(path));
    QVERIFY(second.document()->listing() == onDisk);
    QCOMPARE(second.findChild<QLineEdit*>(QStringLiteral("/support/contacts/email"))->text(),
        QStringLiteral("help@halvorsen-reyes.example"));
}

void TestEditor::failedSaveKeepsDocumentModified()
{
    field<QLineEdit>("/product/sku")->setText(QStringLiteral("X")); // programmatic: no edit
    QTest::keyClicks(field<QLineEdit>("/product/sku"), QStringLiteral("Y"));
    QVERIFY(m_editor->document()->isModified());
    UserPrompts::setNextFileName(m_dir.filePath(QStringLiteral("no-such-folder/x.proserv.json")));
    QVERIFY(!m_editor->saveAs());
    QVERIFY(m_editor->document()->isModified());
    QVERIFY(UserPrompts::shownMessages().last().startsWith(QStringLiteral("Save failed")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("no-such-folder/x.proserv.json"))));
}

void TestEditor::openChangeSet()
{
    const QString changeSet = m_dir.filePath(QStringLiteral("submitted.json"));
    QVERIFY(test::writeBytes(changeSet, serializeChangeSet(test::loadOrFail(kComplete))));
    QVERIFY(m_editor->openFile(changeSet));
    QCOMPARE(m_editor->document()->sourceKind(), DocumentKind::ChangeSet);
    QVERIFY(m_editor->document()->filePath().isEmpty()); // never saved over the submitted file
    QCOMPARE(field<QLineEdit>("/product/title")->text(),
        QStringLiteral("Migration Readiness Assessment by Halvorsen Reyes Cloud Consulting"));
    QCOMPARE(field<RecordTableEditor>("/pricing/dimensions")->table()->rowCount(), 3);
    QVERIFY(m_editor->windowTitle().contains(QStringLiteral("submitted.json (imported)")));
    // Judged as a submission: what the format cannot carry is one note, not errors.
    QCOMPARE(statusText(*m_editor), QStringLiteral("0 errors, 0 warnings, 1 note"));
    QCOMPARE(m_editor->document()->findings().front().ruleId, std::string("submission-draft-only"));
    // The seller opened their own file: the note speaks to them, not of them.
    const std::string sellersNote = m_editor->document()->findings().front().message;
    QVERIFY2(sellersNote.find("need your draft") != std::string::npos, sellersNote.c_str());
    QVERIFY(sellersNote.find("ask the seller") == std::string::npos);
    // Saved as a draft, the draft's own checks apply again.
    QVERIFY(m_editor->document()->isJudgedAsSubmission());
    UserPrompts::setNextFileName(m_dir.filePath(QStringLiteral("from-submission.proserv.json")));
    QVERIFY(m_editor->saveAs());
    QVERIFY(!m_editor->document()->isJudgedAsSubmission());
    QCOMPARE(test::ruleIdsOf(m_editor->document()->findings(), Severity::Error), test::draftOnlyErrorRules());
}

void TestEditor::openBrokenFileKeepsDocument()
{
    const QString broken = m_dir.filePath(QStringLiteral("broken.proserv.json"));
    QVERIFY(test::writeBytes(broken, "{\"formatVersion\": 1,\n \"product\": {\"title\": 42}}"));
    const Listing before = m_editor->document()->listing();
    QVERIFY(!m_editor->openFile(broken));
    QVERIFY(m_editor->document()->listing() == before);
    const QString message = UserPrompts::shownMessages().last();
    QVERIFY2(message.contains(QStringLiteral(
                 "broken.proserv.json:2:23: error: expected a string, found an integer [/product/title]")),
        qPrintable(message));
}

// A file with 1×, 4× and 16× a thousand wrong items: the message lists 100
// and counts the rest, and the box that shows it stays within the screen,
// with every listed line in its scrollable details.
void TestEditor::manyLoadErrorsFitOnTheScreen_data()
{
    QTest::addColumn<int>("items");
    QTest::newRow("1x") << 1000;
    QTest::newRow("4x") << 4000;
    QTest::newRow("16x") << 16000;
}

void TestEditor::manyLoadErrorsFitOnTheScreen()
{
    QFETCH(int, items);
    std::string text = "{\"formatVersion\": 1, \"product\": {\"highlights\": [";
    for (int i = 0; i < items; ++i)
        text += i ? ",\n1" : "1";
    text += "]}}";
    const QString many = m_dir.filePath(QStringLiteral("many.proserv.json"));
    QVERIFY(test::writeBytes(many, text));
    QVERIFY(!m_editor->openFile(many));
    const QString message = UserPrompts::shownMessages().last();
    QCOMPARE(message.count(QStringLiteral("error: expected a string, found an integer")), 100);
    QVERIFY2(message.contains(QStringLiteral("and %1 more errors in this file, not listed").arg(items - 100)),
        qPrintable(message.right(300)));

    QMessageBox box(QMessageBox::Critical, QStringLiteral("Open failed"), QString(), QMessageBox::Ok, m_editor.window());
    UserPrompts::setFittingText(box, message);
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    const QRect screen = box.screen()->availableGeometry();
    QVERIFY2(box.frameGeometry().height() <= screen.height(), qPrintable(QString::number(box.height())));
    QVERIFY(box.button(QMessageBox::Ok)->isVisible());
    QCOMPARE(box.detailedText(), message); // all of it, scrollable
    QVERIFY(box.text().count(QLatin1Char('\n')) <= 12);
    box.close();
}

void TestEditor::exportMatchesCli()
{
    const QString guiExport = m_dir.filePath(QStringLiteral("gui.json"));
    const QString cliExport = m_dir.filePath(QStringLiteral("cli.json"));
    UserPrompts::setNextFileName(guiExport);
    m_editor->findChild<QAction*>(QStringLiteral("actionExport"))->trigger(); // shows what will be submitted
    auto* exportButton = m_editor->findChild<QPushButton*>(QStringLiteral("exportFromView"));
    QVERIFY(exportButton && exportButton->isVisible());
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY(QFile::exists(guiExport));
    const test::ProgramRun cli = test::runProgram(
        QStringLiteral(PROSERV_CHECK_BINARY), {QStringLiteral("export"), kComplete, QStringLiteral("-o"), cliExport});
    QVERIFY2(cli.exitedWith(0), qPrintable(cli.describe()));
    QCOMPARE(test::readBytes(guiExport), test::readBytes(cliExport));
}

void TestEditor::exportWithErrorsAsks()
{
    field<QLineEdit>("/product/title")->setFocus();
    field<QLineEdit>("/product/title")->selectAll();
    QTest::keyClick(field<QLineEdit>("/product/title"), Qt::Key_Delete);
    QCOMPARE(countFindings(m_editor->document()->findings()).errors, 1);
    const QString path = m_dir.filePath(QStringLiteral("with-errors.json"));

    UserPrompts::setNextChoice(0); // Review Problems
    QVERIFY(!m_editor->exportSubmission());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(field<QLineEdit>("/product/title")));

    UserPrompts::setNextChoice(1); // Export Anyway
    UserPrompts::setNextFileName(path);
    QVERIFY(m_editor->exportSubmission());
    QVERIFY(QFile::exists(path));
    QVERIFY(UserPrompts::shownMessages().contains(QStringLiteral("Export with errors?")));
}

void TestEditor::unsavedChangesPromptOnClose()
{
    QTest::keyClicks(field<QLineEdit>("/product/sku"), QStringLiteral("-draft"));
    QVERIFY(m_editor->document()->isModified());

    UserPrompts::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_editor->close());
    QVERIFY(m_editor->isVisible());
    QCOMPARE(UserPrompts::shownMessages().last(), QStringLiteral("Unsaved changes"));

    const QString path = m_dir.filePath(QStringLiteral("closing.proserv.json"));
    m_editor->document()->reset(m_editor->document()->listing(), QString(), DocumentKind::ChangeSet);
    QTest::keyClicks(field<QLineEdit>("/product/sku"), QStringLiteral("!"));
    UserPrompts::setNextAnswer(QMessageBox::Save);
    UserPrompts::setNextFileName(path);
    QVERIFY(m_editor->close());
    QCOMPARE(test::loadOrFail(path).product.sku, std::string("HRCC-MRA-2026-draft!"));

    QVERIFY(m_editor.start(kComplete));
    QTest::keyClicks(field<QLineEdit>("/product/sku"), QStringLiteral("x"));
    UserPrompts::setNextAnswer(QMessageBox::Discard);
    QVERIFY(m_editor->close());
    QCOMPARE(test::loadOrFail(kComplete).product.sku, std::string("HRCC-MRA-2026")); // untouched
}

void TestEditor::recentFilesWithRemoval()
{
    RecentFiles* recent = m_editor->recentFiles();
    recent->clear();
    const QString other = m_dir.filePath(QStringLiteral("other.proserv.json"));
    QVERIFY(test::writeBytes(other, test::readBytes(kComplete)));
    QVERIFY(m_editor->openFile(kComplete));
    QVERIFY(m_editor->openFile(other));
    QCOMPARE(
        recent->files(), (QStringList {QFileInfo(other).absoluteFilePath(), QFileInfo(kComplete).absoluteFilePath()}));
    auto* menu = m_editor->findChild<QMenu*>(QStringLiteral("recentMenu"));
    QCOMPARE(menu->actions().first()->text(), QStringLiteral("&1 other.proserv.json"));
    auto* removeMenu = menu->findChild<QMenu*>(QStringLiteral("removeRecentMenu"));
    QVERIFY(removeMenu);
    removeMenu->actions().first()->trigger(); // remove other.proserv.json
    QCOMPARE(recent->files(), QStringList {QFileInfo(kComplete).absoluteFilePath()});
    // The list persists in QSettings.
    QCOMPARE(RecentFiles(new QMenu(m_editor.window())).files(), recent->files());

    // A name's '&' is shown, not taken as a mnemonic.
    const QString ampersand = m_dir.filePath(QStringLiteral("R&D.proserv.json"));
    QVERIFY(test::writeBytes(ampersand, test::readBytes(kComplete)));
    QVERIFY(m_editor->openFile(ampersand));
    QCOMPARE(menu->actions().first()->text(), QStringLiteral("&1 R&&D.proserv.json"));
}

void TestEditor::dropFileOpensIt()
{
    const QString dropped = m_dir.filePath(QStringLiteral("dropped.proserv.json"));
    Listing listing = test::loadOrFail(kComplete);
    listing.product.title = "Dropped listing";
    QVERIFY(test::writeBytes(dropped, serializeNative(listing)));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(dropped)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_editor.window(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_editor.window(), &drop);
    QCOMPARE(field<QLineEdit>("/product/title")->text(), QStringLiteral("Dropped listing"));
}

void TestEditor::sectionCountsAndFilter()
{
    QVERIFY(m_editor->openFile(test::examplePath(QStringLiteral("minimal.proserv.json"))));
    QCOMPARE(statusText(*m_editor), QStringLiteral("14 errors, 1 warning"));
    QCOMPARE(m_editor->sections()->item(1)->text(), QStringLiteral("Categories\n1 warning"));
    QCOMPARE(m_editor->sections()->item(8)->text(), QStringLiteral("Attestations\n4 errors"));
    QTreeView* view = m_editor->problems()->view();
    QCOMPARE(view->model()->rowCount(), 15);
    QTest::mouseClick(m_editor->problems()->filterBox(Severity::Error), Qt::LeftButton, {}, QPoint(5, 5));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 1).data().toString(), QStringLiteral("setup-other-category"));
    QCOMPARE(view->model()->index(0, 2).data().toString(), QStringLiteral("Categories"));
}

void TestEditor::everyInputHasAccessibleName()
{
    const QList<QWidget*> inputs = m_editor->form()->inputs();
    QVERIFY(inputs.size() >= 40);
    for (QWidget* input : inputs)
        QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(input->objectName()));
    // And every other focusable control of the form: lists, tables, buttons, previews.
    for (QWidget* w : m_editor->form()->findChildren<QWidget*>()) {
        const bool control = qobject_cast<QLineEdit*>(w) || qobject_cast<QPlainTextEdit*>(w)
            || qobject_cast<QAbstractButton*>(w) || qobject_cast<QAbstractSpinBox*>(w)
            || qobject_cast<QAbstractItemView*>(w) || qobject_cast<QComboBox*>(w);
        // Parts of composite Qt widgets (a spin box's line edit) are named by their owner.
        const bool part = w->parentWidget()
            && (qobject_cast<QAbstractSpinBox*>(w->parentWidget()) || qobject_cast<QComboBox*>(w->parentWidget()));
        const bool popup = w->window() != m_editor.window(); // a combo box's drop-down list
        if (!control || part || popup || w->focusPolicy() == Qt::NoFocus)
            continue;
        const auto* button = qobject_cast<QAbstractButton*>(w);
        const bool named = !w->accessibleName().isEmpty() || (button && !button->text().isEmpty());
        QVERIFY2(
            named, qPrintable(QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName()));
    }
}

void TestEditor::titleShowsModified()
{
    QCOMPARE(m_editor->windowTitle(),
        QStringLiteral("migration-readiness-assessment.proserv.json[*] — ProServ Listing Editor"));
    QVERIFY(!m_editor->isWindowModified());
    QTest::keyClicks(field<QLineEdit>("/product/sku"), QStringLiteral("1"));
    QVERIFY(m_editor->isWindowModified());
    m_editor->findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
    QVERIFY(!m_editor->isWindowModified());
}

void TestEditor::newFromExampleAndBlank()
{
    m_editor->findChild<QAction*>(QStringLiteral("actionNewBlank"))->trigger();
    QVERIFY(field<QLineEdit>("/product/title")->text().isEmpty());
    QVERIFY(m_editor->windowTitle().startsWith(QStringLiteral("Untitled listing")));
    m_editor->findChild<QAction*>(QStringLiteral("actionNewExample"))->trigger(); // from the bundled resources
    QCOMPARE(field<QLineEdit>("/product/title")->text(),
        QStringLiteral("Migration Readiness Assessment by Halvorsen Reyes Cloud Consulting"));
    QVERIFY(m_editor->document()->filePath().isEmpty()); // a new document: Save asks where
}

void TestEditor::helpGuidelinesOpensSectionOfSelectedProblem()
{
    QVERIFY(m_editor->openFile(test::examplePath(QStringLiteral("needs-work.proserv.json"))));
    QTreeView* view = m_editor->problems()->view();
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->index(r, 1).data().toString() == QLatin1String("arch-agent-instructions"))
            view->setCurrentIndex(view->model()->index(r, 0));
    m_editor->findChild<QAction*>(QStringLiteral("actionGuidelines"))->trigger();
    QVERIFY(m_editor->guideline()->isVisible());
    QCOMPARE(m_editor->guideline()->currentAnchor(), QStringLiteral("proserv-guidelines-architecture"));
    QVERIFY(m_editor->guideline()->toPlainText().contains(QStringLiteral("deploys an agent")));
}

void TestEditor::logoPickerShowsImageAndSize()
{
    QImage logo(240, 120, QImage::Format_ARGB32);
    logo.fill(Qt::darkCyan);
    QVERIFY(logo.save(m_dir.filePath(QStringLiteral("logo.png"))));
    Listing listing = test::loadOrFail(kComplete);
    listing.product.logoFile = "logo.png"; // relative to the listing
    const QString path = m_dir.filePath(QStringLiteral("with-logo.proserv.json"));
    QVERIFY(test::writeBytes(path, serializeNative(listing)));
    QVERIFY(m_editor->openFile(path));
    auto* info = m_editor->findChild<QLabel*>(QStringLiteral("logoInfo"));
    auto* preview = m_editor->findChild<QLabel*>(QStringLiteral("logoPreview"));
    QVERIFY(info->text().startsWith(QStringLiteral("240 × 120 px, PNG")));
    QVERIFY(!preview->pixmap().isNull());
    QCOMPARE(statusText(*m_editor), QStringLiteral("0 errors, 0 warnings")); // 240 x 120 is within 110–10,000

    // Typing another path re-probes the file: a text file is not an image.
    QVERIFY(test::writeBytes(m_dir.filePath(QStringLiteral("notes.png")), "not an image"));
    auto* file = field<QLineEdit>("/product/logoFile");
    file->setFocus();
    file->selectAll();
    QTest::keyClicks(file, QStringLiteral("notes.png"));
    QVERIFY(info->text().startsWith(QStringLiteral("Cannot read an image")));
    QCOMPARE(statusText(*m_editor), QStringLiteral("1 error, 0 warnings"));

    // Progressive JPEGs that declare more pixels than the decoding budget
    // (just over it, 4×, 24×) are described from their header and never
    // decoded: decoding 10000 × 10000 took 635 MB.
    for (const QSize size : {QSize(2049, 2048), QSize(4096, 4096), QSize(10000, 10000)}) {
        const auto be16 = [](int v) { return std::string {char((v >> 8) & 0xFF), char(v & 0xFF)}; };
        const std::string jpeg = std::string("\xFF\xD8\xFF\xC2\x00\x11\x08", 7) + be16(size.height())
            + be16(size.width()) + std::string("\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01\xFF\xD9", 12);
        const QString name = QStringLiteral("big-%1.jpg").arg(size.width());
        QVERIFY(test::writeBytes(m_dir.filePath(name), jpeg));
        file->selectAll();
        QTest::keyClicks(file, name);
        QVERIFY2(info->text().startsWith(QStringLiteral("%1 × %2 px, JPEG").arg(size.width()).arg(size.height())),
            qPrintable(info->text()));
        QCOMPARE(preview->text(), QStringLiteral("Not previewed"));
        QVERIFY(preview->pixmap().isNull());
    }
}

// A logo chosen in an untitled listing is stored relative to the listing once
// it is saved in the logo's folder tree, so the folder can be moved; one
// outside that tree stays absolute.
void TestEditor::logoPathTravelsWithTheFolder()
{
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("project/images")));
    QImage logo(240, 120, QImage::Format_ARGB32);
    logo.fill(Qt::darkCyan);
    const QString logoPath = root.filePath(QStringLiteral("project/images/logo.png"));
    QVERIFY(logo.save(logoPath));

    m_editor->newFromTemplate(true);
    UserPrompts::setNextFileName(logoPath);
    auto* choose = m_editor->findChild<QPushButton*>(QStringLiteral("chooseLogo"));
    QVERIFY(choose);
    m_editor->form()->focusField("/product/logoFile");
    QTest::keyClick(choose, Qt::Key_Space);
    QCOMPARE(field<QLineEdit>("/product/logoFile")->text(), logoPath); // untitled: no folder to be relative to

    const QString listing = root.filePath(QStringLiteral("project/listing.proserv.json"));
    UserPrompts::setNextFileName(listing);
    QUndoStack* undo = m_editor->document()->undoStack();
    const int steps = undo->count();
    const QString lastEdit = undo->undoText();
    QVERIFY(m_editor->saveAs());
    QCOMPARE(field<QLineEdit>("/product/logoFile")->text(), QStringLiteral("images/logo.png"));
    QVERIFY(test::readBytes(listing).find("\"logoFile\": \"images/logo.png\"") != std::string::npos);
    QVERIFY(!m_editor->document()->isModified());
    // Saving added no undo step: the first Ctrl+Z undoes the user's own last edit.
    QCOMPARE(undo->count(), steps);
    QCOMPARE(undo->undoText(), lastEdit);

    QVERIFY(QDir(root.path()).rename(QStringLiteral("project"), QStringLiteral("moved")));
    QVERIFY(m_editor->openFile(root.filePath(QStringLiteral("moved/listing.proserv.json"))));
    auto* info = m_editor->findChild<QLabel*>(QStringLiteral("logoInfo"));
    QVERIFY2(info->text().startsWith(QStringLiteral("240 × 120 px, PNG")), qPrintable(info->text()));

    // Saved elsewhere, outside the logo's folder tree: the path becomes absolute.
    QTemporaryDir elsewhere;
    UserPrompts::setNextFileName(elsewhere.filePath(QStringLiteral("copy.proserv.json")));
    QVERIFY(m_editor->saveAs());
    QCOMPARE(field<QLineEdit>("/product/logoFile")->text(), root.filePath(QStringLiteral("moved/images/logo.png")));
    QVERIFY(info->text().startsWith(QStringLiteral("240 × 120 px, PNG")));
}

PROSERV_GUI_TEST_MAIN(TestEditor)

#include "tst_editor.moc"
