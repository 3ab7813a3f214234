#include "ui/shell/WelcomePage.h"
#include "ui/form/PlainToolTip.h"

#include "ui/files/RecentFiles.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace proserv {

namespace {

QCommandLinkButton* startButton(const QString& text, const QString& description, const QString& name)
{
    auto* button = new QCommandLinkButton(text, description);
    button->setObjectName(name);
    button->setAutoDefault(true); // Enter on a focused button starts
    return button;
}

} // namespace

WelcomePage::WelcomePage(RecentFiles* recent, QWidget* parent) : QWidget(parent), m_recent(recent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* column = new QWidget(this);
    column->setMaximumWidth(720);

    auto* heading = new QLabel(tr("ProServ Listing Editor"), column);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    heading->setFont(big);
    auto* intro = new QLabel(tr("Draft an AWS Marketplace professional services listing, see which marketplace "
                                "guideline each field breaks as you type, and export the submission JSON. "
                                "Everything stays on this computer."),
        column);
    intro->setWordWrap(true);

    QCommandLinkButton* blank = startButton(tr("&New blank listing"),
        tr("Empty fields. Problems show once you have filled in or left a field; the status bar counts what is "
           "left to fill in."),
        QStringLiteral("welcomeNewBlank"));
    QCommandLinkButton* example = startButton(tr("New from e&xample"),
        tr("A complete sample listing that passes every check, to adapt."), QStringLiteral("welcomeNewExample"));
    QCommandLinkButton* open = startButton(
        tr("&Open…"), tr("A saved listing, a change set or a DescribeEntity response."), QStringLiteral("welcomeOpen"));
    QCommandLinkButton* review = startButton(tr("Open for &review…"),
        tr("A submitted file, read-only, with comments and a findings report."), QStringLiteral("welcomeReview"));
    connect(blank, &QPushButton::clicked, this, &WelcomePage::newBlankRequested);
    connect(example, &QPushButton::clicked, this, &WelcomePage::newFromExampleRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(review, &QPushButton::clicked, this, &WelcomePage::openForReviewRequested);

    auto* recentTitle = new QLabel(tr("Recen&t files"), column);
    QFont bold = recentTitle->font();
    bold.setBold(true);
    recentTitle->setFont(bold);
    m_recentList = new QListWidget(column);
    m_recentList->setObjectName(QStringLiteral("welcomeRecent"));
    m_recentList->setAccessibleName(tr("Recent files"));
    m_recentList->setAlternatingRowColors(true);
    recentTitle->setBuddy(m_recentList);
    m_noRecent = new QLabel(tr("No files opened yet."), column);
    m_noRecent->setEnabled(false);
    connect(m_recentList, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { emit recentRequested(item->data(Qt::UserRole).toString()); });

    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(12);
    for (QWidget* button : {blank, example, open, review})
        layout->addWidget(button);
    layout->addSpacing(12);
    layout->addWidget(recentTitle);
    layout->addWidget(m_recentList, 3);
    layout->addWidget(m_noRecent);
    layout->addStretch(1); // the page keeps its spacing without a list to fill it

    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(24, 24, 24, 24);
    outer->addStretch(1);
    outer->addWidget(column, 3);
    outer->addStretch(1);
    setFocusProxy(blank);

    connect(recent, &RecentFiles::changed, this, &WelcomePage::fillRecent);
    fillRecent();
}

void WelcomePage::fillRecent()
{
    m_recentList->clear();
    for (const QString& path : m_recent->files()) {
        // The name to find it by, its folder to tell two apart; plain text.
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(
            tr("%1 — %2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())), m_recentList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(plainToolTip(QDir::toNativeSeparators(path)));
    }
    const bool any = m_recentList->count() > 0;
    m_recentList->setVisible(any);
    m_noRecent->setVisible(!any);
    if (any)
        m_recentList->setCurrentRow(0);
}

} // namespace proserv
