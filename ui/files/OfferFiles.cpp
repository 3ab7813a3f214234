#include "ui/files/OfferFiles.h"

#include "model/ChangeSetExport.h"
#include "model/DocumentLoader.h"
#include "model/OfferExport.h"
#include "model/OfferFormat.h"
#include "qtsupport/AtomicFile.h"
#include "qtsupport/FileNames.h"
#include "qtsupport/Translation.h"
#include "ui/document/OfferDocument.h"
#include "ui/form/UserPrompts.h"

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

OfferFiles::OfferFiles(OfferDocument* document, QWidget* dialogParent)
    : QObject(dialogParent), m_document(document), m_parent(dialogParent)
{
}

bool OfferFiles::open(const QString& path)
{
    const OfferLoadOutcome outcome = loadOfferFile(fileNameBytes(path));
    if (!outcome.ok()) {
        UserPrompts::inform(m_parent, QMessageBox::Warning, tr("Cannot open %1").arg(displayedBaseName(path)),
            tr("The file was not opened.\n\n%1").arg(errorText(outcome.errors)));
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_document->reset(outcome.document->offer, absolute, outcome.document->kind);
    followListingFile(absolute);
    emit opened();
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
    m_document->setProduct(listing, name.isEmpty() ? tr("the open listing") : name);
    emit opened();
}

bool OfferFiles::writeTo(const QString& path)
{
    const QString failure = writeFileAtomically(path, serializeOffer(m_document->offer()));
    if (!failure.isEmpty()) {
        UserPrompts::inform(m_parent, QMessageBox::Critical, tr("Offer not saved"), failure);
        return false;
    }
    m_document->markSaved(QFileInfo(path).absoluteFilePath());
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
    const QString path = UserPrompts::saveFileName(m_parent, tr("Export Offer Change Set"),
        tr("offer-changeset.json"), tr("Change sets (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    const QString failure = writeFileAtomically(path, serializeOfferChangeSet(m_document->offer()));
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

} // namespace proserv
