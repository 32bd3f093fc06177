// SPDX-License-Identifier: GPL-3.0-or-later
#include "hybridclock.h"

#include "common/clock.h"

#include <algorithm>

namespace pc {

HybridClock::HybridClock(const Clock& wallClock, quint64 last)
    : m_wallClock(wallClock)
    , m_last(last)
{
}

quint64 HybridClock::tick()
{
    const quint64 now = compose(std::max<qint64>(m_wallClock.nowMs(), 0), 0);
    // When the wall clock has moved past us, start its millisecond at counter 0; otherwise
    // count up. A full counter spills into the millisecond field, which keeps order.
    m_last = std::max(now, m_last + 1);
    return m_last;
}

void HybridClock::observe(quint64 received)
{
    m_last = std::max(m_last, received);
}

} // namespace pc
