// Product usage guidelines (#proserv-guidelines-usage).
#include "model/FieldPointers.h"
#include "validation/RuleSections.h"
#include "validation/SupportText.h"

#include <algorithm>
#include <cstring>

#include <cctype>

namespace proserv::rules {

// The guidelines: access or first contact within 2 business days.
constexpr int kMaxFirstContactBusinessDays = 2;

namespace {

bool isEmailAddress(const std::string& s)
{
    const std::size_t at = s.find('@');
    if (at == std::string::npos || at == 0 || s.find('@', at + 1) != std::string::npos)
        return false;
    if (s.find_first_of(" \t\n,;<>()") != std::string::npos)
        return false;
    const std::string domain = s.substr(at + 1);
    const std::size_t dot = domain.rfind('.');
    return dot != std::string::npos && dot > 0 && dot + 2 < domain.size() + 1 && domain.back() != '.';
}

// International or national phone numbers: digits with + ( ) - . / spaces,
// 7–15 digits (E.164), and an optional extension ("ext. 42", "x123", "#204").
bool isPhoneNumber(const std::string& s)
{
    std::size_t end = s.size();
    const std::size_t letter = s.find_first_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ#,");
    if (letter != std::string::npos) {
        std::string ext = s.substr(letter);
        std::transform(
            ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        std::size_t k = 0;
        auto skipSpaces = [&] {
            while (k < ext.size() && (ext[k] == ' ' || ext[k] == ','))
                ++k;
        };
        skipSpaces();
        for (const char* word : {"extension", "ext.", "ext", "x", "#"})
            if (ext.compare(k, std::strlen(word), word) == 0) {
                k += std::strlen(word);
                break;
            }
        skipSpaces();
        const std::size_t digitsFrom = k;
        while (k < ext.size() && ext[k] >= '0' && ext[k] <= '9')
            ++k;
        if (k != ext.size() || k == digitsFrom || k - digitsFrom > 6 || digitsFrom == 0)
            return false;
        end = letter;
    }
    int digits = 0;
    for (std::size_t i = 0; i < end; ++i) {
        const char c = s[i];
        if (c >= '0' && c <= '9')
            ++digits;
        else if (!(c == ' ' || c == '-' || c == '(' || c == ')' || c == '.' || c == '/' || (c == '+' && i == 0)))
            return false;
    }
    return digits >= 7 && digits <= 15;
}

// Buyers see the support description and the overview, never the draft's
// structured support fields: the rules judge the exported text and point at
// it; the structured fields are the seller's aid (Compose from support
// details), so a message says when the draft has what the text lacks.
void checkSupport(const Input& in, Reporter& out)
{
    const ProductListing& l = in.product;
    const std::string& text = l.product.supportDescription;
    const std::string& overview = l.product.longDescription;
    const AnalyzedText& analyzedText = textOf(in, text);
    const std::vector<Token>& textTokens = analyzedText.tokens;
    const AnalyzedText& analyzedOverview = textOf(in, overview);
    const SupportContacts& c = l.support.contacts;
    const bool draftHasContact = !isBlank(c.email) || !isBlank(c.phone) || !isBlank(c.url);
    // An empty description is one fault, reported once (api-required); the
    // content rules judge what is written.
    const bool written = !isBlank(text);
    const bool anyOverview = written || !isBlank(overview);
    // A reply promised in the text later than the guidelines' 2 business days,
    // whatever the response-time field says: the text is what buyers read.
    if (const std::optional<PromisedDelay> late = longestPromisedDelay(textTokens, true);
        written && late && late->businessDays > kMaxFirstContactBusinessDays)
        out.report("usage-response-time", field::productSupportDescription,
            EngineText::tr("\"%1\" promises a reply later than the guidelines allow: customers must hear back "
                           "within 2 business days, as the listing's response time says.")
                .arg(text.substr(late->range.begin, late->range.end - late->range.begin)),
            late->range);
    if (written && !containsContactOption(text))
        out.report("usage-support-contact", field::productSupportDescription,
            draftHasContact
                ? EngineText::tr("The support description names no way to reach support; your draft's support "
                                 "contacts are not submitted. Write them into it (Compose from support details).")
                : EngineText::tr("The support description names no way to reach support: add an email address, "
                                 "phone number or URL."));
    if (!isBlank(c.email) && !isEmailAddress(c.email))
        out.report("usage-support-contact-format", field::supportContactsEmail,
            EngineText::tr("\"%1\" is not an email address like support@example.com.").arg(c.email));
    if (!isBlank(c.phone) && !isPhoneNumber(c.phone))
        out.report("usage-support-contact-format", field::supportContactsPhone,
            EngineText::tr(
                "\"%1\" is not a phone number; use 7 to 15 digits with an optional leading + and an optional "
                "extension (\"+1 206 555 0100 ext. 42\").")
                .arg(c.phone));
    if (!isBlank(c.url) && !isHttpsUrl(c.url))
        out.report("usage-support-contact-format", field::supportContactsUrl,
            EngineText::tr("The support URL must start with https:// and name a host."));

    if (written && !statesSupportLevel(text, textTokens))
        out.report("usage-support-level", field::productSupportDescription,
            EngineText::tr("State in the support description the level of support customers can expect "
                           "(hours, channels, response times)."));
    if (anyOverview && !describesPrePurchaseSupport(analyzedText) && !describesPrePurchaseSupport(analyzedOverview))
        out.report("usage-pre-purchase-support", field::productSupportDescription,
            EngineText::tr("Say in the support description or the long description how buyers get answers "
                           "before they subscribe."));
    if (anyOverview && !describesPostPurchaseSupport(analyzedText) && !describesPostPurchaseSupport(analyzedOverview))
        out.report("usage-post-purchase-support", field::productSupportDescription,
            EngineText::tr("Say in the support description or the long description what support customers "
                           "get after they subscribe."));
}

void checkAccess(const Input& in, Reporter& out)
{
    const SupportInfo& s = in.product.support;
    if (!s.responseTimeBusinessDays)
        out.report("usage-response-time", field::supportResponseTimeBusinessDays,
            EngineText::tr(
                "Promise a response time: customers must get access or be contacted within 2 business days."));
    else if (*s.responseTimeBusinessDays < 0)
        out.report("usage-response-time", field::supportResponseTimeBusinessDays,
            EngineText::tr("The response time cannot be negative."));
    else if (*s.responseTimeBusinessDays > 2)
        out.report("usage-response-time", field::supportResponseTimeBusinessDays,
            EngineText::tr("%n business days is too long: customers must get access or be contacted within 2.", nullptr,
                *s.responseTimeBusinessDays));

    if (s.accessMethod == AccessMethod::Immediate)
        return;
    if (isBlank(s.accessPendingEmail))
        out.report("usage-access-pending-email", field::supportAccessPendingEmail,
            EngineText::tr(
                "Write the email customers receive while access is pending; it must say when they will get access."));
    else if (!statesTimeFrame(s.accessPendingEmail, textOf(in, s.accessPendingEmail).tokens))
        out.report("usage-access-pending-email", field::supportAccessPendingEmail,
            EngineText::tr("Say when access will be granted (for example \"within two business days\")."));
    else if (const std::optional<PromisedDelay> late
             = longestPromisedDelay(textOf(in, s.accessPendingEmail).tokens, false);
             late && late->businessDays > kMaxFirstContactBusinessDays)
        out.report("usage-access-pending-email", field::supportAccessPendingEmail,
            EngineText::tr("\"%1\" is later than the guidelines allow: customers must get access or be contacted "
                           "within 2 business days.")
                .arg(s.accessPendingEmail.substr(late->range.begin, late->range.end - late->range.begin)),
            late->range);
    if (isBlank(s.accessGrantedEmail))
        out.report("usage-access-granted-email", field::supportAccessGrantedEmail,
            EngineText::tr("Write the email confirming that access has been granted, with clear next steps."));
    else if (!statesNextSteps(textOf(in, s.accessGrantedEmail)))
        out.report("usage-access-granted-email", field::supportAccessGrantedEmail,
            EngineText::tr("Add clear next steps to the access-granted email (for example a numbered list)."));
}

// A link a buyer follows to read about the service, not to buy, book or call:
// "…/pricing", "…/contact-us", "…/signup", "Book a demo" are not documentation.
bool isDocumentationLink(const std::string& url, const std::string& label)
{
    static const char* const kNotDocumentation[] = {"pricing", "price", "contact", "signup", "sign-up", "register",
        "registration", "demo", "buy", "cart", "checkout", "trial", "quote", "subscribe", "get-started-free",
        "book", "calendly", "meeting"};
    std::string lower = url + " " + label;
    std::transform(lower.begin(), lower.end(), lower.begin(),
        [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    // The path and the label only: a host named "contact-centre-consulting.example" is still documentation.
    const std::size_t host = lower.find("://");
    const std::size_t path = host == std::string::npos ? 0 : lower.find('/', host + 3);
    const std::string_view judged = std::string_view(lower).substr(path == std::string::npos ? lower.size() - label.size() : path);
    for (const char* word : kNotDocumentation) {
        const std::size_t at = judged.find(word);
        if (at == std::string_view::npos)
            continue;
        const std::size_t end = at + std::strlen(word);
        const bool startsWord = at == 0 || !std::isalnum(static_cast<unsigned char>(judged[at - 1]));
        const bool endsWord = end >= judged.size() || !std::isalpha(static_cast<unsigned char>(judged[end]))
            || judged.substr(end, 2) == "us" || judged[end] == 's';
        if (startsWord && endsWord)
            return false;
    }
    return true;
}

void checkOverview(const ProductListing& l, Reporter& out)
{
    if (l.product.highlights.empty()
        || std::all_of(
            l.product.highlights.begin(), l.product.highlights.end(), [](const std::string& h) { return isBlank(h); }))
        out.report("usage-highlight", field::productHighlights,
            EngineText::tr("Add at least one highlight with a key feature of the service."));

    // The overview must link to documentation: a support portal URL in the
    // support description is a way to reach support, not documentation, and
    // a pricing, contact or sign-up page is none either.
    bool anyLink = false;
    const bool resourceLink = std::any_of(l.product.additionalResources.begin(), l.product.additionalResources.end(),
        [&anyLink](const AdditionalResource& r) {
            anyLink = anyLink || isHttpUrl(r.url);
            return isHttpUrl(r.url) && isDocumentationLink(r.url, r.text);
        });
    bool descriptionLink = false;
    const std::string& overviewText = l.product.longDescription;
    for (std::size_t at = overviewText.find("http"); at != std::string::npos && !descriptionLink;
         at = overviewText.find("http", at + 4)) {
        std::size_t end = at;
        while (end < overviewText.size() && !std::isspace(static_cast<unsigned char>(overviewText[end]))
            && overviewText[end] != ')' && overviewText[end] != '>' && overviewText[end] != ']')
            ++end;
        const std::string url = overviewText.substr(at, end - at);
        if (!isHttpUrl(url))
            continue;
        anyLink = true;
        descriptionLink = isDocumentationLink(url, "");
    }
    if (!resourceLink && !descriptionLink)
        out.report("usage-documentation-link", field::productAdditionalResources,
            anyLink ? EngineText::tr("None of the links is documentation (a pricing, contact, sign-up or demo page is "
                                     "not): link the guides, runbooks or reference that describe the service.")
                    : EngineText::tr("Link to detailed documentation: add an additional resource or a URL in the "
                                     "long description."));

    const ServiceTerms& terms = l.serviceTerms;
    if (isBlank(terms.url) && isBlank(terms.text))
        out.report("usage-service-terms", field::serviceTerms,
            EngineText::tr("Give your service terms as an https URL or as text."));
    else if (!isBlank(terms.url) && !isHttpsUrl(terms.url))
        out.report("usage-service-terms", field::serviceTermsUrl,
            EngineText::tr("The service terms URL must start with https:// and name a host."));
}

} // namespace

void checkUsage(const Input& in, Reporter& out)
{
    checkOverview(in.product, out);
    checkSupport(in, out);
    checkAccess(in, out);
}

} // namespace proserv::rules
