// SPDX-License-Identifier: GPL-3.0-or-later
// The families of standard checks, one source file each; CheckRegistry::standard() joins them.
#pragma once

#include "checks.h"

namespace pc {

/// Overview: milestones outside their windows, overdue milestones, onsite dates unset.
[[nodiscard]] QList<CheckDef> deadlineChecks();
/// Team: the manager, the lead officer peer, a member peer, the team's size, no one from the
/// host, declarations of interest, theme leads, expertise for the focus areas, the party mix.
[[nodiscard]] QList<CheckDef> teamChecks();
/// Scope: themes present, the number of focus areas, the agreement recorded, key contacts.
[[nodiscard]] QList<CheckDef> scopeChecks();
/// Documents: the position statement, documents not sent, documents no one is asked to read.
[[nodiscard]] QList<CheckDef> documentChecks();
/// Schedule: clashes of members and rooms, times, availability, note-takers, breaks, huddles, the
/// feedback presentation, themes, questions and groups no session serves, travel between places.
[[nodiscard]] QList<CheckDef> scheduleChecks();
/// Findings: feedback for every theme, recommendations that answer findings, thin evidence, notes
/// no finding uses, and names of people in what the council will read (non-attribution).
[[nodiscard]] QList<CheckDef> evidenceChecks();
/// Report: names in the narrative the team wrote (non-attribution), the factual-accuracy comments
/// still open and the decisions without a change or a reason.
[[nodiscard]] QList<CheckDef> reportChecks();
/// Follow-up: recommendations without actions, overdue actions, a published plan with no actions
/// recorded, the progress review not yet scheduled.
[[nodiscard]] QList<CheckDef> followUpChecks();
/// The final report's gate: every name the non-attribution checks find in what the council will
/// read (findings, recommendations and the report's narrative).
[[nodiscard]] QList<Problem> nonAttributionGate(const CheckInput& input);

/// "Ann", "Ann and Bob", "Ann, Bob and Cy", "Ann, Bob, Cy and 3 others": names in a sentence.
[[nodiscard]] QString namesInWords(const QStringList& names, int shown = 3);
/// "Tuesday 5 January": a day as the checks write it.
[[nodiscard]] QString dayInWords(const QDate& day);

} // namespace pc
