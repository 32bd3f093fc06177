// SPDX-License-Identifier: GPL-3.0-or-later
// The report's checks (docs/checks.md, "Report").
#include "checkfamilies.h"
#include "nonattribution.h"
#include "templates/reporttemplate.h"

#include <QObject>

namespace pc {

namespace {

const QString narrativeNamesId = QStringLiteral("report.non-attribution");
const QString accuracyOpenId = QStringLiteral("report.accuracy-open");
const QString accuracyAnswerId = QStringLiteral("report.accuracy-answer");

Problem reportProblem(const QString& id, Severity severity, const QString& message, const QUuid& record)
{
    return {id, severity, Stage::Report, message, record};
}

/// "the executive summary", "the narrative of Governance and culture", "the whole report".
QString sectionInWords(const CheckInput& input, const QString& key)
{
    if (key.isEmpty())
        return QObject::tr("the whole report");
    if (key.startsWith(QStringLiteral("theme:"))) {
        const QUuid theme = QUuid::fromString(key.mid(6));
        for (const Theme& t : input.themes) {
            if (t.id == theme)
                return QObject::tr("the feedback on %1").arg(t.title.simplified());
        }
        return QObject::tr("the feedback on a removed theme");
    }
    if (key == QStringLiteral("approach-process"))
        return QObject::tr("the peer challenge process");
    const ReportSectionDef* section = ReportTemplate::forProgramme(input.engagement.programme).section(key);
    return section ? QObject::tr("the section \u201c%1\u201d").arg(section->title)
                   : QObject::tr("the section %1").arg(key);
}

QList<Problem> narrativeNames(const CheckInput& input)
{
    const NameFinder finder(unnameablePeople(input.contacts, input.members));
    if (finder.isEmpty())
        return {};
    QStringList keys = input.reportSections.keys();
    keys.sort(); // one order in every run
    QList<Problem> problems;
    for (const QString& key : keys) {
        const NamesFound found = namesIn(finder, {input.reportSections.value(key)});
        if (!found.names.isEmpty())
            problems.append(reportProblem(narrativeNamesId, Severity::Blocking,
                                          nonAttributionMessage(found, sectionInWords(input, key)),
                                          reportSectionId(ReportKind::Feedback, key)));
    }
    return problems;
}

QList<Problem> accuracyOpen(const CheckInput& input)
{
    int open = 0;
    QUuid first;
    for (const AccuracyComment& c : input.accuracyComments) {
        if (c.decision == AccuracyDecision::Open) {
            if (open++ == 0)
                first = c.id;
        }
    }
    if (open == 0)
        return {};
    const QString message =
        open == 1
            ? QObject::tr("A factual-accuracy comment from the council is still open: accept it (with the "
                          "change) or decline it (with the reason) before the final report.")
            : QObject::tr("%1 factual-accuracy comments from the council are still open: accept each (with "
                          "the change) or decline it (with the reason) before the final report.")
                  .arg(open);
    return {reportProblem(accuracyOpenId, Severity::Warning, message, first)};
}

QList<Problem> accuracyAnswer(const CheckInput& input)
{
    QList<Problem> problems;
    for (const AccuracyComment& c : input.accuracyComments) {
        if (c.decision == AccuracyDecision::Open || !c.response.trimmed().isEmpty())
            continue;
        const QString comment = c.comment.simplified().left(60);
        problems.append(reportProblem(
            accuracyAnswerId, Severity::Warning,
            c.decision == AccuracyDecision::Accepted
                ? QObject::tr("The accepted comment \u201c%1\u201d on %2 does not say what was changed.")
                      .arg(comment, sectionInWords(input, c.section))
                : QObject::tr("The declined comment \u201c%1\u201d on %2 does not give the council a reason.")
                      .arg(comment, sectionInWords(input, c.section)),
            c.id));
    }
    return problems;
}

} // namespace

QList<CheckDef> reportChecks()
{
    return {
        {narrativeNamesId, Stage::Report, QObject::tr("The report's narrative names no one"), narrativeNames},
        {accuracyOpenId, Stage::Report, QObject::tr("Every factual-accuracy comment is decided"),
         accuracyOpen},
        {accuracyAnswerId, Stage::Report, QObject::tr("Every decision gives its change or reason"),
         accuracyAnswer},
    };
}

QList<Problem> nonAttributionGate(const CheckInput& input)
{
    QList<Problem> found;
    for (const CheckDef& check : CheckRegistry::standard().checks()) {
        if (check.id == QLatin1String("findings.non-attribution") || check.id == narrativeNamesId)
            found += check.run(input);
    }
    return found;
}

} // namespace pc
