// libFuzzer target: any bytes as a listing file (native, change set or
// DescribeEntity). What loads must save and load again to the same listing
// and the same bytes.
#include "model/DocumentLoader.h"
#include "model/NativeFormat.h"
#include "validation/Validator.h"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    const proserv::LoadOutcome first = proserv::loadDocumentText(text, "fuzz");
    if (!first.ok())
        return 0;
    proserv::validateListing(first.document->listing);
    const std::string saved = proserv::serializeNative(first.document->listing);
    const proserv::LoadOutcome second = proserv::loadDocumentText(saved, "saved");
    if (!second.ok() || !(second.document->listing == first.document->listing)
        || proserv::serializeNative(second.document->listing) != saved)
        std::abort(); // load → save → load is not stable
    return 0;
}
