// Writes N varied native listings (derived from the complete example with a
// fixed-seed generator) for the proserv-check vs ajv benchmark.
// Usage: generate_listings OUT_DIR COUNT
#include "model/DocumentLoader.h"
#include "model/NativeFormat.h"

#include <fstream>
#include <iostream>
#include <random>

int main(int argc, char* argv[])
{
    if (argc != 3) {
        std::cerr << "usage: generate_listings OUT_DIR COUNT\n";
        return 2;
    }
    const std::string outDir = argv[1];
    const int count = std::stoi(argv[2]);
    const proserv::LoadOutcome example
        = proserv::loadDocumentFile(PROSERV_EXAMPLES_DIR "/migration-readiness-assessment.proserv.json");
    if (!example.ok())
        return 2;
    std::mt19937 random(20261126);
    const std::vector<std::string> words = {"migration", "assessment", "landing", "zone", "security", "review", "cost",
        "workload", "TBD", "PayPal", "4111 1111 1111 1111", "analysis"};
    for (int i = 0; i < count; ++i) {
        proserv::Listing l = example.document->listing;
        l.product.title = "Listing " + std::to_string(i) + " " + words[random() % words.size()];
        for (unsigned k = random() % 40; k > 0; --k)
            l.product.longDescription += " " + words[random() % words.size()];
        l.pricing.dimensions.resize(1 + random() % 3);
        for (unsigned k = random() % 20; k > 0; --k) {
            proserv::PricingDimension d = l.pricing.dimensions[0];
            d.key += "-" + std::to_string(k);
            d.name += " " + std::to_string(k);
            l.pricing.dimensions.push_back(d);
        }
        l.support.responseTimeBusinessDays = static_cast<int>(random() % 4);
        l.attestations.registeredPaidSeller = random() % 5 != 0;
        if (random() % 3 == 0)
            l.product.categories = {"Migration"};
        std::ofstream(outDir + "/listing-" + std::to_string(i) + ".proserv.json", std::ios::binary)
            << proserv::serializeNative(l);
    }
    return 0;
}
