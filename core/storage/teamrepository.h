// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/availability.h"
#include "model/member.h"

#include <QList>
#include <QMap>

#include <optional>

namespace pc {

class RecordStore;

/// The peer team and its theme leads.
class TeamRepository
{
public:
    explicit TeamRepository(RecordStore& records);

    [[nodiscard]] QList<Member> members() const;
    [[nodiscard]] std::optional<Member> member(const QUuid& id) const;
    QUuid addMember(Member member);
    bool updateMember(const Member& member);
    void removeMember(const QUuid& id);

    /// Makes (or stops making) a member a lead of a theme.
    void setThemeLead(const QUuid& themeId, const QUuid& memberId, bool lead);
    [[nodiscard]] QList<QUuid> themeLeads(const QUuid& themeId) const;
    /// Every theme's live leads who are live members, in one read: theme -> leads.
    [[nodiscard]] QMap<QUuid, QList<QUuid>> allThemeLeads() const;

    /// Every availability record (days not recorded are available), members' removed or not.
    [[nodiscard]] QList<Availability> availability() const;
    /// Records a member's availability on a day (an edit revives a removed record).
    void setAvailability(const Availability& availability);

private:
    RecordStore& m_records;
};

} // namespace pc
