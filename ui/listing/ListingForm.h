// The editing area: one page per section of the listing (built in
// ListingSections.cpp), the bindings of every field, and the routing of
// document changes and findings to the fields they concern.
#pragma once

#include "validation/Finding.h"

#include <QScrollArea>
#include <QStackedWidget>

#include <memory>
#include <string>
#include <vector>

namespace proserv {

class FieldBinding;
class FieldBlock;
class FormPage;
class ListingDocument;
class ReviewSession;

struct SectionCounts {
    int errors = 0;
    int warnings = 0;
};

class ListingForm : public QStackedWidget {
    Q_OBJECT

public:
    explicit ListingForm(ListingDocument* document, QWidget* parent = nullptr);
    ~ListingForm() override;

    int sectionCount() const { return static_cast<int>(m_pages.size()); }
    QString sectionTitle(int section) const;
    // The section showing the field at `pointer` (-1 if none does).
    int sectionOf(const std::string& pointer) const;
    SectionCounts countsOf(int section) const;

    // Shows the field's section, scrolls to it and gives it the focus (for a
    // list item or table cell: selects it).
    bool focusField(const std::string& pointer);
    FieldBinding* bindingFor(const std::string& pointer) const;
    // How people name the field at `pointer`: its label; for a list item or
    // table cell also its row and column ("Dimensions, row 2: Service billed").
    QString fieldLabel(const std::string& pointer) const;

    // Every input of the form, for the accessibility test.
    QList<QWidget*> inputs() const;

    // Review mode: every field read-only, a "Comment…" button on every field.
    void setReviewMode(bool review);
    // Shows the session's comments beside their fields (following moved items).
    void setReviewSession(ReviewSession* session);
    // The comments that name no field of the listing, with their Resolved
    // boxes, in a panel hidden while there are none. Placed by the window, above the form.
    FieldBlock* unattachedComments() const { return m_unattached; }
    QWidget* unattachedCommentsPanel() const { return m_unattachedPanel; }

signals:
    void countsChanged();
    void commentRequested(const QString& pointer);

private:
    void onFindingsChanged();
    void showComments();
    FieldBlock* m_unattached = nullptr;
    QScrollArea* m_unattachedPanel = nullptr;
    int sectionOfBinding(const FieldBinding* binding) const;
    FieldBinding* bindingOfWidget(const QWidget* widget) const; // the field whose block holds it

    friend class ListingSections;
    ListingDocument* m_document;
    std::vector<std::unique_ptr<FormPage>> m_pages;
    std::vector<SectionCounts> m_counts;
    bool m_findingsShown = false; // the current findings have been routed to the fields
    ReviewSession* m_session = nullptr;
};

} // namespace proserv
