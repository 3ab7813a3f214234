// The labelled wording corpus (tests/data/wording/): legitimate professional
// services sentences that must raise nothing, and violating ones that must
// raise exactly the rules they are tagged with. Each file puts its entries in
// one field of the complete example; what an entry adds to the example's
// findings is compared with its tag, so a false alarm, a miss and a fault
// reported twice all fail. A report prints precision and recall per rule.
#include "TestSupport.h"

#include "model/DocumentLoader.h"
#include "validation/Validator.h"
#include "model/OfferFormat.h"
#include "validation/OfferValidator.h"

#include <QDirIterator>
#include <QFileInfo>

#include <functional>
#include <iterator>
#include <map>
#include <set>
#include <sstream>

using namespace proserv;

namespace {

Listing complete()
{
    static const Listing listing
        = test::loadOrFail(test::examplePath(QStringLiteral("migration-readiness-assessment.proserv.json")));
    return listing;
}

// The example's long description without its infrastructure-cost section, so
// that the cost-notice entries alone decide arch-cost-notice.
std::string withoutCostNotice(const std::string& description)
{
    const std::size_t begin = description.find("## Costs outside this listing");
    const std::size_t end = description.find("## Documentation");
    if (begin == std::string::npos || end == std::string::npos)
        return description;
    return description.substr(0, begin) + description.substr(end);
}

using Placement = std::function<void(Listing&, const std::string&)>;

// Where each corpus file's entries go. A file without a placement fails.
const std::map<std::string, Placement>& placements()
{
    static const std::map<std::string, Placement> table = {
        {"prose", [](Listing& l, const std::string& s) { l.product.longDescription += "\n\n" + s; }},
        {"highlight", [](Listing& l, const std::string& s) { l.product.highlights[1] = s; }},
        // The long description says how buyers get answers before and after they
        // subscribe, so only the contact and level rules judge the entry.
        {"support",
            [](Listing& l, const std::string& s) {
                l.product.supportDescription = s;
                l.product.longDescription += "\n\nBefore you subscribe, our solutions team answers scoping questions. "
                                             "After the assessment, your team can ask follow-up questions.";
            }},
        // The support description names a contact and a level only; the entry
        // (in the long description) must say how buyers get help before and
        // after they subscribe.
        {"pre-post-support",
            [](Listing& l, const std::string& s) {
                l.product.supportDescription = "Email support@example.com; we answer within one business day.";
                l.product.longDescription += "\n\n" + s;
            }},
        {"access-pending", [](Listing& l, const std::string& s) { l.support.accessPendingEmail = s; }},
        {"access-granted", [](Listing& l, const std::string& s) { l.support.accessGrantedEmail = s; }},
        {"cost-notice",
            [](Listing& l, const std::string& s) {
                l.product.longDescription = withoutCostNotice(l.product.longDescription) + "\n\n" + s;
            }},
        {"iam-policy", [](Listing& l, const std::string& s) { l.architecture.iamPolicies[1].document = s; }},
        {"phone", [](Listing& l, const std::string& s) { l.support.contacts.phone = s; }},
    };
    return table;
}

struct Entry {
    QString file;
    int line = 0;
    std::multiset<std::string> expected; // empty: legitimate
    std::string text;
};

// "\n" in an entry is a line break; "\t" a tab; "\\" a backslash.
std::string unescape(const std::string& s)
{
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) {
            const char c = s[++i];
            out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
        } else {
            out += s[i];
        }
    }
    return out;
}

// The corpus the rules were tuned on, and the one kept apart to measure them
// on sentences they were not tuned to (tests/data/wording-heldout/README.md).
const QString kTunedCorpus = QStringLiteral(PROSERV_TEST_DATA_DIR "/wording");
const QString kHeldOutCorpus = QStringLiteral(PROSERV_TEST_DATA_DIR "/wording-heldout");
// The held-out corpus's floors, in percent: measured before issue 28 changed any rule, raised with it.
constexpr double kHeldOutRecallFloor = 95.0; // before: 23 of 160 (14.4 %); after issue 28: 154 of 160 (96.3 %)
constexpr double kHeldOutFalseAlarmCeiling = 1.0; // before: 3 of 151 (2.0 %); after issue 28: 0 of 151

std::vector<Entry> readCorpus(QString* error, const QString& folder = kTunedCorpus)
{
    std::vector<Entry> entries;
    QDirIterator it(folder, {QStringLiteral("*.tsv")}, QDir::Files);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString& path : files) {
        std::istringstream in(test::readBytes(path));
        std::string line;
        int number = 0;
        while (std::getline(in, line)) {
            ++number;
            if (line.empty() || line[0] == '#')
                continue;
            const std::size_t tab = line.find('\t');
            if (tab == std::string::npos) {
                *error = QStringLiteral("%1:%2: no tab between tag and text").arg(path).arg(number);
                return {};
            }
            Entry e;
            e.file = QFileInfo(path).completeBaseName();
            e.line = number;
            e.text = unescape(line.substr(tab + 1));
            const std::string tag = line.substr(0, tab);
            if (tag != "ok") {
                std::istringstream rules(tag);
                std::string rule;
                while (std::getline(rules, rule, '+'))
                    e.expected.insert(rule);
            }
            entries.push_back(std::move(e));
        }
    }
    return entries;
}

std::multiset<std::string> ruleIds(const std::vector<Finding>& findings)
{
    std::multiset<std::string> ids;
    for (const Finding& f : findings)
        ids.insert(f.ruleId);
    return ids;
}

std::multiset<std::string> minus(const std::multiset<std::string>& a, const std::multiset<std::string>& b)
{
    std::multiset<std::string> out;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::inserter(out, out.begin()));
    return out;
}

std::string joined(const std::multiset<std::string>& ids)
{
    std::string s;
    for (const std::string& id : ids)
        s += (s.empty() ? "" : "+") + id;
    return s.empty() ? "ok" : s;
}

// One line per finding: everything a user sees of it, in its order.
std::string describeFindings(const std::vector<Finding>& findings)
{
    std::string out;
    for (const Finding& f : findings) {
        out += "  " + std::string(toString(f.severity)) + " " + f.ruleId + " " + f.pointer;
        if (f.range)
            out += " [" + std::to_string(f.range->begin) + "," + std::to_string(f.range->end) + ")";
        out += " " + f.message + "\n";
    }
    return out;
}

// What the rules raise on a corpus: per entry, the tags missed and the
// findings not asked for; per rule, precision and recall.
struct Measurement {
    QStringList failures; // one line per entry that raised other than its tag
    QString report;
    int legitimate = 0, legitimateFlagged = 0, violating = 0, violatingMissed = 0;
};

Measurement measure(const std::vector<Entry>& entries)
{
    Measurement m;
    // The complete example raises nothing, so what an entry raises is what it adds.
    const std::multiset<std::string> baseline = ruleIds(validateListing(complete()));
    struct Score {
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
    };
    std::map<std::string, Score> scores;
    for (const Entry& e : entries) {
        const auto place = placements().find(e.file.toStdString());
        if (place == placements().end())
            continue;
        Listing listing = complete();
        place->second(listing, e.text);
        const std::multiset<std::string> raised = minus(ruleIds(validateListing(listing)), baseline);
        const std::multiset<std::string> missed = minus(e.expected, raised);
        const std::multiset<std::string> extra = minus(raised, e.expected);
        for (const std::string& id : e.expected)
            scores[id]; // a rule with no hits still gets a row
        for (const std::string& id : extra)
            ++scores[id].falsePositives;
        for (const std::string& id : missed)
            ++scores[id].falseNegatives;
        for (const std::string& id : minus(e.expected, missed))
            ++scores[id].truePositives;
        (e.expected.empty() ? m.legitimate : m.violating) += 1;
        if (e.expected.empty() && !raised.empty())
            ++m.legitimateFlagged;
        if (!e.expected.empty() && !missed.empty())
            ++m.violatingMissed;
        if (!missed.empty() || !extra.empty())
            m.failures << QStringLiteral("%1.tsv:%2: expected %3, raised %4: %5")
                              .arg(e.file)
                              .arg(e.line)
                              .arg(QString::fromStdString(joined(e.expected)), QString::fromStdString(joined(raised)),
                                  QString::fromStdString(e.text).left(110));
    }

    m.report = QStringLiteral("\n%1 legitimate entries, %2 raised something; %3 violating, %4 missed a rule\n")
                   .arg(m.legitimate)
                   .arg(m.legitimateFlagged)
                   .arg(m.violating)
                   .arg(m.violatingMissed);
    m.report += QStringLiteral("%1 %2 %3\n")
                    .arg(QStringLiteral("rule"), -32)
                    .arg(QStringLiteral("precision"), 10)
                    .arg(QStringLiteral("recall"), 8);
    for (const auto& [rule, s] : scores) {
        const int found = s.truePositives + s.falsePositives, wanted = s.truePositives + s.falseNegatives;
        m.report += QStringLiteral("%1 %2 %3   (tp %4, fp %5, fn %6)\n")
                        .arg(QString::fromStdString(rule), -32)
                        .arg(found ? QString::number(100.0 * s.truePositives / found, 'f', 1) + QLatin1Char('%')
                                   : QStringLiteral("-"),
                            10)
                        .arg(wanted ? QString::number(100.0 * s.truePositives / wanted, 'f', 1) + QLatin1Char('%')
                                    : QStringLiteral("-"),
                            8)
                        .arg(s.truePositives)
                        .arg(s.falsePositives)
                        .arg(s.falseNegatives);
    }
    return m;
}

} // namespace

class TestWording : public QObject {
    Q_OBJECT

private slots:
    void corpusIsLargeEnough();
    void everyEntryRaisesExactlyItsTag();
    void heldOutCorpusMeetsItsFloors();
    void findingsAreUnchanged();
};

void TestWording::corpusIsLargeEnough()
{
    for (const QString& folder : {kTunedCorpus, kHeldOutCorpus}) {
        QString error;
        const std::vector<Entry> entries = readCorpus(&error, folder);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto legitimate
            = std::count_if(entries.begin(), entries.end(), [](const Entry& e) { return e.expected.empty(); });
        const auto violating = static_cast<long>(entries.size()) - legitimate;
        const bool tuned = folder == kTunedCorpus;
        QVERIFY2(legitimate >= (tuned ? 300 : 150), qPrintable(QStringLiteral("%1 legitimate entries").arg(legitimate)));
        QVERIFY2(violating >= (tuned ? 150 : 150), qPrintable(QStringLiteral("%1 violating entries").arg(violating)));
        for (const Entry& e : entries)
            QVERIFY2(placements().count(e.file.toStdString()), qPrintable(e.file + QStringLiteral(": no placement")));
    }
}

// The tuned corpus: every entry raises exactly its tag.
void TestWording::everyEntryRaisesExactlyItsTag()
{
    QString error;
    const std::vector<Entry> entries = readCorpus(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Measurement m = measure(entries);
    qInfo().noquote() << QStringLiteral("Tuned corpus (tests/data/wording):") << m.report;
    for (const QString& failure : m.failures)
        qWarning().noquote() << failure;
    QVERIFY2(m.failures.isEmpty(),
        qPrintable(QStringLiteral("%1 entries raised other findings than their tag").arg(m.failures.size())));
}

// The held-out corpus is a measure, not a tuning set: floors on how many
// violations are found and how few legitimate sentences are flagged, raised
// as the rules improve, never exact matches.
void TestWording::heldOutCorpusMeetsItsFloors()
{
    QString error;
    const std::vector<Entry> entries = readCorpus(&error, kHeldOutCorpus);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Measurement m = measure(entries);
    qInfo().noquote() << QStringLiteral("Held-out corpus (tests/data/wording-heldout):") << m.report;
    for (const QString& failure : m.failures)
        qInfo().noquote() << failure;
    const double recall = 100.0 * (m.violating - m.violatingMissed) / m.violating;
    const double falseAlarms = 100.0 * m.legitimateFlagged / m.legitimate;
    QVERIFY2(recall >= kHeldOutRecallFloor, qPrintable(QStringLiteral("violations found: %1%").arg(recall, 0, 'f', 1)));
    QVERIFY2(falseAlarms <= kHeldOutFalseAlarmCeiling,
        qPrintable(QStringLiteral("legitimate entries flagged: %1%").arg(falseAlarms, 0, 'f', 1)));
}

// Every finding of every corpus entry and of every listing file in the tree
// (message, place, range and order) against tests/data/findings.golden.txt:
// a refactoring of the rule engine must leave it untouched. After a change
// that means to alter findings, PROSERV_UPDATE_DOCS=1 rewrites the file, and
// the diff is reviewed with the change.
void TestWording::findingsAreUnchanged()
{
    QString error;
    const std::vector<Entry> entries = readCorpus(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    std::string report;
    for (const Entry& e : entries) {
        Listing listing = complete();
        placements().at(e.file.toStdString())(listing, e.text);
        report += e.file.toStdString() + ":" + std::to_string(e.line) + "\n" + describeFindings(validateListing(listing));
    }
    QStringList files;
    for (const QString& root : {QStringLiteral(PROSERV_EXAMPLES_DIR), QStringLiteral(PROSERV_TEST_DATA_DIR)}) {
        QDirIterator it(root, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.contains(QStringLiteral("/aws-models/")))
                files << path;
        }
    }
    files.sort();
    for (const QString& path : files) {
        const QString name = QDir(QStringLiteral(PROSERV_SOURCE_DIR)).relativeFilePath(path);
        const LoadOutcome outcome = loadDocumentFile(path.toStdString());
        report += name.toStdString() + "\n";
        if (outcome.isOffer) { // judged on a fixed day, against its stored copy of the product's dimensions
            const OfferLoadOutcome offer = loadOfferFile(path.toStdString());
            OfferContext context;
            context.today = "2026-12-03";
            report += offer.ok() ? describeFindings(validateOffer(offer.document->offer, context))
                                 : "  load: " + offer.errors.front().toString() + "\n";
            continue;
        }
        if (!outcome.ok()) {
            for (LoadError loadError : outcome.errors) {
                loadError.file = name.toStdString(); // the machine's own folders stay out
                report += "  load: " + loadError.toString() + "\n";
            }
            continue;
        }
        ValidationContext context;
        context.submittedFile = outcome.document->kind != DocumentKind::Native;
        report += describeFindings(validateListing(outcome.document->listing, context));
    }
    const QString golden = QStringLiteral(PROSERV_TEST_DATA_DIR "/findings.golden.txt");
    if (qEnvironmentVariableIsSet("PROSERV_UPDATE_DOCS"))
        QVERIFY(test::writeBytes(golden, report));
    const std::string expected = test::readBytes(golden);
    if (report != expected) {
        std::size_t at = 0;
        while (at < report.size() && at < expected.size() && report[at] == expected[at])
            ++at;
        const std::size_t lineStart = expected.rfind('\n', at) == std::string::npos ? 0 : expected.rfind('\n', at) + 1;
        QFAIL(qPrintable(QStringLiteral("findings differ from tests/data/findings.golden.txt at:\n  expected: %1\n  actual:   %2")
                             .arg(QString::fromStdString(expected.substr(lineStart, 300)),
                                 QString::fromStdString(report.substr(lineStart, 300)))));
    }
}

QTEST_GUILESS_MAIN(TestWording)
#include "tst_wording.moc"
