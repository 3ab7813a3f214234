// What every check pays before a rule runs: each file read and loaded as
// proserv-check loads it (bounded parse into nlohmann's ordered DOM, which
// keeps unknown members and key order for the round trip; the source map for
// line and column; the model), on every core, with no rule and no output.
// bench/run-bench.sh times it between parse_floor (lexing only) and
// proserv-check, so a target can be read against the part of a check that no
// rule work can remove.
// Usage: load_floor FILE...
#include "EveryCore.h"
#include "model/DocumentLoader.h"

#include <atomic>
#include <cstdio>

int main(int argc, char* argv[])
{
    std::atomic<long> loaded {0};
    forEachFileOnEveryCore(argc, argv, [&](const char* path) {
        if (proserv::loadDocumentFile(path).ok())
            ++loaded;
    });
    std::printf("%d files, %ld loaded\n", argc - 1, loaded.load());
    return 0;
}
