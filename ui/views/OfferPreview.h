// A read-only preview of the private offer as its buyer reads it: the
// offer's name, the product, the prices or the payment schedule with the
// total, the contract length, the accept-by date, the legal terms and the
// refund policy (qtsupport/OfferSummary.h). Plain text laid out as a page;
// nothing in it is markup or loads anything. Follows the seller's edits.
#pragma once

#include <QWidget>

class QTimer;

namespace proserv {

class OfferDocument;
class SafeTextBrowser;

class OfferPreview : public QWidget {
    Q_OBJECT

public:
    explicit OfferPreview(OfferDocument* document, QWidget* parent = nullptr);
    SafeTextBrowser* browser() const { return m_browser; }
    // Rebuilds now (normally it follows edits after a short pause).
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    OfferDocument* m_document;
    SafeTextBrowser* m_browser;
    QTimer* m_pending;
};

} // namespace proserv
