// The form toolkit (ui/form/) edits any FieldDocument, not only the listing:
// a test-only document type (a note with a title and tags) gets its own page
// of real widgets, typed into, undone and redone. The test links the form
// room and the document core only, so the toolkit cannot lean on the listing.
#include "NoteDocumentType.h"
#include "ui/form/FieldBindings.h"
#include "ui/form/FormPage.h"
#include "ui/form/ListEditors.h"
#include "ui/form/Mnemonics.h"
#include "ui/form/UserPrompts.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QtTest>

using namespace proserv;

using proserv::test::NoteDocument;

class TestFormToolkit : public QObject {
    Q_OBJECT

private slots:
    void anotherDocumentTypeIsEditedThroughRealWidgets();
    void messageBoxButtonsHaveTheirOwnLetters();
};

void TestFormToolkit::anotherDocumentTypeIsEditedThroughRealWidgets()
{
    NoteDocument note;
    FormPage page(&note, QStringLiteral("Note"), QStringLiteral("A document type the editor does not know."));
    QLineEdit* title = page.line(QStringLiteral("&Title"), QStringLiteral("What the note is about."), "/title", 20);
    StringListEditor* tags = page.list(QStringLiteral("T&ags"), QString(), "/tags", QStringLiteral("tag"));
    page.finish();
    QWidget* shown = page.scrollArea();
    shown->resize(600, 400);
    shown->show();
    QVERIFY(QTest::qWaitForWindowExposed(shown));
    QCOMPARE(title->objectName(), QStringLiteral("/title"));

    QSignalSpy changes(&note, &FieldDocument::fieldChanged);
    title->setFocus();
    QTest::keyClicks(title, QStringLiteral("Groceries"));
    QCOMPARE(note.note["title"], Json("Groceries"));
    QCOMPARE(note.undoStack()->count(), 1); // typing in one field is one step
    auto* counter = title->parentWidget()->findChild<QLabel*>(QStringLiteral("counter"));
    QVERIFY(counter);
    QCOMPARE(counter->text(), QStringLiteral("9 / 20")); // the page's own limit: this type has no field table
    QVERIFY(note.isModified());
    QVERIFY(changes.count() >= 1);

    QTest::mouseClick(tags->findChild<QPushButton*>(QStringLiteral("addButton")), Qt::LeftButton);
    QCOMPARE(note.note["tags"], Json::array({""}));
    QCOMPARE(tags->list()->count(), 1);

    note.undoStack()->undo();
    QCOMPARE(note.note["tags"], Json::array());
    QCOMPARE(tags->list()->count(), 0); // the widget follows the document
    note.undoStack()->undo();
    QCOMPARE(note.note["title"], Json(""));
    QCOMPARE(title->text(), QString());
    note.undoStack()->redo();
    QCOMPARE(title->text(), QStringLiteral("Groceries"));

    // A value of the wrong shape is refused, nothing recorded.
    QVERIFY(!note.setField("/title", Json(7), QStringLiteral("x")));
    QCOMPARE(note.undoStack()->count(), 2);
}

// "Save changes?" answered from the keyboard: Qt's Save, Discard and Cancel
// carry no Alt+letter of their own; every box the editor shows gets one per
// button, no two alike, and a button keeps a letter it already has.
void TestFormToolkit::messageBoxButtonsHaveTheirOwnLetters()
{
    QMessageBox box(QMessageBox::Warning, QStringLiteral("Unsaved changes"), QStringLiteral("Save?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    QPushButton* own = box.addButton(QStringLiteral("Show &Differences"), QMessageBox::ActionRole);
    UserPrompts::giveButtonsLetters(box);
    QSet<QChar> letters;
    for (QAbstractButton* button : box.buttons()) {
        const QChar letter = mnemonics::letterOf(button->text());
        QVERIFY2(!letter.isNull(), qPrintable(button->text()));
        QVERIFY2(!letters.contains(letter), qPrintable(button->text()));
        letters.insert(letter);
    }
    QCOMPARE(own->text(), QStringLiteral("Show &Differences"));
    QVERIFY(mnemonics::letterOf(box.button(QMessageBox::Discard)->text()) != QLatin1Char('d')); // taken above
}

QTEST_MAIN(TestFormToolkit)
#include "tst_formtoolkit.moc"
