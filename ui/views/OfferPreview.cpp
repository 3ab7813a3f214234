#include "ui/views/OfferPreview.h"

#include "qtsupport/OfferSummary.h"
#include "ui/document/OfferDocument.h"
#include "ui/views/PageWriter.h"


namespace proserv {

OfferPreview::OfferPreview(OfferDocument* document, QWidget* parent)
    : PagePreview(document, QStringLiteral("offerPreview"), tr("Buyer's view of the offer"), parent),
      m_document(document)
{
}

void OfferPreview::writePage(PageWriter& out)
{
    const OfferBuyerView view = offerBuyerView(m_document->offer());

    out.heading(view.name, 1.6);
    out.paragraph(tr("Private offer for %1").arg(view.product), true);

    out.heading(tr("Pricing"), 1.25);
    out.paragraph(view.pricing, true);
    if (!view.grantRows.isEmpty()) {
        out.paragraph(tr("Included in the contract:"));
        out.table(view.grantColumns, view.grantRows);
    }
    if (!view.grantColumns.isEmpty())
        out.paragraph(tr("Payment schedule:"));
    if (view.priceRows.isEmpty())
        out.paragraph(view.grantColumns.isEmpty() ? tr("No prices yet.") : tr("No payments yet."), true);
    else
        out.table(view.priceColumns, view.priceRows);
    if (view.rowsLeftOut > 0)
        out.paragraph(tr("… and %n more row(s), not shown here.", nullptr, view.rowsLeftOut), true);
    if (!view.total.isEmpty())
        out.paragraph(tr("Total: %1").arg(view.total));

    out.heading(tr("Contract"), 1.25);
    out.paragraph(tr("Length: %1").arg(view.contract));
    out.paragraph(tr("Accept this offer by: %1").arg(view.acceptBy));
    out.paragraph(tr("Legal terms: %1").arg(view.legalTerms));

    out.heading(tr("Refund policy"), 1.25);
    out.paragraph(view.refundPolicy);

}

} // namespace proserv
