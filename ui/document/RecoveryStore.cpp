#include "ui/document/RecoveryStore.h"

#include "model/DocumentLoader.h"
#include "model/FileRead.h"
#include "model/JsonIngest.h"
#include "model/NativeFormat.h"
#include "qtsupport/AtomicFile.h"
#include "qtsupport/FileNames.h"
#include "qtsupport/Translation.h"
#include "model/OfferFormat.h"
#include "ui/document/FieldDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QUuid>

namespace proserv {

namespace {

// recovery-ID.json is guarded by recovery-ID.lock.
QString lockPathFor(const QString& snapshotPath)
{
    QString path = snapshotPath;
    path.replace(path.size() - 5, 5, QStringLiteral(".lock"));
    return path;
}

} // namespace

RecoveryStore::RecoveryStore(FieldDocument* document, QObject* parent) : QObject(parent), m_document(document)
{
    // A fresh identity per editor: a later editor that gets a crashed one's
    // process ID must not write over, or delete, the crashed one's snapshot.
    m_path = QDir(folder()).filePath(
        QStringLiteral("recovery-%1.json").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &RecoveryStore::writeNow);
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &RecoveryStore::documentChanged);
    connect(document->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean)
            discard(); // saved (or undone back to the saved state): nothing to recover
    });
}

RecoveryStore::~RecoveryStore() = default;

QString RecoveryStore::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery");
}

void RecoveryStore::documentChanged()
{
    if (m_document->isModified())
        m_timer.start(); // two seconds after the last edit, not on every keystroke
}

void RecoveryStore::writeNow()
{
    if (!m_document->isModified())
        return;
    QDir().mkpath(folder());
    // The folder is private too, so no other user sees even the file names.
    QFile::setPermissions(folder(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!m_lock) {
        // Taken before the first snapshot exists, held until this editor
        // exits: no other editor offers a snapshot while its lock is held. An
        // editor that never has unsaved work touches nothing at start-up.
        m_lock = std::make_unique<QLockFile>(lockPathFor(m_path));
        m_lock->setStaleLockTime(0); // ours for as long as this editor runs
        m_lock->tryLock(0);
    }
    Json snapshot = Json::object();
    snapshot["formatVersion"] = 1;
    snapshot["sourcePath"] = m_document->originPath().toStdString();
    snapshot["savedAt"] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    Json document = m_document->nativeDocument();
    // The document's own kind says what it is ("listing" stays for the snapshots of earlier versions).
    const char* key = isOfferDocument(document) ? "offer" : "listing"; // before the move below
    snapshot[key] = std::move(document);
    // Compact: nobody reads a snapshot but this program, and the indented
    // form of a large listing grows past what it may read back.
    const std::string bytes = snapshot.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
    if (const std::optional<MessageText> tooLarge = tooLargeToReadBack(bytes.size())) {
        reportUnavailable(tr("No recovery snapshot can be kept of %1: %2. Save your work often.")
                              .arg(m_document->displayName(), translated(*tooLarge)));
        return;
    }
    // Never disturbing editing; but complete or not at all, so a full disk
    // cannot turn the last good snapshot into a truncated one.
    AtomicWriteOptions options;
    options.refuseSymlink = true;
    options.ownerOnly = true;
    const QString error = writeFileAtomically(m_path, bytes, options);
    if (!error.isEmpty())
        reportUnavailable(tr("Your unsaved changes cannot be kept for recovery after a crash: %1 Save your work "
                             "often; recovery works again once the folder %2 can be written.")
                              .arg(error, folder()));
}

void RecoveryStore::reportUnavailable(const QString& reason)
{
    if (m_reported)
        return; // once per editor: a warning on every keystroke would stop the typing
    m_reported = true;
    emit unavailable(reason);
}

void RecoveryStore::discard()
{
    m_timer.stop();
    QFile::remove(m_path);
}

std::optional<RecoverySnapshot> RecoveryStore::read(const QString& path, QString* reason)
{
    const auto fail = [reason](const QString& why) {
        if (reason)
            *reason = why;
        return std::nullopt;
    };
    const FileRead file = readRegularFile(fileNameBytes(path), kMaxDocumentBytes);
    if (file.tooLarge)
        return fail(tr("it is %1 MiB, over the %2 MiB this program reads")
                        .arg(file.size / (1024 * 1024))
                        .arg(kMaxDocumentBytes / (1024 * 1024)));
    if (!file.ok)
        return fail(translated(file.reason));
    const JsonIngest ingest = ingestJson(file.bytes);
    if (!ingest.ok())
        return fail(tr("it is not valid JSON"));
    const Json& snapshot = ingest.value;
    const bool offer = snapshot.is_object() && snapshot.contains("offer") && snapshot["offer"].is_object();
    if (!offer && (!snapshot.is_object() || !snapshot.contains("listing") || !snapshot["listing"].is_object()))
        return fail(tr("it holds no listing"));
    FieldProblems problems;
    RecoverySnapshot result;
    if (offer) {
        result.offer = offerFromNativeJson(snapshot["offer"], problems);
        if (!result.offer)
            return fail(problems.empty() ? tr("its offer cannot be read") : translated(problems.front().message));
    } else {
        std::optional<Listing> listing = listingFromNativeJson(snapshot["listing"], problems);
        if (!listing)
            return fail(problems.empty() ? tr("its listing cannot be read") : translated(problems.front().message));
        result.listing = std::move(*listing);
    }
    result.path = path;
    const auto source = snapshot.find("sourcePath");
    result.sourcePath = source != snapshot.end() && source->is_string()
        ? QString::fromStdString(source->get<std::string>())
        : QString();
    const auto savedAt = snapshot.find("savedAt");
    result.savedAt = QDateTime::fromString(
        savedAt != snapshot.end() && savedAt->is_string() ? QString::fromStdString(savedAt->get<std::string>())
                                                           : QString(),
        Qt::ISODate);
    return result;
}

void RecoveryStore::remove(const RecoverySnapshot& snapshot)
{
    QFile::remove(snapshot.path);
    QFile::remove(lockPathFor(snapshot.path));
}

QList<RecoverySnapshot> RecoveryStore::orphans(QList<UnreadableSnapshot>* unreadable) const
{
    QList<RecoverySnapshot> found;
    const QDir dir(folder());
    for (const QString& name : dir.entryList({QStringLiteral("recovery-*.json")}, QDir::Files, QDir::Time)) {
        const QString path = dir.filePath(name);
        if (path == m_path)
            continue; // this editor's own
        // An editor that is still running holds the lock; QLockFile takes
        // over one whose process is gone.
        QLockFile owner(lockPathFor(path));
        owner.setStaleLockTime(0); // stale only when its process is gone, however old
        if (!owner.tryLock(0))
            continue;
        owner.unlock();
        QString reason;
        if (auto snapshot = read(path, &reason))
            found << *snapshot;
        else if (unreadable)
            *unreadable << UnreadableSnapshot {path, reason};
    }
    return found;
}

} // namespace proserv
