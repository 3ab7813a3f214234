#include "model/NativeFormat.h"

#include "model/ChangeSetImport.h"

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
    // A change kept as written is exported as it is, and read by the rules
    // and the submission view: it must be a change, whatever the draft says.
    const auto& changes = listing.submission.changes;
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const Json& kept = changes[i].verbatim.value;
        if (!changes[i].verbatim.present())
            continue;
        const auto type = kept.is_object() ? kept.find("ChangeType") : kept.end();
        if (type == kept.end() || !type->is_string() || entityTypeOf(kept).empty())
            problems.push_back({"/submission/changes/" + std::to_string(i) + "/verbatim",
                EngineText::tr("a change kept as written must be a Catalog API change: an object with a "
                               "ChangeType and an Entity with its Type")});
    }
    if (problems.size() != before)
        return std::nullopt;
    return listing;
}

} // namespace proserv
