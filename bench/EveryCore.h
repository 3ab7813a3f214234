// The batch harness of the floor benchmarks: every file of the command line
// handed to `each` on every core, as proserv-check spreads its files.
#pragma once

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

template <class Each>
void forEachFileOnEveryCore(int argc, char* argv[], Each each)
{
    std::atomic<int> next {1};
    auto work = [&] {
        for (int i = next++; i < argc; i = next++)
            each(argv[i]);
    };
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < std::max(1u, std::thread::hardware_concurrency()); ++t)
        workers.emplace_back(work);
    for (std::thread& worker : workers)
        worker.join();
}
