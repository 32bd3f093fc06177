// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

namespace pc {

class RecordStore;

namespace ui {

class EngagementSession;

/// The base of every edit: redo() and undo() each run in one transaction of the engagement
/// file (one EngagementFile::Edit). When core refuses or fails, the command reports the
/// message through the session and marks itself obsolete, so the undo stack drops it and the
/// file is exactly as before.
class Command : public QUndoCommand
{
public:
    Command(EngagementSession& session, const QString& text);

    void redo() final;
    void undo() final;

protected:
    virtual void apply(RecordStore& records) = 0;
    virtual void revert(RecordStore& records) = 0;

    [[nodiscard]] EngagementSession& session() const { return m_session; }

private:
    void run(bool forward);

    EngagementSession& m_session;
};

} // namespace ui
} // namespace pc
