// The private offer as plain value types: the second Catalog API entity type
// (Offer@1.0) beside the product listing. Every professional-services sale
// goes through one: the seller drafts the product once, then one offer per
// buyer — prices on the product's dimensions, a contract length, an upfront
// price or an installment schedule, legal terms, a refund policy, the
// buyer's accounts and an accept-by date.
//
// As in Listing.h, every struct lists its native keys once in `fields()`,
// and keeps the keys it does not know in `unknown`.
// Reference: ../shared/reference/ps-private-offers.md (§0 is the field list).
#pragma once

#include "model/Listing.h"

#include <optional>
#include <string>
#include <vector>

namespace proserv {

// One of the product's pricing dimensions, copied into the offer when it
// was drafted: what the offer may price, checked again when the product is
// at hand (proserv-check --product, or the listing file in the editor).
struct OfferProductDimension {
    std::string key;
    std::string name;
    UnknownKeys unknown;

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("key", s.key);
        v("name", s.name);
    }
};

// The product the offer sells.
struct OfferProduct {
    std::string productId; // CreateOffer's ProductId: the product AWS Marketplace holds
    std::string title; // the product's title, for the buyer's view of the offer
    // The native listing the offer was drafted from, relative to the offer
    // file. Followed only for the seller's own draft, confined to the offer's
    // folder — never in review mode, never by the CLI (which takes --product).
    std::string listingFile;
    std::vector<OfferProductDimension> dimensions;
    UnknownKeys unknown;

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("productId", s.productId);
        v("title", s.title);
        v("listingFile", s.listingFile);
        v("dimensions", s.dimensions);
    }
};

// UpdateInformation: the name buyers see on the agreement, and the seller's
// own description (buyers never see it).
struct OfferInformation {
    std::string offerId; // the offer AWS Marketplace holds ("offer-…"); empty for a new offer
    std::string name;
    std::string description;
    UnknownKeys unknown;

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("offerId", s.offerId);
        v("name", s.name);
        v("description", s.description);
    }
};

// UpdateTargeting's PositiveTargeting: every professional-services offer is private.
struct OfferBuyers {
    std::vector<std::string> accounts; // 12-digit AWS account IDs
    std::vector<std::string> countries; // ISO 3166-1 alpha-2; empty = anywhere
    UnknownKeys unknown;

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("accounts", s.accounts);
        v("countries", s.countries);
    }
};

// An upfront price for one dimension, for the whole agreement
// (ConfigurableUpfrontPricingTerm's RateCard item). Prices are decimal
// strings, as the API takes them: no binary rounding between the seller and AWS.
struct UpfrontPrice {
    std::string dimensionKey;
    std::string price;
    UnknownKeys unknown;

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("dimensionKey", s.dimensionKey);
        v("price", s.price);
    }
};

// A dimension granted by an installment offer (FixedUpfrontPricingTerm's Grants item).
struct InstallmentGrant {
    std::string dimensionKey;
    int quantity = 1; // MaxQuantity
    UnknownKeys unknown;

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("dimensionKey", s.dimensionKey);
        v("quantity", s.quantity);
    }
};

// One payment of an installment schedule (PaymentScheduleTerm's Schedule item).
struct ScheduledPayment {
    std::string chargeDate; // YYYY-MM-DD
    std::string amount;
    UnknownKeys unknown;

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("chargeDate", s.chargeDate);
        v("amount", s.amount);
    }
};

inline constexpr const char* kUpfrontPricing = "upfront";
inline constexpr const char* kInstallmentPricing = "installments";

// How the buyer pays: upfront (a price per dimension for the whole
// agreement) or in installments (the dimensions granted, and dated payments).
struct OfferPricing {
    std::string model = kUpfrontPricing; // "upfront" or "installments"
    std::string currency = "USD"; // USD, AUD, EUR, GBP or JPY, across all terms
    std::vector<UpfrontPrice> prices; // upfront
    std::vector<InstallmentGrant> grants; // installments
    std::vector<ScheduledPayment> schedule; // installments
    bool zeroPricesConfirmed = false; // the portal's "enable zero dollar prices"
    // As a submitted file had them (the editor writes "0" and one currency):
    // FixedUpfrontPricingTerm's Price beside a schedule, which AWS wants 0,
    // and the schedule's own currency ("" = the offer's).
    std::string fixedUpfrontPrice = "0";
    std::string scheduleCurrency;
    UnknownKeys unknown;

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("model", s.model);
        v("currency", s.currency);
        v("prices", s.prices);
        v("grants", s.grants);
        v("schedule", s.schedule);
        v("zeroPricesConfirmed", s.zeroPricesConfirmed);
        v("fixedUpfrontPrice", s.fixedUpfrontPrice);
        v("scheduleCurrency", s.scheduleCurrency);
    }
    bool isInstallments() const { return model == kInstallmentPricing; }
};

inline constexpr const char* kStandardContract = "standard";
inline constexpr const char* kCustomEula = "custom";
inline constexpr const char* kStandardContractVersion = "2022-07-14";

// UpdateLegalTerms and UpdateSupportTerms.
struct OfferTerms {
    std::string legalDocument = kStandardContract; // "standard" (SCMP 2022-07-14) or "custom"
    std::string eulaUrl; // the custom EULA: a public or presigned https S3 URL
    std::string standardContractVersion = kStandardContractVersion; // as a submitted file had it
    std::string refundPolicy;
    UnknownKeys unknown;

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("legalDocument", s.legalDocument);
        v("eulaUrl", s.eulaUrl);
        v("standardContractVersion", s.standardContractVersion);
        v("refundPolicy", s.refundPolicy);
    }
};

// UpdateAvailability and UpdateValidityTerms.
struct OfferAvailability {
    std::string acceptBy; // AvailabilityEndDate, YYYY-MM-DD: the last day the buyer can accept
    std::string agreementDuration = "P12M"; // ISO 8601: P12M, P1Y, P90D
    std::string agreementEndDate; // ValidityTerm's AgreementEndDate, as a submitted file had it
    UnknownKeys unknown;

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("acceptBy", s.acceptBy);
        v("agreementDuration", s.agreementDuration);
        v("agreementEndDate", s.agreementEndDate);
    }
};

// The change set around the offer: a change set of its own, never mixed
// into the product's.
struct OfferSubmissionSettings {
    std::optional<std::string> changeSetName; // unset: derived from the offer's name
    VerbatimJson changeSetTags;
    bool release = false; // ReleaseOffer: publish to the buyers now, or keep a draft in AWS Marketplace
    VerbatimJson releaseDetails; // a submitted ReleaseOffer's details when not {} (AWS wants {})
    // A submitted file's request as read, and the offer as it read from it:
    // while the offer is unchanged, export writes the request back byte for
    // byte; once edited, the request is written from the offer, with the
    // changes this version does not model kept in place.
    VerbatimJson original;
    VerbatimJson originalOffer;
    // An offer AWS holds, as a DescribeEntity response showed it: its state
    // there ("Draft" or "Released"; "" when not known) and the response kept
    // whole (its timestamps too). A released offer's buyers, schedule, legal
    // terms, refund policy and currency are fixed (ps-private-offers.md §2).
    std::string stateAtAws;
    VerbatimJson acceptedVersion;
    UnknownKeys unknown;

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("changeSetName", s.changeSetName);
        v("changeSetTags", s.changeSetTags);
        v("release", s.release);
        v("releaseDetails", s.releaseDetails);
        v("original", s.original);
        v("originalOffer", s.originalOffer);
        v("stateAtAws", s.stateAtAws);
        v("acceptedVersion", s.acceptedVersion);
    }
};

// The Offer@1.0 entity: what the seller edits and the offer's changes carry.
struct PrivateOffer {
    static constexpr const char* kEntityType = "Offer@1.0";

    OfferProduct product;
    OfferInformation offer;
    OfferBuyers buyers;
    OfferPricing pricing;
    OfferTerms terms;
    OfferAvailability availability;

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("product", s.product);
        v("offer", s.offer);
        v("buyers", s.buyers);
        v("pricing", s.pricing);
        v("terms", s.terms);
        v("availability", s.availability);
    }
};

// The native offer document (*.offer.json): `kind` tells it from a listing.
struct OfferDraft : PrivateOffer {
    static constexpr int kFormatVersion = 1;
    static constexpr const char* kKind = "proserv-offer";

    int formatVersion = kFormatVersion;
    std::string kind = kKind;
    OfferSubmissionSettings submission;
    UnknownKeys unknown;

    const PrivateOffer& entity() const { return *this; }

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("formatVersion", s.formatVersion);
        v("kind", s.kind);
        PrivateOffer::fields(v, s);
        v("submission", s.submission);
    }
};

inline constexpr const char* kOfferFileSuffix = ".offer.json";

// An offer drafted from `listing`: its product ID, title and dimensions, its
// service terms' refund policy, and `listingFile` (relative to the offer).
OfferDraft offerFromListing(const Listing& listing, const std::string& listingFile);

// The offer's own fields as JSON (no format version, kind or submission):
// what tells an edited offer from the one a submitted file held.
Json offerEntityJson(const OfferDraft& offer);

// The product dimension with `key`, or nullptr.
const OfferProductDimension* findOfferDimension(const OfferProduct& product, const std::string& key);

} // namespace proserv
