// A reason a document could not be loaded, located as precisely as we can:
// file, line, column and the JSON Pointer of the field at fault.
#pragma once

#include "model/MessageText.h"
#include "model/SourceMap.h"

#include <string>

namespace proserv {

struct LoadError {
    std::string file;
    TextPosition position; // unknown for errors about the file itself
    std::string pointer; // empty = the whole document
    MessageText message;
    bool isNotice = false; // read, deliberately not kept: a note, not an error
    // Set only on the last entry of a capped list: how many more problems
    // the file has that are not listed (every report keeps the count).
    std::size_t moreNotListed = 0;

    // "FILE:LINE:COLUMN: error: MESSAGE [POINTER]" ("note:" for a notice), the shape compilers use,
    // so editors and terminals can jump to it.
    // `translate` renders the message in another language (see MessageText).
    // Control characters from the file (a key named "\x1b[2J") are written
    // as \xHH, so the line is safe for a terminal and stays one line.
    std::string toString(const MessageText::Translate& translate = nullptr) const;
};

// The closing entry of a capped list: "and N more errors in this file, not listed".
LoadError moreNotListedError(const std::string& file, std::size_t count);

} // namespace proserv
