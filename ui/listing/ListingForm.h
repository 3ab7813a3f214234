// The product listing's editor: its seven sections as pages (built in
// ListingSections.cpp) on the generic DocumentForm.
#pragma once

#include "ui/form/DocumentForm.h"

namespace proserv {

class ListingDocument;

class ListingForm : public DocumentForm {
    Q_OBJECT

public:
    explicit ListingForm(ListingDocument* document, QWidget* parent = nullptr);
    ~ListingForm() override;

    QString typeName() const override;
    std::string firstField() const override;

private:
    friend class ListingSections;
    ListingDocument* m_listing;
};

} // namespace proserv
