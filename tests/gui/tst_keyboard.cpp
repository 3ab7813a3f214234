// The editor driven from the keyboard alone, as a seller who never reaches for
// the mouse: Alt+letter on every page, Ctrl+Shift+M to the Problems list,
// list editors that start editing the row they add, and a dock and rows
// sized to what they show.
#include "EditorFixture.h"
#include "EditorTestSupport.h"
#include "GuiTestMain.h"
#include "TestSupport.h"

#include "model/FieldAccess.h"
#include "ui/document/ListingDocument.h"
#include "ui/files/RecentFiles.h"
#include "ui/form/DocumentForm.h"
#include "ui/form/ListEditors.h"
#include "ui/form/UserPrompts.h"
#include "ui/listing/ListingForm.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ProblemsPanel.h"
#include "ui/shell/WelcomePage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBlock>
#include <QToolTip>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>
#include <functional>
#include <memory>

using namespace proserv;

namespace {

const QString kComplete = test::examplePath(QStringLiteral("migration-readiness-assessment.proserv.json"));

} // namespace

class TestKeyboard : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void longTextIsNeverCutByTheEditor_data();
    void longTextIsNeverCutByTheEditor();

    void mnemonicsAreUniqueOnEveryPage();
    void problemsShortcutFocusesListThenHides();
    void dockAndRowsSizedToTheirText();
    void addOpensTheNewRowForTyping();
    void pluralsAndPlainUndoTexts();
    void lineEditUnderlinesTheOffendingWords();
    void welcomePageStartsFromTheKeyboard();
    void blankListingStartsQuiet();
    void iamPolicyMistakeInPlainWords();
    void findingTooltipsShowMarkupAsText();
    void everyMenuShortcutWorksFromEveryField_data();
    void focusIsAlwaysInView_data();
    void focusIsAlwaysInView();
    void everyMenuShortcutWorksFromEveryField();

private:
    test::EditorFixture m_editor;
};

void TestKeyboard::init()
{
    QVERIFY(m_editor.start(kComplete));
}

void TestKeyboard::cleanup()
{
    m_editor.finish();
}

// Walks every page: no letter twice among the page and the widgets around
// it, none that a menu title uses; then Alt+letter of every visible field
// label puts the cursor in that field, and each menu's letter still opens it.
void TestKeyboard::mnemonicsAreUniqueOnEveryPage()
{
    QCOMPARE(m_editor->menuBar()->actions().size(), 4); // File, Edit, View, Help
    const QStringList clashes = test::mnemonicClashes(*m_editor);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    // Every field of the listing and the offer has its letter (the user guide says so).
    const QStringList unlettered = test::fieldsWithoutLetter(*m_editor);
    QVERIFY2(unlettered.isEmpty(), qPrintable(unlettered.join(QLatin1Char('\n'))));

    ListingForm* form = m_editor->form();
    int labelsTried = 0;
    for (int section = 0; section < form->sectionCount(); ++section) {
        m_editor->sections()->setCurrentRow(section);
        QWidget* page = form->widget(section);

        for (QLabel* label : page->findChildren<QLabel*>()) {
            const QChar letter = test::mnemonicIn(test::mnemonicTextOf(label));
            if (letter.isNull() || !label->isVisible() || !label->buddy()->isEnabled())
                continue;
            m_editor->sections()->setFocus();
            QTest::keyClick(m_editor.window(), letter.toLatin1(), Qt::AltModifier);
            QWidget* focus = QApplication::focusWidget();
            QWidget* buddy = label->buddy();
            QVERIFY2(focus && (focus == buddy || buddy->isAncestorOf(focus) || focus == buddy->focusProxy()),
                qPrintable(QStringLiteral("%1: Alt+%2 (\"%3\") focused %4")
                               .arg(form->sectionTitle(section), letter, label->text(),
                                   focus ? focus->objectName() + QLatin1Char(' ') + focus->metaObject()->className()
                                         : QStringLiteral("nothing"))));
            ++labelsTried;
        }

        for (QAction* action : m_editor->menuBar()->actions()) {
            QTest::keyClick(m_editor.window(), test::mnemonicIn(action->text()).toLatin1(), Qt::AltModifier);
            QTRY_VERIFY(qobject_cast<QMenu*>(QApplication::activePopupWidget()));
            QCOMPARE(qobject_cast<QMenu*>(QApplication::activePopupWidget()), action->menu());
            action->menu()->close();
            QTRY_VERIFY(!QApplication::activePopupWidget());
        }
    }
    QVERIFY2(labelsTried >= 30, qPrintable(QString::number(labelsTried)));
}

// Ctrl+Shift+M from a field shows the dock and puts the keyboard on the first
// problem; Down and Enter then work at once. From the list it hides the dock
// and gives the field its cursor back.
void TestKeyboard::problemsShortcutFocusesListThenHides()
{
    m_editor->newFromTemplate(false); // a blank listing has problems to list, once all are shown
    QTest::mouseClick(m_editor->findChild<QPushButton*>(QStringLiteral("showAllProblems")), Qt::LeftButton);
    auto* dock = m_editor->findChild<QDockWidget*>(QStringLiteral("problemsDock"));
    auto* list = m_editor->findChild<QTreeView*>(QStringLiteral("problemsView"));
    QVERIFY(dock && list);
    dock->hide();
    auto* title = test::findField<QLineEdit>(m_editor.window(), "/product/title");
    m_editor->form()->focusField("/product/title");
    QTRY_COMPARE(QApplication::focusWidget(), title);

    QTest::keyClick(title, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(dock->isVisible());
    QCOMPARE(QApplication::focusWidget(), list);
    QCOMPARE(list->currentIndex().row(), 0);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentIndex().row(), 1);

    QTest::keyClick(list, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!dock->isVisible());
    QCOMPARE(QApplication::focusWidget(), title);

    // Shown but not focused: the shortcut goes to the list and keeps the dock.
    dock->show();
    title->setFocus();
    QTest::keyClick(title, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(dock->isVisible());
    QCOMPARE(QApplication::focusWidget(), list);
    QCOMPARE(list->currentIndex().row(), 1); // where the user left it
    auto* action = m_editor->findChild<QAction*>(QStringLiteral("actionProblems"));
    QVERIFY(action && action->isChecked());

    // Enter on the row opens its field.
    const QString pointer = list->currentIndex().data(FindingsModel::PointerRole).toString();
    QTest::keyClick(list, Qt::Key_Return);
    QWidget* focus = QApplication::focusWidget();
    QVERIFY(focus && (focus->objectName() == pointer || pointer.startsWith(focus->objectName())));
}

// The Problems dock opens at the height of what it lists; table rows are at
// most three lines high, the rest elided with the whole text as tooltip; the
// one-table pricing page fits a 1280×800 window without scrolling.
void TestKeyboard::dockAndRowsSizedToTheirText()
{
    m_editor->resize(1280, 800);
    auto* dock = m_editor->findChild<QDockWidget*>(QStringLiteral("problemsDock"));
    auto* none = m_editor->findChild<QLabel*>(QStringLiteral("noProblems"));
    QTRY_VERIFY(none->isVisible()); // the complete example has no problem
    QTRY_VERIFY2(dock->height() < 110, qPrintable(QString::number(dock->height())));
    QVERIFY(dock->rect().contains(none->mapTo(dock, none->rect().bottomRight())));

    m_editor->newFromTemplate(false); // twenty-odd problems: a few rows, not all of them
    QTest::mouseClick(m_editor->findChild<QPushButton*>(QStringLiteral("showAllProblems")), Qt::LeftButton);
    auto* list = m_editor->findChild<QTreeView*>(QStringLiteral("problemsView"));
    QTRY_VERIFY(list->isVisible());
    const int rowHeight = list->sizeHintForRow(0);
    QTRY_VERIFY2(dock->height() > 4 * rowHeight && dock->height() < 9 * rowHeight,
        qPrintable(QStringLiteral("%1 px for rows of %2 px").arg(dock->height()).arg(rowHeight)));
    m_editor->document()->undoStack()->setClean();
    QVERIFY(m_editor->openFile(kComplete));

    QString longText;
    for (int i = 0; i < 20; ++i)
        longText += QStringLiteral("Sentence %1 of a long description. ").arg(i);
    longText += QStringLiteral("<b>The end.</b>");
    m_editor->document()->setField("/pricing/dimensions/1/description", longText.toStdString(), QStringLiteral("test"));
    m_editor->form()->focusField("/pricing/dimensions/0/description");
    auto* table = test::findField<RecordTableEditor>(m_editor.window(), "/pricing/dimensions")->table();
    const int maxRow = 3 * table->fontMetrics().lineSpacing() + 12;
    for (int row = 0; row < table->rowCount(); ++row)
        QVERIFY2(table->rowHeight(row) <= maxRow, qPrintable(QString::number(table->rowHeight(row))));
    QVERIFY(table->rowHeight(0) > 2 * table->fontMetrics().lineSpacing()); // wrapped, not cut to one line
    const QModelIndex elided = table->model()->index(1, 2);
    QHelpEvent help(QEvent::ToolTip, table->visualRect(elided).center(),
        table->viewport()->mapToGlobal(table->visualRect(elided).center()));
    QApplication::sendEvent(table->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    // The whole text, as text: the tags in it are shown, not applied.
    QVERIFY2(QToolTip::text().contains(QStringLiteral("&lt;b&gt;The end.&lt;/b&gt;")), qPrintable(QToolTip::text()));
    QToolTip::hideText();

    auto* page = qobject_cast<QScrollArea*>(m_editor->form()->currentWidget());
    QVERIFY(page);
    QCOMPARE(page->verticalScrollBar()->maximum(), 0); // the table fits; nothing below it is cut
}

// Add (from the keyboard: Space on the button, or Insert in the list)
// leaves the cursor in the new row's editor; typing and Enter store the text.
void TestKeyboard::addOpensTheNewRowForTyping()
{
    const auto addFromKeyboard = [this](QWidget* editor, const QString& text) {
        auto* add = editor->findChild<QPushButton*>(QStringLiteral("addButton"));
        QVERIFY(add);
        m_editor->form()->focusField(editor->objectName().toStdString());
        add->setFocus();
        QTest::keyClick(add, Qt::Key_Space);
        QWidget* typing = QApplication::focusWidget();
        QVERIFY2(qobject_cast<QLineEdit*>(typing) && editor->isAncestorOf(typing),
            qPrintable(typing ? typing->metaObject()->className() : "nothing"));
        QVERIFY(typing->isVisible());
        QTest::keyClicks(typing, text);
        QTest::keyClick(typing, Qt::Key_Return); // the view commits it once the event is done
    };
    const auto stored = [this](const char* pointer) {
        const Json value = getField(m_editor->document()->listing(), pointer).value_or(Json());
        return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
    };

    auto* keywords = test::findField<StringListEditor>(m_editor.window(), "/product/searchKeywords");
    const int keywordCount = keywords->list()->count();
    addFromKeyboard(keywords, QStringLiteral("cutover"));
    QTRY_COMPARE(
        stored(("/product/searchKeywords/" + std::to_string(keywordCount)).c_str()), QStringLiteral("cutover"));

    // In the list itself: Insert adds and starts typing, Delete removes,
    // Ctrl+Up moves the current item up.
    QListWidget* list = keywords->list();
    m_editor->form()->focusField("/product/searchKeywords");
    QTRY_COMPARE(QApplication::focusWidget(), list);
    QTest::keyClick(list, Qt::Key_Insert);
    QWidget* typing = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit*>(typing) && list->isAncestorOf(typing));
    QTest::keyClicks(typing, QStringLiteral("rehost"));
    QTest::keyClick(typing, Qt::Key_Return);
    QTRY_COMPARE(
        stored(("/product/searchKeywords/" + std::to_string(keywordCount + 1)).c_str()), QStringLiteral("rehost"));
    QTRY_COMPARE(QApplication::focusWidget(), list);
    list->setCurrentRow(keywordCount + 1);
    QTest::keyClick(list, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(stored(("/product/searchKeywords/" + std::to_string(keywordCount)).c_str()), QStringLiteral("rehost"));
    QCOMPARE(list->currentRow(), keywordCount);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(list->count(), keywordCount + 1);
    QCOMPARE(stored(("/product/searchKeywords/" + std::to_string(keywordCount)).c_str()), QStringLiteral("cutover"));

    auto* dimensions = test::findField<RecordTableEditor>(m_editor.window(), "/pricing/dimensions");
    const int rows = dimensions->table()->rowCount();
    addFromKeyboard(dimensions, QStringLiteral("mra-lite"));
    QTRY_COMPARE(stored(("/pricing/dimensions/" + std::to_string(rows) + "/key").c_str()), QStringLiteral("mra-lite"));
}

// A count reads right in the singular; undo texts never show a mnemonic '&'.
void TestKeyboard::pluralsAndPlainUndoTexts()
{
    auto* days = test::findField<QSpinBox>(m_editor.window(), "/support/responseTimeBusinessDays");
    m_editor->form()->focusField("/support/responseTimeBusinessDays");
    days->selectAll();
    QTest::keyClicks(days, QStringLiteral("1"));
    QCOMPARE(days->text(), QStringLiteral("1 business day"));
    QTest::keyClick(days, Qt::Key_Up);
    QCOMPARE(days->text(), QStringLiteral("2 business days"));

    auto* logoAttestation = test::findField<QCheckBox>(m_editor.window(), "/attestations/logoIsOriginal");
    QVERIFY(logoAttestation);
    m_editor->form()->focusField("/attestations/logoIsOriginal");
    QTest::keyClick(logoAttestation, Qt::Key_Space);
    const QString undoText = m_editor->document()->undoStack()->undoText();
    QVERIFY2(undoText.startsWith(QStringLiteral("Edit My logo is not")), qPrintable(undoText));
    for (int i = 0; i < m_editor->document()->undoStack()->count(); ++i)
        QVERIFY2(!m_editor->document()->undoStack()->text(i).contains(QLatin1Char('&')),
            qPrintable(m_editor->document()->undoStack()->text(i)));
}

// "TBD" in the one-line title is underlined like in a multi-line field: the
// pixels under the word turn red, and clear again when it is gone.
void TestKeyboard::lineEditUnderlinesTheOffendingWords()
{
    auto* title = test::findField<QLineEdit>(m_editor.window(), "/product/title");
    m_editor->form()->focusField("/product/title");
    const auto redPixelsUnderText = [title] {
        const QImage image = title->grab().toImage();
        int red = 0;
        for (int y = image.height() / 2; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                red += c.red() - c.green() > 50 && c.red() - c.blue() > 50; // the underline, not the pink tint
            }
        return red;
    };
    const int before = redPixelsUnderText();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Migration TBD assessment"));
    QTest::keyClick(title, Qt::Key_Home); // the underline stays with the word, not the cursor
    QTRY_VERIFY2(redPixelsUnderText() > before + 10, qPrintable(QString::number(redPixelsUnderText())));
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Migration readiness assessment"));
    QTRY_COMPARE(redPixelsUnderText(), before);
}

// Started without a file, the editor shows the ways to begin; each is one
// Alt+letter (no clash with the menus) or Tab and Enter away, and a recent
// file opens with Enter.
void TestKeyboard::welcomePageStartsFromTheKeyboard()
{
    m_editor->recentFiles()->add(kComplete);
    MainWindow fresh;
    fresh.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fresh));
    QVERIFY(fresh.isWelcomeShown());
    WelcomePage* welcome = fresh.welcomePage();
    QVERIFY(welcome->isVisible());
    QVERIFY(!fresh.form()->isVisible());
    auto* save = fresh.findChild<QAction*>(QStringLiteral("actionSave"));
    QVERIFY(!save->isEnabled()); // nothing to save before a listing is started

    QSet<QChar> menus;
    for (QAction* action : fresh.menuBar()->actions())
        menus.insert(test::mnemonicIn(action->text()));
    QSet<QChar> seen;
    QStringList starts;
    for (QPushButton* button : welcome->findChildren<QPushButton*>()) {
        const QChar letter = test::mnemonicIn(button->text());
        QVERIFY2(!letter.isNull() && !menus.contains(letter) && !seen.contains(letter), qPrintable(button->text()));
        seen.insert(letter);
        starts << button->objectName();
    }
    QCOMPARE(starts.size(), 4); // blank, example, open, review

    // The recent file: its label's letter reaches the list, Enter opens it.
    QCOMPARE(welcome->recentList()->count(), 1);
    QVERIFY(welcome->recentList()->item(0)->text().startsWith(QFileInfo(kComplete).fileName()));
    QLabel* recentLabel = nullptr;
    for (QLabel* label : welcome->findChildren<QLabel*>())
        if (label->buddy() == welcome->recentList())
            recentLabel = label;
    QVERIFY(recentLabel);
    QTest::keyClick(&fresh, test::mnemonicIn(recentLabel->text()).toLatin1(), Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), welcome->recentList());
    QTest::keyClick(welcome->recentList(), Qt::Key_Return);
    QTRY_VERIFY(!fresh.isWelcomeShown());
    QCOMPARE(fresh.document()->filePath(), QFileInfo(kComplete).absoluteFilePath());
    QVERIFY(fresh.form()->isVisible());
    QVERIFY(save->isEnabled());

    // A second window: Alt+letter of "New blank listing" starts one, with the
    // cursor in the first field.
    MainWindow other;
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    auto* blank = other.welcomePage()->findChild<QPushButton*>(QStringLiteral("welcomeNewBlank"));
    QTest::keyClick(&other, test::mnemonicIn(blank->text()).toLatin1(), Qt::AltModifier);
    QTRY_VERIFY(!other.isWelcomeShown());
    QCOMPARE(QApplication::focusWidget(), test::findField<QLineEdit>(&other, "/product/title"));
    QVERIFY(other.document()->listing().product.title.empty());
}

// A blank listing is quiet: no field shows a problem, the status bar counts
// what is left to fill in, and the Problems list has nothing red. A field
// speaks up once it is filled in wrongly or left empty after a visit; Show
// All shows everything. The findings themselves are never changed.
void TestKeyboard::blankListingStartsQuiet()
{
    m_editor->newFromTemplate(false);
    const std::size_t allFindings = m_editor->document()->findings().size();
    QVERIFY(allFindings > 15);
    auto* title = test::findField<QLineEdit>(m_editor.window(), "/product/title");
    auto* sku = test::findField<QLineEdit>(m_editor.window(), "/product/sku");
    auto* shortDescription = test::findField<QPlainTextEdit>(m_editor.window(), "/product/shortDescription");
    QCOMPARE(test::fieldBlockOf(title)->messageText(), QString());
    QCOMPARE(test::fieldBlockOf(shortDescription)->messageText(), QString());
    QCOMPARE(test::statusText(*m_editor), QStringLiteral("0 errors, 0 warnings, %1 to fill in").arg(allFindings));
    auto* list = m_editor->findChild<QTreeView*>(QStringLiteral("problemsView"));
    QCOMPARE(list->model()->rowCount(), 0);
    auto* note = m_editor->findChild<QLabel*>(QStringLiteral("quietNote"));
    QTRY_VERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QString::number(allFindings)), qPrintable(note->text()));
    for (int i = 0; i < m_editor->sections()->count(); ++i)
        QVERIFY2(!m_editor->sections()->item(i)->text().contains(QStringLiteral("error")),
            qPrintable(m_editor->sections()->item(i)->text()));

    // Typing a placeholder: the title speaks up at once.
    m_editor->form()->focusField("/product/title");
    QTest::keyClicks(title, QStringLiteral("TBD"));
    QVERIFY2(test::fieldBlockOf(title)->messageText().contains(QStringLiteral("TBD")),
        qPrintable(test::fieldBlockOf(title)->messageText()));
    // Visiting the short description and leaving it empty: "required" shows.
    QTest::keyClick(title, Qt::Key_Tab); // to SKU
    QCOMPARE(QApplication::focusWidget(), sku);
    QTest::keyClick(sku, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), shortDescription);
    QCOMPARE(test::fieldBlockOf(shortDescription)->messageText(), QString()); // being there is not leaving it
    QTest::keyClick(shortDescription, Qt::Key_Tab);
    QTRY_VERIFY(!test::fieldBlockOf(shortDescription)->messageText().isEmpty());
    QVERIFY(list->model()->rowCount() >= 2);
    QCOMPARE(m_editor->document()->findings().size(), allFindings); // nothing was hidden from the rules

    QTest::mouseClick(m_editor->findChild<QPushButton*>(QStringLiteral("showAllProblems")), Qt::LeftButton);
    QTRY_VERIFY(!note->isVisible());
    QCOMPARE(list->model()->rowCount(), static_cast<int>(allFindings));
    QVERIFY(!test::statusText(*m_editor).contains(QStringLiteral("to fill in")));
}

// A seller adds an action to the IAM policy and leaves a comma after it: the
// field says so in plain words, at the comma's line and column, and the
// comma itself is underlined; deleting it clears the message.
void TestKeyboard::iamPolicyMistakeInPlainWords()
{
    m_editor->form()->focusField("/architecture/iamPolicies/0/document");
    auto* json = m_editor->findChild<QPlainTextEdit*>(QStringLiteral("iamPolicyDocument"));
    QTRY_COMPARE(QApplication::focusWidget(), json);
    // The example's first policy: line 10 is the last action, "ec2:Describe*".
    QTextCursor cursor(json->document()->findBlockByNumber(9));
    cursor.movePosition(QTextCursor::EndOfBlock);
    json->setTextCursor(cursor);
    QCOMPARE(json->textCursor().block().text().trimmed(), QStringLiteral("\"ec2:Describe*\""));
    QTest::keyClick(json, Qt::Key_Comma);
    const int column = json->textCursor().positionInBlock(); // the comma's column, counted from 1
    const QString message = test::fieldBlockOf(json)->messageText();
    QVERIFY2(message.contains(QStringLiteral("not valid JSON at line 10, column %1: a comma after the last item; "
                                             "remove it (JSON allows no trailing comma)")
                                  .arg(column)),
        qPrintable(message));
    QList<QTextEdit::ExtraSelection> marks = json->extraSelections();
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks[0].cursor.selectedText(), QStringLiteral(","));

    QTest::keyClick(json, Qt::Key_Backspace);
    QTRY_COMPARE(test::fieldBlockOf(json)->messageText(), QString());
}

// A finding quotes the listing ("<img src=…> is listed twice."): the list
// row's and the field's tooltips carry it as escaped text, never as markup
// that would load what it names.
void TestKeyboard::findingTooltipsShowMarkupAsText()
{
    const std::string markup = "<img src=\"file:///dev/zero\">";
    QVERIFY(m_editor->document()->setField(
        "/architecture/relatedProducts", Json::array({markup, markup}), QStringLiteral("test")));
    auto* related = test::findField<StringListEditor>(m_editor.window(), "/architecture/relatedProducts");
    QListWidget* list = related->list();
    QCOMPARE(list->count(), 2);
    const QString rowTip = list->item(1)->toolTip();
    QVERIFY2(rowTip.contains(QStringLiteral("&lt;img src=")) && !rowTip.contains(QStringLiteral("<img")),
        qPrintable(rowTip));
    const QString fieldTip = related->toolTip();
    QVERIFY2(fieldTip.contains(QStringLiteral("&lt;img src=")) && !fieldTip.contains(QStringLiteral("<img")),
        qPrintable(fieldTip));
}

// QLineEdit's own limit is 32,767 characters: text longer than that, in a
// field or in a list item, is kept whole; one Backspace removes one character.
void TestKeyboard::longTextIsNeverCutByTheEditor_data()
{
    QTest::addColumn<int>("length");
    QTest::newRow("just over Qt's limit") << 32768;
    QTest::newRow("40,000") << 40000;
    QTest::newRow("160,000") << 160000;
}

void TestKeyboard::longTextIsNeverCutByTheEditor()
{
    QFETCH(int, length);
    const std::string longText(static_cast<std::size_t>(length), 'a');
    QVERIFY(m_editor->document()->setField("/product/title", longText, QStringLiteral("paste")));
    QVERIFY(m_editor->document()->setField(
        "/product/searchKeywords", Json::array({"first", longText}), QStringLiteral("paste")));

    auto* title = m_editor->findChild<QLineEdit*>(QStringLiteral("/product/title"));
    QVERIFY(title);
    m_editor->form()->focusField("/product/title");
    QCOMPARE(title->text().size(), length);
    QTest::keyClick(title, Qt::Key_End);
    QTest::keyClick(title, Qt::Key_Backspace);
    QCOMPARE(m_editor->document()->listing().product.title.size(), std::size_t(length - 1));

    auto* keywords = test::findField<StringListEditor>(m_editor.window(), "/product/searchKeywords");
    QListWidget* list = keywords->list();
    m_editor->form()->focusField("/product/searchKeywords");
    list->setCurrentRow(1);
    list->editItem(list->item(1));
    auto* cell = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(cell && list->isAncestorOf(cell));
    QCOMPARE(cell->text().size(), length);
    QTest::keyClick(cell, Qt::Key_End);
    QTest::keyClick(cell, Qt::Key_Backspace);
    QTest::keyClick(cell, Qt::Key_Return);
    QTRY_COMPARE(m_editor->document()->listing().product.searchKeywords.at(1).size(), std::size_t(length - 1));
}

void TestKeyboard::everyMenuShortcutWorksFromEveryField_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("fields"); // a line edit, a text box, a list, a table
    QTest::newRow("listing") << kComplete
                             << QStringList({QStringLiteral("/product/title"),
                                    QStringLiteral("/product/shortDescription"),
                                    QStringLiteral("/product/searchKeywords"), QStringLiteral("/pricing/dimensions")});
    QTest::newRow("offer") << test::examplePath(QStringLiteral("migration-readiness-upfront.offer.json"))
                           << QStringList({QStringLiteral("/offer/name"), QStringLiteral("/offer/description"),
                                  QStringLiteral("/buyers/accounts"), QStringLiteral("/pricing/prices")});
}

// Ctrl+E in a one-line field did nothing: the line edit took it as "end of
// line". Every shortcut of every menu command now reaches the command from a
// line edit, a text box, a list and a cell being edited in a table.
void TestKeyboard::everyMenuShortcutWorksFromEveryField()
{
    QFETCH(QString, file);
    QFETCH(QStringList, fields);
    QVERIFY(m_editor->openFile(file));
    m_editor->currentEditor()->setFocus(); // a first edit makes Undo a command too
    auto* firstLine = m_editor.field<QLineEdit>(fields.at(0).toUtf8().constData());
    QVERIFY(firstLine);
    m_editor->currentEditor()->focusField(fields.at(0).toStdString());
    QTest::keyClicks(firstLine, QStringLiteral(" x"));

    QList<QAction*> commands;
    std::function<void(QMenu*)> collect = [&](QMenu* menu) {
        for (QAction* action : menu->actions()) {
            if (action->menu())
                collect(action->menu());
            else if (!action->shortcut().isEmpty() && action->isEnabled() && action->isVisible())
                commands << action;
        }
    };
    for (QAction* top : m_editor->menuBar()->actions())
        if (top->menu())
            collect(top->menu());
    QStringList names;
    for (QAction* command : commands)
        names << command->shortcut().toString();
    for (const char* expected : {"Ctrl+E", "Ctrl+S", "Ctrl+Z", "Ctrl+Shift+M", "Ctrl+Shift+B"})
        QVERIFY2(names.contains(QLatin1String(expected)), qPrintable(names.join(u", ")));
    // Only whether the key reaches the command is tested here: what the
    // commands do (dialogs, other documents) is tested elsewhere.
    for (QAction* command : commands)
        QObject::disconnect(command, &QAction::triggered, nullptr, nullptr);

    const auto focusOn = [this](const QString& pointer) -> QWidget* {
        m_editor->currentEditor()->focusField(pointer.toStdString());
        QWidget* field = test::findField<QWidget>(m_editor.window(), pointer.toUtf8().constData());
        if (auto* table = qobject_cast<RecordTableEditor*>(field)) {
            table->table()->setFocus();
            table->table()->setCurrentCell(0, 0);
            table->table()->editItem(table->table()->item(0, 0));
        } else if (auto* list = qobject_cast<StringListEditor*>(field)) {
            list->list()->setFocus();
        }
        return QApplication::focusWidget();
    };
    for (const QString& pointer : fields) {
        for (QAction* command : commands) {
            QWidget* focused = focusOn(pointer);
            QVERIFY2(focused, qPrintable(pointer));
            QSignalSpy triggered(command, &QAction::triggered);
            const QKeySequence key = command->shortcut();
            QTest::keySequence(m_editor->windowHandle(), key); // as the window system delivers it
            QVERIFY2(triggered.count() == 1,
                qPrintable(QStringLiteral("%1 in %2 (%3) did not reach \"%4\"")
                               .arg(key.toString(), pointer, QString::fromLatin1(focused->metaObject()->className()),
                                   command->text())));
        }
    }
}

void TestKeyboard::focusIsAlwaysInView_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("textBox");
    QTest::newRow("listing") << kComplete << QStringLiteral("/product/longDescription");
    QTest::newRow("offer") << test::examplePath(QStringLiteral("migration-readiness-upfront.offer.json"))
                           << QStringLiteral("/terms/refundPolicy");
}

namespace {

// Where the focused widget (or, in a text box, its caret) is, in the
// viewport of the page's scroll area; null when it is on no page.
QRect focusInViewport(QWidget* focus, QRect* viewport)
{
    QScrollArea* area = nullptr;
    for (QWidget* w = focus; w && !area; w = w->parentWidget())
        area = qobject_cast<QScrollArea*>(w);
    if (!focus || !area)
        return {};
    *viewport = area->viewport()->rect();
    if (auto* edit = qobject_cast<QPlainTextEdit*>(focus)) {
        const QRect caret = edit->cursorRect();
        return QRect(edit->viewport()->mapTo(area->viewport(), caret.topLeft()), caret.size());
    }
    return QRect(focus->mapTo(area->viewport(), QPoint(0, 0)), focus->size());
}

} // namespace

// Alt+letter put the cursor in a field the seller could not see, and a tall
// text box did not follow the caret. Every Alt+letter, a Problems jump, undo
// and typing past the bottom of the page leave what has focus in view.
void TestKeyboard::focusIsAlwaysInView()
{
    QFETCH(QString, file);
    QFETCH(QString, textBox);
    QVERIFY(m_editor->openFile(file));
    m_editor->resize(1280, 800);
    DocumentForm* form = m_editor->currentEditor();
    const auto verifyInView = [](const QString& after) {
        QWidget* focus = QApplication::focusWidget();
        QRect viewport;
        const QRect shown = focusInViewport(focus, &viewport);
        QVERIFY2(!shown.isNull(), qPrintable(after + QStringLiteral(": focus is on no page")));
        const bool inView = shown.height() <= viewport.height() ? viewport.contains(shown) : viewport.intersects(shown);
        QVERIFY2(inView,
            qPrintable(QStringLiteral("%1: %2 at (%3,%4 %5x%6) outside the viewport (%7x%8)")
                           .arg(after, QString::fromLatin1(focus->metaObject()->className()))
                           .arg(shown.x())
                           .arg(shown.y())
                           .arg(shown.width())
                           .arg(shown.height())
                           .arg(viewport.width())
                           .arg(viewport.height())));
    };

    int tried = 0;
    for (int section = 0; section < form->sectionCount(); ++section) {
        m_editor->sections()->setCurrentRow(section);
        QList<QLabel*> labels = form->widget(section)->findChildren<QLabel*>();
        std::reverse(labels.begin(), labels.end()); // bottom first: each jump scrolls
        for (QLabel* label : labels) {
            const QChar letter = test::mnemonicIn(test::mnemonicTextOf(label));
            if (letter.isNull() || !label->isVisible() || !label->buddy()->isEnabled())
                continue;
            m_editor->sections()->setFocus();
            QTest::keyClick(m_editor.window(), letter.toLatin1(), Qt::AltModifier);
            QCoreApplication::processEvents();
            verifyInView(QStringLiteral("Alt+%1 (%2)").arg(letter).arg(label->text()));
            ++tried;
        }
    }
    QVERIFY2(tried >= 10, qPrintable(QString::number(tried)));

    // Typing line after line into a text box: the caret stays in view.
    QVERIFY(form->focusField(textBox.toStdString()));
    auto* edit = qobject_cast<QPlainTextEdit*>(QApplication::focusWidget());
    QVERIFY(edit);
    edit->moveCursor(QTextCursor::End);
    for (int line = 0; line < 12; ++line) {
        QTest::keyClicks(edit, QStringLiteral("More"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCoreApplication::processEvents();
        verifyInView(QStringLiteral("typing line %1").arg(line + 1));
    }

    // Undo puts the cursor back in the field it changes: in view as well.
    m_editor->sections()->setCurrentRow(0);
    m_editor->sections()->setFocus();
    QTest::keyClick(m_editor->windowHandle(), Qt::Key_Z, Qt::ControlModifier);
    QCoreApplication::processEvents();
    if (form->isAncestorOf(QApplication::focusWidget()))
        verifyInView(QStringLiteral("undo"));
}

PROSERV_GUI_TEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
