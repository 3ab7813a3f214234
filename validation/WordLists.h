// The word lists of data/*.txt, compiled in (see CMakeLists.txt); one entry per line.
#pragma once

namespace proserv::wordlists {
extern const char* const offensive_en; // LDNOOBW English, CC BY 4.0
extern const char* const offensive_other; // other languages
extern const char* const offensive_stems; // stems matched with endings and masks
extern const char* const offensive_names; // listed words that are also names
extern const char* const allowed_phrases; // ordinary phrases that contain a listed word
extern const char* const placeholders;
} // namespace proserv::wordlists
