#include "ui/form/TextUnderlines.h"

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QLineEdit>

namespace proserv {

QTextCharFormat findingUnderline(Severity severity)
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(severity == Severity::Error ? QColor(0xc6, 0x28, 0x28) : QColor(0xc7, 0x8a, 0x00));
    return format;
}

void setLineEditFormats(QLineEdit* edit, const QList<QTextLayout::FormatRange>& ranges)
{
    // The event's positions count from the cursor.
    const int cursor = edit->cursorPosition();
    QList<QInputMethodEvent::Attribute> attributes;
    for (const QTextLayout::FormatRange& range : ranges)
        attributes << QInputMethodEvent::Attribute(
            QInputMethodEvent::TextFormat, range.start - cursor, range.length, range.format);
    QInputMethodEvent event(QString(), attributes);
    const bool readOnly = edit->isReadOnly(); // a read-only QLineEdit ignores input method events
    edit->setReadOnly(false);
    QCoreApplication::sendEvent(edit, &event);
    edit->setReadOnly(readOnly);
}

} // namespace proserv
