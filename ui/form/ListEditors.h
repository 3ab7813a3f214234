// Editors for the listing's lists: a list of strings (highlights, keywords,
// related products, buyer accounts…) and a table of records (pricing
// dimensions, additional resources, IAM policies). Both offer Add, Remove,
// Move up and Move down, by mouse and keyboard.
#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QListWidget;
class QTableWidget;
class QPushButton;

namespace proserv {

// The Add / Remove / Move up / Move down column both editors show beside
// their view; one set of buttons, wording and enabling rules for both.
struct ListButtons {
    QWidget* column = nullptr;
    QPushButton* add = nullptr;
    QPushButton* remove = nullptr;
    QPushButton* up = nullptr;
    QPushButton* down = nullptr;

    // Enables what applies to the current row (-1 = none) of `rowCount` rows.
    void update(int currentRow, int rowCount) const;
};

class StringListEditor : public QWidget {
    Q_OBJECT

public:
    explicit StringListEditor(const QString& itemName, QWidget* parent = nullptr);

    QStringList items() const;
    void setItems(const QStringList& items); // does not emit edited()
    QListWidget* list() const { return m_list; }
    void selectRow(int row);
    // Marks rows with a finding (tooltip + tinted background); -1 clears.
    void markRows(const QList<QPair<int, QString>>& rows, const QColor& tint);
    void setReadOnly(bool readOnly);
    // Offers known values: a "Add from list" picker beside the list (the
    // first `leading` values, then a separator, then the rest) and completion
    // while typing an item. Other text can still be typed.
    void setSuggestions(const QStringList& values, int leading);
    QComboBox* picker() const { return m_picker; }

signals:
    void edited(const QStringList& items);
    void itemAdded(int row); // after edited(): the new, empty item
    void rowLeft(int row); // the current item moved away from `row`

private:
    void addItem();
    void removeItem();
    void moveItem(int delta);
    void updateButtons();

    QListWidget* m_list;
    ListButtons m_buttons;
    QComboBox* m_picker = nullptr;
    bool m_updating = false;
    QList<int> m_markedRows; // rows markRows tinted, to clear next time
};

struct TableColumn {
    QString key; // record key in the native document ("name")
    QString title; // header ("Name")
    bool isList = false; // a list of strings, edited as comma-separated text
    int width = 0; // preferred width in pixels, 0 = stretch
    bool isWholeNumber = false; // a whole number (a quantity); other text is refused and put back
    QStringList choices = {}; // values offered in a drop-down (any text may still be typed)
};

class RecordTableEditor : public QWidget {
    Q_OBJECT

public:
    RecordTableEditor(const QString& itemName, const QList<TableColumn>& columns, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    const QList<TableColumn>& columns() const { return m_columns; }
    void setRows(const QList<QStringList>& rows); // does not emit
    void selectCell(int row, int column);
    void markCells(const QList<QPair<QPair<int, int>, QString>>& cells, const QColor& tint);
    void setReadOnly(bool readOnly);
    // Measures each column's title (in every language, with marks such as
    // "(draft only)" added after construction): the table asks for room for
    // every title and a readable stretching column, so a page never cuts a
    // column off; columns are laid out again (layOutColumns).
    void fitColumnsToTitles();

signals:
    void cellEdited(int row, int column, const QString& text);
    void rowAdded();
    void rowRemoved(int row);
    void rowMoved(int from, int to);
    void rowLeft(int row); // the current cell moved to another row, away from `row`

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateButtons();
    // Fixed columns at their preferred widths when the table is wide enough;
    // narrower, they shrink in proportion (never below their title) and the
    // text wraps, instead of the table scrolling sideways beside a panel.
    void layOutColumns();

    QList<TableColumn> m_columns;
    QList<int> m_titleWidths; // per column, the narrowest it may be (its title, its usual value)
    QTableWidget* m_table;
    ListButtons m_buttons;
    bool m_updating = false;
};

} // namespace proserv
