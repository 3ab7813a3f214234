// The open private offer: its data, where it came from, its undo history and
// its findings, for the offer's form (ui/offer/) and the window's docks.
// Every edit goes through FieldDocument::setField, as for the listing.
#pragma once

#include "model/DocumentLoader.h"
#include "model/Offer.h"
#include "validation/OfferValidator.h"
#include "ui/document/FieldDocument.h"

#include <QString>

#include <optional>

namespace proserv {

class OfferDocument : public FieldDocument {
    Q_OBJECT

public:
    explicit OfferDocument(QObject* parent = nullptr);

    const OfferDraft& offer() const { return m_offer; }
    // The native offer file Save writes; empty for a new or imported offer.
    QString filePath() const { return m_filePath; }
    QString sourcePath() const { return m_sourcePath; }
    Json nativeDocument() const override;
    QString originPath() const override { return m_filePath.isEmpty() ? m_sourcePath : m_filePath; }
    // What the rules judge the offer with: today's date and the product, when at hand.
    OfferContext context() const;
    QString displayName() const override;

    // Replaces the whole offer (New, Open); clears the undo history.
    void reset(const OfferDraft& offer, const QString& sourcePath, DocumentKind kind);
    // The product it sells, when at hand (the listing it was drafted from):
    // its dimensions win over the offer's copy. `source` names it in messages.
    void setProduct(std::optional<Listing> product, const QString& source);
    void markSaved(const QString& path);

    std::optional<Json> fieldValue(const std::string& pointer) const override;
    void applyField(const std::string& pointer, const Json& value) override;

protected:
    bool acceptsField(const std::string& pointer, const Json& value) const override;

private:
    void revalidate();

    OfferDraft m_offer;
    std::optional<Listing> m_product;
    QString m_productSource;
    QString m_filePath;
    QString m_sourcePath;
};

} // namespace proserv
