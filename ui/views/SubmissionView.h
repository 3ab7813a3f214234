// "What will be submitted": the change set the export writes, as a seller
// reads it (changes, fields, values), its JSON, and the filled-in fields that
// stay behind in the draft with where each one matters instead.
#pragma once

#include "ui/views/SubmissionPlans.h"

#include <QDialog>

#include <functional>
#include <string>

class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace proserv {

class FieldDocument;

class SubmissionView : public QDialog {
    Q_OBJECT

public:
    // `planOf` says what the document submits (SubmissionPlans.h); `labelOf`
    // names a field as the form does ("Support email").
    SubmissionView(FieldDocument* document, std::function<SubmissionPlan()> planOf,
        std::function<QString(const std::string&)> labelOf, QWidget* parent = nullptr);

    QTreeWidget* submitted() const { return m_submitted; }
    QTreeWidget* keptInDraft() const { return m_kept; }
    QPushButton* exportButton() const { return m_export; }
    void refresh();

signals:
    void exportRequested();

private:
    FieldDocument* m_document;
    std::function<SubmissionPlan()> m_planOf;
    std::function<QString(const std::string&)> m_labelOf;
    QTreeWidget* m_submitted;
    QPlainTextEdit* m_json;
    QTreeWidget* m_kept;
    QPushButton* m_export;
};

} // namespace proserv
