// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/finding.h"
#include "model/note.h"
#include "valuecommands.h"

namespace pc::ui {

struct NoteTraits
{
    using Value = Note;
    static QUuid add(RecordStore& records, const Note& note);
    static void update(RecordStore& records, const Note& note);
    static QList<RecordRef> remove(RecordStore& records, const QUuid& id);
};

struct FindingTraits
{
    using Value = Finding;
    static QUuid add(RecordStore& records, const Finding& finding);
    static void update(RecordStore& records, const Finding& finding);
    static QList<RecordRef> remove(RecordStore& records, const QUuid& id);
};

struct RecommendationTraits
{
    using Value = Recommendation;
    static QUuid add(RecordStore& records, const Recommendation& recommendation);
    static void update(RecordStore& records, const Recommendation& recommendation);
    static QList<RecordRef> remove(RecordStore& records, const QUuid& id);
};

/// A note saved from the capture box, many from an import; undo takes them out again.
using AddNotes = AddValues<NoteTraits>;
/// An edited note, or a bulk change of themes, kind or sentiment.
using EditNotes = EditValues<NoteTraits>;
/// Deletes notes (and their place in findings' evidence, which undo restores).
using RemoveNotes = RemoveValues<NoteTraits>;

using AddFindings = AddValues<FindingTraits>;
/// An edit of a finding's wording, kind, status, order or evidence (linking notes is an edit).
using EditFindings = EditValues<FindingTraits>;
using RemoveFindings = RemoveValues<FindingTraits>;

using AddRecommendations = AddValues<RecommendationTraits>;
/// An edit of a recommendation's text, order, key place or the findings it answers.
using EditRecommendations = EditValues<RecommendationTraits>;
using RemoveRecommendations = RemoveValues<RecommendationTraits>;

} // namespace pc::ui
