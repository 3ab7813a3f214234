#include "app/DiffReport.h"

#include "model/PrintableText.h"
#include "qtsupport/FieldNames.h"
#include "qtsupport/Translation.h"
#include "validation/SensitiveData.h"

#include <QCoreApplication>

namespace proserv {

namespace {

// Listing text echoed by the diff: secrets masked as in the findings.
Json masked(const Json& value)
{
    if (value.is_string())
        return maskSecretsIn(value.get_ref<const std::string&>());
    if (!value.is_structured())
        return value;
    Json out = value;
    for (auto& item : out.items())
        item.value() = masked(item.value());
    return out;
}

bool holdsSecret(const Json& value)
{
    return masked(value) != value;
}

std::string shortValue(const Json& raw)
{
    const Json value = masked(raw);
    std::string text = value.is_string() ? "\"" + value.get<std::string>() + "\"" : value.dump();
    if (text.size() > 160)
        text = text.substr(0, 157) + "...";
    for (char& c : text)
        if (c == '\n')
            c = ' ';
    return text;
}

//: %3 is the message, %4 the field as people name it, %5 its JSON Pointer
const char* const appearedHeading = QT_TRANSLATE_NOOP("DiffReport", "finding appeared: %1 %2: %3 \u2014 %4 [%5]");
//: %3 is the message, %4 the field as people name it, %5 its JSON Pointer
const char* const fixedHeading = QT_TRANSLATE_NOOP("DiffReport", "finding fixed: %1 %2: %3 \u2014 %4 [%5]");

// Word changes in the notation of `git diff --word-diff`: [-removed-]{+added+}.
std::string wordDiff(const std::vector<WordSegment>& words)
{
    std::string text;
    for (const WordSegment& w : words) {
        if (w.op == WordSegment::Same)
            text += w.text;
        else if (w.op == WordSegment::Deleted)
            text += "[-" + w.text + "-]";
        else
            text += "{+" + w.text + "+}";
    }
    for (char& c : text)
        if (c == '\n')
            c = ' ';
    return text;
}

} // namespace

std::string formatDiffText(
    const std::vector<FieldChange>& changes, const FindingDiff& findings, const Json* before, const Json* after)
{
    std::string out;
    for (const FieldChange& c : changes) {
        // A word diff could split a secret across its segments: a value that
        // holds one is shown whole, masked.
        const bool secret = holdsSecret(c.before) || holdsSecret(c.after);
        // A removed item is named as it was; everything else as it is now.
        const std::string field
            = fieldNameForPeople(c.pointer, c.kind == ChangeKind::Removed ? before : after).toStdString();
        std::string line;
        switch (c.kind) {
        case ChangeKind::Added: line = "+ " + field + ": " + shortValue(c.after); break;
        case ChangeKind::Removed: line = "- " + field + ": " + shortValue(c.before); break;
        case ChangeKind::Changed:
            line = "~ " + field + ": "
                + (c.words.empty() || secret ? shortValue(c.before) + " -> " + shortValue(c.after) : wordDiff(c.words));
            break;
        }
        out += printableText(line + " [" + c.pointer + "]") + "\n";
    }
    // A finding that appeared is named in the new version, a fixed one in the old.
    auto findingLine = [](const char* heading, const Finding& f, const Json* version) {
        return printableText(QCoreApplication::translate("DiffReport", heading)
                                 .arg(severityName(f.severity), QString::fromStdString(f.ruleId), translated(f.text),
                                     fieldNameForPeople(f.pointer, version), QString::fromStdString(f.pointer))
                                 .toStdString())
            + "\n";
    };
    for (const Finding& f : findings.appeared)
        out += findingLine(appearedHeading, f, after);
    for (const Finding& f : findings.disappeared)
        out += findingLine(fixedHeading, f, before);
    const int changed = static_cast<int>(changes.size());
    const QString changeCount = QCoreApplication::translate("DiffReport", "%n field change(s)", nullptr, changed);
    //: %1 is "N field change(s)"
    out += QCoreApplication::translate("DiffReport", "%1; findings: %2 appeared, %3 fixed")
               .arg(changeCount)
               .arg(findings.appeared.size())
               .arg(findings.disappeared.size())
               .toStdString()
        + "\n";
    return out;
}

std::string formatDiffJson(const std::vector<FieldChange>& changes, const FindingDiff& findings)
{
    Json list = Json::array();
    for (const FieldChange& c : changes) {
        const bool secret = holdsSecret(c.before) || holdsSecret(c.after);
        Json item = {{"pointer", c.pointer}, {"kind", toString(c.kind)}, {"before", masked(c.before)},
            {"after", masked(c.after)}};
        if (!c.words.empty() && !secret) {
            Json words = Json::array();
            for (const WordSegment& w : c.words)
                words.push_back({{"op",
                                     w.op == WordSegment::Same           ? "same"
                                         : w.op == WordSegment::Inserted ? "inserted"
                                                                         : "deleted"},
                    {"text", w.text}});
            item["words"] = words;
        }
        list.push_back(item);
    }
    auto findingList = [](const std::vector<Finding>& findings) {
        Json out = Json::array();
        for (const Finding& f : findings)
            out.push_back({{"rule", f.ruleId}, {"severity", toString(f.severity)}, {"pointer", f.pointer},
                {"message", f.message}, {"guideline", f.guideline}});
        return out;
    };
    const Json report = {{"changes", list},
        {"findings", {{"appeared", findingList(findings.appeared)}, {"fixed", findingList(findings.disappeared)}}}};
    return printableJson(report.dump(2, ' ', false, Json::error_handler_t::replace)) + "\n";
}

} // namespace proserv
