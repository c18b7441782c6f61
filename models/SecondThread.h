// SecondThread: runs half of a long computation on another thread - two cores halve the time
// to decode and lay out 100,000 keys. When the half is short, or no thread can be started
// (std::async throws std::system_error at a thread limit), the work runs on the calling
// thread when its result is asked for, so a list never fails for want of a thread.
#pragma once

#include <future>
#include <system_error>
#include <utility>

namespace discue {

// Lists of keys at least this long are split between two threads (decoding, preparing rows);
// for shorter ones starting a thread cost as much as it saved (1,000 keys: no gain measured).
constexpr qsizetype keysWorthASecondThread = 2048;

template<typename Work>
auto onSecondThread(bool worthIt, Work work) -> std::future<decltype(work())>
{
    if (worthIt) {
        try {
            return std::async(std::launch::async, work);
        } catch (const std::system_error &) {
            // fall through: run it deferred on this thread
        }
    }
    return std::async(std::launch::deferred, std::move(work));
}

} // namespace discue
