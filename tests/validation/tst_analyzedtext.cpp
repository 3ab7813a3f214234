// One analysed text per field (validation/AnalyzedText.h): every phrase list
// matched in one pass and filed under its list, and the character facts the
// rules skip their scans by. The findings these feed are pinned by
// tst_wording's golden file; this pins the mechanism itself.
#include "validation/AnalyzedText.h"
#include "validation/PhraseBook.h"

#include <QtTest>

using namespace proserv;

namespace {

QStringList quotedMatches(const std::string& text, const std::vector<PhraseMatch>& matches)
{
    QStringList quoted;
    for (const PhraseMatch& m : matches)
        quoted << QString::fromStdString(text.substr(m.range.begin, m.range.end - m.range.begin));
    return quoted;
}

} // namespace

class TestAnalyzedText : public QObject {
    Q_OBJECT

private slots:
    void listsSharingAWordAreMatchedApart();
    void phrasesStayInsideASentence();
    void everyRuleListIsInTheBook();
    void characterFacts();
};

void TestAnalyzedText::listsSharingAWordAreMatchedApart()
{
    const PhraseBook book({{Phrases::Credentials, {"access key", "secret"}},
        {Phrases::PaymentData, {"access key id", "access"}}});
    const std::string text = "Send the Access Key ID; access is revoked after.";
    const PhraseMatches found = book.findAll(tokenize(text));
    QCOMPARE(quotedMatches(text, found[Phrases::Credentials]), QStringList({QStringLiteral("Access Key")}));
    // Each list's matches in token order, and within a word in the list's order.
    QCOMPARE(quotedMatches(text, found[Phrases::PaymentData]),
        QStringList({QStringLiteral("Access Key ID"), QStringLiteral("Access"), QStringLiteral("access")}));
    QVERIFY(found[Phrases::NextSteps].empty()); // a list the book does not hold finds nothing
    const std::vector<PhraseMatch>& first = found[Phrases::Credentials];
    QCOMPARE(first.front().firstToken, std::size_t(2));
    QCOMPARE(first.front().lastToken, std::size_t(3));
}

void TestAnalyzedText::phrasesStayInsideASentence()
{
    const PhraseBook book({{Phrases::OffPlatformBilling, {"pay directly"}}});
    QVERIFY(book.findAll(tokenize("We never make you pay. Directly after delivery we leave.")).operator[](
        Phrases::OffPlatformBilling).empty());
    QCOMPARE(book.findAll(tokenize("You pay-directly to us.")).operator[](Phrases::OffPlatformBilling).size(),
        std::size_t(1)); // words, not spaces: the hyphen separates them
}

void TestAnalyzedText::everyRuleListIsInTheBook()
{
    const std::string text = "Please send us your password and your credit card. Next steps: sign in. "
                             "Before you buy, call us. Lorem ipsum.";
    const AnalyzedText analyzed = analyzeText("/product/longDescription", text, true);
    QCOMPARE(quotedMatches(text, analyzed.matches(Phrases::Credentials)), QStringList({QStringLiteral("password")}));
    QCOMPARE(
        quotedMatches(text, analyzed.matches(Phrases::PaymentData)), QStringList({QStringLiteral("credit card")}));
    QCOMPARE(quotedMatches(text, analyzed.matches(Phrases::NextSteps)),
        QStringList({QStringLiteral("Next steps"), QStringLiteral("sign in")}));
    QCOMPARE(quotedMatches(text, analyzed.matches(Phrases::PrePurchaseSupport)),
        QStringList({QStringLiteral("Before you buy")}));
    QCOMPARE(
        quotedMatches(text, analyzed.matches(Phrases::Placeholders)), QStringList({QStringLiteral("Lorem ipsum")}));
    QCOMPARE(analyzed.view(), std::string_view(text));
    QCOMPARE(analyzed.pointer, std::string("/product/longDescription"));
}

void TestAnalyzedText::characterFacts()
{
    const std::string plain = "Two business days, 9:00-17:00.\n\tTabs and breaks are printable.";
    const AnalyzedText a = analyzeText("/x", plain, true);
    QVERIFY(a.chars.printableAscii);
    QVERIFY(a.chars.digits);
    const std::string hidden = "zero\xE2\x80\x8Bwidth"; // U+200B
    QVERIFY(!analyzeText("/x", hidden, true).chars.printableAscii);
    QVERIFY(!analyzeText("/x", hidden, true).chars.digits);
    const std::string control = std::string("bell") + '\x07';
    QVERIFY(!analyzeText("/x", control, true).chars.printableAscii);
    QVERIFY(analyzeText("/x", "card 4111 1111 1111 1111", true).chars.sensitiveCandidates);
    QVERIFY(!analyzeText("/x", "nothing to see", true).chars.sensitiveCandidates);
}

QTEST_MAIN(TestAnalyzedText)
#include "tst_analyzedtext.moc"
