// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/note.h"
#include "models/capturesources.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QUuid>

namespace pc::ui {

class EngagementSession;

/// Every evidence note of the file, newest first, with the sessions, documents, themes and members
/// they name. A stress file holds 50,000 notes, so the notes are read once (load()) and then kept
/// in step note by note from the session's changed() signal: a saved note costs one row, never a
/// reload. Read only; edits go through commands.
class NoteModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Role {
        Id = Qt::UserRole + 1,
        Text,         // QString, as written
        Source,       // QString: the session or document it came from, or "No session"
        SourceId,     // QUuid of a live session or document; null for neither
        Author,       // QUuid of a live member, or null
        AuthorName,   // QString
        Kind,         // int(NoteKind)
        Sentiment,    // int(Sentiment)
        ThemeNumbers, // QList<int>: the themes' places in the scope, in scope order
        CapturedAt,   // QDateTime, UTC
        When,         // QString: "10:42", or "Tue 10 Mar 10:42" on another day than today
    };

    explicit NoteModel(QObject* parent = nullptr);

    /// Follows a session (or none); the notes are read on the first load().
    void setSession(EngagementSession* session);
    /// Reads every note and the context; later changes then arrive one by one.
    void load();
    [[nodiscard]] bool isLoaded() const { return m_loaded; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    [[nodiscard]] int rowOf(const QUuid& id) const;
    [[nodiscard]] const Note& noteAt(int row) const { return m_notes.at(row); }
    [[nodiscard]] const CaptureContext& context() const { return m_context; }
    /// The session or document of a note, when it is still in the file.
    [[nodiscard]] QUuid sourceOf(const Note& note) const;
    /// For "When": the day that counts as today (the installation clock's, in the timetable zone).
    void setToday(const QDate& today);

signals:
    /// The sessions, documents, themes or members changed (context() is new).
    void contextChanged();

private:
    void onChanged(const QString& table, const QList<QUuid>& ids);
    void loadContext();
    void refreshNotes(const QList<QUuid>& ids);
    void putNote(const Note& note);
    void removeNote(const QUuid& id);
    [[nodiscard]] int insertionRow(const Note& note) const;
    [[nodiscard]] QString sourceText(const Note& note) const;
    [[nodiscard]] QString whenText(const QDateTime& utc) const;

    EngagementSession* m_session = nullptr;
    bool m_loaded = false;
    QList<Note> m_notes; // newest first: captured time, then id, both descending
    CaptureContext m_context;
    QHash<QUuid, QString> m_sourceNames; // live sessions and documents
    QHash<QUuid, QString> m_memberNames;
    QDate m_today;
};

} // namespace pc::ui
