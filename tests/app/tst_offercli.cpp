// proserv-check on private offers as AWS receives them: offer change sets
// (DetailsDocument or a Details string, new offers and updates of offers AWS
// holds) and DescribeEntity responses, checked with --product and --today;
// unedited change sets written back byte for byte; native offers exported as
// change sets of their own.
#include "ProcessRunner.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace proserv;

namespace {

const QString kData = QStringLiteral(PROSERV_TEST_DATA_DIR "/offers/");

test::ProgramRun check(const QStringList& arguments)
{
    return test::runProgram(QStringLiteral(PROSERV_CHECK_BINARY), arguments);
}

QStringList ruleIdsIn(const QString& jsonOutput)
{
    QStringList ids;
    const QJsonDocument doc = QJsonDocument::fromJson(jsonOutput.toUtf8());
    for (const QJsonValue file : doc.object().value(QStringLiteral("files")).toArray())
        for (const QJsonValue finding : file.toObject().value(QStringLiteral("findings")).toArray())
            ids << finding.toObject().value(QStringLiteral("rule")).toString();
    ids.sort();
    ids.removeDuplicates();
    return ids;
}

// The values at `path` ("/Terms/*/Price": * for every item) under `value`.
QList<QJsonValue> valuesAt(const QJsonValue& value, const QStringList& path)
{
    if (path.isEmpty())
        return {value};
    const QString head = path.first();
    const QStringList rest = path.mid(1);
    QList<QJsonValue> found;
    if (head == QLatin1String("*") && value.isArray()) {
        for (const QJsonValue item : value.toArray())
            found += valuesAt(item, rest);
    } else if (value.isObject() && value.toObject().contains(head)) {
        found += valuesAt(value.toObject().value(head), rest);
    }
    return found;
}

// Every way `request`'s DetailsDocuments break AWS's shapes (tests/data/offer-shapes.json).
QStringList shapeViolations(const QJsonObject& request)
{
    const QJsonObject shapes = QJsonDocument::fromJson(QByteArray::fromStdString(
                                   test::readBytes(QStringLiteral(PROSERV_TEST_DATA_DIR "/offer-shapes.json"))))
                                   .object()
                                   .value(QStringLiteral("constraints"))
                                   .toObject();
    QStringList violations;
    for (const QJsonValue change : request.value(QStringLiteral("ChangeSet")).toArray()) {
        const QString type = change[QStringLiteral("ChangeType")].toString();
        const QJsonValue details = change[QStringLiteral("DetailsDocument")];
        for (const QJsonValue rule : shapes.value(type).toArray()) {
            const QJsonObject r = rule.toObject();
            const QString path = r.value(QStringLiteral("path")).toString();
            const QList<QJsonValue> values
                = valuesAt(details, path.split(QLatin1Char('/'), Qt::SkipEmptyParts));
            if (values.isEmpty() && r.value(QStringLiteral("required")).toBool())
                violations << type + path + QStringLiteral(" missing");
            for (const QJsonValue& v : values) {
                const QString where = type + path;
                if (r.contains(QStringLiteral("maxProperties"))
                    && v.toObject().size() > r.value(QStringLiteral("maxProperties")).toInt())
                    violations << where + QStringLiteral(" has members");
                if (v.isArray()) {
                    const int n = v.toArray().size();
                    if (r.contains(QStringLiteral("minItems")) && n < r.value(QStringLiteral("minItems")).toInt())
                        violations << where + QStringLiteral(" too few");
                    if (r.contains(QStringLiteral("maxItems")) && n > r.value(QStringLiteral("maxItems")).toInt())
                        violations << where + QStringLiteral(" too many");
                    continue;
                }
                if (!v.isString())
                    continue;
                const QString text = v.toString();
                const int length = static_cast<int>(text.toUcs4().size());
                if (r.contains(QStringLiteral("minLength")) && length < r.value(QStringLiteral("minLength")).toInt())
                    violations << where + QStringLiteral(" too short");
                if (r.contains(QStringLiteral("maxLength")) && length > r.value(QStringLiteral("maxLength")).toInt())
                    violations << where + QStringLiteral(" too long");
                if (r.contains(QStringLiteral("enum"))
                    && !r.value(QStringLiteral("enum")).toVariant().toStringList().contains(text))
                    violations << where + QStringLiteral(" not one of its values: ") + text;
                if (r.contains(QStringLiteral("pattern"))) {
                    QString pattern = r.value(QStringLiteral("pattern")).toString();
                    pattern.replace(QRegularExpression(QStringLiteral(R"(\\u([0-9A-Fa-f]{4}))")),
                        QStringLiteral(R"(\x{\1})"));
                    const QRegularExpression re(pattern);
                    if (!re.isValid() || !re.match(text).hasMatch())
                        violations << where + QStringLiteral(" does not match its pattern: ") + text;
                }
            }
        }
    }
    return violations;
}

} // namespace

class TestOfferCli : public QObject {
    Q_OBJECT

private slots:
    void offerFilesAreChecked_data();
    void offerFilesAreChecked();
    void uneditedChangeSetIsWrittenBack_data();
    void uneditedChangeSetIsWrittenBack();
    void nativeOfferExportsItsOwnChangeSet();
    void faultsBlockTheExport();
    void exportsMeetAwsShapes_data();
    void exportsMeetAwsShapes();
    void shapeOracleCatchesAFault();
    void todayMustBeADate();
    void mixedChangeSetStaysAListing();
    void findingsNameTheirLineInAChangeSet_data();
    void findingsNameTheirLineInAChangeSet();
    void reportShowsTheOffersKeyFacts();
    void diffComparesTwoOffers();
    void releasedOfferSendsOnlyWhatMayChange();

private:
    QTemporaryDir m_dir;
};

void TestOfferCli::offerFilesAreChecked_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("rules");
    const QString product = test::examplePath(QStringLiteral("migration-readiness-assessment.proserv.json"));
    // Without --product, the note says the dimensions go unchecked: a change
    // set carries no copy of the product's.
    const QString unknown = QStringLiteral("offer-product-dimensions-unknown");
    QTest::newRow("upfront change set") << kData + "upfront.changeset.json" << QStringList {} << 0
                                        << QStringList {unknown};
    QTest::newRow("installments, Details string")
        << kData + "installments.changeset.json" << QStringList {} << 0
        << QStringList {QStringLiteral("offer-installments-invoice"), unknown};
    QTest::newRow("update of one part")
        << kData + "existing-offer-availability.changeset.json" << QStringList {} << 0
        << QStringList {QStringLiteral("offer-partial-update")};
    QTest::newRow("update of one part, a day too late")
        << kData + "existing-offer-availability.changeset.json"
        << QStringList {QStringLiteral("--today"), QStringLiteral("2026-12-11")} << 1
        << QStringList {QStringLiteral("offer-accept-by"), QStringLiteral("offer-partial-update")};
    // An offer AWS holds, as it holds it: nothing to send, nothing judged but that.
    QTest::newRow("DescribeEntity") << kData + "offer.describe-entity.json" << QStringList {} << 0
                                    << QStringList {QStringLiteral("offer-partial-update")};
    QTest::newRow("against the product")
        << kData + "upfront.changeset.json" << QStringList {QStringLiteral("--product"), product} << 0
        << QStringList {};
    QTest::newRow("the payments of a later day")
        << kData + "installments.changeset.json"
        << QStringList {QStringLiteral("--today"), QStringLiteral("2026-12-16")} << 1
        << QStringList {QStringLiteral("offer-installments-invoice"), unknown, QStringLiteral("offer-schedule")};
}

void TestOfferCli::offerFilesAreChecked()
{
    QFETCH(QString, file);
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(QStringList, rules);
    QStringList arguments = {QStringLiteral("--format"), QStringLiteral("json")};
    if (!extra.contains(QStringLiteral("--today")))
        arguments << QStringLiteral("--today") << QStringLiteral("2026-12-03");
    const test::ProgramRun run = check(arguments + extra + QStringList {file});
    QVERIFY2(run.exitedWith(exitCode), qPrintable(run.describe()));
    QCOMPARE(ruleIdsIn(run.outText()), rules);
}

void TestOfferCli::uneditedChangeSetIsWrittenBack_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("upfront") << kData + "upfront.changeset.json";
    QTest::newRow("installments, Details string, a change this version does not write")
        << kData + "installments.changeset.json";
    QTest::newRow("update of one part") << kData + "existing-offer-availability.changeset.json";
}

void TestOfferCli::uneditedChangeSetIsWrittenBack()
{
    QFETCH(QString, file);
    const QString out = m_dir.filePath(QStringLiteral("back-%1.json").arg(QTest::currentDataTag()).replace(' ', '-'));
    const test::ProgramRun run = check({QStringLiteral("export"), QStringLiteral("--today"),
        QStringLiteral("2026-12-03"), file, QStringLiteral("-o"), out});
    QVERIFY2(run.exitedWith(0), qPrintable(run.describe()));
    QCOMPARE(test::readBytes(out), test::readBytes(file));
}

void TestOfferCli::nativeOfferExportsItsOwnChangeSet()
{
    const QString offer = test::examplePath(QStringLiteral("migration-readiness-installments.offer.json"));
    const QString out = m_dir.filePath(QStringLiteral("installments.json"));
    const test::ProgramRun run = check({QStringLiteral("export"), QStringLiteral("--today"),
        QStringLiteral("2026-12-03"), offer, QStringLiteral("-o"), out});
    QVERIFY2(run.exitedWith(0), qPrintable(run.describe()));
    const QJsonObject request = QJsonDocument::fromJson(QByteArray::fromStdString(test::readBytes(out))).object();
    QStringList types;
    for (const QJsonValue change : request.value(QStringLiteral("ChangeSet")).toArray()) {
        types << change[QStringLiteral("ChangeType")].toString();
        QCOMPARE(change[QStringLiteral("Entity")][QStringLiteral("Type")].toString(), QStringLiteral("Offer@1.0"));
    }
    QCOMPARE(types,
        QStringList({"CreateOffer", "UpdateInformation", "UpdateTargeting", "UpdatePricingTerms",
            "UpdatePaymentScheduleTerms", "UpdateValidityTerms", "UpdateLegalTerms", "UpdateSupportTerms",
            "UpdateAvailability", "ReleaseOffer"}));
    // The export reads back as the same offer: checked again, and written again the same.
    const QString again = m_dir.filePath(QStringLiteral("installments-again.json"));
    const test::ProgramRun second = check({QStringLiteral("export"), QStringLiteral("--today"),
        QStringLiteral("2026-12-03"), out, QStringLiteral("-o"), again});
    QVERIFY2(second.exitedWith(0), qPrintable(second.describe()));
    QCOMPARE(test::readBytes(again), test::readBytes(out));
    // The upfront example: one rate card for the agreement's duration.
    const QString upfront = m_dir.filePath(QStringLiteral("upfront.json"));
    QVERIFY(check({QStringLiteral("export"), QStringLiteral("--today"), QStringLiteral("2026-12-03"),
                  test::examplePath(QStringLiteral("migration-readiness-upfront.offer.json")), QStringLiteral("-o"),
                  upfront})
                .exitedWith(0));
    const QJsonObject pricing = QJsonDocument::fromJson(QByteArray::fromStdString(test::readBytes(upfront)))
                                    .object()[QStringLiteral("ChangeSet")][3][QStringLiteral("DetailsDocument")]
                                    .toObject();
    QCOMPARE(pricing[QStringLiteral("Terms")][0][QStringLiteral("Type")].toString(),
        QStringLiteral("ConfigurableUpfrontPricingTerm"));
    QCOMPARE(pricing[QStringLiteral("Terms")][0][QStringLiteral("RateCards")][0][QStringLiteral("Selector")]
                    [QStringLiteral("Value")]
                        .toString(),
        QStringLiteral("P6M"));
}

void TestOfferCli::faultsBlockTheExport()
{
    const QString out = m_dir.filePath(QStringLiteral("blocked.json"));
    const test::ProgramRun run = check({QStringLiteral("export"), QStringLiteral("--today"),
        QStringLiteral("2027-02-01"), test::examplePath(QStringLiteral("migration-readiness-upfront.offer.json")),
        QStringLiteral("-o"), out});
    QVERIFY2(run.exitedWith(1), qPrintable(run.describe()));
    QVERIFY(run.errText().contains(QStringLiteral("offer-accept-by")));
    QVERIFY(!QFileInfo::exists(out));
}

// Every DetailsDocument an offer export writes meets AWS's own shape limits,
// kept as test data the rules never read (an independent oracle).
void TestOfferCli::exportsMeetAwsShapes_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("upfront example") << test::examplePath(QStringLiteral("migration-readiness-upfront.offer.json"));
    QTest::newRow("installments example")
        << test::examplePath(QStringLiteral("migration-readiness-installments.offer.json"));
    QTest::newRow("upfront change set") << kData + "upfront.changeset.json";
    QTest::newRow("installments change set") << kData + "installments.changeset.json";
    // A DescribeEntity response unchanged sends nothing (releasedOfferSendsOnlyWhatMayChange).
    QTest::newRow("released offer, a new accept-by date") << kData + "released-offer-new-date.offer.json";
}

void TestOfferCli::exportsMeetAwsShapes()
{
    QFETCH(QString, file);
    const QString out = m_dir.filePath(QStringLiteral("shapes-%1.json").arg(QTest::currentDataTag()).replace(' ', '-'));
    const test::ProgramRun run = check({QStringLiteral("export"), QStringLiteral("--today"),
        QStringLiteral("2026-12-03"), file, QStringLiteral("-o"), out});
    QVERIFY2(run.exitedWith(0), qPrintable(run.describe()));
    const QJsonObject request = QJsonDocument::fromJson(QByteArray::fromStdString(test::readBytes(out))).object();
    QVERIFY(!request.value(QStringLiteral("ChangeSet")).toArray().isEmpty());
    const QStringList violations = shapeViolations(request);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
}

// The control: the oracle notices what AWS would refuse.
void TestOfferCli::shapeOracleCatchesAFault()
{
    QJsonObject request = QJsonDocument::fromJson(QByteArray::fromStdString(test::readBytes(kData + "upfront.changeset.json"))).object();
    QJsonArray changes = request[QStringLiteral("ChangeSet")].toArray();
    QJsonObject pricing = changes[3].toObject();
    QJsonDocument details(pricing[QStringLiteral("DetailsDocument")].toObject());
    QByteArray text = details.toJson();
    text.replace("\"25000.00\"", "\"25,000\"");
    pricing[QStringLiteral("DetailsDocument")] = QJsonDocument::fromJson(text).object();
    changes[3] = pricing;
    QJsonObject refund = changes[6].toObject();
    QJsonObject support = refund[QStringLiteral("DetailsDocument")].toObject();
    QJsonArray terms = support[QStringLiteral("Terms")].toArray();
    QJsonObject term = terms[0].toObject();
    term[QStringLiteral("RefundPolicy")] = QStringLiteral("Refunds \u2014 on request");
    terms[0] = term;
    support[QStringLiteral("Terms")] = terms;
    refund[QStringLiteral("DetailsDocument")] = support;
    changes[6] = refund;
    request[QStringLiteral("ChangeSet")] = changes;
    const QStringList violations = shapeViolations(request);
    QVERIFY2(violations.size() == 2, qPrintable(violations.join(QLatin1Char('\n'))));
    QVERIFY(violations[0].startsWith(QStringLiteral("UpdatePricingTerms/Terms/*/RateCards/*/RateCard/*/Price")));
    QVERIFY(violations[1].startsWith(QStringLiteral("UpdateSupportTerms/Terms/*/RefundPolicy")));
}

void TestOfferCli::todayMustBeADate()
{
    const test::ProgramRun run = check({QStringLiteral("--today"), QStringLiteral("31.01.2027"),
        kData + "upfront.changeset.json"});
    QVERIFY2(run.exitedWith(2), qPrintable(run.describe()));
    QVERIFY(run.errText().contains(QStringLiteral("31.01.2027")));
}

// A change set that also changes the product opens as the product's listing,
// its offer changes kept as written (issue 26), not as an offer.
void TestOfferCli::mixedChangeSetStaysAListing()
{
    const test::ProgramRun run = check({QStringLiteral("--format"), QStringLiteral("json"),
        QStringLiteral(PROSERV_TEST_DATA_DIR "/update-flow/product-and-offer.changeset.json")});
    QVERIFY(ruleIdsIn(run.outText()).contains(QStringLiteral("submission-changes-unchecked")));
}

void TestOfferCli::findingsNameTheirLineInAChangeSet_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("faulty");
    QTest::addColumn<QString>("rule");
    QTest::newRow("buyer account") << QStringLiteral("\"111122223333\"") << QStringLiteral("\"12345\"")
                                   << QStringLiteral("offer-buyer-accounts");
    QTest::newRow("price in a rate card") << QStringLiteral("\"25000.00\"") << QStringLiteral("\"25000.0001\"")
                                          << QStringLiteral("offer-amount-format");
    QTest::newRow("refund policy") << QStringLiteral("\"Full refund through")
                                   << QStringLiteral("\" Full refund through") << QStringLiteral("offer-refund-policy");
    QTest::newRow("accept-by date") << QStringLiteral("\"2026-12-31\"") << QStringLiteral("\"2026-11-30\"")
                                    << QStringLiteral("offer-accept-by");
}

// A finding in an offer change set names the line of the member that holds
// the field (in its DetailsDocument), as a listing's change set does.
void TestOfferCli::findingsNameTheirLineInAChangeSet()
{
    QFETCH(QString, original);
    QFETCH(QString, faulty);
    QFETCH(QString, rule);
    QString text = QString::fromStdString(test::readBytes(kData + "upfront.changeset.json"));
    const qsizetype at = text.indexOf(original);
    QVERIFY(at >= 0);
    text.replace(at, original.size(), faulty);
    const int line = text.left(at).count(QLatin1Char('\n')) + 1;
    const QString file = m_dir.filePath(QStringLiteral("fault-%1.json").arg(QTest::currentDataTag()).replace(' ', '-'));
    QVERIFY(test::writeBytes(file, text.toStdString()));
    const test::ProgramRun run = check({QStringLiteral("--today"), QStringLiteral("2026-12-03"), file});
    QVERIFY2(run.exitedWith(1), qPrintable(run.describe()));
    const QString expected = QStringLiteral("%1:%2:").arg(file).arg(line);
    bool found = false;
    for (const QString& reported : run.outText().split(QLatin1Char('\n')))
        found = found || (reported.startsWith(expected) && reported.contains(QStringLiteral(" %1: ").arg(rule)));
    QVERIFY2(found, qPrintable(expected + QLatin1Char(' ') + rule + QLatin1Char('\n') + run.describe()));
}

// `report` on an offer: the offer's own key facts (not a listing's), its
// findings judged with --today, and the verdict.
void TestOfferCli::reportShowsTheOffersKeyFacts()
{
    const QString html = m_dir.filePath(QStringLiteral("offer-report.html"));
    const test::ProgramRun run = check({QStringLiteral("report"), QStringLiteral("--today"),
        QStringLiteral("2026-12-16"), kData + "installments.changeset.json", QStringLiteral("--html"), html});
    QVERIFY2(run.exitedWith(1), qPrintable(run.describe())); // the first payment is in the past by then
    QVERIFY(run.outText().startsWith(QStringLiteral("Changes needed: 1 error")));
    const QString report = QString::fromStdString(test::readBytes(html));
    for (const char* expected : {"Migration Readiness Assessment for Example Corp", "111122223333",
             "Paid in installments, in USD; total USD 100000.00", "2026-12-31", "offer-schedule"})
        QVERIFY2(report.contains(QString::fromUtf8(expected)), expected);
    QVERIFY(!report.contains(QStringLiteral("Categories"))); // a listing's facts
}

// `diff` on two offers: the fields that changed (prices matched by
// dimension), the findings that appeared; an offer and a listing are refused.
void TestOfferCli::diffComparesTwoOffers()
{
    const QString before = test::examplePath(QStringLiteral("migration-readiness-upfront.offer.json"));
    QString text = QString::fromStdString(test::readBytes(before));
    const qsizetype at = text.indexOf(QStringLiteral("\"price\": \""));
    QVERIFY(at > 0);
    text.insert(at + 10, QStringLiteral("9")); // 38000.00 → 938000.00
    const QString after = m_dir.filePath(QStringLiteral("raised.offer.json"));
    QVERIFY(test::writeBytes(after, text.toStdString()));
    const test::ProgramRun run = check({QStringLiteral("diff"), QStringLiteral("--today"),
        QStringLiteral("2026-12-03"), QStringLiteral("--format"), QStringLiteral("json"), before, after});
    QVERIFY2(run.exitedWith(0), qPrintable(run.describe()));
    const QJsonObject diff = QJsonDocument::fromJson(run.outText().toUtf8()).object();
    const QJsonArray changes = diff.value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes[0][QStringLiteral("pointer")].toString(), QStringLiteral("/pricing/prices/0/price"));
    QVERIFY2(run.outText().contains(QStringLiteral("offer-total-approval")), qPrintable(run.outText()));

    const test::ProgramRun mixed = check({QStringLiteral("diff"), before,
        test::examplePath(QStringLiteral("migration-readiness-assessment.proserv.json"))});
    QVERIFY2(mixed.exitedWith(2), qPrintable(mixed.describe()));
    QVERIFY(mixed.errText().contains(QStringLiteral("compare an offer with an offer")));
}

// An offer AWS holds, released, opened from its DescribeEntity response:
// unchanged, nothing is sent; a new accept-by date sends UpdateAvailability
// alone; new buyers are an error (AWS's INCOMPATIBLE_TARGETING) and block it.
void TestOfferCli::releasedOfferSendsOnlyWhatMayChange()
{
    QString response = QString::fromStdString(test::readBytes(kData + "offer.describe-entity.json"));
    QVERIFY(response.contains(QStringLiteral("\"State\": \"Draft\"")));
    response.replace(QStringLiteral("\"State\": \"Draft\""), QStringLiteral("\"State\": \"Released\""));
    const QString released = m_dir.filePath(QStringLiteral("released.describe-entity.json"));
    QVERIFY(test::writeBytes(released, response.toStdString()));
    const QString draft = m_dir.filePath(QStringLiteral("released.offer.json"));
    QVERIFY(check({QStringLiteral("convert"), released, QStringLiteral("-o"), draft}).exitedWith(0));
    const QStringList today = {QStringLiteral("--today"), QStringLiteral("2026-12-03")};

    const QString out = m_dir.filePath(QStringLiteral("released-update.json"));
    QFile::remove(out);
    const test::ProgramRun unchanged
        = check(QStringList {QStringLiteral("export")} + today + QStringList {draft, QStringLiteral("-o"), out});
    QVERIFY2(unchanged.exitedWith(0), qPrintable(unchanged.describe()));
    QVERIFY(unchanged.errText().contains(QStringLiteral("nothing written")));
    QVERIFY(!QFile::exists(out));

    auto edited = [&](const std::function<void(QJsonObject&)>& edit) {
        QJsonObject offer = QJsonDocument::fromJson(QByteArray::fromStdString(test::readBytes(draft))).object();
        edit(offer);
        const QString path = m_dir.filePath(QStringLiteral("released-edited.offer.json"));
        test::writeBytes(path, QJsonDocument(offer).toJson().toStdString());
        return path;
    };
    const QString later = edited([](QJsonObject& offer) {
        QJsonObject availability = offer.value(QStringLiteral("availability")).toObject();
        availability.insert(QStringLiteral("acceptBy"), QStringLiteral("2027-01-15"));
        offer.insert(QStringLiteral("availability"), availability);
    });
    const test::ProgramRun update
        = check(QStringList {QStringLiteral("export")} + today + QStringList {later, QStringLiteral("-o"), out});
    QVERIFY2(update.exitedWith(0), qPrintable(update.describe()));
    const QJsonArray changes = QJsonDocument::fromJson(QByteArray::fromStdString(test::readBytes(out)))
                                   .object()
                                   .value(QStringLiteral("ChangeSet"))
                                   .toArray();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes[0][QStringLiteral("ChangeType")].toString(), QStringLiteral("UpdateAvailability"));

    const QString moreBuyers = edited([](QJsonObject& offer) {
        QJsonObject buyers = offer.value(QStringLiteral("buyers")).toObject();
        QJsonArray accounts = buyers.value(QStringLiteral("accounts")).toArray();
        accounts.append(QStringLiteral("444455556666"));
        buyers.insert(QStringLiteral("accounts"), accounts);
        offer.insert(QStringLiteral("buyers"), buyers);
    });
    const test::ProgramRun refused = check(QStringList {QStringLiteral("export")} + today
        + QStringList {moreBuyers, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("refused.json"))});
    QVERIFY2(refused.exitedWith(1), qPrintable(refused.describe()));
    QVERIFY(refused.errText().contains(QStringLiteral("offer-fixed-after-release")));
    QVERIFY(refused.errText().contains(QStringLiteral("INCOMPATIBLE_TARGETING")));
}

QTEST_GUILESS_MAIN(TestOfferCli)
#include "tst_offercli.moc"
