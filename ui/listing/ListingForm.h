// The product listing's editor: its seven sections as pages (built in
// ListingSections.cpp) on the generic DocumentForm, and the reviewer's
// comments shown beside the fields they name.
#pragma once

#include "ui/form/DocumentForm.h"

#include <QScrollArea>

namespace proserv {

class FieldBlock;
class ListingDocument;
class ReviewSession;

class ListingForm : public DocumentForm {
    Q_OBJECT

public:
    explicit ListingForm(ListingDocument* document, QWidget* parent = nullptr);
    ~ListingForm() override;

    QString typeName() const override;
    std::string firstField() const override;

    // Shows the session's comments beside their fields (following moved items).
    void setReviewSession(ReviewSession* session);
    // The comments that name no field of the listing, with their Resolved
    // boxes, in a panel hidden while there are none. Placed by the window, above the form.
    FieldBlock* unattachedComments() const { return m_unattached; }
    QWidget* unattachedCommentsPanel() const { return m_unattachedPanel; }

private:
    void showComments();

    friend class ListingSections;
    ListingDocument* m_listing;
    FieldBlock* m_unattached = nullptr;
    QScrollArea* m_unattachedPanel = nullptr;
    ReviewSession* m_session = nullptr;
};

} // namespace proserv
