// Saving the user's file without ever losing it: the previous version is kept
// as FILE~, the new one is written to a temporary file and renamed into place
// (writeFile in AtomicFile.h), and a change made on disk by someone else since the file was
// opened is noticed before it is overwritten.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <string>

namespace proserv {

// What the file on disk looked like when we last read or wrote it.
struct DiskStamp {
    bool exists = false;
    qint64 size = 0;
    QByteArray sha256;

    static DiskStamp of(const QString& path);
    bool operator==(const DiskStamp& o) const { return exists == o.exists && size == o.size && sha256 == o.sha256; }
    bool operator!=(const DiskStamp& o) const { return !(*this == o); }
};

struct SaveOutcome {
    bool saved = false;
    // The folder does not let us create the temporary file or rename it (a
    // read-only or immutable folder around a writable file): an atomic save
    // is impossible; the caller may ask and retry with directWrite.
    bool atomicImpossible = false;
    QString error;
};

// Writes `bytes` to `path`, keeping the previous content as `path~`.
SaveOutcome saveWithBackup(const QString& path, const std::string& bytes, bool directWrite = false);

} // namespace proserv
