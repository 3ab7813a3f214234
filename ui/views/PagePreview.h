// A read-only page that follows a document as the seller types: the product
// page buyers will see (BuyerPreview) or the buyer's view of an offer
// (OfferPreview). This class keeps the browser that never loads anything,
// rebuilds once per pause in typing while shown, and keeps the scroll
// position; each document type writes its page (writePage).
#pragma once

#include <QWidget>

class QTimer;

namespace proserv {

class FieldDocument;
class PageWriter;
class SafeTextBrowser;

class PagePreview : public QWidget {
    Q_OBJECT

public:
    SafeTextBrowser* browser() const { return m_browser; }
    // Rebuilds now (normally it follows edits after a short pause).
    void refresh();

protected:
    // `objectName` and `accessibleName` name the browser (tests and screen readers find it by them).
    PagePreview(FieldDocument* document, const QString& objectName, const QString& accessibleName, QWidget* parent);
    virtual void writePage(PageWriter& out) = 0;
    void showEvent(QShowEvent* event) override;

private:
    SafeTextBrowser* m_browser;
    QTimer* m_pending;
};

} // namespace proserv
