// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/hybridclock.h"
#include "model/stamp.h"
#include "support/testsupport.h"

using namespace pc;

TEST_CASE("Stamps order by clock value, then by device", "[stamp]")
{
    const QUuid a = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-000000000001"));
    const QUuid b = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-000000000002"));
    CHECK(Stamp{1, b} < Stamp{2, a});
    CHECK(Stamp{2, a} < Stamp{2, b});
    CHECK(Stamp{2, a} == Stamp{2, a});
    const Stamp s{0x0001931a2b3c4d5eULL, b};
    CHECK(Stamp::fromText(s.toText()) == s);
    CHECK_FALSE(Stamp::fromText(QStringLiteral("nonsense")).has_value());
}

TEST_CASE("The hybrid clock never goes backwards and passes what it has seen", "[stamp]")
{
    ManualClock wall(1'000);
    HybridClock clock(wall);
    const quint64 first = clock.tick();
    CHECK(first == HybridClock::compose(1'000, 0));
    const quint64 second = clock.tick();
    CHECK(second == HybridClock::compose(1'000, 1));
    wall.set(500); // the wall clock jumps back
    CHECK(clock.tick() > second);
    clock.observe(HybridClock::compose(9'000, 7));
    CHECK(clock.tick() == HybridClock::compose(9'000, 8));
    wall.set(10'000);
    CHECK(clock.tick() == HybridClock::compose(10'000, 0));
}
