// SPDX-License-Identifier: GPL-3.0-or-later
#include "membermodel.h"

#include "session/engagementsession.h"
#include "storage/engagementfile.h"
#include "storage/teamrepository.h"

namespace pc::ui {

MemberModel::MemberModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void MemberModel::setSession(EngagementSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &EngagementSession::changed, this, [this](const QString& table) {
            if (table == QLatin1String("member")) // its columns come from the member table only
                reload();
        });
    reload();
}

void MemberModel::reload()
{
    // A team is a dozen rows: a reset is cheaper to get right than mapping each change.
    beginResetModel();
    m_members = m_session ? TeamRepository(m_session->file().records()).members() : QList<Member>();
    endResetModel();
}

int MemberModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MemberModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : columns;
}

QVariant MemberModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member& member = m_members.at(index.row());
    if (role == int(Role::Id))
        return member.id;
    if (role == int(Role::RoleKey))
        return roleKey(member.role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Column::Name:
        return member.name;
    case Column::Role:
        return roleLabel(member.role);
    case Column::Organisation:
        return member.organisation;
    case Column::JobTitle:
        return member.jobTitle;
    case Column::PoliticalGroup:
        return member.politicalGroup;
    default:
        return {};
    }
}

QVariant MemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Role:
        return tr("Role");
    case Column::Organisation:
        return tr("Organisation");
    case Column::JobTitle:
        return tr("Job title");
    case Column::PoliticalGroup:
        return tr("Political group");
    default:
        return {};
    }
}

int MemberModel::rowOf(const QUuid& id) const
{
    for (qsizetype row = 0; row < m_members.size(); ++row) {
        if (m_members[row].id == id)
            return int(row);
    }
    return -1;
}

} // namespace pc::ui
