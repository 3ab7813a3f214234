// Makes Ctrl+Z / Ctrl+Shift+Z in a text field undo the document, not just
// that field: the field refuses the shortcut override, so the Edit menu's
// Undo/Redo actions (one QUndoStack) receive it. Pattern from Tiled.
#pragma once

#include <QObject>

namespace proserv {

class UndoShortcutFilter : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace proserv
