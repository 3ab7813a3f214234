#include "ui/review/CompareDialog.h"
#include "qtsupport/Translation.h"

#include "model/ListingDiff.h"
#include "model/NativeFormat.h"
#include "model/OfferFormat.h"
#include "qtsupport/FieldNames.h"
#include "validation/Validator.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace proserv {

namespace {

QString esc(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QString valueHtml(const Json& value)
{
    return esc(value.is_string() ? value.get<std::string>() : value.dump(2))
        .replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added: return QObject::tr("added");
    case ChangeKind::Removed: return QObject::tr("removed");
    case ChangeKind::Changed: break;
    }
    return QObject::tr("changed");
}

// The field as people name it; the JSON Pointer is its tooltip.
QString fieldHtml(const std::string& pointer, const Json* document)
{
    return QStringLiteral("<span title=\"%1\">%2</span>")
        .arg(esc(pointer), fieldNameForPeople(pointer, document).toHtmlEscaped());
}

// A word-level change that reads without colour too: removed words struck
// through, added ones underlined, and a space between a removal and the
// addition that follows it where the text has none ("Consulting Reyes",
// never "ConsultingReyes").
QString wordChangeHtml(const std::vector<WordSegment>& words)
{
    QString html;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const WordSegment& w = words[i];
        if (w.op == WordSegment::Same) {
            html += esc(w.text);
            continue;
        }
        html += w.op == WordSegment::Inserted
            ? QStringLiteral("<u style=\"background:#bfeabf\">%1</u>").arg(esc(w.text))
            : QStringLiteral("<s style=\"background:#f6c6c6\">%1</s>").arg(esc(w.text));
        const bool nextIsChange = i + 1 < words.size() && words[i + 1].op != WordSegment::Same;
        const auto isSpace = [](char c) { return c == ' ' || c == '\n' || c == '\t'; };
        if (nextIsChange && !w.text.empty() && !isSpace(w.text.back()) && !words[i + 1].text.empty()
            && !isSpace(words[i + 1].text.front()))
            html += QLatin1Char(' ');
    }
    return html;
}

QString findingsList(const std::vector<Finding>& findings, const Json* document)
{
    QString html;
    for (const Finding& f : findings)
        html += QStringLiteral("<li><b>%1</b> <code>%2</code> — %3 <small>%4</small></li>")
                    .arg(severityName(f.severity), esc(f.ruleId), translated(f.text).toHtmlEscaped(),
                        fieldHtml(f.pointer, document));
    return html.isEmpty() ? QStringLiteral("<li><i>%1</i></li>").arg(QObject::tr("none")) : html;
}

} // namespace

QString comparisonHtml(const Listing& before, const Listing& after, const QString& beforeName, const QString& afterName)
{
    const Json beforeJson = toNativeJson(before), afterJson = toNativeJson(after);
    return comparisonHtml(diffListings(before, after), diffFindings(validateListing(before), validateListing(after)),
        beforeName, afterName, &beforeJson, &afterJson);
}

QString comparisonHtml(const OfferDraft& before, const OfferDraft& after, const OfferContext& context,
    const QString& beforeName, const QString& afterName)
{
    const Json beforeJson = offerToNativeJson(before), afterJson = offerToNativeJson(after);
    return comparisonHtml(diffOffers(before, after),
        diffFindings(validateOffer(before, context), validateOffer(after, context)), beforeName, afterName, &beforeJson,
        &afterJson);
}

QString comparisonHtml(const std::vector<FieldChange>& changes, const FindingDiff& findings,
    const QString& beforeName, const QString& afterName, const Json* before, const Json* after)
{
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(QObject::tr("%1 → %2").arg(beforeName.toHtmlEscaped(), afterName.toHtmlEscaped()));
    html += QStringLiteral("<p>%1</p>").arg(QObject::tr("%n field change(s).", "", static_cast<int>(changes.size())));
    html += QStringLiteral(
        "<table border=1 cellspacing=0 cellpadding=4 width=100%><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                .arg(QObject::tr("Field"), QObject::tr("Change"), QObject::tr("Content"));
    for (const FieldChange& c : changes) {
        QString content;
        if (c.kind == ChangeKind::Added)
            content = QStringLiteral("<span style=\"background:#dff5df\">%1</span>").arg(valueHtml(c.after));
        else if (c.kind == ChangeKind::Removed)
            content = QStringLiteral("<s style=\"background:#fbe0e0\">%1</s>").arg(valueHtml(c.before));
        else if (!c.words.empty())
            content = wordChangeHtml(c.words);
        else
            content = QStringLiteral("%1 → %2").arg(valueHtml(c.before), valueHtml(c.after));
        // A removed item is named as it was, everything else as it is now.
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(fieldHtml(c.pointer, c.kind == ChangeKind::Removed ? before : after),
                        changeKindName(c.kind), content);
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h3>%1</h3><ul>%2</ul>")
                .arg(QObject::tr("Findings that appeared"), findingsList(findings.appeared, after));
    html += QStringLiteral("<h3>%1</h3><ul>%2</ul>")
                .arg(QObject::tr("Findings that were fixed"), findingsList(findings.disappeared, before));
    return html;
}

CompareDialog::CompareDialog(
    const Listing& before, const Listing& after, const QString& beforeName, const QString& afterName, QWidget* parent)
    : CompareDialog(comparisonHtml(before, after, beforeName, afterName), parent)
{
}

CompareDialog::CompareDialog(const QString& comparison, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Compare Versions"));
    setObjectName(QStringLiteral("compareDialog"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("comparison"));
    m_browser->setAccessibleName(tr("Comparison"));
    m_browser->setOpenLinks(false);
    m_browser->setHtml(comparison);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(1000, 700);
}

} // namespace proserv
