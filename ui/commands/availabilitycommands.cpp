// SPDX-License-Identifier: GPL-3.0-or-later
#include "availabilitycommands.h"

#include "model/registry.h"
#include "storage/recordstore.h"
#include "storage/teamrepository.h"

#include <QCoreApplication>

namespace pc::ui {

SetAvailability::SetAvailability(EngagementSession& session, const Availability& availability)
    : Command(session, QCoreApplication::translate("pc::ui::AvailabilityCommands", "Change availability"))
    , m_new(availability)
{
}

int SetAvailability::id() const
{
    return 2; // see SetField::id(): mergeWith() checks it is the same member and day
}

bool SetAvailability::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const SetAvailability*>(other);
    if (!next || next->m_new.member != m_new.member || next->m_new.day != m_new.day)
        return false;
    m_new = next->m_new;
    return true;
}

void SetAvailability::apply(RecordStore& records)
{
    TeamRepository team(records);
    if (m_first) {
        for (const Availability& a : team.availability()) {
            if (a.member == m_new.member && a.day == m_new.day)
                m_old = a;
        }
        m_first = false;
    }
    team.setAvailability(m_new);
}

void SetAvailability::revert(RecordStore& records)
{
    if (m_old) {
        TeamRepository(records).setAvailability(*m_old);
        return;
    }
    records.remove(records.registry().table(QStringLiteral("availability")),
                   availabilityId(m_new.member, m_new.day));
}

} // namespace pc::ui
