#include "validation/Validator.h"

#include "validation/RuleSections.h"

#include <algorithm>
#include <filesystem>
#include <unordered_map>

namespace proserv {

namespace {

// Rank of a pointer in form order; unknown pointers rank like their nearest
// listed ancestor.
std::size_t rankOf(const std::string& pointer, const std::unordered_map<std::string, std::size_t>& ranks)
{
    std::string current = pointer;
    while (true) {
        const auto it = ranks.find(current);
        if (it != ranks.end())
            return it->second;
        const std::size_t slash = current.rfind('/');
        if (slash == std::string::npos || current.empty())
            return ranks.size();
        current.erase(slash);
    }
}

} // namespace

std::vector<Finding> validateListing(const Listing& listing, const ValidationContext& context)
{
    std::vector<rules::ScannedText> texts;
    for (const TextField& field : collectTextFields(listing))
        texts.push_back({field.pointer, field.text, tokenize(*field.text)});

    std::vector<Finding> findings;
    Reporter reporter(findings);
    const rules::Input input{listing, context, texts};
    rules::checkSetup(input, reporter);
    rules::checkCustomerInfo(input, reporter);
    rules::checkUsage(input, reporter);
    rules::checkArchitecture(input, reporter);
    rules::checkCatalogLimits(input, reporter);

    if (findings.size() < 2)
        return findings;
    std::vector<std::string> order;
    fieldOrder(listing, order);
    std::unordered_map<std::string, std::size_t> ranks;
    for (std::size_t i = 0; i < order.size(); ++i)
        ranks.emplace(order[i], i);
    std::vector<std::pair<std::size_t, std::size_t>> keys; // (rank, offset) per finding
    std::vector<std::size_t> index(findings.size());
    for (std::size_t i = 0; i < findings.size(); ++i) {
        index[i] = i;
        keys.emplace_back(rankOf(findings[i].pointer, ranks), findings[i].range ? findings[i].range->begin : 0);
    }
    std::stable_sort(index.begin(), index.end(), [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
    std::vector<Finding> sorted;
    sorted.reserve(findings.size());
    for (std::size_t i : index)
        sorted.push_back(std::move(findings[i]));
    return sorted;
}

ValidationContext makeValidationContext(const Listing& listing, const std::string& documentPath)
{
    ValidationContext context;
    const std::string& logo = listing.product.logoFile;
    if (logo.empty())
        return context;
    std::filesystem::path path(logo);
    if (path.is_relative() && !documentPath.empty() && documentPath != "-")
        path = std::filesystem::path(documentPath).parent_path() / path;
    context.logo = probeImageFile(path.string());
    return context;
}

FindingDiff diffFindings(const std::vector<Finding>& before, const std::vector<Finding>& after)
{
    auto contains = [](const std::vector<Finding>& list, const Finding& f) {
        return std::find(list.begin(), list.end(), f) != list.end();
    };
    FindingDiff diff;
    for (const Finding& f : after)
        if (!contains(before, f))
            diff.appeared.push_back(f);
    for (const Finding& f : before)
        if (!contains(after, f))
            diff.disappeared.push_back(f);
    return diff;
}

FindingCounts countFindings(const std::vector<Finding>& findings)
{
    FindingCounts counts;
    for (const Finding& f : findings) {
        counts.errors += f.severity == Severity::Error;
        counts.warnings += f.severity == Severity::Warning;
        counts.infos += f.severity == Severity::Info;
    }
    return counts;
}

} // namespace proserv
