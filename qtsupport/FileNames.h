// File names are bytes on Linux, any bytes but '/' and NUL. Qt 6 decodes them
// as UTF-8 and turns a byte that is not UTF-8 into U+FFFD, so a Latin-1
// "caf\xE9.json" given on the command line could not be opened. Here a name
// keeps each such byte as a lone surrogate U+DC80 + byte (Python's
// "surrogateescape"), and every path that goes to the system is encoded back
// to the very same bytes. Shown to a person, such a byte reads "\xE9".
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <string>

namespace proserv {

QString decodeFileName(const QByteArray& bytes);
QByteArray encodeFileName(const QString& name);
inline std::string fileNameBytes(const QString& name)
{
    return encodeFileName(name).toStdString();
}

// The program's arguments, file names among them, with every byte kept.
QStringList argumentsKeepingBytes(int argc, char* argv[]);

// For people: the bytes that are not UTF-8 as \xHH, everything else as it is.
QString displayFileName(const QString& name);
// The last part of a path (QFileInfo::fileName), shown as displayFileName does.
QString displayedBaseName(const QString& path);

} // namespace proserv
