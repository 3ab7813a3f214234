#include "ui/views/BuyerPreview.h"

#include "ui/document/LocalLogo.h"

#include "model/ChangeSetExport.h"
#include "ui/document/ListingDocument.h"
#include "ui/form/SafeTextBrowser.h"
#include "ui/views/PageWriter.h"

namespace proserv {

namespace {

// The details of the first change of `type` in an exported change set.
Json detailsOf(const Json& changeSet, const char* type)
{
    for (const Json& change : changeSet["ChangeSet"])
        if (change.value("ChangeType", std::string()) == type)
            return change.value("DetailsDocument", Json::object());
    return Json::object();
}

QString text(const Json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

QStringList texts(const Json& object, const char* key)
{
    QStringList out;
    const auto it = object.find(key);
    if (it != object.end() && it->is_array())
        for (const Json& item : *it)
            if (item.is_string())
                out << QString::fromStdString(item.get<std::string>());
    return out;
}

} // namespace

BuyerPreview::BuyerPreview(ListingDocument* document, QWidget* parent)
    : PagePreview(document, QStringLiteral("buyerPreview"), tr("Buyer page preview"), parent), m_document(document)
{
}

void BuyerPreview::writePage(PageWriter& out)
{
    const Json changeSet = exportChangeSet(m_document->listing());
    const Json info = detailsOf(changeSet, "UpdateInformation");

    const QString title = text(info, "ProductTitle");
    out.heading(title.isEmpty() ? tr("(no title)") : title, 1.6);
    const QString logo = text(info, "LogoUrl");
    // The logo URL is never fetched (the editor makes no network connection);
    // the local logo file, read as the logo rule reads it, stands in for it.
    const LocalLogo local = readLocalLogo(*m_document, QSize(240, 120));
    if (!local.image.isNull())
        out.image(local.image, QStringLiteral("proserv-local-logo:image"));
    if (local.image.isNull() || logo.isEmpty())
        out.paragraph(logo.isEmpty() ? tr("No logo URL") : tr("Logo: %1").arg(logo), true);
    out.paragraph(text(info, "ShortDescription"));
    const QStringList categories = texts(info, "Categories");
    if (!categories.isEmpty())
        out.paragraph(tr("Categories: %1").arg(categories.join(QStringLiteral(" · "))), true);

    out.heading(tr("Highlights"), 1.25);
    out.bullets(texts(info, "Highlights"));
    out.heading(tr("Overview"), 1.25);
    out.markdown(text(info, "LongDescription"));

    out.heading(tr("Pricing"), 1.25);
    QList<QStringList> rows;
    const Json dimensions = detailsOf(changeSet, "AddDimensions");
    if (dimensions.is_array())
        for (const Json& d : dimensions)
            rows << QStringList {text(d, "Name"), text(d, "Description")};
    if (rows.isEmpty())
        out.paragraph(tr("No pricing dimensions."), true);
    else
        out.table({tr("Dimension"), tr("Description")}, rows);
    out.paragraph(tr("Prices are set in private offers."), true);

    out.heading(tr("Support"), 1.25);
    out.paragraph(text(info, "SupportDescription"));

    QStringList resources;
    if (const auto list = info.find("AdditionalResources"); list != info.end() && list->is_array())
        for (const Json& r : *list)
            resources << QStringLiteral("%1 — %2").arg(text(r, "Text"), text(r, "Url"));
    if (!resources.isEmpty()) {
        out.heading(tr("Resources"), 1.25);
        out.bullets(resources);
    }
    const QStringList related = texts(info, "AssociatedProducts");
    if (!related.isEmpty()) {
        out.heading(tr("Related products"), 1.25);
        out.bullets(related);
    }
}

} // namespace proserv
