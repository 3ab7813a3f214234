#include "app/CheckOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QtCore/qcoreapplication.h>

#include <vector>

namespace proserv {

namespace {

// The messages share the context of the rest of proserv-check's words.
struct CheckText {
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

// A message marked with QT_TRANSLATE_NOOP, in the user's language.
QString translated(const char* source)
{
    return QCoreApplication::translate("CheckCommand", source);
}

// Every option of every subcommand, defined once; a subcommand picks its own
// by name from here.
QList<QCommandLineOption> everyOption()
{
    return {
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, CheckText::tr("Show this help.")),
        QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")}, CheckText::tr("Show the version.")),
        QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
            CheckText::tr("Where export/convert write (\"-\" = stdout)."), QStringLiteral("OUT")),
        QCommandLineOption(QStringLiteral("details-string"),
            CheckText::tr("export: write each change's details as a stringified \"Details\" member "
                          "(for AWS CLIs older than DetailsDocument support); AddDimensions and "
                          "UpdateDimensions keep DetailsDocument, since Details may only hold an object "
                          "and their details are arrays.")),
        QCommandLineOption(QStringLiteral("format"),
            CheckText::tr("Output format: text (default), json or sarif; with --list-rules: text or markdown."),
            QStringLiteral("FORMAT"), QStringLiteral("text")),
        QCommandLineOption(QStringLiteral("list-rules"), CheckText::tr("Print the rule catalogue.")),
        QCommandLineOption(
            QStringLiteral("warnings-as-errors"), CheckText::tr("Exit with 1 when there are warnings, too.")),
        QCommandLineOption(QStringLiteral("html"), CheckText::tr("report: write HTML to OUT."), QStringLiteral("OUT")),
        QCommandLineOption(QStringLiteral("pdf"), CheckText::tr("report: write PDF to OUT."), QStringLiteral("OUT")),
        QCommandLineOption(QStringLiteral("force"),
            CheckText::tr("export: write the change set even when submitted fields have errors.")),
        QCommandLineOption(QStringLiteral("no-associated-products"),
            CheckText::tr("export: leave related products out (no AssociatedProducts).")),
        QCommandLineOption(QStringLiteral("baseline"),
            CheckText::tr("export: write only what changed since ACCEPTED (a DescribeEntity response, an "
                          "earlier native file or change set) for the product ID."),
            QStringLiteral("ACCEPTED")),
        QCommandLineOption(QStringLiteral("product"),
            CheckText::tr("Offers: check against this product (a native listing or DescribeEntity response); its "
                          "dimensions win over the offer's copy."),
            QStringLiteral("LISTING")),
        QCommandLineOption(QStringLiteral("today"),
            CheckText::tr("Offers: judge dates as of this day (YYYY-MM-DD; default: today, UTC)."),
            QStringLiteral("DATE")),
        QCommandLineOption(QStringLiteral("offer"), CheckText::tr("schema: write the private offer's schema.")),
        QCommandLineOption(QStringLiteral("full"),
            CheckText::tr("export: send every field, even for a draft that remembers its accepted version.")),
    };
}

struct SubcommandSpec {
    Subcommand command;
    const char* name; // as typed; "" for the plain check
    const char* synopsis; // the usage line after "proserv-check"
    const char* summary;
    QStringList options; // long names from everyOption()
};

const std::vector<SubcommandSpec>& subcommands()
{
    static const std::vector<SubcommandSpec> specs = {
        {Subcommand::Check, "",
            QT_TRANSLATE_NOOP("CheckCommand", "[--format text|json|sarif] [--warnings-as-errors] FILE..."),
            QT_TRANSLATE_NOOP("CheckCommand", "Check listings against the guidelines (\"-\" = standard input)."),
            {QStringLiteral("help"), QStringLiteral("version"), QStringLiteral("format"), QStringLiteral("list-rules"),
                QStringLiteral("warnings-as-errors"), QStringLiteral("product"), QStringLiteral("today")}},
        {Subcommand::Export, "export",
            QT_TRANSLATE_NOOP("CheckCommand", "export FILE -o OUT.json [--force] [--baseline ACCEPTED | --full]"),
            QT_TRANSLATE_NOOP("CheckCommand", "Write the StartChangeSet request for FILE."),
            {QStringLiteral("help"), QStringLiteral("output"), QStringLiteral("details-string"),
                QStringLiteral("force"), QStringLiteral("no-associated-products"), QStringLiteral("baseline"),
                QStringLiteral("full"), QStringLiteral("product"), QStringLiteral("today")}},
        {Subcommand::Convert, "convert", QT_TRANSLATE_NOOP("CheckCommand", "convert FILE -o OUT.proserv.json"),
            QT_TRANSLATE_NOOP("CheckCommand", "Write FILE as a native document in canonical form."),
            {QStringLiteral("help"), QStringLiteral("output")}},
        {Subcommand::Schema, "schema", QT_TRANSLATE_NOOP("CheckCommand", "schema [--offer] -o OUT.schema.json"),
            QT_TRANSLATE_NOOP("CheckCommand", "Write the JSON Schema of the native document (or of an offer)."),
            {QStringLiteral("help"), QStringLiteral("output"), QStringLiteral("offer")}},
        {Subcommand::Report, "report",
            QT_TRANSLATE_NOOP("CheckCommand", "report FILE [--html OUT.html] [--pdf OUT.pdf] [--product LISTING] [--today DATE]"),
            QT_TRANSLATE_NOOP("CheckCommand", "Write the review report of FILE."),
            {QStringLiteral("help"), QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("product"),
                QStringLiteral("today")}},
        {Subcommand::Diff, "diff", QT_TRANSLATE_NOOP("CheckCommand", "diff OLD NEW [--format text|json] [--product LISTING] [--today DATE]"),
            QT_TRANSLATE_NOOP(
                "CheckCommand", "What changed between two versions, and which findings appeared or were fixed."),
            {QStringLiteral("help"), QStringLiteral("format"), QStringLiteral("product"), QStringLiteral("today")}},
    };
    return specs;
}

const SubcommandSpec& specFor(const QStringList& arguments)
{
    const QString first = arguments.value(1);
    for (const SubcommandSpec& spec : subcommands())
        if (*spec.name != '\0' && first == QLatin1String(spec.name))
            return spec;
    return subcommands().front();
}

// The subcommand's own help: its usage line, what it does, its options.
QString subcommandHelp(const SubcommandSpec& spec, const QCommandLineParser& parser)
{
    // Skips the usage line, the one-line summary and the blank line after it.
    const QString options = parser.helpText().section(QLatin1Char('\n'), 3);
    return CheckText::tr("Usage: proserv-check %1").arg(translated(spec.synopsis)) + QLatin1String("\n\n")
        + translated(spec.summary) + QLatin1String("\n\n") + options;
}

} // namespace

QString checkUsage()
{
    // Translated as one message: its columns are part of the wording.
    return CheckText::tr(R"(Usage:
  proserv-check [options] FILE...            check listings and offers against the guidelines
                                             ("-" = stdin)
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
  proserv-check diff OLD NEW [--format json] what changed between two versions (listings
                                             or offers), and which findings appeared or
                                             were fixed

FILE may be a native listing (*.proserv.json), a StartChangeSet request, a
DescribeEntity response or a private offer (*.offer.json). Offers are checked
against --product LISTING when given (else the product dimensions stored in
the offer), with dates judged as of --today DATE (default: today, UTC), by
check, export, report and diff alike.
OUT may be "-" for standard output; files are written atomically (all or
nothing).

Findings are printed like compiler messages, sorted in form order, then a
summary line; --format json or sarif prints them as JSON or SARIF 2.1.0.

Exit status: 0 = every file loaded and no errors found, 1 = findings at error
severity (or warnings, with --warnings-as-errors), 2 = a file could not be read
or loaded.
)");
}

CheckArguments parseCheckArguments(const QStringList& arguments)
{
    const SubcommandSpec& spec = specFor(arguments);
    CheckArguments parsed;
    parsed.command = spec.command;
    parsed.commandName = QLatin1String(spec.name);

    QCommandLineParser parser;
    parser.setApplicationDescription(translated(spec.summary));
    for (const QCommandLineOption& option : everyOption())
        if (spec.options.contains(option.names().constLast()))
            parser.addOption(option);
    QStringList words = arguments;
    if (!parsed.commandName.isEmpty())
        words.removeAt(1); // the parser sees "proserv-check FILE -o OUT"
    const QString who = parsed.commandName.isEmpty() ? QStringLiteral("proserv-check")
                                                     : QStringLiteral("proserv-check ") + parsed.commandName;
    if (!parser.parse(words)) {
        parsed.error = QStringLiteral("%1: %2\n").arg(who, parser.errorText())
            + CheckText::tr("Run \"%1 --help\" for its options.\n").arg(who);
        return parsed;
    }
    auto has = [&](const char* name) {
        return spec.options.contains(QLatin1String(name)) && parser.isSet(QLatin1String(name));
    };
    auto value = [&](const char* name) {
        return spec.options.contains(QLatin1String(name)) ? parser.value(QLatin1String(name)) : QString();
    };
    parsed.help = has("help");
    if (parsed.help)
        parsed.helpText = spec.command == Subcommand::Check
            ? checkUsage() + QLatin1Char('\n') + parser.helpText().section(QLatin1Char('\n'), 2)
            : subcommandHelp(spec, parser);
    parsed.version = has("version");
    parsed.files = parser.positionalArguments();
    parsed.output = value("output");
    parsed.outputSet = has("output");
    parsed.format = spec.options.contains(QLatin1String("format")) ? parser.value(QStringLiteral("format"))
                                                                   : QStringLiteral("text");
    parsed.html = value("html");
    parsed.pdf = value("pdf");
    parsed.baseline = value("baseline");
    parsed.product = value("product");
    parsed.today = value("today");
    parsed.detailsString = has("details-string");
    parsed.force = has("force");
    parsed.noAssociatedProducts = has("no-associated-products");
    parsed.full = has("full");
    parsed.offerSchema = has("offer");
    parsed.listRules = has("list-rules");
    parsed.warningsAsErrors = has("warnings-as-errors");
    return parsed;
}

} // namespace proserv
