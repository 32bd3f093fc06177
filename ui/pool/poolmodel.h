// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/poolfilter.h"
#include "pool/poolpeer.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QSortFilterProxyModel>

namespace pc::ui {

/// The peer pool as a read-only table. The window hands it the store's peers after every change
/// (a reset: the pool is small and changes one edit at a time); edits go through pool commands.
class PoolModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Name, Roles, Organisation, Sector, Expertise, Party, LastServed, Days };
    static constexpr int columns = 8;
    /// The peer's id (QUuid), and the value to sort by (dates and numbers as such).
    enum class Role { Id = Qt::UserRole + 1, Sort };

    explicit PoolModel(QObject* parent = nullptr);

    void setPeers(const QList<PoolPeer>& peers);
    [[nodiscard]] const QList<PoolPeer>& peers() const { return m_peers; }
    /// The row of a peer, or -1.
    [[nodiscard]] int rowOf(const QUuid& id) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QVariant display(const PoolPeer& peer, Column column) const;
    [[nodiscard]] QVariant sortValue(const PoolPeer& peer, Column column) const;

    QList<PoolPeer> m_peers;
};

/// Sorts by PoolModel::Role::Sort and shows only the peers that pass a PoolFilter.
class PoolFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PoolFilterModel(QObject* parent = nullptr);

    void setFilter(const PoolFilter& filter, const QDate& today);
    [[nodiscard]] const PoolFilter& filter() const { return m_filter; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    PoolFilter m_filter;
    QDate m_today;
};

/// "Lead officer peer, Officer peer".
[[nodiscard]] QString roleLabels(const QList<MemberRole>& roles);

} // namespace pc::ui
