// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkinput.h"

#include "contactrepository.h"
#include "documentrepository.h"
#include "engagementrepository.h"
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
    QSet<QUuid> members;
    for (const Member& member : std::as_const(input.members))
        members.insert(member.id);
    for (const Theme& theme : std::as_const(input.themes)) {
        QList<QUuid> leads = team.themeLeads(theme.id);
        leads.removeIf([&members](const QUuid& id) { return !members.contains(id); });
        input.themeLeads.insert(theme.id, leads);
    }
    input.availability = team.availability();
    input.availability.removeIf([&members](const Availability& a) { return !members.contains(a.member); });
    input.contacts = ContactRepository(records).contacts();
    input.documents = DocumentRepository(records).documents();
    input.today = today;
    return input;
}

} // namespace pc
