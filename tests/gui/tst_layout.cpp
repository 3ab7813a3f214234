// Where people look: at 1280×800 with every panel open, in English and in
// German, for the listing and the offer, no section of the form is squeezed —
// no page scrolls sideways, no table cuts a column off, no one-line label or
// button is narrower than its text. The panels that show a document stay
// closed on the welcome page, and come back as they were once one is open.
#include "EditorFixture.h"
#include "GuiTestMain.h"
#include "TestSupport.h"

#include "qtsupport/Translation.h"
#include "ui/form/Mnemonics.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SectionNavigator.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QHeaderView>
#include <QUndoStack>
#include <QTableView>

using namespace proserv;

namespace {

// The widgets of `root` a user sees whose text does not fit them, each as
// "class 'text': needs N px, has M px".
QStringList clippedTexts(QWidget* root)
{
    QStringList clipped;
    const auto report = [&](QWidget* w, const QString& text, int needs, int has) {
        clipped << QStringLiteral("%1 '%2': needs %3 px, has %4 px")
                       .arg(QString::fromLatin1(w->metaObject()->className()), text)
                       .arg(needs)
                       .arg(has);
    };
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty()
            || label->textFormat() == Qt::RichText || Qt::mightBeRichText(label->text()))
            continue;
        const QString shown = label->buddy() ? mnemonics::plainText(label->text()) : label->text();
        int needs = 0;
        for (const QString& line : shown.split(QLatin1Char('\n')))
            needs = std::max(needs, label->fontMetrics().horizontalAdvance(line));
        if (needs > label->contentsRect().width() + 1)
            report(label, shown, needs, label->contentsRect().width());
    }
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        if (button->width() < button->minimumSizeHint().width())
            report(button, mnemonics::plainText(button->text()), button->minimumSizeHint().width(), button->width());
    }
    for (QTableView* table : root->findChildren<QTableView*>())
        if (table->isVisible() && table->horizontalScrollBar()->isVisible())
            report(table, table->accessibleName(), table->horizontalHeader()->length(), table->viewport()->width());
    return clipped;
}

QScrollArea* shownPage(MainWindow* window)
{
    for (QScrollArea* page : window->findChildren<QScrollArea*>())
        if (page->isVisible() && page->objectName().startsWith(QStringLiteral("page:")))
            return page;
    return nullptr;
}

} // namespace

class TestLayout : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void nothingSqueezedWithEveryPanelOpen_data();
    void nothingSqueezedWithEveryPanelOpen();
    void panelsStayClosedOnTheWelcomePage();

private:
    test::EditorFixture m_editor;
};

void TestLayout::init()
{
    QSettings().clear(); // the panels as on a first start
}

void TestLayout::cleanup()
{
    m_editor.finish();
    installTranslations(QLocale::c());
    QSettings().clear();
}

void TestLayout::nothingSqueezedWithEveryPanelOpen_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    const QString listing = QStringLiteral("migration-readiness-assessment.proserv.json");
    const QString offer = QStringLiteral("migration-readiness-installments.offer.json");
    QTest::newRow("listing, English") << QStringLiteral("en") << listing;
    QTest::newRow("listing, German") << QStringLiteral("de") << listing;
    QTest::newRow("offer, English") << QStringLiteral("en") << offer;
    QTest::newRow("offer, German") << QStringLiteral("de") << offer;
}

void TestLayout::nothingSqueezedWithEveryPanelOpen()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    QVERIFY(installTranslations(QLocale(language)));
    QVERIFY(m_editor.start(test::examplePath(file), QSize(1280, 800)));
    MainWindow* window = m_editor.window();
    // Every panel, opened from its menu command as a user would.
    for (QDockWidget* panel : window->findChildren<QDockWidget*>())
        if (panel->isHidden())
            panel->toggleViewAction()->trigger();
    for (QDockWidget* panel : window->findChildren<QDockWidget*>())
        QVERIFY2(panel->toggleViewAction()->isChecked(), qPrintable(panel->windowTitle())); // open, maybe as a tab

    QStringList problems;
    for (int section = 0; section < window->sections()->count(); ++section) {
        window->sections()->setCurrentRow(section);
        QTest::qWait(20); // the posted layout requests
        QScrollArea* page = shownPage(window);
        QVERIFY(page);
        const QString where = window->sections()->item(section)->text().section(QLatin1Char('\n'), 0, 0);
        if (qEnvironmentVariableIsSet("PROSERV_LAYOUT_DEBUG")) {
            qDebug() << where << "page min" << page->minimumSizeHint().width() << "window" << window->width()
                     << "window min" << window->minimumSizeHint().width();
            for (QDockWidget* panel : window->findChildren<QDockWidget*>())
                qDebug() << "  " << panel->objectName() << panel->minimumSizeHint().width() << panel->width();
        }
        if (page->horizontalScrollBar()->isVisible())
            problems << where + QStringLiteral(": the page scrolls sideways (content %1 px, shown %2 px)")
                                    .arg(page->widget()->minimumSizeHint().width())
                                    .arg(page->viewport()->width());
        for (const QString& clipped : clippedTexts(page))
            problems << where + QStringLiteral(": ") + clipped;
    }
    // The panels themselves, and the window's own bars.
    for (QDockWidget* panel : window->findChildren<QDockWidget*>())
        if (panel->isVisible())
            for (const QString& clipped : clippedTexts(panel))
                problems << panel->windowTitle() + QStringLiteral(": ") + clipped;
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(window->width() <= 1280); // the window did not grow past the screen to make room
}

void TestLayout::panelsStayClosedOnTheWelcomePage()
{
    // A session that ended with every panel open…
    QVERIFY(m_editor.start(test::completeExample(), QSize(1280, 800)));
    for (QDockWidget* panel : m_editor->findChildren<QDockWidget*>())
        if (panel->isHidden())
            panel->toggleViewAction()->trigger();
    const int panels = static_cast<int>(m_editor->findChildren<QDockWidget*>().size());
    QVERIFY(panels >= 4);
    m_editor->document()->undoStack()->setClean();
    QVERIFY(m_editor->close()); // writes the settings
    m_editor.finish();

    // …starts again on the welcome page: no panel beside it, none to open.
    QVERIFY(m_editor.start(QString(), QSize(1280, 800)));
    QVERIFY(m_editor->isWelcomeShown());
    for (QDockWidget* panel : m_editor->findChildren<QDockWidget*>()) {
        QVERIFY2(!panel->isVisible(), qPrintable(panel->windowTitle()));
        if (panel->objectName() != QStringLiteral("problemsDock"))
            QVERIFY2(!panel->toggleViewAction()->isEnabled(), qPrintable(panel->windowTitle()));
    }
    // A listing opened: each panel is back as the user left it.
    QVERIFY(m_editor->openFile(test::completeExample()));
    QVERIFY(!m_editor->isWelcomeShown());
    for (QDockWidget* panel : m_editor->findChildren<QDockWidget*>())
        QVERIFY2(panel->toggleViewAction()->isChecked(), qPrintable(panel->windowTitle())); // open, maybe as a tab
}

PROSERV_GUI_TEST_MAIN(TestLayout)
#include "tst_layout.moc"
