// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/session.h"
#include "valuecommands.h"

namespace pc::ui {

struct SessionTraits
{
    using Value = Session;
    static QUuid add(RecordStore& records, const Session& session);
    static void update(RecordStore& records, const Session& session);
    static QList<RecordRef> remove(RecordStore& records, const QUuid& id);
};

/// Adds sessions to the timetable in one step (one from the editor, many from an import).
/// Undo removes them with their lists; redo restores the same records.
using AddSessions = AddValues<SessionTraits>;
/// Replaces sessions with edited copies: an edit in the dialog, a drag, a resize, a cancel,
/// a bulk edit of the list. Undo writes the copies as they were before.
using EditSessions = EditValues<SessionTraits>;
/// Deletes sessions (for ones entered by mistake: a cancelled session stays visible instead).
using RemoveSessions = RemoveValues<SessionTraits>;

/// "Moved Cabinet members to Wednesday 10:00": the undo text of a move or a resize.
[[nodiscard]] QString moveText(const Session& before, const Session& after);

} // namespace pc::ui
