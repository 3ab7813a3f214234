// Makes the window's commands reach the window from every field. A line edit
// claims Ctrl+E ("end of line"), Ctrl+K and other keys through the shortcut
// override, so Export did nothing while the cursor was in a one-line field.
// This filter, installed on the application, refuses that override for every
// key that is the shortcut of one of the window's enabled actions. The keys a
// field needs for its own text (copy, cut, paste, select all, keys without
// Ctrl or Alt) stay the field's.
#pragma once

#include <QObject>
#include <QPointer>

class QKeyEvent;
class QWidget;

namespace proserv {

class CommandShortcutFilter : public QObject {
public:
    explicit CommandShortcutFilter(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool isWindowCommand(const QKeyEvent& key) const;

    QPointer<QWidget> m_window;
};

} // namespace proserv
