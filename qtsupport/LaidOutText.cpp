#include "qtsupport/LaidOutText.h"

#include "model/MessageText.h"

namespace proserv {

QString laidOutText(std::string text, std::size_t maxCharacters)
{
    const QString shown = QString::fromStdString(shortQuote(std::move(text), maxCharacters));
    QString broken;
    broken.reserve(shown.size() + shown.size() / kMaxUnbrokenRun);
    int run = 0;
    for (const QChar c : shown) {
        run = c.isSpace() ? 0 : run + 1;
        if (run > kMaxUnbrokenRun && !c.isLowSurrogate()) { // never inside a surrogate pair
            broken += QChar(0x200B);
            run = 1;
        }
        broken += c;
    }
    return broken;
}

} // namespace proserv
