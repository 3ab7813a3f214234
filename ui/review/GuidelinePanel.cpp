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
    // Our own translation, in the language the editor speaks: its catalogue
    // names the language, so the text always matches the rest of the window.
    //: The code of the language this catalogue translates into ("de"): the guideline text in that language is
    //: resources/guidelines/proserv-product-guidelines.<code>.md, shown marked as an unofficial translation.
    const QString language = tr("en");
    QFile translation(QStringLiteral(":/guidelines/proserv-product-guidelines.%1.md").arg(language));
    if (language != QLatin1String("en") && translation.open(QIODevice::ReadOnly))
        m_translation = QString::fromUtf8(translation.readAll());
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
    const QString english = section(m_text, m_anchor);
    const QString translated = section(m_translation, m_anchor);
    if (translated.isEmpty()) {
        setMarkdown(english);
        return;
    }
    setMarkdown(QStringLiteral("*%1*\n\n%2\n\n---\n\n**%3**\n\n%4")
                    .arg(tr("Unofficial translation by ProServ Listing Editor. AWS Marketplace reviews against its "
                            "English text, below."),
                        translated, tr("AWS's text (English)"), english.section(QLatin1Char('\n'), 1)));
}

QString GuidelinePanel::section(const QString& text, const QString& anchor)
{
    const int at = text.indexOf(QStringLiteral("<a name=\"%1\"></a>").arg(anchor));
    if (at < 0)
        return QString();
    const int start = text.lastIndexOf(QStringLiteral("\n## "), at);
    int end = text.indexOf(QStringLiteral("\n## "), at);
    if (end < 0)
        end = static_cast<int>(text.size());
    QString section = text.mid(start + 1, end - start - 1);
    section.remove(QRegularExpression(QStringLiteral("<a name=\"[^\"]*\"></a>")));
    section.replace(QStringLiteral("\\"), QString()); // the source escapes punctuation for its own renderer
    return section;
}

} // namespace proserv
