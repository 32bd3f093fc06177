// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionfiltermodel.h"

#include "sessionmodel.h"

namespace pc::ui {

namespace {

/// Assigns and refilters only when the value changes, so typing the same text costs nothing.
template <typename T>
bool change(T& field, const T& value)
{
    if (field == value)
        return false;
    field = value;
    return true;
}

} // namespace

SessionFilterModel::SessionFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(int(SessionModel::Role::Sort));
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void SessionFilterModel::setTextFilter(const QString& text)
{
    if (change(m_text, text.trimmed()))
        invalidateRowsFilter();
}

void SessionFilterModel::setKindFilter(const QString& key)
{
    if (change(m_kind, key))
        invalidateRowsFilter();
}

void SessionFilterModel::setDayFilter(const QDate& day)
{
    if (change(m_day, day))
        invalidateRowsFilter();
}

void SessionFilterModel::setMemberFilter(const QUuid& member)
{
    if (change(m_member, member))
        invalidateRowsFilter();
}

void SessionFilterModel::setStatusFilter(const QString& key)
{
    if (change(m_status, key))
        invalidateRowsFilter();
}

void SessionFilterModel::setProblemsOnly(bool problemsOnly)
{
    if (change(m_problemsOnly, problemsOnly))
        invalidateRowsFilter();
}

bool SessionFilterModel::isFiltering() const
{
    return !m_text.isEmpty() || !m_kind.isEmpty() || m_day.isValid() || !m_member.isNull()
           || !m_status.isEmpty() || m_problemsOnly;
}

bool SessionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    using Role = SessionModel::Role;
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_kind.isEmpty() && row.data(int(Role::KindKey)).toString() != m_kind)
        return false;
    if (!m_status.isEmpty() && row.data(int(Role::StatusKey)).toString() != m_status)
        return false;
    if (m_day.isValid() && row.data(int(Role::Day)).toDate() != m_day)
        return false;
    if (!m_member.isNull() && !row.data(int(Role::MemberIds)).toStringList().contains(m_member.toString()))
        return false;
    if (m_problemsOnly && row.data(int(Role::ProblemCount)).toInt() == 0)
        return false;
    return row.data(int(Role::SearchText)).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace pc::ui
