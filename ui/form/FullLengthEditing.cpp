#include "ui/form/FullLengthEditing.h"

#include <QLineEdit>

#include <limits>

namespace proserv {

void keepTextWhole(QLineEdit* edit)
{
    edit->setMaxLength(std::numeric_limits<int>::max());
}

QWidget* FullLengthDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        keepTextWhole(line);
    return editor;
}

} // namespace proserv
