// A table cell that offers the values a field takes (a dimension's Types,
// its Unit) in an editable drop-down: the seller picks instead of typing
// from memory, and can still type what the list lacks (the rules judge it).
// Rows keep their capped height and the cells their finding tooltips.
#pragma once

#include "ui/form/CappedRowDelegate.h"

#include <QStringList>

namespace proserv {

class ChoiceCellDelegate : public CappedRowDelegate {
    Q_OBJECT

public:
    ChoiceCellDelegate(const QStringList& choices, int maxLines, QObject* parent = nullptr);

    QWidget* createEditor(
        QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    QStringList m_choices;
};

} // namespace proserv
