// SPDX-License-Identifier: GPL-3.0-or-later
#include "note.h"

#include "keytable.h"

#include <QObject>

namespace pc {

namespace {

constexpr KeyTable<NoteKind, 5> kindKeys{{
    {NoteKind::Observation, "observation"},
    {NoteKind::Quote, "quote"},
    {NoteKind::DataPoint, "data-point"},
    {NoteKind::Story, "story"},
    {NoteKind::FollowUp, "follow-up"},
}};

constexpr KeyTable<Sentiment, 3> sentimentKeys{{
    {Sentiment::Neutral, "neutral"},
    {Sentiment::Strength, "strength"},
    {Sentiment::Concern, "concern"},
}};

} // namespace

QString noteKindKey(NoteKind kind)
{
    return keyOf(kindKeys, kind);
}

NoteKind noteKindFromKey(const QString& key)
{
    return valueOf(kindKeys, key, NoteKind::Observation);
}

QString noteKindLabel(NoteKind kind)
{
    switch (kind) {
    case NoteKind::Observation:
        return QObject::tr("Observation");
    case NoteKind::Quote:
        return QObject::tr("Quote");
    case NoteKind::DataPoint:
        return QObject::tr("Data point");
    case NoteKind::Story:
        return QObject::tr("Story");
    case NoteKind::FollowUp:
        return QObject::tr("Question to follow up");
    }
    return {};
}

QString sentimentKey(Sentiment sentiment)
{
    return keyOf(sentimentKeys, sentiment);
}

Sentiment sentimentFromKey(const QString& key)
{
    return valueOf(sentimentKeys, key, Sentiment::Neutral);
}

QString sentimentLabel(Sentiment sentiment)
{
    switch (sentiment) {
    case Sentiment::Neutral:
        return QObject::tr("Neutral");
    case Sentiment::Strength:
        return QObject::tr("Strength");
    case Sentiment::Concern:
        return QObject::tr("Concern");
    }
    return {};
}

} // namespace pc
