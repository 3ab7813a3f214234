#include "validation/Validator.h"
#include "model/FieldPointers.h"
#include "model/JsonFields.h"

#include "model/ChangeSetExport.h"
#include "model/SubmissionFields.h"
#include "validation/RuleSections.h"

#include <algorithm>
#include <filesystem>
#include <unordered_map>

namespace proserv {

namespace {

void sortInFormOrder(std::vector<Finding>& findings);

constexpr std::size_t kUnranked = static_cast<std::size_t>(-1); // after every field of the form

// A submitted file holds only what AWS Marketplace receives: the checks of
// the seller's draft are not failures of the file, but questions for the seller.
// A draft rule has no verdict on a file that holds no draft, even when it
// points at a submitted field (api-update-without-baseline): the reporter kept
// none of those findings (Reporter's submissionOnly), and this note lists them.
void judgeAsSubmission(std::vector<Finding>& findings, bool readBySeller)
{
    // The catalogue is fixed: list its draft checks once, not on every keystroke.
    static const std::pair<std::string, long long> draftChecks = [] {
        std::pair<std::string, long long> list;
        for (const RuleInfo& rule : ruleCatalogue()) {
            if (rule.judges == Judges::Submission || std::string(rule.entityType) != ProductListing::kEntityType)
                continue;
            list.first += (list.first.empty() ? "" : ", ") + std::string(rule.id);
            ++list.second;
        }
        return list;
    }();
    const auto& [ids, count] = draftChecks;
    Reporter reporter(findings);
    reporter.report("submission-draft-only", "",
        readBySeller
            ? EngineText::tr("Not part of a submission, so not in this file: %n check(s) need your draft "
                             "(attestations, fulfilment e-mails and response time, service terms, architecture and "
                             "IAM policies, the service each dimension bills); save this file as your draft and fill "
                             "them in: %1.",
                  nullptr, count)
                  .arg(ids)
            : EngineText::tr("Not part of a submission, ask the seller: %n check(s) need the seller's draft "
                             "(attestations, fulfilment e-mails and response time, service terms, architecture and "
                             "IAM policies, the service each dimension bills): %1.",
                  nullptr, count)
                  .arg(ids));
}

// A change set that updates a live product sends only what changes: every
// field it leaves out keeps its accepted value, which the file does not hold.
// Those fields have no verdict (an absent LongDescription is not an empty one);
// one note says which they are. A new product's change set, a DescribeEntity
// response and a file opened with its accepted version are whole listings.
void judgeAsUpdate(const Listing& listing, std::vector<Finding>& findings)
{
    const bool update = !listing.submission.changes.empty() && !listing.accepted.present()
        && !listing.product.productId.empty()
        && std::none_of(listing.submission.changes.begin(), listing.submission.changes.end(),
            [](const SubmittedChange& c) { return c.changeType == "CreateProduct"; });
    if (!update)
        return;
    const std::vector<std::string> notCarried = fieldsNotCarried(exportChangeSet(listing));
    if (notCarried.empty())
        return;
    auto isLeftOut = [&](const std::string& pointer) {
        return std::any_of(notCarried.begin(), notCarried.end(),
            [&](const std::string& p) { return pointer == p || pointer.rfind(p + "/", 0) == 0; });
    };
    // Rules that also read fields other than the one they point at.
    static const std::vector<std::pair<std::string, std::vector<std::string>>> kAlsoReads = {
        {"usage-pre-purchase-support", {field::productLongDescription}},
        {"usage-post-purchase-support", {field::productLongDescription}},
        {"usage-documentation-link", {field::productLongDescription}},
    };
    findings.erase(std::remove_if(findings.begin(), findings.end(),
                       [&](const Finding& f) {
                           if (f.ruleId == "submission-draft-only")
                               return false;
                           if (isLeftOut(f.pointer))
                               return true;
                           for (const auto& [rule, reads] : kAlsoReads)
                               if (f.ruleId == rule)
                                   return std::any_of(reads.begin(), reads.end(), isLeftOut);
                           return false;
                       }),
        findings.end());
    // Named as in the change set; the request's own settings (visibility,
    // replacement product) are changes, not fields with an accepted value.
    std::string names;
    long long count = 0;
    for (const std::string& pointer : notCarried) {
        const FieldDestination* d = destinationOf(pointer);
        if (!d || isPointerWithin(pointer, field::submission))
            continue;
        names += (names.empty() ? "" : ", ") + std::string(*d->changePath ? d->changePath : d->changeType);
        ++count;
    }
    if (count == 0)
        return;
    Reporter reporter(findings);
    reporter.report("submission-unchanged-fields", "",
        EngineText::tr("This update leaves %n field(s) as they are on AWS Marketplace; their accepted "
                       "values are not in the file and were not checked: %1. To check the whole listing, "
                       "check the product's DescribeEntity response.",
            nullptr, count)
            .arg(names));
}

// The pattern of a pointer with its list indices as "*"
// ("/pricing/dimensions/7/name" → "/pricing/dimensions/*/name"), and the
// pointer of its outermost list ("/pricing/dimensions"), or the pointer itself.
std::pair<std::string, std::string> patternAndList(const std::string& pointer)
{
    std::string pattern, list;
    bool inList = false;
    std::size_t start = 0;
    while (start < pointer.size()) {
        const std::size_t slash = pointer.find('/', start + 1);
        const std::size_t end = slash == std::string::npos ? pointer.size() : slash;
        const std::string_view token(pointer.data() + start + 1, end - start - 1);
        const bool index
            = !token.empty() && std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
        pattern += index ? std::string("/*") : "/" + std::string(token);
        if (index && !inList) {
            list = pointer.substr(0, start);
            inList = true;
        }
        start = end;
    }
    return {pattern, inList ? list : pointer};
}

// One rule's findings in one field or list, beyond the first few, become one
// finding that counts them: 100,000 over-long keywords are one problem to
// the reader, and must not be 100,000 lines or 100,000 highlights.
void capRepeatedFindings(std::vector<Finding>& findings)
{
    std::unordered_map<std::string, std::size_t> seen; // rule + list → findings kept
    std::unordered_map<std::string, std::size_t> summaries; // rule + list → index of its summary
    std::vector<Finding> kept;
    std::vector<long long> unlisted;
    for (Finding& f : findings) {
        const auto [pattern, list] = patternAndList(f.pointer);
        const std::string key = f.ruleId + '\n' + pattern;
        if (++seen[key] <= kListedPerRuleAndField) {
            kept.push_back(std::move(f));
            continue;
        }
        auto summary = summaries.find(key);
        if (summary == summaries.end()) {
            summary = summaries.emplace(key, kept.size()).first;
            Finding more = f;
            more.pointer = list;
            more.range.reset();
            kept.push_back(std::move(more));
            unlisted.resize(kept.size(), 0);
        }
        unlisted.resize(kept.size(), 0);
        ++unlisted[summary->second];
    }
    unlisted.resize(kept.size(), 0);
    for (const auto& [key, index] : summaries) {
        (void)key;
        Finding& more = kept[index];
        more.text = EngineText::tr(
            "and %n more finding(s) of this rule here, not listed one by one", nullptr, unlisted[index]);
        more.message = more.text.toString();
    }
    findings = std::move(kept);
}

} // namespace

bool isOnSubmittedField(const Finding& finding)
{
    return isSubmittedPointer(finding.pointer);
}

const AnalyzedText& rules::textOf(const Input& in, const std::string& text)
{
    static const AnalyzedText kNone;
    const auto it = in.textIndex.find(&text);
    return it == in.textIndex.end() ? kNone : in.texts[it->second];
}

const std::vector<rules::TextRule>& rules::textRules()
{
    static const std::vector<TextRule> registry = {
        {"words",
            {"setup-placeholder-text", "api-control-characters", "api-invisible-characters",
                "setup-offensive-language"},
            TextsRead::Every, checkWords},
        // Identifiers and URLs are not prose, but a key pasted into a URL is still a leak.
        {"numbers and keys",
            {"custinfo-test-card-number", "custinfo-card-number", "custinfo-iban", "custinfo-routing-number",
                "sec-aws-access-key", "sec-aws-secret-key"},
            TextsRead::Every, checkNumbersAndKeys},
        {"customer information",
            {"custinfo-payment-request", "sec-credential-request", "custinfo-off-platform-billing"},
            TextsRead::Prose, checkCustomerInfoText},
        {"brand", {"setup-aws-brand"}, TextsRead::Prose, checkBrand},
        {"subscriber data", {"custinfo-subscriber-data-use"}, TextsRead::Prose, checkSubscriberDataUse},
    };
    return registry;
}

std::vector<Finding> validateListing(const Listing& listing, const ValidationContext& context)
{
    std::vector<AnalyzedText> texts;
    const Submission submission = submissionOf(listing);
    {
        std::vector<TextField> fields = collectTextFields(*submission.product.draft);
        texts.reserve(fields.size()); // an analysed text is large: moved around on every growth
        for (TextField& field : fields)
            texts.push_back(analyzeText(std::move(field)));
    } // the fields' memory is the rules' to reuse

    // The field's string → its analysed text: the field rules look texts up
    // by the very string they read, so no pointer is built or hashed (a
    // quarter million of them for 80,000 dimensions).
    std::unordered_map<const std::string*, std::size_t> textIndex;
    textIndex.reserve(texts.size());
    for (std::size_t i = 0; i < texts.size(); ++i)
        textIndex.emplace(texts[i].text, i);

    std::vector<Finding> findings;
    // A submitted file keeps only findings on what it submits, from the start:
    // 80,000 dimensions without the draft's service are never worded or sorted.
    Reporter reporter(findings, context.submittedFile);
    const rules::Input input {submission, *submission.product.draft, *submission.product.accepted, context, texts,
        textIndex};
    rules::checkSetup(input, reporter);
    for (const AnalyzedText& text : texts) // each text once, through every text rule
        for (const rules::TextRule& rule : rules::textRules())
            if (rule.reads == rules::TextsRead::Every || text.prose)
                rule.check(text, reporter);
    rules::checkCustomerInfo(input, reporter);
    rules::checkUsage(input, reporter);
    rules::checkArchitecture(input, reporter);
    rules::checkCatalogLimits(input, reporter);
    rules::checkUpdates(input, reporter);

    if (findings.size() >= 2)
        sortInFormOrder(findings);
    if (context.submittedFile) {
        judgeAsSubmission(findings, context.readBySeller);
        judgeAsUpdate(listing, findings);
    }
    if (findings.size() > kListedPerRuleAndField)
        capRepeatedFindings(findings);
    return findings;
}

namespace {

// A pointer's place in the form as a key that sorts like the form: for each
// token, the position of its field among the model's patterns, or its list
// index. A token the form has no field for (a member kept verbatim) ends the
// key, so the pointer sorts with its nearest field; a pointer with no field
// at all sorts after every field. Nothing is walked or hashed per row: the
// findings of 80,000 dimensions sort like five.
std::vector<std::size_t> formOrderKey(const std::string& pointer)
{
    const std::unordered_map<std::string, std::size_t>& positions = formOrderOfPatterns();
    std::vector<std::size_t> key;
    std::string pattern;
    std::size_t begin = 1; // after the token's '/'
    while (!pointer.empty() && begin <= pointer.size()) {
        const std::size_t end = std::min(pointer.find('/', begin), pointer.size());
        const std::string_view token(pointer.data() + begin, end - begin);
        const bool index = token.size() <= 9 && isIndexToken(token); // as FieldAccess reads an index
        pattern += '/';
        pattern += index ? std::string_view("*") : token;
        const auto field = positions.find(pattern);
        if (field == positions.end())
            break;
        key.push_back(index ? std::stoul(std::string(token)) : field->second);
        begin = end + 1;
    }
    if (key.empty())
        key.push_back(kUnranked);
    return key;
}

void sortInFormOrder(std::vector<Finding>& findings)
{
    std::vector<std::pair<std::vector<std::size_t>, std::size_t>> keys; // (form order, offset) per finding
    keys.reserve(findings.size());
    std::vector<std::size_t> index(findings.size());
    for (std::size_t i = 0; i < findings.size(); ++i) {
        index[i] = i;
        keys.emplace_back(formOrderKey(findings[i].pointer), findings[i].range ? findings[i].range->begin : 0);
    }
    std::stable_sort(index.begin(), index.end(), [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
    std::vector<Finding> sorted;
    sorted.reserve(findings.size());
    for (std::size_t i : index)
        sorted.push_back(std::move(findings[i]));
    findings = std::move(sorted);
}

} // namespace

ValidationContext makeValidationContext(const Listing& listing, const std::string& documentPath, bool confined)
{
    ValidationContext context;
    const std::string& logo = listing.product.logoFile;
    if (logo.empty())
        return context;
    const LogoLocation location = resolveLogoFile(logo, documentPath, confined);
    if (!location.allowed) {
        ImageInfo refused;
        refused.error = logoOutsideFolderMessage();
        context.logo = refused;
        return context;
    }
    context.logo = probeImageFile(location.path);
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
