#include "app/CheckCommand.h"
#include "model/LogoPath.h"

#include "model/AcceptedVersion.h"

#include "app/CheckOptions.h"
#include "app/DiffReport.h"
#include "app/FindingReport.h"
#include "app/OrderedParallel.h"
#include "model/ChangeSetExport.h"
#include "model/DocumentLoader.h"
#include "model/PrintableText.h"
#include "model/NativeFormat.h"
#include "model/NativeSchema.h"
#include "model/OfferExport.h"
#include "model/OfferFormat.h"
#include "model/ReviewComments.h"
#include "model/SubmissionFields.h"
#include "qtsupport/AtomicFile.h"
#include "qtsupport/ReviewReport.h"
#include "qtsupport/FieldNames.h"
#include "qtsupport/FileNames.h"
#include "qtsupport/Translation.h"
#include "validation/CivilDate.h"
#include "validation/ExportPlan.h"
#include "validation/OfferValidator.h"
#include "validation/RuleCatalogue.h"
#include "validation/Validator.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <ctime>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace proserv {

namespace {

// Messages for a terminal: whatever a file or its name put into them (a
// name with "\x1b[2J", an accepted version's source) is shown escaped, the
// message's own line breaks kept. Output that is a document (JSON, SARIF,
// HTML, an exported change set) goes through the std::string overload as it is.
void print(std::FILE* stream, const QString& text)
{
    const QByteArray bytes = displayFileName(text).toUtf8();
    const std::string safe = printableLines(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    std::fwrite(safe.data(), 1, safe.size(), stream);
}

void print(std::FILE* stream, const std::string& text)
{
    std::fwrite(text.data(), 1, text.size(), stream);
}

bool standardInputClosed = false;

// The standard input's text, read once: a listing that turns out to be an
// offer is parsed again from it.
std::string standardInputText;

LoadOutcome loadInput(const QString& name)
{
    if (name != QLatin1String("-"))
        return loadDocumentFile(fileNameBytes(name));
    // A closed standard input or a folder is not an empty file: say which.
    struct stat input { };
    const bool closed = standardInputClosed || ::fstat(STDIN_FILENO, &input) != 0;
    if (closed || S_ISDIR(input.st_mode)) {
        LoadOutcome outcome;
        outcome.errors.push_back({"-", {}, {},
            closed ? EngineText::tr("standard input is closed; give a file name or pipe a listing in")
                   : EngineText::tr("standard input is a folder, not a listing")});
        return outcome;
    }
    std::string& text = standardInputText;
    char buffer[65536];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0) {
        text.append(buffer, n);
        if (text.size() > kMaxDocumentBytes) {
            LoadOutcome outcome;
            outcome.errors.push_back(
                {"-", {}, {}, EngineText::tr("standard input exceeds the size limit for listings")});
            return outcome;
        }
    }
    return loadDocumentText(text, "-");
}

// A file loadInput() refused as a private offer, read as one.
OfferLoadOutcome loadOfferInput(const QString& name)
{
    return name == QLatin1String("-") ? loadOfferText(standardInputText, "-") : loadOfferFile(fileNameBytes(name));
}

// What the offer rules are judged with: the product (--product) and the date
// (--today, else today in UTC), prepared once for every file.
struct OfferSetup {
    std::optional<LoadedDocument> product;
    std::string productName;
    std::string today;
    OfferContext context() const
    {
        OfferContext context;
        context.today = today;
        context.product = product ? &product->listing : nullptr;
        context.productSource = productName;
        return context;
    }
};

std::string todayUtc()
{
    const std::time_t now = std::time(nullptr);
    std::tm utc {};
    gmtime_r(&now, &utc);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &utc);
    return text;
}

// False (with the reason on standard error) when --product or --today cannot be used.
bool prepareOfferSetup(const CheckArguments& args, OfferSetup& setup, std::FILE* err);

// The findings of an offer, each with its place in the file.
FileReport reportForOffer(const QString& name, const LoadedOffer& offer, const OfferSetup& setup)
{
    FileReport report;
    report.file = fileNameBytes(name);
    report.findings = validateOffer(offer.offer, setup.context());
    for (const Finding& f : report.findings) {
        report.positions.push_back(offer.positionOfField(f.pointer));
        report.filePointers.push_back(offer.filePointerOf(f.pointer));
    }
    return report;
}

// One line per load error, as standard error shows them.
QString loadErrorLines(const std::vector<LoadError>& errors)
{
    QString lines;
    for (const LoadError& error : errors)
        lines += translated(error) + QLatin1Char('\n');
    return lines;
}

void printLoadErrors(const std::vector<LoadError>& errors, std::FILE* err)
{
    print(err, loadErrorLines(errors));
}

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
    report.file = fileNameBytes(name);
    report.findings = validateListing(doc.listing, contextFor(doc, report.file));
    for (const Finding& f : report.findings) {
        // In a submitted file, the key in its DetailsDocument (or its Details string).
        report.positions.push_back(doc.positionOfField(f.pointer));
        report.filePointers.push_back(doc.filePointerOf(f.pointer));
    }
    return report;
}

FileReport checkOne(const QString& name, const LoadOutcome& outcome, const OfferSetup& setup)
{
    if (outcome.ok())
        return reportFor(name, *outcome.document);
    FileReport report;
    report.file = fileNameBytes(name);
    if (outcome.isOffer) {
        const OfferLoadOutcome offer = loadOfferInput(name);
        if (offer.ok())
            return reportForOffer(name, *offer.document, setup);
        report.loadErrors = offer.errors;
        return report;
    }
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

CheckedFile checkAndFormat(const QString& name, OutputFormat format, bool first, const OfferSetup& setup)
{
    CheckedFile checked;
    FileReport report = checkOne(name, loadInput(name), setup);
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
int checkFiles(const QStringList& files, OutputFormat format, bool warningsAsErrors, const OfferSetup& setup,
    std::FILE* out, std::FILE* err)
{
    int unreadable = 0;
    bool failing = false;
    FindingCounts totals;
    std::vector<FileReport> sarifReports;
    if (format == OutputFormat::Json)
        print(out, formatJsonOpening());
    runInOrder<CheckedFile>(
        static_cast<std::size_t>(files.size()),
        [&](std::size_t i) { return checkAndFormat(files[static_cast<qsizetype>(i)], format, i == 0, setup); },
        [&](std::size_t, CheckedFile checked) {
            print(err, checked.err);
            print(out, checked.out);
            unreadable += checked.unreadable ? 1 : 0;
            failing = failing || checked.counts.errors > 0 || (warningsAsErrors && checked.counts.warnings > 0);
            totals += checked.counts;
            if (format == OutputFormat::Sarif)
                sarifReports.push_back(std::move(checked.report));
        });
    switch (format) {
    case OutputFormat::Text:
        print(out, formatHumanSummary(totals, static_cast<int>(files.size()) - unreadable, unreadable));
        break;
    case OutputFormat::Json: print(out, formatJsonClosing(!files.isEmpty())); break;
    case OutputFormat::Sarif: print(out, formatSarif(sarifReports)); break;
    }
    return unreadable > 0 ? ExitUnreadable : failing ? ExitFindings : ExitOk;
}

int writeOutput(const QString& target, const std::string& bytes, std::FILE* out, std::FILE* err);

int runReport(const CheckArguments& args, std::FILE* out, std::FILE* err)
{
    const QStringList& files = args.files;
    const QString& htmlPath = args.html;
    const QString& pdfPath = args.pdf;
    if (files.size() != 1 || (htmlPath.isEmpty() && pdfPath.isEmpty())) {
        print(err,
            QCoreApplication::translate(
                "CheckCommand", "proserv-check report: needs one FILE and --html OUT and/or --pdf OUT\n"));
        return ExitUnreadable;
    }
    const LoadOutcome outcome = loadInput(files.first());
    // An offer's report: its own key facts, judged with --product and --today.
    std::optional<OfferLoadOutcome> offer;
    if (outcome.isOffer)
        offer = loadOfferInput(files.first());
    if (offer ? !offer->ok() : !outcome.ok()) {
        printLoadErrors(offer ? offer->errors : outcome.errors, err);
        return ExitUnreadable;
    }
    OfferSetup setup;
    if (!prepareOfferSetup(args, setup, err))
        return ExitUnreadable;
    // "-" is standard input, which has no review sidecar next to it (never "./-.review.json").
    std::vector<LoadError> sidecarErrors;
    const std::optional<ReviewSidecar> sidecar = files.first() == QLatin1String("-")
        ? std::optional<ReviewSidecar>(ReviewSidecar {})
        : loadSidecar(sidecarPathFor(fileNameBytes(files.first())), sidecarErrors);
    if (!sidecar) {
        printLoadErrors(sidecarErrors, err);
        return ExitUnreadable;
    }
    ReviewReportInput input;
    input.fileName = QFileInfo(files.first()).fileName();
    input.comments = sidecar->comments;
    if (offer) {
        input.offer = &offer->document->offer;
        input.findings = validateOffer(offer->document->offer, setup.context());
        input.submittedFile = offer->document->kind != DocumentKind::Native;
        input.positionOf = [&](const std::string& pointer) { return offer->document->positionOfField(pointer); };
    } else {
        input.listing = &outcome.document->listing;
        input.findings = validateListing(*input.listing, contextFor(*outcome.document, fileNameBytes(files.first())));
        input.submittedFile = outcome.document->isSubmission();
        input.positionOf = [&](const std::string& pointer) { return outcome.document->positionOfField(pointer); };
    }
    // "-" is standard output, as for every -o; the verdict then goes to standard error.
    if (htmlPath == QLatin1String("-") && pdfPath == QLatin1String("-")) {
        print(err,
            QCoreApplication::translate(
                "CheckCommand", "proserv-check report: only one of --html and --pdf can be \"-\"\n"));
        return ExitUnreadable;
    }
    if (!htmlPath.isEmpty())
        if (const int status = writeOutput(htmlPath, reviewReportHtml(input).toStdString(), out, err); status != ExitOk)
            return status;
    if (!pdfPath.isEmpty()) {
        const QByteArray pdf = reviewReportPdf(input);
        if (const int status
            = writeOutput(pdfPath, std::string(pdf.constData(), static_cast<std::size_t>(pdf.size())), out, err);
            status != ExitOk)
            return status;
    }
    const Verdict verdict = reviewVerdict(input);
    const bool toStandardOutput = htmlPath == QLatin1String("-") || pdfPath == QLatin1String("-");
    print(toStandardOutput ? err : out, verdict.text() + QLatin1Char('\n'));
    return verdict.ready ? ExitOk : ExitFindings;
}

// A listing or change set this program writes must be one it can read back:
// over the read cap, nothing is written and the old file stays.
int writeReadableOutput(const QString& target, const std::string& bytes, std::FILE* out, std::FILE* err)
{
    if (const std::optional<MessageText> tooLarge = tooLargeToReadBack(bytes.size())) {
        print(err, target + QStringLiteral(": error: ") + translated(*tooLarge) + QLatin1Char('\n'));
        return ExitUnreadable;
    }
    return writeOutput(target, bytes, out, err);
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

// The findings at `indices` (an ExportPlan's) with their positions.
FileReport selectedFindings(const FileReport& report, const std::vector<std::size_t>& indices)
{
    FileReport selected {report.file, {}, {}, {}, {}};
    for (std::size_t i : indices) {
        selected.findings.push_back(report.findings[i]);
        selected.positions.push_back(report.positions[i]);
        selected.filePointers.push_back(report.filePointers[i]);
    }
    return selected;
}

// `export`: the change set is what AWS Marketplace receives, so errors on
// submitted fields stop it (as the editor asks before it exports), and every
// filled-in field that stays behind is named on standard error.
// An export refused for its errors (listing or offer): the errors, and why nothing was written.
int refuseBlockedExport(const FileReport& report, const std::vector<std::size_t>& blocking, std::FILE* err)
{
    print(err, formatHuman({selectedFindings(report, blocking)}));
    const int errorCount = static_cast<int>(blocking.size()); // lupdate cannot read a cast inside translate()
    print(err,
        QCoreApplication::translate("CheckCommand",
            "proserv-check export: %n error(s) in submitted fields; "
            "nothing written (fix them, or use --force)\n",
            "", errorCount));
    return ExitFindings;
}

int runExport(const QString& file, const LoadedDocument& doc, const QString& target, const ExportOptions& options,
    bool force, std::FILE* out, std::FILE* err)
{
    const FileReport report = reportFor(file, doc);
    const ExportPlan plan = planExport(doc.listing, report.findings, options);
    if (plan.nothingToSend) {
        print(err,
            QCoreApplication::translate("CheckCommand",
                "%1: nothing changed since the accepted version (%2); "
                "nothing written\n")
                .arg(file, QString::fromStdString(doc.listing.accepted.source)));
        return ExitOk;
    }
    if (!plan.keptInDraft.empty()) {
        const int keptCount = static_cast<int>(plan.keptInDraft.size()); // lupdate cannot read a cast inside translate()
        print(err,
            QCoreApplication::translate("CheckCommand",
                "%1: %n filled-in field(s) stay in the draft and are not "
                "submitted:\n",
                "", keptCount)
                .arg(file));
        const char* reason = nullptr;
        for (const DraftOnlyValue& value : plan.keptInDraft) {
            if (value.destination->keptFor != reason) { // fields that matter in the same place, under one heading
                reason = value.destination->keptFor;
                print(err, QStringLiteral("  %1\n").arg(translatedSource(reason)));
            }
            print(err,
                QStringLiteral("    %1 [%2]\n")
                    .arg(fieldNameForPeople(value.pointer), QString::fromStdString(value.pointer)));
        }
    }
    if (!plan.blocking.empty() && !force) {
        return refuseBlockedExport(report, plan.blocking, err);
    }
    if (!plan.said.empty())
        print(err, formatHuman({selectedFindings(report, plan.said)}));
    if (plan.tooLarge) {
        print(err, target + QStringLiteral(": error: ") + translated(*plan.tooLarge) + QLatin1Char('\n'));
        return ExitUnreadable;
    }
    return writeOutput(target, plan.text, out, err);
}

// `--baseline`: the accepted version the export is an update against.
bool applyBaseline(const QString& baselinePath, LoadedDocument& doc, std::FILE* err)
{
    const LoadOutcome baseline = loadInput(baselinePath);
    if (!baseline.ok()) {
        printLoadErrors(baseline.errors, err);
        return false;
    }
    doc.listing.accepted = acceptedVersionOf(baseline.document->listing, fileNameBytes(baselinePath));
    if (!exportsAsUpdate(doc.listing)) { // neither names the product
        print(err,
            QCoreApplication::translate("CheckCommand",
                "proserv-check export: neither the draft nor the baseline "
                "%1 names a product ID; an update needs one\n")
                .arg(baselinePath));
        return false;
    }
    return true;
}

} // namespace

namespace {

// diff for two versions of an offer, each judged with --product and --today.
int runOfferDiff(const CheckArguments& args, bool bothOffers, std::FILE* out, std::FILE* err)
{
    if (!bothOffers) {
        print(err,
            QCoreApplication::translate("CheckCommand",
                "proserv-check diff: %1 is a private offer and %2 is not; compare an offer with an offer\n")
                .arg(args.files[0], args.files[1]));
        return ExitUnreadable;
    }
    const OfferLoadOutcome before = loadOfferInput(args.files[0]);
    const OfferLoadOutcome after = loadOfferInput(args.files[1]);
    if (!before.ok() || !after.ok()) {
        printLoadErrors(before.errors, err);
        printLoadErrors(after.errors, err);
        return ExitUnreadable;
    }
    OfferSetup setup;
    if (!prepareOfferSetup(args, setup, err))
        return ExitUnreadable;
    const auto changes = diffOffers(before.document->offer, after.document->offer);
    const FindingDiff findings = diffFindings(validateOffer(before.document->offer, setup.context()),
        validateOffer(after.document->offer, setup.context()));
    const Json beforeJson = offerToNativeJson(before.document->offer);
    const Json afterJson = offerToNativeJson(after.document->offer);
    print(out,
        args.format == QLatin1String("json") ? formatDiffJson(changes, findings)
                                             : formatDiffText(changes, findings, &beforeJson, &afterJson));
    return ExitOk;
}

int runDiff(const CheckArguments& args, std::FILE* out, std::FILE* err)
{
    if (args.files.size() != 2) {
        print(err, QCoreApplication::translate("CheckCommand", "proserv-check diff: needs OLD and NEW\n"));
        return ExitUnreadable;
    }
    if (args.format != QLatin1String("text") && args.format != QLatin1String("json")) {
        print(err,
            QCoreApplication::translate("CheckCommand", "proserv-check diff: unknown format \"%1\"; use text or json\n")
                .arg(args.format));
        return ExitUnreadable;
    }
    const LoadOutcome before = loadInput(args.files[0]);
    const LoadOutcome after = loadInput(args.files[1]);
    if (before.isOffer || after.isOffer)
        return runOfferDiff(args, before.isOffer && after.isOffer, out, err);
    if (!before.ok() || !after.ok()) {
        printLoadErrors(before.errors, err);
        printLoadErrors(after.errors, err);
        return ExitUnreadable;
    }
    const auto changes = diffListings(before.document->listing, after.document->listing);
    // Each version judged as what it is: a submitted file as a submission.
    auto judged = [](const LoadedDocument& doc, const QString& path) {
        return validateListing(doc.listing, contextFor(doc, fileNameBytes(path)));
    };
    const FindingDiff findings
        = diffFindings(judged(*before.document, args.files[0]), judged(*after.document, args.files[1]));
    const Json beforeJson = toNativeJson(before.document->listing);
    const Json afterJson = toNativeJson(after.document->listing);
    print(out,
        args.format == QLatin1String("json") ? formatDiffJson(changes, findings)
                                             : formatDiffText(changes, findings, &beforeJson, &afterJson));
    return ExitOk;
}

bool prepareOfferSetup(const CheckArguments& args, OfferSetup& setup, std::FILE* err)
{
    setup.today = args.today.isEmpty() ? todayUtc() : args.today.toStdString();
    if (!parseCivilDate(setup.today)) {
        print(err,
            QCoreApplication::translate("CheckCommand", "proserv-check: --today \"%1\" is not a date (YYYY-MM-DD)\n")
                .arg(args.today));
        return false;
    }
    if (args.product.isEmpty())
        return true;
    const LoadOutcome product = loadDocumentFile(fileNameBytes(args.product));
    if (!product.ok()) {
        printLoadErrors(product.errors, err);
        return false;
    }
    setup.product = product.document;
    setup.productName = fileNameBytes(QFileInfo(args.product).fileName());
    return true;
}

// export and convert for an offer: its own change set (never mixed into a
// product's), refused while the offer has errors; convert writes it canonically.
int runOfferExportOrConvert(const CheckArguments& args, std::FILE* out, std::FILE* err)
{
    const QString& file = args.files.first();
    const OfferLoadOutcome offer = loadOfferInput(file);
    if (!offer.ok()) {
        printLoadErrors(offer.errors, err);
        return ExitUnreadable;
    }
    if (args.command == Subcommand::Convert)
        return writeReadableOutput(args.output, serializeOffer(offer.document->offer), out, err);
    if (!args.baseline.isEmpty() || args.full || args.detailsString || args.noAssociatedProducts) {
        print(err,
            QCoreApplication::translate("CheckCommand",
                "proserv-check export: --baseline, --full, --details-string and --no-associated-products are for "
                "listings, not offers\n"));
        return ExitUnreadable;
    }
    OfferSetup setup;
    if (!prepareOfferSetup(args, setup, err))
        return ExitUnreadable;
    const FileReport report = reportForOffer(file, *offer.document, setup);
    std::vector<std::size_t> blocking;
    for (std::size_t i = 0; i < report.findings.size(); ++i)
        if (report.findings[i].severity == Severity::Error)
            blocking.push_back(i);
    if (!blocking.empty() && !args.force) {
        return refuseBlockedExport(report, blocking, err);
    }
    const Json request = exportOfferChangeSet(offer.document->offer);
    if (request.value("ChangeSet", Json::array()).empty()) { // an offer AWS holds, unchanged
        print(err,
            QCoreApplication::translate("CheckCommand",
                "%1: offer %2 is as AWS Marketplace holds it; nothing written\n")
                .arg(file, QString::fromStdString(offer.document->offer.offer.offerId)));
        return ExitOk;
    }
    return writeReadableOutput(args.output, serializeRequest(request), out, err);
}

int runExportOrConvert(const CheckArguments& args, std::FILE* out, std::FILE* err)
{
    if (args.files.size() != 1 || !args.outputSet) {
        print(err,
            QCoreApplication::translate("CheckCommand", "proserv-check %1: needs exactly one FILE and -o OUT\n")
                .arg(args.commandName));
        return ExitUnreadable;
    }
    if (args.full && !args.baseline.isEmpty()) {
        print(err,
            QCoreApplication::translate("CheckCommand",
                "proserv-check export: --baseline and --full exclude each "
                "other (an update against ACCEPTED, or every field)\n"));
        return ExitUnreadable;
    }
    const LoadOutcome outcome = loadInput(args.files.first());
    if (outcome.isOffer)
        return runOfferExportOrConvert(args, out, err);
    if (!outcome.ok()) {
        printLoadErrors(outcome.errors, err);
        return ExitUnreadable;
    }
    printLoadErrors(outcome.document->notices, err);
    if (args.command == Subcommand::Convert) {
        // A local logo keeps pointing at the same image from the new file's
        // folder (relative when inside its tree; standard output: the input's).
        Listing converted = outcome.document->listing;
        const std::string input = fileNameBytes(args.files.first());
        const std::string target = args.output == QLatin1String("-") ? input : args.output.toStdString();
        converted.product.logoFile = logoPathFor(converted.product.logoFile, input, target);
        return writeReadableOutput(args.output, serializeNative(converted), out, err);
    }
    LoadedDocument doc = *outcome.document;
    if (!args.baseline.isEmpty() && !applyBaseline(args.baseline, doc, err))
        return ExitUnreadable;
    ExportOptions options;
    options.stringifiedDetails = args.detailsString;
    options.associatedProducts = !args.noAssociatedProducts;
    options.fullListing = args.full;
    return runExport(args.files.first(), doc, args.output, options, args.force, out, err);
}

int runCheck(const CheckArguments& args, std::FILE* out, std::FILE* err)
{
    if (args.listRules) {
        if (!args.files.isEmpty() || args.warningsAsErrors) {
            print(err,
                QCoreApplication::translate("CheckCommand",
                    "proserv-check --list-rules: takes no FILE and only "
                    "--format text or markdown\n"));
            return ExitUnreadable;
        }
        if (args.format == QLatin1String("markdown")) {
            print(out, ruleCatalogueMarkdown());
            return ExitOk;
        }
        if (args.format != QLatin1String("text")) {
            print(err,
                QCoreApplication::translate("CheckCommand",
                    "proserv-check --list-rules: unknown format \"%1\"; use "
                    "text or markdown\n")
                    .arg(args.format));
            return ExitUnreadable;
        }
        print(out, formatRuleList());
        return ExitOk;
    }
    const QString& name = args.format;
    if (name != QLatin1String("text") && name != QLatin1String("json") && name != QLatin1String("sarif")) {
        print(err,
            QCoreApplication::translate(
                "CheckCommand", "proserv-check: unknown format \"%1\"; use text, json or sarif\n")
                .arg(name));
        return ExitUnreadable;
    }
    if (args.files.isEmpty()) {
        print(err, QCoreApplication::translate("CheckCommand", "proserv-check: no input file\n%1").arg(checkUsage()));
        return ExitUnreadable;
    }
    const OutputFormat format = name == QLatin1String("json") ? OutputFormat::Json
        : name == QLatin1String("sarif")                      ? OutputFormat::Sarif
                                                              : OutputFormat::Text;
    OfferSetup setup;
    if (!prepareOfferSetup(args, setup, err))
        return ExitUnreadable;
    return checkFiles(args.files, format, args.warningsAsErrors, setup, out, err);
}

} // namespace

void markStandardInputClosed()
{
    standardInputClosed = true;
}

int runCheckCommand(const QStringList& arguments, std::FILE* out, std::FILE* err)
{
    const CheckArguments args = parseCheckArguments(arguments);
    if (!args.error.isEmpty()) {
        print(err, args.error);
        return ExitUnreadable;
    }
    if (args.help) {
        print(out, args.helpText);
        return ExitOk;
    }
    if (args.version) {
        print(out, QStringLiteral("proserv-check %1\n").arg(QStringLiteral(PROSERV_VERSION)));
        return ExitOk;
    }
    switch (args.command) {
    case Subcommand::Report: return runReport(args, out, err);
    case Subcommand::Diff: return runDiff(args, out, err);
    case Subcommand::Schema:
        if (!args.files.isEmpty() || !args.outputSet) {
            print(err, QCoreApplication::translate("CheckCommand", "proserv-check schema: needs -o OUT and no FILE\n"));
            return ExitUnreadable;
        }
        return writeOutput(
            args.output, (args.offerSchema ? offerJsonSchema() : nativeJsonSchema()).dump(2) + "\n", out, err);
    case Subcommand::Export:
    case Subcommand::Convert: return runExportOrConvert(args, out, err);
    case Subcommand::Check: break;
    }
    return runCheck(args, out, err);
}

} // namespace proserv
