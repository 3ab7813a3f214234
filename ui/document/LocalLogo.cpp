#include "ui/document/LocalLogo.h"

#include "model/FileRead.h"
#include "model/LogoPath.h"
#include "qtsupport/Translation.h"
#include "ui/document/ListingDocument.h"
#include "validation/ImageProbe.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QImageReader>
#include <QLocale>

namespace proserv {

LocalLogo readLocalLogo(const ListingDocument& document, QSize fitInto)
{
    LocalLogo logo;
    const std::string stored = document.listing().product.logoFile;
    if (stored.empty())
        return logo;
    logo.present = true;
    const LogoLocation location = resolveLogoFile(stored, document.sourcePath().toStdString(), document.isReadOnly());
    const QString path = QDir::toNativeSeparators(QString::fromStdString(location.path));
    if (!location.allowed) {
        logo.problem = translated(logoOutsideFolderMessage());
        return logo;
    }
    const FileRead file = readRegularFile(location.path, kMaxLogoBytes);
    if (!file.ok) {
        logo.problem = file.tooLarge
            ? QCoreApplication::translate("proserv::LogoPicker", "%1 is too large to preview").arg(path)
            : QCoreApplication::translate("proserv::LogoPicker", "Cannot read %1: %2")
                  .arg(path, translated(file.reason));
        return logo;
    }
    const ImageInfo info = probeImageHeader(file.bytes, file.size);
    if (!info.readable) {
        logo.problem = QCoreApplication::translate("proserv::LogoPicker", "Cannot read an image from %1").arg(path);
        return logo;
    }
    logo.facts = QCoreApplication::translate("proserv::LogoPicker", "%1 × %2 px, %3, %4")
                     .arg(info.width)
                     .arg(info.height)
                     .arg(QString::fromLatin1(toString(info.format)).toUpper())
                     .arg(QLocale().formattedDataSize(static_cast<qint64>(file.size)));
    if (std::uint64_t(info.width) * info.height > kMaxDecodedLogoPixels) {
        logo.tooLargeToDecode = true;
        logo.problem = QCoreApplication::translate("proserv::LogoPicker",
            "Images over %1 megapixels are described, not decoded, so a logo cannot exhaust "
            "the editor's memory.")
                           .arg(kMaxDecodedLogoPixels / (1024 * 1024));
        return logo;
    }
    QByteArray bytes = QByteArray::fromStdString(file.bytes);
    QBuffer buffer(&bytes);
    QImageReader reader(&buffer);
    reader.setAllocationLimit(kMaxDecodedLogoMiB);
    const QSize size(static_cast<int>(info.width), static_cast<int>(info.height));
    reader.setScaledSize(size.scaled(fitInto, Qt::KeepAspectRatio));
    logo.image = reader.read();
    if (logo.image.isNull())
        logo.problem = QCoreApplication::translate("proserv::LogoPicker", "Cannot read an image from %1").arg(path);
    return logo;
}

} // namespace proserv
