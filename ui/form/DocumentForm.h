// The editor of one document type (Tiled's Editor to FieldDocument's
// Document): the type's sections as pages of a stacked form, the routing of
// findings to the fields they concern, and how people name a field. The
// window hosts any number of them and knows none by type: a document type
// brings its own pages (the product listing's are in ui/listing/, a private
// offer's will sit beside them) and the window's section list, Problems dock,
// undo history, status bar and review mode serve it unchanged.
#pragma once

#include "validation/Finding.h"

#include <QScrollArea>
#include <QStackedWidget>

#include <memory>
#include <string>
#include <vector>

class QPlainTextEdit;

namespace proserv {

class FieldBinding;
class FieldBlock;
class FieldDocument;
class FormPage;
class ReviewSession;

struct SectionCounts {
    int errors = 0;
    int warnings = 0;
};

class DocumentForm : public QStackedWidget {
    Q_OBJECT

public:
    ~DocumentForm() override;

    FieldDocument* document() const { return m_document; }
    // What the document type is called in the window ("Product listing").
    virtual QString typeName() const = 0;
    // The field that takes the focus when a document of this type is shown.
    virtual std::string firstField() const = 0;

    int sectionCount() const { return static_cast<int>(m_pages.size()); }
    QString sectionTitle(int section) const;
    // The section showing the field at `pointer` (-1 if none does).
    int sectionOf(const std::string& pointer) const;
    SectionCounts countsOf(int section) const;

    // Shows the field's section, scrolls to it and gives it the focus (for a
    // list item or table cell: selects it).
    bool focusField(const std::string& pointer);
    FieldBinding* bindingFor(const std::string& pointer) const;
    // How people name the field at `pointer` (qtsupport/FieldNames.h), with
    // the rows' own names from this document: "Pricing dimension 2
    // (mra-enterprise): Service billed".
    QString fieldLabel(const std::string& pointer) const;

    // Every input of the form, for the accessibility test.
    QList<QWidget*> inputs() const;

    // Review mode: every field read-only, a "Comment…" button on every field.
    virtual void setReviewMode(bool review);
    // Shows the session's comments beside their fields (following moved items).
    void setReviewSession(ReviewSession* session);
    // The comments that name no field of the document, with their Resolved
    // boxes, in a panel hidden while there are none. Placed by the window, above the form.
    FieldBlock* unattachedComments() const { return m_unattached; }
    QWidget* unattachedCommentsPanel() const { return m_unattachedPanel; }

signals:
    // The error and warning counts of a section changed.
    void countsChanged();
    // A field's "Comment…" button (review mode).
    void commentRequested(const QString& pointer);

public:
    // The field whose editor has the keyboard focus; empty when none has.
    std::string focusedField() const;

protected:
    explicit DocumentForm(FieldDocument* document, QWidget* parent = nullptr);
    // Call once the pages are in m_pages: shows them, routes findings to them.
    void finishPages();
    FieldBinding* bindingOfWidget(const QWidget* widget) const; // the field whose block holds it

    FieldDocument* m_document;
    std::vector<std::unique_ptr<FormPage>> m_pages;

private:
    QScrollArea* scrollAreaOf(QWidget* widget) const;
    void keepInView(QWidget* focused);
    void keepCaretInView(QPlainTextEdit* edit);
    void onFindingsChanged();
    void createUnattachedCommentsPanel();
    void showComments();
    FieldBlock* m_unattached = nullptr;
    QScrollArea* m_unattachedPanel = nullptr;
    ReviewSession* m_session = nullptr;
    int sectionOfBinding(const FieldBinding* binding) const;

    std::vector<SectionCounts> m_counts;
    bool m_findingsShown = false; // the current findings have been routed to the fields
};

} // namespace proserv
