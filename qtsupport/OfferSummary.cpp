#include "qtsupport/OfferSummary.h"

#include "validation/CivilDate.h"
#include "validation/OfferValidator.h"

#include <QCoreApplication>

#include <algorithm>

namespace proserv {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(OfferSummary)
};

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

QString placeholder(const std::string& text, const char* missing)
{
    return text.empty() ? Text::tr(missing) : fromStd(text);
}

// A dimension as the product names it (the copy kept in the offer), else its key.
QString dimensionName(const PrivateOffer& offer, const std::string& key)
{
    for (const OfferProductDimension& d : offer.product.dimensions)
        if (d.key == key && !d.name.empty())
            return fromStd(d.name);
    return fromStd(key);
}

// Digits after the decimal point, the most any amount has (at least 2), so
// the total shows as precisely as the prices it adds up.
int decimalsOf(const std::vector<std::string>& amounts)
{
    int most = 2;
    for (const std::string& a : amounts) {
        const std::size_t dot = a.find('.');
        if (dot != std::string::npos)
            most = std::max(most, static_cast<int>(std::min<std::size_t>(a.size() - dot - 1, 8)));
    }
    return most;
}

QString durationText(const std::string& iso)
{
    const std::optional<AgreementDuration> d = parseAgreementDuration(iso);
    if (!d)
        return fromStd(iso);
    // lupdate cannot read a cast inside tr(): the counts first.
    const int years = static_cast<int>(d->years), months = static_cast<int>(d->months), days = static_cast<int>(d->days);
    QStringList parts;
    if (years)
        parts << Text::tr("%n year(s)", nullptr, years);
    if (months)
        parts << Text::tr("%n month(s)", nullptr, months);
    if (days)
        parts << Text::tr("%n day(s)", nullptr, days);
    return parts.join(QStringLiteral(", "));
}

} // namespace

OfferBuyerView offerBuyerView(const PrivateOffer& offer)
{
    OfferBuyerView view;
    view.name = placeholder(offer.offer.name, QT_TRANSLATE_NOOP("OfferSummary", "(no offer name)"));
    const QString title = placeholder(offer.product.title, QT_TRANSLATE_NOOP("OfferSummary", "(product title not known)"));
    view.product = offer.product.productId.empty() ? title : QStringLiteral("%1 (%2)").arg(title, fromStd(offer.product.productId));

    const OfferPricing& pricing = offer.pricing;
    const QString currency = fromStd(pricing.currency);
    std::vector<std::string> amounts;
    auto roomForARow = [&view] {
        if (view.priceRows.size() + view.grantRows.size() < OfferBuyerView::kMaxRows)
            return true;
        ++view.rowsLeftOut;
        return false;
    };
    if (pricing.isInstallments()) {
        view.pricing = Text::tr("Paid in installments, in %1").arg(currency);
        view.grantColumns = QStringList {Text::tr("Dimension"), Text::tr("Quantity")};
        for (const InstallmentGrant& g : pricing.grants)
            if (roomForARow())
                view.grantRows << QStringList {dimensionName(offer, g.dimensionKey), QString::number(g.quantity)};
        view.priceColumns = QStringList {Text::tr("Charge date"), Text::tr("Amount")};
        for (const ScheduledPayment& p : pricing.schedule) {
            amounts.push_back(p.amount);
            if (roomForARow())
                view.priceRows << QStringList {fromStd(p.chargeDate), QStringLiteral("%1 %2").arg(currency, fromStd(p.amount))};
        }
    } else {
        view.pricing = Text::tr("Paid upfront for the whole contract, in %1").arg(currency);
        view.priceColumns = QStringList {Text::tr("Dimension"), Text::tr("Price")};
        for (const UpfrontPrice& p : pricing.prices) {
            amounts.push_back(p.price);
            if (roomForARow())
                view.priceRows << QStringList {dimensionName(offer, p.dimensionKey), QStringLiteral("%1 %2").arg(currency, fromStd(p.price))};
        }
    }
    if (const std::optional<double> total = offerTotal(offer); total && !amounts.empty())
        view.total = QStringLiteral("%1 %2").arg(currency, QString::number(*total, 'f', decimalsOf(amounts)));

    const OfferAvailability& a = offer.availability;
    if (!a.agreementDuration.empty())
        view.contract = Text::tr("%1 from the day the buyer accepts").arg(durationText(a.agreementDuration));
    else if (!a.agreementEndDate.empty())
        view.contract = Text::tr("until %1").arg(fromStd(a.agreementEndDate));
    else
        view.contract = Text::tr("(no contract length)");
    view.acceptBy = placeholder(a.acceptBy, QT_TRANSLATE_NOOP("OfferSummary", "(no accept-by date)"));

    const OfferTerms& t = offer.terms;
    if (t.legalDocument == kStandardContract)
        view.legalTerms = Text::tr("Standard Contract for AWS Marketplace (version %1)").arg(fromStd(t.standardContractVersion));
    else if (t.legalDocument == kCustomEula)
        view.legalTerms = Text::tr("The seller's own terms: %1").arg(placeholder(t.eulaUrl, QT_TRANSLATE_NOOP("OfferSummary", "(no URL)")));
    else
        view.legalTerms = Text::tr("(no legal terms)");
    view.refundPolicy = placeholder(t.refundPolicy, QT_TRANSLATE_NOOP("OfferSummary", "(no refund policy)"));

    QStringList accounts;
    for (const std::string& account : offer.buyers.accounts)
        accounts << fromStd(account);
    const int accountCount = static_cast<int>(accounts.size());
    view.buyers = Text::tr("%n AWS account(s)", nullptr, accountCount);
    if (!accounts.isEmpty())
        view.buyers += QStringLiteral(": ") + accounts.mid(0, 26).join(QStringLiteral(", "))
            + (accounts.size() > 26 ? QStringLiteral(", …") : QString());
    return view;
}

QString offerBuyerViewText(const OfferBuyerView& view)
{
    QStringList lines {view.name, view.product, QString(), view.pricing};
    auto table = [&lines](const QStringList& columns, const QList<QStringList>& rows) {
        if (rows.isEmpty())
            return;
        lines << QStringLiteral("  ") + columns.join(QStringLiteral(" | "));
        for (const QStringList& row : rows)
            lines << QStringLiteral("  ") + row.join(QStringLiteral(" | "));
    };
    table(view.grantColumns, view.grantRows);
    table(view.priceColumns, view.priceRows);
    if (view.rowsLeftOut > 0)
        lines << Text::tr("  … and %n more", nullptr, view.rowsLeftOut);
    if (!view.total.isEmpty())
        lines << Text::tr("Total: %1").arg(view.total);
    lines << QString() << Text::tr("Contract: %1").arg(view.contract) << Text::tr("Accept by: %1").arg(view.acceptBy)
          << Text::tr("Legal terms: %1").arg(view.legalTerms) << Text::tr("Refund policy: %1").arg(view.refundPolicy);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace proserv
