// Translations: the German catalogue is complete and current, the system
// locale selects it, and the editor (its own strings and the Qt-free engine's
// messages) really shows German — checked on the widgets a user sees, so a
// string looked up under the wrong context fails here, not in front of a user.
#include "EditorTestSupport.h"
#include "GuiTestMain.h"
#include "ProcessRunner.h"
#include "TestSupport.h"

#include "model/DocumentLoader.h"
#include "model/MessageText.h"
#include "qtsupport/Translation.h"
#include "ui/form/FieldBlock.h"
#include "ui/form/ListEditors.h"
#include "ui/document/ListingDocument.h"
#include "ui/listing/ListingForm.h"
#include "ui/review/GuidelinePanel.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ProblemsPanel.h"
#include "ui/form/UserPrompts.h"
#include "validation/RuleCatalogue.h"
#include "validation/Validator.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QTabBar>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QXmlStreamReader>

#include <memory>

using namespace proserv;

namespace {

const QString kCatalogue = QStringLiteral(PROSERV_SOURCE_DIR "/resources/translations/proserv_de.ts");
// English plural forms only: the sources are English with "%n error(s)".
const QString kEnglishPlurals = QStringLiteral(PROSERV_SOURCE_DIR "/resources/translations/proserv_en.ts");

struct TsMessage {
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    QStringList forms; // one translation, or the plural forms
};

QList<TsMessage> readCatalogue(const QString& path)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage {
                context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.forms << xml.readElementText();
            else
                while (xml.readNextStartElement())
                    current.forms << xml.readElementText();
            messages << current;
        }
    }
    if (xml.hasError())
        qWarning() << path << xml.lineNumber() << xml.errorString();
    return messages;
}

QStringList placeholders(const QString& text)
{
    QStringList found;
    auto it = QRegularExpression(QStringLiteral("%(\\d|n)")).globalMatch(text);
    while (it.hasNext())
        found << it.next().captured();
    found.sort();
    return found;
}

int mnemonics(const QString& text)
{
    return static_cast<int>(text.count(QRegularExpression(QStringLiteral("&[^& ]"))));
}

// Every text a user can see or hear (through a screen reader) in the window.
QStringList visibleTexts(QWidget* window)
{
    QStringList texts;
    for (auto* label : window->findChildren<QLabel*>())
        texts << label->text();
    for (auto* button : window->findChildren<QAbstractButton*>())
        texts << button->text() << button->toolTip();
    for (auto* action : window->findChildren<QAction*>())
        texts << action->text();
    for (auto* menu : window->findChildren<QMenu*>())
        texts << menu->title();
    for (auto* dock : window->findChildren<QDockWidget*>())
        texts << dock->windowTitle();
    for (auto* tabs : window->findChildren<QTabBar*>())
        for (int i = 0; i < tabs->count(); ++i)
            texts << tabs->tabText(i);
    for (auto* header : window->findChildren<QHeaderView*>())
        if (header->model())
            for (int i = 0; i < header->count(); ++i)
                texts << header->model()->headerData(i, header->orientation()).toString();
    for (auto* list : window->findChildren<QListWidget*>())
        for (int i = 0; i < list->count(); ++i)
            texts << list->item(i)->text().section(QLatin1Char('\n'), 0, 0);
    for (auto* widget : window->findChildren<QWidget*>())
        texts << widget->accessibleName();
    texts.removeAll(QString());
    return texts;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void cleanup();

    void templatesFillArgumentsOnce();
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void catalogueIsCurrent_data();
    void catalogueIsCurrent();
    void systemLocaleSelectsLanguage();
    void checkTextIsGermanJsonStaysEnglish();
    void editorShowsGerman();
    void engineMessagesInGerman();
    void guidelineTextInGermanMarkedUnofficial();
    void englishHasPluralsOnly();
    void otherLanguagesFallBackToEnglish();
};

void TestTranslations::cleanup()
{
    installTranslations(QLocale::c());
}

void TestTranslations::templatesFillArgumentsOnce()
{
    // An argument containing "%2" (a seller's text) is never substituted again.
    QCOMPARE(fillTemplate("%1 and %2", {"a%2", "b"}, -1), std::string("a%2 and b"));
    QCOMPARE(fillTemplate("%n days, 100% sure", {}, 3), std::string("3 days, 100% sure"));
    QCOMPARE(fillTemplate("%n and %3", {"x"}, -1), std::string("%n and %3")); // nothing to fill them with
    MessageText nested
        = EngineText::tr("line %1: %2").arg(7).arg(EngineText::tr("expected %1, found %2").arg("a").arg("b"));
    QCOMPARE(nested.toString(), std::string("line 7: expected a, found b"));
}

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("minimumMessages");
    QTest::addColumn<bool>("pluralsOnly");
    QTest::newRow("German") << kCatalogue << 500 << false;
    QTest::newRow("English plurals") << kEnglishPlurals << 15 << true;
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, path);
    QFETCH(int, minimumMessages);
    QFETCH(bool, pluralsOnly);
    const QList<TsMessage> messages = readCatalogue(path);
    QVERIFY2(messages.size() >= minimumMessages, qPrintable(QString::number(messages.size())));
    int plurals = 0;
    for (const TsMessage& m : messages) {
        QVERIFY(m.numerus || !pluralsOnly);
        const QString where = m.context + QStringLiteral(": ") + m.source;
        QVERIFY2(m.type.isEmpty(), qPrintable(m.type + QStringLiteral(" — ") + where));
        QCOMPARE(m.forms.size(), m.numerus ? 2 : 1); // German and English: singular and plural
        plurals += m.numerus;
        for (const QString& form : m.forms) {
            QVERIFY2(!form.trimmed().isEmpty(), qPrintable(where));
            QVERIFY2(placeholders(form) == placeholders(m.source), qPrintable(where + QStringLiteral(" → ") + form));
            QVERIFY2(mnemonics(form) == mnemonics(m.source), qPrintable(where + QStringLiteral(" → ") + form));
        }
    }
    QVERIFY(plurals >= 10);
}

// A developer who adds or changes a user-visible string must run
// `cmake --build build --target update_translations`: lupdate, run here on a
// copy with the project's options, must find nothing new and nothing gone.
void TestTranslations::catalogueIsCurrent_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("extraOptions");
    QTest::newRow("German") << kCatalogue << QStringList();
    QTest::newRow("English plurals") << kEnglishPlurals << QStringList {QStringLiteral("-pluralonly")};
}

void TestTranslations::catalogueIsCurrent()
{
    QFETCH(QString, path);
    QFETCH(QStringList, extraOptions);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QFileInfo(path).fileName());
    QVERIFY(QFile::copy(path, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QStringList arguments = QStringLiteral(PROSERV_LUPDATE_OPTIONS).split(QLatin1Char('|'));
    arguments << extraOptions << QStringLiteral("@" PROSERV_LUPDATE_LIST) << QStringLiteral("-ts") << copy;
    test::ProgramOptions options;
    options.workingDirectory = QStringLiteral(PROSERV_SOURCE_DIR);
    options.timeoutMs = 120000;
    const test::ProgramRun lupdate = test::runProgram(QStringLiteral(PROSERV_LUPDATE_BINARY), arguments, options);
    QVERIFY2(lupdate.exitedWith(0), qPrintable(lupdate.describe()));

    auto keys = [](const QList<TsMessage>& messages) {
        QStringList list;
        for (const TsMessage& m : messages)
            list << m.context + QLatin1Char('|') + m.source + (m.numerus ? QStringLiteral("|n") : QString());
        list.sort();
        return list;
    };
    const QStringList committed = keys(readCatalogue(path));
    const QStringList fromSources = keys(readCatalogue(copy));
    QStringList added, gone;
    for (const QString& k : fromSources)
        if (!committed.contains(k))
            added << k;
    for (const QString& k : committed)
        if (!fromSources.contains(k))
            gone << k;
    QVERIFY2(added.isEmpty() && gone.isEmpty(),
        qPrintable(QStringLiteral("not in the catalogue: %1\nno longer in the code: %2\n(run the "
                                  "update_translations target)")
                       .arg(added.join(QStringLiteral("; ")), gone.join(QStringLiteral("; ")))));
    const QString output = QString::fromUtf8(lupdate.out + lupdate.err);
    QVERIFY2(!output.contains(QLatin1String("lacks Q_OBJECT")), qPrintable(output)); // tr() under a foreign context
}

// The installed program picks its language from the environment like any
// desktop application: LANGUAGE / LC_ALL / LC_MESSAGES / LANG.
void TestTranslations::systemLocaleSelectsLanguage()
{
    auto help = [](const QString& locale, const QString& languages = QString()) {
        test::ProgramOptions options;
        options.unset = {QStringLiteral("LANGUAGE"), QStringLiteral("LC_MESSAGES"), QStringLiteral("LC_ALL")};
        options.environment = {{QStringLiteral("LANG"), locale}, {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}};
        if (!languages.isEmpty())
            options.environment.emplace_back(QStringLiteral("LANGUAGE"), languages);
        return test::runProgram(QStringLiteral(PROSERV_EDITOR_BINARY), {QStringLiteral("--help")}, options).outText();
    };
    const QString german = help(QStringLiteral("de_DE.UTF-8"));
    QVERIFY2(
        german.contains(QStringLiteral("Listings für professionelle Dienstleistungen in AWS Marketplace entwerfen")),
        qPrintable(german));
    QVERIFY2(german.contains(QStringLiteral("Optionen:")), qPrintable(german)); // Qt's own translation
    QVERIFY(german.contains(QStringLiteral("--review")));
    QVERIFY(german.contains(QStringLiteral("DATEI")));

    const QString english = help(QStringLiteral("C.UTF-8"));
    QVERIFY2(
        english.contains(QStringLiteral("Draft AWS Marketplace professional services listings")), qPrintable(english));
    QVERIFY(english.contains(QStringLiteral("Options:")));

    // LANGUAGE, the user's list of preferred languages, comes before LANG.
    const QString preferred = help(QStringLiteral("en_US.UTF-8"), QStringLiteral("de:en"));
    QVERIFY2(preferred.contains(QStringLiteral("Listings für professionelle Dienstleistungen")), qPrintable(preferred));
}

void TestTranslations::checkTextIsGermanJsonStaysEnglish()
{
    auto check = [](const QStringList& arguments) {
        test::ProgramOptions options;
        options.unset = {QStringLiteral("LANGUAGE")};
        options.environment = {{QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8")}};
        return test::runProgram(QStringLiteral(PROSERV_CHECK_BINARY), arguments, options).outText();
    };
    const QString needsWork = test::examplePath(QStringLiteral("needs-work.proserv.json"));
    const QString text = check({needsWork});
    QVERIFY2(text.endsWith(QStringLiteral("5 Fehler, 2 Warnungen\n")), qPrintable(text));
    QVERIFY2(
        text.contains(QStringLiteral(": Fehler api-length: Der Titel ist länger als das Limit der Catalog API von 72 "
                                     "Zeichen; kürzen Sie den Text. — Produkttitel [/product/title]")),
        qPrintable(text)); // the field's name in German, its pointer as it is
    const QString json = check({QStringLiteral("--format"), QStringLiteral("json"), needsWork});
    QVERIFY2(json.contains(
                 QStringLiteral("\"The title is longer than the Catalog API limit of 72 characters; shorten it.\"")),
        qPrintable(json));
    QVERIFY(!json.contains(QStringLiteral("Fehler")));
}

void TestTranslations::editorShowsGerman()
{
    QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
    UserPrompts::clear();
    UserPrompts::setTesting(true);
    auto window = std::make_unique<MainWindow>();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(window->openFile(test::examplePath(QStringLiteral("needs-work.proserv.json"))));

    QCOMPARE(window->menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
    // German labels have other letters: still each once a page, none a menu's.
    const QStringList clashes = test::mnemonicClashes(*window);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    const QStringList unlettered = test::fieldsWithoutLetter(*window);
    QVERIFY2(unlettered.isEmpty(), qPrintable(unlettered.join(QLatin1Char('\n'))));
    auto* status = window->findChild<QToolButton*>(QStringLiteral("statusCounter"));
    QCOMPARE(status->text(), QStringLiteral("5 Fehler, 2 Warnungen"));
    QCOMPARE(window->sections()->item(1)->text(), QStringLiteral("Kategorien\n1 Warnung")); // singular
    QTreeView* problems = window->problems()->view();
    QCOMPARE(problems->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Problem"));
    QCOMPARE(problems->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Regel"));

    // The engine's message for the 73-character title, inline and in Problems.
    auto* title = window->findChild<QLineEdit*>(QStringLiteral("/product/title"));
    auto* block = qobject_cast<FieldBlock*>(title->parentWidget());
    QVERIFY(block);
    const QString tooLong
        = QStringLiteral("Der Titel ist länger als das Limit der Catalog API von 72 Zeichen; kürzen Sie den Text.");
    QCOMPARE(block->messageText(), tooLong);
    QCOMPARE(problems->model()->index(0, 0).data().toString(), tooLong);

    // A finding on a table cell: its tooltip.
    auto* dimensions = window->findChild<RecordTableEditor*>(QStringLiteral("/pricing/dimensions"));
    QVERIFY(dimensions);
    QCOMPARE(dimensions->table()->item(1, 1)->toolTip(),
        QStringLiteral("Geben Sie dieser Preisdimension einen Namen, den Käufer verstehen."));

    // Typing keeps it German and counts in German plurals.
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Migration Readiness Assessment"));
    QVERIFY(block->messageText().isEmpty());
    QCOMPARE(status->text(), QStringLiteral("4 Fehler, 2 Warnungen"));
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete);
    QCOMPARE(block->messageText(), QStringLiteral("Der Titel ist erforderlich."));

    // Nothing in the window is still in English when a German text exists for
    // it: catches tr() calls whose context differs from the catalogue's.
    QSet<QString> translatable;
    for (const TsMessage& m : readCatalogue(kCatalogue))
        if (!m.numerus && m.forms.value(0) != m.source)
            translatable.insert(m.source);
    QStringList english;
    for (const QString& text : visibleTexts(window.get()))
        if (translatable.contains(text))
            english << text;
    english.removeDuplicates();
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QStringLiteral(" | "))));

    window->document()->undoStack()->setClean();
}

// The guideline behind a finding in the user's language: our translation,
// marked unofficial, then AWS's English text, which is what AWS reviews
// against. Every section of the English has its translation.
void TestTranslations::guidelineTextInGermanMarkedUnofficial()
{
    QVERIFY(installTranslations(QLocale(QLocale::German)));
    GuidelinePanel german;
    for (const GuidelineSection& section : guidelineSections()) {
        if (std::string(section.anchor).rfind("proserv-", 0) != 0)
            continue; // the Catalog API "section" lists our rules, translated as any text
        german.showGuideline(section.anchor);
        const QString shown = german.toPlainText();
        QVERIFY2(shown.startsWith(QStringLiteral("Inoffizielle Übersetzung")), qPrintable(shown.left(200)));
        QVERIFY2(shown.contains(QStringLiteral("Englisch")), qPrintable(shown));
    }
    german.showGuideline("proserv-guidelines-usage");
    const QString usage = german.toPlainText();
    QVERIFY(usage.contains(QStringLiteral("innerhalb von zwei Werktagen")));
    QVERIFY(usage.contains(QStringLiteral("within two business days"))); // AWS's own words stay beside it
    QVERIFY(usage.indexOf(QStringLiteral("innerhalb von zwei Werktagen"))
        < usage.indexOf(QStringLiteral("within two business days")));

    installTranslations(QLocale(QLocale::English));
    GuidelinePanel english;
    english.showGuideline("proserv-guidelines-usage");
    QVERIFY(english.toPlainText().contains(QStringLiteral("within two business days")));
    QVERIFY(!english.toPlainText().contains(QStringLiteral("Unofficial")));
    QVERIFY(!english.toPlainText().contains(QStringLiteral("Werktagen")));
}

void TestTranslations::engineMessagesInGerman()
{
    QVERIFY(installTranslations(QLocale(QLocale::German)));
    QCOMPARE(
        translated(EngineText::tr("line %1: %2").arg(3).arg(EngineText::tr("each statement must be a JSON object."))),
        QStringLiteral("Zeile 3: jede Anweisung muss ein JSON-Objekt sein."));
    const char* tooLong = "%n business days is too long: customers must get access or be contacted within 2.";
    QVERIFY(translated(EngineText::tr(tooLong, nullptr, 1)).startsWith(QStringLiteral("1 Arbeitstag ist zu lang")));
    QVERIFY(translated(EngineText::tr(tooLong, nullptr, 3)).startsWith(QStringLiteral("3 Arbeitstage sind zu lang")));
    QCOMPARE(
        translated(EngineText::tr("Replace the placeholder \"%1\" with real content. Syntax the customer fills in, "
                                  "such as <your-profile> in a command, is fine.")
                       .arg("%1 %2 TBD")),
        QStringLiteral("Ersetzen Sie den Platzhalter „%1 %2 TBD“ durch echten Inhalt. Syntax, die der Kunde "
                       "ausfüllt, etwa <your-profile> in einem Befehl, ist in Ordnung."));

    for (const RuleInfo& rule : ruleCatalogue())
        QVERIFY2(translatedSource(rule.description) != QString::fromUtf8(rule.description), rule.id);
    const Listing needsWork = test::loadOrFail(test::examplePath(QStringLiteral("needs-work.proserv.json")));
    const std::vector<Finding> findings = validateListing(needsWork);
    QVERIFY(findings.size() >= 7);
    for (const Finding& f : findings)
        QVERIFY2(translated(f.text) != QString::fromStdString(f.message), f.message.c_str());

    const LoadOutcome broken = loadDocumentText("{\"formatVersion\": true}", "broken.proserv.json");
    QVERIFY(!broken.ok());
    QCOMPARE(translated(broken.errors.front()),
        QStringLiteral("broken.proserv.json:1:19: error: fehlt oder ist keine ganze Zahl [/formatVersion]"));
}

void TestTranslations::englishHasPluralsOnly()
{
    QVERIFY(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
    QCOMPARE(severityCount(Severity::Error, 1), QStringLiteral("1 error"));
    QCOMPARE(severityCount(Severity::Error, 2), QStringLiteral("2 errors"));
    const Listing needsWork = test::loadOrFail(test::examplePath(QStringLiteral("needs-work.proserv.json")));
    for (const Finding& f : validateListing(needsWork))
        QCOMPARE(translated(f.text), QString::fromStdString(f.message)); // the JSON and SARIF English, word for word
}

void TestTranslations::otherLanguagesFallBackToEnglish()
{
    QVERIFY(!installTranslations(QLocale(QLocale::Japanese)));
    QCOMPARE(severityCount(Severity::Warning, 1), QStringLiteral("1 warning"));
    QCOMPARE(QCoreApplication::translate("proserv::MainWindow", "&File"), QStringLiteral("&File"));
}

PROSERV_GUI_TEST_MAIN(TestTranslations)
#include "tst_translations.moc"
