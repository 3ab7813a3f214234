#include "ui/views/BuyerPreview.h"

#include "model/ChangeSetExport.h"
#include "ui/document/ListingDocument.h"
#include "ui/form/SafeTextBrowser.h"

#include <QScrollBar>
#include <QTextCursor>
#include <QTextTable>
#include <QTimer>
#include <QVBoxLayout>

namespace proserv {

namespace {

// The details of the first change of `type` in an exported change set.
Json detailsOf(const Json& changeSet, const char* type)
{
    for (const Json& change : changeSet["ChangeSet"])
        if (change.value("ChangeType", std::string()) == type)
            return change.value("DetailsDocument", Json::object());
    return Json::object();
}

QString text(const Json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

QStringList texts(const Json& object, const char* key)
{
    QStringList out;
    const auto it = object.find(key);
    if (it != object.end() && it->is_array())
        for (const Json& item : *it)
            if (item.is_string())
                out << QString::fromStdString(item.get<std::string>());
    return out;
}

// Everything is inserted as plain text or through the Markdown reader with
// HTML switched off: listing text never becomes markup.
class PageWriter {
public:
    explicit PageWriter(QTextDocument* document) : m_cursor(document) { }

    // The document starts with one empty block: the first paragraph uses it.
    void newBlock(const QTextBlockFormat& format)
    {
        if (m_first)
            m_cursor.setBlockFormat(format);
        else
            m_cursor.insertBlock(format);
        m_first = false;
    }

    void heading(const QString& value, double scale)
    {
        QTextBlockFormat block;
        block.setTopMargin(scale > 1.5 ? 0 : 14);
        block.setBottomMargin(4);
        newBlock(block);
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        format.setFontPointSize(m_base * scale);
        m_cursor.insertText(value, format);
    }
    void paragraph(const QString& value, bool muted = false)
    {
        QTextBlockFormat block;
        block.setBottomMargin(6);
        newBlock(block);
        QTextCharFormat format;
        format.setFontPointSize(m_base);
        if (muted)
            format.setForeground(QColor(0x59, 0x59, 0x59));
        m_cursor.insertText(value, format);
    }
    void bullets(const QStringList& items)
    {
        if (items.isEmpty())
            return;
        m_cursor.insertBlock(QTextBlockFormat());
        QTextListFormat list;
        list.setStyle(QTextListFormat::ListDisc);
        m_cursor.insertList(list);
        for (int i = 0; i < items.size(); ++i) {
            if (i > 0)
                m_cursor.insertBlock();
            m_cursor.insertText(items[i], QTextCharFormat());
        }
        m_cursor.insertBlock(QTextBlockFormat()); // leave the list
    }
    void markdown(const QString& value)
    {
        m_cursor.insertBlock(QTextBlockFormat());
        bool cut = false;
        m_cursor.insertMarkdown(boundedMarkdown(value, &cut),
            QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
        if (cut) {
            m_cursor.insertBlock(QTextBlockFormat());
            m_cursor.insertText(
                QObject::tr("(The preview stops here: the rest is too long or holds too many links, lists or styles to render quickly. The text itself is kept whole.)"), QTextCharFormat());
        }
    }
    void table(const QStringList& headers, const QList<QStringList>& rows)
    {
        if (rows.isEmpty())
            return;
        QTextTableFormat format;
        format.setCellPadding(4);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorder(0.5);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QTextTable* table
            = m_cursor.insertTable(static_cast<int>(rows.size()) + 1, static_cast<int>(headers.size()), format);
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        for (int c = 0; c < headers.size(); ++c)
            table->cellAt(0, c).firstCursorPosition().insertText(headers[c], bold);
        for (int r = 0; r < rows.size(); ++r)
            for (int c = 0; c < headers.size() && c < rows[r].size(); ++c)
                table->cellAt(r + 1, c).firstCursorPosition().insertText(rows[r][c], QTextCharFormat());
        m_cursor.movePosition(QTextCursor::End);
    }
    void setBaseSize(double points) { m_base = points; }

private:
    QTextCursor m_cursor;
    double m_base = 10;
    bool m_first = true;
};

} // namespace

BuyerPreview::BuyerPreview(ListingDocument* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    m_browser = new SafeTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("buyerPreview"));
    m_browser->setAccessibleName(tr("Buyer page preview"));
    m_browser->setReadOnly(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_pending = new QTimer(this);
    m_pending->setSingleShot(true);
    m_pending->setInterval(200); // one rebuild per pause in typing, not per key
    connect(m_pending, &QTimer::timeout, this, &BuyerPreview::refresh);
    connect(document, &ListingDocument::findingsChanged, this, [this] {
        if (isVisible())
            m_pending->start();
    });
}

void BuyerPreview::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void BuyerPreview::refresh()
{
    m_pending->stop();
    const Json changeSet = exportChangeSet(m_document->listing());
    const Json info = detailsOf(changeSet, "UpdateInformation");
    const int scroll = m_browser->verticalScrollBar()->value();

    auto* page = new SafeTextDocument(m_browser);
    page->setDefaultFont(m_browser->font());
    PageWriter out(page);
    out.setBaseSize(m_browser->font().pointSizeF() > 0 ? m_browser->font().pointSizeF() : 10);

    const QString title = text(info, "ProductTitle");
    out.heading(title.isEmpty() ? tr("(no title)") : title, 1.6);
    const QString logo = text(info, "LogoUrl");
    // The logo is never fetched (the editor makes no network connection).
    out.paragraph(logo.isEmpty() ? tr("No logo URL") : tr("Logo: %1").arg(logo), true);
    out.paragraph(text(info, "ShortDescription"));
    const QStringList categories = texts(info, "Categories");
    if (!categories.isEmpty())
        out.paragraph(tr("Categories: %1").arg(categories.join(QStringLiteral(" · "))), true);

    out.heading(tr("Highlights"), 1.25);
    out.bullets(texts(info, "Highlights"));
    out.heading(tr("Overview"), 1.25);
    out.markdown(text(info, "LongDescription"));

    out.heading(tr("Pricing"), 1.25);
    QList<QStringList> rows;
    const Json dimensions = detailsOf(changeSet, "AddDimensions");
    if (dimensions.is_array())
        for (const Json& d : dimensions)
            rows << QStringList {text(d, "Name"), text(d, "Description")};
    if (rows.isEmpty())
        out.paragraph(tr("No pricing dimensions."), true);
    else
        out.table({tr("Dimension"), tr("Description")}, rows);
    out.paragraph(tr("Prices are set in private offers."), true);

    out.heading(tr("Support"), 1.25);
    out.paragraph(text(info, "SupportDescription"));

    QStringList resources;
    if (const auto list = info.find("AdditionalResources"); list != info.end() && list->is_array())
        for (const Json& r : *list)
            resources << QStringLiteral("%1 — %2").arg(text(r, "Text"), text(r, "Url"));
    if (!resources.isEmpty()) {
        out.heading(tr("Resources"), 1.25);
        out.bullets(resources);
    }
    const QStringList related = texts(info, "AssociatedProducts");
    if (!related.isEmpty()) {
        out.heading(tr("Related products"), 1.25);
        out.bullets(related);
    }

    m_browser->setDocument(page); // deletes the previous page, also a child of the browser
    m_browser->verticalScrollBar()->setValue(scroll);
}

} // namespace proserv
