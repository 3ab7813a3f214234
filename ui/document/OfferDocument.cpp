#include "ui/document/OfferDocument.h"

#include "model/FieldAccess.h"
#include "model/OfferFormat.h"
#include "validation/OfferValidator.h"

#include <QDateTime>
#include <QFileInfo>

namespace proserv {

OfferDocument::OfferDocument(QObject* parent) : FieldDocument(parent)
{
    revalidate();
}

QString OfferDocument::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    if (!m_sourcePath.isEmpty())
        return tr("%1 (imported)").arg(QFileInfo(m_sourcePath).fileName());
    return tr("Untitled offer");
}

void OfferDocument::reset(const OfferDraft& offer, const QString& sourcePath, DocumentKind kind)
{
    m_offer = offer;
    m_sourcePath = sourcePath;
    m_filePath = kind == DocumentKind::Native ? sourcePath : QString();
    m_undoStack.clear();
    m_undoStack.setClean();
    endQuiet();
    emit fieldChanged(QString());
    revalidate();
    emit pathChanged();
    emit modifiedChanged(false);
}

void OfferDocument::setProduct(std::optional<Listing> product, const QString& source)
{
    m_product = std::move(product);
    m_productSource = source;
    revalidate();
}

void OfferDocument::markSaved(const QString& path)
{
    m_filePath = path;
    m_sourcePath = path;
    m_undoStack.setClean();
    emit pathChanged();
}

std::optional<Json> OfferDocument::fieldValue(const std::string& pointer) const
{
    return getField(m_offer, pointer);
}

bool OfferDocument::acceptsField(const std::string& pointer, const Json& value) const
{
    OfferDraft probe = m_offer;
    return proserv::setField(probe, pointer, value);
}

void OfferDocument::applyField(const std::string& pointer, const Json& value)
{
    proserv::setField(m_offer, pointer, value);
    noteEdited(pointer);
    emit fieldChanged(QString::fromStdString(pointer));
    revalidate();
}

OfferContext OfferDocument::context() const
{
    OfferContext context;
    // The editor judges dates as of today (UTC, as AWS does); proserv-check --today pins a day.
    context.today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate).toStdString();
    context.product = m_product ? &*m_product : nullptr;
    context.productSource = m_productSource.toStdString();
    return context;
}

Json OfferDocument::nativeDocument() const
{
    return offerToNativeJson(m_offer);
}

void OfferDocument::revalidate()
{
    setFindings(validateOffer(m_offer, context()));
}

} // namespace proserv
