#include "validation/ImageProbe.h"

#include "model/LogoPath.h"

#include "model/FileRead.h"

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace proserv {

const char* toString(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png: return "PNG";
    case ImageFormat::Jpeg: return "JPEG";
    case ImageFormat::Gif: return "GIF";
    case ImageFormat::Unknown: break;
    }
    return "unknown";
}

namespace {

std::uint32_t byteAt(std::string_view b, std::size_t i)
{
    return static_cast<unsigned char>(b[i]);
}
std::uint32_t bigEndian16(std::string_view b, std::size_t i)
{
    return byteAt(b, i) << 8 | byteAt(b, i + 1);
}
std::uint32_t bigEndian32(std::string_view b, std::size_t i)
{
    return bigEndian16(b, i) << 16 | bigEndian16(b, i + 2);
}
std::uint32_t littleEndian16(std::string_view b, std::size_t i)
{
    return byteAt(b, i) | byteAt(b, i + 1) << 8;
}

void probeJpeg(std::string_view b, ImageInfo& info)
{
    std::size_t i = 2;
    while (i + 9 < b.size()) {
        if (byteAt(b, i) != 0xFF) {
            info.error = EngineText::tr("corrupt JPEG header");
            return;
        }
        const std::uint32_t marker = byteAt(b, i + 1);
        if (marker == 0xFF) { // fill byte
            ++i;
            continue;
        }
        const bool startOfFrame
            = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (startOfFrame) {
            info.height = bigEndian16(b, i + 5);
            info.width = bigEndian16(b, i + 7);
            info.readable = true;
            return;
        }
        i += 2 + bigEndian16(b, i + 2);
    }
    info.error = EngineText::tr("no image size found in the JPEG header");
}

} // namespace

ImageInfo probeImageHeader(std::string_view b, std::uint64_t fileBytes)
{
    ImageInfo info;
    info.fileBytes = fileBytes;
    if (b.size() >= 24 && b.substr(0, 8) == std::string_view("\x89PNG\r\n\x1a\n", 8) && b.substr(12, 4) == "IHDR") {
        info.format = ImageFormat::Png;
        info.width = bigEndian32(b, 16);
        info.height = bigEndian32(b, 20);
        info.readable = true;
    } else if (b.size() >= 10 && (b.substr(0, 6) == "GIF87a" || b.substr(0, 6) == "GIF89a")) {
        info.format = ImageFormat::Gif;
        info.width = littleEndian16(b, 6);
        info.height = littleEndian16(b, 8);
        info.readable = true;
    } else if (b.size() >= 4 && byteAt(b, 0) == 0xFF && byteAt(b, 1) == 0xD8) {
        info.format = ImageFormat::Jpeg;
        probeJpeg(b, info);
    } else {
        info.error = EngineText::tr("not a PNG, JPEG or GIF image");
    }
    return info;
}

ImageInfo probeImageHeader(std::string_view b, std::uint64_t fileBytes, std::string_view tail)
{
    ImageInfo info = probeImageHeader(b, fileBytes);
    if (!info.readable)
        return info;
    const bool complete = info.format == ImageFormat::Png
        ? tail.size() >= 8 && tail.substr(tail.size() - 8, 4) == "IEND"
        : info.format == ImageFormat::Jpeg ? tail.size() >= 2 && tail.substr(tail.size() - 2) == "\xFF\xD9"
        : info.format == ImageFormat::Gif  ? !tail.empty() && tail.back() == '\x3B'
                                           : true;
    if (!complete) {
        info.readable = false;
        info.error
            = EngineText::tr("the %1 file is incomplete (it ends before the image does)").arg(toString(info.format));
    }
    return info;
}

ImageInfo probeImageFile(const std::string& path)
{
    // JPEG metadata (EXIF, ICC profiles) can precede the frame header.
    const FileRead file = readFileEnds(path, 256 * 1024, 16);
    if (!file.ok) {
        ImageInfo info;
        info.error = file.reason;
        return info;
    }
    return probeImageHeader(file.bytes, file.size, file.tail);
}

LogoLocation resolveLogoFile(const std::string& logoFile, const std::string& documentPath, bool confined)
{
    namespace fs = std::filesystem;
    LogoLocation location;
    fs::path path(logoFile);
    const fs::path folder = documentFolder(documentPath);
    if (path.is_relative())
        path = folder / path;
    location.path = path.string();
    if (!confined)
        return location;
    std::error_code ec;
    const fs::path realFolder = fs::weakly_canonical(folder, ec);
    const fs::path realLogo = fs::weakly_canonical(path, ec);
    // Confined with no folder to be inside of (it is unknown): nothing is.
    if (ec || folder.empty() || !isInsideFolder(realLogo, realFolder)) {
        location.allowed = false;
        return location;
    }
    location.path = realLogo.string();
    return location;
}

MessageText logoOutsideFolderMessage()
{
    return EngineText::tr("not read: the logo file must be inside the listing's folder");
}

} // namespace proserv
