#include "validation/SensitiveData.h"

#include "validation/TextTools.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace proserv {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
bool isAlnum(char c)
{
    return isDigit(c) || isUpper(c) || (c >= 'a' && c <= 'z');
}

int prefixValue(std::string_view digits, std::size_t n)
{
    return std::stoi(std::string(digits.substr(0, n)));
}

// Card brand prefixes and lengths after braintree/credit-card-type (MIT).
bool hasCardBrandPrefix(std::string_view d)
{
    const std::size_t n = d.size();
    const int p1 = d[0] - '0', p2 = prefixValue(d, 2), p3 = prefixValue(d, 3), p4 = prefixValue(d, 4);
    if (p1 == 4 && (n == 13 || n == 16 || n == 18 || n == 19))
        return true; // Visa
    if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n == 16)
        return true; // Mastercard
    if ((p2 == 34 || p2 == 37) && n == 15)
        return true; // Amex
    if (((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39) && n >= 14)
        return true; // Diners
    if ((p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65) && n >= 16)
        return true; // Discover
    if (p4 >= 3528 && p4 <= 3589 && n >= 16)
        return true; // JCB
    if ((p2 == 62 || p2 == 81) && n >= 14)
        return true; // UnionPay
    if ((p2 == 50 || (p2 >= 56 && p2 <= 69)) && n >= 13)
        return true; // Maestro
    if (p4 >= 2200 && p4 <= 2204 && n >= 16)
        return true; // Mir
    return false;
}

// Finds runs of digits with single spaces or dashes between digit groups.
struct DigitRun {
    std::size_t begin;
    std::size_t end;
    std::string digits;
};

// The separator classes a card number may be written with; one per number
// ("4111.1111.1111.1111", "4111 1111\n1111 1111"), so a date and a phone
// number next to each other are not joined.
int separatorClass(char c)
{
    switch (c) {
    case ' ':
    case '\t':
    case '\n': return 1;
    case '-': return 2;
    case '.': return 3;
    case '/': return 4;
    default: return 0;
    }
}

std::vector<DigitRun> digitRuns(std::string_view text)
{
    std::vector<DigitRun> runs;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!isDigit(text[i]) || (i > 0 && (isAlnum(text[i - 1]) || text[i - 1] == '.'))) {
            ++i;
            continue;
        }
        DigitRun run {i, i, {}};
        std::size_t j = i;
        int separators = 0;
        while (j < text.size()) {
            if (isDigit(text[j])) {
                run.digits += text[j];
                run.end = ++j;
                continue;
            }
            std::size_t width = text[j] == '\r' && j + 1 < text.size() && text[j + 1] == '\n' ? 2 : 1;
            const int cls = separatorClass(text[j + width - 1]);
            if (cls == 0 || (separators != 0 && cls != separators) || j + width >= text.size()
                || !isDigit(text[j + width]))
                break;
            separators = cls; // one separator between digit groups
            j += width;
        }
        const bool glued = run.end < text.size() && isAlnum(text[run.end]);
        if (!glued)
            runs.push_back(run);
        i = run.end > i ? run.end : i + 1;
    }
    return runs;
}

// The text as the scanners read it — once, before every detector — as a
// person sees it: full-width digits and letters as ASCII, every Unicode space
// as ' ', every dash as '-', and the invisible characters (zero-width space,
// joiners, word joiner, byte-order mark, soft hyphen) left out, so that
// "AKIA\u200BQ3EG…" reads as the key it shows. Each byte keeps its offset in
// the original text, so findings point at what the user wrote. "４１１１ 1111…",
// "4111\u00A01111…" and "4111\u200B1111…" all read as a card number.
struct ScanText {
    std::string text;
    std::vector<std::size_t> from; // original offset of each byte of `text`
    std::vector<std::size_t> to; // original offset just after it
    std::size_t originalSize = 0;
    TextRange original(const TextRange& r) const
    {
        if (r.begin >= r.end || r.end > text.size())
            return r;
        return {from[r.begin], to[r.end - 1]};
    }
};

ScanText scanText(std::string_view s)
{
    ScanText out;
    out.originalSize = s.size();
    out.text.reserve(s.size());
    out.from.reserve(s.size());
    out.to.reserve(s.size());
    const auto b = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
    for (std::size_t i = 0; i < s.size();) {
        char replacement = 0;
        std::size_t width = 1;
        const unsigned c = b(i);
        bool invisible = false;
        if (c == 0xEF && b(i + 1) == 0xBC && b(i + 2) >= 0x90 && b(i + 2) <= 0x99) {
            replacement = static_cast<char>('0' + (b(i + 2) - 0x90)), width = 3;
        } else if (c == 0xEF && b(i + 1) == 0xBC && b(i + 2) >= 0xA1 && b(i + 2) <= 0xBA) {
            replacement = static_cast<char>('A' + (b(i + 2) - 0xA1)), width = 3;
        } else if (c == 0xEF && b(i + 1) == 0xBD && b(i + 2) >= 0x81 && b(i + 2) <= 0x9A) {
            replacement = static_cast<char>('a' + (b(i + 2) - 0x81)), width = 3;
        } else if (c == 0xEF && b(i + 1) == 0xBB && b(i + 2) == 0xBF) {
            invisible = true, width = 3; // BOM used as a zero-width no-break space
        } else if (c == 0xC2 && b(i + 1) == 0xA0) {
            replacement = ' ', width = 2;
        } else if (c == 0xC2 && b(i + 1) == 0xAD) {
            invisible = true, width = 2; // soft hyphen
        } else if (c == 0xE2 && b(i + 1) == 0x80 && b(i + 2) >= 0x8B && b(i + 2) <= 0x8D) {
            invisible = true, width = 3; // U+200B–200D zero-width space and joiners
        } else if (c == 0xE2 && b(i + 1) == 0x80 && ((b(i + 2) >= 0x80 && b(i + 2) <= 0x8A) || b(i + 2) == 0xAF)) {
            replacement = ' ', width = 3; // U+2000–200A spaces, U+202F
        } else if (c == 0xE2 && b(i + 1) == 0x80 && b(i + 2) >= 0x90 && b(i + 2) <= 0x95) {
            replacement = '-', width = 3; // U+2010–2015 hyphens and dashes
        } else if (c == 0xE2 && b(i + 1) == 0x81 && b(i + 2) == 0xA0) {
            invisible = true, width = 3; // word joiner
        } else if (c == 0xE2 && b(i + 1) == 0x81 && b(i + 2) == 0x9F) {
            replacement = ' ', width = 3; // medium mathematical space
        } else if (c == 0xE3 && b(i + 1) == 0x80 && b(i + 2) == 0x80) {
            replacement = ' ', width = 3; // ideographic space
        }
        if (invisible) {
            // Nothing read; a finding around it still spans it in the original.
        } else if (replacement) {
            out.text += replacement;
            out.from.push_back(i);
            out.to.push_back(i + width);
        } else {
            out.text += s[i];
            out.from.push_back(i);
            out.to.push_back(i + 1);
        }
        i += width;
    }
    return out;
}

// Whether the scanner reads `text` other than as written: only non-ASCII text
// can (most text is ASCII: no copy).
std::optional<ScanText> differentReading(std::string_view text)
{
    if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        return std::nullopt;
    ScanText scan = scanText(text);
    if (scan.text == text)
        return std::nullopt;
    return scan;
}

// The four letters every AWS access key ID starts with.
bool isAccessKeyPrefix(std::string_view four)
{
    return four == "AKIA" || four == "ASIA" || four == "ABIA" || four == "ACCA";
}

bool isBase32Upper(char c)
{
    return isUpper(c) || (c >= '2' && c <= '7');
}

bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

} // namespace

bool isWellKnownTestCardNumber(std::string_view digits);
std::vector<Detection> findCardNumbersRaw(std::string_view text);
std::vector<Detection> findIbansRaw(std::string_view text);
std::vector<Detection> findRoutingNumbersRaw(std::string_view text);
std::vector<Detection> findAwsAccessKeyIdsRaw(std::string_view text);
std::vector<Detection> findAwsSecretKeysRaw(std::string_view text);

bool passesLuhn(std::string_view digits)
{
    int sum = 0;
    bool doubleIt = false;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        int d = *it - '0';
        if (doubleIt && (d *= 2) > 9)
            d -= 9;
        sum += d;
        doubleIt = !doubleIt;
    }
    return !digits.empty() && sum % 10 == 0;
}

bool passesIbanMod97(std::string_view iban)
{
    if (iban.size() < 15 || iban.size() > 34)
        return false;
    const std::string rearranged = std::string(iban.substr(4)) + std::string(iban.substr(0, 4));
    int remainder = 0;
    for (char c : rearranged) {
        if (isDigit(c))
            remainder = (remainder * 10 + (c - '0')) % 97;
        else if (isUpper(c))
            remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
        else
            return false;
    }
    return remainder == 1;
}

bool passesAbaChecksum(std::string_view d)
{
    if (d.size() != 9)
        return false;
    static const int weights[9] = {3, 7, 1, 3, 7, 1, 3, 7, 1};
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += (d[static_cast<std::size_t>(i)] - '0') * weights[i];
    return sum % 10 == 0;
}

std::vector<Detection> findCardNumbersRaw(std::string_view text)
{
    std::vector<Detection> found;
    for (const DigitRun& run : digitRuns(text)) {
        if (run.digits.size() < 13 || run.digits.size() > 19 || !hasCardBrandPrefix(run.digits)
            || !passesLuhn(run.digits))
            continue;
        found.push_back(
            {{run.begin, run.end}, run.digits.substr(run.digits.size() - 4), isWellKnownTestCardNumber(run.digits)});
    }
    return found;
}

bool isWellKnownTestCardNumber(std::string_view digits)
{
    // Published by payment providers for testing (Stripe, Braintree, Adyen,
    // PayPal, Visa and Mastercard developer documentation).
    static const char* const kTestCards[]
        = {"4111111111111111", "4242424242424242", "4012888888881881", "4222222222222", "4000056655665556",
            "4000000000000002", "4000000000000077", "4000000000003220", "4917610000000000", "4988080000000000",
            "5555555555554444", "5105105105105100", "5200828282828210", "2223003122003222", "2223000048400011",
            "5454545454545454", "378282246310005", "371449635398431", "378734493671000", "340000000000009",
            "6011111111111117", "6011000990139424", "6011000400000000", "3530111333300000", "3566002020360505",
            "30569309025904", "38520000023237", "36006666333344", "6200000000000005", "6250941006528599"};
    for (const char* card : kTestCards)
        if (digits == card)
            return true;
    return false;
}

std::vector<Detection> findRoutingNumbersRaw(std::string_view text)
{
    std::vector<Detection> found;
    for (const DigitRun& run : digitRuns(text)) {
        if (run.digits.size() != 9 || run.end - run.begin != 9)
            continue; // routing numbers are written as one block of 9 digits
        const int prefix = prefixValue(run.digits, 2);
        const bool federalReservePrefix
            = prefix <= 12 || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix == 80;
        if (federalReservePrefix && passesAbaChecksum(run.digits))
            found.push_back({{run.begin, run.end}, maskSecret(run.digits, 2, 2)});
    }
    return found;
}

namespace {

// IBAN lengths by country (ISO 13616 registry, SWIFT IBAN Registry release 95).
std::size_t ibanLength(char a, char b)
{
    static const struct {
        char code[3];
        unsigned char length;
    } kCountries[] = {{"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16}, {"BG", 22},
        {"BH", 22}, {"BI", 27}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22}, {"CY", 28}, {"CZ", 24}, {"DE", 22},
        {"DJ", 27}, {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24}, {"FI", 18}, {"FK", 18}, {"FO", 18},
        {"FR", 27}, {"GB", 22}, {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27}, {"GT", 28}, {"HR", 21}, {"HU", 28},
        {"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IS", 26}, {"IT", 27}, {"JO", 30}, {"KW", 30}, {"KZ", 20}, {"LB", 28},
        {"LC", 32}, {"LI", 21}, {"LT", 20}, {"LU", 20}, {"LV", 21}, {"LY", 25}, {"MC", 27}, {"MD", 24}, {"ME", 22},
        {"MK", 19}, {"MN", 20}, {"MR", 27}, {"MT", 31}, {"MU", 30}, {"NI", 28}, {"NL", 18}, {"NO", 15}, {"OM", 23},
        {"PK", 24}, {"PL", 28}, {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"RU", 33}, {"SA", 24},
        {"SC", 31}, {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"SO", 23}, {"ST", 25}, {"SV", 28},
        {"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20}, {"YE", 30}};
    for (const auto& country : kCountries)
        if (country.code[0] == a && country.code[1] == b)
            return country.length;
    return 0;
}

char upper(char c)
{
    return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

} // namespace

std::vector<Detection> findIbansRaw(std::string_view text)
{
    // An IBAN is written either as one run of letters and digits or in groups
    // of four separated by single spaces or dashes (the last group shorter),
    // in either case; its country fixes its length. Words around it never
    // join it: "AZ104 Azure Administrator" is not read as an IBAN.
    std::vector<Detection> found;
    for (std::size_t i = 0; i + 4 < text.size(); ++i) {
        const char a = upper(text[i]), b = upper(text[i + 1]);
        if (!(isUpper(a) && isUpper(b) && isDigit(text[i + 2]) && isDigit(text[i + 3])))
            continue;
        if (i > 0 && isAlnum(text[i - 1]))
            continue;
        const std::size_t length = ibanLength(a, b);
        if (length == 0)
            continue;
        std::string compact;
        std::size_t j = i, group = 0;
        char separator = 0;
        while (j < text.size() && compact.size() < length) {
            if (isAlnum(text[j])) {
                compact += upper(text[j]);
                ++group;
                ++j;
                continue;
            }
            const bool sep = (text[j] == ' ' || text[j] == '-') && group == 4 && j + 1 < text.size()
                && isAlnum(text[j + 1]) && (separator == 0 || separator == text[j]);
            if (!sep)
                break;
            separator = text[j];
            group = 0;
            ++j;
        }
        const bool grouped = separator != 0;
        if (compact.size() != length || (j < text.size() && isAlnum(text[j])) || (!grouped && compact.size() != j - i))
            continue;
        if (passesIbanMod97(compact)) {
            found.push_back({{i, j}, maskSecret(compact, 4, 2)});
            i = j;
        }
    }
    return found;
}

std::vector<Detection> findAwsAccessKeyIdsRaw(std::string_view text)
{
    std::vector<Detection> found;
    for (std::size_t i = 0; i + 20 <= text.size(); ++i) {
        if (text[i] != 'A')
            continue; // cheap pre-filter: every key prefix starts with 'A'
        if (!isAccessKeyPrefix(text.substr(i, 4)))
            continue;
        if (i > 0 && isAlnum(text[i - 1]))
            continue;
        std::size_t j = i + 4;
        while (j < text.size() && j < i + 20 && isBase32Upper(text[j]))
            ++j;
        if (j != i + 20 || (j < text.size() && isAlnum(text[j])))
            continue;
        const std::string_view key = text.substr(i, 20);
        if (endsWith(key, "EXAMPLE"))
            continue; // AWS's documented example key
        found.push_back({{i, j}, maskSecret(key, 4, 0)});
        i = j;
    }
    return found;
}

std::vector<Detection> findAwsSecretKeysRaw(std::string_view text)
{
    std::vector<Detection> found;
    auto isKeyChar = [](char c) { return isAlnum(c) || c == '/' || c == '+'; };
    auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '\''; };
    std::size_t i = 0;
    while (i < text.size()) {
        if (!isKeyChar(text[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < text.size() && isKeyChar(text[j]))
            ++j;
        const std::string_view candidate = text.substr(i, j - i);
        if (candidate.size() != 40) {
            i = j;
            continue;
        }
        // The whitespace-separated word the candidate is in: a URL or a path
        // segment ("docs.example.com/AWS/Guides/…") is not a key.
        // (Looked for within 512 bytes each side: a word of a megabyte must not
        // be read again for each of its candidates.)
        std::size_t wordBegin = i, wordEnd = j;
        while (wordBegin > 0 && i - wordBegin < 512 && !isSpace(text[wordBegin - 1]))
            --wordBegin;
        while (wordEnd < text.size() && wordEnd - j < 512 && !isSpace(text[wordEnd]))
            ++wordEnd;
        const std::string_view word = text.substr(wordBegin, wordEnd - wordBegin);
        const bool inUrl = word.find("://") != std::string_view::npos || word.find("www.") != std::string_view::npos
            || candidate.front() == '/' || candidate.back() == '/'
            || (i > 0 && (text[i - 1] == '.' || text[i - 1] == '/'));
        if (!inUrl && !endsWith(candidate, "EXAMPLEKEY")) {
            bool upper = false, lower = false, digit = false;
            for (char c : candidate) {
                upper = upper || isUpper(c);
                lower = lower || (c >= 'a' && c <= 'z');
                digit = digit || isDigit(c);
            }
            // Only with context: a bare 40-character string may be a hash or a name.
            const std::size_t from = i > 120 ? i - 120 : 0;
            std::string before(text.substr(from, i - from));
            for (char& c : before)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            const bool context = before.find("secret") != std::string::npos || before.find("key") != std::string::npos;
            if (upper && lower && digit && context)
                found.push_back({{i, j}, maskSecret(candidate, 4, 0)});
        }
        i = j;
    }
    return found;
}

struct SensitiveScan::Reading {
    ScanText scan;
};

SensitiveScan::SensitiveScan(std::string_view text) : m_text(text)
{
    if (std::optional<ScanText> reading = differentReading(text))
        m_reading = std::make_unique<Reading>(Reading {std::move(*reading)});
}

SensitiveScan::~SensitiveScan() = default;

// Runs a detector over the scanner's reading of the text and maps what it found back.
std::vector<Detection> SensitiveScan::run(std::vector<Detection> (*detect)(std::string_view)) const
{
    if (!m_reading)
        return detect(m_text);
    std::vector<Detection> found = detect(m_reading->scan.text);
    for (Detection& d : found)
        d.range = m_reading->scan.original(d.range);
    return found;
}

std::vector<Detection> SensitiveScan::cardNumbers() const
{
    return run(&findCardNumbersRaw);
}
std::vector<Detection> SensitiveScan::ibans() const
{
    return run(&findIbansRaw);
}
std::vector<Detection> SensitiveScan::routingNumbers() const
{
    return run(&findRoutingNumbersRaw);
}
std::vector<Detection> SensitiveScan::awsAccessKeyIds() const
{
    return run(&findAwsAccessKeyIdsRaw);
}
std::vector<Detection> SensitiveScan::awsSecretKeys() const
{
    return run(&findAwsSecretKeysRaw);
}

std::vector<Detection> findCardNumbers(std::string_view text)
{
    return SensitiveScan(text).cardNumbers();
}
std::vector<Detection> findIbans(std::string_view text)
{
    return SensitiveScan(text).ibans();
}
std::vector<Detection> findRoutingNumbers(std::string_view text)
{
    return SensitiveScan(text).routingNumbers();
}
std::vector<Detection> findAwsAccessKeyIds(std::string_view text)
{
    return SensitiveScan(text).awsAccessKeyIds();
}
std::vector<Detection> findAwsSecretKeys(std::string_view text)
{
    return SensitiveScan(text).awsSecretKeys();
}

bool mayHoldSensitiveData(std::string_view text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (isDigit(static_cast<char>(c)) || c >= 0x80)
            return true;
        if (c == 'A' && isAccessKeyPrefix(text.substr(i, 4)))
            return true;
    }
    return false;
}

std::string maskSecretsIn(std::string_view text)
{
    if (!mayHoldSensitiveData(text))
        return std::string(text);
    const SensitiveScan scan(text);
    std::vector<Detection> found;
    for (auto finder : {&SensitiveScan::cardNumbers, &SensitiveScan::ibans, &SensitiveScan::awsAccessKeyIds,
             &SensitiveScan::awsSecretKeys})
        for (Detection& d : (scan.*finder)())
            found.push_back(std::move(d));
    if (found.empty())
        return std::string(text);
    std::sort(found.begin(), found.end(),
        [](const Detection& a, const Detection& b) { return a.range.begin < b.range.begin; });
    std::string out;
    std::size_t at = 0;
    for (const Detection& d : found) {
        if (d.range.begin < at)
            continue; // overlapping detections: the first one already hid it
        out.append(text.substr(at, d.range.begin - at));
        const std::string masked = d.masked.size() == 4 ? "****" + d.masked : d.masked; // cards keep their last four
        out += masked;
        at = d.range.end;
    }
    out.append(text.substr(at));
    return out;
}

} // namespace proserv
