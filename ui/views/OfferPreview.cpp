#include "ui/views/OfferPreview.h"

#include "qtsupport/OfferSummary.h"
#include "ui/document/OfferDocument.h"
#include "ui/views/PageWriter.h"

#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace proserv {

OfferPreview::OfferPreview(OfferDocument* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    m_browser = new SafeTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("offerPreview"));
    m_browser->setAccessibleName(tr("Buyer's view of the offer"));
    m_browser->setReadOnly(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_pending = new QTimer(this);
    m_pending->setSingleShot(true);
    m_pending->setInterval(200); // one rebuild per pause in typing, not per key
    connect(m_pending, &QTimer::timeout, this, &OfferPreview::refresh);
    connect(document, &OfferDocument::findingsChanged, this, [this] {
        if (isVisible())
            m_pending->start();
    });
}

void OfferPreview::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void OfferPreview::refresh()
{
    m_pending->stop();
    const OfferBuyerView view = offerBuyerView(m_document->offer());
    const int scroll = m_browser->verticalScrollBar()->value();

    auto* page = new SafeTextDocument(m_browser);
    page->setDefaultFont(m_browser->font());
    PageWriter out(page);
    out.setBaseSize(m_browser->font().pointSizeF() > 0 ? m_browser->font().pointSizeF() : 10);

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

    m_browser->setDocument(page); // deletes the previous page, also a child of the browser
    m_browser->verticalScrollBar()->setValue(scroll);
}

} // namespace proserv
