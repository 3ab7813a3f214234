#include "validation/PhraseBook.h"

namespace proserv {

const PhraseBook& PhraseBook::instance()
{
    static const PhraseBook book({
        {Phrases::Placeholders, phrases::placeholders()},
        {Phrases::Offensive, phrases::offensive()},
        {Phrases::OffensiveAllowed, phrases::offensiveAllowed()},
        {Phrases::OffensiveNames, phrases::offensiveNames()},
        {Phrases::PaymentData, phrases::paymentData()},
        {Phrases::PaymentDataNeedsContext, phrases::paymentDataNeedsContext()},
        {Phrases::Credentials, phrases::credentials()},
        {Phrases::OffPlatformBilling, phrases::offPlatformBilling()},
        {Phrases::PaymentMethods, phrases::paymentMethods()},
        {Phrases::NextSteps, phrases::nextSteps()},
        {Phrases::PrePurchaseSupport, phrases::prePurchaseSupport()},
        {Phrases::PostPurchaseSupport, phrases::postPurchaseSupport()},
        {Phrases::BillingPredicates, phrases::billingPredicates()},
        {Phrases::BillingByItself, phrases::billingByItself()},
        {Phrases::AwsNames, phrases::awsNames()},
        {Phrases::SubscriberData, phrases::subscriberData()},
        {Phrases::RequestMarkers, phrases::requestMarkers()},
    });
    return book;
}

PhraseBook::PhraseBook(const std::vector<std::pair<Phrases, std::vector<std::string>>>& lists)
{
    for (const auto& [list, phrases] : lists)
        for (const std::string& phrase : phrases) {
            std::vector<std::string> words;
            for (const Token& t : tokenize(phrase))
                words.push_back(t.lower);
            if (words.empty())
                continue;
            const std::size_t hash = std::hash<std::string> {}(words.front());
            m_firstWordFilter.set(filterBit(hash));
            m_byFirstWord[hash].push_back({std::move(words), list});
        }
}

PhraseMatches PhraseBook::findAll(const std::vector<Token>& tokens) const
{
    PhraseMatches matches;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (!m_firstWordFilter.test(filterBit(tokens[i].hash)))
            continue;
        const auto candidates = m_byFirstWord.find(tokens[i].hash);
        if (candidates == m_byFirstWord.end())
            continue;
        for (const Entry& entry : candidates->second) {
            const std::vector<std::string>& words = entry.words;
            if (i + words.size() > tokens.size())
                continue;
            bool all = true;
            for (std::size_t k = 0; k < words.size() && all; ++k)
                all = tokens[i + k].lower == words[k] && tokens[i + k].sentence == tokens[i].sentence;
            if (all) {
                const std::size_t last = i + words.size() - 1;
                matches[entry.list].push_back({i, last, {tokens[i].begin, tokens[last].end}});
            }
        }
    }
    return matches;
}

} // namespace proserv
