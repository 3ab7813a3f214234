// Table rows at the height of their text, up to a few lines: a long cell is
// elided on its last line and shows its whole text as a tooltip, so one long
// description does not make every row a screen tall.
#pragma once

#include "ui/form/FullLengthEditing.h"

namespace proserv {

class CappedRowDelegate : public FullLengthDelegate {
    Q_OBJECT

public:
    explicit CappedRowDelegate(int maxLines, QObject* parent = nullptr);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;

    // Whether the cell's text is cut where it is drawn now.
    bool isElided(const QStyleOptionViewItem& option, const QModelIndex& index) const;

private:
    int m_maxLines;
};

} // namespace proserv
