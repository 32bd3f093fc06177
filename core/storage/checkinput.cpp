// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkinput.h"

#include "engagementrepository.h"
#include "scoperepository.h"
#include "teamrepository.h"

namespace pc {

CheckInput loadCheckInput(RecordStore& records, const QDate& today)
{
    CheckInput input;
    input.engagement = EngagementRepository(records).engagement();
    input.themes = ScopeRepository(records).themes();
    input.members = TeamRepository(records).members();
    input.today = today;
    return input;
}

} // namespace pc
