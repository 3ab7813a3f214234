// The file workflow of one editor window, out of the window itself (as
// Tiled's DocumentManager and KeePassXC's database save path): open, open
// for review, new, save, save as, export, export an update, the review
// report, reload, the recovery offer, and the watch on the saved file that
// notices a change made on disk by another program. Every question goes
// through UserPrompts; what the window shows (review mode, the changed-on-disk
// bar, status messages) it learns from the signals below.
#pragma once

#include "model/Listing.h"

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QObject>
#include <QString>

class QWidget;

namespace proserv {

class ListingDocument;
struct RecoverySnapshot;
struct UnreadableSnapshot;
class RecentFiles;
class RecoveryStore;
class ReviewSession;

class DocumentManager : public QObject {
    Q_OBJECT

public:
    DocumentManager(ListingDocument* document, ReviewSession* review, RecoveryStore* recovery, QWidget* dialogParent);

    void setRecentFiles(RecentFiles* recent) { m_recent = recent; }

    // Opens a native listing, change set or DescribeEntity file (read-only
    // for review); reports a load error and keeps the current document when it
    // cannot be read. Does not ask about unsaved changes: see maybeSave().
    bool open(const QString& path, bool review);
    void newListing(bool example);
    bool save();
    bool saveAs();
    // Asks Save/Discard/Cancel when there are unsaved changes; false = stop.
    bool maybeSave();
    bool exportSubmission();
    bool exportUpdateAgainst(const QString& acceptedPath);
    bool exportReviewReport();
    // Shows what changed between `otherPath` (an earlier listing or submitted
    // file) and the open listing; reports a file that cannot be read.
    bool compareWith(const QString& otherPath);

    // The same, asking for the file first (File ▸ Open…, Open for Review…,
    // Export Update Against…, Compare With…); opening asks about unsaved
    // changes before the file dialog.
    void promptOpen(bool review);
    void promptExportUpdate();
    void promptCompare();
    // At start-up: offers the listings' unsaved work of editors that crashed
    // (`snapshots`, read once by RecoveryStore::orphans for every document
    // type) and reports those that cannot be read. True when a snapshot was
    // recovered into this document.
    bool offerRecovery(const QList<RecoverySnapshot>& snapshots, const QList<UnreadableSnapshot>& unreadable);

    // The saved file changed on disk: take its content (one undoable step, so
    // the edits it replaces are one Undo away), or keep the editor's version
    // (the next Save then replaces the file without asking again).
    bool reloadFromDisk();
    void keepMine();

    // The file the watch is on ("" when the document has no file of its own).
    QString watchedFile() const;

signals:
    // A file was opened (review = read-only for review) or a new listing started (path empty).
    void opened(const QString& path, bool review);
    // The file Save writes to was changed (or removed) by another program.
    void changedOnDisk(const QString& path, bool removed);
    // The changed-on-disk question is settled (reloaded, kept, or saved over).
    void diskConflictResolved();
    void statusMessage(const QString& text, int timeoutMs);
    // The file to open is a private offer (native, change set or DescribeEntity).
    void offerFileRequested(const QString& path, bool review);
    // Export was stopped to show the problems: the first error in a submitted field.
    void problemsRequested(const QString& firstErrorPointer);

private:
    bool writeNative(const QString& path);
    void watch(const QString& path);
    void fileChangedOnDisk(const QString& path);

    ListingDocument* m_document;
    ReviewSession* m_review;
    RecoveryStore* m_recovery;
    RecentFiles* m_recent = nullptr;
    QWidget* m_parent;
    QFileSystemWatcher m_watcher;
    QByteArray m_diskSha256; // of the file as last read, written or acknowledged
};

} // namespace proserv
