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

// AWS Marketplace takes logos under 5 MB; the editor previews no larger one.
inline constexpr std::uint64_t kMaxLogoBytes = 5u * 1024u * 1024u;
// Each side of a logo, in pixels (setup-logo-file); the editor decodes no larger one.
inline constexpr std::uint32_t kMinLogoSide = 110;
inline constexpr std::uint32_t kMaxLogoSide = 10000;
// The editor's decoding budget for a logo preview: 4 megapixels (2048 × 2048).
// Decoded as RGBA that is 16 MiB; a progressive JPEG keeps its coefficients
// too (up to 24 MiB more), so the editor's peak with any logo stays within
// a few tens of MiB of its peak without one. Larger images are described
// from their header, never decoded (a 10000 × 10000 JPEG took 635 MB).
inline constexpr std::uint64_t kMaxDecodedLogoPixels = 4u * 1024u * 1024u;
inline constexpr int kMaxDecodedLogoMiB = 48; // QImageReader's own allocation limit, a second guard

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

// `tail` (the file's last bytes) lets it check the image is complete: a PNG
// ends with its IEND chunk, a JPEG with FF D9, a GIF with 3B.
ImageInfo probeImageHeader(std::string_view bytes, std::uint64_t fileBytes, std::string_view tail);

// Opens without blocking and reads only the start and the end of a regular file.
ImageInfo probeImageFile(const std::string& path);

// Where a listing's local logo file is: resolved against the listing's
// folder. `confined` (a file from someone else: everything proserv-check
// reads, the editor's review mode) allows only a file inside that folder's
// tree, symbolic links resolved; anything else is refused with the same
// words whether it exists or not, so a report cannot tell its author what is
// on the reviewer's disk.
struct LogoLocation {
    std::string path;
    bool allowed = true;
};
LogoLocation resolveLogoFile(const std::string& logoFile, const std::string& documentPath, bool confined);

// The message for a logo outside the listing's folder.
MessageText logoOutsideFolderMessage();

} // namespace proserv
