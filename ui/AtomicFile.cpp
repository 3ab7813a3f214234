#include "ui/AtomicFile.h"

#include <QSaveFile>

namespace proserv {

QString writeFileAtomically(const QString& path, const std::string& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
    const auto size = static_cast<qint64>(bytes.size());
    if (file.write(bytes.data(), size) != size) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return QStringLiteral("%1: cannot write: %2").arg(path, reason);
    }
    if (!file.commit())
        return QStringLiteral("%1: cannot save: %2").arg(path, file.errorString());
    return {};
}

} // namespace proserv
