// What the editor shows when it starts without a file: the ways to begin
// (a blank listing, the example, a file to edit or to review) and the files
// opened recently — every one reachable from the keyboard.
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace proserv {

class RecentFiles;

class WelcomePage : public QWidget {
    Q_OBJECT

public:
    explicit WelcomePage(RecentFiles* recent, QWidget* parent = nullptr);

    QListWidget* recentList() const { return m_recentList; }

signals:
    void newBlankRequested();
    void newFromExampleRequested();
    void openRequested();
    void openForReviewRequested();
    void recentRequested(const QString& path);

private:
    void fillRecent();

    RecentFiles* m_recent;
    QListWidget* m_recentList;
    QLabel* m_noRecent;
};

} // namespace proserv
