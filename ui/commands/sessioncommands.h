// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "model/session.h"
#include "storage/recordstore.h"

namespace pc::ui {

/// Adds sessions to the timetable in one step (one from the editor, many from an import).
/// Undo removes them with their lists; redo restores the same records.
class AddSessions : public Command
{
public:
    AddSessions(EngagementSession& session, QList<Session> sessions, const QString& text);

    /// The ids given to the sessions (new ones for null ids), in order.
    [[nodiscard]] QList<QUuid> ids() const;

protected:
    void apply(RecordStore& records) override;
    void revert(RecordStore& records) override;

private:
    QList<Session> m_sessions;
    QList<RecordRef> m_removed;
    bool m_added = false;
};

/// Replaces sessions with edited copies: an edit in the dialog, a drag, a resize, a cancel,
/// a bulk edit of the list. Undo writes the copies as they were before.
class EditSessions : public Command
{
public:
    EditSessions(EngagementSession& session, QList<Session> before, QList<Session> after,
                 const QString& text);

protected:
    void apply(RecordStore& records) override;
    void revert(RecordStore& records) override;

private:
    QList<Session> m_before;
    QList<Session> m_after;
};

/// Deletes sessions (for ones entered by mistake: a cancelled session stays visible instead).
class RemoveSessions : public Command
{
public:
    RemoveSessions(EngagementSession& session, QList<QUuid> ids, const QString& text);

protected:
    void apply(RecordStore& records) override;
    void revert(RecordStore& records) override;

private:
    QList<QUuid> m_ids;
    QList<RecordRef> m_removed;
};

/// "Moved Cabinet members to Wednesday 10:00": the undo text of a move or a resize.
[[nodiscard]] QString moveText(const Session& before, const Session& after);

} // namespace pc::ui
