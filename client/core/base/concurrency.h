// Two-way parallelism for the few loads large enough to gain from it (the native reader and the
// validator on big banks). The machines the application runs on have a handful of cores, so
// work is split in two at most and no pool is kept between calls.
#pragma once

#include <exception>
#include <thread>

namespace tqm {

// Runs `background` on a second thread while `foreground` runs on this one; an exception thrown
// by either is rethrown here once both have finished.
template <typename Background, typename Foreground>
void runConcurrently(Background&& background, Foreground&& foreground) {
    std::exception_ptr failure;
    std::thread worker([&] {
        try {
            background();
        } catch (...) {
            failure = std::current_exception();
        }
    });
    try {
        foreground();
    } catch (...) {
        worker.join();
        throw;
    }
    worker.join();
    if (failure) std::rethrow_exception(failure);
}

}  // namespace tqm
