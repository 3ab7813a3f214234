#include "model/NativeFormat.h"

namespace proserv {

Json toNativeJson(const Listing& listing)
{
    return toJsonValue(listing);
}

std::string serializeNative(const Listing& listing)
{
    // Replace rather than throw on invalid UTF-8 that reached the model
    // (e.g. pasted bytes): a save must never fail half-way.
    return toNativeJson(listing).dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::optional<Listing> listingFromNativeJson(const Json& document, FieldProblems& problems)
{
    const std::size_t before = problems.size();
    const auto version = document.find("formatVersion");
    if (version == document.end() || !version->is_number_integer()) {
        problems.push_back({"/formatVersion", EngineText::tr("missing or not a whole number")});
        return std::nullopt;
    }
    if (version->get<long long>() < 1 || version->get<long long>() > Listing::kFormatVersion) {
        problems.push_back({"/formatVersion",
            EngineText::tr("format version %1 is not supported; this version reads format %2 (was "
                           "the file written by a newer ProServ Listing Editor?)")
                .arg(version->dump())
                .arg(Listing::kFormatVersion)});
        return std::nullopt;
    }
    Listing listing;
    fromJsonValue(document, "", listing, problems);
    if (problems.size() != before)
        return std::nullopt;
    return listing;
}

} // namespace proserv
