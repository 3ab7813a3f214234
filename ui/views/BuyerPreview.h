// A read-only preview of the product page as buyers will see it, built from
// the change set that would be exported (not from the draft), so a field that
// is not submitted never shows up here. Updates as the seller types.
#pragma once

#include <QWidget>

class QTimer;

namespace proserv {

class ListingDocument;
class SafeTextBrowser;

class BuyerPreview : public QWidget {
    Q_OBJECT

public:
    explicit BuyerPreview(ListingDocument* document, QWidget* parent = nullptr);
    SafeTextBrowser* browser() const { return m_browser; }
    // Rebuilds now (normally it follows edits after a short pause).
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    ListingDocument* m_document;
    SafeTextBrowser* m_browser;
    QTimer* m_pending;
};

} // namespace proserv
