// Writes a read-only page (a buyer's view) into a QTextDocument: headings,
// paragraphs, bullets, tables and bounded Markdown. Everything is inserted
// as plain text or through the Markdown reader with HTML switched off: text
// from a file never becomes markup.
#pragma once

#include "ui/form/SafeTextBrowser.h"

#include <QColor>
#include <QImage>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

namespace proserv {

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
    // An image the editor read itself (never a URL): stored in the document
    // under `name`, so nothing is loaded from anywhere.
    void image(const QImage& picture, const QString& name)
    {
        QTextBlockFormat block;
        block.setBottomMargin(6);
        newBlock(block);
        m_cursor.document()->addResource(QTextDocument::ImageResource, QUrl(name), picture);
        QTextImageFormat format;
        format.setName(name);
        format.setWidth(picture.width());
        format.setHeight(picture.height());
        m_cursor.insertImage(format);
    }
    void markdown(const QString& value)
    {
        m_cursor.insertBlock(QTextBlockFormat());
        const int from = m_cursor.position();
        bool cut = false;
        m_cursor.insertMarkdown(boundedMarkdown(value, &cut),
            QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
        // The seller's own headings ("## What you get") sit below the page's
        // ("Overview"): never larger than it, whatever their level.
        for (QTextBlock block = m_cursor.document()->findBlock(from);
             block.isValid() && block.position() < m_cursor.position(); block = block.next()) {
            // Qt's Markdown reader marks a heading by its characters' size
            // adjustment (the block's heading level is not always kept).
            const bool heading = block.blockFormat().headingLevel() > 0
                || (block.begin() != block.end()
                    && block.begin().fragment().charFormat().intProperty(QTextFormat::FontSizeAdjustment) > 0);
            if (!heading)
                continue;
            QTextCursor text(block);
            text.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            QTextCharFormat smaller;
            smaller.setProperty(QTextFormat::FontSizeAdjustment, 0);
            smaller.setFontPointSize(m_base * 1.1);
            smaller.setFontWeight(QFont::Bold);
            text.mergeCharFormat(smaller);
        }
        if (cut) {
            m_cursor.insertBlock(QTextBlockFormat());
            m_cursor.insertText(QObject::tr("(The preview stops here: the rest is too long or holds too many links, "
                                            "lists or styles to render quickly. The text itself is kept whole.)"),
                QTextCharFormat());
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

} // namespace proserv
