// Alt+letter shortcuts ("mnemonics", the underlined letter of "&Save"): one
// general mechanism so that every page of the form, in every language, gives
// each letter at most once and never a letter of a menu title — a duplicate
// makes Alt+letter cycle between fields, and a menu's letter stops opening
// the menu.
#pragma once

#include <QChar>
#include <QList>
#include <QSet>
#include <QString>

class QAbstractButton;
class QMenuBar;
class QWidget;

namespace proserv::mnemonics {

// The mnemonic letter of "Sh&ort" ('o', lower case), or a null QChar when the
// text has none ("&&" is a literal ampersand, not a mnemonic).
QChar letterOf(const QString& text);

// The text as shown, without mnemonic markers: "Edit My &logo" → "Edit My logo",
// "Support && fulfilment" → "Support & fulfilment" (for undo texts, tooltips…).
QString plainText(const QString& text);

// The mnemonic letter of a label, button or group box (null if none).
QChar letterOfWidget(QWidget* widget);

// The widgets under `root`, in the same window, that show a mnemonic: labels
// with a buddy, buttons and check boxes, group boxes.
QList<QWidget*> widgetsWithMnemonics(QWidget* root);

// The letters of the menu bar's titles (Alt+F, Alt+E…).
QSet<QChar> menuLetters(const QMenuBar* menuBar);

// Makes the mnemonics under `root` unique and keeps them off `reserved`:
// each widget keeps the author's letter while it is free; the others get the
// first free initial of one of their words, else the first free letter or
// digit of their text, else no mnemonic at all. Returns the letters given.
QSet<QChar> assignUnique(QWidget* root, const QSet<QChar>& reserved);

// Buttons of one dialog: each keeps the letter it has; each without one
// (Qt's Save, Discard, Cancel) gets the first free initial of its words, else
// the first free letter of its text.
void giveLetters(const QList<QAbstractButton*>& buttons);

} // namespace proserv::mnemonics
