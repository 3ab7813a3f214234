// A private offer as its buyer reads it: the offer's name, the product, the
// prices (or the dimensions granted and the payment schedule) with the
// total, the contract length, the accept-by date, the legal terms and the
// refund policy. Built from the offer the export sends (the product's title
// from the copy the offer keeps), as plain strings: the editor's preview
// lays them out, the review report lists them as key facts. Nothing here is
// markup or loads anything.
#pragma once

#include "model/Offer.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace proserv {

struct OfferBuyerView {
    QString name; // the offer's name, or a placeholder
    QString product; // "Migration Readiness Assessment (prod-…)"
    QString pricing; // "Paid upfront, in USD" / "Paid in installments, in USD"
    QStringList priceColumns; // upfront: dimension, price; installments: charge date, amount
    QList<QStringList> priceRows;
    QStringList grantColumns; // installments: dimension, quantity
    QList<QStringList> grantRows;
    int rowsLeftOut = 0; // past kMaxRows, counted rather than laid out
    QString total; // "USD 65000.00"; empty while an amount is not a number
    QString contract; // "12 months from the day the buyer accepts"
    QString acceptBy; // "2027-01-31", or a placeholder
    QString legalTerms; // "AWS Marketplace standard contract (2022-07-14)" or the EULA's URL
    QString refundPolicy; // as written, or a placeholder
    QString buyers; // for reviewers, not buyers: "2 AWS accounts: 1111…, 2222…"

    // A page of schedule rows is plenty to read; a hostile file's 100,000
    // are counted, not laid out.
    static constexpr int kMaxRows = 200;
};

OfferBuyerView offerBuyerView(const PrivateOffer& offer);

// The view as plain text, one fact per line (tests and the clipboard).
QString offerBuyerViewText(const OfferBuyerView& view);

} // namespace proserv
