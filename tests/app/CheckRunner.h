// Runs proserv-check in-process (for exit codes and output) or as a child
// process (for standard input).
#pragma once

#include "app/CheckCommand.h"
#include "qtsupport/Translation.h"

#include "ProcessRunner.h"

#include <QString>
#include <QStringList>

#include <cstdio>

namespace proserv::test {

struct CheckRun {
    int status = -1;
    QString out;
    QString err;
};

inline QString drainTemporaryFile(std::FILE* file)
{
    std::rewind(file);
    QByteArray bytes;
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0)
        bytes.append(buffer, static_cast<qsizetype>(n));
    std::fclose(file);
    return QString::fromUtf8(bytes);
}

inline CheckRun check(QStringList arguments)
{
    arguments.prepend(QStringLiteral("proserv-check"));
    installTranslations(QLocale::system()); // as check_main.cpp does
    std::FILE* out = std::tmpfile();
    std::FILE* err = std::tmpfile();
    CheckRun run;
    run.status = runCheckCommand(arguments, out, err);
    run.out = drainTemporaryFile(out);
    run.err = drainTemporaryFile(err);
    return run;
}

inline CheckRun checkWithInput(const QStringList& arguments, const QByteArray& input)
{
    ProgramOptions options;
    options.input = input;
    const ProgramRun run = runProgram(QStringLiteral(PROSERV_CHECK_BINARY), arguments, options);
    return {run.status, run.outText(), run.errText()};
}

} // namespace proserv::test
