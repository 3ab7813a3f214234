#include "validation/CivilDate.h"

#include <cstdio>

namespace proserv {

namespace {

// Howard Hinnant's days_from_civil / civil_from_days (public domain).
long daysFromCivil(long y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

void civilFromDays(long z, long& y, unsigned& m, unsigned& d)
{
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = static_cast<long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}

bool isLeap(long y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned daysInMonth(long y, unsigned m)
{
    static const unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

bool digitsAt(std::string_view text, std::size_t from, std::size_t count, long& value)
{
    value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        value = value * 10 + (text[i] - '0');
    }
    return true;
}

} // namespace

std::optional<long> parseCivilDate(std::string_view text)
{
    long y = 0, m = 0, d = 0;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !digitsAt(text, 0, 4, y) || !digitsAt(text, 5, 2, m)
        || !digitsAt(text, 8, 2, d))
        return std::nullopt;
    if (y < 1000 || m < 1 || m > 12 || d < 1 || d > static_cast<long>(daysInMonth(y, static_cast<unsigned>(m))))
        return std::nullopt;
    return daysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

std::string formatCivilDate(long days)
{
    long y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, y, m, d);
    char text[16];
    std::snprintf(text, sizeof text, "%04ld-%02u-%02u", y, m, d);
    return text;
}

std::optional<AgreementDuration> parseAgreementDuration(std::string_view text)
{
    if (text.size() < 3 || text[0] != 'P')
        return std::nullopt;
    AgreementDuration duration;
    const char units[] = {'Y', 'M', 'D'};
    long* fields[] = {&duration.years, &duration.months, &duration.days};
    std::size_t i = 1;
    std::size_t nextUnit = 0;
    while (i < text.size()) {
        long value = 0;
        std::size_t digits = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            if (++digits > 6) // a thousand millennia is no agreement
                return std::nullopt;
            value = value * 10 + (text[i] - '0');
            ++i;
        }
        if (digits == 0 || i == text.size())
            return std::nullopt;
        std::size_t unit = nextUnit;
        while (unit < 3 && units[unit] != text[i])
            ++unit;
        if (unit == 3) // an unknown unit, or Y/M/D out of order or repeated
            return std::nullopt;
        *fields[unit] = value;
        nextUnit = unit + 1;
        ++i;
    }
    return duration;
}

long addDuration(long start, const AgreementDuration& duration)
{
    long y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(start, y, m, d);
    const long months = static_cast<long>(m) - 1 + duration.months + 12 * duration.years;
    y += months >= 0 ? months / 12 : (months - 11) / 12;
    const long month0 = ((months % 12) + 12) % 12;
    const unsigned month = static_cast<unsigned>(month0) + 1;
    const unsigned day = d > daysInMonth(y, month) ? daysInMonth(y, month) : d;
    return daysFromCivil(y, month, day) + duration.days;
}

} // namespace proserv
