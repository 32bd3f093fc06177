// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencecommands.h"

#include "storage/findingrepository.h"
#include "storage/noterepository.h"

namespace pc::ui {

QUuid NoteTraits::add(RecordStore& records, const Note& note)
{
    return NoteRepository(records).addNote(note);
}

void NoteTraits::update(RecordStore& records, const Note& note)
{
    NoteRepository(records).updateNote(note);
}

QList<RecordRef> NoteTraits::remove(RecordStore& records, const QUuid& id)
{
    return NoteRepository(records).removeNote(id);
}

QUuid FindingTraits::add(RecordStore& records, const Finding& finding)
{
    return FindingRepository(records).addFinding(finding);
}

void FindingTraits::update(RecordStore& records, const Finding& finding)
{
    FindingRepository(records).updateFinding(finding);
}

QList<RecordRef> FindingTraits::remove(RecordStore& records, const QUuid& id)
{
    return FindingRepository(records).removeFinding(id);
}

QUuid RecommendationTraits::add(RecordStore& records, const Recommendation& recommendation)
{
    return FindingRepository(records).addRecommendation(recommendation);
}

void RecommendationTraits::update(RecordStore& records, const Recommendation& recommendation)
{
    FindingRepository(records).updateRecommendation(recommendation);
}

QList<RecordRef> RecommendationTraits::remove(RecordStore& records, const QUuid& id)
{
    return FindingRepository(records).removeRecommendation(id);
}

} // namespace pc::ui
