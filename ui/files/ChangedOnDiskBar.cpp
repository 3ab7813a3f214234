#include "ui/files/ChangedOnDiskBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace proserv {

ChangedOnDiskBar::ChangedOnDiskBar(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("changedOnDiskBar"));
    setStyleSheet(QStringLiteral("#changedOnDiskBar { background: #fde7e9; border-bottom: 1px solid #e3a0a8; }"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("changedOnDiskText"));
    m_text->setTextFormat(Qt::PlainText); // a file name is data, never markup
    m_text->setWordWrap(true);
    m_reload = new QPushButton(tr("Reload"), this);
    m_reload->setObjectName(QStringLiteral("reloadFromDisk"));
    m_reload->setToolTip(tr("Take the file's new content; Undo brings your version back."));
    m_keep = new QPushButton(tr("Keep Mine"), this);
    m_keep->setObjectName(QStringLiteral("keepMine"));
    m_keep->setToolTip(tr("Keep your version; Save replaces the file (the previous one is kept as FILE~)."));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_reload);
    layout->addWidget(m_keep);
    connect(m_reload, &QPushButton::clicked, this, &ChangedOnDiskBar::reloadRequested);
    connect(m_keep, &QPushButton::clicked, this, &ChangedOnDiskBar::keepRequested);
    hide();
}

void ChangedOnDiskBar::showChange(const QString& fileName, bool removed)
{
    m_text->setText(removed ? tr("%1 was removed or renamed on disk by another program. Your version is still here; "
                                 "Save writes it again.")
                                  .arg(fileName)
                            : tr("%1 was changed on disk by another program.").arg(fileName));
    m_reload->setVisible(!removed);
    show();
}

QString ChangedOnDiskBar::message() const
{
    return m_text->text();
}

} // namespace proserv
