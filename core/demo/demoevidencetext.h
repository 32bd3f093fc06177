// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/session.h"
#include "model/theme.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pc {

struct DemoFindingText
{
    QString title;
    QString text;
};

/// What one theme's notes and feedback are made of, in the words peers write down on site and
/// in the report. Fictional; finding and recommendation text names nobody (non-attribution).
struct DemoThemeText
{
    QStringList strengths; // clauses a note is built from: "staff feel trusted by managers"
    QStringList concerns;
    QStringList neutral;
    QStringList strengthQuotes; // what someone said, without the quotation marks
    QStringList concernQuotes;
    QStringList dataPoints; // whole sentences
    QStringList strengthStories;
    QStringList concernStories;
    QStringList requests; // what to ask for: "the savings tracker and who owns each line"
    QList<DemoFindingText> strengthFindings;
    QList<DemoFindingText> considerations;
    QStringList recommendations;
};

/// A core element's text by its template key; a focus area's is written around its title.
[[nodiscard]] DemoThemeText demoThemeText(const Theme& theme);

/// How a peer's note names who spoke in a meeting with this group: "Team leader", "Resident".
[[nodiscard]] QStringList demoSpeakers(ParticipantGroup group);

/// How a note taken outside any session or document begins: "Overheard at reception: ".
[[nodiscard]] QStringList demoAsides();

/// The recommendation that draws the others together, answering findings of several themes.
[[nodiscard]] QString demoCrossCuttingRecommendation();

/// "Housing and homelessness" -> "housing and homelessness", "SEND support" unchanged.
[[nodiscard]] QString inSentence(const QString& title);

} // namespace pc
