#include "ui/RecoveryStore.h"

#include "model/DocumentLoader.h"
#include "model/JsonIngest.h"
#include "model/NativeFormat.h"
#include "qtsupport/AtomicFile.h"
#include "ui/ListingDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace proserv {

namespace {

// recovery-PID.json is guarded by recovery-PID.lock.
QString lockPathFor(const QString& snapshotPath)
{
    QString path = snapshotPath;
    path.replace(path.size() - 5, 5, QStringLiteral(".lock"));
    return path;
}

} // namespace

RecoveryStore::RecoveryStore(ListingDocument* document, QObject* parent) : QObject(parent), m_document(document)
{
    m_path = QDir(folder()).filePath(QStringLiteral("recovery-%1.json").arg(QCoreApplication::applicationPid()));
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
    snapshot["sourcePath"] = m_document->filePath().isEmpty() ? m_document->sourcePath().toStdString()
                                                              : m_document->filePath().toStdString();
    snapshot["savedAt"] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    snapshot["listing"] = toNativeJson(m_document->listing());
    const std::string bytes = snapshot.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
    // Best effort, never disturbing editing; but complete or not at all, so a
    // full disk cannot turn the last good snapshot into a truncated one.
    AtomicWriteOptions options;
    options.refuseSymlink = true;
    options.ownerOnly = true;
    writeFileAtomically(m_path, bytes, options);
}

void RecoveryStore::discard()
{
    m_timer.stop();
    QFile::remove(m_path);
}

std::optional<RecoverySnapshot> RecoveryStore::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > static_cast<qint64>(kMaxDocumentBytes))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    const JsonIngest ingest = ingestJson(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    if (!ingest.ok())
        return std::nullopt; // not a snapshot this program wrote
    const Json& snapshot = ingest.value;
    if (!snapshot.is_object() || !snapshot.contains("listing") || !snapshot["listing"].is_object())
        return std::nullopt;
    std::vector<FieldProblem> problems;
    std::optional<Listing> listing = listingFromNativeJson(snapshot["listing"], problems);
    if (!listing)
        return std::nullopt;
    RecoverySnapshot result;
    result.path = path;
    result.sourcePath = QString::fromStdString(snapshot.value("sourcePath", std::string()));
    result.savedAt
        = QDateTime::fromString(QString::fromStdString(snapshot.value("savedAt", std::string())), Qt::ISODate);
    result.listing = std::move(*listing);
    return result;
}

void RecoveryStore::remove(const RecoverySnapshot& snapshot)
{
    QFile::remove(snapshot.path);
    QFile::remove(lockPathFor(snapshot.path));
}

QList<RecoverySnapshot> RecoveryStore::orphans()
{
    QList<RecoverySnapshot> found;
    const QDir dir(folder());
    for (const QString& name : dir.entryList({QStringLiteral("recovery-*.json")}, QDir::Files, QDir::Time)) {
        bool ok = false;
        const qint64 pid = name.mid(9, name.size() - 9 - 5).toLongLong(&ok);
        if (!ok || pid == QCoreApplication::applicationPid())
            continue;
        // An editor that is still running holds the lock; QLockFile takes
        // over one whose process is gone.
        QLockFile owner(lockPathFor(dir.filePath(name)));
        owner.setStaleLockTime(0); // stale only when its process is gone, however old
        if (!owner.tryLock(0))
            continue;
        owner.unlock();
        if (auto snapshot = read(dir.filePath(name)))
            found << *snapshot;
    }
    return found;
}

} // namespace proserv
