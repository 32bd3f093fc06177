// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace pc {

/// What an evidence note records (DOMAIN.md section 5).
enum class NoteKind { Observation, Quote, DataPoint, Story, FollowUp };
inline constexpr NoteKind allNoteKinds[] = {NoteKind::Observation, NoteKind::Quote, NoteKind::DataPoint,
                                            NoteKind::Story, NoteKind::FollowUp};

/// What the note says of the council: a strength, a concern, or neither.
enum class Sentiment { Neutral, Strength, Concern };
inline constexpr Sentiment allSentiments[] = {Sentiment::Neutral, Sentiment::Strength, Sentiment::Concern};

[[nodiscard]] QString noteKindKey(NoteKind kind);
[[nodiscard]] NoteKind noteKindFromKey(const QString& key);
/// "Observation", "Quote", "Data point", "Story", "Question to follow up".
[[nodiscard]] QString noteKindLabel(NoteKind kind);
[[nodiscard]] QString sentimentKey(Sentiment sentiment);
[[nodiscard]] Sentiment sentimentFromKey(const QString& key);
/// "Neutral", "Strength", "Concern".
[[nodiscard]] QString sentimentLabel(Sentiment sentiment);

/// An evidence note: what a peer heard, saw or read, from a session, a document or neither.
/// Notes may name people while on site; what is exported is checked (non-attribution).
struct Note
{
    QUuid id;
    QString text;
    QUuid session;        // null: not from a session (or its session was removed)
    QUuid document;       // null: not from a document
    QUuid author;         // the team member who wrote it; null when not known
    QDateTime capturedAt; // UTC
    NoteKind kind = NoteKind::Observation;
    Sentiment sentiment = Sentiment::Neutral;
    QList<QUuid> themes; // filled by NoteRepository

    friend bool operator==(const Note&, const Note&) = default;
};

} // namespace pc
