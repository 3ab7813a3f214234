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

    // "FILE:LINE:COLUMN: error: MESSAGE [POINTER]" ("note:" for a notice), the shape compilers use,
    // so editors and terminals can jump to it.
    // `translate` renders the message in another language (see MessageText).
    // Control characters from the file (a key named "\x1b[2J") are written
    // as \xHH, so the line is safe for a terminal and stays one line.
    std::string toString(const MessageText::Translate& translate = nullptr) const;
};

} // namespace proserv
