// The DOM builder (model/JsonDomBuilder.h) must give exactly what
// Json::parse gives — values, their types, member order — and fail exactly
// as it fails: it only builds objects more cheaply.
#include "TestSupport.h"

#include "model/JsonDomBuilder.h"

#include <QtTest>

using namespace proserv;
using proserv::test::exampleFiles;
using proserv::test::readBytes;

namespace {

// Same value kinds all the way down (1 and 1u compare equal, but are not the same).
bool sameKinds(const Json& a, const Json& b)
{
    if (a.type() != b.type() || a.size() != b.size())
        return false;
    if (a.is_object())
        for (auto x = a.begin(), y = b.begin(); x != a.end(); ++x, ++y)
            if (x.key() != y.key() || !sameKinds(*x, *y))
                return false;
    if (a.is_array())
        for (std::size_t i = 0; i < a.size(); ++i)
            if (!sameKinds(a[i], b[i]))
                return false;
    return true;
}

} // namespace

class TestJsonDom : public QObject {
    Q_OBJECT
private slots:
    void sameAsJsonParse_data();
    void sameAsJsonParse();
    void bundledExamplesParseTheSame();
    void failsAsJsonParseFails_data();
    void failsAsJsonParseFails();
};

void TestJsonDom::sameAsJsonParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("member order kept") << R"({"z": 1, "a": 2, "m": {"y": [], "b": {}}})";
    QTest::newRow("nested arrays of objects") << R"([[{"a": [1, {"b": null}]}, []], {"c": [[[]]]}])";
    QTest::newRow("numbers keep their kinds")
        << R"({"i": -5, "u": 18446744073709551615, "f": 1.5, "e": 1e3, "z": -0.0, "big": 9223372036854775807})";
    QTest::newRow("escapes and unicode") << R"({"s": "a\"b\\c\u00e4\ud83d\ude00\n", "\u0041": true})";
    QTest::newRow("a member after a large sibling")
        << R"({"list": [{"k": "1"}, {"k": "2"}, {"k": "3"}, {"k": "4"}, {"k": "5"}], "after": false, "last": "x"})";
    QTest::newRow("top-level string") << R"("just text")";
    QTest::newRow("top-level number") << "42";
    QTest::newRow("empty containers") << R"({"o": {}, "a": []})";
    QTest::newRow("white space around") << " \n\t{ \"a\" : [ 1 , 2 ] } \r\n";
}

void TestJsonDom::sameAsJsonParse()
{
    QFETCH(QString, text);
    const std::string bytes = text.toStdString();
    const Json expected = Json::parse(bytes);
    const Json built = parseOrderedJson(bytes);
    QCOMPARE(QString::fromStdString(built.dump()), QString::fromStdString(expected.dump()));
    QVERIFY(built == expected); // ordered_json compares members in order
    QVERIFY(sameKinds(built, expected));
}

void TestJsonDom::bundledExamplesParseTheSame()
{
    const QStringList files = exampleFiles();
    QVERIFY(!files.isEmpty());
    for (const QString& path : files) {
        const std::string bytes = readBytes(path);
        const Json built = parseOrderedJson(bytes);
        const Json expected = Json::parse(bytes);
        QVERIFY2(built == expected && sameKinds(built, expected), qPrintable(path));
    }
}

void TestJsonDom::failsAsJsonParseFails_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("trailing text") << R"({"a": 1} x)";
    QTest::newRow("trailing comma") << R"({"a": 1,})";
    QTest::newRow("unclosed string") << R"({"a": "b)";
    QTest::newRow("number beyond a double") << R"({"a": 1e999})";
    QTest::newRow("missing colon") << R"({"a" 1})";
}

void TestJsonDom::failsAsJsonParseFails()
{
    QFETCH(QString, text);
    const std::string bytes = text.toStdString();
    std::string expected, actual;
    int expectedId = 0, actualId = 0;
    try {
        [[maybe_unused]] const Json parsed = Json::parse(bytes);
    } catch (const Json::exception& e) {
        expected = e.what();
        expectedId = e.id;
    }
    try {
        [[maybe_unused]] const Json parsed = parseOrderedJson(bytes);
    } catch (const Json::exception& e) {
        actual = e.what();
        actualId = e.id;
    }
    QVERIFY(!expected.empty());
    QCOMPARE(QString::fromStdString(actual), QString::fromStdString(expected));
    QCOMPARE(actualId, expectedId);
}

QTEST_APPLESS_MAIN(TestJsonDom)
#include "tst_jsondom.moc"
