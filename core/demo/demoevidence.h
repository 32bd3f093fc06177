// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/contact.h"
#include "model/document.h"
#include "model/member.h"
#include "model/session.h"
#include "model/theme.h"

#include <QDate>
#include <QList>

namespace pc {

class DemoRandom;
class RecordStore;

/// How much evidence a demo holds: each count is drawn between its bounds, inclusive.
struct DemoEvidenceShape
{
    int minNotes = 360;
    int maxNotes = 480;
    int minFindings = 28;
    int maxFindings = 36;
    int minRecommendations = 7;
    int maxRecommendations = 10;
};

/// What the demo's evidence is built from: the records already in the file, with their ids.
struct DemoEvidenceInput
{
    QList<Theme> themes;
    QList<Member> team;
    QList<Contact> contacts;
    QList<Document> documents;
    QList<Session> sessions;
    QDate first; // onsite days
    QDate last;
    DemoEvidenceShape shape;
};

/// The team's evidence as it stands after the visit. Most notes come from the timetable's meetings
/// that are not cancelled (by a member who attended, during the meeting, on the meeting's themes),
/// some from the pre-reading (by one of its readers, in the evenings before the visit) and a few
/// from neither. Each theme has strengths and areas for consideration, each backed by notes from at
/// least two sources; numbered recommendations answer them, three to five of them key. Many notes
/// stay unlinked, as on any visit. Written through the repositories, in the caller's transaction.
void addDemoEvidence(RecordStore& records, DemoRandom& random, const DemoEvidenceInput& input);

} // namespace pc
