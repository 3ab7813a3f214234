#include "qtsupport/ReviewReport.h"
#include "qtsupport/FieldNames.h"
#include "qtsupport/Translation.h"

#include "model/FieldAccess.h"
#include "model/NativeFormat.h"
#include "qtsupport/LaidOutText.h"
#include "qtsupport/OfferSummary.h"
#include "model/PrintableText.h"
#include "qtsupport/AtomicFile.h"
#include "validation/RuleCatalogue.h"
#include "validation/SensitiveData.h"
#include "validation/Validator.h"

#include <QBuffer>
#include <QDateTime>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

namespace proserv {

namespace {

// Listing text in the report: secrets masked as in the findings, then HTML-escaped.
// Text from the listing or the sidecar, for the report's HTML: secrets
// masked; control and bidi characters shown as codes (a report is evidence
// of what the file holds, not of what an override makes it look like); cut
// and breakable so that it lays out in linear time (qtsupport/LaidOutText.h).
QString esc(const std::string& text)
{
    return laidOutText(printableLines(maskSecretsIn(text))).toHtmlEscaped();
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><th align=left valign=top>%1</th><td>%2</td></tr>").arg(label, value);
}

QString yesNo(bool value)
{
    return value ? QObject::tr("yes") : QObject::tr("<b>no</b>");
}

QString keyFacts(const Listing& l, bool submittedFile)
{
    QStringList dimensions;
    for (const PricingDimension& d : l.pricing.dimensions)
        dimensions << esc(d.name.empty() ? d.key : d.name);
    QStringList categories;
    for (const std::string& c : l.product.categories)
        categories << esc(c);
    QStringList related;
    for (const std::string& r : l.architecture.relatedProducts)
        related << esc(r);
    QString html = QStringLiteral("<table cellspacing=0 cellpadding=4 width=100%>");
    html += row(QObject::tr("Title"), esc(l.product.title));
    html += row(
        QObject::tr("Product"), l.product.productId.empty() ? QObject::tr("new product") : esc(l.product.productId));
    html += row(QObject::tr("Categories"), categories.join(QStringLiteral(", ")));
    html += row(QObject::tr("Pricing dimensions"),
        QStringLiteral("%1: %2").arg(dimensions.size()).arg(dimensions.join(QStringLiteral("; "))));
    html += row(QObject::tr("Related products"), related.join(QStringLiteral(", ")));
    if (submittedFile) {
        html += row(QObject::tr("Not in the file"),
            QObject::tr("access and response time, customer-account resources and the attestations are not "
                        "part of a submission: ask the seller"));
        return html + QStringLiteral("</table>");
    }
    html += row(QObject::tr("Access"),
        accessMethodName(l.support.accessMethod) + QStringLiteral(", ")
            + (l.support.responseTimeBusinessDays
                    ? QObject::tr("%n business day(s)", "", *l.support.responseTimeBusinessDays)
                    : QObject::tr("no response time")));
    html += row(QObject::tr("Customer account resources"),
        l.architecture.needsCustomerResources
            ? QObject::tr("yes (%1)").arg(provisioningName(l.architecture.provisioning))
            : QObject::tr("no"));
    html += row(QObject::tr("Attestations"),
        QObject::tr("paid seller %1 · original logo %2 · subscriber data %3 · billed through AWS Marketplace %4")
            .arg(yesNo(l.attestations.registeredPaidSeller), yesNo(l.attestations.logoIsOriginal),
                yesNo(l.attestations.subscriberDataPerSellerTerms), yesNo(l.attestations.billedThroughMarketplace)));
    html += QStringLiteral("</table>");
    return html;
}

// An offer's key facts: what its buyer reads (qtsupport/OfferSummary.h),
// and the accounts it is for.
QString offerKeyFacts(const PrivateOffer& offer)
{
    const OfferBuyerView view = offerBuyerView(offer);
    auto plain = [](const QString& text) { return esc(text.toStdString()); };
    QString html = QStringLiteral("<table cellspacing=0 cellpadding=4 width=100%>");
    html += row(QObject::tr("Offer name"), plain(view.name));
    html += row(QObject::tr("Offer"),
        offer.offer.offerId.empty() ? QObject::tr("new offer") : esc(offer.offer.offerId));
    html += row(QObject::tr("Product"), plain(view.product));
    html += row(QObject::tr("Buyers"), plain(view.buyers));
    html += row(QObject::tr("Pricing"),
        plain(view.total.isEmpty() ? view.pricing : QObject::tr("%1; total %2").arg(view.pricing, view.total)));
    html += row(QObject::tr("Contract"), plain(view.contract));
    html += row(QObject::tr("Accept by"), plain(view.acceptBy));
    html += row(QObject::tr("Legal terms"), plain(view.legalTerms));
    html += row(QObject::tr("Refund policy"), plain(view.refundPolicy));
    return html + QStringLiteral("</table>");
}

QString severityBadge(Severity s)
{
    static const char* colours[] = {"#b71c1c", "#8a5a00", "#1f5f99"};
    return QStringLiteral("<span style=\"color:%1; font-weight:bold\">%2</span>")
        .arg(QString::fromLatin1(colours[static_cast<int>(s)]), severityName(s));
}

} // namespace

QString translatedGuidelineTitle(const std::string& anchor)
{
    return translatedSource(proserv::guidelineTitle(anchor));
}

QString Verdict::text() const
{
    if (ready)
        return QObject::tr("Ready: no errors and no open must-fix comments.");
    //: %1 is "N error(s)", %2 is "N open must-fix comment(s)"
    return QObject::tr("Changes needed: %1, %2.")
        .arg(severityCount(Severity::Error, errors), QObject::tr("%n open must-fix comment(s)", "", openMustFix));
}

Verdict reviewVerdict(const ReviewReportInput& input)
{
    Verdict verdict;
    verdict.errors = countFindings(input.findings).errors;
    for (const ReviewComment& c : input.comments)
        verdict.openMustFix += c.kind == CommentKind::MustFix && !c.resolved;
    verdict.ready = verdict.errors == 0 && verdict.openMustFix == 0;
    return verdict;
}

namespace {

// "2026-12-03T14:05:00Z" as people write dates and times in their language;
// what does not read as a date is shown as written.
QString readableDate(const std::string& iso)
{
    const QDateTime when = QDateTime::fromString(QString::fromStdString(iso), Qt::ISODate);
    if (!when.isValid())
        return QString::fromStdString(iso);
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

QString reviewReportHtml(const ReviewReportInput& input)
{
    const Verdict verdict = reviewVerdict(input);
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>")
                       .arg(QObject::tr("Review of %1").arg(input.fileName.toHtmlEscaped()));
    html += QStringLiteral("<h1>%1</h1>").arg(QObject::tr("Review of %1").arg(input.fileName.toHtmlEscaped()));
    html += QStringLiteral("<p>%1</p>")
                .arg(QObject::tr("Generated by ProServ Listing Editor on %1.")
                         .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat)));
    html += QStringLiteral("<p style=\"font-size:large; color:%1\"><b>%2</b> %3</p>")
                .arg(verdict.ready ? QStringLiteral("#1b5e20") : QStringLiteral("#b71c1c"), QObject::tr("Verdict:"),
                    verdict.text().toHtmlEscaped());

    html += QStringLiteral("<h2>%1</h2>").arg(QObject::tr("Key facts"));
    if (input.listing)
        html += keyFacts(*input.listing, input.submittedFile);
    else if (input.offer)
        html += offerKeyFacts(*input.offer);

    html += QStringLiteral("<h2>%1</h2>").arg(QObject::tr("Findings (%1)").arg(input.findings.size()));
    if (input.findings.empty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(input.offer ? QObject::tr("No findings: the offer passes every check the editor makes.")
                                     : QObject::tr("No findings: the listing meets every guideline the editor checks."));
    // Fields by the names people use ("Highlights, item 3"), the pointer in
    // the tooltip; a listing's rows by their own names.
    const Json native = input.listing ? toNativeJson(*input.listing) : Json();
    const auto fieldName = [&](const std::string& pointer) {
        return QStringLiteral("<span title=\"%1\">%2</span>")
            .arg(esc(pointer), fieldNameForPeople(pointer, native.is_null() ? nullptr : &native).toHtmlEscaped());
    };
    for (const GuidelineSection& section : guidelineSections()) {
        const std::string anchor = section.anchor;
        QString items;
        for (const Finding& f : input.findings)
            if (f.guideline == anchor)
                items += QStringLiteral("<p>• %1 <code>%2</code> — %3 <br><small>%4</small></p>")
                             .arg(severityBadge(f.severity), esc(f.ruleId), translated(f.text).toHtmlEscaped(),
                                 fieldName(f.pointer));
        if (!items.isEmpty())
            html += QStringLiteral("<h3>%1 <small>(#%2)</small></h3>%3")
                        .arg(translatedGuidelineTitle(anchor).toHtmlEscaped(), QString::fromStdString(anchor), items);
    }

    html += QStringLiteral("<h2>%1</h2>").arg(QObject::tr("Reviewer comments (%1)").arg(input.comments.size()));
    if (input.comments.empty())
        html += QStringLiteral("<p>%1</p>").arg(QObject::tr("No comments."));
    else {
        // Paragraphs, as the findings are: QTextDocument lays out tables and
        // lists (<ul>, numbering every item again) in quadratic time, plain
        // paragraphs in linear time; a sidecar of 20,000 comments must print.
        std::optional<CommentLocator> locator;
        if (input.listing)
            locator.emplace(*input.listing); // one pass over each list for all comments
        QString unattached;
        int unattachedCount = 0;
        for (const ReviewComment& c : input.comments) {
            std::string where = c.pointer;
            bool onAField = true;
            bool removed = false;
            if (locator) {
                const std::optional<std::string> now = locator->currentPointer(c);
                const std::string list = c.anchors.empty() ? std::string() : c.anchors.front().list;
                removed = !now.has_value();
                where = now.value_or(c.pointer);
                // Neither the field nor the list its item was in: a pointer that names nothing here.
                onAField = now.has_value() ? !now->empty() : (!list.empty() && hasField(*input.listing, list));
            }
            //: A reviewer comment: %1 kind (must fix / suggestion), %2 the field, %3 open / resolved, %4 the text, %5 author, %6 date
            const QString paragraph
                = QObject::tr("<p>• %1 · <code>%2</code> · %3<br>%4<br><small>%5 %6</small></p>")
                      .arg(c.kind == CommentKind::MustFix ? QObject::tr("<b>must fix</b>") : QObject::tr("suggestion"),
                          !onAField ? esc(c.pointer)
                              : removed ? fieldName(where) + QLatin1Char(' ') + QObject::tr("(removed)")
                                        : fieldName(where),
                          c.resolved ? QObject::tr("resolved") : QObject::tr("open"), esc(c.text), esc(c.author),
                          readableDate(c.created).toHtmlEscaped());
            if (onAField) {
                html += paragraph;
            } else {
                unattached += paragraph;
                ++unattachedCount;
            }
        }
        if (unattachedCount > 0)
            html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                        .arg(QObject::tr("Comments on no field (%1)").arg(unattachedCount),
                            QObject::tr("These comments name no field of this listing; they count in the verdict "
                                        "like any other."))
                + unattached;
    }
    html += QStringLiteral("</body></html>");
    return html;
}

QString writeReviewHtml(const ReviewReportInput& input, const QString& path)
{
    return writeFileAtomically(path, reviewReportHtml(input).toStdString());
}

QByteArray reviewReportPdf(const ReviewReportInput& input)
{
    QBuffer file;
    file.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setTitle(QObject::tr("Review of %1").arg(input.fileName));
        writer.setCreator(QStringLiteral("ProServ Listing Editor"));
        QTextDocument document;
        document.setHtml(reviewReportHtml(input));
        document.print(&writer);
    }
    return file.data();
}

QString writeReviewPdf(const ReviewReportInput& input, const QString& path)
{
    // Rendered in memory, then written as one complete file.
    const QByteArray pdf = reviewReportPdf(input);
    return writeFileAtomically(path, std::string(pdf.constData(), static_cast<std::size_t>(pdf.size())));
}

} // namespace proserv
