#include "ui/files/OfferFiles.h"

#include "model/ChangeSetExport.h"
#include "model/DocumentLoader.h"
#include "model/OfferExport.h"
#include "model/OfferFormat.h"
#include "qtsupport/AtomicFile.h"
#include "qtsupport/FileNames.h"
#include "qtsupport/Translation.h"
#include "ui/document/OfferDocument.h"
#include "ui/document/RecoveryStore.h"
#include "ui/document/ReviewSession.h"
#include "ui/files/RecoveryPrompt.h"
#include "ui/files/ReviewReportExport.h"
#include "ui/files/VerifiedSave.h"
#include "ui/form/UserPrompts.h"
#include "ui/review/CompareDialog.h"
#include "model/ListingDiff.h"
#include "qtsupport/ReviewReport.h"

#include <QDir>
#include <QFileInfo>

namespace proserv {

namespace {

QString errorText(const std::vector<LoadError>& errors)
{
    QStringList lines;
    for (const LoadError& error : errors)
        lines << translated(error);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

OfferFiles::OfferFiles(OfferDocument* document, RecoveryStore* recovery, ReviewSession* review, QWidget* dialogParent)
    : QObject(dialogParent), m_document(document), m_recovery(recovery), m_review(review), m_parent(dialogParent)
{
}

bool OfferFiles::open(const QString& path, bool offerPart, bool review)
{
    if (!maybeSave())
        return false;
    const OfferLoadOutcome outcome = loadOfferFile(fileNameBytes(path), offerPart);
    if (!outcome.ok()) {
        UserPrompts::inform(m_parent, QMessageBox::Warning, tr("Cannot open %1").arg(displayedBaseName(path)),
            tr("The file was not opened.\n\n%1").arg(errorText(outcome.errors)));
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_document->setReadOnly(review);
    m_document->reset(outcome.document->offer, absolute, outcome.document->kind);
    // A reviewer's file names no other file the editor reads: its listing is not followed.
    if (review)
        m_document->setProduct(std::nullopt, QString());
    else
        followListingFile(absolute);
    // The comments next to the file, in review mode and while editing (to resolve them).
    if (const QString broken = m_review->load(absolute); !broken.isEmpty())
        UserPrompts::inform(m_parent, QMessageBox::Warning, tr("Review comments not read"), broken);
    emit opened(absolute, review);
    if (outcome.document->kind != DocumentKind::Native)
        emit statusMessage(tr("Imported an offer; save it as an offer file to keep your edits."), 8000);
    return true;
}

// The listing the offer was drafted from is followed only inside the
// offer's own folder (as the logo path is): a stranger's offer names no file
// elsewhere that the editor would read.
void OfferFiles::followListingFile(const QString& offerPath)
{
    const std::string& relative = m_document->offer().product.listingFile;
    if (relative.empty()) {
        m_document->setProduct(std::nullopt, QString());
        return;
    }
    const QDir folder = QFileInfo(offerPath).absoluteDir();
    const QString candidate = QDir::cleanPath(folder.absoluteFilePath(QString::fromStdString(relative)));
    const QString canonicalFolder = folder.canonicalPath();
    const QString canonical = QFileInfo(candidate).canonicalFilePath();
    if (canonical.isEmpty() || !canonical.startsWith(canonicalFolder + QLatin1Char('/'))) {
        m_document->setProduct(std::nullopt, QString());
        return;
    }
    const LoadOutcome listing = loadDocumentFile(fileNameBytes(canonical));
    if (listing.ok())
        m_document->setProduct(listing.document->listing, QFileInfo(canonical).fileName());
    else
        m_document->setProduct(std::nullopt, QString());
}

void OfferFiles::newForListing(const Listing& listing, const QString& listingPath)
{
    const QString name = listingPath.isEmpty() ? QString() : QFileInfo(listingPath).fileName();
    m_document->reset(offerFromListing(listing, name.toStdString()), QString(), DocumentKind::Native);
    m_document->setReadOnly(false);
    m_document->setProduct(listing, name.isEmpty() ? tr("the open listing") : name);
    m_review->clear();
    emit opened(QString(), false);
}

bool OfferFiles::writeTo(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!saveVerified(m_parent, absolute, serializeOffer(m_document->offer())))
        return false; // said; the offer stays modified and in its recovery snapshot
    m_document->markSaved(absolute);
    if (!m_review->hasFile())
        m_review->load(absolute); // new comments now have a place next to the file
    emit statusMessage(tr("Saved %1").arg(displayedBaseName(path)), 4000);
    return true;
}

bool OfferFiles::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return writeTo(m_document->filePath());
}

bool OfferFiles::saveAs()
{
    QString suggested = m_document->filePath();
    if (suggested.isEmpty()) {
        const std::string& name = m_document->offer().offer.name;
        suggested = (name.empty() ? tr("offer") : QString::fromStdString(changeSetNameFrom("", name)))
            + QString::fromLatin1(kOfferFileSuffix);
    }
    const QString path = UserPrompts::saveFileName(m_parent, tr("Save Offer"), suggested,
        tr("Private offers (*.offer.json);;All files (*)"));
    return !path.isEmpty() && writeTo(path);
}

bool OfferFiles::exportChangeSet()
{
    int errors = 0;
    for (const Finding& f : m_document->findings())
        errors += f.severity == Severity::Error;
    if (errors > 0) {
        UserPrompts::inform(m_parent, QMessageBox::Warning, tr("Offer not exported"),
            tr("The offer has %n error(s) that AWS Marketplace would refuse; fix them first (Problems, Ctrl+Shift+M).",
                "", errors));
        return false;
    }
    const Json request = exportOfferChangeSet(m_document->offer());
    if (request.value("ChangeSet", Json::array()).empty()) {
        UserPrompts::inform(m_parent, QMessageBox::Information, tr("Nothing to export"),
            tr("Offer %1 is as AWS Marketplace holds it: change what should change first.")
                .arg(QString::fromStdString(m_document->offer().offer.offerId)));
        return false;
    }
    const QString path = UserPrompts::saveFileName(m_parent, tr("Export Offer Change Set"),
        tr("offer-changeset.json"), tr("Change sets (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    const QString failure = writeFileAtomically(path, serializeRequest(request));
    if (!failure.isEmpty()) {
        UserPrompts::inform(m_parent, QMessageBox::Critical, tr("Change set not written"), failure);
        return false;
    }
    emit statusMessage(tr("Exported %1").arg(displayedBaseName(path)), 4000);
    return true;
}

bool OfferFiles::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = UserPrompts::askSaveChanges(m_parent, m_document->displayName());
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void OfferFiles::promptOpenOfferPart()
{
    const QString path = UserPrompts::openFileName(m_parent, tr("Open the Offer Part of a Change Set"),
        tr("Change sets (*.json);;All files (*)"));
    if (!path.isEmpty())
        open(path, true);
}

void OfferFiles::promptCompare()
{
    const QString other = UserPrompts::openFileName(m_parent, tr("Compare With Another Version of the Offer"),
        tr("Offers and submitted files (*.offer.json *.json);;All files (*)"));
    if (!other.isEmpty())
        compareWith(other);
}

bool OfferFiles::compareWith(const QString& otherPath)
{
    const OfferLoadOutcome other = loadOfferFile(fileNameBytes(otherPath));
    if (!other.ok()) {
        UserPrompts::inform(m_parent, QMessageBox::Warning, tr("Cannot open %1").arg(displayedBaseName(otherPath)),
            errorText(other.errors));
        return false;
    }
    // Both versions judged as the open one is: today, with its product.
    const OfferContext context = m_document->context();
    const OfferDraft& before = other.document->offer;
    const OfferDraft& after = m_document->offer();
    auto* dialog = new CompareDialog(
        comparisonHtml(before, after, context, displayedBaseName(otherPath), m_document->displayName()), m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return true;
}

bool OfferFiles::exportReviewReport()
{
    const QString origin = m_document->originPath();
    const QString base = origin.isEmpty() ? tr("offer") : QFileInfo(origin).fileName();
    ReviewReportInput input;
    input.fileName = base;
    input.offer = &m_document->offer();
    input.findings = m_document->findings();
    input.comments = m_review->comments();
    input.positionOf = [this](const std::string& pointer) { return m_document->sourcePositionOf(pointer); };
    const QString path = promptAndWriteReviewReport(m_parent, input);
    if (path.isEmpty())
        return false;
    emit statusMessage(tr("Wrote %1 — %2").arg(displayedBaseName(path), reviewVerdict(input).text()), 8000);
    return true;
}

bool OfferFiles::offerRecovery(const QList<RecoverySnapshot>& snapshots)
{
    bool recovered = false;
    for (const RecoverySnapshot& snapshot : snapshots) {
        if (!snapshot.offer)
            continue; // a listing's: DocumentManager offers it
        const QString name = snapshot.sourcePath.isEmpty() ? tr("an unsaved new offer")
                                                           : displayedBaseName(snapshot.sourcePath);
        // The file as it is on disk, read once: what the differences are
        // against, and where a recovery starts.
        const OfferLoadOutcome base = snapshot.sourcePath.isEmpty()
            ? OfferLoadOutcome {}
            : loadOfferFile(fileNameBytes(snapshot.sourcePath));
        const OfferDraft original = base.ok() ? base.document->offer : OfferDraft {};
        const RecoveryAnswer answer = askToRecover(m_parent, name, snapshot.savedAt, [&] {
            const OfferContext context = m_document->context();
            return comparisonHtml(original, *snapshot.offer, context, name, tr("recovered changes"));
        });
        if (answer == RecoveryAnswer::Recover && !recovered && maybeSave()) {
            // The recovered work as one undoable, unsaved change on top of the file.
            const QString path = base.ok() ? QFileInfo(snapshot.sourcePath).absoluteFilePath() : QString();
            m_document->setReadOnly(false);
            m_document->reset(original, path, base.ok() ? base.document->kind : DocumentKind::Native);
            m_document->setField("", offerToNativeJson(*snapshot.offer), tr("Recover unsaved changes"));
            if (base.ok())
                followListingFile(path);
            emit opened(path, false);
            RecoveryStore::remove(snapshot);
            recovered = true;
        } else if (answer == RecoveryAnswer::Discard) {
            RecoveryStore::remove(snapshot);
        }
    }
    return recovered;
}

} // namespace proserv
