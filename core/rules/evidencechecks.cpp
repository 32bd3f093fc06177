// SPDX-License-Identifier: GPL-3.0-or-later
// Evidence and findings checks (DOMAIN.md sections 5 and 6; docs/checks.md "Evidence and
// findings"): every theme gets feedback, every recommendation answers a finding, findings rest on
// triangulated evidence, the notes find their way into findings, and nothing the council will
// read names a person. The notes arrive as outlines (CheckInput::notes): no check reads their text.
#include "checkfamilies.h"
#include "nonattribution.h"
#include "triangulation.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace pc {

namespace {

const QString themeFeedbackId = QStringLiteral("findings.theme-feedback");
const QString recommendationFindingId = QStringLiteral("findings.recommendation-finding");
const QString thinEvidenceId = QStringLiteral("findings.thin-evidence");
const QString unlinkedNotesId = QStringLiteral("findings.unlinked-notes");
const QString nonAttributionId = QStringLiteral("findings.non-attribution");

constexpr int openingWords = 8; // of a text that stands for its record in a message

Problem findingsProblem(const QString& id, Severity severity, const QString& message, const QUuid& record)
{
    return {id, severity, Stage::Findings, message, record};
}

QString quoted(const QString& text)
{
    return QStringLiteral("\u201c%1\u201d").arg(text);
}

/// "Agree a medium-term financial plan with the…": a text's first words.
QString opening(const QString& text)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    QString start = words.mid(0, openingWords).join(u' ');
    if (words.size() > openingWords)
        start += u'\u2026';
    return start;
}

/// Theme titles by id, for messages that say which theme a finding belongs to.
QHash<QUuid, QString> themeTitles(const CheckInput& input)
{
    QHash<QUuid, QString> titles;
    for (const Theme& theme : input.themes)
        titles.insert(theme.id, theme.title.simplified());
    return titles;
}

/// "the finding “Clear vision” (Governance)": its title, or its text's first words.
QString findingInWords(const Finding& finding, const QHash<QUuid, QString>& themes)
{
    const QString title = finding.title.simplified();
    const QString name = quoted(title.isEmpty() ? opening(finding.text) : title);
    const QString theme = themes.value(finding.theme);
    return theme.isEmpty() ? QObject::tr("the finding %1").arg(name)
                           : QObject::tr("the finding %1 (%2)").arg(name, theme);
}

/// "recommendation 3 (“Agree a medium-term…”)": its number in the report and first words.
QString recommendationInWords(const Recommendation& recommendation, int number)
{
    return QObject::tr("recommendation %1 (%2)").arg(number).arg(quoted(opening(recommendation.text)));
}

QString capitalised(QString sentence)
{
    if (!sentence.isEmpty())
        sentence[0] = sentence[0].toUpper();
    return sentence;
}

QList<Problem> themeFeedback(const CheckInput& input)
{
    // Before the visit there is nothing to write feedback from: scoping-stage files stay quiet.
    const QDate onsite = input.engagement.date(Milestone::OnsiteStart);
    if (input.notes.isEmpty() && !(onsite.isValid() && input.today >= onsite))
        return {};
    QSet<QUuid> withFindings;
    for (const Finding& finding : input.findings)
        withFindings.insert(finding.theme);
    QHash<QUuid, int> notesPerTheme;
    for (const Note& note : input.notes) {
        for (const QUuid& theme : note.themes)
            ++notesPerTheme[theme];
    }
    QList<Problem> problems;
    for (const Theme& theme : input.themes) {
        if (withFindings.contains(theme.id))
            continue;
        const int notes = notesPerTheme.value(theme.id);
        const QString message =
            notes == 0 ? QObject::tr("%1 has no findings yet: write its strengths and areas for "
                                     "consideration as the evidence comes in.")
                             .arg(quoted(theme.title.simplified()))
            : notes == 1
                ? QObject::tr("%1 has no findings yet, and a note to draw them from: write its strengths "
                              "and areas for consideration.")
                      .arg(quoted(theme.title.simplified()))
                : QObject::tr("%1 has no findings yet, and %2 notes to draw them from: write its strengths "
                              "and areas for consideration.")
                      .arg(quoted(theme.title.simplified()))
                      .arg(notes);
        problems.append(findingsProblem(themeFeedbackId, Severity::Warning, message, theme.id));
    }
    return problems;
}

QList<Problem> recommendationFinding(const CheckInput& input)
{
    QList<Problem> problems;
    for (int i = 0; i < input.recommendations.size(); ++i) {
        const Recommendation& recommendation = input.recommendations[i];
        if (!recommendation.findings.isEmpty())
            continue;
        problems.append(findingsProblem(
            recommendationFindingId, Severity::Warning,
            QObject::tr("%1 answers no finding: link the findings it responds to, so the report shows "
                        "why it is made.")
                .arg(capitalised(recommendationInWords(recommendation, i + 1))),
            recommendation.id));
    }
    return problems;
}

QList<Problem> thinEvidence(const CheckInput& input)
{
    if (input.findings.isEmpty())
        return {};
    const QHash<QUuid, Triangulation> triangulations =
        triangulateAll(input.findings, input.notes, input.sessions);
    const QHash<QUuid, QString> themes = themeTitles(input);
    QList<Problem> problems;
    for (const Finding& finding : input.findings) {
        const Triangulation t = triangulations.value(finding.id);
        if (!t.isThin())
            continue;
        const QString name = capitalised(findingInWords(finding, themes));
        const QString message =
            t.notes == 0 ? QObject::tr("%1 has no evidence: link the notes that support it.").arg(name)
            : t.notes == 1
                ? QObject::tr("%1 rests on a single note: link evidence from another session or document "
                              "that supports it.")
                      .arg(name)
                : QObject::tr("%1 rests on %2 notes from one source: link evidence from another session "
                              "or document that supports it.")
                      .arg(name)
                      .arg(t.notes);
        problems.append(findingsProblem(thinEvidenceId, Severity::Warning, message, finding.id));
    }
    return problems;
}

QList<Problem> unlinkedNotes(const CheckInput& input)
{
    QSet<QUuid> linked;
    for (const Finding& finding : input.findings) {
        for (const QUuid& note : finding.evidence)
            linked.insert(note);
    }
    QHash<QUuid, int> unlinked;
    int withoutTheme = 0;
    for (const Note& note : input.notes) {
        if (linked.contains(note.id))
            continue;
        if (note.themes.isEmpty())
            ++withoutTheme;
        for (const QUuid& theme : note.themes)
            ++unlinked[theme];
    }
    QList<Problem> problems;
    for (const Theme& theme : input.themes) {
        const int count = unlinked.value(theme.id);
        if (count == 0)
            continue;
        const QString message =
            count == 1
                ? QObject::tr("A note on %1 supports no finding yet: link it to the finding it supports "
                              "at the huddle, or let it go if it adds nothing.")
                      .arg(quoted(theme.title.simplified()))
                : QObject::tr("%2 notes on %1 support no finding yet: link them to the findings they "
                              "support at the huddle, or let them go if they add nothing.")
                      .arg(quoted(theme.title.simplified()))
                      .arg(count);
        problems.append(findingsProblem(unlinkedNotesId, Severity::Advice, message, theme.id));
    }
    if (withoutTheme > 0) {
        const QString message =
            withoutTheme == 1
                ? QObject::tr("A note has no theme and supports no finding: give it a theme, so the huddle "
                              "sees it.")
                : QObject::tr("%1 notes have no theme and support no finding: give them a theme, so the "
                              "huddle sees them.")
                      .arg(withoutTheme);
        problems.append(findingsProblem(unlinkedNotesId, Severity::Advice, message, input.engagement.id));
    }
    return problems;
}

QList<Problem> nonAttribution(const CheckInput& input)
{
    const NameFinder finder(unnameablePeople(input.contacts, input.members));
    if (finder.isEmpty())
        return {};
    const QHash<QUuid, QString> themes = themeTitles(input);
    QList<Problem> problems;
    for (const Finding& finding : input.findings) {
        const NamesFound found = namesIn(finder, {finding.title, finding.text});
        if (!found.names.isEmpty())
            problems.append(findingsProblem(nonAttributionId, Severity::Blocking,
                                            nonAttributionMessage(found, findingInWords(finding, themes)),
                                            finding.id));
    }
    for (int i = 0; i < input.recommendations.size(); ++i) {
        const Recommendation& recommendation = input.recommendations[i];
        const NamesFound found = namesIn(finder, {recommendation.text});
        if (!found.names.isEmpty())
            problems.append(
                findingsProblem(nonAttributionId, Severity::Blocking,
                                nonAttributionMessage(found, recommendationInWords(recommendation, i + 1)),
                                recommendation.id));
    }
    return problems;
}

} // namespace

QList<CheckDef> evidenceChecks()
{
    return {
        {themeFeedbackId, Stage::Findings, QObject::tr("Every theme has findings"), themeFeedback},
        {recommendationFindingId, Stage::Findings, QObject::tr("Every recommendation answers a finding"),
         recommendationFinding},
        {thinEvidenceId, Stage::Findings, QObject::tr("Findings rest on evidence from two sources"),
         thinEvidence},
        {unlinkedNotesId, Stage::Findings, QObject::tr("Notes support findings"), unlinkedNotes},
        {nonAttributionId, Stage::Findings, QObject::tr("Findings and recommendations name no one"),
         nonAttribution},
    };
}

} // namespace pc
