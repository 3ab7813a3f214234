#include "ui/form/ChoiceCellDelegate.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

namespace proserv {

ChoiceCellDelegate::ChoiceCellDelegate(const QStringList& choices, int maxLines, QObject* parent)
    : CappedRowDelegate(maxLines, parent), m_choices(choices)
{
}

QWidget* ChoiceCellDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    combo->setEditable(true); // a value the list lacks can still be typed
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItems(m_choices);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    combo->setAccessibleName(tr("Choose or type a value"));
    return combo;
}

void ChoiceCellDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    const QString text = index.data(Qt::EditRole).toString();
    const int known = combo->findText(text);
    if (known >= 0)
        combo->setCurrentIndex(known);
    else
        combo->setEditText(text);
    combo->lineEdit()->selectAll();
}

void ChoiceCellDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    const QString text = static_cast<QComboBox*>(editor)->currentText();
    if (text != index.data(Qt::EditRole).toString())
        model->setData(index, text, Qt::EditRole);
}

} // namespace proserv
