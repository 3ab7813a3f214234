#include "validation/ImageProbe.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

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

std::uint32_t byteAt(std::string_view b, std::size_t i) { return static_cast<unsigned char>(b[i]); }
std::uint32_t bigEndian16(std::string_view b, std::size_t i) { return byteAt(b, i) << 8 | byteAt(b, i + 1); }
std::uint32_t bigEndian32(std::string_view b, std::size_t i) { return bigEndian16(b, i) << 16 | bigEndian16(b, i + 2); }
std::uint32_t littleEndian16(std::string_view b, std::size_t i) { return byteAt(b, i) | byteAt(b, i + 1) << 8; }

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
        const bool startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
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

ImageInfo probeImageFile(const std::string& path)
{
    ImageInfo info;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        info.error = EngineText::tr("no such file");
        return info;
    }
    const std::uint64_t size = std::filesystem::file_size(path, ec);
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        info.error = MessageText::verbatim(std::strerror(errno));
        return info;
    }
    // JPEG metadata (EXIF, ICC profiles) can precede the frame header.
    std::string head(256 * 1024, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    return probeImageHeader(head, size);
}

} // namespace proserv
