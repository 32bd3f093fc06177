// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace pc {

/// A team member's availability on one onsite day. A day with no record is Available.
enum class DayAvailability { Available, Morning, Afternoon, Unavailable };

inline constexpr DayAvailability allDayAvailabilities[] = {
    DayAvailability::Available, DayAvailability::Morning, DayAvailability::Afternoon,
    DayAvailability::Unavailable};

[[nodiscard]] QString dayAvailabilityKey(DayAvailability availability);
[[nodiscard]] DayAvailability dayAvailabilityFromKey(const QString& key);
/// "Available", "Morning only", "Afternoon only", "Not available".
[[nodiscard]] QString dayAvailabilityLabel(DayAvailability availability);

struct Availability
{
    QUuid member;
    QDate day;
    DayAvailability status = DayAvailability::Available;
    QString note;

    friend bool operator==(const Availability&, const Availability&) = default;
};

/// The whole days in [first, last] on which `member` is not available at all (a morning or an
/// afternoon still counts as a day served).
[[nodiscard]] int daysUnavailable(const QList<Availability>& availability, const QUuid& member,
                                  const QDate& first, const QDate& last);

/// The id of a member's availability record for a day, derived from both, so that two laptops
/// that set the same day write the same record.
[[nodiscard]] QUuid availabilityId(const QUuid& member, const QDate& day);

} // namespace pc
