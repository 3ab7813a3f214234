// Every way a document can fail to load names the file, the line and column
// and the JSON Pointer of the field, and loads nothing.
#include "TestSupport.h"

#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

using namespace proserv;

class TestLoadErrors : public QObject {
    Q_OBJECT

private slots:
    void textErrors_data();
    void textErrors();
    void allFieldProblemsAreReported();
    void errorLineFormat();
    void controlCharactersAreEscaped();
    void missingFile();
    void directory();
    void fifo();
    void unreadableFile();
    void oversizedFileIsRefusedBeforeReading();
    void byteOrderMarkIsAccepted();
    void invalidUtf8();
    void loadErrorsAreCappedWithTheirCount_data();
    void loadErrorsAreCappedWithTheirCount();
    void longValuesAreQuotedShort_data();
    void longValuesAreQuotedShort();
    void numberBeyondADoubleIsLocated();
    void disagreeingDetailsAreRefused();
    void canonicalFormOverTheCapIsRefused();
};

void TestLoadErrors::textErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QString() << 0 << 0 << ""
                           << "the file is empty";
    QTest::newRow("whitespace only") << "  \n\n"
                                     << 0 << 0 << ""
                                     << "the file is empty";
    QTest::newRow("not json") << "hello" << 1 << 1 << ""
                              << "not valid JSON";
    QTest::newRow("truncated") << "{\n  \"formatVersion\": 1,\n  \"product\": {\"title\": \"abc" << 3 << 24 << ""
                               << "not valid JSON: a string that is never closed";
    QTest::newRow("trailing comma") << "{\"formatVersion\": 1,}" << 1 << 20 << ""
                                    << "not valid JSON: a comma after the last item";
    QTest::newRow("top-level array") << "[1, 2]" << 1 << 1 << ""
                                     << "expected a JSON object at the top level, found an array";
    QTest::newRow("top-level number") << "42" << 1 << 1 << ""
                                      << "found an integer";
    QTest::newRow("unknown kind") << "{\"hello\": 1}" << 1 << 1 << ""
                                  << "not a ProServ listing";
    QTest::newRow("review comments file")
        << "{\"formatVersion\": 1, \"reviewedFile\": \"x.proserv.json\", \"comments\": []}" << 1 << 1 << ""
        << "this is a file of review comments, not a listing; open the listing it belongs to (x.proserv.json)";
    QTest::newRow("future version") << "{\"formatVersion\": 99}" << 1 << 19 << "/formatVersion"
                                    << "not supported";
    QTest::newRow("version not a number") << "{\"formatVersion\": \"1\"}" << 1 << 19 << "/formatVersion"
                                          << "not a whole number";
    QTest::newRow("title is a number") << "{\"formatVersion\": 1,\n \"product\": {\n   \"title\": 7}}" << 3 << 13
                                       << "/product/title"
                                       << "expected a string, found an integer";
    QTest::newRow("title is null") << "{\"formatVersion\": 1, \"product\": {\"title\": null}}" << 1 << 43
                                   << "/product/title"
                                   << "expected a string, found null";
    QTest::newRow("section not an object") << "{\"formatVersion\": 1, \"support\": []}" << 1 << 33 << "/support"
                                           << "expected an object, found an array";
    QTest::newRow("highlights not an array")
        << "{\"formatVersion\": 1, \"product\": {\"highlights\": \"a\"}}" << 1 << 48 << "/product/highlights"
        << "expected an array";
    QTest::newRow("highlight item not a string")
        << "{\"formatVersion\": 1, \"product\": {\"highlights\": [\"a\", {}]}}" << 1 << 54 << "/product/highlights/1"
        << "expected a string, found an object";
    QTest::newRow("dimension field") << "{\"formatVersion\": 1,\n\"pricing\": {\"dimensions\": [{}, {\"key\": false}]}}"
                                     << 2 << 40 << "/pricing/dimensions/1/key"
                                     << "expected a string, found a boolean";
    QTest::newRow("bool field") << "{\"formatVersion\": 1, \"attestations\": {\"registeredPaidSeller\": \"yes\"}}" << 1
                                << 63 << "/attestations/registeredPaidSeller"
                                << "expected true or false";
    QTest::newRow("enum value") << "{\"formatVersion\": 1, \"support\": {\"accessMethod\": \"email\"}}" << 1 << 50
                                << "/support/accessMethod"
                                << "unknown value \"email\"; expected one of \"immediate\", \"sellerContacts\"";
    QTest::newRow("fractional days") << "{\"formatVersion\": 1, \"support\": {\"responseTimeBusinessDays\": 1.5}}" << 1
                                     << 62 << "/support/responseTimeBusinessDays"
                                     << "expected a whole number, found a number";
    QTest::newRow("non-ASCII before error counts code points")
        << "{\"formatVersion\": 1, \"product\": {\"sku\": \"äöü\", \"title\": 1}}" << 1 << 57 << "/product/title"
        << "expected a string";
    QTest::newRow("change set Details not JSON")
        << "{\"Catalog\": \"AWSMarketplace\", \"ChangeSet\": [{\"ChangeType\": \"UpdateInformation\", \"Details\": "
           "\"{oops\", \"Entity\": {\"Type\": \"ProfessionalServicesProduct@1.0\", \"Identifier\": "
           "\"prod-1111111111111\"}}]}"
        << 1 << 92 << "/ChangeSet/0/Details"
        << "the Details string is not valid JSON";
    QTest::newRow("change set DetailsDocument field")
        << "{\"ChangeSet\": [{\"ChangeType\": \"UpdateInformation\", \"DetailsDocument\": {\"Highlights\": \"x\"}, "
           "\"Entity\": {\"Type\": \"ProfessionalServicesProduct@1.0\", \"Identifier\": \"prod-1111111111111\"}}]}"
        << 1 << 86 << "/ChangeSet/0/DetailsDocument/Highlights"
        << "expected an array";
    // The file's own key, where it stands: "Name", not the draft's "name" at the item.
    QTest::newRow("change set dimension field")
        << "{\"ChangeSet\": [{\"ChangeType\": \"AddDimensions\", \"DetailsDocument\": [{\"Key\": \"a\"},\n {\"Key\": "
           "\"b\", \"Name\": 5}], \"Entity\": {\"Type\": \"ProfessionalServicesProduct@1.0\", \"Identifier\": "
           "\"prod-1111111111111\"}}]}"
        << 2 << 23 << "/ChangeSet/0/DetailsDocument/1/Name"
        << "expected a string, found an integer";
    QTest::newRow("change set not a list") << "{\"ChangeSet\": {}}" << 1 << 15 << "/ChangeSet"
                                           << "expected an array of changes";
    QTest::newRow("DescribeEntity dimensions")
        << "{\"EntityType\": \"ProfessionalServicesProduct@1.0\", \"DetailsDocument\": {\"Dimensions\": {}}}" << 1 << 85
        << "/DetailsDocument/Dimensions"
        << "expected an array of dimensions";
}

void TestLoadErrors::textErrors()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, pointer);
    QFETCH(QString, message);

    const LoadOutcome outcome = loadDocumentText(text.toStdString(), "bad.json");
    QVERIFY(!outcome.ok());
    QVERIFY(!outcome.errors.empty());
    const LoadError& error = outcome.errors.front();
    QCOMPARE(QString::fromStdString(error.file), QStringLiteral("bad.json"));
    QVERIFY2(QString::fromStdString(error.message.toString()).contains(message), error.message.toString().c_str());
    QCOMPARE(QString::fromStdString(error.pointer), pointer);
    QCOMPARE(error.position.line, line);
    QCOMPARE(error.position.column, column);
}

void TestLoadErrors::allFieldProblemsAreReported()
{
    const LoadOutcome outcome = loadDocumentText(
        R"({"formatVersion": 1, "product": {"title": 1, "sku": 2}, "attestations": {"logoIsOriginal": 0}})",
        "many.json");
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.errors.size(), std::size_t(3));
    QCOMPARE(outcome.errors[0].pointer, std::string("/product/title"));
    QCOMPARE(outcome.errors[1].pointer, std::string("/product/sku"));
    QCOMPARE(outcome.errors[2].pointer, std::string("/attestations/logoIsOriginal"));
}

void TestLoadErrors::errorLineFormat()
{
    const LoadOutcome outcome
        = loadDocumentText("{\"formatVersion\": 1,\n\"product\": {\"title\": []}}", "x.proserv.json");
    QVERIFY(!outcome.ok());
    QCOMPARE(QString::fromStdString(outcome.errors.front().toString()),
        QStringLiteral("x.proserv.json:2:22: error: expected a string, found an array [/product/title]"));
}

static void expectFileError(const QString& path, const QString& message)
{
    const LoadOutcome outcome = loadDocumentFile(path.toStdString());
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.errors.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(outcome.errors[0].file), path);
    QVERIFY2(QString::fromStdString(outcome.errors[0].message.toString()).contains(message),
        outcome.errors[0].message.toString().c_str());
}

void TestLoadErrors::missingFile()
{
    expectFileError(QStringLiteral("/nonexistent/listing.proserv.json"), QStringLiteral("no such file"));
}

void TestLoadErrors::directory()
{
    QTemporaryDir dir;
    expectFileError(dir.path(), QStringLiteral("this is a folder"));
}

void TestLoadErrors::fifo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pipe.proserv.json"));
    QCOMPARE(::mkfifo(path.toLocal8Bit().constData(), 0600), 0);
    expectFileError(path, QStringLiteral("not a regular file"));
}

void TestLoadErrors::unreadableFile()
{
    if (::geteuid() == 0)
        QSKIP("root reads files regardless of their permissions");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secret.proserv.json"));
    QVERIFY(test::writeBytes(path, "{}"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
    expectFileError(path, QStringLiteral("Permission denied"));
}

void TestLoadErrors::oversizedFileIsRefusedBeforeReading()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.proserv.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(qint64(kMaxDocumentBytes) + 1)); // sparse: costs no disk
    file.close();
    expectFileError(path, QStringLiteral("refusing to open"));
}

void TestLoadErrors::byteOrderMarkIsAccepted()
{
    const LoadOutcome outcome
        = loadDocumentText("\xEF\xBB\xBF{\"formatVersion\": 1,\n\"product\": {\"title\": 5}}", "bom.json");
    QVERIFY(!outcome.ok());
    // The BOM is invisible in an editor, so it does not shift the column.
    QCOMPARE(outcome.errors.front().position.line, 2);
    QCOMPARE(outcome.errors.front().position.column, 22);
    QVERIFY(loadDocumentText("\xEF\xBB\xBF{\"formatVersion\": 1}", "bom.json").ok());
}

void TestLoadErrors::invalidUtf8()
{
    const LoadOutcome outcome
        = loadDocumentText("{\"formatVersion\": 1,\n\"product\": {\"title\": \"ab\xff\"}}", "latin1.json");
    QVERIFY(!outcome.ok());
    QVERIFY2(
        outcome.errors[0].message.toString().find("not valid JSON") == 0, outcome.errors[0].message.toString().c_str());
    QVERIFY2(outcome.errors[0].message.toString().find("UTF-8") != std::string::npos,
        outcome.errors[0].message.toString().c_str());
    QCOMPARE(outcome.errors[0].position.line, 2);
    QCOMPARE(outcome.errors[0].position.column, 25);
}

// A key quoted from a stranger's file cannot drive a terminal.
void TestLoadErrors::controlCharactersAreEscaped()
{
    const LoadOutcome outcome = loadDocumentText(
        "{\"Catalog\": \"AWSMarketplace\", \"ChangeSet\": [], \"Evil\\u001b[2J\\u009bX\": 1}", "evil.json");
    QVERIFY(!outcome.ok());
    const std::string line = outcome.errors.front().toString();
    QVERIFY2(line.find("Evil\\x1B[2J\\u009BX") != std::string::npos, line.c_str());
    QVERIFY(line.find('\x1b') == std::string::npos);
    QVERIFY(line.find("\xc2\x9b") == std::string::npos);
}

QTEST_GUILESS_MAIN(TestLoadErrors)
#include "tst_loaderrors.moc"

// A file of wrongly typed items lists 100 of them and counts the rest: the
// list stays the same size at 1×, 4× and 16× the items, the count grows.
void TestLoadErrors::loadErrorsAreCappedWithTheirCount_data()
{
    QTest::addColumn<int>("items");
    QTest::newRow("1x") << 500;
    QTest::newRow("4x") << 2000;
    QTest::newRow("16x") << 8000;
}

void TestLoadErrors::loadErrorsAreCappedWithTheirCount()
{
    QFETCH(int, items);
    std::string text = R"({"formatVersion": 1, "product": {"searchKeywords": [)";
    for (int i = 0; i < items; ++i)
        text += (i ? ",1" : "1");
    text += "]}}";
    const LoadOutcome outcome = loadDocumentText(text, "many.json");
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.errors.size(), std::size_t(101));
    QCOMPARE(outcome.errors[99].pointer, std::string("/product/searchKeywords/99"));
    QVERIFY(outcome.errors[99].position.known());
    const LoadError& last = outcome.errors.back();
    QCOMPARE(last.moreNotListed, std::size_t(items - 100));
    QCOMPARE(QString::fromStdString(last.toString()),
        QStringLiteral("many.json: error: and %1 more error(s) in this file, not listed; fix the ones above first")
            .arg(items - 100));
}

// A 1 MB key or enum value is quoted as a short prefix with the count of
// what is left out, however long it is.
void TestLoadErrors::longValuesAreQuotedShort_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<int>("length");
    for (const char* shape : {"enum", "duplicate key", "unknown member"})
        for (int length : {1000, 16000, 1000000})
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(shape)).arg(length)))
                << QString::fromLatin1(shape) << length;
}

void TestLoadErrors::longValuesAreQuotedShort()
{
    QFETCH(QString, shape);
    QFETCH(int, length);
    const std::string value(static_cast<std::size_t>(length), 'x');
    std::string text;
    if (shape == QLatin1String("enum"))
        text = R"({"formatVersion": 1, "support": {"accessMethod": ")" + value + "\"}}";
    else if (shape == QLatin1String("duplicate key"))
        text = R"({"formatVersion": 1, "product": {")" + value + "\": 1, \"" + value + "\": 2}}";
    else
        text = R"({"Catalog": "AWSMarketplace", "ChangeSet": [{"ChangeType": "UpdateInformation", ")" + value
            + "\": 1, \"Entity\": {\"Type\": \"ProfessionalServicesProduct@1.0\", \"Identifier\": \"prod-a\"}, "
              "\"Details\": \"{}\"}]}";
    const LoadOutcome outcome = loadDocumentText(text, "long.json");
    QVERIFY(!outcome.ok());
    const std::string line = outcome.errors.front().toString();
    QVERIFY2(line.size() < 600, line.substr(0, 700).c_str());
    QVERIFY2(line.find(std::string(kMaxQuotedCharacters, 'x') + "… (" + std::to_string(length - 120)
                 + " more characters)")
            != std::string::npos,
        line.c_str());
}

// nlohmann refuses 1e400 without a place; the loader finds it.
void TestLoadErrors::numberBeyondADoubleIsLocated()
{
    const LoadOutcome outcome = loadDocumentText(
        "{\"formatVersion\": 1,\n \"pricing\": {\"dimensions\": [{\"key\": \"a\"}, {\"key\": \"b\", \"x\": "
        "[\"1e999\", -2E+400]}]}}",
        "big.json");
    QVERIFY(!outcome.ok());
    QCOMPARE(QString::fromStdString(outcome.errors.front().toString()),
        QStringLiteral("big.json:2:71: error: not valid JSON: the number -2E+400 is too large for any field (beyond "
                       "1.8e308) [/pricing/dimensions/1/x/1]"));
}

// A DescribeEntity response whose Details string and DetailsDocument hold
// different entities is refused, naming the first difference.
void TestLoadErrors::disagreeingDetailsAreRefused()
{
    const std::string same = R"({"EntityType": "ProfessionalServicesProduct@1.0", "EntityIdentifier": "prod-a@1",
        "Details": "{\"Description\": {\"ProductTitle\": \"A\"}}",
        "DetailsDocument": {"Description": {"ProductTitle": "A"}}})";
    QVERIFY(loadDocumentText(same, "same.json").ok());
    std::string differ = same;
    differ.replace(differ.rfind("\"A\""), 3, "\"B\"");
    const LoadOutcome outcome = loadDocumentText(differ, "differ.json");
    QVERIFY(!outcome.ok());
    QCOMPARE(QString::fromStdString(outcome.errors.front().toString()),
        QStringLiteral("differ.json:2:20: error: Details and DetailsDocument hold different entities (first "
                       "difference at \"/Description/ProductTitle\"); keep one of them, or make them the same "
                       "[/Details]"));
}

void TestLoadErrors::canonicalFormOverTheCapIsRefused()
{
    QVERIFY(!tooLargeToReadBack(kMaxDocumentBytes));
    const std::optional<MessageText> refused = tooLargeToReadBack(kMaxDocumentBytes + 1);
    QVERIFY(refused);
    QVERIFY(refused->toString().find("would be 17 MiB, over the 16 MiB") != std::string::npos);
}
