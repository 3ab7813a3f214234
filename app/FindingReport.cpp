#include "app/FindingReport.h"
#include "qtsupport/FieldNames.h"

#include "model/PrintableText.h"

#include "model/Listing.h"
#include "qtsupport/Translation.h"
#include "validation/RuleCatalogue.h"
#include "validation/Validator.h"

#include <QCoreApplication>

#include <filesystem>

namespace proserv {

namespace {

std::string location(const std::string& file, const TextPosition& pos)
{
    std::string text = file;
    if (pos.known())
        text += ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column);
    return text;
}

const char* sarifLevel(Severity s)
{
    switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "note";
    }
    return "error";
}

// SARIF artifact URIs are URI references: keep paths readable, escape the rest.
std::string uriReference(const std::string& path)
{
    static const char* kHex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : path) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/'
            || c == '.' || c == '-' || c == '_' || c == '~';
        if (plain) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

// Absolute paths become file:// URIs; relative ones stay relative to the
// working directory, declared as the SRCROOT base (SARIF §3.4.4).
Json artifactLocation(const std::string& path)
{
    if (!path.empty() && path[0] == '/')
        return {{"uri", "file://" + uriReference(path)}};
    return {{"uri", uriReference(path)}, {"uriBaseId", "SRCROOT"}};
}

} // namespace

std::string formatHumanFindings(const FileReport& r)
{
    std::string out;
    for (std::size_t i = 0; i < r.findings.size(); ++i) {
        const Finding& f = r.findings[i];
        // One line per finding, safe for a terminal: a message quoting the
        // listing ("…\x1b]0;…") or a key in the pointer is printed escaped.
        out += printableText(location(r.file, r.positions[i]) + ": " + severityName(f.severity).toStdString() + " "
                   + f.ruleId + ": " + translated(f.text).toStdString()
                   // The field as people name it, then its pointer for tools.
                   + (f.pointer.empty() ? ""
                                        : " \u2014 " + fieldNameForPeople(f.pointer).toStdString() + " [" + f.pointer + "]"))
            + "\n";
    }
    return out;
}

std::string formatHumanSummary(const FindingCounts& totals, int checkedFiles, int unreadableFiles)
{
    if (checkedFiles == 0)
        return {};
    QStringList counts
        = {severityCount(Severity::Error, totals.errors), severityCount(Severity::Warning, totals.warnings)};
    if (totals.infos > 0)
        counts << severityCount(Severity::Info, totals.infos);
    QString line = counts.join(QStringLiteral(", "));
    if (unreadableFiles > 0)
        line += QCoreApplication::translate("FindingReport", " in %n checked file(s)", "", checkedFiles)
            + QCoreApplication::translate("FindingReport", "; %n file(s) could not be read", "", unreadableFiles);
    return line.toStdString() + "\n";
}

std::string formatHuman(const std::vector<FileReport>& reports)
{
    std::string out;
    FindingCounts totals;
    for (const FileReport& r : reports) {
        out += formatHumanFindings(r);
        totals += countFindings(r.findings);
    }
    return out + formatHumanSummary(totals);
}

namespace {

Json jsonOfFile(const FileReport& r)
{
    Json file = {{"file", r.file}};
    if (!r.loadErrors.empty()) {
        Json errors = Json::array();
        for (const LoadError& e : r.loadErrors)
        {
            Json error = {{"message", e.message.toString()}, {"pointer", e.pointer}, {"line", e.position.line},
                {"column", e.position.column}};
            if (e.moreNotListed > 0)
                error["moreNotListed"] = e.moreNotListed; // the capped list keeps the whole count
            errors.push_back(std::move(error));
        }
        file["loadErrors"] = errors;
    }
    Json findings = Json::array();
    for (std::size_t i = 0; i < r.findings.size(); ++i) {
        const Finding& f = r.findings[i];
        Json item
            = {{"rule", f.ruleId}, {"severity", toString(f.severity)}, {"pointer", f.pointer}, {"message", f.message},
                {"guideline", f.guideline}, {"line", r.positions[i].line}, {"column", r.positions[i].column}};
        if (f.range)
            item["range"] = {{"begin", f.range->begin}, {"end", f.range->end}};
        if (i < r.filePointers.size() && r.filePointers[i] != f.pointer)
            item["filePointer"] = r.filePointers[i]; // a submitted file: the key in it
        findings.push_back(item);
    }
    file["findings"] = findings;
    return file;
}

} // namespace

// The layout is nlohmann's dump(2) of {"files": [...]}: each file's object is
// dumped on its own and indented by the two levels it sits at. (Strings are
// dumped with their line breaks escaped, so every '\n' is the layout's.)
std::string formatJsonOpening()
{
    return "{\n  \"files\": [";
}

std::string formatJsonFile(const FileReport& report, bool first)
{
    const std::string dumped = jsonOfFile(report).dump(2, ' ', false, Json::error_handler_t::replace);
    std::string out = first ? "\n    " : ",\n    ";
    out.reserve(dumped.size() + dumped.size() / 8);
    for (char c : dumped) {
        out += c;
        if (c == '\n')
            out += "    ";
    }
    return printableJson(std::move(out));
}

std::string formatJsonClosing(bool anyFile)
{
    return anyFile ? "\n  ]\n}\n" : "]\n}\n";
}

std::string formatSarif(const std::vector<FileReport>& reports)
{
    Json rules = Json::array();
    for (const RuleInfo& rule : ruleCatalogue())
        rules.push_back({{"id", rule.id}, {"shortDescription", {{"text", rule.description}}},
            {"defaultConfiguration", {{"level", sarifLevel(rule.severity)}}},
            {"properties", {{"guideline", rule.guideline}}}});
    auto ruleIndex = [](const std::string& id) {
        const auto& all = ruleCatalogue();
        for (std::size_t i = 0; i < all.size(); ++i)
            if (id == all[i].id)
                return static_cast<int>(i);
        return -1;
    };

    Json results = Json::array();
    Json notifications = Json::array();
    for (const FileReport& r : reports) {
        const bool onDisk = r.file != "-";
        for (const LoadError& e : r.loadErrors) {
            Json n = {{"level", "error"}, {"message", {{"text", e.toString()}}}};
            if (e.moreNotListed > 0)
                n["properties"] = {{"moreNotListed", e.moreNotListed}};
            if (onDisk) {
                Json physical = {{"artifactLocation", artifactLocation(r.file)}};
                if (e.position.known())
                    physical["region"] = {{"startLine", e.position.line}, {"startColumn", e.position.column}};
                n["locations"] = Json::array({{{"physicalLocation", physical}}});
            }
            notifications.push_back(n);
        }
        for (std::size_t i = 0; i < r.findings.size(); ++i) {
            const Finding& f = r.findings[i];
            Json loc = Json::object();
            if (onDisk) {
                Json physical = {{"artifactLocation", artifactLocation(r.file)}};
                if (r.positions[i].known())
                    physical["region"] = {{"startLine", r.positions[i].line}, {"startColumn", r.positions[i].column}};
                loc["physicalLocation"] = physical;
            }
            Json logical = Json::array({{{"fullyQualifiedName", f.pointer}, {"kind", "member"}}});
            if (i < r.filePointers.size() && !r.filePointers[i].empty() && r.filePointers[i] != f.pointer)
                logical.push_back({{"fullyQualifiedName", r.filePointers[i]}, {"kind", "element"}});
            loc["logicalLocations"] = logical;
            results.push_back({{"ruleId", f.ruleId}, {"ruleIndex", ruleIndex(f.ruleId)},
                {"level", sarifLevel(f.severity)}, {"message", {{"text", f.message}}},
                {"locations", Json::array({loc})}, {"properties", {{"guideline", f.guideline}}}});
        }
    }

    Json invocation = {{"executionSuccessful", notifications.empty()}};
    if (!notifications.empty())
        invocation["toolExecutionNotifications"] = notifications;
    Json run = {{"tool",
                    {{"driver",
                        {{"name", "proserv-check"}, {"version", PROSERV_VERSION},
                            {"informationUri", "https://github.com/proserv-listing-editor/proserv-listing-editor"},
                            {"rules", rules}}}}},
        {"invocations", Json::array({invocation})},
        {"originalUriBaseIds",
            {{"SRCROOT", {{"uri", "file://" + uriReference(std::filesystem::current_path().string()) + "/"}}}}},
        {"columnKind", "unicodeCodePoints"}, {"results", results}};
    Json log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"}, {"version", "2.1.0"},
        {"runs", Json::array({run})}};
    return printableJson(log.dump(2, ' ', false, Json::error_handler_t::replace)) + "\n";
}

std::string formatRuleList()
{
    std::string out;
    for (const RuleInfo& rule : ruleCatalogue()) {
        std::string id = rule.id;
        std::string severity = severityName(rule.severity).toStdString();
        std::string anchor = rule.guideline;
        id.resize(std::max<std::size_t>(id.size() + 1, 32), ' ');
        severity.resize(8, ' ');
        anchor.resize(std::max<std::size_t>(anchor.size() + 1, 34), ' ');
        out += id + severity + anchor + translatedSource(rule.description).toStdString() + "\n";
    }
    return out;
}

} // namespace proserv
