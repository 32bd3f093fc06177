// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/checks.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

namespace pc {

class RecordStore;

/// The checks' input kept from one edit to the next, rereading only what the edits touched: the
/// navigation badges rerun every check after each pause in editing, and on a big visit (50,000
/// notes) reading it all again took 200 ms, most of it notes. A saved note now costs one note;
/// an edit of findings rereads the findings; anything else rereads the planning (team, scope,
/// timetable) and leaves the notes alone. input() always equals loadCheckInput() of the same file
/// (a test holds it to that through adds, edits, removals, undo and merge).
class CheckInputCache
{
public:
    /// Records of `table` changed (added, edited, removed, revived), as EngagementFile::changed says.
    void recordsChanged(const QString& table, const QList<QUuid>& ids);
    /// Forget everything: the next input() reads the whole file.
    void clear();
    /// The input for the file as it is now, with `today`.
    [[nodiscard]] const CheckInput& input(RecordStore& records, const QDate& today);

private:
    void refreshNotes(RecordStore& records);

    CheckInput m_input;
    bool m_planningStale = true;
    bool m_findingsStale = true;
    bool m_notesStale = true;       // every note is reread
    bool m_referencesStale = true;  // sessions, documents or themes changed: notes' references refiltered
    QSet<QUuid> m_staleNotes;       // these notes are reread
    QList<QUuid> m_staleThemeLinks; // links of notes to themes: their notes are reread
    QList<Note> m_outlines;         // as the file names them (checkinput::loadNoteOutlines)
    QHash<QUuid, qsizetype> m_outlineRows;
};

} // namespace pc
