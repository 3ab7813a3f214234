#include "ui/files/RecoveryPrompt.h"

#include "ui/form/UserPrompts.h"
#include "ui/review/CompareDialog.h"

#include <QCoreApplication>
#include <QLocale>

namespace proserv {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RecoveryPrompt)
};
} // namespace

RecoveryAnswer askToRecover(
    QWidget* parent, const QString& name, const QDateTime& savedAt, const std::function<QString()>& comparison)
{
    while (true) {
        const int choice = UserPrompts::choose(parent, Text::tr("Recover unsaved changes?"),
            Text::tr("ProServ Listing Editor was closed unexpectedly with unsaved changes to %1 (last kept %2).")
                .arg(name, QLocale().toString(savedAt.toLocalTime(), QLocale::ShortFormat)),
            {Text::tr("Recover"), Text::tr("Show Differences"), Text::tr("Discard"), Text::tr("Decide Later")}, 0);
        if (choice == 1) {
            CompareDialog dialog(comparison(), parent);
            dialog.exec();
            continue; // asked again, having seen them
        }
        return choice == 0 ? RecoveryAnswer::Recover : choice == 2 ? RecoveryAnswer::Discard : RecoveryAnswer::Later;
    }
}

} // namespace proserv
