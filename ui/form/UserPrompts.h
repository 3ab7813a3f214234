// Every modal question the editor asks, behind one seam: tests queue the
// answers (setNextFileName / setNextAnswer) instead of driving real dialogs,
// as KeePassXC's FileDialog and MessageBox do.
#pragma once

#include "model/ReviewComments.h"

#include <QMessageBox>

#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

class QWidget;

namespace proserv {

class UserPrompts {
public:
    static QString openFileName(QWidget* parent, const QString& title, const QString& filter);
    static QString saveFileName(QWidget* parent, const QString& title, const QString& suggested, const QString& filter);
    static QMessageBox::StandardButton ask(QWidget* parent, QMessageBox::Icon icon, const QString& title,
        const QString& text, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
        const QString& informativeText = QString());
    // Asks with custom buttons; returns the index of the chosen one (or -1).
    static int choose(
        QWidget* parent, const QString& title, const QString& text, const QStringList& buttons, int defaultIndex);
    // Plain text: messages quote file names and content (see showAsPlainText).
    static void inform(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text);
    // "Save the changes to NAME before closing it?": Save, Discard or Cancel,
    // for every document type.
    static QMessageBox::StandardButton askSaveChanges(QWidget* parent, const QString& documentName);
    // Our own wording with markup (About); never with data from a file.
    static void informRichText(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& ownHtml);
    // The reviewer's comment on `subject`: its text and kind, or nothing.
    static std::optional<std::pair<QString, CommentKind>> askComment(QWidget* parent, const QString& subject);

    // The text of every message box: whole when short; else its first
    // paragraph, with all of it in the box's scrollable details, so the box
    // fits the screen however many lines a file's errors fill.
    static void setFittingText(QMessageBox& box, const QString& text);
    // Gives each of the box's buttons its own Alt+letter (Qt's Save, Discard
    // and Cancel have none), keeping the letters a button already has.
    static void giveButtonsLetters(QMessageBox& box);

    // Test seam. An empty queued file name means "the user cancelled".
    static void setNextFileName(const QString& fileName);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextChoice(int index);
    static void setNextComment(const QString& text, CommentKind kind);
    static QStringList shownMessages(); // titles of messages shown while answers were queued
    static void clear();
    // Under test no real dialog ever opens: unqueued questions are recorded
    // and answered with Cancel.
    static void setTesting(bool testing);
};

} // namespace proserv
