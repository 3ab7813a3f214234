#include "ui/form/Mnemonics.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QRadioButton>

#include <algorithm>

namespace proserv::mnemonics {

namespace {

// Index of the character a single '&' marks, or -1.
qsizetype markedIndex(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i; // "&&": a literal ampersand
            continue;
        }
        return i + 1;
    }
    return -1;
}

// The text with the single '&' markers removed but "&&" kept, so that a new
// marker can be put before any character that is not part of one.
QString withoutMarker(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('&')) {
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('&')) {
                out += QStringLiteral("&&");
                ++i;
            }
            continue;
        }
        out += text[i];
    }
    return out;
}

// Where a widget keeps its text.
struct Labelled {
    QWidget* widget;
    QString text() const
    {
        if (auto* label = qobject_cast<QLabel*>(widget))
            return label->text();
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            return button->text();
        if (auto* group = qobject_cast<QGroupBox*>(widget))
            return group->title();
        return {};
    }
    void setText(const QString& text) const
    {
        if (auto* label = qobject_cast<QLabel*>(widget))
            label->setText(text);
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            button->setText(text);
        else if (auto* group = qobject_cast<QGroupBox*>(widget))
            group->setTitle(text);
    }
};

bool isUsable(QChar c)
{
    return c.isLetterOrNumber();
}

// Candidate positions in `bare` (a text without its marker): initials of
// words first, then every other letter or digit, in reading order.
QList<qsizetype> candidates(const QString& bare)
{
    QList<qsizetype> initials;
    QList<qsizetype> others;
    for (qsizetype i = 0; i < bare.size(); ++i) {
        if (bare[i] == QLatin1Char('&')) { // the first of "&&"
            ++i;
            continue;
        }
        if (!isUsable(bare[i]))
            continue;
        const bool initial = i == 0 || !bare[i - 1].isLetterOrNumber();
        (initial ? initials : others) << i;
    }
    return initials + others;
}

// Marks the first letter of `bare` (a text without a marker) that `taken`
// lacks, initials first, and takes it; null when every letter is taken.
QChar markFirstFreeLetter(QString& bare, QSet<QChar>& taken)
{
    for (const qsizetype at : candidates(bare)) {
        const QChar letter = bare[at].toLower();
        if (taken.contains(letter))
            continue;
        bare.insert(at, QLatin1Char('&'));
        taken.insert(letter);
        return letter;
    }
    return {};
}

} // namespace

QChar letterOf(const QString& text)
{
    const qsizetype at = markedIndex(text);
    return at < 0 ? QChar() : text[at].toLower();
}

QString plainText(const QString& text)
{
    return withoutMarker(text).replace(QStringLiteral("&&"), QStringLiteral("&"));
}

QChar letterOfWidget(QWidget* widget)
{
    return letterOf(Labelled {widget}.text());
}

QList<QWidget*> widgetsWithMnemonics(QWidget* root)
{
    QList<QWidget*> result;
    QList<QWidget*> all = root->findChildren<QWidget*>();
    all.prepend(root);
    for (QWidget* widget : all) {
        if (widget->window() != root->window())
            continue; // a dialog owned by this window has shortcuts of its own
        if (auto* label = qobject_cast<QLabel*>(widget); label && !label->buddy())
            continue; // a label without a buddy has no shortcut
        if (!letterOfWidget(widget).isNull())
            result << widget;
    }
    return result;
}

QSet<QChar> menuLetters(const QMenuBar* menuBar)
{
    QSet<QChar> letters;
    if (menuBar)
        for (const QAction* action : menuBar->actions())
            if (const QChar letter = letterOf(action->text()); !letter.isNull())
                letters.insert(letter);
    return letters;
}

namespace {

// A widget that stands for a field (its label, a check box, a choice, a
// group of fields) rather than a command.
bool isField(QWidget* widget)
{
    return qobject_cast<QLabel*>(widget) || qobject_cast<QCheckBox*>(widget) || qobject_cast<QRadioButton*>(widget)
        || qobject_cast<QGroupBox*>(widget);
}

} // namespace

QSet<QChar> assignUnique(QWidget* root, const QSet<QChar>& reserved)
{
    // Fields before commands: a field's label, check box or group gets its
    // letter first, and a page's buttons (Add, Remove, Move up… — which their
    // list also answers to by Insert, Delete and Ctrl+arrows) take what is
    // left, so a page with many lists does not leave a field without a letter.
    QList<QWidget*> widgets = widgetsWithMnemonics(root);
    std::stable_sort(widgets.begin(), widgets.end(),
        [](QWidget* a, QWidget* b) { return isField(a) && !isField(b); });
    QSet<QChar> taken = reserved;
    QSet<QChar> given;
    QList<QWidget*> unplaced;
    // First every author's choice that is still free, in form order…
    for (QWidget* widget : widgets) {
        const QChar letter = letterOf(Labelled {widget}.text());
        if (taken.contains(letter)) {
            unplaced << widget;
            continue;
        }
        taken.insert(letter);
        given.insert(letter);
    }
    // …then the others take what is left.
    for (QWidget* widget : unplaced) {
        const Labelled labelled {widget};
        QString bare = withoutMarker(labelled.text());
        // With no free letter left the text is shown without a mnemonic.
        if (const QChar letter = markFirstFreeLetter(bare, taken); !letter.isNull())
            given.insert(letter);
        labelled.setText(bare);
    }
    return given;
}

void giveLetters(const QList<QAbstractButton*>& buttons)
{
    QSet<QChar> taken;
    for (const QAbstractButton* button : buttons)
        if (const QChar letter = letterOf(button->text()); !letter.isNull())
            taken.insert(letter);
    for (QAbstractButton* button : buttons) {
        if (!letterOf(button->text()).isNull())
            continue;
        QString text = button->text();
        if (!markFirstFreeLetter(text, taken).isNull())
            button->setText(text);
    }
}

} // namespace proserv::mnemonics
