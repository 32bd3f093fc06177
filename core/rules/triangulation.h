// SPDX-License-Identifier: GPL-3.0-or-later
// How well a finding's evidence is triangulated (DOMAIN.md section 6): the notes behind it and the
// distinct places they came from. The rule, also in docs/checks.md ("thin evidence"):
// - a source is a session or a document a linked note came from; the notes taken with neither
//   (a corridor conversation, the team's own observation) count together as one source;
// - participant groups are the distinct groups met in those sessions (cancelled ones count: the
//   note says the conversation happened);
// - a finding is thinly evidenced when it has fewer than two distinct sources.
#pragma once

#include "model/finding.h"
#include "model/note.h"
#include "model/session.h"

#include <QHash>
#include <QList>
#include <QUuid>

namespace pc {

struct Triangulation
{
    int notes = 0;
    int sessions = 0;
    int documents = 0;
    int unattributed = 0; // 1 when some notes came from neither a session nor a document
    int groups = 0;

    [[nodiscard]] int sources() const { return sessions + documents + unattributed; }
    [[nodiscard]] bool isThin() const { return sources() < minimumSources; }

    static constexpr int minimumSources = 2;
    friend bool operator==(const Triangulation&, const Triangulation&) = default;
};

/// One finding's triangulation; notes and sessions it cannot find (removed) are not counted.
[[nodiscard]] Triangulation triangulate(const Finding& finding, const QHash<QUuid, const Note*>& notes,
                                        const QHash<QUuid, const Session*>& sessions);

/// Every finding's, by id, indexing the notes and sessions once.
[[nodiscard]] QHash<QUuid, Triangulation>
triangulateAll(const QList<Finding>& findings, const QList<Note>& notes, const QList<Session>& sessions);

} // namespace pc
