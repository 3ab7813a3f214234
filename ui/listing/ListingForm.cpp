#include "ui/listing/ListingForm.h"
#include "model/FieldPointers.h"

#include "ui/document/ListingDocument.h"
#include "ui/form/FormPage.h"
#include "ui/listing/ListingSections.h"


namespace proserv {

ListingForm::ListingForm(ListingDocument* document, QWidget* parent) : DocumentForm(document, parent), m_listing(document)
{
    ListingSections::build(*this, document, m_pages);
    finishPages();
}

QString ListingForm::typeName() const
{
    return tr("Product listing");
}

std::string ListingForm::firstField() const
{
    return field::productTitle;
}

ListingForm::~ListingForm() = default;

} // namespace proserv
