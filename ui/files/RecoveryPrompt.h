// The question asked for each recovery snapshot an editor left behind,
// whatever its document type: Recover, Show Differences (as often as wanted),
// Discard or Decide Later.
#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

class QWidget;

namespace proserv {

enum class RecoveryAnswer { Recover, Discard, Later };

// `name` is the file the work belongs to ("an unsaved new listing");
// `comparison` makes the Compare dialog's text for Show Differences.
RecoveryAnswer askToRecover(
    QWidget* parent, const QString& name, const QDateTime& savedAt, const std::function<QString()>& comparison);

} // namespace proserv
