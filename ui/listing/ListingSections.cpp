#include "ui/listing/ListingSections.h"
#include "model/FieldPointers.h"

#include "model/Categories.h"
#include "model/ChangeSetExport.h"
#include "model/SubmissionFields.h"
#include "model/SupportComposer.h"
#include "qtsupport/Translation.h"
#include "ui/form/CompositeEditors.h"
#include "ui/listing/ListingEditors.h"
#include "ui/form/FieldBindings.h"
#include "ui/form/FieldBlock.h"
#include "ui/form/FormPage.h"
#include "ui/form/JsonHighlighter.h"
#include "ui/document/ListingDocument.h"
#include "ui/listing/ListingForm.h"
#include "ui/form/UserPrompts.h"

#include "model/JsonFields.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

namespace proserv {

namespace {

// The counts and lengths help texts state: the field table's (model/SubmissionFields.cpp).
const FieldLimits& limitsOf(const char* pattern)
{
    return fieldRow(pattern).limits;
}

// A combo box entry for an enum value: its display name and its native spelling.
template <class Enum>
QPair<QString, QString> choiceOf(Enum value, QString (*name)(Enum))
{
    return {name(value), QString::fromLatin1(toString(value))};
}

// The draft's support fields are the seller's aid; buyers see only the support
// description. Writes them into it on request, asking before it replaces text.
void composeSupport(ListingDocument* doc, QWidget* parent)
{
    const QString composed = QString::fromStdString(composeSupportDescription(doc->listing().support));
    if (composed.isEmpty()) {
        UserPrompts::inform(parent, QMessageBox::Information, QObject::tr("Nothing to compose"),
            QObject::tr("Fill in the support contacts, level of support or pre- and post-purchase "
                        "support first."));
        return;
    }
    const QString current = QString::fromStdString(doc->listing().product.supportDescription);
    QString next = composed;
    if (!current.trimmed().isEmpty()) {
        const int choice = UserPrompts::choose(parent, QObject::tr("Replace the support description?"),
            QObject::tr("The support description already has text. Replace it with the composed text, or add the "
                        "composed text after it?"),
            {QObject::tr("&Replace"), QObject::tr("&Add After"), QObject::tr("Cancel")}, 1);
        if (choice == 0)
            next = composed;
        else if (choice == 1)
            next = current + QStringLiteral("\n\n") + composed;
        else
            return;
    }
    doc->setField(field::productSupportDescription, next.toStdString(), QObject::tr("Compose support description"));
}

std::unique_ptr<FormPage> productPage(ListingDocument* doc)
{
    auto page = std::make_unique<FormPage>(
        doc, QObject::tr("Product"), QObject::tr("What buyers see first on the product page."));
    page->line(QObject::tr("Product &title"), QObject::tr("Unique in AWS Marketplace."), field::productTitle);
    page->line(QObject::tr("&SKU"), QObject::tr("Optional, for your own records."), field::productSku);
    page->text(QObject::tr("Sh&ort description"), QObject::tr("One or two sentences shown in search results."),
        field::productShortDescription, 0, 3);

    auto* markdown = new MarkdownEditor;
    markdown->editor()->setObjectName(QLatin1String(field::productLongDescription));
    FieldBlock* longBlock = page->addBlock(QObject::tr("&Long description"),
        QObject::tr("Markdown. Value propositions, key features, links to documentation and, if you work in the "
                    "customer's account, who pays the AWS infrastructure charges."),
        markdown);
    longBlock->setFocusTarget(markdown->editor());
    markdown->editor()->setAccessibleName(QObject::tr("Long description"));
    page->addBinding(new TextEditBinding(doc, field::productLongDescription, longBlock, markdown->editor()));

    page->line(
        QObject::tr("Logo &URL"), QObject::tr("Public https URL of a PNG, JPEG or GIF logo."), field::productLogoUrl);
    auto* logo = new LogoPicker(doc);
    logo->pathEdit()->setObjectName(QLatin1String(field::productLogoFile));
    FieldBlock* logoBlock = page->addBlock(QObject::tr("Lo&cal logo file"),
        QObject::tr("Optional: the same logo on disk, to check its format, size (under 5 MB) and dimensions "
                    "(110–10,000 px)."),
        logo);
    logoBlock->setFocusTarget(logo->pathEdit());
    logo->pathEdit()->setAccessibleName(QObject::tr("Local logo file"));
    page->addBinding(new LineEditBinding(doc, field::productLogoFile, logoBlock, logo->pathEdit(), 0));

    page->list(QObject::tr("&Highlights"),
        QObject::tr("%1 to %2 key features, up to %3 characters each.")
            .arg(limitsOf(field::productHighlights).minItems)
            .arg(limitsOf(field::productHighlights).maxItems)
            .arg(limitsOf(field::productHighlights).maxChars),
        field::productHighlights, QObject::tr("highlight"));
    page->list(QObject::tr("Search &keywords"),
        QObject::tr("Up to %1 keywords, 250 characters together.").arg(limitsOf(field::productSearchKeywords).portalMaxItems),
        field::productSearchKeywords, QObject::tr("keyword"));
    page->table(QObject::tr("Additional &resources"),
        QObject::tr("Up to %1 links to documentation, data sheets or guides.")
            .arg(limitsOf(field::productAdditionalResources).maxItems),
        field::productAdditionalResources,
        QObject::tr("resource"),
        {{QStringLiteral("text"), QObject::tr("Text"), false, 260},
            {QStringLiteral("url"), QObject::tr("URL"), false, 0}},
        R"({"text": "", "url": "https://"})");
    page->list(QObject::tr("&Video URL"), QObject::tr("At most one public video link about the service."),
        field::productVideoUrls, QObject::tr("video URL"));
    page->table(QObject::tr("Promotional &media"),
        QObject::tr("Images or videos (Type: Image or Video), each with a title."), field::productPromotionalMedia,
        QObject::tr("media item"),
        {{QStringLiteral("type"), QObject::tr("Type"), false, 70},
            {QStringLiteral("title"), QObject::tr("Title"), false, 200},
            {QStringLiteral("url"), QObject::tr("URL"), false, 0}},
        R"({"type": "Image", "url": "https://", "title": ""})");
    page->line(QObject::tr("Existing product &ID"),
        QObject::tr("Leave empty for a new product; set it to update a published one (prod-…)."), field::productProductId);
    page->finish();
    return page;
}

std::unique_ptr<FormPage> categoriesPage(ListingDocument* doc)
{
    auto page = std::make_unique<FormPage>(doc, QObject::tr("Categories"),
        QObject::tr("Choose %1 to %2 categories. At least one must be a professional services category: "
                    "Assessments, Implementation, Managed Services, Premium Support or Training. Add another "
                    "category that describes the area of your service, for example Migration or Security.")
            .arg(limitsOf(field::productCategories).minItems)
            .arg(limitsOf(field::productCategories).maxItems));
    StringListEditor* categories = page->list(QObject::tr("&Categories"),
        QObject::tr("Pick from the list or type a name; known names are exported in AWS Marketplace's "
                    "spelling."),
        field::productCategories, QObject::tr("category"));
    QStringList known;
    for (const std::string& name : knownCategories())
        known << QString::fromStdString(name);
    categories->setSuggestions(known, static_cast<int>(professionalServicesCategories().size()));
    page->finish();
    return page;
}

// The API's dimension types, the professional services one first.
QStringList dimensionTypeChoices()
{
    QStringList choices;
    for (const std::string& type : dimensionTypeValues())
        choices << QString::fromStdString(type);
    return choices;
}

std::unique_ptr<FormPage> pricingPage(ListingDocument* doc)
{
    auto page = std::make_unique<FormPage>(doc, QObject::tr("Pricing dimensions"),
        QObject::tr("%1 to %2 packages or units of your service. Prices are set later, in private offers.")
            .arg(limitsOf(field::pricingDimensions).minItems)
            .arg(limitsOf(field::pricingDimensions).maxItems));
    page->setWide();
    page->table(QObject::tr("&Dimensions"),
        QObject::tr("Key: letters, digits, '_', '.', '-'. Service: which service of this listing the "
                    "dimension bills."),
        field::pricingDimensions, QObject::tr("dimension"),
        {{QStringLiteral("key"), QObject::tr("Key"), false, 125},
            {QStringLiteral("name"), QObject::tr("Name"), false, 180},
            {QStringLiteral("description"), QObject::tr("Description"), false, 0},
            {QStringLiteral("service"), QObject::tr("Service billed"), false, 190},
            {QStringLiteral("unit"), QObject::tr("Unit"), false, 70, false, {QString::fromLatin1(kDefaultDimensionUnit)}},
            {QStringLiteral("types"), QObject::tr("Types"), true, 95, false, dimensionTypeChoices()}},
        Json {{"key", ""}, {"name", ""}, {"description", ""}, {"unit", kDefaultDimensionUnit},
            {"types", Json::array({kProfessionalServicesDimensionType})}, {"service", ""}}
            .dump());
    page->setFillsHeight(page->bindings().back()->block());
    page->finish();
    return page;
}

std::unique_ptr<FormPage> supportPage(ListingDocument* doc)
{
    auto page = std::make_unique<FormPage>(
        doc, QObject::tr("Support & fulfilment"), QObject::tr("How customers get the service and get help."));
    QPlainTextEdit* description = page->text(QObject::tr("Support &description"),
        QObject::tr("Shown on the product page, and the only support text AWS Marketplace receives: how "
                    "to reach support, the level of support, pre- and post-purchase support."),
        field::productSupportDescription, 0, 5);
    auto* compose = new QPushButton(QObject::tr("Co&mpose from Support Details…"));
    compose->setObjectName(QStringLiteral("composeSupportDescription"));
    compose->setToolTip(QObject::tr("Write the contacts, level of support and pre- and post-purchase support "
                                    "below into the support description (one undoable step)."));
    page->bindings().back()->block()->addFooterWidget(compose);
    QObject::connect(
        compose, &QPushButton::clicked, description, [doc, description] { composeSupport(doc, description); });
    page->list(QObject::tr("Support resour&ces"), QObject::tr("Links to support pages, sent with the description."),
        field::productSupportResources, QObject::tr("support resource"));
    page->line(QObject::tr("Support &email"), QString(), field::supportContactsEmail);
    page->line(QObject::tr("Support &phone"), QObject::tr("With country code, e.g. +1 206 555 0100."),
        field::supportContactsPhone);
    page->line(QObject::tr("Support &URL"), QObject::tr("An https page where customers ask for help."),
        field::supportContactsUrl);
    page->text(QObject::tr("&Level of support"),
        QObject::tr("Hours, channels and response times customers can expect."), field::supportLevelOfSupport, 0, 3);
    page->text(QObject::tr("&Pre-purchase support"), QObject::tr("How buyers get answers before subscribing."),
        field::supportPrePurchaseSupport, 0, 3);
    page->text(QObject::tr("P&ost-purchase support"), QObject::tr("The support included after subscribing."),
        field::supportPostPurchaseSupport, 0, 3);
    page->text(QObject::tr("&Refund policy"), QString(), field::supportRefundPolicy, 0, 3);
    page->choice(QObject::tr("&Access"), QObject::tr("How a new subscriber gets the service."), field::supportAccessMethod,
        {choiceOf(AccessMethod::SellerContacts, accessMethodName),
            choiceOf(AccessMethod::Immediate, accessMethodName)});
    page->optionalNumber(QObject::tr("Response t&ime"),
        QObject::tr("Business days until the customer has access or is contacted (at most 2)."),
        field::supportResponseTimeBusinessDays, 30,
        [](int days) { return QObject::tr(" business day(s)", "after the number of days", days); });
    page->text(QObject::tr("Access &pending email"),
        QObject::tr("Sent when access is not immediate: say when access will be granted."),
        field::supportAccessPendingEmail, 0, 4);
    page->text(QObject::tr("Access &granted email"), QObject::tr("Confirms access, with clear next steps."),
        field::supportAccessGrantedEmail, 0, 4);
    page->finish();
    return page;
}

std::unique_ptr<FormPage> termsPage(ListingDocument* doc)
{
    auto page = std::make_unique<FormPage>(
        doc, QObject::tr("Service terms"), QObject::tr("Clear and straightforward terms: give a URL or the text."));
    page->line(QObject::tr("Service terms &URL"), QString(), field::serviceTermsUrl);
    page->text(QObject::tr("Service terms &text"), QString(), field::serviceTermsText, 0, 10);
    page->finish();
    return page;
}

std::unique_ptr<FormPage> architecturePage(ListingDocument* doc)
{
    auto page = std::make_unique<FormPage>(doc, QObject::tr("Architecture"),
        QObject::tr("The AWS Marketplace products your service relates to, and "
                    "what you deploy in the customer's AWS account."));
    page->list(QObject::tr("&Related products"),
        QObject::tr("%1 to %2 public AWS Marketplace product IDs (prod-…).")
            .arg(limitsOf(field::architectureRelatedProducts).minItems)
            .arg(limitsOf(field::architectureRelatedProducts).maxItems),
        field::architectureRelatedProducts, QObject::tr("product ID"));
    page->check(QObject::tr("Customer account"),
        QObject::tr("The service needs &resources in the customer's AWS account"), QString(),
        field::architectureNeedsCustomerResources);
    page->choice(QObject::tr("&Provisioning"), QObject::tr("How you get access to the customer's account."),
        field::architectureProvisioning,
        {choiceOf(Provisioning::Unspecified, provisioningName),
            choiceOf(Provisioning::StsRoleAssumption, provisioningName),
            choiceOf(Provisioning::IamRole, provisioningName), choiceOf(Provisioning::IamUser, provisioningName),
            choiceOf(Provisioning::SharedAccessKeys, provisioningName)});
    page->list(QObject::tr("Provisioned AWS &services"), QString(), field::architectureProvisionedServices,
        QObject::tr("service"));

    RecordTableEditor* policies = page->table(QObject::tr("&IAM policies"),
        QObject::tr("Every policy your role or user needs; select one to edit it below."), field::architectureIamPolicies,
        QObject::tr("policy"), {{QStringLiteral("name"), QObject::tr("Policy name"), false, 0}},
        R"({"name": "", "document": "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n  ]\n}"})");
    policies->table()->setMinimumHeight(policies->table()->fontMetrics().height() * 6);
    auto* json = new QPlainTextEdit;
    json->setObjectName(QStringLiteral("iamPolicyDocument"));
    json->setTabChangesFocus(true);
    showAsCode(json);
    json->setMinimumHeight(json->fontMetrics().lineSpacing() * 14);
    new JsonHighlighter(json->document());
    FieldBlock* jsonBlock = page->addBlock(QObject::tr("Policy &document"),
        QObject::tr("JSON, Version 2012-10-17. Errors show with line and column."), json);
    auto* jsonBinding = new TextEditBinding(doc, std::string(field::architectureIamPolicies) + "/0/document", jsonBlock, json, 0);
    page->addBinding(jsonBinding);
    new PolicyDocumentFollower(policies, json, jsonBinding, doc);

    page->text(QObject::tr("Role or user &deployment"),
        QObject::tr("How the IAM role or user is deployed and used in the customer's account."),
        field::architectureDeploymentDescription, 0, 4);
    page->check(
        QObject::tr("Agent"), QObject::tr("The service deploys an &agent"), QString(), field::architectureDeploysAgent);
    page->text(QObject::tr("Agent &instructions"), QObject::tr("How customers deploy the agent in their AWS account."),
        field::architectureAgentInstructions, 0, 4);
    page->finish();
    return page;
}

std::unique_ptr<FormPage> visibilityPage(ListingDocument* doc)
{
    auto page = std::make_unique<FormPage>(doc, QObject::tr("Visibility"),
        QObject::tr("A new product is Limited: only the AWS accounts listed here can see it while you test."));
    page->list(QObject::tr("&Buyer accounts"), QObject::tr("12-digit AWS account IDs."), field::visibilityBuyerAccounts,
        QObject::tr("account ID"));
    page->finish();
    return page;
}

// The change set around the listing: its name and intent, and the
// publishing steps it asks AWS Marketplace to take.
std::unique_ptr<FormPage> submissionPage(ListingDocument* doc)
{
    auto page = std::make_unique<FormPage>(doc, QObject::tr("Submission"),
        QObject::tr("How the change set is sent. A draft opened from a DescribeEntity response, or exported with "
                    "File ▸ Export Update Against…, sends only what changed since the accepted version."));
    // Which accepted version exports are computed against, and a way to drop it.
    auto* accepted = new QLabel;
    accepted->setObjectName(QStringLiteral("acceptedVersionSummary"));
    accepted->setTextFormat(Qt::PlainText); // a file name is data, never markup
    accepted->setWordWrap(true);
    FieldBlock* acceptedBlock = page->addBlock(QObject::tr("Accepted version"),
        QObject::tr("Set by opening a DescribeEntity response or by File ▸ Export Update Against…"), accepted);
    auto* forget = new QPushButton(QObject::tr("&Forget Accepted Version"));
    forget->setObjectName(QStringLiteral("forgetAcceptedVersion"));
    forget->setToolTip(QObject::tr("Export the whole listing again, as for a new product (one undoable step)."));
    acceptedBlock->addFooterWidget(forget);
    auto showAccepted = [doc, accepted, forget] {
        const AcceptedVersion& v = doc->listing().accepted;
        forget->setEnabled(v.present() && !doc->isReadOnly());
        if (!v.present()) {
            accepted->setText(QObject::tr("None: every field is exported, as for a new product."));
            return;
        }
        QStringList facts;
        if (!v.product.productId.empty())
            facts << QString::fromStdString(v.product.productId);
        if (!v.revision.empty())
            facts << QObject::tr("revision %1").arg(QString::fromStdString(v.revision));
        if (!v.visibility.empty())
            facts << QString::fromStdString(v.visibility);
        const QString source = QString::fromStdString(v.source);
        accepted->setText(
            QObject::tr("%1 (%2). Exports send only what changed since then.")
                .arg(source.isEmpty() ? QObject::tr("Unnamed file") : source, facts.join(QStringLiteral(", "))));
    };
    QObject::connect(doc, &ListingDocument::fieldChanged, accepted, [showAccepted](const QString& pointer) {
        if (pointer.isEmpty() || pointer.startsWith(QLatin1String(field::acceptedVersion)))
            showAccepted();
    });
    QObject::connect(forget, &QPushButton::clicked, doc, [doc] {
        // Every key at its default: a partial object would keep the rest.
        doc->setField(field::acceptedVersion, structToJson(AcceptedVersion {}), QObject::tr("Forget accepted version"));
    });
    showAccepted();
    QLineEdit* name = page->line(QObject::tr("Change set &name"),
        QObject::tr("Shown in the AWS Marketplace Management Portal's request list."), field::submissionChangeSetName,
        static_cast<int>(kMaxChangeSetNameLength));
    name->setPlaceholderText(QObject::tr("Derived from the title"));
    page->choice(QObject::tr("&Intent"), QObject::tr("Validate only checks the change set; nothing is changed."),
        field::submissionIntent,
        {{QObject::tr("Apply (default)"), QString()}, {QObject::tr("Apply"), QStringLiteral("APPLY")},
            {QObject::tr("Validate only"), QStringLiteral("VALIDATE")}});
    page->check(QObject::tr("Release"), QObject::tr("&Release the new product (ReleaseProduct: it becomes Limited)"),
        QObject::tr("AWS Marketplace reviews the whole listing before the product leaves Draft."),
        field::submissionReleaseProduct);
    page->choice(QObject::tr("Request &visibility"),
        QObject::tr("UpdateVisibility. Public is reviewed by AWS Marketplace Seller Operations and takes "
                    "days, not minutes."),
        field::submissionTargetVisibility,
        {{QObject::tr("No change"), QString()}, {QObject::tr("Limited"), QStringLiteral("Limited")},
            {QObject::tr("Public"), QStringLiteral("Public")},
            {QObject::tr("Restricted"), QStringLiteral("Restricted")}});
    page->line(QObject::tr("Re&placement product ID"),
        QObject::tr("Optional, when restricting: the product that replaces this one (prod-…)."),
        field::submissionReplacementProductId);
    page->finish();
    return page;
}

std::unique_ptr<FormPage> attestationsPage(ListingDocument* doc)
{
    auto page = std::make_unique<FormPage>(doc, QObject::tr("Attestations"),
        QObject::tr("The guidelines require these, but no program can check them: confirm each one."));
    page->check(QObject::tr("Paid seller"),
        QObject::tr("My AWS account is registered with AWS Marketplace as a &paid seller."), QString(),
        field::attestationsRegisteredPaidSeller);
    page->check(QObject::tr("Logo"),
        QObject::tr("My &logo is not designed to be confused with the AWS logo or any unrelated company's logo."),
        QString(), field::attestationsLogoIsOriginal);
    page->check(QObject::tr("Subscriber data"),
        QObject::tr("I use &subscriber information only as the Terms and Conditions for AWS Marketplace "
                    "Sellers allow."),
        QString(), field::attestationsSubscriberDataPerSellerTerms);
    page->check(QObject::tr("Billing"),
        QObject::tr("The service is &billed entirely through the listed dimensions on AWS Marketplace."), QString(),
        field::attestationsBilledThroughMarketplace);
    page->finish();
    return page;
}

} // namespace

void ListingSections::build(ListingForm&, ListingDocument* document, std::vector<std::unique_ptr<FormPage>>& pages)
{
    pages.push_back(productPage(document));
    pages.push_back(categoriesPage(document));
    pages.push_back(pricingPage(document));
    pages.push_back(supportPage(document));
    pages.push_back(termsPage(document));
    pages.push_back(architecturePage(document));
    pages.push_back(visibilityPage(document));
    pages.push_back(submissionPage(document));
    pages.push_back(attestationsPage(document));
}

} // namespace proserv
