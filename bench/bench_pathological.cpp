// The shapes a hostile or unlucky file takes (issue: "linear everywhere"):
// each is timed next to a plain nlohmann parse of the same text, so the ratio
// (check / parse) is read from one run and says whether the work grows like
// the input. Sizes stay under the 16 MiB input cap.
#include "model/ChangeSetImport.h"
#include "model/DocumentLoader.h"
#include "model/ListingDiff.h"
#include "model/NativeFormat.h"
#include "model/ReviewComments.h"
#include "qtsupport/ReviewReport.h"
#include "ui/shell/MainWindow.h"
#include "ui/form/UserPrompts.h"
#include "validation/Validator.h"

#include <QApplication>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

namespace {

using proserv::Json;

Json example()
{
    std::ifstream in(PROSERV_EXAMPLES_DIR "/migration-readiness-assessment.proserv.json", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return Json::parse(text.str());
}

// An IAM policy of `statements` statements, each allowing "*" on "*" (every
// statement a finding), on one line.
std::string manyStatements(int statements)
{
    Json listing = example();
    Json list = Json::array();
    for (int i = 0; i < statements; ++i)
        list.push_back({{"Effect", "Allow"}, {"Action", "*"}, {"Resource", "*"}});
    listing["architecture"]["iamPolicies"][0]["document"]
        = Json {{"Version", "2012-10-17"}, {"Statement", list}}.dump();
    return listing.dump();
}

// `count` search keywords, each too long (every keyword a finding).
std::string manyLongKeywords(int count)
{
    Json listing = example();
    listing["product"]["searchKeywords"]
        = Json(std::vector<std::string>(static_cast<std::size_t>(count), std::string(60, 'k')));
    return listing.dump();
}

// A new product's change set with `count` dimensions.
std::string manyDimensions(int count)
{
    Json dims = Json::array();
    for (int i = 0; i < count; ++i)
        dims.push_back({{"Key", "k" + std::to_string(i)}, {"Name", "n" + std::to_string(i)}, {"Description", "d"},
            {"Unit", "Units"}, {"Types", {"Entitled"}}});
    const Json entity = {{"Type", "ProfessionalServicesProduct@1.0"}};
    Json dimensionsEntity = entity;
    dimensionsEntity["Identifier"] = "$CreateProduct.Entity.Identifier";
    return Json {{"Catalog", "AWSMarketplace"},
        {"ChangeSet",
            {{{"ChangeType", "CreateProduct"}, {"ChangeName", "CreateProduct"}, {"Entity", entity},
                 {"DetailsDocument", {{"ProductTitle", "x"}}}},
                {{"ChangeType", "AddDimensions"}, {"Entity", dimensionsEntity}, {"DetailsDocument", dims}}}}}
        .dump();
}

// A long description of `words` words.
std::string manyWords(int words, unsigned seed)
{
    Json listing = example();
    static const char* kWords[] = {"alpha", "beta", "gamma", "delta", "epsilon"};
    std::string text;
    for (int i = 0; i < words; ++i) {
        seed = seed * 1103515245u + 12345u;
        text += std::string(i ? " " : "") + kWords[(seed >> 16) % 5];
    }
    listing["product"]["longDescription"] = text;
    return listing.dump();
}

// A size sweep: `base`, 4× and 16× it, so the growth is read off one run.
void sweep(benchmark::internal::Benchmark* b, int base)
{
    b->Arg(base)->Arg(4 * base)->Arg(16 * base)->Unit(benchmark::kMillisecond);
}

void reference(benchmark::State& state, const std::string& text)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(nlohmann::ordered_json::parse(text));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

void check(benchmark::State& state, const std::string& text)
{
    for (auto _ : state) {
        const proserv::LoadOutcome loaded = proserv::loadDocumentText(text, "bench");
        benchmark::DoNotOptimize(proserv::validateListing(loaded.document->listing));
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

void BM_ParseManyStatements(benchmark::State& state)
{
    reference(state, manyStatements(static_cast<int>(state.range(0))));
}
void BM_CheckManyStatements(benchmark::State& state)
{
    check(state, manyStatements(static_cast<int>(state.range(0))));
}
BENCHMARK(BM_ParseManyStatements)->Apply([](auto* b) { sweep(b, 6250); });
BENCHMARK(BM_CheckManyStatements)->Apply([](auto* b) { sweep(b, 6250); });

void BM_ParseManyLongKeywords(benchmark::State& state)
{
    reference(state, manyLongKeywords(static_cast<int>(state.range(0))));
}
void BM_CheckManyLongKeywords(benchmark::State& state)
{
    check(state, manyLongKeywords(static_cast<int>(state.range(0))));
}
BENCHMARK(BM_ParseManyLongKeywords)->Apply([](auto* b) { sweep(b, 6250); });
BENCHMARK(BM_CheckManyLongKeywords)->Apply([](auto* b) { sweep(b, 6250); });

void BM_ParseManyDimensions(benchmark::State& state)
{
    reference(state, manyDimensions(static_cast<int>(state.range(0))));
}
void BM_CheckManyDimensions(benchmark::State& state)
{
    check(state, manyDimensions(static_cast<int>(state.range(0))));
}
// 1×, 4×, 16×: a check that grows like the parse has a constant ratio.
BENCHMARK(BM_ParseManyDimensions)->Apply([](auto* b) { sweep(b, 5000); });
BENCHMARK(BM_CheckManyDimensions)->Apply([](auto* b) { sweep(b, 5000); });

// Parsing both versions, the reference for diffing them (`make` builds
// version `seed` of a listing at `state.range(0)`).
void referenceTwo(benchmark::State& state, std::string (*make)(int, unsigned))
{
    const std::string a = make(static_cast<int>(state.range(0)), 1), b = make(static_cast<int>(state.range(0)), 2);
    for (auto _ : state) {
        benchmark::DoNotOptimize(nlohmann::ordered_json::parse(a));
        benchmark::DoNotOptimize(nlohmann::ordered_json::parse(b));
    }
}
void diffTwo(benchmark::State& state, std::string (*make)(int, unsigned))
{
    const int size = static_cast<int>(state.range(0));
    const proserv::Listing a = proserv::loadDocumentText(make(size, 1), "a").document->listing;
    const proserv::Listing b = proserv::loadDocumentText(make(size, 2), "b").document->listing;
    for (auto _ : state)
        benchmark::DoNotOptimize(proserv::diffListings(a, b));
}

// diff of two listings whose long descriptions share nothing in order.
void BM_ParseTwoForDiff(benchmark::State& state)
{
    referenceTwo(state, manyWords);
}
void BM_DiffLongDescriptions(benchmark::State& state)
{
    diffTwo(state, manyWords);
}
BENCHMARK(BM_ParseTwoForDiff)->Apply([](auto* b) { sweep(b, 4375); });
BENCHMARK(BM_DiffLongDescriptions)->Apply([](auto* b) { sweep(b, 4375); });

// Two versions of a listing with `count` keywords and dimensions each, a
// tenth of the items replaced or renamed and the rest shifted by one: the
// shape whose item matching was quadratic (45 s for two 400 KB listings).
std::string manyItems(int count, unsigned seed)
{
    Json listing = example();
    Json keywords = Json::array();
    Json dimensions = Json::array();
    for (int i = 0; i < count; ++i) {
        seed = seed * 1103515245u + 12345u;
        const bool replaced = (seed >> 16) % 10 == 0;
        const int id = replaced ? i + 1000000 : i + static_cast<int>(seed % 2);
        keywords.push_back("kw" + std::to_string(id));
        dimensions.push_back({{"key", "k" + std::to_string(id)}, {"name", "Name " + std::to_string(id)},
            {"description", "d"}, {"unit", "Units"}, {"types", {"Entitled"}}, {"service", ""}});
    }
    listing["product"]["searchKeywords"] = keywords;
    listing["pricing"]["dimensions"] = dimensions;
    return listing.dump();
}
void BM_ParseTwoManyItems(benchmark::State& state)
{
    referenceTwo(state, manyItems);
}
void BM_DiffManyItems(benchmark::State& state)
{
    diffTwo(state, manyItems);
}
BENCHMARK(BM_ParseTwoManyItems)->Apply([](auto* b) { sweep(b, 1000); });
BENCHMARK(BM_DiffManyItems)->Apply([](auto* b) { sweep(b, 1000); });

// One endless sentence of text that keeps the text rules busy: brackets that
// never close, payment words, masked-looking words, 40-character runs.
std::string hostileText(int kilobytes)
{
    Json listing = example();
    static const char* kPieces[] = {"<[{%__ ", "card number ", "send us your card number ", "paypal pay ", "f**k ",
        "AKIAxxxxxxxx ", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaAa1.", "$5,000 "};
    std::string text;
    for (std::size_t i = 0; text.size() < static_cast<std::size_t>(kilobytes) * 1024; ++i)
        text += kPieces[i % 8];
    listing["product"]["longDescription"] = text;
    return listing.dump();
}

void BM_ParseHostileText(benchmark::State& state)
{
    reference(state, hostileText(static_cast<int>(state.range(0))));
}
void BM_CheckHostileText(benchmark::State& state)
{
    check(state, hostileText(static_cast<int>(state.range(0))));
}
BENCHMARK(BM_ParseHostileText)->Apply([](auto* b) { sweep(b, 64); });
BENCHMARK(BM_CheckHostileText)->Apply([](auto* b) { sweep(b, 64); });

// One description of `kilobytes` KB repeating `piece`: the shapes that were
// super-linear once, each of them a candidate for a text rule again and again.
std::string repeatedText(int kilobytes, const char* piece)
{
    Json listing = example();
    std::string text;
    while (text.size() < static_cast<std::size_t>(kilobytes) * 1024)
        text += piece;
    listing["product"]["longDescription"] = text;
    return listing.dump();
}

// Listed words inside allowed phrases (every match checked against the allowed ones).
const char* const kInsideAllowed = "sexual harassment prevention training, ";
// Angle brackets that never close (each '<' looks for its end).
const char* const kOpenAngles = "< <your <COMPANY ";
// Country codes and check digits that start an IBAN of the wrong length or checksum.
const char* const kIbanLookalikes = "DE89 3704 0044 0532 0130 GB82 WEST 1234 5698 7654 3 ";

void BM_ParseRepeated(benchmark::State& state, const char* piece)
{
    reference(state, repeatedText(static_cast<int>(state.range(0)), piece));
}
void BM_CheckRepeated(benchmark::State& state, const char* piece)
{
    check(state, repeatedText(static_cast<int>(state.range(0)), piece));
}
BENCHMARK_CAPTURE(BM_ParseRepeated, insideAllowed, kInsideAllowed)->Apply([](auto* b) { sweep(b, 64); });
BENCHMARK_CAPTURE(BM_CheckRepeated, insideAllowed, kInsideAllowed)->Apply([](auto* b) { sweep(b, 64); });
BENCHMARK_CAPTURE(BM_ParseRepeated, openAngles, kOpenAngles)->Apply([](auto* b) { sweep(b, 64); });
BENCHMARK_CAPTURE(BM_CheckRepeated, openAngles, kOpenAngles)->Apply([](auto* b) { sweep(b, 64); });
BENCHMARK_CAPTURE(BM_ParseRepeated, ibanLookalikes, kIbanLookalikes)->Apply([](auto* b) { sweep(b, 64); });
BENCHMARK_CAPTURE(BM_CheckRepeated, ibanLookalikes, kIbanLookalikes)->Apply([](auto* b) { sweep(b, 64); });

// ---- size sweeps (1×, 4×, 16×) of the shapes a second red team broke ----

// `count` search keywords of the wrong type: 100 load errors listed, the rest counted.
std::string wrongItems(int count)
{
    Json listing = example();
    listing["product"]["searchKeywords"] = Json(std::vector<int>(static_cast<std::size_t>(count), 1));
    return listing.dump();
}
void BM_ParseWrongItems(benchmark::State& state)
{
    reference(state, wrongItems(static_cast<int>(state.range(0))));
}
void BM_LoadWrongItems(benchmark::State& state)
{
    const std::string text = wrongItems(static_cast<int>(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(proserv::loadDocumentText(text, "bench"));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_ParseWrongItems)->Apply([](auto* b) { sweep(b, 250000); });
BENCHMARK(BM_LoadWrongItems)->Apply([](auto* b) { sweep(b, 250000); });

// `count` comments, each anchored to one of `count` keywords: placing them
// all reads the keyword list once.
void BM_PlaceComments(benchmark::State& state)
{
    const auto count = static_cast<std::size_t>(state.range(0));
    proserv::Listing listing;
    for (std::size_t i = 0; i < count; ++i)
        listing.product.searchKeywords.push_back("keyword " + std::to_string(i));
    std::vector<proserv::ReviewComment> comments(count);
    for (std::size_t i = 0; i < count; ++i) {
        comments[i].pointer = "/product/searchKeywords/" + std::to_string(count - 1 - i);
        comments[i].anchors = proserv::anchorsFor(listing, comments[i].pointer);
    }
    for (auto _ : state) {
        proserv::CommentLocator locator(listing);
        for (const proserv::ReviewComment& comment : comments)
            benchmark::DoNotOptimize(locator.currentPointer(comment));
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * count));
}
BENCHMARK(BM_PlaceComments)->Apply([](auto* b) { sweep(b, 4000); });

// The PDF review report of a listing whose title and one comment are one
// word of `length` characters.
void BM_ReportPdfLongWords(benchmark::State& state)
{
    proserv::Listing listing = proserv::loadDocumentText(example().dump(), "bench").document->listing;
    listing.product.title = std::string(static_cast<std::size_t>(state.range(0)), 'x');
    proserv::ReviewComment comment;
    comment.pointer = "/product/title";
    comment.text = std::string(static_cast<std::size_t>(state.range(0)), 'y');
    proserv::ReviewReportInput input;
    input.listing = &listing;
    input.comments = {comment};
    for (auto _ : state)
        benchmark::DoNotOptimize(proserv::reviewReportPdf(input));
}
BENCHMARK(BM_ReportPdfLongWords)->Apply([](auto* b) { sweep(b, 256 * 1024); });

// The editor opening a listing of `count` keywords (the window built once).
void BM_EditorOpensManyKeywords(benchmark::State& state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.proserv.json"));
    Json listing = example();
    std::vector<std::string> keywords;
    for (int i = 0; i < state.range(0); ++i)
        keywords.push_back("k" + std::to_string(i));
    listing["product"]["searchKeywords"] = keywords;
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(QByteArray::fromStdString(listing.dump()));
    file.close();
    proserv::UserPrompts::setTesting(true);
    proserv::MainWindow window;
    for (auto _ : state) {
        window.openFile(path);
        QApplication::processEvents();
    }
}
BENCHMARK(BM_EditorOpensManyKeywords)->Apply([](auto* b) { sweep(b, 25000); });

} // namespace

// Google Benchmark's main, inside an offscreen application for the report
// and editor shapes.
int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
