// How long the rule engine and the file formats take on the complete example:
// the editor runs validateListing() on every keystroke.
#include "LargeListing.h"
#include "model/ChangeSetExport.h"
#include "model/DocumentLoader.h"
#include "model/NativeFormat.h"
#include "validation/Validator.h"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace {

std::string readExample()
{
    std::ifstream in(PROSERV_EXAMPLES_DIR "/migration-readiness-assessment.proserv.json", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

proserv::Listing completeListing()
{
    return proserv::loadDocumentText(readExample(), "example").document->listing;
}

void BM_ValidateCompleteExample(benchmark::State& state)
{
    const proserv::Listing listing = completeListing();
    for (auto _ : state)
        benchmark::DoNotOptimize(proserv::validateListing(listing));
}
BENCHMARK(BM_ValidateCompleteExample)->Unit(benchmark::kMicrosecond);

// The floor the rule pass is measured against: one parse of the same file's
// text into nlohmann's ordered DOM (what loading starts with).
void BM_ParseCompleteExample(benchmark::State& state)
{
    const std::string text = readExample();
    for (auto _ : state)
        benchmark::DoNotOptimize(nlohmann::ordered_json::parse(text));
}
BENCHMARK(BM_ParseCompleteExample)->Unit(benchmark::kMicrosecond);

// The editor's worst case: 5,000-character descriptions and 24 dimensions.
void BM_ValidateLargestListing(benchmark::State& state)
{
    const proserv::Listing listing = proserv::bench::largestListing();
    for (auto _ : state)
        benchmark::DoNotOptimize(proserv::validateListing(listing));
}
BENCHMARK(BM_ValidateLargestListing)->Unit(benchmark::kMicrosecond);

void BM_LoadNative(benchmark::State& state)
{
    const std::string text = readExample();
    for (auto _ : state)
        benchmark::DoNotOptimize(proserv::loadDocumentText(text, "example"));
}
BENCHMARK(BM_LoadNative)->Unit(benchmark::kMicrosecond);

void BM_SaveNative(benchmark::State& state)
{
    const proserv::Listing listing = completeListing();
    for (auto _ : state)
        benchmark::DoNotOptimize(proserv::serializeNative(listing));
}
BENCHMARK(BM_SaveNative)->Unit(benchmark::kMicrosecond);

void BM_ExportChangeSet(benchmark::State& state)
{
    const proserv::Listing listing = completeListing();
    for (auto _ : state)
        benchmark::DoNotOptimize(proserv::serializeChangeSet(listing));
}
BENCHMARK(BM_ExportChangeSet)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
