// The Problems dock: the ProblemsPanel in a dock that sizes itself to what it
// lists, and View ▸ Problems (Ctrl+Shift+M), which goes to the list from the
// keyboard and hides the dock only from there.
#pragma once

#include <QDockWidget>
#include <QPointer>

class QAction;
class QMainWindow;

namespace proserv {

class ProblemsPanel;

class ProblemsDock : public QDockWidget {
    Q_OBJECT

public:
    ProblemsDock(ProblemsPanel* panel, QMainWindow* window);

    ProblemsPanel* panel() const { return m_panel; }
    // View ▸ Problems: checkable, follows the dock's visibility.
    QAction* toggleAction() const { return m_action; }
    // Shows the dock and puts the keyboard on its list.
    void showList();
    // Opens at the height of what it lists, up to five rows.
    void fitToContent();

private:
    void toggleFromKeyboard();
    void growWithContent();
    int contentHeight() const;

    QMainWindow* m_window;
    ProblemsPanel* m_panel;
    QAction* m_action;
    int m_fittedHeight = -1;
    QPointer<QWidget> m_focusBefore; // where Ctrl+Shift+M returns when it hides the dock
};

} // namespace proserv
