// A read-only preview of the product page as buyers will see it, built from
// the change set that would be exported (not from the draft), so a field that
// is not submitted never shows up here. Updates as the seller types.
#pragma once

#include "ui/views/PagePreview.h"

namespace proserv {

class ListingDocument;

class BuyerPreview : public PagePreview {
    Q_OBJECT

public:
    explicit BuyerPreview(ListingDocument* document, QWidget* parent = nullptr);

protected:
    void writePage(PageWriter& out) override;

private:
    ListingDocument* m_document;
};

} // namespace proserv
