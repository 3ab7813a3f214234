// The "Open Recent" menu: most recent first, at most 10, kept in QSettings,
// with "Remove from List" per file and "Clear List".
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace proserv {

class RecentFiles : public QObject {
    Q_OBJECT

public:
    explicit RecentFiles(QMenu* menu, QObject* parent = nullptr);

    QStringList files() const { return m_files; }
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

signals:
    void openRequested(const QString& path);
    void changed(); // the list of files changed

private:
    void save();
    void rebuild();

    QMenu* m_menu;
    QMenu* m_removeMenu = nullptr;
    QStringList m_files;
};

} // namespace proserv
