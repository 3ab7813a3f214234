#include "ui/files/DocumentManager.h"
#include "model/FieldPointers.h"
#include "model/LogoPath.h"

#include "model/AcceptedVersion.h"
#include "model/ChangeSetExport.h"
#include "model/DocumentLoader.h"
#include "model/JsonFields.h"
#include "model/NativeFormat.h"
#include "qtsupport/AtomicFile.h"
#include "qtsupport/ReviewReport.h"
#include "qtsupport/FileNames.h"
#include "qtsupport/Translation.h"
#include "validation/ExportPlan.h"
#include "ui/review/CompareDialog.h"
#include "ui/document/ListingDocument.h"
#include "ui/files/RecentFiles.h"
#include "ui/files/RecoveryPrompt.h"
#include "ui/files/ReviewReportExport.h"
#include "ui/files/VerifiedSave.h"
#include "ui/document/RecoveryStore.h"
#include "ui/document/ReviewSession.h"
#include "ui/document/SafeSave.h"
#include "ui/form/UserPrompts.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QWidget>

namespace proserv {

namespace {

// Load errors or notices, one per line (message boxes show plain text).
QString errorLines(const std::vector<LoadError>& errors)
{
    QStringList lines;
    for (const LoadError& error : errors)
        lines << translated(error);
    return lines.join(QLatin1Char('\n'));
}

Listing exampleListing()
{
    QFile file(QStringLiteral(":/examples/migration-readiness-assessment.proserv.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    const LoadOutcome outcome
        = loadDocumentText(std::string(bytes.constData(), static_cast<std::size_t>(bytes.size())), "example");
    return outcome.ok() ? outcome.document->listing : Listing {};
}

} // namespace

DocumentManager::DocumentManager(
    ListingDocument* document, ReviewSession* review, RecoveryStore* recovery, QWidget* dialogParent)
    : QObject(dialogParent), m_document(document), m_review(review), m_recovery(recovery), m_parent(dialogParent)
{
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &DocumentManager::fileChangedOnDisk);
    // Save As, a new listing or an opened file change which file Save writes to.
    connect(m_document, &ListingDocument::pathChanged, this, [this] { watch(m_document->filePath()); });
}

QString DocumentManager::watchedFile() const
{
    const QStringList files = m_watcher.files();
    return files.isEmpty() ? QString() : files.first();
}

void DocumentManager::watch(const QString& path)
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!path.isEmpty() && QFileInfo::exists(path))
        m_watcher.addPath(path);
}

void DocumentManager::fileChangedOnDisk(const QString& path)
{
    if (path != m_document->filePath())
        return;
    // A save that renames a new file into place ends the watch on the old
    // one; watch whatever is at the path now.
    if (QFileInfo::exists(path) && !m_watcher.files().contains(path))
        m_watcher.addPath(path);
    const DiskStamp now = DiskStamp::of(path);
    if (now.exists && now.sha256 == m_diskSha256)
        return; // our own save, or a touch that changed nothing
    emit changedOnDisk(path, !now.exists);
}

bool DocumentManager::reloadFromDisk()
{
    const QString path = m_document->filePath();
    if (m_document->isReadOnly())
        return open(path, true); // under review nothing was edited: read the file again, read-only
    const LoadOutcome outcome = loadDocumentFile(fileNameBytes(path));
    if (!outcome.ok()) {
        UserPrompts::inform(m_parent, QMessageBox::Warning, tr("Cannot reload %1").arg(displayedBaseName(path)),
            tr("Your version stays in the editor.\n\n%1").arg(errorLines(outcome.errors)));
        return false;
    }
    // One undoable step: Undo brings back what the reload replaced.
    m_document->setField("", toNativeJson(outcome.document->listing), tr("Reload from disk"));
    m_diskSha256 = DiskStamp::of(path).sha256;
    m_document->markSaved(path); // the editor now holds what the file holds
    emit diskConflictResolved();
    emit statusMessage(
        tr("Reloaded %1 from disk; Undo brings your version back.").arg(displayedBaseName(path)), 8000);
    return true;
}

void DocumentManager::keepMine()
{
    // The user saw the other version and chose theirs: the next Save replaces
    // the file without asking again (the previous file is kept as FILE~).
    m_diskSha256 = DiskStamp::of(m_document->filePath()).sha256;
    emit diskConflictResolved();
}

void DocumentManager::newListing(bool example)
{
    m_document->setReadOnly(false);
    m_document->reset(example ? exampleListing() : Listing {}, QString(), DocumentKind::Native);
    if (!example)
        m_document->startQuiet(); // empty fields are to fill in, not errors, until touched
    m_diskSha256.clear();
    m_review->clear();
    emit opened(QString(), false);
}

bool DocumentManager::open(const QString& path, bool review)
{
    const LoadOutcome outcome = loadDocumentFile(fileNameBytes(path));
    if (outcome.isOffer) { // a private offer: the window opens it in the offer's editor
        emit offerFileRequested(path, review);
        return true;
    }
    if (!outcome.ok()) {
        UserPrompts::inform(m_parent, QMessageBox::Warning, tr("Cannot open %1").arg(displayedBaseName(path)),
            tr("The file was not opened; the current listing is unchanged.\n\n%1").arg(errorLines(outcome.errors)));
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_diskSha256 = DiskStamp::of(absolute).sha256;
    // Read-only before the first look at it: a file under review names no
    // file outside its folder that the logo check or preview would open.
    m_document->setReadOnly(review);
    m_document->reset(*outcome.document, absolute);
    emit opened(absolute, review);
    // Sellers see the reviewer's comments too, beside the fields.
    const QString sidecarError = m_review->load(absolute);
    if (!sidecarError.isEmpty())
        UserPrompts::inform(m_parent, QMessageBox::Warning, tr("Cannot read the review comments"), sidecarError);
    if (m_recent)
        m_recent->add(path);
    if (!review && outcome.document->kind != DocumentKind::Native)
        emit statusMessage(outcome.document->kind == DocumentKind::ChangeSet
                ? tr("Imported a change set; save it as a listing to keep your edits.")
                : tr("Imported a DescribeEntity response: exports send only what you change "
                     "against it. Save it as a listing to keep your edits."),
            8000);
    if (!outcome.document->notices.empty())
        UserPrompts::inform(m_parent, QMessageBox::Information, tr("Read but not kept"),
            tr("The file was opened; this was left out on purpose:\n\n%1").arg(errorLines(outcome.document->notices)));
    return true;
}

bool DocumentManager::writeNative(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Someone else changed the file since we read it: ask before replacing their work.
    const DiskStamp onDisk = DiskStamp::of(absolute);
    if (onDisk.exists && absolute == m_document->filePath() && onDisk.sha256 != m_diskSha256) {
        const auto answer = UserPrompts::ask(m_parent, QMessageBox::Warning, tr("File changed on disk"),
            tr("%1 was changed by another program since you opened it.").arg(displayedBaseName(path)),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel,
            tr("Save replaces those changes with yours (the previous file is kept as %1~).")
                .arg(displayedBaseName(path)));
        if (answer != QMessageBox::Save)
            return false;
    }
    // The local logo is written relative to the listing when it is inside the
    // listing's folder tree; the document takes the new path once it is saved.
    Listing toWrite = m_document->listing();
    toWrite.product.logoFile
        = logoPathFor(toWrite.product.logoFile, m_document->sourcePath().toStdString(), absolute.toStdString());
    const bool logoMoved = toWrite.product.logoFile != m_document->listing().product.logoFile;
    const std::string bytes = serializeNative(toWrite);
    const std::optional<QByteArray> written = saveVerified(m_parent, absolute, bytes);
    if (!written)
        return false;
    m_diskSha256 = *written;
    // The same logo written another way, not an edit: no undo step of its own,
    // so the first Ctrl+Z after a save still undoes the user's last edit.
    if (logoMoved)
        m_document->applyField(field::productLogoFile, toWrite.product.logoFile);
    const bool sameFile = absolute == m_document->filePath();
    m_document->markSaved(absolute);
    if (sameFile)
        watch(absolute); // the save renamed a new file into place
    emit diskConflictResolved();
    if (m_recent)
        m_recent->add(path);
    if (!m_review->hasFile())
        m_review->load(m_document->filePath()); // new comments now have a place next to the file
    emit statusMessage(tr("Saved %1").arg(displayedBaseName(path)), 4000);
    return true;
}

bool DocumentManager::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return writeNative(m_document->filePath());
}

bool DocumentManager::saveAs()
{
    QString suggested = m_document->filePath();
    if (suggested.isEmpty()) {
        const QString base = m_document->sourcePath().isEmpty()
            ? tr("listing")
            : QFileInfo(m_document->sourcePath()).completeBaseName();
        suggested = base + QString::fromLatin1(kNativeFileSuffix);
    }
    QString path = UserPrompts::saveFileName(m_parent, tr("Save Listing As"), suggested,
        tr("ProServ listings (*.proserv.json);;JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json")))
        path += QString::fromLatin1(kNativeFileSuffix);
    return writeNative(path);
}

bool DocumentManager::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = UserPrompts::askSaveChanges(m_parent, m_document->displayName());
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool DocumentManager::exportSubmission()
{
    // The same plan as proserv-check export: only what is submitted blocks
    // (a finding on a draft-only field does not make AWS Marketplace reject
    // the change set).
    const std::vector<Finding>& findings = m_document->findings();
    const ExportPlan plan = planExport(m_document->listing(), findings);
    if (plan.nothingToSend) {
        UserPrompts::inform(m_parent, QMessageBox::Information, tr("Nothing to export"),
            tr("Nothing changed since the accepted version (%1); no change set was written.")
                .arg(QString::fromStdString(m_document->listing().accepted.source)));
        return false;
    }
    if (!plan.blocking.empty()) {
        const int choice = UserPrompts::choose(m_parent, tr("Export with errors?"),
            tr("%n error(s) remain in submitted fields. AWS Marketplace will likely reject the listing until they are "
               "fixed.",
                "", static_cast<int>(plan.blocking.size())),
            {tr("Review Problems"), tr("Export Anyway"), tr("Cancel")}, 0);
        if (choice == 0) {
            emit problemsRequested(QString::fromStdString(findings[plan.blocking.front()].pointer));
            return false;
        }
        if (choice != 1)
            return false;
    } else if (!plan.said.empty()) {
        // What the file will do that the seller may not expect: said before
        // writing, as proserv-check export says it.
        QStringList messages;
        for (std::size_t i : plan.said)
            messages << translated(findings[i].text);
        const int choice = UserPrompts::choose(m_parent, tr("Export with warnings?"),
            messages.join(QStringLiteral("\n\n")), {tr("Export"), tr("Cancel")}, 0);
        if (choice != 0)
            return false;
    }
    if (plan.tooLarge) {
        UserPrompts::inform(m_parent, QMessageBox::Critical, tr("Export failed"), translated(*plan.tooLarge));
        return false;
    }
    const std::string& exported = plan.text;
    const QString base = m_document->filePath().isEmpty()
        ? tr("listing")
        : QFileInfo(m_document->filePath()).fileName().remove(QLatin1String(kNativeFileSuffix));
    const QString path = UserPrompts::saveFileName(m_parent, tr("Export Submission JSON"),
        base + QStringLiteral(".changeset.json"), tr("Change sets (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    const QString failure = writeFileAtomically(path, exported);
    if (!failure.isEmpty()) {
        UserPrompts::inform(m_parent, QMessageBox::Critical, tr("Export failed"), failure);
        return false;
    }
    emit statusMessage(tr("Exported %1 — use it with aws marketplace-catalog start-change-set "
                          "--cli-input-json file://%1")
                           .arg(displayedBaseName(path)),
        8000);
    return true;
}

bool DocumentManager::exportUpdateAgainst(const QString& acceptedPath)
{
    const LoadOutcome accepted = loadDocumentFile(fileNameBytes(acceptedPath));
    if (!accepted.ok()) {
        UserPrompts::inform(m_parent, QMessageBox::Critical, tr("Cannot read the accepted version"),
            tr("Nothing was exported.\n\n%1").arg(errorLines(accepted.errors)));
        return false;
    }
    const AcceptedVersion version = acceptedVersionOf(accepted.document->listing, acceptedPath.toStdString());
    Listing update = m_document->listing();
    update.accepted = version;
    if (!exportsAsUpdate(update)) { // neither names the product
        UserPrompts::inform(m_parent, QMessageBox::Warning, tr("No product ID"),
            tr("Neither this listing nor %1 names a product ID; an update is for a published "
               "product (prod-…).")
                .arg(QFileInfo(acceptedPath).fileName()));
        return false;
    }
    // Remembered (one undoable step): later exports are updates against it,
    // and the rules check what an update cannot do (remove a dimension).
    m_document->setField(field::acceptedVersion, toJsonValue(version), tr("Set accepted version"));
    return exportSubmission();
}

bool DocumentManager::compareWith(const QString& otherPath)
{
    const LoadOutcome other = loadDocumentFile(otherPath.toStdString());
    if (!other.ok()) {
        UserPrompts::inform(m_parent, QMessageBox::Warning, tr("Cannot open %1").arg(QFileInfo(otherPath).fileName()),
            translated(other.errors.front()));
        return false;
    }
    auto* dialog = new CompareDialog(other.document->listing, m_document->listing(), QFileInfo(otherPath).fileName(),
        m_document->displayName(), m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return true;
}

void DocumentManager::promptOpen(bool review)
{
    if (!maybeSave())
        return;
    const QString path = UserPrompts::openFileName(m_parent, review ? tr("Open for Review") : tr("Open Listing"),
        tr("Listings and submitted files (*.proserv.json *.json);;All files (*)"));
    if (!path.isEmpty())
        open(path, review);
}

void DocumentManager::promptExportUpdate()
{
    const QString accepted = UserPrompts::openFileName(m_parent, tr("Export an Update Against the Accepted Version"),
        tr("DescribeEntity responses, listings and change sets (*.json);;All files (*)"));
    if (!accepted.isEmpty())
        exportUpdateAgainst(accepted);
}

void DocumentManager::promptCompare()
{
    const QString other = UserPrompts::openFileName(m_parent, tr("Compare With an Earlier Version"),
        tr("Listings and submitted files (*.proserv.json *.json);;All files (*)"));
    if (!other.isEmpty())
        compareWith(other);
}

bool DocumentManager::exportReviewReport()
{
    const QString base
        = QFileInfo(m_document->sourcePath().isEmpty() ? tr("listing") : m_document->sourcePath()).fileName();
    ReviewReportInput input;
    input.fileName = base;
    input.listing = &m_document->listing();
    input.findings = m_document->findings();
    input.comments = m_review->comments();
    input.submittedFile = m_document->isJudgedAsSubmission();
    input.positionOf = [this](const std::string& pointer) { return m_document->sourcePositionOf(pointer); };
    const QString path = promptAndWriteReviewReport(m_parent, input);
    if (path.isEmpty())
        return false;
    emit statusMessage(tr("Wrote %1 — %2").arg(displayedBaseName(path), reviewVerdict(input).text()), 8000);
    return true;
}

bool DocumentManager::offerRecovery(
    const QList<RecoverySnapshot>& snapshots, const QList<UnreadableSnapshot>& unreadable)
{
    bool recovered = false;
    for (const UnreadableSnapshot& snapshot : unreadable) {
        // Never skipped in silence, never deleted: it may be the only copy
        // of someone's work, readable by a later version or by hand.
        UserPrompts::inform(m_parent, QMessageBox::Warning, tr("Recovery snapshot not readable"),
            tr("A recovery snapshot left by an editor that closed unexpectedly cannot be read: %1.\n\nIt is kept "
               "as it is at %2.")
                .arg(snapshot.reason, snapshot.path));
    }
    for (const RecoverySnapshot& snapshot : snapshots) {
        if (snapshot.offer)
            continue; // an offer's: OfferFiles offers it to the offer editor
        const QString name
            = snapshot.sourcePath.isEmpty() ? tr("an unsaved new listing") : QFileInfo(snapshot.sourcePath).fileName();
        // The file as it is on disk: what the differences are against, and where a recovery starts.
        const LoadOutcome base = loadDocumentFile(fileNameBytes(snapshot.sourcePath));
        const Listing original = base.ok() ? base.document->listing : Listing {};
        const RecoveryAnswer answer = askToRecover(m_parent, name, snapshot.savedAt, [&] {
            return comparisonHtml(original, snapshot.listing, name, tr("recovered changes"));
        });
        if (answer == RecoveryAnswer::Recover && !recovered && maybeSave()) {
            // The recovered work as one undoable, unsaved change on top of the file.
            m_document->setReadOnly(false);
            m_document->reset(original, base.ok() ? snapshot.sourcePath : QString(), DocumentKind::Native);
            emit opened(base.ok() ? snapshot.sourcePath : QString(), false);
            m_diskSha256 = DiskStamp::of(snapshot.sourcePath).sha256;
            m_document->setField("", toNativeJson(snapshot.listing), tr("Recover unsaved changes"));
            RecoveryStore::remove(snapshot);
            recovered = true;
        } else if (answer == RecoveryAnswer::Discard) {
            RecoveryStore::remove(snapshot);
        }
    }
    return recovered;
}

} // namespace proserv
