// Text from a file, made safe to print: a terminal must never receive a
// control sequence a stranger wrote (a key named "\x1b]0;pwned\x07" would
// retitle the window, "\x1b[2J" clear the screen and print a fake verdict).
#pragma once

#include <string>
#include <string_view>

namespace proserv {

// The control character at text[i] — a C0 control or DEL (1 byte), a C1
// control (2 bytes) or a bidi embedding, override or isolate (3 bytes) —
// with its code point; 0 when text[i] starts none. The one definition the
// printing and the text rules share.
std::size_t controlCharacterAt(std::string_view text, std::size_t i, unsigned& codePoint);

// The length of the well-formed UTF-8 sequence at text[i] (1 to 4), 0 when
// the bytes there are not one (a Latin-1 file name, a cut sequence).
std::size_t utf8SequenceAt(std::string_view text, std::size_t i);

// C0 controls and DEL as \xHH, C1 controls (U+0080–U+009F) and the bidi
// embedding, override and isolate characters (U+202A–U+202E, U+2066–U+2069,
// which reorder what the terminal shows) as \uHHHH; bytes that are not UTF-8
// as \xHH. Everything else, UTF-8 included, is kept. Line breaks are escaped too: callers print one line at a time.
std::string printableText(std::string_view text);

// The same, keeping the line breaks ('\n') of text made of several lines:
// every message a program prints for a terminal passes through it.
std::string printableLines(std::string_view text);

// Dumped JSON made as safe: the C1 controls and bidi characters that JSON
// leaves raw inside strings are written as \uHHHH escapes (C0 controls are
// escaped by the JSON writer already). The JSON means the same.
std::string printableJson(std::string dumped);

} // namespace proserv
