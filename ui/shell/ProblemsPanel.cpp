#include "ui/shell/ProblemsPanel.h"
#include "qtsupport/FieldNames.h"
#include "qtsupport/Translation.h"

#include "qtsupport/ReviewReport.h"
#include "ui/document/FieldDocument.h"
#include "ui/form/FieldBlock.h"
#include "validation/RuleCatalogue.h"
#include "validation/Validator.h"

#include <QPushButton>
#include <QStandardItemModel>

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace proserv {

FindingsModel::FindingsModel(
    FieldDocument* document, std::function<QString(const std::string&)> sectionOf, QObject* parent)
    : QAbstractTableModel(parent), m_document(document), m_sectionOf(std::move(sectionOf))
{
    connect(document, &FieldDocument::findingsChanged, this, &FindingsModel::reload);
    reload();
}

void FindingsModel::setDocument(FieldDocument* document, std::function<QString(const std::string&)> sectionOf)
{
    disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_sectionOf = std::move(sectionOf);
    connect(document, &FieldDocument::findingsChanged, this, &FindingsModel::reload);
    // Another document's findings may compare equal (none and none) but name
    // other fields and sections: always a new list.
    beginResetModel();
    m_findings = document->shownFindings();
    endResetModel();
}

void FindingsModel::reload()
{
    const std::vector<Finding>& shown = m_document->shownFindings();
    if (m_findings == shown) {
        // Same findings: keep the selection and scroll position while typing,
        // but ranges (and thus nothing visible) may have moved.
        m_findings = shown;
        return;
    }
    beginResetModel();
    m_findings = shown;
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Finding& f = m_findings[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == MessageColumn)
            return translated(f.text);
        if (index.column() == RuleColumn)
            return QString::fromStdString(f.ruleId);
        if (index.column() == LocationColumn) {
            const TextPosition pos = m_document->sourcePositionOf(f.pointer);
            return pos.known() ? QStringLiteral("%1:%2").arg(pos.line).arg(pos.column) : QString();
        }
        return m_sectionOf(f.pointer);
    case Qt::ToolTipRole: {
        // The field as people name it ("Highlights, item 3"), then the facts.
        const Json native = m_document->nativeDocument();
        return QStringLiteral("%1\n%2\n%3 · %4 · %5")
            .arg(translated(f.text), fieldNameForPeople(f.pointer, native.is_null() ? nullptr : &native),
                severityName(f.severity), QString::fromStdString(f.ruleId), QString::fromStdString(f.guideline));
    }
    case Qt::DecorationRole: return index.column() == MessageColumn ? QVariant(severityIcon(f.severity)) : QVariant();
    case Qt::AccessibleTextRole: return QStringLiteral("%1: %2").arg(severityName(f.severity), translated(f.text));
    case PointerRole: return QString::fromStdString(f.pointer);
    case SeverityRole: return static_cast<int>(f.severity);
    case GuidelineRole: return QString::fromStdString(f.guideline);
    case RuleRole: return QString::fromStdString(f.ruleId);
    default: return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MessageColumn: return tr("Problem");
    case RuleColumn: return tr("Rule");
    case SectionColumn: return tr("Section");
    case LocationColumn: return tr("Line");
    default: return {};
    }
}

bool FindingsModel::anyLocationKnown() const
{
    for (const Finding& f : m_findings)
        if (m_document->sourcePositionOf(f.pointer).known())
            return true;
    return false;
}

void SeverityFilter::setShown(Severity severity, bool shown)
{
    m_shown[static_cast<int>(severity)] = shown;
    invalidateFilter();
}

bool SeverityFilter::filterAcceptsRow(int row, const QModelIndex& parent) const
{
    const QModelIndex index = sourceModel()->index(row, 0, parent);
    if (sourceModel()->hasChildren(index))
        return true; // a guideline group
    const int severity = index.data(FindingsModel::SeverityRole).toInt();
    return severity >= 0 && severity < 3 && m_shown[severity];
}

ProblemsPanel::ProblemsPanel(
    FieldDocument* document, std::function<QString(const std::string&)> sectionOf, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    m_model = new FindingsModel(document, std::move(sectionOf), this);
    m_filter = new SeverityFilter(this);
    m_filter->setSourceModel(m_model);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setAccessibleName(tr("Problems"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(FindingsModel::RuleColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(FindingsModel::SectionColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(FindingsModel::LocationColumn, QHeaderView::ResizeToContents);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    const Severity severities[3] = {Severity::Error, Severity::Warning, Severity::Info};
    for (Severity s : severities) {
        auto* box = new QCheckBox(this);
        box->setChecked(true);
        box->setIcon(severityIcon(s));
        box->setObjectName(QStringLiteral("filter-") + QString::fromLatin1(toString(s)));
        m_filters[static_cast<int>(s)] = box;
        bar->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this, s](bool on) { m_filter->setShown(s, on); });
    }
    // A new blank listing starts quiet (FieldDocument::startQuiet): what is
    // left out of the list is counted here, and one button shows it all.
    m_quietNote = new QLabel(this);
    m_quietNote->setObjectName(QStringLiteral("quietNote"));
    m_quietNote->hide();
    bar->addSpacing(12);
    bar->addWidget(m_quietNote);
    m_revealButton = new QPushButton(tr("Show All"), this);
    m_revealButton->setObjectName(QStringLiteral("showAllProblems"));
    m_revealButton->setAutoDefault(false);
    m_revealButton->hide();
    bar->addWidget(m_revealButton);
    bar->addStretch(1);
    connect(m_revealButton, &QPushButton::clicked, this, [this] { m_document->revealAll(); });
    m_commentButton = new QPushButton(tr("Comment on Problem…"), this);
    m_commentButton->setObjectName(QStringLiteral("commentOnProblem"));
    m_commentButton->hide();
    bar->addWidget(m_commentButton);
    m_grouped = new QStandardItemModel(this);
    m_empty = new QLabel(tr("No problems: this meets every guideline the editor can check."), this);
    m_empty->setObjectName(QStringLiteral("noProblems"));
    m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);

    connect(m_view, &QTreeView::activated, this,
        [this](const QModelIndex& index) { emit fieldActivated(index.data(FindingsModel::PointerRole).toString()); });
    follow(document);
    // The current problem, however it became current (click, arrow keys, a
    // jump): the guideline panel shows its section.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& index) {
        const QString anchor = index.data(FindingsModel::GuidelineRole).toString();
        if (!anchor.isEmpty())
            emit findingSelected(anchor);
    });
    connect(m_commentButton, &QPushButton::clicked, this, &ProblemsPanel::commentOnCurrent);
    updateFilterLabels();
}

bool ProblemsPanel::commentOnCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || index.data(FindingsModel::PointerRole).toString().isEmpty())
        return false;
    emit commentOnFinding(
        index.data(FindingsModel::PointerRole).toString(), index.data(FindingsModel::RuleRole).toString());
    return true;
}

void ProblemsPanel::follow(FieldDocument* document)
{
    connect(document, &FieldDocument::findingsChanged, this, &ProblemsPanel::updateFilterLabels);
    connect(document, &FieldDocument::findingsChanged, this, &ProblemsPanel::rebuildGroups);
    connect(document, &FieldDocument::findingsChanged, this, &ProblemsPanel::listed);
}

void ProblemsPanel::setDocument(FieldDocument* document, std::function<QString(const std::string&)> sectionOf)
{
    if (document == m_document)
        return;
    disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_model->setDocument(document, std::move(sectionOf));
    follow(document);
    updateFilterLabels();
    rebuildGroups();
    emit listed();
}

void ProblemsPanel::setReviewMode(bool review)
{
    m_review = review;
    m_commentButton->setVisible(review);
    m_view->setRootIsDecorated(review);
    m_filter->setSourceModel(review ? static_cast<QAbstractItemModel*>(m_grouped) : m_model);
    rebuildGroups();
    // A new source model resets the header; size the columns again.
    m_view->header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(FindingsModel::RuleColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(FindingsModel::SectionColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(FindingsModel::LocationColumn, QHeaderView::ResizeToContents);
    updateFilterLabels();
}

void ProblemsPanel::rebuildGroups()
{
    if (!m_review)
        return;
    m_grouped->clear();
    QStringList headers;
    for (int c = 0; c < FindingsModel::ColumnCount; ++c)
        headers << m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    m_grouped->setHorizontalHeaderLabels(headers);
    for (const GuidelineSection& section : guidelineSections()) {
        const char* anchor = section.anchor;
        QList<QList<QStandardItem*>> rows;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QModelIndex index = m_model->index(r, 0);
            if (index.data(FindingsModel::GuidelineRole).toString() != QLatin1String(anchor))
                continue;
            QList<QStandardItem*> row;
            for (int c = 0; c < FindingsModel::ColumnCount; ++c) {
                auto* item = new QStandardItem;
                for (int role :
                    {int(Qt::DisplayRole), int(Qt::DecorationRole), int(Qt::ToolTipRole), FindingsModel::PointerRole,
                        FindingsModel::SeverityRole, FindingsModel::GuidelineRole, FindingsModel::RuleRole})
                    item->setData(m_model->index(r, c).data(role), role);
                item->setEditable(false);
                row << item;
            }
            rows << row;
        }
        if (rows.isEmpty())
            continue;
        auto* group
            = new QStandardItem(QStringLiteral("%1 (%2)").arg(translatedGuidelineTitle(anchor)).arg(rows.size()));
        group->setData(QString::fromLatin1(anchor), FindingsModel::GuidelineRole);
        group->setEditable(false);
        QFont bold = group->font();
        bold.setBold(true);
        group->setFont(bold);
        for (const auto& row : rows)
            group->appendRow(row);
        QList<QStandardItem*> groupRow {group};
        while (groupRow.size() < FindingsModel::ColumnCount)
            groupRow << new QStandardItem;
        m_grouped->appendRow(groupRow);
    }
    m_view->expandAll();
}

void ProblemsPanel::focusList()
{
    if (m_view->isHidden()) {
        m_filters[0]->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    m_view->setFocus(Qt::ShortcutFocusReason);
    if (!m_view->currentIndex().isValid() && m_view->model()->rowCount() > 0)
        m_view->selectionModel()->setCurrentIndex(
            m_view->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

int ProblemsPanel::contentHeight(int maxRows) const
{
    const QMargins margins = layout()->contentsMargins();
    int height = margins.top() + margins.bottom() + layout()->spacing() + m_filters[0]->sizeHint().height();
    if (m_view->isHidden())
        return height + m_empty->sizeHint().height();
    const int rows = std::clamp(m_view->model()->rowCount(), 1, maxRows);
    const int rowHeight = std::max(m_view->sizeHintForRow(0), m_view->fontMetrics().height() + 4);
    return height + m_view->header()->sizeHint().height() + rows * rowHeight + 2 * m_view->frameWidth();
}

void ProblemsPanel::updateFilterLabels()
{
    const std::vector<Finding>& shown = m_document->shownFindings();
    const FindingCounts counts = countFindings(shown);
    const QString labels[3] = {severityCount(Severity::Error, counts.errors),
        severityCount(Severity::Warning, counts.warnings), severityCount(Severity::Info, counts.infos)};
    for (int i = 0; i < 3; ++i)
        if (m_filters[i]->text() != labels[i])
            m_filters[i]->setText(labels[i]);
    m_filters[0]->setAccessibleName(tr("Show errors"));
    m_filters[1]->setAccessibleName(tr("Show warnings"));
    m_filters[2]->setAccessibleName(tr("Show notes"));
    m_view->setColumnHidden(FindingsModel::LocationColumn, !m_model->anyLocationKnown());
    const int quiet = m_document->quietCount();
    m_quietNote->setVisible(quiet > 0);
    m_revealButton->setVisible(quiet > 0);
    if (quiet > 0)
        m_quietNote->setText(tr("%n more in fields not filled in yet", "", quiet));
    m_empty->setText(quiet > 0 ? tr("Nothing wrong in what you have filled in so far.")
                               : tr("No problems: this meets every guideline the editor can check."));
    const bool none = shown.empty();
    if (m_empty->isVisibleTo(this) != none) {
        m_empty->setVisible(none);
        m_view->setVisible(!none);
    }
}

} // namespace proserv
