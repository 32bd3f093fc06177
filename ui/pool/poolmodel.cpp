// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolmodel.h"

#include <QLocale>

namespace pc::ui {

QString roleLabels(const QList<MemberRole>& roles)
{
    QStringList labels;
    for (MemberRole role : roles)
        labels.append(roleLabel(role));
    return labels.join(QStringLiteral(", "));
}

PoolModel::PoolModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PoolModel::setPeers(const QList<PoolPeer>& peers)
{
    beginResetModel();
    m_peers = peers;
    endResetModel();
}

int PoolModel::rowOf(const QUuid& id) const
{
    for (qsizetype row = 0; row < m_peers.size(); ++row) {
        if (m_peers.at(row).id == id)
            return int(row);
    }
    return -1;
}

int PoolModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_peers.size());
}

int PoolModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : columns;
}

QVariant PoolModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PoolPeer& peer = m_peers.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(peer, column);
    case Qt::ToolTipRole:
        // Text columns elide when the window is narrow; the tooltip shows them whole.
        return column == Column::LastServed || column == Column::Days ? QVariant() : display(peer, column);
    case Qt::TextAlignmentRole:
        return column == Column::Days ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case int(Role::Id):
        return peer.id;
    case int(Role::Sort):
        return sortValue(peer, column);
    default:
        return {};
    }
}

QVariant PoolModel::display(const PoolPeer& peer, Column column) const
{
    switch (column) {
    case Column::Name:
        return peer.name;
    case Column::Roles:
        return roleLabels(peer.roles);
    case Column::Organisation:
        return peer.organisation;
    case Column::Sector:
        return sectorLabel(peer.sector);
    case Column::Expertise:
        return peer.expertise;
    case Column::Party:
        return peer.politicalGroup;
    case Column::LastServed: {
        const QDate last = lastServed(peer);
        return last.isValid() ? QLocale().toString(last, QStringLiteral("d MMM yyyy")) : tr("Never");
    }
    case Column::Days:
        return totalDays(peer);
    }
    return {};
}

QVariant PoolModel::sortValue(const PoolPeer& peer, Column column) const
{
    switch (column) {
    case Column::LastServed:
        return lastServed(peer); // never served (a null date) sorts first
    case Column::Days:
        return totalDays(peer);
    default:
        return display(peer, column).toString().toCaseFolded();
    }
}

QVariant PoolModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Roles:
        return tr("Roles");
    case Column::Organisation:
        return tr("Organisation");
    case Column::Sector:
        return tr("Sector");
    case Column::Expertise:
        return tr("Expertise");
    case Column::Party:
        return tr("Party");
    case Column::LastServed:
        return tr("Last served");
    case Column::Days:
        return tr("Days");
    }
    return {};
}

PoolFilterModel::PoolFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(int(PoolModel::Role::Sort));
}

void PoolFilterModel::setFilter(const PoolFilter& filter, const QDate& today)
{
    if (filter == m_filter && today == m_today)
        return;
    m_filter = filter;
    m_today = today;
    invalidateFilter();
}

bool PoolFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const auto* pool = qobject_cast<const PoolModel*>(sourceModel());
    return !pool || matches(pool->peers().at(sourceRow), m_filter, m_today);
}

} // namespace pc::ui
