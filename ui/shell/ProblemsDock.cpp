#include "ui/shell/ProblemsDock.h"

#include "ui/shell/ProblemsPanel.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>

#include <algorithm>
#include <cstdlib>

namespace proserv {

namespace {
constexpr int kMaxFittedRows = 5;
}

ProblemsDock::ProblemsDock(ProblemsPanel* panel, QMainWindow* window)
    : QDockWidget(tr("Problems"), window), m_window(window), m_panel(panel)
{
    setObjectName(QStringLiteral("problemsDock"));
    setWidget(panel);
    // Not the dock's own toggle: from the keyboard, Ctrl+Shift+M goes to the
    // list (showing the dock if needed), and hides the dock only from there.
    m_action = new QAction(tr("&Problems"), this);
    m_action->setObjectName(QStringLiteral("actionProblems"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    connect(m_action, &QAction::triggered, this, &ProblemsDock::toggleFromKeyboard);
    connect(toggleViewAction(), &QAction::toggled, m_action, &QAction::setChecked);
    m_action->setChecked(toggleViewAction()->isChecked());
    // After the panel has listed the new findings.
    connect(panel, &ProblemsPanel::listed, this, &ProblemsDock::growWithContent);
}

void ProblemsDock::showList()
{
    show();
    raise();
    m_panel->focusList();
}

void ProblemsDock::toggleFromKeyboard()
{
    QWidget* focus = QApplication::focusWidget();
    const bool inDock = focus && isAncestorOf(focus);
    if (isVisible() && inDock) {
        hide();
        if (m_focusBefore)
            m_focusBefore->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    if (!inDock)
        m_focusBefore = focus;
    showList();
    m_action->setChecked(true); // triggering flipped it; it shows the dock's state
}

// One line of "No problems" needs no quarter of the window.
void ProblemsDock::fitToContent()
{
    m_fittedHeight = contentHeight();
    m_window->resizeDocks({this}, {m_fittedHeight}, Qt::Vertical);
}

// The height that shows the list up to five rows, title bar included.
int ProblemsDock::contentHeight() const
{
    const int titleHeight = std::max(height() - m_panel->height(), 0);
    return m_panel->contentHeight(kMaxFittedRows) + titleHeight;
}

// While the dock is at the height it was fitted to (the user has not dragged
// it), it grows with the list up to five rows — a blank listing's first
// problems do not hide behind one row. It never shrinks while the user
// works: the form would jump under the cursor.
void ProblemsDock::growWithContent()
{
    if (!isVisible() || std::abs(height() - m_fittedHeight) > 2)
        return;
    if (contentHeight() > m_fittedHeight)
        fitToContent();
}

} // namespace proserv
