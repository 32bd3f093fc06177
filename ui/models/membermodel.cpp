// SPDX-License-Identifier: GPL-3.0-or-later
#include "membermodel.h"

#include "session/engagementsession.h"
#include "storage/engagementfile.h"
#include "storage/teamrepository.h"

namespace pc::ui {

MemberModel::MemberModel(QObject* parent)
    : SessionTableModel({QStringLiteral("member")}, parent)
{
}

void MemberModel::load(RecordStore* records)
{
    m_members = records ? TeamRepository(*records).members() : QList<Member>();
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

} // namespace pc::ui
