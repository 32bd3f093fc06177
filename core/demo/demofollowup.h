// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/finding.h"
#include "model/member.h"

#include <QDate>
#include <QList>

namespace pc {

class RecordStore;

/// The council's action plan and the progress review as a showcase: two to four actions per
/// recommendation (owners as roles, deadlines two to nine months after the visit, a realistic
/// spread of statuses and RAG ratings, dated progress notes), and a progress review ten months on
/// with three of the team, the council's position statement, the team's view and an assessment of
/// every recommendation. Written in the caller's transaction.
void addDemoFollowUp(RecordStore& records, const QList<Recommendation>& recommendations,
                     const QList<Member>& team, const QDate& onsiteEnd);

} // namespace pc
