#include "ui/document/ListingDocument.h"
#include "model/FieldPointers.h"

#include "model/FieldAccess.h"
#include "model/JsonFields.h"
#include "model/NativeFormat.h"

#include <QFileInfo>


namespace proserv {

ListingDocument::ListingDocument(QObject* parent) : FieldDocument(parent)
{
    revalidate(true);
}

Json ListingDocument::nativeDocument() const
{
    return toNativeJson(m_listing);
}

QString ListingDocument::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    if (!m_sourcePath.isEmpty())
        return tr("%1 (imported)").arg(QFileInfo(m_sourcePath).fileName());
    return tr("Untitled listing");
}

void ListingDocument::reset(const Listing& listing, const QString& sourcePath, DocumentKind kind)
{
    resetTo(listing, sourcePath, kind, std::nullopt);
}

void ListingDocument::reset(const LoadedDocument& loaded, const QString& sourcePath)
{
    // Only the positions are kept, not a second copy of the listing.
    LoadedDocument positions;
    positions.kind = loaded.kind;
    positions.sourceMap = loaded.sourceMap;
    positions.layout = loaded.layout;
    resetTo(loaded.listing, sourcePath, loaded.kind, positions);
}

void ListingDocument::resetTo(
    const Listing& listing, const QString& sourcePath, DocumentKind kind, std::optional<LoadedDocument> locations)
{
    m_sourceLocations = std::move(locations); // set before the signals: the Problems dock asks for lines
    m_listing = listing;
    m_sourcePath = sourcePath;
    m_sourceKind = kind;
    // Only native files are saved back in place; a submitted change set is
    // never overwritten with a native document.
    m_filePath = kind == DocumentKind::Native ? sourcePath : QString();
    m_undoStack.clear();
    m_undoStack.setClean();
    endQuiet();
    // Widgets first, then findings: a finding may name a table row that only
    // exists once the table has been refreshed.
    emit fieldChanged(QString());
    revalidate(true);
    emit pathChanged();
    emit modifiedChanged(false);
}

TextPosition ListingDocument::sourcePositionOf(const std::string& pointer) const
{
    // Lines of the file as read: right until the listing is edited.
    if (!m_sourceLocations || !m_undoStack.isClean())
        return {};
    return m_sourceLocations->positionOfField(pointer);
}

void ListingDocument::markSaved(const QString& path)
{
    m_filePath = path;
    m_sourcePath = path;
    m_sourceKind = DocumentKind::Native;
    m_sourceLocations.reset(); // the new file's positions are not known until it is read
    m_undoStack.setClean();
    revalidate(true); // a relative logo path now resolves against the new folder
    emit pathChanged();
}

std::optional<Json> ListingDocument::fieldValue(const std::string& pointer) const
{
    return getField(m_listing, pointer);
}

bool ListingDocument::acceptsField(const std::string& pointer, const Json& value) const
{
    Listing probe = m_listing;
    return proserv::setField(probe, pointer, value);
}

void ListingDocument::applyField(const std::string& pointer, const Json& value)
{
    proserv::setField(m_listing, pointer, value);
    noteEdited(pointer); // revalidate() below shows its findings
    emit fieldChanged(QString::fromStdString(pointer));
    revalidate(pointer == field::productLogoFile);
}

void ListingDocument::revalidate(bool contextMayHaveChanged)
{
    if (contextMayHaveChanged) // the one disk read: only when the logo path changes
        m_context = makeValidationContext(m_listing, m_sourcePath.toStdString(), m_readOnly); // review mode: confined
    m_context.submittedFile = isJudgedAsSubmission();
    m_context.readBySeller = !m_readOnly; // opened as a draft, not for review: the seller's own file
    setFindings(validateListing(m_listing, m_context));
}

} // namespace proserv
