// proserv-check's three output formats for findings: compiler-style text,
// JSON (docs/check-output.md) and SARIF 2.1.0.
#pragma once

#include "model/DocumentLoader.h"
#include "validation/Finding.h"

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
std::string formatJson(const std::vector<FileReport>& reports);
std::string formatSarif(const std::vector<FileReport>& reports);

// "proserv-check --list-rules": one rule a line.
std::string formatRuleList();

} // namespace proserv
