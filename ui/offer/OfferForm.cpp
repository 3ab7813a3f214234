#include "ui/offer/OfferForm.h"

#include "model/Offer.h"
#include "ui/document/OfferDocument.h"
#include "ui/form/FieldBindings.h"
#include "ui/form/FieldBlock.h"
#include "ui/form/FormPage.h"
#include "ui/form/ListEditors.h"

#include <QComboBox>
#include <QLineEdit>

namespace proserv {

OfferForm::OfferForm(OfferDocument* document, QWidget* parent) : DocumentForm(document, parent)
{
    auto offer = std::make_unique<FormPage>(document, tr("Offer"),
        tr("What the buyer's whole organisation sees on the agreement, and your own note on it."));
    offer->line(tr("Offer &name"), tr("Shown to the buyer on the offer and the agreement. No personal data."),
        "/offer/name", 150);
    offer->text(tr("&Internal description"), tr("For your team only; buyers never see it."), "/offer/description",
        255, 3);
    offer->line(tr("&Product ID"), tr("The product this offer sells, as AWS Marketplace holds it (prod-…)."),
        "/product/productId");
    offer->line(tr("Offer I&D"), tr("Only for an offer AWS Marketplace already holds (offer-…); empty for a new one."),
        "/offer/offerId");
    offer->finish();

    auto buyers = std::make_unique<FormPage>(document, tr("Buyers"),
        tr("Every professional services offer is private: name the buyer's AWS accounts."));
    buyers->list(tr("Buyer &accounts"), tr("1 to 26 AWS account IDs, 12 digits each."), "/buyers/accounts",
        tr("account"));
    buyers->list(tr("&Countries"), tr("Optional: ISO 3166-1 codes (US, DE, JP) the buyer must be in."),
        "/buyers/countries", tr("country"));
    buyers->finish();

    auto pricing = std::make_unique<FormPage>(document, tr("Pricing"),
        tr("Upfront: a price per dimension for the whole agreement. Installments: the dimensions granted, and "
           "dated payments."));
    pricing->choice(tr("&Payment"), tr("How the buyer pays."), "/pricing/model",
        {{tr("Upfront"), QString::fromLatin1(kUpfrontPricing)},
            {tr("Installments"), QString::fromLatin1(kInstallmentPricing)}});
    pricing->choice(tr("C&urrency"), tr("One currency for the whole offer."), "/pricing/currency",
        {{QStringLiteral("USD"), QStringLiteral("USD")}, {QStringLiteral("EUR"), QStringLiteral("EUR")},
            {QStringLiteral("GBP"), QStringLiteral("GBP")}, {QStringLiteral("AUD"), QStringLiteral("AUD")},
            {QStringLiteral("JPY"), QStringLiteral("JPY")}});
    pricing->table(tr("Upfront p&rices"), tr("A price per product dimension, up to 3 decimals, no currency sign."),
        "/pricing/prices", tr("price"), {{QStringLiteral("dimensionKey"), tr("Dimension key")},
                                           {QStringLiteral("price"), tr("Price")}},
        R"({"dimensionKey": "", "price": ""})");
    pricing->table(tr("&Granted dimensions"), tr("Installments: the dimensions the payments pay for."),
        "/pricing/grants", tr("dimension"),
        {{QStringLiteral("dimensionKey"), tr("Dimension key")},
            {QStringLiteral("quantity"), tr("Quantity"), false, 90, true}},
        R"({"dimensionKey": "", "quantity": 1})");
    pricing->table(tr("Payment &schedule"),
        tr("Installments: up to 60 payments, dates as YYYY-MM-DD, amounts up to 2 decimals."), "/pricing/schedule",
        tr("payment"), {{QStringLiteral("chargeDate"), tr("Date")}, {QStringLiteral("amount"), tr("Amount")}},
        R"({"chargeDate": "", "amount": ""})");
    pricing->check(tr("&Zero prices"), tr("I mean to offer a price of 0"),
        tr("The portal's \"enable zero dollar prices\"."), "/pricing/zeroPricesConfirmed");
    pricing->finish();

    auto terms = std::make_unique<FormPage>(document, tr("Terms"), tr("The contract and the refund policy."));
    terms->choice(tr("&Legal terms"), tr("AWS's standard contract (2022-07-14) or your own EULA."),
        "/terms/legalDocument",
        {{tr("AWS standard contract"), QString::fromLatin1(kStandardContract)},
            {tr("Custom EULA"), QString::fromLatin1(kCustomEula)}});
    terms->line(tr("&EULA URL"), tr("Custom EULA: a public or presigned https Amazon S3 URL."), "/terms/eulaUrl");
    terms->text(tr("&Refund policy"), tr("How the buyer requests a refund. Plain ASCII, up to 500 characters."),
        "/terms/refundPolicy", 500, 4);
    terms->finish();

    auto availability = std::make_unique<FormPage>(document, tr("Availability"),
        tr("How long the buyer can accept, and how long the agreement lasts."));
    availability->line(tr("Accept &by"), tr("The last day the buyer can accept, YYYY-MM-DD (UTC)."),
        "/availability/acceptBy");
    availability->line(tr("Agreement &duration"), tr("ISO 8601: P12M is 12 months, P1Y a year, P90D 90 days."),
        "/availability/agreementDuration");
    availability->finish();

    auto submission = std::make_unique<FormPage>(document, tr("Submission"),
        tr("The offer goes to AWS Marketplace as a change set of its own."));
    submission->check(tr("&Release"), tr("Release the offer to the buyer now"),
        tr("Unticked, the offer stays a draft in AWS Marketplace for you to review before releasing it."),
        "/submission/release");
    submission->line(tr("Change set &name"),
        tr("How the request is named in AWS Marketplace; empty: made from the offer's name."),
        "/submission/changeSetName");
    submission->finish();

    m_pages.push_back(std::move(offer));
    m_pages.push_back(std::move(buyers));
    m_pages.push_back(std::move(pricing));
    m_pages.push_back(std::move(terms));
    m_pages.push_back(std::move(availability));
    m_pages.push_back(std::move(submission));
    finishPages();
    connect(document, &FieldDocument::fieldChanged, this, &OfferForm::showPaymentModel);
    showPaymentModel();
}

// The Pricing page shows the tables of the chosen payment model; a table of
// the other model stays in sight while it holds something (its findings say
// why it does not belong).
void OfferForm::showPaymentModel()
{
    const bool installments = m_document->fieldValue("/pricing/model") == Json(kInstallmentPricing);
    auto show = [this](const char* pointer, bool wanted) {
        FieldBinding* binding = bindingFor(pointer);
        if (!binding || !binding->block())
            return;
        const std::optional<Json> rows = m_document->fieldValue(pointer);
        binding->block()->setVisible(wanted || (rows && !rows->empty()));
    };
    show("/pricing/prices", !installments);
    show("/pricing/grants", installments);
    show("/pricing/schedule", installments);
}

QString OfferForm::typeName() const
{
    return tr("Private offer");
}

std::string OfferForm::firstField() const
{
    return "/offer/name";
}

} // namespace proserv
