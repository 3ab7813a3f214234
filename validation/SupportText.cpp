#include "validation/SupportText.h"

#include "validation/TextTools.h"

#include <cctype>
#include <string>

namespace proserv {

namespace {

bool isAsciiAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

bool hasEmailAt(std::string_view s, std::size_t at)
{
    std::size_t begin = at;
    auto isLocalPart = [](char c) {
        return isAsciiAlnum(c) || std::string_view("._%+-").find(c) != std::string_view::npos;
    };
    while (begin > 0 && isLocalPart(s[begin - 1]))
        --begin;
    if (begin == at)
        return false;
    std::size_t end = at + 1;
    std::size_t lastDot = std::string_view::npos;
    while (end < s.size() && (isAsciiAlnum(s[end]) || s[end] == '-' || s[end] == '.')) {
        if (s[end] == '.')
            lastDot = end;
        ++end;
    }
    while (end > at + 1 && s[end - 1] == '.') { // a sentence's full stop
        --end;
        lastDot = std::string_view(s.data(), end).rfind('.');
    }
    return lastDot != std::string_view::npos && lastDot > at + 1 && end - lastDot > 2;
}

bool hasUrlAt(std::string_view s, std::size_t i)
{
    const std::string_view rest = s.substr(i);
    std::size_t host = 0;
    if (rest.substr(0, 8) == "https://")
        host = 8;
    else if (rest.substr(0, 7) == "http://")
        host = 7;
    else if (rest.substr(0, 4) == "www." && (i == 0 || !isAsciiAlnum(s[i - 1])))
        host = 4;
    else
        return false;
    std::size_t end = host;
    bool dot = host == 4;
    while (end < rest.size() && (isAsciiAlnum(rest[end]) || rest[end] == '-' || rest[end] == '.')) {
        dot = dot || (rest[end] == '.' && end + 1 < rest.size() && isAsciiAlnum(rest[end + 1]));
        ++end;
    }
    return dot && end > host + 2;
}

// A phone number starting at s[i]: digits with separators, 7–15 digits, and
// something that makes it a phone number rather than a date range or an amount.
bool hasPhoneAt(std::string_view s, std::size_t i)
{
    if (i > 0 && (isAsciiAlnum(s[i - 1]) || s[i - 1] == '+' || s[i - 1] == '('))
        return false; // not the start of the run
    const bool plus = s[i] == '+';
    int digits = 0, groups = 0;
    bool inGroup = false;
    for (std::size_t j = plus ? i + 1 : i; j < s.size() && j - i < 40; ++j) {
        const char c = s[j];
        if (c >= '0' && c <= '9') {
            ++digits;
            if (!inGroup)
                ++groups;
            inGroup = true;
        } else if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/') {
            inGroup = false;
            if (j + 1 < s.size() && !(s[j + 1] >= '0' && s[j + 1] <= '9') && s[j + 1] != '(' && s[j + 1] != ' ')
                break;
        } else {
            break;
        }
    }
    if (digits < 7 || digits > 15)
        return false;
    if (plus || groups >= 3)
        return true;
    // "Phone: 0405550123", "call 2065550100"
    std::string before;
    for (std::size_t j = i >= 24 ? i - 24 : 0; j < i; ++j)
        before += static_cast<char>(std::tolower(static_cast<unsigned char>(s[j])));
    return before.find("phone") != std::string::npos || before.find("tel") != std::string::npos
           || before.find("call") != std::string::npos;
}

} // namespace

bool containsContactOption(std::string_view text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '@' && hasEmailAt(text, i))
            return true;
        if ((c == 'h' || c == 'w') && hasUrlAt(text, i))
            return true;
        if ((c == '+' || c == '(' || (c >= '0' && c <= '9')) && hasPhoneAt(text, i))
            return true;
    }
    return false;
}

bool statesSupportLevel(std::string_view text, const std::vector<Token>& tokens)
{
    static const std::vector<std::string> kSupport = {
        "support", "supported", "help", "helpdesk", "assistance", "response", "responses", "respond", "responds",
        "answer", "answers", "answered", "available", "availability", "reachable", "reply", "replies", "escalation",
        "contact", "contacts", "lead", "manager", "engineer", "engineers", "desk", "sla", "slas"};
    static const std::vector<std::string> kMeasure = {
        "hour", "hours", "day", "days", "business", "weekday", "weekdays", "weekend", "weekends", "24", "24x7",
        "minute", "minutes", "week", "weeks", "month", "months", "sla", "slas", "level", "levels", "tier", "tiers",
        "priority", "severity", "within", "monday", "friday", "cet", "cest", "est", "et", "pt", "pst", "utc", "gmt",
        "standard", "premium", "basic", "enterprise", "dedicated", "named", "unlimited", "guaranteed", "included",
        "includes", "include", "round"};
    static const std::vector<std::vector<std::string>> kGroups = {kSupport, kMeasure};
    return anySentenceHasAll(text, tokens, kGroups);
}

bool describesPrePurchaseSupport(std::string_view text, const std::vector<Token>& tokens)
{
    static const PhraseMatcher kPhrases({"presales", "pre sales", "pre purchase", "prepurchase", "pre subscription",
                                         "before you buy", "before buying", "before you subscribe",
                                         "before subscribing", "before purchase", "before purchasing",
                                         "prior to purchase", "prior to subscribing", "prospective customers",
                                         "prospective buyers"});
    if (kPhrases.containsAny(tokens))
        return true;
    static const std::vector<std::vector<std::string>> kGroups = {
        {"before", "prior", "pre", "prospective", "evaluating", "evaluate", "evaluation"},
        {"subscribe", "subscribing", "subscription", "purchase", "purchasing", "buy", "buying", "sales", "questions",
         "question", "scoping", "scope", "demo", "call", "consultation", "offer", "contract", "signing", "decide",
         "deciding"}};
    return anySentenceHasAll(text, tokens, kGroups);
}

bool describesPostPurchaseSupport(std::string_view text, const std::vector<Token>& tokens)
{
    static const PhraseMatcher kPhrases({"post purchase", "postpurchase", "post sales", "after you subscribe",
                                         "after subscribing", "after purchase", "after purchasing", "once subscribed",
                                         "after you buy", "hypercare", "warranty period"});
    if (kPhrases.containsAny(tokens))
        return true;
    static const std::vector<std::vector<std::string>> kGroups = {
        {"after", "post", "once", "following", "during", "throughout", "ongoing", "subscribers", "subscribed",
         "included", "includes", "include"},
        {"support", "help", "assistance", "questions", "answers", "answer", "contact", "available", "follow",
         "hypercare", "warranty", "maintenance"}};
    return anySentenceHasAll(text, tokens, kGroups);
}

} // namespace proserv
