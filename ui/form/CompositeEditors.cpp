#include "ui/form/CompositeEditors.h"
#include "ui/form/FullLengthEditing.h"

#include "qtsupport/Translation.h"

#include "ui/form/SafeTextBrowser.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace proserv {

MarkdownEditor::MarkdownEditor(QWidget* parent) : QWidget(parent)
{
    m_tabs = new QTabWidget(this);
    m_editor = new QPlainTextEdit;
    m_editor->setTabChangesFocus(true);
    m_editor->setMinimumHeight(m_editor->fontMetrics().lineSpacing() * 14);
    m_preview = new SafeTextBrowser; // no links followed, no image or file loaded
    m_preview->setObjectName(QStringLiteral("markdownPreview"));
    m_preview->setAccessibleName(tr("Long description preview"));
    m_tabs->addTab(m_editor, tr("Write"));
    m_tabs->addTab(m_preview, tr("Preview"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    setFocusProxy(m_editor);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MarkdownEditor::updatePreview);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_tabs->currentWidget() == m_preview)
            updatePreview();
    });
}

void MarkdownEditor::updatePreview()
{
    bool cut = false;
    QString markdown = boundedMarkdown(m_editor->toPlainText(), &cut);
    if (cut)
        markdown += QStringLiteral("\n\n")
            + tr("*(The preview stops here: the rest is too long or holds too many links, lists or styles to render "
                 "quickly. The text itself is kept whole.)*");
    m_preview->setMarkdown(markdown);
}

} // namespace proserv
