// Tooltips show rich text whenever their text looks like markup
// (Qt::mightBeRichText), so a tooltip quoting a listing, a finding about it
// or a file name would render "<img src=…>" — and load what it names. Every
// such tooltip goes through here: the text, escaped, line breaks kept.
#pragma once

#include <QString>
#include <QTextDocument>

namespace proserv {

inline QString plainToolTip(const QString& text)
{
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace proserv
