#include "ui/form/UserPrompts.h"
#include "ui/form/Mnemonics.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

#include <deque>

namespace proserv {

namespace {

struct Queue {
    std::deque<QString> fileNames;
    std::deque<QMessageBox::StandardButton> answers;
    std::deque<int> choices;
    std::deque<std::optional<std::pair<QString, CommentKind>>> comments;
    QStringList shown;
    bool testing = false;
};

Queue& queue()
{
    static Queue q;
    return q;
}

// Under test (or when an answer was queued) the queued answer replaces the
// dialog; with nothing queued under test, `fallback` — never a blocking dialog.
// Returns false when the real dialog should be shown.
template <class Answer>
bool takeQueued(std::deque<Answer>& answers, Answer& out, const Answer& fallback)
{
    if (answers.empty() && !queue().testing)
        return false;
    if (answers.empty()) {
        out = fallback;
    } else {
        out = answers.front();
        answers.pop_front();
    }
    return true;
}

} // namespace

QString UserPrompts::openFileName(QWidget* parent, const QString& title, const QString& filter)
{
    if (QString queued; takeQueued(queue().fileNames, queued, QString())) // empty = cancelled
        return queued;
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString UserPrompts::saveFileName(
    QWidget* parent, const QString& title, const QString& suggested, const QString& filter)
{
    if (QString queued; takeQueued(queue().fileNames, queued, QString())) // empty = cancelled
        return queued;
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

namespace {

// Messages quote file names and file content: data, never markup. QMessageBox
// would guess "rich text" from a "<" and load any image a file name or a
// listing names (/dev/zero, a FIFO); every label of the box is plain text.
void showAsPlainText(QMessageBox& box)
{
    box.setTextFormat(Qt::PlainText);
    for (QLabel* label : box.findChildren<QLabel*>())
        label->setTextFormat(Qt::PlainText);
}

} // namespace

void UserPrompts::setFittingText(QMessageBox& box, const QString& text)
{
    // A box grows with its label: a hundred load errors made it taller than
    // the screen, with OK out of reach. Past a few lines the box says the
    // first paragraph and puts the whole text in its details, a scrollable
    // plain-text view.
    constexpr int kMaxLines = 12;
    constexpr int kMaxCharacters = 1200;
    if (text.count(QLatin1Char('\n')) < kMaxLines && text.size() <= kMaxCharacters) {
        box.setText(text);
        return;
    }
    QString summary = text.section(QStringLiteral("\n\n"), 0, 0);
    const QStringList summaryLines = summary.split(QLatin1Char('\n'));
    if (summaryLines.size() > kMaxLines / 2)
        summary = summaryLines.mid(0, kMaxLines / 2).join(QLatin1Char('\n'));
    if (summary.size() > kMaxCharacters / 2)
        summary = summary.left(kMaxCharacters / 2) + QStringLiteral("…");
    const int lines = static_cast<int>(text.count(QLatin1Char('\n'))) + 1;
    box.setText(summary + QStringLiteral("\n\n")
        + QObject::tr("The whole message (%n line(s)) is under Show Details.", nullptr, lines));
    box.setDetailedText(text);
}

void UserPrompts::giveButtonsLetters(QMessageBox& box)
{
    mnemonics::giveLetters(box.buttons());
}

QMessageBox::StandardButton UserPrompts::ask(QWidget* parent, QMessageBox::Icon icon, const QString& title,
    const QString& text, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
    const QString& informativeText)
{
    if (QMessageBox::StandardButton answer; takeQueued(queue().answers, answer, QMessageBox::Cancel)) {
        queue().shown << title;
        return answer;
    }
    QMessageBox box(icon, title, QString(), buttons, parent);
    setFittingText(box, text);
    box.setDefaultButton(defaultButton);
    box.setInformativeText(informativeText);
    showAsPlainText(box);
    giveButtonsLetters(box);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

int UserPrompts::choose(
    QWidget* parent, const QString& title, const QString& text, const QStringList& buttons, int defaultIndex)
{
    if (int choice = -1; takeQueued(queue().choices, choice, -1)) {
        queue().shown << title;
        return choice;
    }
    QMessageBox box(QMessageBox::Warning, title, QString(), QMessageBox::NoButton, parent);
    setFittingText(box, text);
    QList<QAbstractButton*> created;
    for (int i = 0; i < buttons.size(); ++i) {
        const auto role = i == buttons.size() - 1 ? QMessageBox::RejectRole : QMessageBox::AcceptRole;
        created << box.addButton(buttons[i], role);
    }
    if (defaultIndex >= 0 && defaultIndex < created.size())
        box.setDefaultButton(static_cast<QPushButton*>(created[defaultIndex]));
    showAsPlainText(box);
    giveButtonsLetters(box);
    box.exec();
    return static_cast<int>(created.indexOf(box.clickedButton()));
}

QMessageBox::StandardButton UserPrompts::askSaveChanges(QWidget* parent, const QString& documentName)
{
    return ask(parent, QMessageBox::Warning, QObject::tr("Unsaved changes"),
        QObject::tr("Save the changes to %1 before closing it?").arg(documentName),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save,
        QObject::tr("If you don't save, your changes will be lost."));
}

void UserPrompts::inform(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text)
{
    if (queue().testing) {
        queue().shown << title + QStringLiteral(": ") + text; // under test: record, don't block
        return;
    }
    QMessageBox box(icon, title, QString(), QMessageBox::Ok, parent);
    setFittingText(box, text);
    showAsPlainText(box);
    box.exec();
}

void UserPrompts::informRichText(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& ownHtml)
{
    if (queue().testing) {
        queue().shown << title + QStringLiteral(": ") + ownHtml;
        return;
    }
    QMessageBox box(icon, title, ownHtml, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

std::optional<std::pair<QString, CommentKind>> UserPrompts::askComment(QWidget* parent, const QString& subject)
{
    using Answer = std::optional<std::pair<QString, CommentKind>>;
    if (Answer queued; takeQueued(queue().comments, queued, Answer())) // nothing queued under test = cancelled
        return queued;
    QDialog dialog(parent);
    dialog.setWindowTitle(QObject::tr("Comment on %1").arg(subject));
    auto* text = new QPlainTextEdit(&dialog);
    text->setAccessibleName(QObject::tr("Comment"));
    text->setTabChangesFocus(true);
    auto* kind = new QComboBox(&dialog);
    kind->addItem(QObject::tr("Must fix"), static_cast<int>(CommentKind::MustFix));
    kind->addItem(QObject::tr("Suggestion"), static_cast<int>(CommentKind::Suggestion));
    kind->setAccessibleName(QObject::tr("Kind"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(new QLabel(QObject::tr("Comment on <b>%1</b>").arg(subject.toHtmlEscaped())));
    form->addRow(QObject::tr("&Comment:"), text);
    form->addRow(QObject::tr("&Kind:"), kind);
    form->addRow(buttons);
    dialog.resize(520, 260);
    if (dialog.exec() != QDialog::Accepted || text->toPlainText().trimmed().isEmpty())
        return std::nullopt;
    return std::make_pair(text->toPlainText().trimmed(), static_cast<CommentKind>(kind->currentData().toInt()));
}

void UserPrompts::setNextComment(const QString& text, CommentKind kind)
{
    queue().comments.emplace_back(std::make_pair(text, kind));
}

void UserPrompts::setNextFileName(const QString& fileName)
{
    queue().fileNames.push_back(fileName);
}
void UserPrompts::setNextAnswer(QMessageBox::StandardButton answer)
{
    queue().answers.push_back(answer);
}
void UserPrompts::setNextChoice(int index)
{
    queue().choices.push_back(index);
}
QStringList UserPrompts::shownMessages()
{
    return queue().shown;
}
void UserPrompts::clear()
{
    const bool testing = queue().testing;
    queue() = Queue();
    queue().testing = testing;
}
void UserPrompts::setTesting(bool testing)
{
    queue().testing = testing;
}

} // namespace proserv
