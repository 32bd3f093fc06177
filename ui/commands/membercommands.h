// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "model/member.h"
#include "storage/recordstore.h"

#include <QList>
#include <QUuid>

namespace pc::ui {

/// Adds a member to the team. The id is chosen when the command is built, so the page can
/// select the new member and undo/redo remove and restore the very same record.
class AddMember : public Command
{
public:
    AddMember(EngagementSession& session, Member member);

    [[nodiscard]] const QUuid& memberId() const { return m_member.id; }

protected:
    void apply(RecordStore& records) override;
    void revert(RecordStore& records) override;

private:
    Member m_member;
    bool m_inserted = false; // after the first apply, redo restores the tombstoned record
};

/// Removes a member and everything that names them (theme leads, availability, reading lists)
/// by tombstone; undo restores them all.
class RemoveMember : public Command
{
public:
    RemoveMember(EngagementSession& session, const QUuid& member, const QString& name);

protected:
    void apply(RecordStore& records) override;
    void revert(RecordStore& records) override;

private:
    QUuid m_member;
    QList<RecordRef> m_removed; // the member and what referenced it
};

} // namespace pc::ui
