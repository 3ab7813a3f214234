// Reads submitted offer files into an offer draft: StartChangeSet requests
// whose changes are for Offer@1.0 (DetailsDocument or a Details string, for
// a new offer or one AWS holds) and Offer@1.0 DescribeEntity responses.
// What the draft does not model is kept: the request as read (exported back
// byte for byte while the offer is unchanged) and, once edited, the changes
// this version does not write itself.
#pragma once

#include "model/JsonFields.h"
#include "model/Offer.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace proserv {

// Where each field of a draft was read in the submitted file: a pointer of
// the draft ("/pricing/schedule/2/amount") and the member it came from
// ("/ChangeSet/3/DetailsDocument/Terms/0/Schedule/2/ChargeAmount"), so a
// finding names the line of the file the seller has open. The reader notes
// what it reads; nothing here knows the format a second time.
class OfferFieldOrigins {
public:
    // A later note for the same field wins (UpdateInformation's name over CreateOffer's).
    void note(const std::string& nativePointer, const std::string& filePointer);
    // A list whose items are strings: item i is the file's item i.
    void noteList(const std::string& nativePointer, const std::string& filePointer);
    // A Details string: members read from the JSON inside it are placed at the string.
    void noteEmbeddedText(const std::string& filePointer) { m_embedded.insert(filePointer); }
    // The member of the nearest noted field at or above `nativePointer`.
    std::optional<std::string> filePointerOf(const std::string& nativePointer) const;

private:
    struct Origin {
        std::string filePointer;
        bool list = false;
    };
    std::map<std::string, Origin> m_origins; // by the draft's pointer
    std::set<std::string> m_embedded;
    std::string outsideEmbeddedText(std::string filePointer) const;
};

// A change set for an offer: its changes name Offer@1.0 and none names the
// product (a mixed change set opens as a listing that keeps the offer's changes).
bool isOfferChangeSet(const Json& document);
// A DescribeEntity response (or bare entity) of an Offer@1.0.
bool isOfferDescribeEntity(const Json& document);

// `notices` gets what was read but not kept (a ClientRequestToken).
// `origins`, when given, records where each field was read.
std::optional<OfferDraft> offerFromChangeSet(const Json& document, FieldProblems& problems,
    FieldProblems* notices = nullptr, OfferFieldOrigins* origins = nullptr);
// The offer part of a change set that also changes other entities: the
// Offer@1.0 changes only (what File ▸ Open Offer Part reads).
std::optional<OfferDraft> offerPartOfChangeSet(
    const Json& document, FieldProblems& problems, OfferFieldOrigins* origins = nullptr);
std::optional<OfferDraft> offerFromDescribeEntity(
    const Json& document, FieldProblems& problems, OfferFieldOrigins* origins = nullptr);

} // namespace proserv
