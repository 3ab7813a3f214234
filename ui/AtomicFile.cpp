#include "ui/AtomicFile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace proserv {

QString cannotWriteMessage(const QString& path, const QString& reason)
{
    return QCoreApplication::translate("AtomicFile", "%1: cannot write: %2").arg(path, reason);
}

QString cannotSaveMessage(const QString& path, const QString& reason)
{
    return QCoreApplication::translate("AtomicFile", "%1: cannot save: %2").arg(path, reason);
}

QString writeFileAtomically(const QString& path, const std::string& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWriteMessage(path, file.errorString());
    const auto size = static_cast<qint64>(bytes.size());
    if (file.write(bytes.data(), size) != size) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return cannotWriteMessage(path, reason);
    }
    if (!file.commit())
        return cannotSaveMessage(path, file.errorString());
    return {};
}

} // namespace proserv
