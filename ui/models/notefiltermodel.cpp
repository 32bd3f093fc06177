// SPDX-License-Identifier: GPL-3.0-or-later
#include "notefiltermodel.h"

#include "notemodel.h"

namespace pc::ui {

NoteFilterModel::NoteFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    // Sorting follows setSearch(); a new note needs only its own row placed.
    setDynamicSortFilter(true);
}

void NoteFilterModel::setNotes(NoteModel* model)
{
    m_notes = model;
    setSourceModel(model);
}

void NoteFilterModel::setFilter(const NoteFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

void NoteFilterModel::setSearch(const QString& query, const QList<SearchHit>& hits)
{
    m_query = query.trimmed();
    m_hits.clear();
    if (!m_query.isEmpty()) {
        m_hits.reserve(hits.size());
        for (qsizetype i = 0; i < hits.size(); ++i)
            m_hits.insert(hits.at(i).id, Hit{int(i), hits.at(i).highlighted});
    }
    invalidateFilter();
    sort(isSearching() ? 0 : -1); // best match first, or back to the model's order
}

QVariant NoteFilterModel::data(const QModelIndex& index, int role) const
{
    if (role != highlightedRole)
        return QSortFilterProxyModel::data(index, role);
    const QUuid id = QSortFilterProxyModel::data(index, int(NoteModel::Role::Id)).toUuid();
    const auto hit = m_hits.constFind(id);
    return hit != m_hits.cend() ? hit->highlighted
                                : QSortFilterProxyModel::data(index, int(NoteModel::Role::Text));
}

bool NoteFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    if (!m_notes)
        return true;
    const Note& note = m_notes->noteAt(sourceRow);
    if (isSearching() && !m_hits.contains(note.id))
        return false;
    if (m_filter.source && m_notes->sourceOf(note) != *m_filter.source)
        return false;
    if (m_filter.theme
        && (m_filter.theme->isNull() ? !note.themes.isEmpty() : !note.themes.contains(*m_filter.theme)))
        return false;
    if (m_filter.author && note.author != *m_filter.author)
        return false;
    if (m_filter.kind && note.kind != *m_filter.kind)
        return false;
    return !m_filter.sentiment || note.sentiment == *m_filter.sentiment;
}

bool NoteFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const Note& a = m_notes->noteAt(left.row());
    const Note& b = m_notes->noteAt(right.row());
    return m_hits.value(a.id).rank < m_hits.value(b.id).rank;
}

} // namespace pc::ui
