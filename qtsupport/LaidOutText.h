// Text from a file for Qt to lay out (a comment card, the review report):
// at most `maxCharacters`, then "… (N more characters)", and a break
// opportunity (U+200B) in every kMaxUnbrokenRun characters without a space.
// Qt lays out one long word in quadratic time — a 256 KB title took 18 s in
// the PDF report, a 10 MB comment 435 s — and runs it off the page; with the
// breaks it wraps and costs linear time.
#pragma once

#include <QString>

#include <cstddef>
#include <string>

namespace proserv {

inline constexpr std::size_t kMaxLaidOutCharacters = 5000;
inline constexpr int kMaxUnbrokenRun = 40;

QString laidOutText(std::string text, std::size_t maxCharacters = kMaxLaidOutCharacters);

} // namespace proserv
