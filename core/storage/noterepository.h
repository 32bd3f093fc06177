// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/note.h"
#include "recordstore.h"
#include "searchindex.h"

#include <QList>

#include <optional>

namespace pc {

/// The evidence notes with their themes, and their full-text search.
class NoteRepository
{
public:
    explicit NoteRepository(RecordStore& records);

    /// Every live note, oldest first (captured time, then id). A session, document or author that
    /// was removed reads as none; themes are the live ones.
    [[nodiscard]] QList<Note> notes() const;
    [[nodiscard]] std::optional<Note> note(const QUuid& id) const;
    /// Adds a note and its themes (a new id when the given one is null). Returns the id.
    QUuid addNote(Note note);
    /// Writes a note's fields and makes its themes exactly the given ones; only what differs is
    /// written. Revives a removed note. Returns whether anything changed.
    bool updateNote(const Note& note);
    /// Removes a note with its theme and evidence links, for restoreAll() to undo.
    QList<RecordRef> removeNote(const QUuid& id);

    /// The notes these links of notes to themes belong to, live or removed: a change of a note's
    /// themes alone is announced by its links' ids.
    [[nodiscard]] QList<QUuid> notesOfThemeLinks(const QList<QUuid>& links) const;

    /// The live notes holding every word of `userText` (searchindex::ftsQuery), best first.
    [[nodiscard]] QList<SearchHit> search(const QString& userText, int limit = -1) const;

private:
    [[nodiscard]] QList<Note> load(const QList<Record>& records) const;

    RecordStore& m_records;
};

} // namespace pc
