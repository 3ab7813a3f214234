// The Problems dock: every finding with its severity icon, message, rule and
// section; filter by severity; activating a row (double-click or Enter) jumps
// to the field.
#pragma once

#include "validation/Finding.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QWidget>

#include <functional>
#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace proserv {

class FieldDocument;

class FindingsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // Location: line:column of the field in the file that was read (shown for
    // submitted files and unedited listings, where it is known).
    enum Column { MessageColumn, RuleColumn, SectionColumn, LocationColumn, ColumnCount };
    static constexpr int PointerRole = Qt::UserRole + 1;
    static constexpr int SeverityRole = Qt::UserRole + 2;
    static constexpr int GuidelineRole = Qt::UserRole + 3;
    static constexpr int RuleRole = Qt::UserRole + 4;

    bool anyLocationKnown() const;

    FindingsModel(
        FieldDocument* document, std::function<QString(const std::string&)> sectionOf, QObject* parent = nullptr);
    // Lists the findings of another document (the window shows another document type).
    void setDocument(FieldDocument* document, std::function<QString(const std::string&)> sectionOf);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void reload();
    FieldDocument* m_document;
    std::function<QString(const std::string&)> m_sectionOf;
    std::vector<Finding> m_findings;
};

class SeverityFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setShown(Severity severity, bool shown);

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

private:
    bool m_shown[3] = {true, true, true};
};

class ProblemsPanel : public QWidget {
    Q_OBJECT

public:
    ProblemsPanel(
        FieldDocument* document, std::function<QString(const std::string&)> sectionOf, QWidget* parent = nullptr);
    // Lists the findings of `document`, whose fields `sectionOf` places.
    void setDocument(FieldDocument* document, std::function<QString(const std::string&)> sectionOf);
    QTreeView* view() const { return m_view; }
    QCheckBox* filterBox(Severity severity) const { return m_filters[static_cast<int>(severity)]; }
    // Review mode: findings grouped under their guideline section, and a
    // button to comment on the selected finding.
    void setReviewMode(bool review);
    // Keyboard focus on the list, on its current row (the first when none is);
    // on the first filter when there is no problem to list.
    void focusList();
    // Asks to comment on the current problem (commentOnFinding); false when
    // no problem with a field is current.
    bool commentOnCurrent();
    // The height that shows the filter bar and up to `maxRows` problems (or
    // the "No problems" line), for sizing the dock to its content.
    int contentHeight(int maxRows) const;

signals:
    void fieldActivated(const QString& pointer);
    void findingSelected(const QString& guidelineAnchor);
    void commentOnFinding(const QString& pointer, const QString& ruleId);
    // The shown document's new findings are listed (after findingsChanged).
    void listed();

private:
    void updateFilterLabels();
    void rebuildGroups();
    void follow(FieldDocument* document);
    FieldDocument* m_document;
    FindingsModel* m_model;
    SeverityFilter* m_filter;
    QTreeView* m_view;
    QCheckBox* m_filters[3];
    QLabel* m_empty;
    QLabel* m_quietNote;
    QPushButton* m_revealButton;
    QStandardItemModel* m_grouped;
    QPushButton* m_commentButton;
    bool m_review = false;
};

} // namespace proserv
