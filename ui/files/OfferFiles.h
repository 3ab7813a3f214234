// The file workflow of the private offer's editor: open an offer (native,
// change set or DescribeEntity), start one from the open listing, save,
// save as, export its change set, and ask about unsaved changes. The
// listing's DocumentManager does the same for listings.
#pragma once

#include "model/Listing.h"

#include <QObject>
#include <QString>

class QWidget;

namespace proserv {

class OfferDocument;

class OfferFiles : public QObject {
    Q_OBJECT

public:
    OfferFiles(OfferDocument* document, QWidget* dialogParent);

    // Reports a load error and keeps the current offer when it cannot be read.
    bool open(const QString& path);
    // An offer for the product of `listing` (saved at `listingPath`, or not yet).
    void newForListing(const Listing& listing, const QString& listingPath);
    bool save();
    bool saveAs();
    bool exportChangeSet();
    // Asks Save/Discard/Cancel when there are unsaved changes; false = stop.
    bool maybeSave();

signals:
    void opened();
    void statusMessage(const QString& text, int timeoutMs);

private:
    bool writeTo(const QString& path);
    void followListingFile(const QString& offerPath);

    OfferDocument* m_document;
    QWidget* m_parent;
};

} // namespace proserv
