#include "model/Categories.h"

#include <algorithm>
#include <cctype>

namespace proserv {

namespace {

const std::vector<std::string> kProfessionalServices
    = {"Assessments", "Implementation", "Managed Services", "Premium Support", "Training"};

// Names from AWS Marketplace's category pages and AWS's own change-set
// examples (catalog-api-notes.md §6).
const std::vector<std::string> kOther = {"Application Development", "Application Servers", "Application Stacks",
    "Backup & Recovery", "Big Data", "Business Intelligence", "Collaboration & Productivity", "Compliance",
    "Content Management", "Cost Management", "Data Analytics", "Data Catalogs", "Databases & Analytics Platforms",
    "DevOps", "Financial Services", "Generative AI", "Healthcare & Life Sciences", "High Performance Computing",
    "Identity & Access Management", "Internet of Things", "Log Analysis", "Machine Learning", "Media & Entertainment",
    "Migration", "Monitoring", "Network Infrastructure", "Operating Systems", "Public Sector", "Security",
    "Source Control", "Storage", "Threat Detection"};

// Lower case, runs of non-letters as one space, "and" for "&", no plural s:
// the forms a seller types for one category compare equal.
std::string fold(const std::string& name)
{
    std::string words;
    bool space = false;
    for (unsigned char c : name) {
        if (std::isalnum(c)) {
            if (space && !words.empty())
                words += ' ';
            space = false;
            words += static_cast<char>(std::tolower(c));
        } else if (c == '&') {
            words += words.empty() ? "and" : " and";
            space = true;
        } else {
            space = true;
        }
    }
    std::string out;
    std::size_t start = 0;
    while (start <= words.size()) {
        std::size_t end = words.find(' ', start);
        if (end == std::string::npos)
            end = words.size();
        std::string word = words.substr(start, end - start);
        if (word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's')
            word.pop_back();
        if (!word.empty())
            out += (out.empty() ? "" : " ") + word;
        start = end + 1;
    }
    return out;
}

// Levenshtein distance, or more than `limit` as soon as every path through
// the table is longer: most known names are far from a typo, and are left
// after a row or two instead of the whole table.
std::size_t editDistance(const std::string& a, const std::string& b, std::size_t limit)
{
    const std::size_t lengths = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
    if (lengths > limit)
        return limit + 1;
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        std::size_t smallest = row[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
            smallest = std::min(smallest, row[j]);
        }
        if (smallest > limit)
            return limit + 1;
    }
    return row[b.size()];
}

// The known names folded once: "did you mean" asks for every unknown name
// on every keystroke.
const std::vector<std::string>& foldedKnownCategories();

} // namespace

const std::vector<std::string>& professionalServicesCategories()
{
    return kProfessionalServices;
}

const std::vector<std::string>& knownCategories()
{
    static const std::vector<std::string> all = [] {
        std::vector<std::string> names = kProfessionalServices;
        names.insert(names.end(), kOther.begin(), kOther.end());
        return names;
    }();
    return all;
}

std::optional<std::string> canonicalCategory(const std::string& name)
{
    if (name.size() > 200)
        return std::nullopt;
    const std::vector<std::string>& foldedKnown = foldedKnownCategories();
    const std::string folded = fold(name);
    for (std::size_t i = 0; i < foldedKnown.size(); ++i)
        if (foldedKnown[i] == folded)
            return knownCategories()[i];
    return std::nullopt;
}

std::optional<std::string> nearestCategory(const std::string& name)
{
    if (name.size() > 200 || canonicalCategory(name))
        return std::nullopt;
    const std::string folded = fold(name);
    if (folded.size() < 4)
        return std::nullopt;
    // A typo or two, not a different word: at most one edit in four letters.
    const std::size_t allowed = std::max<std::size_t>(1, folded.size() / 4);
    std::optional<std::string> best;
    std::size_t bestDistance = allowed + 1;
    const std::vector<std::string>& foldedKnown = foldedKnownCategories();
    for (std::size_t i = 0; i < foldedKnown.size(); ++i) {
        const std::size_t d = editDistance(folded, foldedKnown[i], bestDistance - 1);
        if (d < bestDistance) {
            bestDistance = d;
            best = knownCategories()[i];
        }
    }
    return best;
}

namespace {

const std::vector<std::string>& foldedKnownCategories()
{
    static const std::vector<std::string> folded = [] {
        std::vector<std::string> names;
        for (const std::string& known : knownCategories())
            names.push_back(fold(known));
        return names;
    }();
    return folded;
}

} // namespace

} // namespace proserv
