#include "model/FileRead.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace proserv {

namespace {

MessageText systemReason(int error)
{
    if (error == ENOENT)
        return EngineText::tr("no such file");
    if (error == EAGAIN)
        return EngineText::tr("the file cannot be read without waiting (a device or special file)");
    return MessageText::verbatim(std::strerror(error));
}

// Opens without blocking and checks what was opened. -1 with `out.reason` set.
int openRegular(const std::string& path, FileRead& out)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        out.reason = systemReason(errno);
        return -1;
    }
    struct stat status { };
    if (::fstat(fd, &status) != 0) {
        out.reason = systemReason(errno);
        ::close(fd);
        return -1;
    }
    if (S_ISDIR(status.st_mode)) {
        out.reason = EngineText::tr("this is a folder, not a file");
        ::close(fd);
        return -1;
    }
    if (!S_ISREG(status.st_mode)) {
        out.reason = EngineText::tr("not a regular file (a device, socket or pipe)");
        ::close(fd);
        return -1;
    }
    out.size = static_cast<std::uint64_t>(status.st_size);
    return fd;
}

// Reads up to `limit` bytes at `offset`; false with `out.reason` on an error.
// The buffer grows from `expected` bytes (what fstat said, plus one to see a
// file that grew) as far as `limit`, never to `limit` up front: a 14 KB
// listing must not cost a 16 MiB buffer.
bool readAt(int fd, std::uint64_t offset, std::size_t limit, std::string& into, FileRead& out, std::size_t expected = 0)
{
    std::size_t capacity = std::min(limit, std::max<std::size_t>(expected, 4096));
    into.resize(capacity);
    std::size_t got = 0;
    while (got < limit) {
        if (got == capacity) {
            capacity = std::min(limit, capacity * 2);
            into.resize(capacity);
        }
        const ssize_t n = ::pread(fd, into.data() + got, capacity - got, static_cast<off_t>(offset + got));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            out.reason = systemReason(errno);
            return false;
        }
        if (n == 0)
            break;
        got += static_cast<std::size_t>(n);
    }
    into.resize(got);
    return true;
}

} // namespace

FileRead readRegularFile(const std::string& path, std::uint64_t maxBytes)
{
    FileRead out;
    const int fd = openRegular(path, out);
    if (fd < 0)
        return out;
    if (out.size > maxBytes) {
        out.tooLarge = true;
        ::close(fd);
        return out;
    }
    // One more byte than the cap: a file that grew since fstat is still refused.
    std::string bytes;
    const bool read
        = readAt(fd, 0, static_cast<std::size_t>(maxBytes) + 1, bytes, out, static_cast<std::size_t>(out.size) + 1);
    ::close(fd);
    if (!read)
        return out;
    if (bytes.size() > maxBytes) {
        out.tooLarge = true;
        return out;
    }
    out.bytes = std::move(bytes);
    out.size = out.bytes.size();
    out.ok = true;
    return out;
}

FileRead readFileEnds(const std::string& path, std::size_t headBytes, std::size_t tailBytes)
{
    FileRead out;
    const int fd = openRegular(path, out);
    if (fd < 0)
        return out;
    bool read = readAt(fd, 0, headBytes, out.bytes, out);
    if (read && tailBytes > 0 && out.size > 0) {
        const std::uint64_t from = out.size > tailBytes ? out.size - tailBytes : 0;
        read = readAt(fd, from, tailBytes, out.tail, out);
    }
    ::close(fd);
    out.ok = read;
    return out;
}

} // namespace proserv
