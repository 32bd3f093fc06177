// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/checks.h"

#include <optional>

namespace pc {

class RecordStore;

/// Reads what the readiness checks need through the repositories, in one pass per table.
[[nodiscard]] CheckInput loadCheckInput(RecordStore& records, const QDate& today);

/// The parts loadCheckInput reads one by one, for CheckInputCache to reread only what an edit
/// touched.
namespace checkinput {

/// Everything but the notes, the findings and the recommendations.
void loadPlanning(RecordStore& records, CheckInput& input);
/// The findings with their evidence and the recommendations.
void loadFindings(RecordStore& records, CheckInput& input);
/// Every live note as an outline (id, session, document, themes) naming its session, document and
/// themes as the file holds them, gone or not: liveReferences() sorts that out.
[[nodiscard]] QList<Note> loadNoteOutlines(RecordStore& records);
/// One note's outline as loadNoteOutlines reads it; none when the note is not live.
[[nodiscard]] std::optional<Note> loadNoteOutline(RecordStore& records, const QUuid& id);
/// The outlines with the sessions, documents and themes that are no longer in `input` dropped.
[[nodiscard]] QList<Note> liveReferences(const QList<Note>& outlines, const CheckInput& input);

} // namespace checkinput

} // namespace pc
