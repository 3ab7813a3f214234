#include "app/CheckCommand.h"

#include "app/AtomicFile.h"
#include "model/ChangeSetExport.h"
#include "model/DocumentLoader.h"
#include "model/NativeFormat.h"
#include "model/NativeSchema.h"

#include <QCommandLineParser>

#include <string>

namespace proserv {

namespace {

const char* const kUsage = R"(Usage:
  proserv-check [options] FILE...            load and check listings ("-" = standard input)
  proserv-check export FILE -o OUT.json      write the StartChangeSet request for FILE
  proserv-check convert FILE -o OUT.proserv.json
                                             write FILE (native, change set or DescribeEntity
                                             response) as a native document in canonical form
  proserv-check schema -o OUT.schema.json    write the JSON Schema of the native document

FILE may be a native listing (*.proserv.json), a StartChangeSet request or a
DescribeEntity response. OUT may be "-" for standard output; files are written
atomically (all or nothing).

Exit status: 0 = every file loaded and no errors found, 1 = findings at error
severity, 2 = a file could not be read or loaded.
)";

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
            outcome.errors.push_back({"-", {}, {}, "standard input exceeds the size limit for listings"});
            return outcome;
        }
    }
    return loadDocumentText(text, "-");
}

void printLoadErrors(const LoadOutcome& outcome, std::FILE* err)
{
    for (const LoadError& error : outcome.errors)
        print(err, error.toString() + "\n");
}

std::string summarize(const QString& name, const LoadedDocument& doc)
{
    const Listing& l = doc.listing;
    std::string text = name.toStdString() + ": " + toString(doc.kind) + " \"" + l.product.title + "\" ("
                       + (l.product.productId.empty() ? "new product" : l.product.productId) + "; "
                       + std::to_string(l.pricing.dimensions.size()) + " pricing dimension(s), "
                       + std::to_string(l.product.categories.size()) + " categor"
                       + (l.product.categories.size() == 1 ? "y" : "ies") + ")\n";
    return text;
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

} // namespace

int runCheckCommand(const QStringList& arguments, std::FILE* out, std::FILE* err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Checks, converts and exports AWS Marketplace "
                                                    "professional services listings."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QStringLiteral("Show the version."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Where export/convert write (\"-\" = stdout)."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption detailsString(
        QStringLiteral("details-string"),
        QStringLiteral("export: write each change's details as a stringified \"Details\" member "
                       "(for AWS CLIs older than DetailsDocument support)."));
    parser.addOptions({help, version, output, detailsString});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Listings to load."),
                                 QStringLiteral("[export|convert|schema] FILE..."));

    if (!parser.parse(arguments)) {
        print(err, QStringLiteral("proserv-check: %1\n%2").arg(parser.errorText(), QString::fromUtf8(kUsage)));
        return ExitUnreadable;
    }
    if (parser.isSet(help)) {
        print(out, QString::fromUtf8(kUsage) + QLatin1Char('\n') + parser.helpText().section(QLatin1Char('\n'), 2));
        return ExitOk;
    }
    if (parser.isSet(version)) {
        print(out, QStringLiteral("proserv-check %1\n").arg(QStringLiteral(PROSERV_VERSION)));
        return ExitOk;
    }

    QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        print(err, QStringLiteral("proserv-check: no input file\n%1").arg(QString::fromUtf8(kUsage)));
        return ExitUnreadable;
    }

    const QString command = files.first();
    if (command == QLatin1String("schema")) {
        if (files.size() != 1 || !parser.isSet(output)) {
            print(err, QStringLiteral("proserv-check schema: needs -o OUT and no FILE\n"));
            return ExitUnreadable;
        }
        return writeOutput(parser.value(output), nativeJsonSchema().dump(2) + "\n", out, err);
    }
    if (command == QLatin1String("export") || command == QLatin1String("convert")) {
        files.removeFirst();
        if (files.size() != 1 || !parser.isSet(output)) {
            print(err, QStringLiteral("proserv-check %1: needs exactly one FILE and -o OUT\n").arg(command));
            return ExitUnreadable;
        }
        const LoadOutcome outcome = loadInput(files.first());
        if (!outcome.ok()) {
            printLoadErrors(outcome, err);
            return ExitUnreadable;
        }
        const Listing& listing = outcome.document->listing;
        const std::string bytes = command == QLatin1String("export")
                                      ? serializeChangeSet(listing, {parser.isSet(detailsString)})
                                      : serializeNative(listing);
        return writeOutput(parser.value(output), bytes, out, err);
    }

    int status = ExitOk;
    for (const QString& file : files) {
        const LoadOutcome outcome = loadInput(file);
        if (!outcome.ok()) {
            printLoadErrors(outcome, err);
            status = ExitUnreadable;
            continue;
        }
        print(out, summarize(file, *outcome.document));
    }
    return status;
}

} // namespace proserv
