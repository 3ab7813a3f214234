// Crash recovery: while the document has unsaved changes, a snapshot of it is
// written (never over the user's file) two seconds after the last edit, into
// the per-user data folder, readable only by the user. A clean exit or a save
// removes it; a snapshot left by a process that is gone is offered at the next
// start (Recover / Show Differences / Discard). Each editor names its
// snapshot with an identity of its own (a random UUID, not the process ID,
// which is reused after a reboot and repeats across machines sharing a home
// folder) and holds a QLockFile next to it; a snapshot whose lock can be
// taken belongs to an editor that is gone. Only the editor that wrote a
// snapshot deletes it unasked; one that cannot be read is reported, never
// skipped in silence.
#pragma once

#include "model/Listing.h"
#include "model/Offer.h"

#include <QDateTime>
#include <QLockFile>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

#include <optional>

namespace proserv {

class FieldDocument;

struct UnreadableSnapshot {
    QString path;
    QString reason;
};

struct RecoverySnapshot {
    QString path; // the snapshot file
    QString sourcePath; // the file it belongs to; empty for an unsaved new document
    QDateTime savedAt;
    Listing listing; // a listing's snapshot
    std::optional<OfferDraft> offer; // a private offer's snapshot (then `listing` is empty)
};

class RecoveryStore : public QObject {
    Q_OBJECT

public:
    static constexpr int kDelayMs = 2000;

    // Keeps snapshots of any document type that has a native form (FieldDocument::nativeDocument).
    explicit RecoveryStore(FieldDocument* document, QObject* parent = nullptr);
    ~RecoveryStore() override;

    static QString folder();
    QString snapshotPath() const { return m_path; }

    void writeNow();
    void discard();

    // Snapshots left behind by editors that are no longer running; those
    // that cannot be read go to `unreadable` (kept on disk, for the user).
    QList<RecoverySnapshot> orphans(QList<UnreadableSnapshot>* unreadable = nullptr) const;
    static std::optional<RecoverySnapshot> read(const QString& path, QString* reason = nullptr);
    // Removes a recovered or discarded snapshot.
    static void remove(const RecoverySnapshot& snapshot);

signals:
    // Snapshots cannot protect this editor's unsaved work (a read-only home
    // folder, a listing too large): said once per editor, in plain words.
    void unavailable(const QString& reason);

private:
    void documentChanged();
    void reportUnavailable(const QString& reason);
    bool m_reported = false;
    FieldDocument* m_document;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock; // held while this editor runs: its snapshot is not an orphan
    QTimer m_timer;
};

} // namespace proserv
