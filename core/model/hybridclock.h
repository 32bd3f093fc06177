// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace pc {

class Clock;

/// The hybrid logical clock of MERGE.md: never goes backwards, always passes every stamp it
/// has seen, and stays close to wall-clock time.
class HybridClock
{
public:
    explicit HybridClock(const Clock& wallClock, quint64 last = 0);

    /// The value for a local write.
    [[nodiscard]] quint64 tick();
    /// Takes in a value received from elsewhere (a merged copy, an opened file).
    void observe(quint64 received);
    [[nodiscard]] quint64 last() const { return m_last; }

    static constexpr int counterBits = 16;
    [[nodiscard]] static quint64 compose(qint64 ms, quint64 counter)
    {
        return (quint64(ms) << counterBits) | counter;
    }

private:
    const Clock& m_wallClock;
    quint64 m_last;
};

} // namespace pc
