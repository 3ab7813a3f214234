// libFuzzer target: change-set and DescribeEntity import, then export. What
// imports must export a change set that imports to the same exportable fields.
#include "model/ChangeSetExport.h"
#include "model/ChangeSetImport.h"
#include "model/NativeFormat.h"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const proserv::Json document = proserv::Json::parse(data, data + size, nullptr, false);
    if (document.is_discarded() || !document.is_object())
        return 0;
    std::vector<proserv::FieldProblem> problems;
    std::optional<proserv::Listing> listing = proserv::looksLikeChangeSet(document)
        ? proserv::listingFromChangeSet(document, problems)
        : proserv::listingFromDescribeEntity(document, problems);
    if (!listing)
        return 0;
    const proserv::Json exported = proserv::exportChangeSet(*listing);
    std::vector<proserv::FieldProblem> again;
    const std::optional<proserv::Listing> reimported = proserv::listingFromChangeSet(exported, again);
    if (!reimported || reimported->product.title != listing->product.title
        || reimported->pricing.dimensions.size() > listing->pricing.dimensions.size()
        || proserv::exportChangeSet(*reimported) != exported)
        std::abort(); // export → import → export is not stable
    (void)proserv::serializeNative(*listing);
    return 0;
}
