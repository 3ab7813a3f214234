// Runs independent jobs on every core and hands their results back in job
// order, each as soon as it and all before it are done: proserv-check writes
// the report of file 1 while file 500 is being checked, instead of holding
// every report until the last file is read.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace proserv {

// produce(i) runs on worker threads for every i in [0, count); consume(i,
// result) runs on the calling thread in order of i. At most `window` results
// wait to be consumed at a time, so memory stays bounded however many jobs
// there are.
template <class Result, class Produce, class Consume>
void runInOrder(std::size_t count, Produce produce, Consume consume, std::size_t window = 64)
{
    std::vector<std::optional<Result>> waiting(window);
    std::mutex mutex;
    std::condition_variable ready; // a slot was filled
    std::condition_variable space; // a slot was emptied
    std::size_t next = 0; // the next job to hand out
    std::size_t consumed = 0; // jobs consumed so far

    auto work = [&] {
        for (;;) {
            std::size_t job = 0;
            {
                std::unique_lock<std::mutex> lock(mutex);
                space.wait(lock, [&] { return next >= count || next < consumed + window; });
                if (next >= count)
                    return;
                job = next++;
            }
            Result result = produce(job);
            {
                std::lock_guard<std::mutex> lock(mutex);
                waiting[job % window] = std::move(result);
            }
            ready.notify_all();
        }
    };
    const std::size_t workers = std::min<std::size_t>(count, std::max(1u, std::thread::hardware_concurrency()));
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < workers; ++t)
        threads.emplace_back(work);
    for (std::size_t job = 0; job < count; ++job) {
        std::optional<Result> result;
        {
            std::unique_lock<std::mutex> lock(mutex);
            ready.wait(lock, [&] { return waiting[job % window].has_value(); });
            result = std::move(waiting[job % window]);
            waiting[job % window].reset();
            ++consumed;
        }
        space.notify_all();
        consume(job, std::move(*result));
    }
    for (std::thread& thread : threads)
        thread.join();
}

} // namespace proserv
