// What every check pays before a rule runs: each file read and loaded as
// proserv-check loads it (bounded parse into nlohmann's ordered DOM, which
// keeps unknown members and key order for the round trip; the source map for
// line and column; the model), on every core, with no rule and no output.
// bench/run-bench.sh times it between parse_floor (lexing only) and
// proserv-check, so a target can be read against the part of a check that no
// rule work can remove.
// Usage: load_floor FILE...
#include "model/DocumentLoader.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

int main(int argc, char* argv[])
{
    std::atomic<int> next {1};
    std::atomic<long> loaded {0};
    auto work = [&] {
        for (int i = next++; i < argc; i = next++)
            if (proserv::loadDocumentFile(argv[i]).ok())
                ++loaded;
    };
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < std::max(1u, std::thread::hardware_concurrency()); ++t)
        workers.emplace_back(work);
    for (std::thread& worker : workers)
        worker.join();
    std::printf("%d files, %ld loaded\n", argc - 1, loaded.load());
    return 0;
}
