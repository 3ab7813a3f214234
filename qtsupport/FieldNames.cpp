#include "qtsupport/FieldNames.h"

#include <QCoreApplication>

#include <unordered_map>
#include <vector>

namespace proserv {

namespace {

// A field of either document type by its pointer pattern ("*": any index).
// A list of records names its rows ("Pricing dimension %1") and the column
// whose text tells the row apart; a plain list's items are "LABEL, item N".
struct FieldName {
    const char* pattern;
    const char* label;
    const char* row = nullptr;
    const char* rowKey = nullptr;
};

const std::vector<FieldName>& fieldNames()
{
    static const std::vector<FieldName> names = {
        // Whole sections and the file's own marks
        {"/product", QT_TRANSLATE_NOOP("proserv::FieldNames", "Product")},
        {"/support", QT_TRANSLATE_NOOP("proserv::FieldNames", "Support")},
        {"/pricing", QT_TRANSLATE_NOOP("proserv::FieldNames", "Pricing")},
        {"/serviceTerms", QT_TRANSLATE_NOOP("proserv::FieldNames", "Service terms")},
        {"/architecture", QT_TRANSLATE_NOOP("proserv::FieldNames", "Architecture")},
        {"/visibility", QT_TRANSLATE_NOOP("proserv::FieldNames", "Visibility")},
        {"/attestations", QT_TRANSLATE_NOOP("proserv::FieldNames", "Attestations")},
        {"/submission", QT_TRANSLATE_NOOP("proserv::FieldNames", "Submission")},
        {"/offer", QT_TRANSLATE_NOOP("proserv::FieldNames", "Offer")},
        {"/buyers", QT_TRANSLATE_NOOP("proserv::FieldNames", "Buyers")},
        {"/terms", QT_TRANSLATE_NOOP("proserv::FieldNames", "Terms")},
        {"/availability", QT_TRANSLATE_NOOP("proserv::FieldNames", "Availability")},
        {"/formatVersion", QT_TRANSLATE_NOOP("proserv::FieldNames", "Format version")},
        {"/kind", QT_TRANSLATE_NOOP("proserv::FieldNames", "Document kind")},
        // The listing (ProfessionalServicesProduct@1.0)
        {"/product/productId", QT_TRANSLATE_NOOP("proserv::FieldNames", "Product ID")},
        {"/product/title", QT_TRANSLATE_NOOP("proserv::FieldNames", "Product title")},
        {"/product/sku", QT_TRANSLATE_NOOP("proserv::FieldNames", "SKU")},
        {"/product/shortDescription", QT_TRANSLATE_NOOP("proserv::FieldNames", "Short description")},
        {"/product/longDescription", QT_TRANSLATE_NOOP("proserv::FieldNames", "Long description")},
        {"/product/logoUrl", QT_TRANSLATE_NOOP("proserv::FieldNames", "Logo URL")},
        {"/product/logoFile", QT_TRANSLATE_NOOP("proserv::FieldNames", "Local logo file")},
        {"/product/highlights", QT_TRANSLATE_NOOP("proserv::FieldNames", "Highlights")},
        {"/product/searchKeywords", QT_TRANSLATE_NOOP("proserv::FieldNames", "Search keywords")},
        {"/product/categories", QT_TRANSLATE_NOOP("proserv::FieldNames", "Categories")},
        {"/product/additionalResources", QT_TRANSLATE_NOOP("proserv::FieldNames", "Additional resources"),
            QT_TRANSLATE_NOOP("proserv::FieldNames", "Additional resource %1"), "text"},
        {"/product/additionalResources/*/text", QT_TRANSLATE_NOOP("proserv::FieldNames", "Text")},
        {"/product/additionalResources/*/url", QT_TRANSLATE_NOOP("proserv::FieldNames", "URL")},
        {"/product/videoUrls", QT_TRANSLATE_NOOP("proserv::FieldNames", "Video URL")},
        {"/product/promotionalMedia", QT_TRANSLATE_NOOP("proserv::FieldNames", "Promotional media"),
            QT_TRANSLATE_NOOP("proserv::FieldNames", "Media item %1"), "title"},
        {"/product/promotionalMedia/*/type", QT_TRANSLATE_NOOP("proserv::FieldNames", "Type")},
        {"/product/promotionalMedia/*/url", QT_TRANSLATE_NOOP("proserv::FieldNames", "URL")},
        {"/product/promotionalMedia/*/title", QT_TRANSLATE_NOOP("proserv::FieldNames", "Title")},
        {"/product/promotionalMedia/*/sha256Base64", QT_TRANSLATE_NOOP("proserv::FieldNames", "Checksum")},
        {"/product/promotionalMedia/*/preview", QT_TRANSLATE_NOOP("proserv::FieldNames", "Preview image")},
        {"/product/promotionalMedia/*/thumbnail", QT_TRANSLATE_NOOP("proserv::FieldNames", "Thumbnail")},
        {"/product/supportDescription", QT_TRANSLATE_NOOP("proserv::FieldNames", "Support description")},
        {"/product/supportResources", QT_TRANSLATE_NOOP("proserv::FieldNames", "Support resources")},
        {"/support/contacts", QT_TRANSLATE_NOOP("proserv::FieldNames", "Support contacts")},
        {"/support/contacts/email", QT_TRANSLATE_NOOP("proserv::FieldNames", "Support email")},
        {"/support/contacts/phone", QT_TRANSLATE_NOOP("proserv::FieldNames", "Support phone")},
        {"/support/contacts/url", QT_TRANSLATE_NOOP("proserv::FieldNames", "Support URL")},
        {"/support/levelOfSupport", QT_TRANSLATE_NOOP("proserv::FieldNames", "Level of support")},
        {"/support/prePurchaseSupport", QT_TRANSLATE_NOOP("proserv::FieldNames", "Pre-purchase support")},
        {"/support/postPurchaseSupport", QT_TRANSLATE_NOOP("proserv::FieldNames", "Post-purchase support")},
        {"/support/refundPolicy", QT_TRANSLATE_NOOP("proserv::FieldNames", "Refund policy")},
        {"/support/accessMethod", QT_TRANSLATE_NOOP("proserv::FieldNames", "Access method")},
        {"/support/responseTimeBusinessDays", QT_TRANSLATE_NOOP("proserv::FieldNames", "Response time")},
        {"/support/accessPendingEmail", QT_TRANSLATE_NOOP("proserv::FieldNames", "Access pending email")},
        {"/support/accessGrantedEmail", QT_TRANSLATE_NOOP("proserv::FieldNames", "Access granted email")},
        {"/pricing/dimensions", QT_TRANSLATE_NOOP("proserv::FieldNames", "Pricing dimensions"),
            QT_TRANSLATE_NOOP("proserv::FieldNames", "Pricing dimension %1"), "key"},
        {"/pricing/dimensions/*/key", QT_TRANSLATE_NOOP("proserv::FieldNames", "Key")},
        {"/pricing/dimensions/*/name", QT_TRANSLATE_NOOP("proserv::FieldNames", "Name")},
        {"/pricing/dimensions/*/description", QT_TRANSLATE_NOOP("proserv::FieldNames", "Description")},
        {"/pricing/dimensions/*/unit", QT_TRANSLATE_NOOP("proserv::FieldNames", "Unit")},
        {"/pricing/dimensions/*/types", QT_TRANSLATE_NOOP("proserv::FieldNames", "Types")},
        {"/pricing/dimensions/*/service", QT_TRANSLATE_NOOP("proserv::FieldNames", "Service billed")},
        {"/serviceTerms/url", QT_TRANSLATE_NOOP("proserv::FieldNames", "Service terms URL")},
        {"/serviceTerms/text", QT_TRANSLATE_NOOP("proserv::FieldNames", "Service terms text")},
        {"/architecture/relatedProducts", QT_TRANSLATE_NOOP("proserv::FieldNames", "Related products")},
        {"/architecture/needsCustomerResources", QT_TRANSLATE_NOOP("proserv::FieldNames", "Customer account")},
        {"/architecture/provisioning", QT_TRANSLATE_NOOP("proserv::FieldNames", "Provisioning")},
        {"/architecture/provisionedServices", QT_TRANSLATE_NOOP("proserv::FieldNames", "Provisioned services")},
        {"/architecture/iamPolicies", QT_TRANSLATE_NOOP("proserv::FieldNames", "IAM policies"),
            QT_TRANSLATE_NOOP("proserv::FieldNames", "IAM policy %1"), "name"},
        {"/architecture/iamPolicies/*/name", QT_TRANSLATE_NOOP("proserv::FieldNames", "Name")},
        {"/architecture/iamPolicies/*/document", QT_TRANSLATE_NOOP("proserv::FieldNames", "Policy document")},
        {"/architecture/deploymentDescription", QT_TRANSLATE_NOOP("proserv::FieldNames", "Deployment description")},
        {"/architecture/deploysAgent", QT_TRANSLATE_NOOP("proserv::FieldNames", "Agent")},
        {"/architecture/agentInstructions", QT_TRANSLATE_NOOP("proserv::FieldNames", "Agent instructions")},
        {"/visibility/buyerAccounts", QT_TRANSLATE_NOOP("proserv::FieldNames", "Buyer accounts")},
        {"/attestations/registeredPaidSeller", QT_TRANSLATE_NOOP("proserv::FieldNames", "Paid seller")},
        {"/attestations/logoIsOriginal", QT_TRANSLATE_NOOP("proserv::FieldNames", "Logo")},
        {"/attestations/subscriberDataPerSellerTerms", QT_TRANSLATE_NOOP("proserv::FieldNames", "Subscriber data")},
        {"/attestations/billedThroughMarketplace", QT_TRANSLATE_NOOP("proserv::FieldNames", "Billing")},
        {"/submission/changeSetName", QT_TRANSLATE_NOOP("proserv::FieldNames", "Change set name")},
        {"/submission/intent", QT_TRANSLATE_NOOP("proserv::FieldNames", "Intent")},
        {"/submission/targetVisibility", QT_TRANSLATE_NOOP("proserv::FieldNames", "Target visibility")},
        {"/submission/replacementProductId", QT_TRANSLATE_NOOP("proserv::FieldNames", "Replacement product ID")},
        {"/acceptedVersion", QT_TRANSLATE_NOOP("proserv::FieldNames", "Accepted version")},
        // The private offer (Offer@1.0)
        {"/offer/name", QT_TRANSLATE_NOOP("proserv::FieldNames", "Offer name")},
        {"/offer/description", QT_TRANSLATE_NOOP("proserv::FieldNames", "Internal description")},
        {"/offer/offerId", QT_TRANSLATE_NOOP("proserv::FieldNames", "Offer ID")},
        {"/buyers/accounts", QT_TRANSLATE_NOOP("proserv::FieldNames", "Buyer accounts")},
        {"/buyers/countries", QT_TRANSLATE_NOOP("proserv::FieldNames", "Countries")},
        {"/pricing/model", QT_TRANSLATE_NOOP("proserv::FieldNames", "Payment")},
        {"/pricing/currency", QT_TRANSLATE_NOOP("proserv::FieldNames", "Currency")},
        {"/pricing/prices", QT_TRANSLATE_NOOP("proserv::FieldNames", "Upfront prices"),
            QT_TRANSLATE_NOOP("proserv::FieldNames", "Upfront price %1"), "dimensionKey"},
        {"/pricing/prices/*/dimensionKey", QT_TRANSLATE_NOOP("proserv::FieldNames", "Dimension key")},
        {"/pricing/prices/*/price", QT_TRANSLATE_NOOP("proserv::FieldNames", "Price")},
        {"/pricing/grants", QT_TRANSLATE_NOOP("proserv::FieldNames", "Granted dimensions"),
            QT_TRANSLATE_NOOP("proserv::FieldNames", "Granted dimension %1"), "dimensionKey"},
        {"/pricing/grants/*/dimensionKey", QT_TRANSLATE_NOOP("proserv::FieldNames", "Dimension key")},
        {"/pricing/grants/*/quantity", QT_TRANSLATE_NOOP("proserv::FieldNames", "Quantity")},
        {"/pricing/schedule", QT_TRANSLATE_NOOP("proserv::FieldNames", "Payment schedule"),
            QT_TRANSLATE_NOOP("proserv::FieldNames", "Payment %1"), "chargeDate"},
        {"/pricing/schedule/*/chargeDate", QT_TRANSLATE_NOOP("proserv::FieldNames", "Date")},
        {"/pricing/schedule/*/amount", QT_TRANSLATE_NOOP("proserv::FieldNames", "Amount")},
        {"/pricing/zeroPricesConfirmed", QT_TRANSLATE_NOOP("proserv::FieldNames", "Zero prices")},
        {"/terms/legalDocument", QT_TRANSLATE_NOOP("proserv::FieldNames", "Legal terms")},
        {"/terms/eulaUrl", QT_TRANSLATE_NOOP("proserv::FieldNames", "EULA URL")},
        {"/terms/refundPolicy", QT_TRANSLATE_NOOP("proserv::FieldNames", "Refund policy")},
        {"/availability/acceptBy", QT_TRANSLATE_NOOP("proserv::FieldNames", "Accept by")},
        {"/availability/agreementDuration", QT_TRANSLATE_NOOP("proserv::FieldNames", "Agreement duration")},
        {"/submission/release", QT_TRANSLATE_NOOP("proserv::FieldNames", "Release")},
        {"/product/listingFile", QT_TRANSLATE_NOOP("proserv::FieldNames", "Listing file")},
        {"/product/dimensions", QT_TRANSLATE_NOOP("proserv::FieldNames", "Product dimensions"),
            QT_TRANSLATE_NOOP("proserv::FieldNames", "Product dimension %1"), "key"},
        {"/product/dimensions/*/key", QT_TRANSLATE_NOOP("proserv::FieldNames", "Key")},
        {"/product/dimensions/*/name", QT_TRANSLATE_NOOP("proserv::FieldNames", "Name")},
        {"/pricing/fixedUpfrontPrice", QT_TRANSLATE_NOOP("proserv::FieldNames", "Fixed upfront price")},
        {"/pricing/scheduleCurrency", QT_TRANSLATE_NOOP("proserv::FieldNames", "Schedule currency")},
        {"/terms/standardContractVersion", QT_TRANSLATE_NOOP("proserv::FieldNames", "Standard contract version")},
        {"/availability/agreementEndDate", QT_TRANSLATE_NOOP("proserv::FieldNames", "Agreement end date")},
        {"/submission/changeSetTags", QT_TRANSLATE_NOOP("proserv::FieldNames", "Change set tags")},
        {"/submission/releaseDetails", QT_TRANSLATE_NOOP("proserv::FieldNames", "Release details")},
        {"/submission/changes", QT_TRANSLATE_NOOP("proserv::FieldNames", "Changes at AWS")},
        {"/submission/releaseProduct", QT_TRANSLATE_NOOP("proserv::FieldNames", "Release product")},
        {"/submission/requestOrder", QT_TRANSLATE_NOOP("proserv::FieldNames", "Order of the changes")},
    };
    return names;
}

QString translatedName(const char* source)
{
    return QCoreApplication::translate("proserv::FieldNames", source);
}

// proserv-check names every finding of a batch: one hash lookup per segment.
const FieldName* nameOf(const std::string& pattern)
{
    static const std::unordered_map<std::string, const FieldName*> byPattern = [] {
        std::unordered_map<std::string, const FieldName*> map;
        for (const FieldName& name : fieldNames())
            map.emplace(name.pattern, &name);
        return map;
    }();
    const auto found = byPattern.find(pattern);
    return found == byPattern.end() ? nullptr : found->second;
}

// A list index: digits only, no leading zero ("01" is a key, not an index).
bool isIndex(const std::string& segment)
{
    return !segment.empty() && segment.size() <= 9 && segment.find_first_not_of("0123456789") == std::string::npos
        && (segment == "0" || segment[0] != '0');
}

// "responseTimeBusinessDays" → "Response time business days": a key no table
// names, spelled out.
QString spelledOut(const std::string& segment)
{
    QString words;
    const QString key = QString::fromStdString(segment);
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key[i];
        if (c == QLatin1Char('_') || c == QLatin1Char('-')) {
            words += QLatin1Char(' ');
            continue;
        }
        if (c.isUpper() && i > 0 && !key[i - 1].isUpper())
            words += QLatin1Char(' ');
        words += words.isEmpty() ? c.toUpper() : (c.isUpper() && i + 1 < key.size() && key[i + 1].isLower() ? c.toLower() : c);
    }
    words.replace(QLatin1Char('/'), QLatin1Char(' ')); // "~1" unescaped: never a '/' in a name
    return words.trimmed().isEmpty() ? QStringLiteral("\"%1\"").arg(key) : words.trimmed();
}

// The row's own short name ("mra-enterprise"), when the document has one.
QString rowKeyOf(const Json* document, const std::string& rowPointer, const char* keyField)
{
    if (!document || !keyField)
        return {};
    try {
        const Json& row = document->at(Json::json_pointer(rowPointer));
        const auto it = row.find(keyField);
        if (it == row.end() || !it->is_string() || it->get_ref<const std::string&>().empty())
            return {};
        QString key = QString::fromStdString(it->get<std::string>()).simplified();
        if (key.size() > 40)
            key = key.left(39) + QChar(0x2026);
        return key;
    } catch (const std::exception&) {
        return {};
    }
}

} // namespace

QString fieldNameForPeople(const std::string& pointer, const Json* document)
{
    if (pointer.empty())
        return QCoreApplication::translate("proserv::FieldNames", "The whole document");
    // Split into unescaped segments (RFC 6901: "~1" is '/', "~0" is '~').
    std::vector<std::string> segments;
    std::size_t from = pointer[0] == '/' ? 1 : 0;
    while (from <= pointer.size()) {
        const std::size_t slash = pointer.find('/', from);
        std::string segment = pointer.substr(from, slash == std::string::npos ? std::string::npos : slash - from);
        for (std::size_t at = 0; (at = segment.find('~', at)) != std::string::npos; ++at)
            if (at + 1 < segment.size() && (segment[at + 1] == '1' || segment[at + 1] == '0'))
                segment.replace(at, 2, segment[at + 1] == '1' ? "/" : "~");
        segments.push_back(std::move(segment));
        if (slash == std::string::npos)
            break;
        from = slash + 1;
    }

    QString name;
    std::string pattern; // "/pricing/dimensions/*/name"
    std::string concrete; // "/pricing/dimensions/1/name"
    bool afterRow = false; // the previous segment named a row of records
    for (const std::string& segment : segments) {
        const bool index = isIndex(segment);
        const std::string next = pattern + "/" + (index ? std::string("*") : segment);
        std::string escaped = segment;
        for (std::size_t at = 0; (at = escaped.find_first_of("~/", at)) != std::string::npos; at += 2)
            escaped.replace(at, 1, escaped[at] == '~' ? "~0" : "~1");
        concrete += "/" + escaped;
        if (index) {
            const int number = std::stoi(segment) + 1;
            const FieldName* list = nameOf(pattern);
            if (list && list->row) {
                name = translatedName(list->row).arg(number);
                const QString key = rowKeyOf(document, concrete, list->rowKey);
                if (!key.isEmpty())
                    name = QCoreApplication::translate("proserv::FieldNames", "%1 (%2)").arg(name, key);
                afterRow = true;
            } else {
                name = QCoreApplication::translate("proserv::FieldNames", "%1, item %2")
                           .arg(name.isEmpty() ? QCoreApplication::translate("proserv::FieldNames", "List") : name)
                           .arg(number);
                afterRow = false;
            }
        } else if (const FieldName* field = nameOf(next)) {
            name = afterRow ? QCoreApplication::translate("proserv::FieldNames", "%1: %2")
                                  .arg(name, translatedName(field->label))
                            : translatedName(field->label);
            afterRow = false;
        } else {
            const QString words = spelledOut(segment);
            name = name.isEmpty() ? words : QStringLiteral("%1 › %2").arg(name, words);
            afterRow = false;
        }
        pattern = next;
    }
    return name;
}

} // namespace proserv
