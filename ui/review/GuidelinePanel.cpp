#include "ui/review/GuidelinePanel.h"
#include "qtsupport/Translation.h"

#include "qtsupport/ReviewReport.h"
#include "validation/RuleCatalogue.h"

#include <QFile>
#include <QRegularExpression>

namespace proserv {

GuidelinePanel::GuidelinePanel(QWidget* parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("guidelinePanel"));
    setAccessibleName(tr("Guideline"));
    setOpenLinks(false); // the program never opens the network
    QFile file(QStringLiteral(":/guidelines/proserv-product-guidelines.md"));
    if (file.open(QIODevice::ReadOnly))
        m_text = QString::fromUtf8(file.readAll());
    setPlaceholderText(tr("Select a problem to read the guideline it enforces."));
}

void GuidelinePanel::showGuideline(const std::string& anchor)
{
    m_anchor = QString::fromStdString(anchor);
    const QString marker = QStringLiteral("<a name=\"%1\"></a>").arg(m_anchor);
    const int at = m_text.indexOf(marker);
    if (at < 0) {
        // Catalog API limits are not a guideline section: list the rules instead.
        QString text = QStringLiteral("## %1\n\n").arg(translatedGuidelineTitle(anchor));
        for (const RuleInfo& rule : ruleCatalogue())
            if (anchor == rule.guideline)
                text += QStringLiteral("- %1\n").arg(translatedSource(rule.description));
        setMarkdown(text);
        return;
    }
    const int start = m_text.lastIndexOf(QStringLiteral("\n## "), at);
    int end = m_text.indexOf(QStringLiteral("\n## "), at);
    if (end < 0)
        end = static_cast<int>(m_text.size());
    QString section = m_text.mid(start + 1, end - start - 1);
    section.remove(QRegularExpression(QStringLiteral("<a name=\"[^\"]*\"></a>")));
    section.replace(QStringLiteral("\\"), QString()); // the source escapes punctuation for its own renderer
    setMarkdown(section);
}

} // namespace proserv
