// A read-only preview of the private offer as its buyer reads it: the
// offer's name, the product, the prices or the payment schedule with the
// total, the contract length, the accept-by date, the legal terms and the
// refund policy (qtsupport/OfferSummary.h). Plain text laid out as a page;
// nothing in it is markup or loads anything. Follows the seller's edits.
#pragma once

#include "ui/views/PagePreview.h"

namespace proserv {

class OfferDocument;

class OfferPreview : public PagePreview {
    Q_OBJECT

public:
    explicit OfferPreview(OfferDocument* document, QWidget* parent = nullptr);

protected:
    void writePage(PageWriter& out) override;

private:
    OfferDocument* m_document;
};

} // namespace proserv
