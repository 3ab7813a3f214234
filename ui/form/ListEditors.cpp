#include "ui/form/ListEditors.h"
#include "ui/form/CappedRowDelegate.h"
#include "ui/form/ChoiceCellDelegate.h"
#include "ui/form/FullLengthEditing.h"
#include "ui/form/PlainToolTip.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace proserv {

namespace {

// How items are edited when the editor is not read-only.
constexpr QAbstractItemView::EditTriggers kEditTriggers
    = QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed;

// A table row shows up to this many lines of its longest cell; the rest is
// elided, with the whole text in the cell's tooltip.
constexpr int kMaxLinesPerRow = 3;

QPushButton* button(QWidget* parent, const QString& text, const QString& accessible)
{
    auto* b = new QPushButton(text, parent);
    b->setAccessibleName(accessible);
    b->setAutoDefault(false);
    return b;
}

// Lays out `view` with the button column to its right in `editor`.
ListButtons attachListButtons(QWidget* editor, QWidget* view, const QString& itemName)
{
    ListButtons b;
    b.column = new QWidget(editor);
    // No Alt+letter: a page has several lists, and Alt+A would add to the
    // first of them wherever the cursor is. Insert in the list adds to it.
    b.add = button(b.column, QCoreApplication::translate("ListEditors", "Add"),
        QCoreApplication::translate("ListEditors", "Add %1").arg(itemName));
    b.remove = button(b.column, QCoreApplication::translate("ListEditors", "Remove"),
        QCoreApplication::translate("ListEditors", "Remove %1").arg(itemName));
    b.up = button(b.column, QCoreApplication::translate("ListEditors", "Move up"),
        QCoreApplication::translate("ListEditors", "Move %1 up").arg(itemName));
    b.down = button(b.column, QCoreApplication::translate("ListEditors", "Move down"),
        QCoreApplication::translate("ListEditors", "Move %1 down").arg(itemName));
    b.add->setObjectName(QStringLiteral("addButton"));
    b.remove->setObjectName(QStringLiteral("removeButton"));
    auto* column = new QVBoxLayout(b.column);
    column->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* button : {b.add, b.remove, b.up, b.down})
        column->addWidget(button);
    column->addStretch(1);

    // From the list itself: Insert adds, Delete removes, Ctrl+Up/Down move —
    // the buttons need not be reached with Tab (and share one Alt+A a page).
    const auto key = [view](const QKeySequence& keys, QPushButton* target) {
        auto* shortcut = new QShortcut(keys, view, nullptr, nullptr, Qt::WidgetShortcut);
        QObject::connect(shortcut, &QShortcut::activated, target, [target] {
            if (target->isVisible() && target->isEnabled())
                target->click();
        });
        target->setToolTip(QCoreApplication::translate("ListEditors", "%1 (%2 in the list)")
                               .arg(target->accessibleName(), keys.toString(QKeySequence::NativeText)));
    };
    key(QKeySequence(Qt::Key_Insert), b.add);
    key(QKeySequence(QKeySequence::Delete), b.remove);
    key(QKeySequence(Qt::CTRL | Qt::Key_Up), b.up);
    key(QKeySequence(Qt::CTRL | Qt::Key_Down), b.down);

    auto* layout = new QHBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view, 1);
    layout->addWidget(b.column);
    editor->setFocusProxy(view);
    return b;
}

} // namespace

void ListButtons::update(int currentRow, int rowCount) const
{
    remove->setEnabled(currentRow >= 0);
    up->setEnabled(currentRow > 0);
    down->setEnabled(currentRow >= 0 && currentRow + 1 < rowCount);
}

StringListEditor::StringListEditor(const QString& itemName, QWidget* parent) : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setItemDelegate(new FullLengthDelegate(m_list));
    // One line per item: the view lays out N items without measuring each
    // (measuring shaped the text of 400,000 keywords on every open).
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(kEditTriggers);
    m_list->setAlternatingRowColors(true);
    // Room for the 3 to 4 items most lists hold, plus one being added.
    m_list->setFixedHeight(m_list->sizeHintForRow(0) > 0 ? m_list->sizeHintForRow(0) * 5 + 8
                                                         : m_list->fontMetrics().lineSpacing() * 6 + 8);
    m_list->setAccessibleName(itemName);
    m_buttons = attachListButtons(this, m_list, itemName);

    connect(m_buttons.add, &QPushButton::clicked, this, &StringListEditor::addItem);
    connect(m_buttons.remove, &QPushButton::clicked, this, &StringListEditor::removeItem);
    connect(m_buttons.up, &QPushButton::clicked, this, [this] { moveItem(-1); });
    connect(m_buttons.down, &QPushButton::clicked, this, [this] { moveItem(1); });
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            emit edited(items());
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &StringListEditor::updateButtons);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem*, QListWidgetItem* previous) {
        if (previous && !m_updating)
            emit rowLeft(m_list->row(previous));
    });
    updateButtons();
}

QStringList StringListEditor::items() const
{
    QStringList result;
    for (int i = 0; i < m_list->count(); ++i)
        result << m_list->item(i)->text();
    return result;
}

void StringListEditor::setItems(const QStringList& items)
{
    if (items == this->items())
        return;
    m_updating = true;
    const int current = m_list->currentRow();
    m_list->clear();
    m_markedRows.clear(); // the items that carried the marks are gone
    // All rows in one insertion: one item at a time, the view answered every
    // insertion (400,000 keywords took 40 s to open).
    m_list->addItems(items);
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setFlags(m_list->item(i)->flags() | Qt::ItemIsEditable);
    m_list->setCurrentRow(std::min(current, static_cast<int>(m_list->count()) - 1));
    m_updating = false;
    updateButtons();
}

void StringListEditor::selectRow(int row)
{
    m_list->setCurrentRow(row);
    m_list->setFocus(Qt::OtherFocusReason);
}

void StringListEditor::markRows(const QList<QPair<int, QString>>& rows, const QColor& tint)
{
    m_updating = true;
    // Only the rows marked before are cleared: a pass over every item on
    // every change of findings was linear in the list per keystroke.
    for (const int row : std::as_const(m_markedRows)) {
        if (row < m_list->count()) {
            m_list->item(row)->setBackground(QBrush());
            m_list->item(row)->setToolTip(QString());
        }
    }
    m_markedRows.clear();
    for (const auto& [row, message] : rows) {
        if (row < 0 || row >= m_list->count())
            continue;
        m_list->item(row)->setBackground(tint);
        m_list->item(row)->setToolTip(plainToolTip(message));
        m_markedRows << row;
    }
    m_updating = false;
}

void StringListEditor::setReadOnly(bool readOnly)
{
    m_buttons.column->setVisible(!readOnly); // the picker too
    m_list->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : kEditTriggers);
}

namespace {

// Item editor with completion from the suggestions.
class CompletingDelegate : public FullLengthDelegate {
public:
    CompletingDelegate(const QStringList& values, QObject* parent) : FullLengthDelegate(parent), m_values(values) { }
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QWidget* editor = FullLengthDelegate::createEditor(parent, option, index);
        if (auto* line = qobject_cast<QLineEdit*>(editor)) {
            auto* completer = new QCompleter(m_values, line);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            line->setCompleter(completer);
        }
        return editor;
    }

private:
    QStringList m_values;
};

} // namespace

void StringListEditor::setSuggestions(const QStringList& values, int leading)
{
    if (!m_picker) {
        m_picker = new QComboBox(m_buttons.column);
        m_picker->setObjectName(QStringLiteral("picker"));
        m_picker->setAccessibleName(QCoreApplication::translate("ListEditors", "Add from list"));
        m_picker->setToolTip(QCoreApplication::translate("ListEditors", "Choose a value to add it to the list."));
        m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_picker->setMinimumContentsLength(16);
        m_picker->setMaxVisibleItems(20);
        static_cast<QVBoxLayout*>(m_buttons.column->layout())->insertWidget(4, m_picker);
        connect(m_picker, qOverload<int>(&QComboBox::activated), this, [this](int index) {
            const QString value = m_picker->itemData(index).toString();
            m_picker->setCurrentIndex(0);
            if (value.isEmpty() || items().contains(value, Qt::CaseInsensitive))
                return;
            emit edited(items() << value);
            m_list->setCurrentRow(m_list->count() - 1);
        });
    }
    m_picker->clear();
    m_picker->addItem(QCoreApplication::translate("ListEditors", "Add from list…"));
    for (int i = 0; i < values.size(); ++i) {
        if (i == leading && leading > 0)
            m_picker->insertSeparator(m_picker->count());
        m_picker->addItem(values[i], values[i]);
    }
    m_list->setItemDelegate(new CompletingDelegate(values, m_list));
}

void StringListEditor::addItem()
{
    QStringList next = items();
    next << QString();
    emit edited(next); // the binding refreshes the list from the document
    const int row = m_list->count() - 1;
    if (row == next.size() - 1)
        emit itemAdded(row);
    if (row >= 0) {
        m_list->setCurrentRow(row);
        m_list->setFocus(Qt::OtherFocusReason);
        m_list->editItem(m_list->item(row));
    }
}

void StringListEditor::removeItem()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    QStringList next = items();
    next.removeAt(row);
    emit edited(next);
}

void StringListEditor::moveItem(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    QStringList next = items();
    next.move(row, target);
    emit edited(next);
    m_list->setCurrentRow(target);
}

void StringListEditor::updateButtons()
{
    m_buttons.update(m_list->currentRow(), m_list->count());
}

RecordTableEditor::RecordTableEditor(const QString& itemName, const QList<TableColumn>& columns, QWidget* parent)
    : QWidget(parent), m_columns(columns)
{
    m_table = new QTableWidget(0, static_cast<int>(columns.size()), this);
    m_table->setAccessibleName(itemName);
    QStringList headers;
    for (const TableColumn& c : columns)
        headers << c.title;
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->setItemDelegate(new CappedRowDelegate(kMaxLinesPerRow, m_table));
    for (int c = 0; c < columns.size(); ++c)
        if (!columns[c].choices.isEmpty())
            m_table->setItemDelegateForColumn(c, new ChoiceCellDelegate(columns[c].choices, kMaxLinesPerRow, m_table));
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 9);
    // Rows follow their text when a column gets wider or narrower.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table, &QTableView::resizeRowsToContents);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    m_table->setEditTriggers(kEditTriggers);
    for (int c = 0; c < columns.size(); ++c) {
        if (columns[c].width > 0) {
            m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Interactive);
            m_table->setColumnWidth(c, columns[c].width);
        } else {
            m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
        }
    }

    fitColumnsToTitles();
    m_table->viewport()->installEventFilter(this); // columns follow the table's width
    m_buttons = attachListButtons(this, m_table, itemName);

    // The new row opens its first cell for typing, as a new list item does.
    connect(m_buttons.add, &QPushButton::clicked, this, [this] {
        emit rowAdded();
        const int row = m_table->rowCount() - 1;
        selectCell(row, 0);
        if (QTableWidgetItem* first = m_table->item(row, 0))
            m_table->editItem(first);
    });
    connect(m_buttons.remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            emit rowRemoved(m_table->currentRow());
    });
    connect(m_buttons.up, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row > 0) {
            emit rowMoved(row, row - 1);
            selectCell(row - 1, m_table->currentColumn());
        }
    });
    connect(m_buttons.down, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row + 1 < m_table->rowCount()) {
            emit rowMoved(row, row + 1);
            selectCell(row + 1, m_table->currentColumn());
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_updating)
            emit cellEdited(item->row(), item->column(), item->text());
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &RecordTableEditor::updateButtons);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row, int, int previousRow, int) {
        if (previousRow >= 0 && previousRow != row && !m_updating)
            emit rowLeft(previousRow);
    });
    updateButtons();
}

void RecordTableEditor::setRows(const QList<QStringList>& rows)
{
    m_updating = true;
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < m_columns.size(); ++c) {
            const QString text = c < rows[r].size() ? rows[r][c] : QString();
            QTableWidgetItem* item = m_table->item(r, c);
            if (!item)
                m_table->setItem(r, c, item = new QTableWidgetItem);
            if (item->text() != text)
                item->setText(text);
        }
    }
    m_updating = false;
    updateButtons();
}

void RecordTableEditor::selectCell(int row, int column)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    m_table->setCurrentCell(row, std::max(0, column));
    m_table->scrollToItem(m_table->item(row, std::max(0, column)));
    m_table->setFocus(Qt::OtherFocusReason);
}

void RecordTableEditor::markCells(const QList<QPair<QPair<int, int>, QString>>& cells, const QColor& tint)
{
    m_updating = true;
    for (int r = 0; r < m_table->rowCount(); ++r)
        for (int c = 0; c < m_table->columnCount(); ++c)
            if (QTableWidgetItem* item = m_table->item(r, c)) {
                item->setBackground(QBrush());
                item->setToolTip(QString());
            }
    for (const auto& [cell, message] : cells)
        if (QTableWidgetItem* item = m_table->item(cell.first, cell.second)) {
            item->setBackground(tint);
            item->setToolTip(item->toolTip().isEmpty() ? message : item->toolTip() + QLatin1Char('\n') + message);
        }
    m_updating = false;
}

void RecordTableEditor::setReadOnly(bool readOnly)
{
    m_buttons.column->setVisible(!readOnly);
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : kEditTriggers);
}

void RecordTableEditor::fitColumnsToTitles()
{
    QHeaderView* header = m_table->horizontalHeader();
    const int readableStretch = m_table->fontMetrics().averageCharWidth() * 18;
    m_titleWidths.clear();
    int needed = 0;
    for (int c = 0; c < m_columns.size(); ++c) {
        int title = header->sectionSizeHint(c);
        // A column of choices is at least as wide as its usual value ("Units", "Entitled").
        if (!m_columns[c].choices.isEmpty())
            title = std::max(title,
                m_table->fontMetrics().horizontalAdvance(m_columns[c].choices.front())
                    + 2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 8);
        // A fixed column keeps at least its title and 60 % of its preferred
        // width: a key or a name cut to three letters is no longer readable.
        m_titleWidths << (m_columns[c].width > 0 ? std::max(title, m_columns[c].width * 3 / 5)
                                                 : std::max(readableStretch, title));
        needed += m_titleWidths.back();
    }
    if (!m_table->verticalHeader()->isHidden())
        needed += m_table->verticalHeader()->sizeHint().width();
    needed += 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width();
    m_table->setMinimumWidth(needed);
    layOutColumns();
}

void RecordTableEditor::layOutColumns()
{
    if (m_titleWidths.size() != m_columns.size())
        return;
    // Each fixed column's preferred width; the stretching ones need their minimum.
    QList<int> preferred;
    int stretching = 0;
    for (int c = 0; c < m_columns.size(); ++c) {
        preferred << (m_columns[c].width > 0 ? std::max(m_columns[c].width, m_titleWidths[c]) : 0);
        if (m_columns[c].width <= 0)
            stretching += m_titleWidths[c];
    }
    // Too narrow for them all: the fixed columns shrink in proportion, a
    // column that would shrink below its title stays at its title, and the
    // others share what is left (settled in at most one round per column).
    const int available = m_table->viewport()->width() - stretching;
    QList<bool> atTitle(m_columns.size(), false);
    double scale = 1.0;
    for (int round = 0; round <= m_columns.size(); ++round) {
        int shrinking = 0;
        int budget = available;
        for (int c = 0; c < m_columns.size(); ++c) {
            if (preferred[c] == 0)
                continue;
            if (atTitle[c])
                budget -= m_titleWidths[c];
            else
                shrinking += preferred[c];
        }
        scale = shrinking > 0 && budget < shrinking ? std::max(0.0, double(budget) / shrinking) : 1.0;
        bool settled = true;
        for (int c = 0; c < m_columns.size(); ++c)
            if (preferred[c] > 0 && !atTitle[c] && preferred[c] * scale < m_titleWidths[c]) {
                atTitle[c] = true;
                settled = false;
            }
        if (settled)
            break;
    }
    for (int c = 0; c < m_columns.size(); ++c)
        if (preferred[c] > 0)
            m_table->setColumnWidth(c, atTitle[c] ? m_titleWidths[c] : static_cast<int>(preferred[c] * scale));
}

bool RecordTableEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        layOutColumns();
    return QWidget::eventFilter(watched, event);
}

void RecordTableEditor::updateButtons()
{
    m_buttons.update(m_table->currentRow(), m_table->rowCount());
}

} // namespace proserv
