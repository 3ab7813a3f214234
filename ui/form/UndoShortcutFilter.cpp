#include "ui/form/UndoShortcutFilter.h"

#include <QKeyEvent>
#include <QKeySequence>

namespace proserv {

bool UndoShortcutFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore(); // not overridden: the application shortcut fires
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace proserv
