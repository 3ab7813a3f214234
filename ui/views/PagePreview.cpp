#include "ui/views/PagePreview.h"

#include "ui/document/FieldDocument.h"
#include "ui/views/PageWriter.h"

#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace proserv {

PagePreview::PagePreview(
    FieldDocument* document, const QString& objectName, const QString& accessibleName, QWidget* parent)
    : QWidget(parent)
{
    m_browser = new SafeTextBrowser(this);
    m_browser->setObjectName(objectName);
    m_browser->setAccessibleName(accessibleName);
    m_browser->setReadOnly(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_pending = new QTimer(this);
    m_pending->setSingleShot(true);
    m_pending->setInterval(200); // one rebuild per pause in typing, not per key
    connect(m_pending, &QTimer::timeout, this, &PagePreview::refresh);
    connect(document, &FieldDocument::findingsChanged, this, [this] {
        if (isVisible())
            m_pending->start();
    });
}

void PagePreview::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void PagePreview::refresh()
{
    m_pending->stop();
    const int scroll = m_browser->verticalScrollBar()->value();
    auto* page = new SafeTextDocument(m_browser);
    page->setDefaultFont(m_browser->font());
    PageWriter out(page);
    out.setBaseSize(m_browser->font().pointSizeF() > 0 ? m_browser->font().pointSizeF() : 10);
    writePage(out);
    m_browser->setDocument(page); // deletes the previous page, also a child of the browser
    m_browser->verticalScrollBar()->setValue(scroll);
}

} // namespace proserv
