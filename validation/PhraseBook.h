// Every phrase list the text rules read, by name, in one matcher: a text's
// words are looked up once for all lists (AnalyzedText), and each match is
// filed under its list. LanguageTool keeps its rules' data apart from the
// rules the same way; here each list's phrases are still written beside the
// rule that reads them (the phrases:: functions), and only matched here.
#pragma once

#include "validation/TextTools.h"

#include <array>
#include <bitset>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace proserv {

enum class Phrases : std::uint8_t {
    Placeholders, // lorem ipsum, TBD… (data/placeholders.txt)
    Offensive, // listed words and phrases, English and other languages
    OffensiveAllowed, // ordinary phrases holding a listed word ("cocktail party")
    OffensiveNames, // names that hold one ("Intercourse, Pennsylvania")
    PaymentData, // card numbers, bank details…
    PaymentDataNeedsContext, // payment data only beside bank or card words ("security code")
    Credentials, // passwords, access keys…
    OffPlatformBilling, // billing outside AWS Marketplace by itself ("invoice you directly")
    PaymentMethods, // billing only in a sentence about paying ("wire transfer")
    NextSteps, // "next steps", "to get started"
    PrePurchaseSupport, // "before you subscribe", "pre-sales"
    PostPurchaseSupport, // "after purchase", "hypercare"
    BillingPredicates, // words that move money, in five languages ("invoiced", "abgerechnet")
    BillingByItself, // billing outside AWS by itself ("reimbursed", "passed through")
    AwsNames, // "aws", "amazon" (BrandRules.cpp judges how they are used)
    SubscriberData, // subscribers' contact data ("subscriber", "email addresses")
    RequestMarkers, // polite requests in other languages ("bitte", "merci de", "envíenos")
    Count
};
inline constexpr std::size_t kPhraseListCount = static_cast<std::size_t>(Phrases::Count);

// One phrase found in a text: its words (token indices, inclusive) and bytes.
struct PhraseMatch {
    std::size_t firstToken;
    std::size_t lastToken; // inclusive
    TextRange range;
};

// The matches of every list in one text, each list's in token order.
// Most texts (a key, a unit, a short name) match nothing: their lists are
// not allocated at all, so a listing of 80,000 dimensions does not build
// seventeen empty vectors for each of its quarter million texts.
class PhraseMatches {
public:
    PhraseMatches() = default;
    PhraseMatches(const PhraseMatches& other) : m_lists(other.m_lists ? std::make_unique<Lists>(*other.m_lists) : nullptr)
    {
    }
    PhraseMatches(PhraseMatches&&) noexcept = default;
    PhraseMatches& operator=(const PhraseMatches& other)
    {
        m_lists = other.m_lists ? std::make_unique<Lists>(*other.m_lists) : nullptr;
        return *this;
    }
    PhraseMatches& operator=(PhraseMatches&&) noexcept = default;

    const std::vector<PhraseMatch>& operator[](Phrases list) const
    {
        static const std::vector<PhraseMatch> none;
        return m_lists ? (*m_lists)[static_cast<std::size_t>(list)] : none;
    }
    std::vector<PhraseMatch>& operator[](Phrases list)
    {
        if (!m_lists)
            m_lists = std::make_unique<Lists>();
        return (*m_lists)[static_cast<std::size_t>(list)];
    }

private:
    using Lists = std::array<std::vector<PhraseMatch>, kPhraseListCount>;
    std::unique_ptr<Lists> m_lists; // null: no list has a match
};

// Each list's phrases, written beside the rule that reads them.
namespace phrases {
std::vector<std::string> placeholders(); // ContentScan.cpp
std::vector<std::string> offensive(); // ContentScan.cpp
std::vector<std::string> offensiveAllowed(); // ContentScan.cpp
std::vector<std::string> offensiveNames(); // ContentScan.cpp
std::vector<std::string> paymentData(); // CustomerInfoRules.cpp
std::vector<std::string> paymentDataNeedsContext(); // CustomerInfoRules.cpp
std::vector<std::string> credentials(); // CustomerInfoRules.cpp
std::vector<std::string> offPlatformBilling(); // CustomerInfoRules.cpp
std::vector<std::string> paymentMethods(); // CustomerInfoRules.cpp
std::vector<std::string> nextSteps(); // SupportText.cpp
std::vector<std::string> prePurchaseSupport(); // SupportText.cpp
std::vector<std::string> postPurchaseSupport(); // SupportText.cpp
std::vector<std::string> billingPredicates(); // BillingClauses.cpp
std::vector<std::string> billingByItself(); // BillingClauses.cpp
std::vector<std::string> awsNames(); // BrandRules.cpp
std::vector<std::string> subscriberData(); // CustomerInfoRules.cpp
std::vector<std::string> requestMarkers(); // Requests.cpp
} // namespace phrases

// Matches word sequences case-insensitively and on word boundaries only,
// within one sentence; every list at once.
class PhraseBook {
public:
    // The book of every list above, built on first use.
    static const PhraseBook& instance();
    // A book of the given lists only (for tests).
    explicit PhraseBook(const std::vector<std::pair<Phrases, std::vector<std::string>>>& lists);

    PhraseMatches findAll(const std::vector<Token>& tokens) const;

private:
    struct Entry {
        std::vector<std::string> words;
        Phrases list;
    };
    // Phrases by the hash of their first word (Token::hash), lists in order.
    std::unordered_map<std::size_t, std::vector<Entry>, PrecomputedHash> m_byFirstWord;
    // A one-bit-per-bucket filter of those hashes: most tokens start no
    // phrase, and a bit test is far cheaper than a hash-map lookup.
    static constexpr std::size_t kFilterBits = 8192;
    static std::size_t filterBit(std::size_t hash) { return (hash ^ (hash >> 17)) % kFilterBits; }
    std::bitset<kFilterBits> m_firstWordFilter;
};

} // namespace proserv
