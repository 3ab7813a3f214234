#include "ui/form/CappedRowDelegate.h"
#include "ui/form/PlainToolTip.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

#include <algorithm>

namespace proserv {

CappedRowDelegate::CappedRowDelegate(int maxLines, QObject* parent) : FullLengthDelegate(parent), m_maxLines(maxLines)
{
}

QSize CappedRowDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize hint = QStyledItemDelegate::sizeHint(option, index);
    const int capped = option.fontMetrics.lineSpacing() * m_maxLines + 8; // the style's text margins
    hint.setHeight(std::min(hint.height(), capped));
    return hint;
}

bool CappedRowDelegate::isElided(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // The full text's height at the cell's width (the base class's hint wraps
    // at option.rect's width), against the height the cell has.
    const QSize full = QStyledItemDelegate::sizeHint(option, index);
    return full.height() > option.rect.height() || full.width() > option.rect.width() + 1;
}

bool CappedRowDelegate::helpEvent(
    QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    // Both converted from plain text: the cell holds the seller's words and a
    // finding quotes them, never markup.
    QString tip;
    if (isElided(cell, index))
        tip = plainToolTip(index.data(Qt::DisplayRole).toString());
    if (const QString note = index.data(Qt::ToolTipRole).toString(); !note.isEmpty())
        tip += plainToolTip(note);
    if (tip.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
    } else {
        QToolTip::showText(event->globalPos(), tip, view);
    }
    return true;
}

} // namespace proserv
