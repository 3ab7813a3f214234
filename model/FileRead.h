// Reading a file a stranger may have named: never blocking, never reading
// what is not a regular file, never more than a cap. open(O_NONBLOCK) then
// fstat() on the open descriptor, so a FIFO, a device or a /proc file whose
// read would wait (/proc/kmsg) is refused and cannot be swapped in between a
// check and the open; errors carry the system's reason (a symlink loop, a
// permission problem), not a guess.
#pragma once

#include "model/MessageText.h"

#include <cstdint>
#include <string>

namespace proserv {

struct FileRead {
    bool ok = false;
    std::string bytes; // the content (or, with a head limit, its start)
    std::string tail; // the last bytes, when asked for
    std::uint64_t size = 0; // the file's size
    bool tooLarge = false; // larger than the cap: nothing was read
    MessageText reason; // why not: "no such file", the system's words, "not a regular file"
};

// The whole file, up to `maxBytes` (tooLarge beyond).
FileRead readRegularFile(const std::string& path, std::uint64_t maxBytes);

// The first `headBytes` and the last `tailBytes` of a regular file of any size.
FileRead readFileEnds(const std::string& path, std::size_t headBytes, std::size_t tailBytes);

} // namespace proserv
