// "What will be submitted": the change set the export writes, as a seller
// reads it (changes, fields, values), its JSON, and the filled-in fields that
// stay behind in the draft with where each one matters instead.
#pragma once

#include <QDialog>

#include <functional>
#include <string>

class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace proserv {

class ListingDocument;

class SubmissionView : public QDialog {
    Q_OBJECT

public:
    // `labelOf` names a field as the form does ("Support email").
    SubmissionView(
        ListingDocument* document, std::function<QString(const std::string&)> labelOf, QWidget* parent = nullptr);

    QTreeWidget* submitted() const { return m_submitted; }
    QTreeWidget* keptInDraft() const { return m_kept; }
    QPushButton* exportButton() const { return m_export; }
    void refresh();

signals:
    void exportRequested();

private:
    ListingDocument* m_document;
    std::function<QString(const std::string&)> m_labelOf;
    QTreeWidget* m_submitted;
    QPlainTextEdit* m_json;
    QTreeWidget* m_kept;
    QPushButton* m_export;
};

} // namespace proserv
