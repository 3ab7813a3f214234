// proserv-check: loads, checks, converts and exports listings from the
// command line. Kept apart from main() so tests can run it in-process.
#pragma once

#include <QStringList>

#include <cstdio>

namespace proserv {

// Exit codes, documented in --help.
enum ExitCode { ExitOk = 0, ExitFindings = 1, ExitUnreadable = 2 };

// `arguments` includes the program name, as QCoreApplication::arguments() does.
// Standard input was already closed when the program started (checked in
// main() before anything can reuse descriptor 0): "-" says so.
void markStandardInputClosed();

int runCheckCommand(const QStringList& arguments, std::FILE* out = stdout, std::FILE* err = stderr);

} // namespace proserv
