// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencenotefilter.h"

#include "evidencenotemodel.h"
#include "findingsdata.h"

namespace pc::ui {

EvidenceNoteFilter::EvidenceNoteFilter(EvidenceNoteModel& notes, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_notes(notes)
{
    setSourceModel(&notes);
}

void EvidenceNoteFilter::setTheme(const QUuid& theme, bool orUntagged)
{
    m_theme = theme;
    m_orUntagged = orUntagged;
    invalidateFilter();
}

void EvidenceNoteFilter::setDay(const QDate& day)
{
    m_day = day;
    invalidateFilter();
}

void EvidenceNoteFilter::setUnlinkedOnly(bool unlinked)
{
    m_unlinkedOnly = unlinked;
    invalidateFilter();
}

void EvidenceNoteFilter::setOnly(std::optional<QSet<QUuid>> ids)
{
    m_only = std::move(ids);
    invalidateFilter();
}

void EvidenceNoteFilter::setExcluded(QSet<QUuid> ids)
{
    m_excluded = std::move(ids);
    invalidateFilter();
}

QUuid EvidenceNoteFilter::idAt(int row) const
{
    return index(row, 0).data(int(EvidenceNoteModel::Role::Id)).toUuid();
}

int EvidenceNoteFilter::rowOfId(const QUuid& id) const
{
    const int source = m_notes.rowOf(id);
    return source < 0 ? -1 : mapFromSource(m_notes.index(source, 0)).row();
}

bool EvidenceNoteFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const Note& note = m_notes.noteAt(sourceRow);
    if (m_only && !m_only->contains(note.id))
        return false;
    if (m_excluded.contains(note.id))
        return false;
    if (!m_theme.isNull() && !note.themes.contains(m_theme) && !(m_orUntagged && note.themes.isEmpty()))
        return false;
    if (m_day.isValid() && m_notes.findingsData().dayOfNote(sourceRow) != m_day)
        return false;
    if (m_unlinkedOnly && !m_notes.findingsData().findingsOfNote(note.id).isEmpty())
        return false;
    return true;
}

} // namespace pc::ui
