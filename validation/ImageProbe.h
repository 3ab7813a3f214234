// Reads what the logo rule needs from an image file's header: the real
// format (by signature, not extension), the pixel size and the file size.
// Nothing is decoded, so a decompression bomb costs a few bytes of reading.
// This is the only file access of the rule engine; callers probe and pass the
// result in, so validation itself stays a pure function.
#pragma once

#include "model/MessageText.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace proserv {

enum class ImageFormat { Unknown, Png, Jpeg, Gif };

const char* toString(ImageFormat format);

struct ImageInfo {
    bool readable = false;
    MessageText error; // why not, when !readable
    ImageFormat format = ImageFormat::Unknown;
    std::uint64_t fileBytes = 0;
    std::uint32_t width = 0;
    std::uint32_t height = 0;
};

// Parses the first bytes of an image (enough for PNG/GIF; JPEG may need the
// segments up to its first SOF marker).
ImageInfo probeImageHeader(std::string_view bytes, std::uint64_t fileBytes);

ImageInfo probeImageFile(const std::string& path);

} // namespace proserv
