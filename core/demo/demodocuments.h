// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document.h"
#include "model/theme.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace pc {

class DemoRandom;

/// The pre-reading library of a corporate peer challenge, `count` documents: the position
/// statement and the plans, budgets and reports a council sends, the programme's briefings and
/// benchmarking. Received before `preReadingSent` (and never after `today`); most were sent to
/// the team that day once it has passed, the last two arrived later and wait to be sent. Every member is
/// asked to read the core papers, theme leads the papers of their themes; about two in three readings are
/// done when `today` is past the sending date. Themes are matched by template key; positions are set.
struct DemoLibrary
{
    QList<Theme> themes;
    QList<QUuid> members;
    QHash<QUuid, QList<QUuid>> leadsOf; // theme -> its leads
    QDate preReadingSent;
    QDate today;
};
[[nodiscard]] QList<Document> demoDocuments(DemoRandom& random, const DemoLibrary& library, int count);

} // namespace pc
