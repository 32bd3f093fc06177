// SPDX-License-Identifier: GPL-3.0-or-later
#include "triangulation.h"

#include <QSet>

namespace pc {

Triangulation triangulate(const Finding& finding, const QHash<QUuid, const Note*>& notes,
                          const QHash<QUuid, const Session*>& sessions)
{
    Triangulation t;
    QSet<QUuid> seenSessions;
    QSet<QUuid> seenDocuments;
    QSet<ParticipantGroup> groups;
    for (const QUuid& id : finding.evidence) {
        const Note* note = notes.value(id);
        if (!note)
            continue;
        ++t.notes;
        if (!note->session.isNull())
            seenSessions.insert(note->session);
        if (!note->document.isNull())
            seenDocuments.insert(note->document);
        if (note->session.isNull() && note->document.isNull())
            t.unattributed = 1;
    }
    for (const QUuid& id : std::as_const(seenSessions)) {
        if (const Session* session = sessions.value(id)) {
            for (const GroupMet& g : session->groups)
                groups.insert(g.group);
        }
    }
    t.sessions = int(seenSessions.size());
    t.documents = int(seenDocuments.size());
    t.groups = int(groups.size());
    return t;
}

QHash<QUuid, Triangulation> triangulateAll(const QList<Finding>& findings, const QList<Note>& notes,
                                           const QList<Session>& sessions)
{
    QHash<QUuid, const Note*> noteById;
    noteById.reserve(notes.size());
    for (const Note& n : notes)
        noteById.insert(n.id, &n);
    QHash<QUuid, const Session*> sessionById;
    sessionById.reserve(sessions.size());
    for (const Session& s : sessions)
        sessionById.insert(s.id, &s);
    QHash<QUuid, Triangulation> result;
    result.reserve(findings.size());
    for (const Finding& f : findings)
        result.insert(f.id, triangulate(f, noteById, sessionById));
    return result;
}

} // namespace pc
