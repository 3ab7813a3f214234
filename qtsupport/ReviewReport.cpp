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

#include <algorithm>
#include <optional>
#include <unordered_map>

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


struct PlacedComment {
    const ReviewComment* comment = nullptr;
    std::string where; // the field it is on now
    bool onAField = true; // false: its pointer names nothing in this document
    bool removed = false; // the item it was on is gone
};

std::vector<PlacedComment> placeComments(const ReviewReportInput& input)
{
    std::optional<CommentLocator> locator;
    if (input.listing)
        locator.emplace(*input.listing); // one pass over each list for all comments
    std::vector<PlacedComment> placed;
    placed.reserve(input.comments.size());
    for (const ReviewComment& c : input.comments) {
        PlacedComment p {&c, c.pointer};
        if (locator) {
            const std::optional<std::string> now = locator->currentPointer(c);
            const std::string list = c.anchors.empty() ? std::string() : c.anchors.front().list;
            p.removed = !now.has_value();
            p.where = now.value_or(c.pointer);
            // Neither the field nor the list its item was in: a pointer that names nothing here.
            p.onAField = now.has_value() ? !now->empty() : (!list.empty() && hasField(*input.listing, list));
        }
        placed.push_back(std::move(p));
    }
    return placed;
}

// A message that ends in a long list of names ("…: setup-logo-file,
// usage-service-terms, …") prints the names as a list in columns, not as
// one paragraph of 32 ids; any other message is one escaped line.
QString messageHtml(const QString& message)
{
    constexpr int kListedFrom = 8;
    constexpr int kMaxListed = 200; // a longer tail is not one of our lists
    constexpr int kColumns = 2; // the longest rule ids unbroken side by side on A4
    const int colon = message.lastIndexOf(QStringLiteral(": "));
    if (colon < 0)
        return message.toHtmlEscaped();
    QString tail = message.mid(colon + 2);
    if (tail.endsWith(QLatin1Char('.')))
        tail.chop(1);
    const QStringList items = tail.split(QStringLiteral(", "));
    const bool names = std::all_of(items.begin(), items.end(),
        [](const QString& item) { return !item.isEmpty() && !item.contains(QLatin1Char(' ')); });
    if (items.size() < kListedFrom || items.size() > kMaxListed || !names)
        return message.toHtmlEscaped();
    QString html = message.left(colon + 1).toHtmlEscaped() + QStringLiteral("<table cellspacing=0 cellpadding=1>");
    const int rows = (static_cast<int>(items.size()) + kColumns - 1) / kColumns;
    for (int r = 0; r < rows; ++r) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < kColumns; ++c) {
            const int i = c * rows + r; // down the columns, as a reader reads a list
            html += QStringLiteral("<td width=\"50%\" style=\"white-space:nowrap\"><code>%1</code></td>")
                        .arg(i < items.size() ? items[i].toHtmlEscaped() : QString());
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}
} // namespace

QString reviewReportHtml(const ReviewReportInput& input)
{
    const Verdict verdict = reviewVerdict(input);
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>")
                       .arg(QObject::tr("Review of %1").arg(input.fileName.toHtmlEscaped()));
    // The file name in one piece: a heading broken at its hyphen reads as two names.
    html += QStringLiteral("<h1>%1</h1>")
                .arg(QObject::tr("Review of %1")
                         .arg(input.fileName.size() > 60 ? input.fileName.toHtmlEscaped()
                                                         : QStringLiteral("<span style=\"white-space:nowrap\">%1</span>")
                                                               .arg(input.fileName.toHtmlEscaped())));
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
    // Where the field sits in the file, as the editor's Problems list shows it.
    const auto fieldPlace = [&](const std::string& pointer) {
        QString place = fieldName(pointer);
        if (input.positionOf && !pointer.empty()) // the whole document is not a place in it
            if (const TextPosition at = input.positionOf(pointer); at.known())
                place += QStringLiteral(" · ")
                    + QObject::tr("line %1:%2 in the file", "line:column").arg(at.line).arg(at.column);
        return place;
    };

    // Each comment where it is now (its item may have moved), so that it is
    // printed beside the finding it discusses.
    const std::vector<PlacedComment> placed = placeComments(input);
    std::unordered_map<std::string, std::vector<std::size_t>> commentsOnField;
    for (std::size_t i = 0; i < placed.size(); ++i)
        if (placed[i].onAField && !placed[i].removed)
            commentsOnField[placed[i].where].push_back(i);
    std::vector<bool> printed(placed.size(), false);
    const auto commentParagraph = [&](const PlacedComment& p, bool withField) {
        const ReviewComment& c = *p.comment;
        const QString field = !withField ? QString()
            : !p.onAField                ? QStringLiteral("<code>%1</code> · ").arg(esc(c.pointer))
            : p.removed ? fieldName(p.where) + QLatin1Char(' ') + QObject::tr("(removed)") + QStringLiteral(" · ")
                        : fieldName(p.where) + QStringLiteral(" · ");
        //: A reviewer comment: %1 the field (or nothing), %2 kind (must fix / suggestion), %3 open / resolved, %4 the text, %5 author, %6 date
        return QObject::tr("<p style=\"margin-left:1.5em\">✎ %1%2 · %3<br>%4<br><small>%5, %6</small></p>")
            .arg(field, c.kind == CommentKind::MustFix ? QObject::tr("<b>must fix</b>") : QObject::tr("suggestion"),
                c.resolved ? QObject::tr("resolved") : QObject::tr("open"), esc(c.text), esc(c.author),
                readableDate(c.created).toHtmlEscaped());
    };

    for (const GuidelineSection& section : guidelineSections()) {
        const std::string anchor = section.anchor;
        QString items;
        for (const Finding& f : input.findings) {
            if (f.guideline != anchor)
                continue;
            items += QStringLiteral("<p>• %1 <code>%2</code> — %3<br><small>%4</small></p>")
                         .arg(severityBadge(f.severity), esc(f.ruleId), messageHtml(translated(f.text)),
                             fieldPlace(f.pointer));
            // The comments on this finding's field, once, beside its first finding.
            if (const auto on = commentsOnField.find(f.pointer); on != commentsOnField.end())
                for (std::size_t i : on->second)
                    if (!printed[i]) {
                        items += commentParagraph(placed[i], false);
                        printed[i] = true;
                    }
        }
        if (!items.isEmpty())
            html += QStringLiteral("<h3>%1 <small>(#%2)</small></h3>%3")
                        .arg(translatedGuidelineTitle(anchor).toHtmlEscaped(), QString::fromStdString(anchor), items);
    }

    html += QStringLiteral("<h2>%1</h2>").arg(QObject::tr("Reviewer comments (%1)").arg(input.comments.size()));
    const auto beside = static_cast<int>(std::count(printed.begin(), printed.end(), true));
    if (input.comments.empty())
        html += QStringLiteral("<p>%1</p>").arg(QObject::tr("No comments."));
    else if (beside > 0)
        html += QStringLiteral("<p>%1</p>")
                    .arg(QObject::tr("%n comment(s) on a field with findings are printed beside those findings, above.",
                        "", beside));
    // Paragraphs, as the findings are: QTextDocument lays out tables and
    // lists (<ul>, numbering every item again) in quadratic time, plain
    // paragraphs in linear time; a sidecar of 20,000 comments must print.
    QString onFields;
    QString unattached;
    int unattachedCount = 0;
    for (std::size_t i = 0; i < placed.size(); ++i) {
        if (printed[i])
            continue;
        if (placed[i].onAField) {
            onFields += commentParagraph(placed[i], true);
        } else {
            unattached += commentParagraph(placed[i], true);
            ++unattachedCount;
        }
    }
    if (!onFields.isEmpty() && beside > 0)
        html += QStringLiteral("<h3>%1</h3>").arg(QObject::tr("On fields without findings"));
    html += onFields;
    if (unattachedCount > 0)
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(QObject::tr("Comments on no field (%1)").arg(unattachedCount),
                        QObject::tr("These comments name no field of this listing; they count in the verdict "
                                    "like any other."))
            + unattached;
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
