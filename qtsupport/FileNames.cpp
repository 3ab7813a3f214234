#include "qtsupport/FileNames.h"

#include "model/PrintableText.h"

#include <QFileInfo>

#include <string_view>

namespace proserv {

namespace {

constexpr char16_t kEscapeBase = 0xDC00; // U+DC80..U+DCFF stand for the bytes 0x80..0xFF

bool isEscapedByte(const QString& name, qsizetype i)
{
    const char16_t unit = name.at(i).unicode();
    // A low surrogate after a high one is half of a real character.
    return unit >= 0xDC80 && unit <= 0xDCFF && (i == 0 || !name.at(i - 1).isHighSurrogate());
}

} // namespace

QString decodeFileName(const QByteArray& bytes)
{
    const std::string_view text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    QString name;
    std::size_t runStart = 0;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t sequence = utf8SequenceAt(text, i);
        if (sequence > 0) {
            i += sequence;
            continue;
        }
        name += QString::fromUtf8(text.data() + runStart, static_cast<qsizetype>(i - runStart));
        name += QChar(static_cast<char16_t>(kEscapeBase + static_cast<unsigned char>(text[i])));
        runStart = ++i;
    }
    name += QString::fromUtf8(text.data() + runStart, static_cast<qsizetype>(text.size() - runStart));
    return name;
}

QByteArray encodeFileName(const QString& name)
{
    QByteArray bytes;
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (!isEscapedByte(name, i))
            continue;
        bytes += name.mid(runStart, i - runStart).toUtf8();
        bytes += static_cast<char>(name.at(i).unicode() - kEscapeBase);
        runStart = i + 1;
    }
    bytes += name.mid(runStart).toUtf8();
    return bytes;
}

QStringList argumentsKeepingBytes(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << decodeFileName(QByteArray(argv[i]));
    return arguments;
}

QString displayFileName(const QString& name)
{
    QString shown;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (isEscapedByte(name, i))
            shown += QStringLiteral("\\x")
                + QString::number(name.at(i).unicode() - kEscapeBase, 16).toUpper().rightJustified(2, QLatin1Char('0'));
        else
            shown += name.at(i);
    }
    return shown;
}

QString displayedBaseName(const QString& path)
{
    return displayFileName(QFileInfo(path).fileName());
}

} // namespace proserv
