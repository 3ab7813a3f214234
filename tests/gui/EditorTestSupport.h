// What the editor's GUI tests share: finding a field by its JSON Pointer (its
// editor's objectName), its FieldBlock, and the status bar's counts.
#pragma once

#include "ui/form/FieldBlock.h"
#include "ui/listing/ListingForm.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/WelcomePage.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>

#include <QToolButton>
#include <QtTest>

namespace proserv::test {

template <class T>
T* findField(QObject* root, const char* pointer)
{
    T* widget = root->findChild<T*>(QString::fromLatin1(pointer));
    if (!widget)
        qWarning("no widget %s", pointer);
    return widget;
}

inline FieldBlock* fieldBlockOf(QWidget* editor)
{
    for (QWidget* w = editor; w; w = w->parentWidget())
        if (auto* block = qobject_cast<FieldBlock*>(w))
            return block;
    return nullptr;
}

// The letter a text's single '&' marks (the test's own reading, not the editor's).
inline QChar mnemonicIn(QString text)
{
    text.remove(QStringLiteral("&&"));
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("&(.)")).match(text);
    return match.hasMatch() ? match.captured(1).at(0).toLower() : QChar();
}

inline QString mnemonicTextOf(QWidget* widget)
{
    if (auto* label = qobject_cast<QLabel*>(widget))
        return label->buddy() ? label->text() : QString();
    if (auto* button = qobject_cast<QAbstractButton*>(widget))
        return button->text();
    if (auto* group = qobject_cast<QGroupBox*>(widget))
        return group->title();
    return {};
}

// Whether `widget` is on a page of one of `forms` (the window's, found once).
inline bool inAnyForm(const QList<DocumentForm*>& forms, const QWidget* widget)
{
    return std::any_of(forms.begin(), forms.end(), [&](DocumentForm* f) { return f->isAncestorOf(widget); });
}

// The fields of every form page that have no Alt+letter: their labels (and
// check boxes) as "Section: label".
inline QStringList fieldsWithoutLetter(MainWindow& window)
{
    QStringList missing;
    const QList<DocumentForm*> forms = window.findChildren<DocumentForm*>();
    for (DocumentForm* form : forms)
        for (int section = 0; section < form->sectionCount(); ++section) {
            QWidget* page = form->widget(section);
            const auto missingBefore = missing.size();
            QSet<QWidget*> reachable; // by the letter of a label that is their buddy
            for (QLabel* label : page->findChildren<QLabel*>())
                if (label->buddy() && !mnemonicIn(label->text()).isNull())
                    reachable.insert(label->buddy());
            for (QWidget* widget : page->findChildren<QWidget*>()) {
                auto* label = qobject_cast<QLabel*>(widget);
                // A label whose buddy is more text (a read-only summary) names no field.
                // A check box is a field when it is bound to one (named by its
                // pointer), not a comment's "Resolved".
                const bool field = (label && label->buddy() && !qobject_cast<QLabel*>(label->buddy()))
                    || (qobject_cast<QCheckBox*>(widget) && widget->objectName().startsWith(QLatin1Char('/')));
                if (field && !reachable.contains(label ? label->buddy() : widget)
                    && mnemonicIn(mnemonicTextOf(widget)).isNull())
                    missing << form->sectionTitle(section) + QStringLiteral(": ")
                            + (label ? label->text() : qobject_cast<QCheckBox*>(widget)->text());
            }
            if (missing.size() > missingBefore) {
                QStringList used; // what took the letters, to say why
                for (QWidget* widget : window.findChildren<QWidget*>())
                    if (widget->window() == &window
                        && (page->isAncestorOf(widget)
                            || (!inAnyForm(forms, widget) && !window.welcomePage()->isAncestorOf(widget)))
                        && !mnemonicIn(mnemonicTextOf(widget)).isNull())
                        used << mnemonicTextOf(widget);
                missing << QStringLiteral("  (letters taken: %1)").arg(used.join(QStringLiteral(", ")));
            }
        }
    return missing;
}

// Every page of the form in turn, with the widgets around it: each Alt+letter
// used once, none a menu title's. Returns the clashes, described.
inline QStringList mnemonicClashes(MainWindow& window)
{
    QStringList clashes;
    QHash<QChar, QString> menus;
    for (QAction* action : window.menuBar()->actions())
        menus.insert(mnemonicIn(action->text()), action->text());
    // Every page of every document type's form, with the window around it.
    const QList<DocumentForm*> forms = window.findChildren<DocumentForm*>();
    for (DocumentForm* form : forms)
        for (int section = 0; section < form->sectionCount(); ++section) {
            QWidget* page = form->widget(section);
            QHash<QChar, QString> seen = menus;
            for (QWidget* widget : window.findChildren<QWidget*>()) {
                if (widget->window() != &window || (inAnyForm(forms, widget) && !page->isAncestorOf(widget))
                    || window.welcomePage()->isAncestorOf(widget))
                    continue; // another page or form, a dialog, or the welcome page (never shown with a form)
                const QString text = mnemonicTextOf(widget);
                const QChar letter = mnemonicIn(text);
                if (letter.isNull())
                    continue;
                if (seen.contains(letter))
                    clashes << QStringLiteral("%1: Alt+%2 is both \"%3\" and \"%4\"")
                                   .arg(form->sectionTitle(section), letter, seen.value(letter), text);
                seen.insert(letter, text);
            }
        }
    // Each menu: its shown commands' letters unique (File ▸ R opened Open
    // Recent instead of the review report).
    for (QMenu* menu : window.findChildren<QMenu*>()) {
        QHash<QChar, QString> seen;
        for (QAction* action : menu->actions()) {
            const QChar letter = mnemonicIn(action->text());
            if (letter.isNull() || !action->isVisible())
                continue;
            if (seen.contains(letter))
                clashes << QStringLiteral("menu %1: Alt+%2 is both \"%3\" and \"%4\"")
                               .arg(menu->title(), letter, seen.value(letter), action->text());
            seen.insert(letter, action->text());
        }
    }
    return clashes;
}

inline QString statusText(MainWindow& window)
{
    return window.findChild<QToolButton*>(QStringLiteral("statusCounter"))->text();
}

} // namespace proserv::test
