// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkinputcache.h"

#include "checkinput.h"
#include "noterepository.h"

namespace pc {

namespace {

/// Above this many notes changed at once (an import, a merge), rereading them all is cheaper.
constexpr qsizetype noteByNoteLimit = 2000;

enum class Part { Notes, ThemeLinks, References, Findings, Planning };

Part partOf(const QString& table)
{
    if (table == QLatin1String("note"))
        return Part::Notes;
    if (table == QLatin1String("note_theme"))
        return Part::ThemeLinks;
    if (table == QLatin1String("finding") || table == QLatin1String("finding_note")
        || table == QLatin1String("recommendation") || table == QLatin1String("recommendation_finding"))
        return Part::Findings;
    // The notes name these: their references are filtered again, along with the planning.
    if (table == QLatin1String("session") || table == QLatin1String("document")
        || table == QLatin1String("theme"))
        return Part::References;
    return Part::Planning;
}

} // namespace

void CheckInputCache::recordsChanged(const QString& table, const QList<QUuid>& ids)
{
    switch (partOf(table)) {
    case Part::Notes:
        m_staleNotes.unite(QSet<QUuid>(ids.cbegin(), ids.cend()));
        break;
    case Part::ThemeLinks:
        m_staleThemeLinks.append(ids);
        break;
    case Part::References:
        m_referencesStale = true;
        m_planningStale = true;
        break;
    case Part::Findings:
        m_findingsStale = true;
        break;
    case Part::Planning:
        m_planningStale = true;
        break;
    }
    if (m_staleNotes.size() + m_staleThemeLinks.size() > noteByNoteLimit)
        m_notesStale = true;
}

void CheckInputCache::clear()
{
    m_planningStale = m_findingsStale = m_notesStale = m_referencesStale = true;
}

const CheckInput& CheckInputCache::input(RecordStore& records, const QDate& today)
{
    if (m_planningStale)
        checkinput::loadPlanning(records, m_input);
    if (m_findingsStale)
        checkinput::loadFindings(records, m_input);
    const bool notesChanged = m_notesStale || !m_staleNotes.isEmpty() || !m_staleThemeLinks.isEmpty();
    refreshNotes(records);
    if (notesChanged || m_referencesStale)
        m_input.notes = checkinput::liveReferences(m_outlines, m_input);
    m_planningStale = m_findingsStale = m_referencesStale = false;
    m_input.today = today;
    return m_input;
}

void CheckInputCache::refreshNotes(RecordStore& records)
{
    if (m_notesStale) {
        m_outlines = checkinput::loadNoteOutlines(records);
        m_outlineRows.clear();
        m_outlineRows.reserve(m_outlines.size());
        for (qsizetype row = 0; row < m_outlines.size(); ++row)
            m_outlineRows.insert(m_outlines[row].id, row);
    } else {
        for (const QUuid& note : NoteRepository(records).notesOfThemeLinks(m_staleThemeLinks))
            m_staleNotes.insert(note);
        for (const QUuid& id : std::as_const(m_staleNotes)) {
            const std::optional<Note> outline = checkinput::loadNoteOutline(records, id);
            const auto row = m_outlineRows.constFind(id);
            if (outline && row != m_outlineRows.cend()) {
                m_outlines[*row] = *outline;
            } else if (outline) {
                m_outlineRows.insert(id, m_outlines.size());
                m_outlines.append(*outline);
            } else if (row != m_outlineRows.cend()) {
                // The last outline takes the removed one's place: the checks only count notes.
                const qsizetype removed = *row;
                m_outlineRows.erase(row);
                if (removed != m_outlines.size() - 1) {
                    m_outlines[removed] = m_outlines.constLast();
                    m_outlineRows[m_outlines[removed].id] = removed;
                }
                m_outlines.removeLast();
            }
        }
    }
    m_notesStale = false;
    m_staleNotes.clear();
    m_staleThemeLinks.clear();
}

} // namespace pc
