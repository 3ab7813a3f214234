#include "ui/review/CompareDialog.h"
#include "qtsupport/Translation.h"

#include "model/ListingDiff.h"
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

QString findingsList(const std::vector<Finding>& findings)
{
    QString html;
    for (const Finding& f : findings)
        html += QStringLiteral("<li><b>%1</b> <code>%2</code> — %3 <small>%4</small></li>")
                    .arg(severityName(f.severity), esc(f.ruleId), translated(f.text).toHtmlEscaped(), esc(f.pointer));
    return html.isEmpty() ? QStringLiteral("<li><i>%1</i></li>").arg(QObject::tr("none")) : html;
}

} // namespace

QString comparisonHtml(const Listing& before, const Listing& after, const QString& beforeName, const QString& afterName)
{
    return comparisonHtml(diffListings(before, after), diffFindings(validateListing(before), validateListing(after)),
        beforeName, afterName);
}

QString comparisonHtml(const std::vector<FieldChange>& changes, const FindingDiff& findings,
    const QString& beforeName, const QString& afterName)
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
            content = QStringLiteral("<span style=\"background:#fbe0e0; text-decoration:line-through\">%1</span>")
                          .arg(valueHtml(c.before));
        else if (!c.words.empty())
            for (const WordSegment& w : c.words)
                content += w.op == WordSegment::Same ? esc(w.text)
                    : w.op == WordSegment::Inserted
                    ? QStringLiteral("<span style=\"background:#bfeabf\">%1</span>").arg(esc(w.text))
                    : QStringLiteral("<span style=\"background:#f6c6c6; text-decoration:line-through\">%1</span>")
                          .arg(esc(w.text));
        else
            content = QStringLiteral("%1 → %2").arg(valueHtml(c.before), valueHtml(c.after));
        html += QStringLiteral("<tr><td><code>%1</code></td><td>%2</td><td>%3</td></tr>")
                    .arg(esc(c.pointer), changeKindName(c.kind), content);
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h3>%1</h3><ul>%2</ul>")
                .arg(QObject::tr("Findings that appeared"), findingsList(findings.appeared));
    html += QStringLiteral("<h3>%1</h3><ul>%2</ul>")
                .arg(QObject::tr("Findings that were fixed"), findingsList(findings.disappeared));
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
