#include "app/CheckCommand.h"

#include "model/AcceptedVersion.h"

#include "qtsupport/AtomicFile.h"
#include "app/DiffReport.h"
#include "app/FindingReport.h"
#include "app/OrderedParallel.h"
#include "model/ChangeSetExport.h"
#include "model/SubmissionFields.h"
#include "model/DocumentLoader.h"
#include "model/NativeFormat.h"
#include "model/NativeSchema.h"
#include "model/ReviewComments.h"
#include "qtsupport/ReviewReport.h"
#include "qtsupport/Translation.h"
#include "validation/RuleCatalogue.h"
#include "validation/Validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <string>

namespace proserv {

namespace {

// The usage text, translated as one message (its columns are part of the wording).
QString usage()
{
    return QCoreApplication::translate("CheckCommand", R"(Usage:
  proserv-check [options] FILE...            check listings against the guidelines ("-" = stdin)
  proserv-check --list-rules [--format markdown]
                                             print the rule catalogue
  proserv-check export FILE -o OUT.json [--force] [--baseline ACCEPTED | --full]
                                             write the StartChangeSet request for FILE;
                                             refused (exit 1) while submitted fields have
                                             errors; lists filled-in draft-only fields.
                                             With a baseline (or a draft opened from a
                                             DescribeEntity response): only what changed;
                                             nothing changed = nothing written (exit 0)
  proserv-check convert FILE -o OUT.proserv.json
                                             write FILE (native, change set or DescribeEntity
                                             response) as a native document in canonical form
  proserv-check schema -o OUT.schema.json    write the JSON Schema of the native document
  proserv-check report FILE [--html OUT.html] [--pdf OUT.pdf]
                                             write the review report (key facts, findings by
                                             guideline section, comments from FILE.review.json,
                                             verdict)
  proserv-check diff OLD NEW [--format json] what changed between two versions, and which
                                             findings appeared or were fixed

FILE may be a native listing (*.proserv.json), a StartChangeSet request or a
DescribeEntity response. OUT may be "-" for standard output; files are written
atomically (all or nothing).

Findings are printed like compiler messages, sorted in form order, then a
summary line; --format json or sarif prints them as JSON or SARIF 2.1.0.

Exit status: 0 = every file loaded and no errors found, 1 = findings at error
severity (or warnings, with --warnings-as-errors), 2 = a file could not be read
or loaded.
)");
}

void print(std::FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
}

void print(std::FILE* stream, const std::string& text)
{
    std::fwrite(text.data(), 1, text.size(), stream);
}

LoadOutcome loadInput(const QString& name)
{
    if (name != QLatin1String("-"))
        return loadDocumentFile(name.toStdString());
    std::string text;
    char buffer[65536];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0) {
        text.append(buffer, n);
        if (text.size() > kMaxDocumentBytes) {
            LoadOutcome outcome;
            outcome.errors.push_back({"-", {}, {}, EngineText::tr("standard input exceeds the size limit for listings")});
            return outcome;
        }
    }
    return loadDocumentText(text, "-");
}

// One line per load error, as standard error shows them.
QString loadErrorLines(const std::vector<LoadError>& errors)
{
    QString lines;
    for (const LoadError& error : errors)
        lines += translated(error) + QLatin1Char('\n');
    return lines;
}

void printLoadErrors(const std::vector<LoadError>& errors, std::FILE* err) { print(err, loadErrorLines(errors)); }

ValidationContext contextFor(const LoadedDocument& doc, const std::string& path)
{
    ValidationContext context = makeValidationContext(doc.listing, path);
    context.submittedFile = doc.isSubmission();
    return context;
}

// The findings of a loaded document, each with its place in the file.
FileReport reportFor(const QString& name, const LoadedDocument& doc)
{
    FileReport report;
    report.file = name.toStdString();
    report.findings = validateListing(doc.listing, contextFor(doc, report.file));
    for (const Finding& f : report.findings) {
        // In a submitted file, the key in its DetailsDocument (or its Details string).
        report.positions.push_back(doc.positionOfField(f.pointer));
        report.filePointers.push_back(doc.filePointerOf(f.pointer));
    }
    return report;
}

FileReport checkOne(const QString& name, const LoadOutcome& outcome)
{
    if (outcome.ok())
        return reportFor(name, *outcome.document);
    FileReport report;
    report.file = name.toStdString();
    report.loadErrors = outcome.errors;
    return report;
}

enum class OutputFormat { Text, Json, Sarif };

// One checked file as the output needs it: its part of standard output and
// of standard error, formatted on the worker that checked it.
struct CheckedFile {
    std::string out;
    std::string err;
    FindingCounts counts;
    bool unreadable = false;
    FileReport report; // SARIF only: its results follow every file's load errors, so it is formatted at the end
};

CheckedFile checkAndFormat(const QString& name, OutputFormat format, bool first)
{
    CheckedFile checked;
    FileReport report = checkOne(name, loadInput(name));
    checked.counts = countFindings(report.findings);
    checked.unreadable = !report.loadErrors.empty();
    switch (format) {
    case OutputFormat::Text:
        checked.err = loadErrorLines(report.loadErrors).toStdString();
        checked.out = formatHumanFindings(report);
        break;
    case OutputFormat::Json: checked.out = formatJsonFile(report, first); break;
    case OutputFormat::Sarif: checked.report = std::move(report); break;
    }
    return checked;
}

// Files are independent, so they are checked on every core; each file's
// output is written as soon as it and the files before it are done, in the
// order of the command line. Returns the exit status.
int checkFiles(const QStringList& files, OutputFormat format, bool warningsAsErrors, std::FILE* out, std::FILE* err)
{
    bool unreadable = false;
    bool failing = false;
    FindingCounts totals;
    std::vector<FileReport> sarifReports;
    if (format == OutputFormat::Json)
        print(out, formatJsonOpening());
    runInOrder<CheckedFile>(
        static_cast<std::size_t>(files.size()),
        [&](std::size_t i) { return checkAndFormat(files[static_cast<qsizetype>(i)], format, i == 0); },
        [&](std::size_t, CheckedFile checked) {
            print(err, checked.err);
            print(out, checked.out);
            unreadable = unreadable || checked.unreadable;
            failing = failing || checked.counts.errors > 0 || (warningsAsErrors && checked.counts.warnings > 0);
            totals += checked.counts;
            if (format == OutputFormat::Sarif)
                sarifReports.push_back(std::move(checked.report));
        });
    switch (format) {
    case OutputFormat::Text: print(out, formatHumanSummary(totals)); break;
    case OutputFormat::Json: print(out, formatJsonClosing(!files.isEmpty())); break;
    case OutputFormat::Sarif: print(out, formatSarif(sarifReports)); break;
    }
    return unreadable ? ExitUnreadable : failing ? ExitFindings : ExitOk;
}

int writeOutput(const QString& target, const std::string& bytes, std::FILE* out, std::FILE* err);

int runReport(const QStringList& files, const QString& htmlPath, const QString& pdfPath, std::FILE* out, std::FILE* err)
{
    if (files.size() != 1 || (htmlPath.isEmpty() && pdfPath.isEmpty())) {
        print(err, QCoreApplication::translate("CheckCommand", "proserv-check report: needs one FILE and --html OUT and/or --pdf OUT\n"));
        return ExitUnreadable;
    }
    const LoadOutcome outcome = loadInput(files.first());
    if (!outcome.ok()) {
        printLoadErrors(outcome.errors, err);
        return ExitUnreadable;
    }
    // "-" is standard input, which has no review sidecar next to it (never "./-.review.json").
    std::vector<LoadError> sidecarErrors;
    const std::optional<ReviewSidecar> sidecar =
        files.first() == QLatin1String("-") ? std::optional<ReviewSidecar>(ReviewSidecar{})
                                            : loadSidecar(sidecarPathFor(files.first().toStdString()), sidecarErrors);
    if (!sidecar) {
        printLoadErrors(sidecarErrors, err);
        return ExitUnreadable;
    }
    const Listing& listing = outcome.document->listing;
    ReviewReportInput input{QFileInfo(files.first()).fileName(), &listing,
                            validateListing(listing, contextFor(*outcome.document, files.first().toStdString())),
                            sidecar->comments, outcome.document->isSubmission()};
    // "-" is standard output, as for every -o; the verdict then goes to standard error.
    if (htmlPath == QLatin1String("-") && pdfPath == QLatin1String("-")) {
        print(err, QCoreApplication::translate("CheckCommand", "proserv-check report: only one of --html and --pdf can be \"-\"\n"));
        return ExitUnreadable;
    }
    if (!htmlPath.isEmpty())
        if (const int status = writeOutput(htmlPath, reviewReportHtml(input).toStdString(), out, err); status != ExitOk)
            return status;
    if (!pdfPath.isEmpty()) {
        const QByteArray pdf = reviewReportPdf(input);
        if (const int status = writeOutput(pdfPath, std::string(pdf.constData(), static_cast<std::size_t>(pdf.size())), out, err);
            status != ExitOk)
            return status;
    }
    const Verdict verdict = reviewVerdict(input);
    const bool toStandardOutput = htmlPath == QLatin1String("-") || pdfPath == QLatin1String("-");
    print(toStandardOutput ? err : out, verdict.text() + QLatin1Char('\n'));
    return verdict.ready ? ExitOk : ExitFindings;
}

int writeOutput(const QString& target, const std::string& bytes, std::FILE* out, std::FILE* err)
{
    if (target == QLatin1String("-")) {
        print(out, bytes);
        return ExitOk;
    }
    const QString failure = writeFileAtomically(target, bytes);
    if (!failure.isEmpty()) {
        print(err, failure + QLatin1Char('\n'));
        return ExitUnreadable;
    }
    return ExitOk;
}

// The findings of `report` that `keep` accepts, with their positions.
template <class Predicate> FileReport findingsWhere(const FileReport& report, Predicate keep)
{
    FileReport selected{report.file, {}, {}, {}, {}};
    for (std::size_t i = 0; i < report.findings.size(); ++i) {
        if (!keep(report.findings[i]))
            continue;
        selected.findings.push_back(report.findings[i]);
        selected.positions.push_back(report.positions[i]);
        selected.filePointers.push_back(report.filePointers[i]);
    }
    return selected;
}

// `export`: the change set is what AWS Marketplace receives, so errors on
// submitted fields stop it (as the editor asks before it exports), and every
// filled-in field that stays behind is named on standard error.
int runExport(const QString& file, const LoadedDocument& doc, const QString& target, const ExportOptions& options,
              bool force, std::FILE* out, std::FILE* err)
{
    // Nothing to send: findings of the accepted version do not matter here.
    const Json request = exportChangeSet(doc.listing, options);
    if (isEmptyUpdate(request)) {
        print(err, QCoreApplication::translate("CheckCommand", "%1: nothing changed since the accepted version (%2); "
                                                               "nothing written\n")
                       .arg(file, QString::fromStdString(doc.listing.accepted.source)));
        return ExitOk;
    }
    const std::vector<DraftOnlyValue> kept = filledDraftOnlyFields(doc.listing);
    if (!kept.empty()) {
        const int keptCount = static_cast<int>(kept.size()); // lupdate cannot read a cast inside translate()
        print(err, QCoreApplication::translate("CheckCommand", "%1: %n filled-in field(s) stay in the draft and are not "
                                                               "submitted:\n", "", keptCount)
                       .arg(file));
        const char* reason = nullptr;
        for (const DraftOnlyValue& value : kept) {
            if (value.destination->keptFor != reason) { // fields that matter in the same place, under one heading
                reason = value.destination->keptFor;
                print(err, QStringLiteral("  %1\n").arg(translatedSource(reason)));
            }
            print(err, QStringLiteral("    %1\n").arg(QString::fromStdString(value.pointer)));
        }
    }
    const FileReport report = reportFor(file, doc);
    const FileReport blocking = findingsWhere(report, [](const Finding& f) {
        return f.severity == Severity::Error && isOnSubmittedField(f);
    });
    if (!blocking.findings.empty() && !force) {
        print(err, formatHuman({blocking}));
        const int errorCount = static_cast<int>(blocking.findings.size());
        print(err, QCoreApplication::translate("CheckCommand", "proserv-check export: %n error(s) in submitted fields; "
                                                               "nothing written (fix them, or use --force)\n",
                                               "", errorCount));
        return ExitFindings;
    }
    // The rule that knows when an export re-adds a live product's dimensions says so here too.
    const FileReport readding =
        findingsWhere(report, [](const Finding& f) { return f.ruleId == "api-update-without-baseline"; });
    if (!readding.findings.empty())
        print(err, formatHuman({readding}));
    return writeOutput(target, serializeRequest(request), out, err);
}

// `--baseline`: the accepted version the export is an update against.
bool applyBaseline(const QString& baselinePath, LoadedDocument& doc, std::FILE* err)
{
    const LoadOutcome baseline = loadInput(baselinePath);
    if (!baseline.ok()) {
        printLoadErrors(baseline.errors, err);
        return false;
    }
    doc.listing.accepted = acceptedVersionOf(baseline.document->listing, baselinePath.toStdString());
    if (!exportsAsUpdate(doc.listing)) { // neither names the product
        print(err, QCoreApplication::translate("CheckCommand", "proserv-check export: neither the draft nor the baseline "
                                                               "%1 names a product ID; an update needs one\n")
                       .arg(baselinePath));
        return false;
    }
    return true;
}

} // namespace

int runCheckCommand(const QStringList& arguments, std::FILE* out, std::FILE* err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CheckCommand", "Checks, converts and exports AWS Marketplace professional services listings."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("CheckCommand", "Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QCoreApplication::translate("CheckCommand", "Show the version."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("CheckCommand", "Where export/convert write (\"-\" = stdout)."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption detailsString(
        QStringLiteral("details-string"),
        QCoreApplication::translate("CheckCommand",
                                    "export: write each change's details as a stringified \"Details\" member "
                                    "(for AWS CLIs older than DetailsDocument support); AddDimensions and "
                                    "UpdateDimensions keep DetailsDocument, since Details may only hold an object "
                                    "and their details are arrays."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("CheckCommand", "Output format: text (default), json or sarif; "
                                                                                "with --list-rules: text or markdown."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption listRules(QStringLiteral("list-rules"), QCoreApplication::translate("CheckCommand", "Print the rule catalogue."));
    const QCommandLineOption warningsAsErrors(QStringLiteral("warnings-as-errors"),
                                              QCoreApplication::translate("CheckCommand", "Exit with 1 when there are warnings, too."));
    const QCommandLineOption html(QStringLiteral("html"), QCoreApplication::translate("CheckCommand", "report: write HTML to OUT."), QStringLiteral("OUT"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), QCoreApplication::translate("CheckCommand", "report: write PDF to OUT."), QStringLiteral("OUT"));
    const QCommandLineOption force(
        QStringLiteral("force"),
        QCoreApplication::translate("CheckCommand", "export: write the change set even when submitted fields have errors."));
    const QCommandLineOption noAssociated(
        QStringLiteral("no-associated-products"),
        QCoreApplication::translate("CheckCommand", "export: leave related products out (no AssociatedProducts)."));
    const QCommandLineOption baseline(
        QStringLiteral("baseline"),
        QCoreApplication::translate("CheckCommand",
                                    "export: write only what changed since ACCEPTED (a DescribeEntity response, an "
                                    "earlier native file or change set) for the product ID."),
        QStringLiteral("ACCEPTED"));
    const QCommandLineOption full(
        QStringLiteral("full"),
        QCoreApplication::translate("CheckCommand", "export: send every field, even for a draft that remembers its "
                                                    "accepted version."));
    parser.addOptions({help, version, output, detailsString, force, noAssociated, baseline, full, format, listRules,
                       warningsAsErrors, html, pdf});
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("CheckCommand", "Listings to load."),
                                 QStringLiteral("[export|convert|schema|report|diff] FILE..."));

    if (!parser.parse(arguments)) {
        print(err, QStringLiteral("proserv-check: %1\n%2").arg(parser.errorText(), usage()));
        return ExitUnreadable;
    }
    if (parser.isSet(help)) {
        print(out, usage() + QLatin1Char('\n') + parser.helpText().section(QLatin1Char('\n'), 2));
        return ExitOk;
    }
    if (parser.isSet(version)) {
        print(out, QStringLiteral("proserv-check %1\n").arg(QStringLiteral(PROSERV_VERSION)));
        return ExitOk;
    }

    const QString formatName = parser.value(format);
    if (parser.isSet(listRules)) {
        if (formatName == QLatin1String("markdown"))
            print(out, ruleCatalogueMarkdown());
        else
            print(out, formatRuleList());
        return ExitOk;
    }
    if (formatName != QLatin1String("text") && formatName != QLatin1String("json") && formatName != QLatin1String("sarif")) {
        print(err, QCoreApplication::translate("CheckCommand", "proserv-check: unknown format \"%1\"; use text, json or sarif\n").arg(formatName));
        return ExitUnreadable;
    }

    QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        print(err, QCoreApplication::translate("CheckCommand", "proserv-check: no input file\n%1").arg(usage()));
        return ExitUnreadable;
    }

    const QString command = files.first();
    if (command == QLatin1String("report"))
        return runReport(files.mid(1), parser.value(html), parser.value(pdf), out, err);
    if (command == QLatin1String("diff")) {
        if (files.size() != 3) {
            print(err, QCoreApplication::translate("CheckCommand", "proserv-check diff: needs OLD and NEW\n"));
            return ExitUnreadable;
        }
        const LoadOutcome before = loadInput(files[1]);
        const LoadOutcome after = loadInput(files[2]);
        if (!before.ok() || !after.ok()) {
            printLoadErrors(before.errors, err);
            printLoadErrors(after.errors, err);
            return ExitUnreadable;
        }
        const auto changes = diffListings(before.document->listing, after.document->listing);
        // Each version judged as what it is: a submitted file as a submission.
        auto judged = [](const LoadedDocument& doc, const QString& path) {
            return validateListing(doc.listing, contextFor(doc, path.toStdString()));
        };
        const FindingDiff findings = diffFindings(judged(*before.document, files[1]), judged(*after.document, files[2]));
        print(out, formatName == QLatin1String("json") ? formatDiffJson(changes, findings) : formatDiffText(changes, findings));
        return ExitOk;
    }
    if (command == QLatin1String("schema")) {
        if (files.size() != 1 || !parser.isSet(output)) {
            print(err, QCoreApplication::translate("CheckCommand", "proserv-check schema: needs -o OUT and no FILE\n"));
            return ExitUnreadable;
        }
        return writeOutput(parser.value(output), nativeJsonSchema().dump(2) + "\n", out, err);
    }
    if (command == QLatin1String("export") || command == QLatin1String("convert")) {
        files.removeFirst();
        if (files.size() != 1 || !parser.isSet(output)) {
            print(err, QCoreApplication::translate("CheckCommand", "proserv-check %1: needs exactly one FILE and -o OUT\n").arg(command));
            return ExitUnreadable;
        }
        const LoadOutcome outcome = loadInput(files.first());
        if (!outcome.ok()) {
            printLoadErrors(outcome.errors, err);
            return ExitUnreadable;
        }
        printLoadErrors(outcome.document->notices, err);
        if (command == QLatin1String("export")) {
            LoadedDocument doc = *outcome.document;
            if (parser.isSet(baseline) && !applyBaseline(parser.value(baseline), doc, err))
                return ExitUnreadable;
            ExportOptions options;
            options.stringifiedDetails = parser.isSet(detailsString);
            options.associatedProducts = !parser.isSet(noAssociated);
            options.fullListing = parser.isSet(full) && !parser.isSet(baseline);
            return runExport(files.first(), doc, parser.value(output), options, parser.isSet(force), out, err);
        }
        return writeOutput(parser.value(output), serializeNative(outcome.document->listing), out, err);
    }

    const OutputFormat outputFormat = formatName == QLatin1String("json")    ? OutputFormat::Json
                                      : formatName == QLatin1String("sarif") ? OutputFormat::Sarif
                                                                             : OutputFormat::Text;
    return checkFiles(files, outputFormat, parser.isSet(warningsAsErrors), out, err);
}

} // namespace proserv
