// proserv-check's three output formats for findings: compiler-style text,
// JSON (docs/check-output.md) and SARIF 2.1.0.
#pragma once

#include "model/DocumentLoader.h"
#include "validation/Finding.h"
#include "validation/Validator.h"

#include <string>
#include <vector>

namespace proserv {

// What checking one input produced.
struct FileReport {
    std::string file;
    std::vector<LoadError> loadErrors; // non-empty = the file could not be loaded
    std::vector<Finding> findings;
    std::vector<TextPosition> positions; // per finding; unknown when the input has no such field
    std::vector<std::string> filePointers; // per finding: where in the file read ("" = not in it)
};

std::string formatHuman(const std::vector<FileReport>& reports);

// Text and JSON one file at a time, for writing each file's part as soon as
// it is checked: formatHumanFindings of every file, then formatHumanSummary,
// are formatHuman; formatJsonOpening, formatJsonFile of every file and
// formatJsonClosing are the JSON report (docs/check-output.md).
std::string formatHumanFindings(const FileReport& report); // its lines
// The closing line, counting only the files that were read: "" when none was
// (a file that could not be opened has no findings to sum up), and naming the
// files left unchecked when some were not.
std::string formatHumanSummary(const FindingCounts& totals, int checkedFiles = 1, int unreadableFiles = 0);
std::string formatJsonOpening();
std::string formatJsonFile(const FileReport& report, bool first); // one member of "files"
std::string formatJsonClosing(bool anyFile);
std::string formatSarif(const std::vector<FileReport>& reports);

// "proserv-check --list-rules": one rule a line.
std::string formatRuleList();

} // namespace proserv
