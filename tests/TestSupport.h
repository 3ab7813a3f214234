// Small helpers shared by the tests: reading files, example paths.
#pragma once

#include "model/DocumentLoader.h"
#include "model/Listing.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QtTest>

#include <string>

namespace proserv::test {

inline QString examplePath(const QString& name)
{
    return QStringLiteral(PROSERV_EXAMPLES_DIR) + QLatin1Char('/') + name;
}

inline QStringList exampleFiles()
{
    QStringList files;
    const QDir dir(QStringLiteral(PROSERV_EXAMPLES_DIR));
    for (const QString& name : dir.entryList({QStringLiteral("*.proserv.json")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

inline std::string readBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

inline bool writeBytes(const QString& path, const std::string& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes.data(), static_cast<qint64>(bytes.size())) == static_cast<qint64>(bytes.size());
}

// Loads a file that must load; fails the calling test otherwise.
inline Listing loadOrFail(const QString& path)
{
    const LoadOutcome outcome = loadDocumentFile(path.toStdString());
    if (!outcome.ok()) {
        QString errors;
        for (const LoadError& e : outcome.errors)
            errors += QString::fromStdString(e.toString()) + QLatin1Char('\n');
        qWarning().noquote() << errors;
        return {};
    }
    return outcome.document->listing;
}

} // namespace proserv::test
