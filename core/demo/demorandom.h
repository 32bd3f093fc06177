// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cstddef>
#include <random>

namespace pc {

/// The demo's seeded generator. std::mt19937_64's sequence is fixed by the standard, but the
/// standard distributions are not, so picks use plain arithmetic: the same seed gives the same
/// demo with any standard library.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_engine(seed)
    {
    }

    /// A number in [0, count); count must be positive.
    [[nodiscard]] int below(int count) { return int(m_engine() % quint64(count)); }
    /// A number in [low, high].
    [[nodiscard]] int between(int low, int high) { return low + below(high - low + 1); }

    template <typename T, std::size_t N>
    [[nodiscard]] const T& pick(const T (&pool)[N])
    {
        return pool[below(int(N))];
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace pc
