#include "ui/files/RecentFiles.h"
#include "qtsupport/FileNames.h"
#include "ui/form/PlainToolTip.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace proserv {

namespace {
const char* const kKey = "recentFiles";
constexpr int kMaximum = 10;
} // namespace

RecentFiles::RecentFiles(QMenu* menu, QObject* parent) : QObject(parent), m_menu(menu)
{
    m_files = QSettings().value(QLatin1String(kKey)).toStringList();
    rebuild();
}

void RecentFiles::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_files.removeAll(absolute);
    m_files.prepend(absolute);
    while (m_files.size() > kMaximum)
        m_files.removeLast();
    save();
}

void RecentFiles::remove(const QString& path)
{
    m_files.removeAll(path);
    save();
}

void RecentFiles::clear()
{
    m_files.clear();
    save();
}

void RecentFiles::save()
{
    QSettings().setValue(QLatin1String(kKey), m_files);
    rebuild();
}

void RecentFiles::rebuild()
{
    m_menu->clear();
    delete m_removeMenu; // clear() removes actions, not sub-menus
    m_removeMenu = nullptr;
    m_menu->setEnabled(!m_files.isEmpty());
    for (int i = 0; i < m_files.size(); ++i) {
        const QString path = m_files[i];
        // A name is shown as bytes escaped, and its '&' as itself, not as a mnemonic.
        const QString shown = displayedBaseName(path).replace(QLatin1Char('&'), QStringLiteral("&&"));
        const QString label = QStringLiteral("&%1 %2").arg((i + 1) % 10).arg(shown);
        QAction* action = m_menu->addAction(label, this, [this, path] { emit openRequested(path); });
        action->setToolTip(plainToolTip(QDir::toNativeSeparators(path)));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (m_files.isEmpty())
        return;
    m_menu->addSeparator();
    m_removeMenu = m_menu->addMenu(tr("&Remove from List"));
    m_removeMenu->setObjectName(QStringLiteral("removeRecentMenu"));
    for (const QString& path : m_files)
        m_removeMenu->addAction(displayedBaseName(path).replace(QLatin1Char('&'), QStringLiteral("&&")), this, [this, path] { remove(path); })
            ->setToolTip(plainToolTip(QDir::toNativeSeparators(path)));
    m_menu->addAction(tr("&Clear List"), this, &RecentFiles::clear);
    emit changed();
}

} // namespace proserv
