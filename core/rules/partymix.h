// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/member.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace pc {

/// The political groups of the member peers (lead member peer included), for the Team page's
/// summary and the party-mix check.
struct PartyMix
{
    int memberPeers = 0;
    QList<QPair<QString, int>> groups; // group -> member peers, most first, then by name
    QStringList unrecorded;            // member peers with no group recorded
};

[[nodiscard]] PartyMix partyMixOf(const QList<Member>& members);

/// "2 Labour, 1 Conservative" (or "no member peers").
[[nodiscard]] QString partyMixInWords(const PartyMix& mix);

} // namespace pc
