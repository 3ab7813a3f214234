// The floor under any proserv-check batch: read each file with one read() and
// run nlohmann's SAX lexer over it (no DOM, no model, no rules, no output), on
// every core, as proserv-check does. bench/run-bench.sh times it beside
// ajv-cli and proserv-check, so the issue-15 targets can be read against what
// the JSON library alone costs on this machine.
// Usage: parse_floor FILE...
#include "EveryCore.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <cstdio>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace {

using Json = nlohmann::ordered_json;

// Accepts every event and counts strings, so the lexer's work cannot be optimised away.
struct CountingSax : nlohmann::json_sax<Json> {
    long strings = 0;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return ++strings > 0; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }
};

bool readWhole(const char* path, std::string& text)
{
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    struct stat status { };
    if (fd < 0 || ::fstat(fd, &status) != 0)
        return false;
    text.resize(static_cast<std::size_t>(status.st_size));
    const bool ok = ::read(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
    ::close(fd);
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    std::atomic<long> strings {0};
    forEachFileOnEveryCore(argc, argv, [&](const char* path) {
        thread_local std::string text; // one buffer per core, as proserv-check reads
        CountingSax sax;
        if (readWhole(path, text))
            Json::sax_parse(text, &sax);
        strings += sax.strings;
    });
    std::printf("%d files, %ld strings\n", argc - 1, strings.load());
    return 0;
}
