// QLineEdit cuts its text at 32,767 characters unless told otherwise — without
// a word, also text set from a file, so one Backspace in a 40,000-character
// field would save 32,766. Every line edit and item editor that holds listing
// text is made to keep it whole; a field's Catalog limit is a finding the
// seller sees, never a cut.
#pragma once

#include <QStyledItemDelegate>

class QLineEdit;

namespace proserv {

void keepTextWhole(QLineEdit* edit);

// The item delegate of every list and table holding listing text: its line
// editors keep the cell's text whole.
class FullLengthDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace proserv
