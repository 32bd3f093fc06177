// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace pc {

struct Availability;
struct Engagement;
struct Member;

namespace ui {

/// Adds a team member to the user's peer pool in `poolDirectory`, or updates the peer they already
/// are, and records their service on `engagement`; saved at once. `message` (when given) receives
/// a sentence for the status bar ("Jane Smith was added to your peer pool.") or, when it returns
/// false, why nothing was done (a pool file that cannot be read or written).
bool addMemberToPool(const Member& member, const Engagement& engagement,
                     const QList<Availability>& availability, const QString& poolDirectory, QString* message);

} // namespace ui
} // namespace pc
