// Calendar dates as AWS's offer API writes them (YYYY-MM-DD, UTC) and ISO 8601
// agreement durations (P12M, P1Y6M, P90D), without Qt or the C library's
// time zone: the offer rules are pure functions of the draft and `today`.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace proserv {

// Days since 1970-01-01 of a real calendar date written YYYY-MM-DD, year
// 1000 or later as AWS's pattern has it; nothing for any other text
// ("2026-02-30", "2026-2-3", "2026-02-03T00:00:00Z").
std::optional<long> parseCivilDate(std::string_view text);
std::string formatCivilDate(long days);

// An ISO 8601 duration of years, months and days, as the Catalog API's
// pattern ^P(?=.)(\d+Y)?(\d+M)?(\d+D)?$ admits (no weeks, no time part).
struct AgreementDuration {
    long years = 0;
    long months = 0;
    long days = 0;
    bool isZero() const { return years == 0 && months == 0 && days == 0; }
};
std::optional<AgreementDuration> parseAgreementDuration(std::string_view text);

// `start` plus the duration: months added on the calendar (Jan 31 + P1M =
// Feb 28/29), then days.
long addDuration(long start, const AgreementDuration& duration);

} // namespace proserv
