#include "ui/shell/CommandShortcutFilter.h"

#include <QAction>
#include <QKeyEvent>
#include <QKeySequence>
#include <QWidget>

namespace proserv {

namespace {

// What a field does with these keys is what the user means in a field.
bool isFieldsOwnKey(const QKeyEvent& key)
{
    if (!(key.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        && !(key.key() >= Qt::Key_F1 && key.key() <= Qt::Key_F35))
        return true; // typing, Delete, arrows, Tab
    for (const QKeySequence::StandardKey own :
        {QKeySequence::Copy, QKeySequence::Cut, QKeySequence::Paste, QKeySequence::SelectAll,
            QKeySequence::DeleteStartOfWord, QKeySequence::DeleteEndOfWord, QKeySequence::MoveToNextWord,
            QKeySequence::MoveToPreviousWord, QKeySequence::SelectNextWord, QKeySequence::SelectPreviousWord})
        if (key.matches(own))
            return true;
    return false;
}

} // namespace

CommandShortcutFilter::CommandShortcutFilter(QWidget* window) : QObject(window), m_window(window) { }

bool CommandShortcutFilter::isWindowCommand(const QKeyEvent& key) const
{
    if (key.matches(QKeySequence::Undo) || key.matches(QKeySequence::Redo))
        return true; // the document's undo, not the field's (one undo stack)
    if (!m_window || isFieldsOwnKey(key))
        return false;
    const QKeySequence pressed(key.keyCombination());
    // Read when a key with Ctrl or Alt is pressed, not kept: actions come and
    // go with the document types and their shortcuts with the language.
    for (const QAction* action : m_window->findChildren<QAction*>())
        if (action->isEnabled())
            for (const QKeySequence& shortcut : action->shortcuts())
                if (shortcut == pressed)
                    return true;
    return false;
}

bool CommandShortcutFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        auto* widget = qobject_cast<QWidget*>(watched);
        if (widget && m_window && widget->window() == m_window && isWindowCommand(*key)) {
            event->ignore(); // not overridden: the window's shortcut fires
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace proserv
