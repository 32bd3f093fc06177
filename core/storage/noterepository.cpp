// SPDX-License-Identifier: GPL-3.0-or-later
#include "noterepository.h"

#include "common/error.h"
#include "common/uuidsource.h"
#include "installation.h"
#include "model/registry.h"

#include <QObject>
#include <QSet>

#include <algorithm>

namespace pc {

namespace {

const QString noteTable = QStringLiteral("note");
const QString themeLinks = QStringLiteral("note_theme");

QVariant reference(const QUuid& id)
{
    return id.isNull() ? QVariant() : QVariant(id);
}

QVariantMap valuesOf(const Note& n)
{
    return {{QStringLiteral("text"), n.text},
            {QStringLiteral("session_id"), reference(n.session)},
            {QStringLiteral("document_id"), reference(n.document)},
            {QStringLiteral("author_id"), reference(n.author)},
            {QStringLiteral("captured_at"), n.capturedAt.toUTC()},
            {QStringLiteral("kind"), noteKindKey(n.kind)},
            {QStringLiteral("sentiment"), sentimentKey(n.sentiment)}};
}

/// The id when it names a live record, else none.
QUuid liveOrNone(const QVariant& value, const QSet<QUuid>& live)
{
    const QUuid id = value.toUuid();
    return live.contains(id) ? id : QUuid();
}

} // namespace

NoteRepository::NoteRepository(RecordStore& records)
    : m_records(records)
{
}

QList<Note> NoteRepository::load(const QList<Record>& records) const
{
    if (records.isEmpty())
        return {};
    const Registry& registry = m_records.registry();
    const QSet<QUuid> sessions = m_records.liveIds(registry.table(QStringLiteral("session")));
    const QSet<QUuid> documents = m_records.liveIds(registry.table(QStringLiteral("document")));
    const QSet<QUuid> members = m_records.liveIds(registry.table(QStringLiteral("member")));
    const QSet<QUuid> themes = m_records.liveIds(registry.table(QStringLiteral("theme")));
    // One note (note(), updateNote()) reads its own links: reading every note's would cost a
    // stress file's 50,000 links on each save or edit.
    QHash<QUuid, QList<QUuid>> themesOf;
    if (records.size() == 1) {
        for (const QUuid& theme : m_records.linked(registry.table(themeLinks), records.first().id)) {
            if (themes.contains(theme))
                themesOf[records.first().id].append(theme);
        }
    } else {
        themesOf = m_records.linksByFirst(registry.table(themeLinks), themes);
    }
    QList<Note> result;
    result.reserve(records.size());
    for (const Record& r : records) {
        Note n;
        n.id = r.id;
        n.text = r.value(QStringLiteral("text")).toString();
        n.session = liveOrNone(r.value(QStringLiteral("session_id")), sessions);
        n.document = liveOrNone(r.value(QStringLiteral("document_id")), documents);
        n.author = liveOrNone(r.value(QStringLiteral("author_id")), members);
        n.capturedAt = r.value(QStringLiteral("captured_at")).toDateTime();
        n.kind = noteKindFromKey(r.value(QStringLiteral("kind")).toString());
        n.sentiment = sentimentFromKey(r.value(QStringLiteral("sentiment")).toString());
        n.themes = themesOf.value(n.id);
        result.append(n);
    }
    std::stable_sort(result.begin(), result.end(), [](const Note& a, const Note& b) {
        return a.capturedAt != b.capturedAt ? a.capturedAt < b.capturedAt : a.id < b.id;
    });
    return result;
}

QList<Note> NoteRepository::notes() const
{
    return load(m_records.list(m_records.registry().table(noteTable)));
}

std::optional<Note> NoteRepository::note(const QUuid& id) const
{
    const auto record = m_records.find(m_records.registry().table(noteTable), id);
    if (!record)
        return std::nullopt;
    return load({*record}).value(0);
}

QUuid NoteRepository::addNote(Note note)
{
    if (note.id.isNull())
        note.id = m_records.installation().uuids().next();
    m_records.insert(m_records.registry().table(noteTable), Record{note.id, valuesOf(note), false});
    m_records.setLinks(m_records.registry().table(themeLinks), note.id, note.themes, true);
    return note.id;
}

bool NoteRepository::updateNote(const Note& note)
{
    const TableDef& table = m_records.registry().table(noteTable);
    const auto before = m_records.find(table, note.id, Visibility::IncludeDeleted);
    if (!before)
        throw Error(ErrorKind::Constraint, QObject::tr("The note being changed no longer exists."));
    if (before->deleted)
        m_records.restore(table, note.id);
    const std::optional<Note> current = this->note(note.id);
    bool changed = m_records.update(table, note.id, valuesOf(note));
    if (!current || current->themes != note.themes) {
        m_records.setLinks(m_records.registry().table(themeLinks), note.id, note.themes);
        changed = true;
    }
    return changed || before->deleted;
}

QList<RecordRef> NoteRepository::removeNote(const QUuid& id)
{
    return m_records.removeWithDependents(m_records.registry().table(noteTable), id);
}

QList<QUuid> NoteRepository::notesOfThemeLinks(const QList<QUuid>& links) const
{
    const TableDef& table = m_records.registry().table(themeLinks);
    QList<QUuid> result;
    QSet<QUuid> seen;
    for (const QUuid& link : links) {
        const auto record = m_records.find(table, link, Visibility::IncludeDeleted);
        const QUuid note = record ? record->value(table.fields.value(0).name).toUuid() : QUuid();
        if (!note.isNull() && !seen.contains(note)) {
            seen.insert(note);
            result.append(note);
        }
    }
    return result;
}

QList<SearchHit> NoteRepository::search(const QString& userText, int limit) const
{
    return m_records.search(m_records.registry().table(noteTable), userText, limit);
}

} // namespace pc
