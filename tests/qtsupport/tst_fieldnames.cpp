// People's names for fields (qtsupport/FieldNames.h): every pointer of the
// listing's field table and of the offers, numbered from 1, with no '/' left.
#include "model/NativeFormat.h"
#include "model/SubmissionFields.h"
#include "qtsupport/FieldNames.h"

#include "TestSupport.h"

#include <QRegularExpression>
#include <QtTest>

#include <fstream>

using namespace proserv;

namespace {

// "/pricing/dimensions/*/name" with every "*" as `index`.
std::string concrete(std::string pattern, const std::string& index)
{
    for (std::size_t at = 0; (at = pattern.find('*', at)) != std::string::npos; at += index.size())
        pattern.replace(at, 1, index);
    return pattern;
}

// Every pointer in `node`, inner nodes included.
void collectPointers(const Json& node, const std::string& at, std::vector<std::string>& out)
{
    out.push_back(at);
    if (node.is_object())
        for (auto it = node.begin(); it != node.end(); ++it)
            collectPointers(it.value(), at + "/" + it.key(), out);
    else if (node.is_array())
        for (std::size_t i = 0; i < node.size(); ++i)
            collectPointers(node[i], at + "/" + std::to_string(i), out);
}

Json readJson(const QString& path)
{
    std::ifstream in(path.toStdString());
    return Json::parse(in);
}

// A name as the tests expect it: never a '/', never the spelled-out fallback
// (" › ") for a field a table lists, and each index shown one higher.
void checkName(const std::string& pointer, const QString& name, bool mustBeListed)
{
    const QByteArray where = QByteArray::fromStdString(pointer);
    QVERIFY2(!name.isEmpty(), where.constData());
    QVERIFY2(!name.contains(QLatin1Char('/')), qPrintable(QStringLiteral("%1 → %2").arg(where, name)));
    if (mustBeListed)
        QVERIFY2(!name.contains(QStringLiteral(" › ")), qPrintable(QStringLiteral("%1 → %2").arg(where, name)));
    static const QRegularExpression index(QStringLiteral("/(\\d+)(?=/|$)"));
    for (auto match = index.globalMatch(QString::fromStdString(pointer)); match.hasNext();) {
        const int shown = match.next().captured(1).toInt() + 1;
        QVERIFY2(name.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(shown))),
            qPrintable(QStringLiteral("%1 → %2: expected %3").arg(where, name).arg(shown)));
    }
}

} // namespace

class TestFieldNames : public QObject {
    Q_OBJECT

private slots:
    void everyListingFieldHasAName()
    {
        for (const FieldDestination& row : productFieldTable().rows)
            for (const char* index : {"0", "2", "11"}) {
                const std::string pointer = concrete(row.pointer, index);
                checkName(pointer, fieldNameForPeople(pointer), true);
                if (QTest::currentTestFailed())
                    return;
            }
    }

    void everyOfferFieldHasAName()
    {
        const QDir dir(QStringLiteral(PROSERV_EXAMPLES_DIR));
        const QStringList offers = dir.entryList({QStringLiteral("*.offer.json")}, QDir::Files);
        QVERIFY(!offers.isEmpty());
        for (const QString& file : offers) {
            const Json document = readJson(dir.filePath(file));
            std::vector<std::string> pointers;
            collectPointers(document, "", pointers);
            for (const std::string& pointer : pointers) {
                checkName(pointer, fieldNameForPeople(pointer, &document), true);
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

    void rowsAreNamedByTheirOwnKey()
    {
        const Json document = readJson(test::examplePath(QStringLiteral("migration-readiness-assessment.proserv.json")));
        const std::string key = document.at("pricing").at("dimensions").at(1).at("key").get<std::string>();
        QCOMPARE(fieldNameForPeople("/pricing/dimensions/1/name", &document),
            QStringLiteral("Pricing dimension 2 (%1): Name").arg(QString::fromStdString(key)));
        QCOMPARE(fieldNameForPeople("/pricing/dimensions/1/name"), QStringLiteral("Pricing dimension 2: Name"));
        QCOMPARE(fieldNameForPeople("/product/highlights/2"), QStringLiteral("Highlights, item 3"));
        QCOMPARE(fieldNameForPeople("/product/title"), QStringLiteral("Product title"));
        QCOMPARE(fieldNameForPeople(""), QStringLiteral("The whole document"));
    }

    // A stranger's file may hold any key: spelled out, a "/" inside a key
    // (escaped "~1") never shown as one, and no index past what an int holds.
    void unknownPointersAreSpelledOut()
    {
        QCOMPARE(fieldNameForPeople("/product/catalogExtras"), QStringLiteral("Product › Catalog extras"));
        const QString slashKey = fieldNameForPeople("/extra/a~1b/0");
        QVERIFY2(!slashKey.contains(QLatin1Char('/')), qPrintable(slashKey));
        QVERIFY2(slashKey.endsWith(QStringLiteral("item 1")), qPrintable(slashKey));
        const QString huge = fieldNameForPeople("/product/highlights/99999999999999999999");
        QVERIFY2(!huge.contains(QLatin1Char('/')), qPrintable(huge));
        const QString leadingZero = fieldNameForPeople("/product/highlights/01");
        QVERIFY2(!leadingZero.contains(QLatin1Char('/')), qPrintable(leadingZero));
    }

    // A row key a stranger wrote is data: shortened, one line.
    void rowKeysAreBoundedAndOnOneLine()
    {
        Json document;
        document["pricing"]["dimensions"] = Json::array({{{"key", std::string(500, 'k') + "\nsecond"}}});
        const QString name = fieldNameForPeople("/pricing/dimensions/0/key", &document);
        QVERIFY2(name.size() < 100, qPrintable(name));
        QVERIFY(!name.contains(QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(TestFieldNames)
#include "tst_fieldnames.moc"
