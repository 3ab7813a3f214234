#include "validation/SupportText.h"

#include <cmath>

#include "validation/TextTools.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace proserv {

namespace {

bool isAsciiAlnum(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

bool hasEmailAt(std::string_view s, std::size_t at)
{
    std::size_t begin = at;
    auto isLocalPart
        = [](char c) { return isAsciiAlnum(c) || std::string_view("._%+-").find(c) != std::string_view::npos; };
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

namespace {

bool allDigits(const std::string& w)
{
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "48h", "24x7", "8am", "6pm", "15min"
bool isCompactTime(const std::string& w)
{
    std::size_t d = 0;
    while (d < w.size() && w[d] >= '0' && w[d] <= '9')
        ++d;
    if (d == 0 || d == w.size())
        return false;
    const std::string unit = w.substr(d);
    return unit == "h" || unit == "hr" || unit == "hrs" || unit == "x7" || unit == "am" || unit == "pm" || unit == "min"
        || unit == "mins" || unit == "d";
}

} // namespace

std::vector<char> timeFrameSentences(std::string_view text, const std::vector<Token>& tokens)
{
    static const WordSet kQuantities
        = {"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "fifteen", "twenty", "thirty", "next", "same", "few", "couple", "several", "half", "1st", "first"};
    static const WordSet kUnits
        = {"minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "mins", "hrs"};
    static const WordSet kQualifiers = {"business", "working", "calendar", "full", "more"};
    static const WordSet kDays = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mondays", "fridays", "weekday", "weekdays", "weekend", "weekends", "today", "tomorrow", "tonight"};
    static const WordSet kHours = {"business", "working", "office", "support", "opening"};
    std::vector<char> flags(tokens.empty() ? 0 : tokens.back().sentence + 1, 0);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string& w = tokens[i].lower;
        bool frame = kDays.contains(w) || isCompactTime(w);
        if (!frame && (allDigits(w) || kQuantities.contains(w))) {
            std::size_t k = i + 1;
            while (k < tokens.size() && k < i + 3 && kQualifiers.contains(tokens[k].lower))
                ++k;
            frame = k < tokens.size() && tokens[k].sentence == tokens[i].sentence && kUnits.contains(tokens[k].lower)
                && tokens[k].begin - tokens[k - 1].end <= 2;
            // "9:00-17:00", "9-5", "24/7": clock times and ranges
            if (!frame && allDigits(w) && i + 1 < tokens.size() && allDigits(tokens[i + 1].lower)) {
                const std::string_view gap = text.substr(tokens[i].end, tokens[i + 1].begin - tokens[i].end);
                frame = gap == ":" || gap == "/" || gap == "-" || gap == " - ";
            }
        }
        // "business hours", "office hours"
        if (!frame && (w == "hours" || w == "hour") && i > 0 && kHours.contains(tokens[i - 1].lower))
            frame = true;
        // "around the clock"
        if (!frame && w == "clock" && i >= 2 && (tokens[i - 2].lower == "around" || tokens[i - 2].lower == "round"))
            frame = true;
        if (frame)
            flags[tokens[i].sentence] = 1;
    }
    return flags;
}

bool statesTimeFrame(std::string_view text, const std::vector<Token>& tokens)
{
    const std::vector<char> flags = timeFrameSentences(text, tokens);
    return std::find(flags.begin(), flags.end(), 1) != flags.end();
}

std::vector<char> supportLevelSentences(std::string_view text, const std::vector<Token>& tokens)
{
    static const WordSet kSupport
        = {"support", "supported", "help", "helpdesk", "assistance", "response", "responses", "respond", "responds",
            "answer", "answers", "answered", "available", "availability", "reachable", "reply", "replies", "escalation",
            "contact", "contacts", "lead", "manager", "engineer", "engineers", "desk", "sla", "slas", "phone", "call",
            "email", "ticket", "tickets", "case", "cases", "chat", "triaged", "acknowledged", "reach"};
    // Tiers and commitments that state a level without a time frame.
    static const WordSet kLevels
        = {"sla", "slas", "priority", "severity", "premium", "enterprise", "dedicated", "tier", "tiers", "24x7",
            "standard", "basic", "named", "unlimited", "guaranteed", "effort", "level", "levels", "platinum", "gold"};
    const std::vector<char> frames = timeFrameSentences(text, tokens);
    std::vector<char> support(frames.size(), 0), level(frames.size(), 0);
    for (const Token& t : tokens) {
        support[t.sentence] = support[t.sentence] || kSupport.contains(t.lower);
        level[t.sentence] = level[t.sentence] || kLevels.contains(t.lower);
    }
    std::vector<char> states(frames.size(), 0);
    for (std::size_t s = 0; s < frames.size(); ++s)
        states[s] = support[s] && (frames[s] || level[s]);
    return states;
}

bool statesSupportLevel(std::string_view text, const std::vector<Token>& tokens)
{
    const std::vector<char> states = supportLevelSentences(text, tokens);
    return std::find(states.begin(), states.end(), 1) != states.end();
}

std::vector<std::string> phrases::nextSteps()
{
    return {"next step", "next steps", "step 1", "step one", "to get started", "getting started", "get started",
        "to begin", "first step", "start by", "begin by", "follow these steps", "here is how", "here s how",
        "what happens next", "sign in", "log in", "you can now"};
}

bool statesNextSteps(const AnalyzedText& analyzed)
{
    if (!analyzed.matches(Phrases::NextSteps).empty())
        return true;
    const std::string_view text = analyzed.view();
    const std::vector<Token>& tokens = analyzed.tokens;
    // A numbered list: "1." or "1)" opening a line or after ':' or whitespace,
    // followed by a space; never inside a number ("v1.4", "1.12.2026").
    for (std::size_t i = 0; i + 2 < text.size(); ++i) {
        if (text[i] != '1' || (text[i + 1] != '.' && text[i + 1] != ')') || (text[i + 2] != ' ' && text[i + 2] != '\n'))
            continue;
        const char before = i > 0 ? text[i - 1] : '\n';
        if (before == '\n' || before == ' ' || before == ':' || before == '(' || before == '\t')
            return true;
    }
    // A bulleted list of at least two lines.
    int bullets = 0;
    for (std::size_t i = 0; i + 1 < text.size(); ++i)
        if ((i == 0 || text[i - 1] == '\n') && (text[i] == '-' || text[i] == '*') && text[i + 1] == ' ')
            ++bullets;
    if (bullets >= 2)
        return true;
    // A sentence or clause that opens with an instruction: "First, deploy…",
    // "Please upload…", "Deploy the role…", "Access granted: open the link…".
    static const WordSet kOpeners = {"first", "next", "then", "please", "now"};
    static const WordSet kActions = {"deploy", "install", "run", "open", "upload", "book", "schedule", "register",
        "complete", "accept", "invite", "create", "download", "follow", "confirm", "review", "join", "sign", "log",
        "launch", "visit", "go", "start", "reply", "click", "choose", "select", "read", "grant", "attach"};
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const bool opensSentence = i == 0 || tokens[i - 1].sentence != tokens[i].sentence;
        const std::string_view gap
            = i == 0 ? std::string_view() : text.substr(tokens[i - 1].end, tokens[i].begin - tokens[i - 1].end);
        const bool opensClause = gap.find(':') != std::string_view::npos || gap.find(';') != std::string_view::npos;
        if (!opensSentence && !opensClause)
            continue;
        std::size_t k = i;
        if (kOpeners.contains(tokens[k].lower) && k + 1 < tokens.size() && tokens[k + 1].sentence == tokens[i].sentence)
            ++k;
        if (kActions.contains(tokens[k].lower))
            return true;
    }
    return false;
}

std::vector<std::string> phrases::prePurchaseSupport()
{
    return {"presales", "pre sales", "pre purchase", "prepurchase", "pre subscription", "before you buy",
        "before buying", "before you subscribe", "before subscribing", "before purchase", "before purchasing",
        "prior to purchase", "prior to subscribing", "prospective customers", "prospective buyers", "free scoping call",
        "free consultation", "free assessment call"};
}

bool describesPrePurchaseSupport(const AnalyzedText& analyzed)
{
    if (!analyzed.matches(Phrases::PrePurchaseSupport).empty())
        return true;
    // Before *buying*: "before the kick-off call we send a questionnaire" is delivery, not pre-purchase.
    static const std::vector<std::vector<std::string>> kGroups
        = {{"before", "prior", "pre", "prospective", "evaluating", "evaluate", "evaluation", "considering", "thinking",
               "planning", "interested", "exploring"},
            {"subscribe", "subscribing", "subscription", "purchase", "purchasing", "buy", "buying", "sales", "decide",
                "deciding", "signing", "contract", "offer", "commit", "committing", "order", "ordering"}};
    return anySentenceHasAll(analyzed.view(), analyzed.tokens, kGroups);
}

std::vector<std::string> phrases::postPurchaseSupport()
{
    return {"post purchase", "postpurchase", "post sales", "after you subscribe", "after subscribing", "after purchase",
        "after purchasing", "once subscribed", "after you buy", "hypercare", "warranty period"};
}

bool describesPostPurchaseSupport(const AnalyzedText& analyzed)
{
    if (!analyzed.matches(Phrases::PostPurchaseSupport).empty())
        return true;
    static const std::vector<std::vector<std::string>> kGroups
        = {{"after", "post", "once", "following", "during", "throughout", "ongoing", "subscribers", "subscribed",
               "included", "includes", "include"},
            {"support", "help", "assistance", "questions", "answers", "answer", "contact", "available", "follow",
                "hypercare", "warranty", "maintenance"}};
    if (anySentenceHasAll(analyzed.view(), analyzed.tokens, kGroups))
        return true;
    // "Before buying, ask our architects. Round-the-clock access to our
    // engineers, one-hour median reply.": where a text sets the time before
    // buying apart, a level of support (hours, response times, tiers) in
    // another sentence is what subscribers get. Alone, "we answer within one
    // business day" defines neither.
    if (!describesPrePurchaseSupport(analyzed))
        return false;
    static const WordSet kBeforeBuying = {"before", "prior", "pre", "prospective", "evaluating", "evaluate",
        "evaluation", "considering", "presales", "trial"};
    std::vector<char> states = supportLevelSentences(analyzed.view(), analyzed.tokens);
    for (const Token& t : analyzed.tokens)
        if (kBeforeBuying.contains(t.lower))
            states[t.sentence] = 0;
    return std::find(states.begin(), states.end(), 1) != states.end();
}

namespace {

// "3", "three", "a": the number a quantity word stands for; 0 for none.
double quantityOf(const std::string& word)
{
    static const char* const kWords[]
        = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"};
    if (word == "a" || word == "an")
        return 1;
    if (word == "couple")
        return 2;
    for (std::size_t n = 1; n < sizeof kWords / sizeof *kWords; ++n)
        if (word == kWords[n])
            return static_cast<double>(n);
    if (!word.empty() && word.size() <= 4
        && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::stod(word);
    return 0;
}

// The fewest business days `count` units can mean.
double fewestBusinessDays(double count, const std::string& unit, bool business)
{
    auto calendarDays = [](double days) {
        const double weeks = std::floor(days / 7);
        return weeks * 5 + std::max(0.0, days - weeks * 7 - 2);
    };
    if (unit.rfind("hour", 0) == 0)
        return business ? count / 8 : calendarDays(std::ceil(count / 24));
    if (unit.rfind("day", 0) == 0)
        return business ? count : calendarDays(count);
    if (unit.rfind("week", 0) == 0)
        return count * 5;
    if (unit == "fortnight" || unit == "fortnights")
        return count * 10;
    if (unit.rfind("month", 0) == 0)
        return count * 20;
    return 0;
}

} // namespace

std::optional<PromisedDelay> longestPromisedDelay(const std::vector<Token>& tokens, bool replies)
{
    static const WordSet kLeads = {"within", "in", "to", "after"};
    static const WordSet kUnits
        = {"hour", "hours", "day", "days", "week", "weeks", "fortnight", "fortnights", "month", "months"};
    static const WordSet kReplies = {"reply", "replies", "replied", "respond", "responds", "response", "responses",
        "answer", "answers", "answered", "contact", "contacts", "contacted", "call", "calls", "back", "touch",
        "acknowledge", "acknowledges", "reach", "hear", "first"};
    static const WordSet kOtherOutcomes = {"resolve", "resolves", "resolved", "fix", "fixes", "fixed", "ship", "ships",
        "deliver", "delivers", "delivered", "complete", "completes", "completed", "runs", "lasts", "starts", "report"};
    std::optional<PromisedDelay> longest;
    for (std::size_t k = 0; k + 1 < tokens.size(); ++k) {
        double count = 0;
        std::size_t unit = 0;
        const std::string& w = tokens[k].lower;
        if (w == "next" && (tokens[k + 1].lower == "month" || tokens[k + 1].lower == "week")) {
            count = 1; // "next month", "next week"
            unit = k + 1;
        } else if (kLeads.contains(w)) {
            std::size_t j = k + 1;
            while (j < tokens.size() && (tokens[j].lower == "the" || tokens[j].lower == "next"))
                ++j;
            // "two to three weeks": the upper bound
            while (j < tokens.size() && quantityOf(tokens[j].lower) > 0) {
                count = quantityOf(tokens[j].lower);
                ++j;
                if (j + 1 < tokens.size() && (tokens[j].lower == "to" || tokens[j].lower == "or")
                    && quantityOf(tokens[j + 1].lower) > 0)
                    ++j;
                else
                    break;
            }
            if (j < tokens.size() && (tokens[j].lower == "business" || tokens[j].lower == "working"))
                ++j;
            if (count > 0 && j < tokens.size() && kUnits.contains(tokens[j].lower)
                && tokens[j].sentence == tokens[k].sentence)
                unit = j;
            else if (j < tokens.size() && (tokens[j].lower == "fortnight")
                && tokens[j].sentence == tokens[k].sentence) {
                count = 1; // "within a fortnight"
                unit = j;
            }
        }
        if (unit == 0)
            continue;
        const bool business = tokens[unit - 1].lower == "business" || tokens[unit - 1].lower == "working";
        if (replies) {
            // The nearest outcome before the promise says what is promised.
            bool reply = false;
            for (std::size_t j = k; j-- > (k > 7 ? k - 7 : 0) && tokens[j].sentence == tokens[k].sentence;) {
                if (kOtherOutcomes.contains(tokens[j].lower))
                    break;
                if (kReplies.contains(tokens[j].lower)) {
                    reply = true;
                    break;
                }
            }
            if (!reply)
                continue;
        }
        const double days = fewestBusinessDays(count, tokens[unit].lower, business);
        if (!longest || days > longest->businessDays)
            longest = PromisedDelay {days, {tokens[k].begin, tokens[unit].end}};
    }
    return longest;
}

} // namespace proserv
