// The private offer's rules (ps-private-offers.md §0, §2, §4, §5): the
// seed's billing and service-terms guidelines, and every AWS error that
// needs no server state, each message naming AWS's error code so a seller
// can match it with what the portal would answer.
#include "model/FieldPointers.h"
#include "model/JsonFields.h"
#include "model/OfferExport.h"
#include "model/Submission.h"
#include "validation/CivilDate.h"
#include "validation/OfferValidator.h"
#include "validation/RuleSections.h"

#include <algorithm>
#include <set>

namespace proserv {

namespace rules {
namespace {

namespace offerField {
inline constexpr char productId[] = "/product/productId";
inline constexpr char productDimensions[] = "/product/dimensions";
inline constexpr char name[] = "/offer/name";
inline constexpr char description[] = "/offer/description";
inline constexpr char accounts[] = "/buyers/accounts";
inline constexpr char countries[] = "/buyers/countries";
inline constexpr char model[] = "/pricing/model";
inline constexpr char currency[] = "/pricing/currency";
inline constexpr char prices[] = "/pricing/prices";
inline constexpr char grants[] = "/pricing/grants";
inline constexpr char schedule[] = "/pricing/schedule";
inline constexpr char legalDocument[] = "/terms/legalDocument";
inline constexpr char standardContractVersion[] = "/terms/standardContractVersion";
inline constexpr char fixedUpfrontPrice[] = "/pricing/fixedUpfrontPrice";
inline constexpr char scheduleCurrency[] = "/pricing/scheduleCurrency";
inline constexpr char agreementEndDate[] = "/availability/agreementEndDate";
inline constexpr char releaseDetails[] = "/submission/releaseDetails";
inline constexpr char eulaUrl[] = "/terms/eulaUrl";
inline constexpr char refundPolicy[] = "/terms/refundPolicy";
inline constexpr char acceptBy[] = "/availability/acceptBy";
inline constexpr char duration[] = "/availability/agreementDuration";
} // namespace offerField

constexpr std::size_t kMaxName = 150;
constexpr std::size_t kMaxDescription = 255;
constexpr std::size_t kMaxRefundPolicy = 500;
constexpr std::size_t kMaxBuyerAccounts = 26;
constexpr std::size_t kPortalBuyerAccounts = 25;
constexpr std::size_t kMaxCountries = 244;
constexpr std::size_t kMaxCharges = 60;
constexpr std::size_t kMaxGrants = 200;
constexpr std::size_t kMaxRates = 800;

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

// A non-negative decimal with at most `decimals` places and at most
// 100,000,000 (AWS's price and amount patterns): "25000", "25000.50".
bool isAmount(const std::string& text, std::size_t decimals)
{
    const std::size_t dot = text.find('.');
    const std::string whole = text.substr(0, dot);
    const std::string fraction = dot == std::string::npos ? std::string() : text.substr(dot + 1);
    if (whole.empty() || whole.size() > 9 || fraction.size() > decimals)
        return false;
    if (!std::all_of(whole.begin(), whole.end(), isAsciiDigit)
        || !std::all_of(fraction.begin(), fraction.end(), isAsciiDigit))
        return false;
    if (whole.size() == 9)
        return whole == "100000000" && std::all_of(fraction.begin(), fraction.end(), [](char c) { return c == '0'; });
    return true;
}

double amountValue(const std::string& text)
{
    double value = 0;
    double scale = 0;
    for (char c : text) {
        if (c == '.') {
            scale = 1;
            continue;
        }
        if (scale > 0) {
            scale /= 10;
            value += (c - '0') * scale;
        } else {
            value = value * 10 + (c - '0');
        }
    }
    return value;
}

bool isZeroAmount(const std::string& text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c == '0' || c == '.'; });
}

std::size_t codePoints(const std::string& text)
{
    return countCodePoints(text);
}

// AWS's text patterns: no leading whitespace, none of \ < >.
void checkOfferText(const std::string& text, const char* pointer, std::size_t max, const char* subject,
    const char* missingCode, Reporter& out, const char* ruleId)
{
    if (isBlank(text)) {
        out.report(ruleId, pointer,
            EngineText::tr("Write the %1; AWS Marketplace refuses to release an offer without one (%2).")
                .arg(MessageText(subject, -1))
                .arg(missingCode));
        return;
    }
    if (codePoints(text) > max)
        out.report(ruleId, pointer,
            EngineText::tr("The %1 is longer than the %n characters AWS accepts; shorten it.", nullptr,
                static_cast<long long>(max))
                .arg(MessageText(subject, -1)));
    if (startsWithWhitespace(text))
        out.report(ruleId, pointer,
            EngineText::tr("The %1 must not start with a space or line break.").arg(MessageText(subject, -1)),
            TextRange {0, 1});
    const std::size_t bad = text.find_first_of("\\<>");
    if (bad != std::string::npos)
        out.report(ruleId, pointer,
            EngineText::tr("AWS does not accept \\, < or > in the %1; rephrase without them.")
                .arg(MessageText(subject, -1)),
            TextRange {bad, bad + 1});
}

// E-mail addresses and phone numbers: the portal says an offer's name,
// which the buyer's whole organisation sees on the agreement, holds no
// personal data.
void checkPersonalData(const std::string& text, const char* pointer, Reporter& out)
{
    for (std::size_t at = text.find('@'); at != std::string::npos; at = text.find('@', at + 1)) {
        std::size_t begin = at, end = at + 1;
        auto isAddressChar = [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isAsciiDigit(c) || c == '.' || c == '-'
                || c == '_' || c == '+';
        };
        while (begin > 0 && isAddressChar(text[begin - 1]))
            --begin;
        while (end < text.size() && isAddressChar(text[end]))
            ++end;
        const std::string domain = text.substr(at + 1, end - at - 1);
        if (begin < at && domain.find('.') != std::string::npos) {
            out.report("offer-personal-data", pointer,
                EngineText::tr("Remove the e-mail address from the offer name: buyers' whole organisation sees it "
                               "on the agreement, and offer names must not hold personal data."),
                TextRange {begin, end});
            return;
        }
    }
    // A phone number: 7 to 15 digits in one run of digits, spaces, dots, dashes and brackets, or after '+'.
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!isAsciiDigit(text[i]) && !(text[i] == '+' && i + 1 < text.size() && isAsciiDigit(text[i + 1])))
            continue;
        std::size_t end = i, digits = 0, groups = 1;
        while (end < text.size()
            && (isAsciiDigit(text[end]) || text[end] == ' ' || text[end] == '-' || text[end] == '(' || text[end] == ')'
                || (text[end] == '+' && end == i))) {
            if (isAsciiDigit(text[end]))
                ++digits;
            else if (text[end] == ' ' || text[end] == '-')
                ++groups;
            ++end;
        }
        while (end > i && !isAsciiDigit(text[end - 1]))
            --end;
        if (digits >= 7 && digits <= 15 && (text[i] == '+' || groups >= 3)) {
            out.report("offer-personal-data", pointer,
                EngineText::tr("Remove the phone number from the offer name: buyers' whole organisation sees it on "
                               "the agreement, and offer names must not hold personal data."),
                TextRange {i, end});
            return;
        }
        i = end;
    }
}

// The product's dimensions as the rules know them: the product at hand wins
// over the offer's copy.
struct KnownDimensions {
    std::set<std::string> keys;
    bool known = false;
    std::string source; // where they came from, for the message
};

KnownDimensions knownDimensions(const Submission& submission, const std::string& productSource)
{
    KnownDimensions known;
    if (submission.product) {
        for (const PricingDimension& d : submission.product.draft->pricing.dimensions)
            known.keys.insert(d.key);
        known.known = true;
        known.source = productSource;
        return known;
    }
    for (const OfferProductDimension& d : submission.offer.draft->product.dimensions)
        known.keys.insert(d.key);
    known.known = !known.keys.empty();
    known.source = "the offer's copy of the product's dimensions";
    return known;
}

void checkProduct(const Submission& submission, const OfferContext& context, Reporter& out)
{
    const OfferProduct& p = submission.offer.draft->product;
    if (isBlank(p.productId))
        out.report("offer-product-id", offerField::productId,
            EngineText::tr("Name the product this offer sells (its product ID, prod-…); CreateOffer needs it."));
    else if (!isProductId(p.productId))
        out.report("offer-product-id", offerField::productId,
            EngineText::tr("\"%1\" is not a product ID (prod- followed by 13 or 25 letters and digits).")
                .arg(p.productId));
    if (submission.product && !submission.product.draft->product.productId.empty()
        && submission.product.draft->product.productId != p.productId)
        out.report("offer-product-mismatch", offerField::productId,
            EngineText::tr("The offer sells %1, but %2 is product %3: check the offer against the product it sells.")
                .arg(p.productId.empty() ? std::string("no product") : p.productId)
                .argValue(context.productSource)
                .arg(submission.product.draft->product.productId));
}

void checkInformation(const PrivateOffer& o, Reporter& out)
{
    checkOfferText(o.offer.name, offerField::name, kMaxName, EngineText::noop("offer name"), "MISSING_NAME", out,
        "offer-name");
    checkPersonalData(o.offer.name, offerField::name, out);
    checkOfferText(o.offer.description, offerField::description, kMaxDescription,
        EngineText::noop("internal description"), "MISSING_DESCRIPTION", out, "offer-description");
}

void checkBuyers(const OfferBuyers& b, Reporter& out)
{
    if (b.accounts.empty())
        out.report("offer-buyer-accounts", offerField::accounts,
            EngineText::tr("Add the buyer's AWS account ID: every professional services offer is private "
                           "(MISSING_BUYER_ACCOUNTS)."));
    if (b.accounts.size() > kMaxBuyerAccounts)
        out.report("offer-buyer-accounts", offerField::accounts,
            EngineText::tr("An offer has at most %n buyer accounts (TOO_MANY_BUYER_ACCOUNTS); make a second offer "
                           "for the others.",
                nullptr, static_cast<long long>(kMaxBuyerAccounts)));
    else if (b.accounts.size() > kPortalBuyerAccounts)
        out.report("offer-buyer-accounts-portal", offerField::accounts,
            EngineText::tr("The Catalog API takes 26 buyer accounts, the AWS Marketplace Management Portal 25: this "
                           "offer cannot be edited in the portal."));
    std::set<std::string> seen;
    for (std::size_t i = 0; i < b.accounts.size(); ++i) {
        const std::string& id = b.accounts[i];
        if (id.size() != 12 || !std::all_of(id.begin(), id.end(), isAsciiDigit))
            out.report("offer-buyer-accounts", indexPointer(offerField::accounts, i),
                EngineText::tr("\"%1\" is not an AWS account ID: 12 digits, no spaces or dashes "
                               "(INVALID_BUYER_ACCOUNTS).")
                    .arg(id));
        else if (!seen.insert(id).second)
            out.report("offer-buyer-accounts", indexPointer(offerField::accounts, i),
                EngineText::tr("%1 is listed twice; list each buyer account once.").arg(id));
    }
    if (b.countries.size() > kMaxCountries)
        out.report("offer-country-codes", offerField::countries,
            EngineText::tr("At most %n countries (INVALID_COUNTRY_CODES).", nullptr,
                static_cast<long long>(kMaxCountries)));
    std::set<std::string> countries;
    for (std::size_t i = 0; i < b.countries.size(); ++i) {
        const std::string& code = b.countries[i];
        const bool twoCapitals = code.size() == 2 && code[0] >= 'A' && code[0] <= 'Z' && code[1] >= 'A'
            && code[1] <= 'Z';
        if (!twoCapitals)
            out.report("offer-country-codes", indexPointer(offerField::countries, i),
                EngineText::tr("\"%1\" is not a country code: two capital letters as in ISO 3166-1 (US, DE, JP) "
                               "(INVALID_COUNTRY_CODES).")
                    .arg(code));
        else if (!countries.insert(code).second)
            out.report("offer-country-codes", indexPointer(offerField::countries, i),
                EngineText::tr("%1 is listed twice.").arg(code));
    }
}

// Every priced or granted dimension is one of the product's: the seed's
// "billed entirely through the listed dimensions".
void checkDimensionKeys(const std::vector<std::string>& keys, const char* list, const KnownDimensions& known,
    const char* duplicateCode, Reporter& out)
{
    std::set<std::string> seen;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const std::string pointer = indexPointer(list, i) + "/dimensionKey";
        if (isBlank(keys[i])) {
            out.report("offer-dimension-unknown", pointer, EngineText::tr("Choose the product dimension this prices."));
            continue;
        }
        if (!seen.insert(keys[i]).second) {
            out.report("offer-dimension-duplicate", pointer,
                EngineText::tr("\"%1\" is priced twice; each dimension once (%2).").arg(keys[i]).arg(duplicateCode));
            continue;
        }
        if (known.known && !known.keys.count(keys[i]))
            out.report("offer-dimension-unknown", pointer,
                EngineText::tr("\"%1\" is not a dimension of the product (per %2): an offer bills only through the "
                               "product's listed dimensions. Add it to the product first (INCOMPATIBLE_PRODUCT).")
                    .arg(keys[i])
                    .argValue(known.source));
    }
}

void checkSchedule(const PrivateOffer& o, const std::optional<long>& today, const std::optional<long>& agreementEnd,
    bool& anyZero, Reporter& out);

void checkPricing(const PrivateOffer& o, const KnownDimensions& known, const std::optional<long>& today,
    const std::optional<long>& agreementEnd, Reporter& out)
{
    const OfferPricing& p = o.pricing;
    static const char* const kCurrencies[] = {"USD", "AUD", "EUR", "GBP", "JPY"};
    if (p.currency.empty())
        out.report("offer-currency", offerField::currency,
            EngineText::tr("Choose the offer's currency: USD, AUD, EUR, GBP or JPY (INVALID_CURRENCY_CODE)."));
    else if (std::none_of(
                 std::begin(kCurrencies), std::end(kCurrencies), [&](const char* c) { return p.currency == c; }))
        out.report("offer-currency", offerField::currency,
            EngineText::tr("\"%1\" is not a currency of private offers; use USD, AUD, EUR, GBP or JPY "
                           "(INVALID_CURRENCY_CODE).")
                .arg(p.currency));
    if (!p.scheduleCurrency.empty() && p.scheduleCurrency != p.currency)
        out.report("offer-currency", offerField::scheduleCurrency,
            EngineText::tr("The payments are in %1 but the pricing in %2: one currency across all terms "
                           "(INVALID_CURRENCY_CODE).")
                .arg(p.scheduleCurrency)
                .arg(p.currency));
    if (p.model != kUpfrontPricing && p.model != kInstallmentPricing) {
        out.report("offer-pricing-model", offerField::model,
            EngineText::tr("\"%1\" is not a way to pay here; choose upfront or installments.").arg(p.model));
        return;
    }
    if (!known.known)
        out.report("offer-product-dimensions-unknown", offerField::productDimensions,
            EngineText::tr("The product's dimensions are not known, so the dimensions this offer prices are not "
                           "checked against them: open the offer beside its listing, or check it with --product."));
    bool anyZero = false;
    if (!p.isInstallments()) {
        if (p.prices.empty())
            out.report("offer-prices-missing", offerField::prices,
                EngineText::tr("Price at least one of the product's dimensions (MISSING_MANDATORY_TERMS)."));
        if (p.prices.size() > kMaxRates)
            out.report("offer-prices-missing", offerField::prices,
                EngineText::tr("At most %n prices in one rate card (TOO_MANY_RATES).", nullptr,
                    static_cast<long long>(kMaxRates)));
        std::vector<std::string> keys;
        for (std::size_t i = 0; i < p.prices.size(); ++i) {
            keys.push_back(p.prices[i].dimensionKey);
            const std::string& price = p.prices[i].price;
            if (!isAmount(price, 3))
                out.report("offer-amount-format", indexPointer(offerField::prices, i) + "/price",
                    EngineText::tr("\"%1\" is not a price AWS accepts: a number from 0 to 100,000,000 with at most 3 "
                                   "decimals, digits and one dot only (no currency sign or thousands separator).")
                        .arg(price));
            else
                anyZero = anyZero || isZeroAmount(price);
        }
        checkDimensionKeys(keys, offerField::prices, known, "DUPLICATE_DIMENSION_KEYS", out);
        if (!p.schedule.empty())
            out.report("offer-schedule", offerField::schedule,
                EngineText::tr("A payment schedule goes with a FixedUpfrontPricingTerm that grants the dimensions; an "
                               "upfront offer has none. Choose installments, or remove the payments "
                               "(MISSING_MANDATORY_TERMS)."));
    } else {
        if (!isZeroAmount(p.fixedUpfrontPrice) || p.fixedUpfrontPrice.empty())
            out.report("offer-fixed-price", offerField::fixedUpfrontPrice,
                EngineText::tr("An installment plan's FixedUpfrontPricingTerm has the price 0, here \"%1\": the "
                               "scheduled payments carry the money (INCOMPATIBLE_TERMS).")
                    .arg(p.fixedUpfrontPrice));
        if (p.grants.empty())
            out.report("offer-prices-missing", offerField::grants,
                EngineText::tr("Grant at least one of the product's dimensions: an installment plan pays for what "
                               "its grants list (MISSING_MANDATORY_TERMS)."));
        if (p.grants.size() > kMaxGrants)
            out.report("offer-prices-missing", offerField::grants,
                EngineText::tr("At most %n granted dimensions (TOO_MANY_GRANTS).", nullptr,
                    static_cast<long long>(kMaxGrants)));
        std::vector<std::string> keys;
        for (std::size_t i = 0; i < p.grants.size(); ++i) {
            keys.push_back(p.grants[i].dimensionKey);
            if (p.grants[i].quantity < 1)
                out.report("offer-grant-quantity", indexPointer(offerField::grants, i) + "/quantity",
                    EngineText::tr("Grant at least 1 of a dimension (INVALID_GRANTS)."));
        }
        checkDimensionKeys(keys, offerField::grants, known, "DUPLICATE_DIMENSION_KEYS", out);
        checkSchedule(o, today, agreementEnd, anyZero, out);
    }
    if (anyZero && !p.zeroPricesConfirmed)
        out.report("offer-zero-price", p.isInstallments() ? offerField::schedule : offerField::prices,
            EngineText::tr("A price of 0 gives the service away; confirm zero prices if you mean it (the portal's "
                           "\"enable zero dollar prices\")."));
}

void checkSchedule(const PrivateOffer& o, const std::optional<long>& today, const std::optional<long>& agreementEnd,
    bool& anyZero, Reporter& out)
{
    const std::vector<ScheduledPayment>& schedule = o.pricing.schedule;
    if (schedule.empty()) {
        out.report("offer-schedule", offerField::schedule,
            EngineText::tr("Add the payments of the installment plan: their dates and amounts "
                           "(MISSING_MANDATORY_TERMS)."));
        return;
    }
    if (schedule.size() > kMaxCharges)
        out.report("offer-schedule", offerField::schedule,
            EngineText::tr("An installment plan has at most %n payments (TOO_MANY_CHARGES).", nullptr,
                static_cast<long long>(kMaxCharges)));
    const std::optional<long> acceptBy = parseCivilDate(o.availability.acceptBy);
    std::set<long> dates;
    std::optional<long> first, last;
    std::size_t firstIndex = 0, lastIndex = 0, onOrBeforeAcceptBy = 0;
    for (std::size_t i = 0; i < schedule.size(); ++i) {
        const std::string base = indexPointer(offerField::schedule, i);
        const std::optional<long> date = parseCivilDate(schedule[i].chargeDate);
        if (!date)
            out.report("offer-schedule", base + "/chargeDate",
                EngineText::tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(schedule[i].chargeDate));
        else if (!dates.insert(*date).second)
            out.report("offer-schedule", base + "/chargeDate",
                EngineText::tr("Two payments fall on %1; each payment needs a date of its own "
                               "(DUPLICATE_CHARGE_DATES).")
                    .arg(schedule[i].chargeDate));
        if (date) {
            if (!first || *date < *first) {
                first = date;
                firstIndex = i;
            }
            if (!last || *date > *last) {
                last = date;
                lastIndex = i;
            }
            if (acceptBy && *date <= *acceptBy)
                ++onOrBeforeAcceptBy;
        }
        if (!isAmount(schedule[i].amount, 2))
            out.report("offer-amount-format", base + "/amount",
                EngineText::tr("\"%1\" is not an amount AWS accepts: a number from 0 to 100,000,000 with at most 2 "
                               "decimals, digits and one dot only.")
                    .arg(schedule[i].amount));
        else
            anyZero = anyZero || isZeroAmount(schedule[i].amount);
    }
    if (first && today && *first < *today)
        out.report("offer-schedule", indexPointer(offerField::schedule, firstIndex) + "/chargeDate",
            EngineText::tr("The first payment, %1, is in the past (today is %2); move it to today or later "
                           "(INVALID_CHARGE_DATES).")
                .arg(formatCivilDate(*first))
                .arg(formatCivilDate(*today)));
    if (onOrBeforeAcceptBy > 1)
        out.report("offer-schedule", offerField::schedule,
            EngineText::tr("%n payments fall on or before the accept-by date %1; at most one may "
                           "(TOO_MANY_BACKDATED_CHARGES). Move the others after it.",
                nullptr, static_cast<long long>(onOrBeforeAcceptBy))
                .arg(o.availability.acceptBy));
    if (last && agreementEnd && *last > *agreementEnd)
        out.report("offer-schedule", indexPointer(offerField::schedule, lastIndex) + "/chargeDate",
            EngineText::tr("The last payment, %1, falls after the agreement ends: a buyer who accepts today has an "
                           "agreement until %2. Move it earlier or lengthen the agreement (INVALID_CHARGE_DATES).")
                .arg(formatCivilDate(*last))
                .arg(formatCivilDate(*agreementEnd)));
}

// AWS's Url pattern for a custom EULA, and "a public or presigned S3 URL".
bool isS3HttpsUrl(const std::string& url)
{
    if (url.rfind("https://", 0) != 0 || !isHttpUrl(url))
        return false;
    const std::size_t hostEnd = url.find_first_of("/?#", 8);
    const std::string host = url.substr(8, hostEnd == std::string::npos ? std::string::npos : hostEnd - 8);
    const bool s3Host = host == "s3.amazonaws.com" || host.rfind("s3.", 0) == 0 || host.rfind("s3-", 0) == 0
        || host.find(".s3.") != std::string::npos || host.find(".s3-") != std::string::npos;
    const bool amazonaws = host.size() > 14 && host.compare(host.size() - 14, 14, ".amazonaws.com") == 0;
    return s3Host && (amazonaws || host == "s3.amazonaws.com");
}

void checkTerms(const OfferTerms& t, Reporter& out)
{
    if (t.legalDocument.empty()) {
        out.report("offer-legal-terms", offerField::legalDocument,
            EngineText::tr("Choose the legal terms: AWS's standard contract or your own EULA (UpdateLegalTerms)."));
    } else if (t.legalDocument == kStandardContract && t.standardContractVersion != kStandardContractVersion) {
        out.report("offer-legal-terms", offerField::standardContractVersion,
            EngineText::tr("New offers take only the latest standard contract, version %1, not \"%2\" "
                           "(INVALID_LEGAL_DOCUMENTS).")
                .arg(kStandardContractVersion)
                .arg(t.standardContractVersion));
    } else if (t.legalDocument == kCustomEula) {
        if (isBlank(t.eulaUrl))
            out.report("offer-legal-terms", offerField::eulaUrl,
                EngineText::tr("Give the URL of the custom EULA, or choose AWS's standard contract "
                               "(INVALID_LEGAL_DOCUMENTS)."));
        else if (!isS3HttpsUrl(t.eulaUrl))
            out.report("offer-legal-terms", offerField::eulaUrl,
                EngineText::tr("AWS reads a custom EULA only from Amazon S3: an https URL of a public or presigned S3 "
                               "object (…s3.amazonaws.com/…) (INVALID_LEGAL_DOCUMENTS)."));
    } else if (t.legalDocument != kStandardContract) {
        out.report("offer-legal-terms", offerField::legalDocument,
            EngineText::tr("\"%1\" is not a legal document choice; use standard (AWS's standard contract %2) or "
                           "custom (your EULA).")
                .arg(t.legalDocument)
                .arg(kStandardContractVersion));
    }
    const std::string& policy = t.refundPolicy;
    if (isBlank(policy)) {
        out.report("offer-refund-policy-missing", offerField::refundPolicy,
            EngineText::tr("Say how the buyer requests a refund, if one applies: customers must be able to get help "
                           "with refunds."));
        return;
    }
    if (codePoints(policy) > kMaxRefundPolicy)
        out.report("offer-refund-policy", offerField::refundPolicy,
            EngineText::tr("The refund policy is longer than the %n characters AWS accepts; shorten it.", nullptr,
                static_cast<long long>(kMaxRefundPolicy)));
    if (policy.front() == ' ' || policy.back() == ' ')
        out.report("offer-refund-policy", offerField::refundPolicy,
            EngineText::tr("The refund policy must not start or end with a space."));
    // ASCII plus © ® ™ ¢ £ ¤ ¥ (AWS's pattern): the first other character.
    for (std::size_t i = 0; i < policy.size();) {
        const auto c = static_cast<unsigned char>(policy[i]);
        std::size_t length = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        length = std::min(length, policy.size() - i);
        const std::string character = policy.substr(i, length);
        static const char* const kAllowed[] = {"\xC2\xA9", "\xC2\xAE", "\xE2\x84\xA2", "\xC2\xA2", "\xC2\xA3",
            "\xC2\xA4", "\xC2\xA5"};
        const bool allowed = c < 0x7F
            || std::any_of(std::begin(kAllowed), std::end(kAllowed), [&](const char* a) { return character == a; });
        if (!allowed) {
            out.report("offer-refund-policy", offerField::refundPolicy,
                EngineText::tr("AWS accepts only plain ASCII in a refund policy, and © ® ™ ¢ £ ¤ ¥; replace \"%1\" "
                               "(curly quotes and dashes are the usual culprits).")
                    .arg(character),
                TextRange {i, i + length});
            break;
        }
        i += length;
    }
}

void checkAvailability(const OfferAvailability& a, const std::optional<AgreementDuration>& duration,
    const std::optional<long>& today, const std::optional<long>& agreementEnd, Reporter& out)
{
    if (a.agreementDuration.empty())
        out.report("offer-duration", offerField::duration,
            EngineText::tr("Set how long the agreement lasts, such as P12M (UpdateValidityTerms, AgreementDuration)."));
    else if (!duration)
        out.report("offer-duration", offerField::duration,
            EngineText::tr("\"%1\" is not an agreement duration; write it in ISO 8601, such as P12M (12 months), P1Y "
                           "or P90D (INVALID_AGREEMENT_DURATION).")
                .arg(a.agreementDuration));
    else if (duration->isZero())
        out.report("offer-duration", offerField::duration,
            EngineText::tr("An agreement must last at least a day (INVALID_AGREEMENT_DURATION)."));
    if (!a.agreementEndDate.empty())
        out.report("offer-duration", offerField::agreementEndDate,
            EngineText::tr("An agreement end date needs a future start date, which professional services offers "
                           "cannot have: give the agreement's duration instead (INVALID_AGREEMENT_TIME_INTERVAL)."));
    if (isBlank(a.acceptBy)) {
        out.report("offer-accept-by", offerField::acceptBy,
            EngineText::tr("Set the last day the buyer can accept the offer (MISSING_AVAILABILITY_END_DATE)."));
        return;
    }
    const std::optional<long> acceptBy = parseCivilDate(a.acceptBy);
    if (!acceptBy) {
        out.report("offer-accept-by", offerField::acceptBy,
            EngineText::tr("\"%1\" is not a date; write it as YYYY-MM-DD (INVALID_AVAILABILITY_END_DATE).")
                .arg(a.acceptBy));
        return;
    }
    if (today && *acceptBy < *today)
        out.report("offer-accept-by", offerField::acceptBy,
            EngineText::tr("The accept-by date %1 is in the past (today is %2): the offer would be expired "
                           "(INVALID_AVAILABILITY_END_DATE).")
                .arg(a.acceptBy)
                .arg(formatCivilDate(*today)));
    else if (agreementEnd && *acceptBy >= *agreementEnd)
        out.report("offer-accept-by", offerField::acceptBy,
            EngineText::tr("The accept-by date %1 must come before the agreement ends (%2 for a buyer who accepts "
                           "today) (INVALID_AVAILABILITY_END_DATE).")
                .arg(a.acceptBy)
                .arg(formatCivilDate(*agreementEnd)));
}

// Warnings and notes about the whole offer.
void checkCommercials(const PrivateOffer& o, Reporter& out)
{
    // The portal asks for approval above $250,000; other currencies use this
    // tool's fixed equivalents (docs/offers.md), not a day's exchange rate.
    static const std::pair<const char*, double> kApprovalThresholds[] = {
        {"USD", 250000}, {"AUD", 380000}, {"EUR", 230000}, {"GBP", 200000}, {"JPY", 37000000}};
    const std::optional<double> total = offerTotal(o);
    for (const auto& [currency, threshold] : kApprovalThresholds)
        if (o.pricing.currency == currency && total && *total >= threshold)
            out.report("offer-total-approval", o.pricing.isInstallments() ? offerField::schedule : offerField::prices,
                EngineText::tr("This offer totals %1 %2 or more; AWS Marketplace may ask for additional approval "
                               "before buyers see it.")
                    .arg(currency)
                    .arg(static_cast<long long>(threshold)));
    if (o.pricing.isInstallments() && !o.pricing.schedule.empty())
        out.report("offer-installments-invoice", offerField::schedule,
            EngineText::tr("An installment plan can be accepted only by a buyer who pays AWS by invoice, not by "
                           "credit card: check with the buyer."));
}

// A released offer keeps its buyers, payment schedule, legal terms, refund
// policy and currency (ps-private-offers.md §2.3, §2.6, §2.7, §2.9, §7):
// AWS refuses a change set that changes them.
void checkFixedAfterRelease(const OfferDraft& offer, const std::set<std::string>& sent, Reporter& out)
{
    if (sent.count("UpdateTargeting"))
        out.report("offer-fixed-after-release", offerField::accounts,
            EngineText::tr("Offer %1 is released: its buyers cannot be added or removed (INCOMPATIBLE_TARGETING). "
                           "Put back the accounts AWS Marketplace holds, or make a new offer for these buyers.")
                .argValue(offer.offer.offerId));
    if (sent.count("UpdatePaymentScheduleTerms"))
        out.report("offer-fixed-after-release", offerField::schedule,
            EngineText::tr("Offer %1 is released: its payment schedule cannot be changed (INCOMPATIBLE_TERMS). "
                           "Put back the schedule AWS Marketplace holds, or make a new offer.")
                .argValue(offer.offer.offerId));
    if (sent.count("UpdateLegalTerms"))
        out.report("offer-fixed-after-release", offerField::legalDocument,
            EngineText::tr("Offer %1 is released: its legal terms cannot be changed (INCOMPATIBLE_TERMS). Put back "
                           "the terms AWS Marketplace holds, or make a new offer.")
                .argValue(offer.offer.offerId));
    if (sent.count("UpdateSupportTerms"))
        out.report("offer-fixed-after-release", offerField::refundPolicy,
            EngineText::tr("Offer %1 is released: its refund policy cannot be changed (INCOMPATIBLE_TERMS). Put "
                           "back the policy AWS Marketplace holds, or make a new offer.")
                .argValue(offer.offer.offerId));
    const Json& held = offer.submission.originalOffer.value;
    const Json heldCurrency = held.contains("pricing") && held["pricing"].is_object()
        ? held["pricing"].value("currency", Json())
        : Json();
    if (sent.count("UpdatePricingTerms") && heldCurrency.is_string() && heldCurrency != Json(offer.pricing.currency))
        out.report("offer-fixed-after-release", offerField::currency,
            EngineText::tr("Offer %1 is released in %2: its currency cannot be changed (INCOMPATIBLE_CURRENCY_CODE).")
                .argValue(offer.offer.offerId)
                .argValue(heldCurrency.get<std::string>()));
}

} // namespace
} // namespace rules

std::optional<double> offerTotal(const PrivateOffer& offer)
{
    double total = 0;
    if (offer.pricing.isInstallments()) {
        for (const ScheduledPayment& p : offer.pricing.schedule) {
            if (!rules::isAmount(p.amount, 8))
                return std::nullopt;
            total += rules::amountValue(p.amount);
        }
    } else {
        for (const UpfrontPrice& p : offer.pricing.prices) {
            if (!rules::isAmount(p.price, 8))
                return std::nullopt;
            total += rules::amountValue(p.price);
        }
    }
    return total;
}

std::vector<Finding> validateOffer(const OfferDraft& offer, const OfferContext& context)
{
    using namespace rules;
    Submission submission;
    submission.offer = {&offer.entity(), nullptr};
    if (context.product)
        submission.product = {&context.product->entity(), &context.product->accepted};

    std::vector<Finding> findings;
    Reporter out(findings);
    const std::optional<long> today = parseCivilDate(context.today);
    const std::optional<AgreementDuration> duration = parseAgreementDuration(offer.availability.agreementDuration);
    // The earliest a buyer can accept is today; the agreement then ends the
    // day before today + duration.
    std::optional<long> agreementEnd;
    if (today && duration && !duration->isZero())
        agreementEnd = addDuration(*today, *duration) - 1;

    // The offer's texts, read by the listing's text rules: one engine.
    std::vector<AnalyzedText> texts = {
        analyzeText(offerField::name, offer.offer.name, true),
        analyzeText(offerField::description, offer.offer.description, true),
        analyzeText(offerField::refundPolicy, offer.terms.refundPolicy, true),
    };
    auto runTextRules = [&](std::size_t index) {
        for (const TextRule& rule : textRules())
            if (rule.reads == TextsRead::Every || texts[index].prose)
                rule.check(texts[index], out);
    };

    checkProduct(submission, context, out);
    checkInformation(offer, out);
    runTextRules(0);
    runTextRules(1);
    checkBuyers(offer.buyers, out);
    checkPricing(offer, knownDimensions(submission, context.productSource), today, agreementEnd, out);
    checkTerms(offer.terms, out);
    runTextRules(2);
    checkAvailability(offer.availability, duration, today, agreementEnd, out);
    if (offer.submission.releaseDetails.present())
        out.report("offer-release-details", offerField::releaseDetails,
            EngineText::tr("ReleaseOffer takes empty details, {}; the offer's content goes in its other changes."));
    checkCommercials(offer, out);

    // An update that sends some parts of an offer AWS holds is judged on
    // those parts: the others are AWS's, and the file does not show them.
    if (const std::optional<std::set<std::string>> sent = offerChangeTypesSent(offer)) {
        findings.erase(std::remove_if(findings.begin(), findings.end(),
                           [&](const Finding& f) { return !sent->count(changeTypeOfOfferField(f.pointer)); }),
            findings.end());
        std::string list;
        for (const std::string& type : *sent)
            list += (list.empty() ? "" : ", ") + type;
        if (sent->empty())
            out.report("offer-partial-update", "",
                EngineText::tr("Offer %1 is as AWS Marketplace holds it: an export has nothing to send until you "
                               "change it.")
                    .argValue(offer.offer.offerId));
        else
            out.report("offer-partial-update", "",
                EngineText::tr("This change set updates offer %1 with %2 only; the offer's other parts are as AWS "
                               "Marketplace holds them and are not judged here.")
                    .argValue(offer.offer.offerId)
                    .argValue(list));
        if (offer.submission.stateAtAws == "Released")
            checkFixedAfterRelease(offer, *sent, out);
    }
    return findings;
}

} // namespace proserv
