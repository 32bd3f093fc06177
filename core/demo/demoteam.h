// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/member.h"

#include <QList>

namespace pc {

class DemoNames;
class DemoRandom;

/// How many of each kind of peer besides the one lead officer peer, lead member peer and
/// peer challenge manager that every demo team has.
struct DemoTeamShape
{
    int memberPeers = 1;
    int officerPeers = 2;
    int externalPeers = 0;
    int supportOfficers = 0;
};

/// An invented peer team in the order reports list it: the lead peers, member peers, officer
/// peers, peers from outside local government, then the LGA staff. Positions are set (1, 2, ...)
/// so that adding the members needs no look-up of the last position.
[[nodiscard]] QList<Member> demoTeam(DemoRandom& random, DemoNames& names, const DemoTeamShape& shape);

} // namespace pc
