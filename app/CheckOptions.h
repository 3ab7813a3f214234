// The command line of proserv-check: which subcommand runs, and the options
// that subcommand accepts. Each subcommand has its own parser and its own
// --help; an option that belongs to another subcommand is an error there
// (exit 2), never silently ignored (`diff A B --pdf x.pdf` writes no PDF, so
// it must not exit 0 as if it had).
#pragma once

#include <QString>
#include <QStringList>

namespace proserv {

enum class Subcommand { Check, Export, Convert, Schema, Report, Diff };

struct CheckArguments {
    Subcommand command = Subcommand::Check;
    QString commandName; // "export", …; empty for the plain check
    QStringList files; // positional arguments after the subcommand
    QString output; // -o
    QString format; // --format (default "text")
    QString html, pdf; // report
    QString baseline; // export --baseline
    QString product; // --product: the product an offer is checked against
    QString today; // --today YYYY-MM-DD: the date offer rules judge against (default: today, UTC)
    bool outputSet = false;
    bool detailsString = false, force = false, noAssociatedProducts = false, full = false;
    bool listRules = false, warningsAsErrors = false;
    bool offerSchema = false; // schema --offer
    bool help = false, version = false;
    QString helpText; // what --help prints, when help is set
    QString error; // why the command line was refused (exit 2), or empty
};

// `arguments` includes the program name. A subcommand is the first argument
// after it (`proserv-check export FILE -o OUT`); anything else is a check.
CheckArguments parseCheckArguments(const QStringList& arguments);

// The whole usage text (every subcommand), as `proserv-check --help` prints it.
QString checkUsage();

} // namespace proserv
