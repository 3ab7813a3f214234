// JSON syntax errors in plain words at the place to fix (model/JsonMistakes.h):
// what a seller pasting an IAM policy or editing a listing by hand gets wrong.
#include "model/JsonIngest.h"
#include "model/SourceMap.h"
#include "validation/IamPolicyCheck.h"
#include "validation/Reporter.h"

#include <QtTest>

using namespace proserv;

class TestJsonMistakes : public QObject {
    Q_OBJECT

private slots:
    void plainWords_data();
    void plainWords();
    void iamPolicyFindingNamesLineAndColumn();
    void validJsonHasNoMistake();
    void quotesAtMostAShortWord();
};

void TestJsonMistakes::plainWords_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("words");

    // Where the parser stops is often a line later; the place to fix is here.
    QTest::newRow("trailing comma in a list") << QByteArray("{\n  \"Action\": [\n    \"s3:GetObject\",\n  ]\n}") << 3
                                              << 19 << "a comma after the last item; remove it";
    QTest::newRow("trailing comma in an object")
        << QByteArray("{\n  \"Effect\": \"Allow\",\n}") << 2 << 20 << "a comma after the last item";
    QTest::newRow("missing comma between members")
        << QByteArray("{\n  \"Version\": \"2012-10-17\"\n  \"Statement\": []\n}") << 2 << 26
        << "a missing comma between two items";
    QTest::newRow("missing comma between objects")
        << QByteArray("[\n  {\"Effect\": \"Allow\"}\n  {\"Effect\": \"Deny\"}\n]") << 2 << 22
        << "a missing comma between two items";
    QTest::newRow("missing comma after true") << QByteArray("{\"a\": true \"b\": 1}") << 1 << 11 << "a missing comma";
    QTest::newRow("unquoted name") << QByteArray("{\n  Version: \"2012-10-17\"\n}") << 2 << 3
                                   << "a name without quotes; write it in double quotes (\"Version\")";
    QTest::newRow("single quotes") << QByteArray("{\n  'Version': '2012-10-17'\n}") << 2 << 3
                                   << "single quotes; JSON names and strings need double quotes";
    QTest::newRow("single-quoted value") << QByteArray("{\"Effect\": 'Allow'}") << 1 << 12 << "single quotes";
    QTest::newRow("curly quotes") << QByteArray("{\xE2\x80\x9CVersion\xE2\x80\x9D: \"2012-10-17\"}") << 1 << 2
                                  << "curly quotes";
    QTest::newRow("missing colon") << QByteArray("{\"Effect\" \"Allow\"}") << 1 << 10 << "a missing colon after a name";
    QTest::newRow("comment") << QByteArray("{\n  // read-only access\n  \"Version\": \"2012-10-17\"\n}") << 2 << 3
                             << "a comment; JSON has no comments";
    QTest::newRow("capital True") << QByteArray("{\"Bool\": True}") << 1 << 10 << "True is written true";
    QTest::newRow("word without quotes") << QByteArray("{\"Effect\": Allow}") << 1 << 12
                                         << "a word without quotes; text needs double quotes (\"Allow\")";
    QTest::newRow("line break in a string") << QByteArray("{\"Resource\": \"arn:aws:s3:::bucket\n/*\"}") << 1 << 14
                                            << "a string that is not closed on its line";
    QTest::newRow("unclosed object") << QByteArray("{\n  \"Statement\": [\n    {\"Effect\": \"Allow\"}\n") << 4 << 1
                                     << "the [ at line 2, column 16 is still open; add its closing ]";
    QTest::newRow("wrong closing bracket") << QByteArray("{\"Action\": [\"s3:GetObject\"}") << 1 << 27
                                           << "a } where ] should close the [ at line 1, column 12";
    QTest::newRow("text after the end") << QByteArray("{\"Version\": \"2012-10-17\"}\n}") << 2 << 1
                                        << "more text after the end of the JSON document";
    QTest::newRow("value missing") << QByteArray("{\"Effect\": }") << 1 << 11 << "a name without a value";
    QTest::newRow("Windows path") << QByteArray("{\"Logo\": \"C:\\Users\\logo.png\"}") << 1 << 13
                                  << "a backslash that starts no escape (\\U); a backslash itself is written \\\\";
    QTest::newRow("tab in a string") << QByteArray("{\"Effect\": \"Allow\t\"}") << 1 << 18
                                     << "a tab inside a string; write it as \\t";
    QTest::newRow("double comma") << QByteArray("[1,, 2]") << 1 << 4 << "an extra comma";
}

void TestJsonMistakes::plainWords()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, words);
    const std::string_view view(text.constData(), static_cast<std::size_t>(text.size()));
    const JsonIngest ingest = ingestJson(view);
    QCOMPARE(ingest.problems.size(), std::size_t(1));
    const JsonProblem& problem = ingest.problems.front();
    QCOMPARE(problem.kind, JsonProblem::Kind::Syntax);
    const QString said = QString::fromStdString(syntaxReason(problem).toString());
    QVERIFY2(said.contains(words), qPrintable(said));
    const TextPosition at = positionAtByteOffset(view, problem.offset);
    QCOMPARE(at.line, line);
    QCOMPARE(at.column, column);
}

// The IAM policy rule says the same words with the line and column.
void TestJsonMistakes::iamPolicyFindingNamesLineAndColumn()
{
    std::vector<Finding> findings;
    Reporter reporter(findings);
    checkIamPolicyDocument(
        "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Effect\": \"Allow\"},\n  ]\n}",
        "/architecture/iamPolicies/0/document", reporter);
    QCOMPARE(findings.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(findings[0].ruleId), QStringLiteral("iam-json-syntax"));
    QCOMPARE(QString::fromStdString(findings[0].message),
        QStringLiteral("not valid JSON at line 4, column 24: a comma after the last item; remove it (JSON allows no "
                       "trailing comma)"));
}

void TestJsonMistakes::validJsonHasNoMistake()
{
    for (const char* text : {"{}", "[]", "{\"a\": [1, 2.5e3, -1, true, false, null, \"x\\\"y\", {}]}"}) {
        const JsonIngest ingest = ingestJson(text);
        QVERIFY2(ingest.ok(), text);
    }
}

// A stranger's file with a megabyte-long bare word: the message quotes 40
// characters of it, not the megabyte. The same for the parser's own words,
// which quote the whole string it was reading.
void TestJsonMistakes::quotesAtMostAShortWord()
{
    const std::string text = "{\"Effect\": " + std::string(1 << 20, 'A') + "}";
    const JsonIngest ingest = ingestJson(text);
    QCOMPARE(ingest.problems.size(), std::size_t(1));
    const std::string said = syntaxReason(ingest.problems.front()).toString();
    QCOMPARE(QString::fromStdString(said),
        QStringLiteral("a word without quotes; text needs double quotes (\"%1...\")")
            .arg(QString(40, QLatin1Char('A'))));
}

QTEST_GUILESS_MAIN(TestJsonMistakes)
#include "tst_jsonmistakes.moc"
