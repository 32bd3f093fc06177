// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkinput.h"

#include "contactrepository.h"
#include "documentrepository.h"
#include "engagementrepository.h"
#include "schedulerepository.h"
#include "scoperepository.h"
#include "teamrepository.h"

#include <QSet>

namespace pc {

CheckInput loadCheckInput(RecordStore& records, const QDate& today)
{
    CheckInput input;
    input.engagement = EngagementRepository(records).engagement();
    input.themes = ScopeRepository(records).themes();
    TeamRepository team(records);
    input.members = team.members();
    input.themeLeads = team.allThemeLeads();
    QSet<QUuid> members;
    for (const Member& member : std::as_const(input.members))
        members.insert(member.id);
    input.availability = team.availability();
    input.availability.removeIf([&members](const Availability& a) { return !members.contains(a.member); });
    input.contacts = ContactRepository(records).contacts();
    input.documents = DocumentRepository(records).documents();
    ScheduleRepository schedule(records);
    input.sessions = schedule.sessions();
    input.locations = schedule.locations();
    input.today = today;
    return input;
}

} // namespace pc
