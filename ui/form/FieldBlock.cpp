#include "ui/form/FieldBlock.h"
#include "model/MessageText.h"
#include "qtsupport/LaidOutText.h"
#include "qtsupport/Translation.h"
#include "ui/form/Mnemonics.h"
#include "ui/form/PlainToolTip.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace proserv {

namespace {

QColor severityColor(Severity s)
{
    switch (s) {
    case Severity::Error: return QColor(0xb7, 0x1c, 0x1c);
    case Severity::Warning: return QColor(0x8a, 0x5a, 0x00);
    case Severity::Info: return QColor(0x1f, 0x5f, 0x99);
    }
    return Qt::black;
}

QColor severityTint(Severity s)
{
    switch (s) {
    case Severity::Error: return QColor(0xfd, 0xec, 0xea);
    case Severity::Warning: return QColor(0xff, 0xf6, 0xdc);
    case Severity::Info: return QColor(0xe8, 0xf1, 0xfb);
    }
    return Qt::white;
}

} // namespace

QIcon severityIcon(Severity severity)
{
    // Looked up once: the style searches the icon theme on disk on every call,
    // and every field asks on every update (a tenth of the start-up time).
    // Never freed, so no QIcon outlives the application in a static destructor.
    static const QIcon* const icons = new QIcon[3] {QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical),
        QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning),
        QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation)};
    return icons[static_cast<int>(severity)];
}

void FieldBlock::setFocusTarget(QWidget* widget)
{
    m_focusTarget = widget;
    m_title->setBuddy(widget);
}

FieldBlock::FieldBlock(const QString& label, const QString& help, QWidget* editor, QWidget* parent)
    : QWidget(parent), m_editor(editor)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto* title = m_title = new QLabel(label, this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setBuddy(editor);
    auto* titleRow = new QHBoxLayout;
    titleRow->setContentsMargins(0, 0, 0, 0);
    // The label takes the free width instead of a stretch: measured and drawn
    // widths differ when the mnemonic splits a kerning pair ("Support-&Telefon"),
    // and a label sized to its hint would clip the last letter.
    titleRow->addWidget(title, 1);
    m_commentButton = new QToolButton(this);
    m_commentButton->setObjectName(QStringLiteral("commentButton"));
    m_commentButton->setText(tr("Comment…"));
    m_commentButton->setAccessibleName(tr("Comment on %1").arg(mnemonics::plainText(label)));
    m_commentButton->setAutoRaise(true);
    m_commentButton->hide();
    connect(m_commentButton, &QToolButton::clicked, this, &FieldBlock::commentRequested);
    titleRow->addWidget(m_commentButton);
    layout->addLayout(titleRow);
    if (!help.isEmpty()) {
        auto* helpLabel = new QLabel(help, this);
        helpLabel->setWordWrap(true);
        helpLabel->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(helpLabel);
    }
    layout->addWidget(editor);
    editor->setAccessibleName(mnemonics::plainText(label));
    if (!help.isEmpty())
        editor->setAccessibleDescription(help);

    auto* footer = m_footer = new QHBoxLayout;
    footer->setContentsMargins(0, 0, 0, 0);
    m_messages = new QWidget(this);
    m_messageLayout = new QVBoxLayout(m_messages);
    m_messageLayout->setContentsMargins(0, 0, 0, 0);
    m_messageLayout->setSpacing(2);
    footer->addWidget(m_messages, 1);
    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("counter"));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_counter->hide();
    footer->addWidget(m_counter, 0, Qt::AlignTop);
    layout->addLayout(footer);

    m_comments = new QWidget(this);
    m_commentLayout = new QVBoxLayout(m_comments);
    m_commentLayout->setContentsMargins(0, 0, 0, 0);
    m_commentLayout->setSpacing(4);
    layout->addWidget(m_comments);
    m_comments->hide();
}

QString FieldBlock::title() const
{
    return mnemonics::plainText(m_title->text());
}

void FieldBlock::setDraftOnly(const QString& whereItMatters)
{
    if (!m_draftMark) {
        m_draftMark = new QLabel(tr("Kept in your draft — not sent to AWS Marketplace"), this);
        m_draftMark->setObjectName(QStringLiteral("draftOnlyMark"));
        m_draftMark->setTextFormat(Qt::PlainText);
        m_draftMark->setForegroundRole(QPalette::PlaceholderText);
        QFont small = m_draftMark->font();
        small.setItalic(true);
        small.setPointSizeF(small.pointSizeF() * 0.9);
        m_draftMark->setFont(small);
        // In the title row, between the label and the Comment button.
        auto* row = static_cast<QHBoxLayout*>(static_cast<QVBoxLayout*>(layout())->itemAt(0)->layout());
        row->insertWidget(1, m_draftMark, 0, Qt::AlignVCenter);
    }
    m_draftMark->setToolTip(tr("Not part of the submission. Where it matters instead: %1").arg(whereItMatters));
    m_editor->setAccessibleDescription(
        (m_editor->accessibleDescription().isEmpty() ? QString() : m_editor->accessibleDescription() + QLatin1Char(' '))
        + m_draftMark->text());
}

bool FieldBlock::isDraftOnly() const
{
    return m_draftMark != nullptr;
}

void FieldBlock::addFooterWidget(QWidget* widget)
{
    m_footer->insertWidget(m_footer->count() - 1, widget, 0, Qt::AlignTop);
}

void FieldBlock::setCommentButtonVisible(bool visible)
{
    m_commentButton->setVisible(visible);
}

void FieldBlock::setComments(const std::vector<ReviewComment>& comments)
{
    if (comments == m_shownComments)
        return;
    m_shownComments = comments;
    while (QLayoutItem* item = m_commentLayout->takeAt(0)) {
        // Later, not now: the "Resolved" box that caused this update may still
        // be inside its own signal.
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    for (const ReviewComment& c : comments) {
        auto* card = new QFrame(m_comments);
        card->setObjectName(QStringLiteral("reviewComment"));
        const bool mustFix = c.kind == CommentKind::MustFix;
        card->setStyleSheet(QStringLiteral("#reviewComment { background: %1; border-left: 4px solid %2; }")
                                .arg(c.resolved   ? QStringLiteral("#f1f3f4")
                                        : mustFix ? QStringLiteral("#fdecea")
                                                  : QStringLiteral("#e8f1fb"),
                                    c.resolved    ? QStringLiteral("#9e9e9e")
                                        : mustFix ? QStringLiteral("#c62828")
                                                  : QStringLiteral("#1f5f99")));
        auto* cardLayout = new QHBoxLayout(card);
        cardLayout->setContentsMargins(8, 4, 8, 4);
        auto* text = new QLabel(
            QStringLiteral("<b>%1</b> %2 <span style=\"color:#666\">— %3</span>")
                .arg(mustFix ? tr("Must fix:") : tr("Suggestion:"), laidOutText(c.text).toHtmlEscaped(),
                    laidOutText(c.author, kMaxQuotedCharacters).toHtmlEscaped()),
            card);
        text->setObjectName(QStringLiteral("commentText"));
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* resolved = new QCheckBox(tr("Resolved"), card);
        resolved->setObjectName(QStringLiteral("resolvedBox"));
        resolved->setChecked(c.resolved);
        resolved->setAccessibleName(tr("Comment resolved"));
        const std::string id = c.id;
        connect(resolved, &QCheckBox::toggled, this, [this, id](bool on) { emit resolvedToggled(id, on); });
        cardLayout->addWidget(text, 1);
        cardLayout->addWidget(resolved, 0, Qt::AlignTop);
        m_commentLayout->addWidget(card);
    }
    m_comments->setVisible(!comments.empty());
}

QString FieldBlock::commentText() const
{
    QStringList lines;
    for (const ReviewComment& c : m_shownComments)
        lines << QString::fromStdString(c.text);
    return lines.join(QLatin1Char('\n'));
}

void FieldBlock::setCounter(int length, int maximum)
{
    // A fixed-size label does not relayout the page when its text changes,
    // which keeps typing fast in long forms.
    if (m_counter->minimumWidth() != m_counter->maximumWidth()) {
        const QString widest = tr("%1 / %2").arg(maximum * 10).arg(maximum);
        m_counter->setFixedSize(
            m_counter->fontMetrics().horizontalAdvance(widest) + 4, m_counter->fontMetrics().height());
    }
    m_counter->setText(tr("%1 / %2").arg(length).arg(maximum));
    QPalette palette = m_counter->palette();
    palette.setColor(QPalette::WindowText,
        length > maximum ? severityColor(Severity::Error) : palette.color(QPalette::PlaceholderText));
    m_counter->setPalette(palette);
    m_counter->setAccessibleName(tr("%1 of %2 characters").arg(length).arg(maximum));
    m_counter->show();
}

void FieldBlock::setFindings(const std::vector<const Finding*>& findings, const QStringList& where)
{
    std::vector<Finding> next;
    for (const Finding* f : findings)
        next.push_back(*f);
    if (next == m_shown && where == m_shownWhere)
        return; // nothing changed: no relayout while typing
    m_shown = std::move(next);
    m_shownWhere = where;

    while (QLayoutItem* item = m_messageLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QStringList tooltip;
    for (std::size_t i = 0; i < m_shown.size(); ++i) {
        const Finding& f = m_shown[i];
        auto* row = new QWidget(m_messages);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setSpacing(6);
        auto* icon = new QLabel(row);
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
        icon->setPixmap(severityIcon(f.severity).pixmap(size, size));
        icon->setAlignment(Qt::AlignTop);
        auto* text = new QLabel(shownMessage(i), row);
        text->setTextFormat(Qt::PlainText); // messages quote listing text: data, never markup
        text->setObjectName(QStringLiteral("inlineMessage"));
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QPalette palette = text->palette();
        palette.setColor(QPalette::WindowText, severityColor(f.severity));
        text->setPalette(palette);
        rowLayout->addWidget(icon, 0, Qt::AlignTop);
        rowLayout->addWidget(text, 1);
        m_messageLayout->addWidget(row);
        tooltip << text->text();
    }

    bool any = false;
    const Severity worst = worstSeverity(any);
    // Lists and tables mark the offending rows and cells themselves; tinting
    // the whole view would hide which one is meant.
    if (!m_editor->findChild<QAbstractItemView*>()) {
        QPalette palette = QApplication::palette(m_editor);
        if (any)
            palette.setColor(QPalette::Base, severityTint(worst));
        m_editor->setPalette(palette);
    }
    m_editor->setToolTip(plainToolTip(tooltip.join(QLatin1Char('\n'))));
    m_editor->setProperty("severity", any ? QString::fromLatin1(toString(worst)) : QString());
}

QString FieldBlock::shownMessage(std::size_t i) const
{
    const QString message = translated(m_shown[i].text);
    const QString place = i < static_cast<std::size_t>(m_shownWhere.size()) ? m_shownWhere[static_cast<int>(i)] : QString();
    //: %1 names the row or item ("Pricing dimension 2 (gold): Key"), %2 is the message
    return place.isEmpty() ? message : tr("%1 \u2014 %2").arg(place, message);
}

QString FieldBlock::messageText() const
{
    QStringList lines;
    for (std::size_t i = 0; i < m_shown.size(); ++i)
        lines << shownMessage(i);
    return lines.join(QLatin1Char('\n'));
}

Severity FieldBlock::worstSeverity(bool& any) const
{
    any = !m_shown.empty();
    Severity worst = Severity::Info;
    for (const Finding& f : m_shown)
        if (static_cast<int>(f.severity) < static_cast<int>(worst))
            worst = f.severity;
    return worst;
}

} // namespace proserv
