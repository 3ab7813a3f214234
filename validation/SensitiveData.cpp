#include "validation/SensitiveData.h"

#include "validation/TextTools.h"

#include <cctype>

namespace proserv {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isAlnum(char c) { return isDigit(c) || isUpper(c) || (c >= 'a' && c <= 'z'); }

int prefixValue(std::string_view digits, std::size_t n) { return std::stoi(std::string(digits.substr(0, n))); }

// Card brand prefixes and lengths after braintree/credit-card-type (MIT).
bool hasCardBrandPrefix(std::string_view d)
{
    const std::size_t n = d.size();
    const int p1 = d[0] - '0', p2 = prefixValue(d, 2), p3 = prefixValue(d, 3), p4 = prefixValue(d, 4);
    if (p1 == 4 && (n == 13 || n == 16 || n == 18 || n == 19)) return true;                      // Visa
    if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n == 16) return true;         // Mastercard
    if ((p2 == 34 || p2 == 37) && n == 15) return true;                                           // Amex
    if (((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39) && n >= 14) return true;   // Diners
    if ((p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65) && n >= 16) return true;             // Discover
    if (p4 >= 3528 && p4 <= 3589 && n >= 16) return true;                                         // JCB
    if ((p2 == 62 || p2 == 81) && n >= 14) return true;                                           // UnionPay
    if ((p2 == 50 || (p2 >= 56 && p2 <= 69)) && n >= 13) return true;                             // Maestro
    if (p4 >= 2200 && p4 <= 2204 && n >= 16) return true;                                         // Mir
    return false;
}

// Finds runs of digits with single spaces or dashes between digit groups.
struct DigitRun {
    std::size_t begin;
    std::size_t end;
    std::string digits;
};

std::vector<DigitRun> digitRuns(std::string_view text)
{
    std::vector<DigitRun> runs;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!isDigit(text[i]) || (i > 0 && (isAlnum(text[i - 1]) || text[i - 1] == '.'))) {
            ++i;
            continue;
        }
        DigitRun run{i, i, {}};
        std::size_t j = i;
        while (j < text.size()) {
            if (isDigit(text[j])) {
                run.digits += text[j];
                run.end = ++j;
            } else if ((text[j] == ' ' || text[j] == '-') && j + 1 < text.size() && isDigit(text[j + 1])) {
                ++j;
            } else {
                break;
            }
        }
        const bool glued = run.end < text.size() && isAlnum(text[run.end]);
        if (!glued)
            runs.push_back(run);
        i = run.end > i ? run.end : i + 1;
    }
    return runs;
}

bool isBase32Upper(char c) { return isUpper(c) || (c >= '2' && c <= '7'); }

bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

} // namespace

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

std::vector<Detection> findCardNumbers(std::string_view text)
{
    std::vector<Detection> found;
    for (const DigitRun& run : digitRuns(text)) {
        if (run.digits.size() < 13 || run.digits.size() > 19 || !hasCardBrandPrefix(run.digits)
            || !passesLuhn(run.digits))
            continue;
        found.push_back({{run.begin, run.end}, run.digits.substr(run.digits.size() - 4)});
    }
    return found;
}

std::vector<Detection> findRoutingNumbers(std::string_view text)
{
    std::vector<Detection> found;
    for (const DigitRun& run : digitRuns(text)) {
        if (run.digits.size() != 9 || run.end - run.begin != 9)
            continue; // routing numbers are written as one block of 9 digits
        const int prefix = prefixValue(run.digits, 2);
        const bool federalReservePrefix = prefix <= 12 || (prefix >= 21 && prefix <= 32)
                                          || (prefix >= 61 && prefix <= 72) || prefix == 80;
        if (federalReservePrefix && passesAbaChecksum(run.digits))
            found.push_back({{run.begin, run.end}, maskSecret(run.digits, 2, 2)});
    }
    return found;
}

std::vector<Detection> findIbans(std::string_view text)
{
    std::vector<Detection> found;
    for (std::size_t i = 0; i + 4 < text.size(); ++i) {
        if (!(isUpper(text[i]) && isUpper(text[i + 1]) && isDigit(text[i + 2]) && isDigit(text[i + 3])))
            continue;
        if (i > 0 && isAlnum(text[i - 1]))
            continue;
        // Collect up to 34 alphanumerics, allowing single spaces between groups,
        // and try the longest candidate that validates (trailing words must not
        // break a match).
        std::string compact;
        std::vector<std::size_t> endOffsets; // byte end after each collected char
        std::size_t j = i;
        while (j < text.size() && compact.size() < 34) {
            const char c = static_cast<char>(std::toupper(static_cast<unsigned char>(text[j])));
            if (isAlnum(text[j])) {
                compact += c;
                endOffsets.push_back(++j);
            } else if (text[j] == ' ' && j + 1 < text.size() && isAlnum(text[j + 1])) {
                ++j;
            } else {
                break;
            }
        }
        for (std::size_t len = compact.size(); len >= 15; --len) {
            const std::size_t end = endOffsets[len - 1];
            if (end < text.size() && isAlnum(text[end]))
                continue; // would cut a word in half
            if (passesIbanMod97(std::string_view(compact).substr(0, len))) {
                found.push_back({{i, end}, maskSecret(compact.substr(0, len), 4, 2)});
                i = end;
                break;
            }
        }
    }
    return found;
}

std::vector<Detection> findAwsAccessKeyIds(std::string_view text)
{
    std::vector<Detection> found;
    for (std::size_t i = 0; i + 20 <= text.size(); ++i) {
        if (text[i] != 'A')
            continue; // cheap pre-filter: every key prefix starts with 'A'
        const std::string_view prefix = text.substr(i, 4);
        if (prefix != "AKIA" && prefix != "ASIA" && prefix != "ABIA" && prefix != "ACCA")
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

std::vector<Detection> findAwsSecretKeys(std::string_view text)
{
    std::vector<Detection> found;
    auto isKeyChar = [](char c) { return isAlnum(c) || c == '/' || c == '+'; };
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
        if (candidate.size() == 40 && !endsWith(candidate, "EXAMPLEKEY")) {
            bool upper = false, lower = false, digit = false;
            for (char c : candidate) {
                upper = upper || isUpper(c);
                lower = lower || (c >= 'a' && c <= 'z');
                digit = digit || isDigit(c);
            }
            // Only with context: a bare 40-character string may be a hash.
            const std::size_t from = i > 120 ? i - 120 : 0;
            std::string before(text.substr(from, i - from));
            for (char& c : before)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            const bool context = before.find("secret") != std::string::npos || before.find("aws") != std::string::npos
                                 || before.find("key") != std::string::npos;
            if (upper && lower && digit && context)
                found.push_back({{i, j}, maskSecret(candidate, 4, 0)});
        }
        i = j;
    }
    return found;
}

} // namespace proserv
