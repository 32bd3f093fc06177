// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkinput.h"

#include "followuprepository.h"
#include "reportrepository.h"

#include "contactrepository.h"
#include "documentrepository.h"
#include "engagementrepository.h"
#include "findingrepository.h"
#include "model/registry.h"
#include "recordstore.h"
#include "schedulerepository.h"
#include "scoperepository.h"
#include "teamrepository.h"

#include <QHash>
#include <QSet>

namespace pc {

namespace checkinput {

void loadPlanning(RecordStore& records, CheckInput& input)
{
    input.engagement = EngagementRepository(records).engagement();
    input.themes = ScopeRepository(records).themes();
    TeamRepository team(records);
    input.members = team.members();
    input.themeLeads = team.allThemeLeads();
    QSet<QUuid> members;
    for (const Member& member : std::as_const(input.members))
        members.insert(member.id);
    input.availability = team.availability();
    input.availability.removeIf([&members](const Availability& a) { return !members.contains(a.member); });
    input.contacts = ContactRepository(records).contacts();
    input.documents = DocumentRepository(records).documents();
    ScheduleRepository schedule(records);
    input.sessions = schedule.sessions();
    input.locations = schedule.locations();
    const ReportRepository reports(records);
    input.reportSections = reports.sections(ReportKind::Feedback);
    input.accuracyComments = reports.comments(ReportKind::Feedback);
    input.reportVersion = reports.latestVersion(ReportKind::Feedback);
    const FollowUpRepository followUp(records);
    input.actions = followUp.actions();
    input.progressReview = followUp.progressReview();
}

void loadFindings(RecordStore& records, CheckInput& input)
{
    FindingRepository findings(records);
    input.findings = findings.findings();
    input.recommendations = findings.recommendations();
}

// Every live note's id, session, document and themes, and nothing else: with 50,000 notes their
// text and capture times would be most of the reading, and no check needs them. The notes' other
// readers go through NoteRepository; this projection is the checks' alone.
QList<Note> loadNoteOutlines(RecordStore& records)
{
    const Registry& registry = records.registry();
    const QList<ReferenceRow> rows = records.referenceRows(
        registry.table(QStringLiteral("note")), QStringLiteral("session_id"), QStringLiteral("document_id"));
    QHash<QUuid, qsizetype> indexOf;
    indexOf.reserve(rows.size());
    QList<Note> notes;
    notes.reserve(rows.size());
    for (const ReferenceRow& row : rows) {
        Note note;
        note.id = row.id;
        note.session = row.first;
        note.document = row.second;
        indexOf.insert(note.id, notes.size());
        notes.append(note);
    }
    // A note's themes in no set order: the checks only count them.
    for (const ReferenceRow& link :
         records.referenceRows(registry.table(QStringLiteral("note_theme")), QStringLiteral("note_id"),
                               QStringLiteral("theme_id"))) {
        const auto note = indexOf.constFind(link.first);
        if (note != indexOf.cend())
            notes[*note].themes.append(link.second);
    }
    return notes;
}

std::optional<Note> loadNoteOutline(RecordStore& records, const QUuid& id)
{
    const Registry& registry = records.registry();
    const std::optional<Record> record = records.find(registry.table(QStringLiteral("note")), id);
    if (!record)
        return std::nullopt;
    Note note;
    note.id = id;
    note.session = record->value(QStringLiteral("session_id")).toUuid();
    note.document = record->value(QStringLiteral("document_id")).toUuid();
    for (const Record& link :
         records.children(registry.table(QStringLiteral("note_theme")), QStringLiteral("note_id"), id))
        note.themes.append(link.value(QStringLiteral("theme_id")).toUuid());
    return note;
}

QList<Note> liveReferences(const QList<Note>& outlines, const CheckInput& input)
{
    QSet<QUuid> sessions;
    for (const Session& session : input.sessions)
        sessions.insert(session.id);
    QSet<QUuid> documents;
    for (const Document& document : input.documents)
        documents.insert(document.id);
    QSet<QUuid> themes;
    for (const Theme& theme : input.themes)
        themes.insert(theme.id);
    QList<Note> notes;
    notes.reserve(outlines.size());
    for (const Note& outline : outlines) {
        Note& note = notes.emplace_back(outline);
        if (!note.session.isNull() && !sessions.contains(note.session))
            note.session = QUuid();
        if (!note.document.isNull() && !documents.contains(note.document))
            note.document = QUuid();
        if (!note.themes.isEmpty())
            note.themes.removeIf([&themes](const QUuid& theme) { return !themes.contains(theme); });
    }
    return notes;
}

} // namespace checkinput

CheckInput loadCheckInput(RecordStore& records, const QDate& today)
{
    CheckInput input;
    checkinput::loadPlanning(records, input);
    input.notes = checkinput::liveReferences(checkinput::loadNoteOutlines(records), input);
    checkinput::loadFindings(records, input);
    input.today = today;
    return input;
}

} // namespace pc
