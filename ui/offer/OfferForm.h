// The private offer's editor: its six sections (Offer, Buyers, Pricing,
// Terms, Availability, Submission) on the generic DocumentForm, hosted by the
// window beside the listing's form.
#pragma once

#include "ui/form/DocumentForm.h"

namespace proserv {

class OfferDocument;

class OfferForm : public DocumentForm {
    Q_OBJECT

public:
    explicit OfferForm(OfferDocument* document, QWidget* parent = nullptr);

    QString typeName() const override;
    std::string firstField() const override;

private:
    void showPaymentModel();
};

} // namespace proserv
