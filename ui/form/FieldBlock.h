// One field of the form: its label, help text, the editor, an optional live
// character counter ("57 / 72") and the inline findings (colour + icon +
// message), which clear the moment the field is fixed.
#pragma once

#include "model/ReviewComments.h"
#include "validation/Finding.h"

#include <QWidget>

#include <vector>

class QHBoxLayout;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace proserv {

class FieldBlock : public QWidget {
    Q_OBJECT

public:
    FieldBlock(const QString& label, const QString& help, QWidget* editor, QWidget* parent = nullptr);

    QWidget* editor() const { return m_editor; }
    QString title() const; // the label without its mnemonic

    // Marks a field that never leaves the draft; the tooltip says where the
    // information matters instead (model/SubmissionFields.h).
    void setDraftOnly(const QString& whereItMatters);
    bool isDraftOnly() const;
    // A button acting on this field, under the editor (before the counter).
    void addFooterWidget(QWidget* widget);
    // The widget that takes focus when the user jumps to this field.
    QWidget* focusTarget() const { return m_focusTarget ? m_focusTarget : m_editor; }
    // The widget that takes the cursor, also from the label's Alt+letter.
    void setFocusTarget(QWidget* widget);

    // Shows "N / MAX" under the editor, red above the limit.
    void setCounter(int length, int maximum);
    // `where[i]`, when given and not empty, names the row or item finding i
    // is about ("Pricing dimension 2 (gold): Key"): the message says which.
    void setFindings(const std::vector<const Finding*>& findings, const QStringList& where = {});
    QString messageText() const; // what the inline message shows (for tests)
    QString shownMessage(std::size_t i) const; // finding i's line: its row's name, then the message
    Severity worstSeverity(bool& any) const;

    // Reviewer comments shown beside the field, each with a "Resolved" box.
    void setComments(const std::vector<ReviewComment>& comments);
    QString commentText() const;
    void setCommentButtonVisible(bool visible);

signals:
    void commentRequested();
    void resolvedToggled(const std::string& commentId, bool resolved);

private:
    QWidget* m_editor;
    QLabel* m_title;
    QLabel* m_draftMark = nullptr;
    QWidget* m_focusTarget = nullptr;
    QLabel* m_counter = nullptr;
    QHBoxLayout* m_footer = nullptr;
    QWidget* m_messages;
    QVBoxLayout* m_messageLayout;
    std::vector<Finding> m_shown;
    QStringList m_shownWhere;
    QToolButton* m_commentButton;
    QWidget* m_comments;
    QVBoxLayout* m_commentLayout;
    std::vector<ReviewComment> m_shownComments;
};

// The icon for a severity, shared by inline messages and the Problems list.
QIcon severityIcon(Severity severity);

} // namespace proserv
