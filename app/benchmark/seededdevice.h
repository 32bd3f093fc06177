// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/uuidsource.h"
#include "storage/installation.h"

#include <QDateTime>

namespace pc::bench {

/// The seed of every demo the benchmark makes, as `peerchallenge-cli demo --seed 1`.
inline constexpr quint64 seed = 1;

/// A deterministic writer like `peerchallenge-cli demo --seed`: seeded ids and a clock fixed at
/// 09:00 UTC today, with no data folder (so no backups).
struct SeededDevice
{
    SeededDevice()
        : clock(QDateTime(QDate::currentDate(), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch())
        , uuids(seed)
        , installation(SeededUuidSource(seed ^ 0xdec0de).next(), QStringLiteral("PeerChallenge benchmark"),
                       clock, uuids)
    {
    }

    ManualClock clock;
    SeededUuidSource uuids;
    Installation installation;
};

} // namespace pc::bench
