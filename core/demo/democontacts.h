// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/contact.h"

#include <QList>

namespace pc {

class DemoNames;

/// The host council's people the team meets: the leader, the chief executive, the lead officer
/// for the challenge, then portfolio holders, directors and partners, `count` in all (at least
/// the first three). Positions are set (1, 2, ...).
[[nodiscard]] QList<Contact> demoContacts(DemoNames& names, int count);

} // namespace pc
