// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/member.h"

#include "sessiontablemodel.h"

#include <QList>

namespace pc::ui {

/// The peer team as a read-only table, read through TeamRepository and reloaded (with a reset)
/// whenever the session reports a change. Edits go through commands, never through this model.
class MemberModel : public SessionTableModel
{
    Q_OBJECT

public:
    enum class Column { Name, Role, Organisation, JobTitle, PoliticalGroup };
    static constexpr int columns = 5;
    /// The member's id (QUuid) and role key (QString), for views and tests.
    enum class Role { Id = Qt::UserRole + 1, RoleKey };

    explicit MemberModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    /// The row of a member, or -1.
    [[nodiscard]] int rowOf(const QUuid& id) const { return rowOfId(m_members, id); }
    [[nodiscard]] const Member& memberAt(int row) const { return m_members.at(row); }
    [[nodiscard]] const QList<Member>& members() const { return m_members; }

protected:
    void load(RecordStore* records) override;

private:
    QList<Member> m_members;
};

} // namespace pc::ui
