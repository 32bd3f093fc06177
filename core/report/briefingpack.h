// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document.h"
#include "model/engagement.h"
#include "model/member.h"
#include "model/reportrecords.h"
#include "model/session.h"
#include "model/theme.h"
#include "report/reportdocument.h"

namespace pc {

class RecordStore;

/// What the peers need before the visit.
struct BriefingPackData
{
    Engagement engagement;
    QString programmeName;
    QList<Theme> themes; // with their key questions
    QList<Member> members;
    QList<Document> documents;
    QList<Session> sessions; // in timetable order
    QList<Location> locations;
};

[[nodiscard]] BriefingPackData readBriefingPack(RecordStore& records);

/// The team briefing pack: scope and key questions, the team with roles and contacts, the
/// documents each member is asked to read, the onsite timetable (cancelled sessions left out),
/// and the logistics (the engagement's notes and the places with their travel times). Council
/// contacts (personal data) are never read.
[[nodiscard]] report::Document buildBriefingPack(const BriefingPackData& data);

} // namespace pc
