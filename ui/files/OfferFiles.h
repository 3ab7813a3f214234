// The file workflow of the private offer's editor: open an offer (native,
// change set or DescribeEntity), start one from the open listing, save,
// save as (verified, as a listing's save is), export its change set, compare
// with another version, write the review report, recover unsaved work after
// a crash, and ask about unsaved changes. The listing's DocumentManager does
// the same for listings.
#pragma once

#include "model/Listing.h"

#include <QObject>
#include <QString>

class QWidget;

namespace proserv {

class OfferDocument;
class RecoveryStore;
struct RecoverySnapshot;
class ReviewSession;

class OfferFiles : public QObject {
    Q_OBJECT

public:
    OfferFiles(OfferDocument* document, RecoveryStore* recovery, ReviewSession* review, QWidget* dialogParent);

    // Reports a load error and keeps the current offer when it cannot be read.
    // `offerPart`: the offer changes of a change set that also changes the
    // product, read as the offer's own change set.
    // `review`: read-only, for comments (kept in the file's sidecar).
    bool open(const QString& path, bool offerPart = false, bool review = false);
    void promptOpenOfferPart();
    // An offer for the product of `listing` (saved at `listingPath`, or not yet).
    void newForListing(const Listing& listing, const QString& listingPath);
    bool save();
    bool saveAs();
    bool exportChangeSet();
    // Compare With…: another version of the offer (native, change set or DescribeEntity).
    void promptCompare();
    bool compareWith(const QString& otherPath);
    bool exportReviewReport();
    // Offers the offer snapshots among `snapshots` (RecoveryStore::orphans,
    // read once for both document types); true when one was recovered.
    bool offerRecovery(const QList<RecoverySnapshot>& snapshots);
    // Asks Save/Discard/Cancel when there are unsaved changes; false = stop.
    bool maybeSave();

signals:
    // `path` is the file opened ("" for a new offer); `review`: opened for review.
    void opened(const QString& path, bool review);
    void statusMessage(const QString& text, int timeoutMs);

private:
    bool writeTo(const QString& path);
    void followListingFile(const QString& offerPath);

    OfferDocument* m_document;
    RecoveryStore* m_recovery;
    ReviewSession* m_review;
    QWidget* m_parent;
};

} // namespace proserv
