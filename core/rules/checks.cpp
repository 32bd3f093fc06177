// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks.h"

#include "checkfamilies.h"

#include <QLocale>
#include <QObject>

#include <algorithm>
#include <tuple>
#include <utility>

namespace pc {

QString stageName(Stage stage)
{
    switch (stage) {
    case Stage::Overview:
        return QObject::tr("Overview");
    case Stage::Scope:
        return QObject::tr("Scope");
    case Stage::Team:
        return QObject::tr("Team");
    case Stage::Documents:
        return QObject::tr("Documents");
    case Stage::Schedule:
        return QObject::tr("Schedule");
    case Stage::Capture:
        return QObject::tr("Capture");
    case Stage::Findings:
        return QObject::tr("Findings");
    case Stage::Report:
        return QObject::tr("Report");
    case Stage::FollowUp:
        return QObject::tr("Follow-up");
    }
    return {};
}

QString stageKey(Stage stage)
{
    switch (stage) {
    case Stage::Overview:
        return QStringLiteral("overview");
    case Stage::Scope:
        return QStringLiteral("scope");
    case Stage::Team:
        return QStringLiteral("team");
    case Stage::Documents:
        return QStringLiteral("documents");
    case Stage::Schedule:
        return QStringLiteral("schedule");
    case Stage::Capture:
        return QStringLiteral("capture");
    case Stage::Findings:
        return QStringLiteral("findings");
    case Stage::Report:
        return QStringLiteral("report");
    case Stage::FollowUp:
        return QStringLiteral("follow-up");
    }
    return {};
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Blocking:
        return QObject::tr("Blocking");
    case Severity::Warning:
        return QObject::tr("Warning");
    case Severity::Advice:
        return QObject::tr("Advice");
    }
    return {};
}

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Blocking:
        return QStringLiteral("blocking");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Advice:
        return QStringLiteral("advice");
    }
    return {};
}

CheckRegistry::CheckRegistry(QList<CheckDef> checks)
    : m_checks(std::move(checks))
{
}

QString namesInWords(const QStringList& names, int shown)
{
    if (names.size() <= 1)
        return names.value(0);
    if (names.size() <= shown + 1)
        return QObject::tr("%1 and %2")
            .arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
    return QObject::tr("%1 and %2 others")
        .arg(names.mid(0, shown).join(QStringLiteral(", ")))
        .arg(names.size() - shown);
}

QString dayInWords(const QDate& day)
{
    return QLocale().toString(day, QStringLiteral("dddd d MMMM"));
}

const CheckRegistry& CheckRegistry::standard()
{
    // Immutable once built (thread-safe static initialisation), so not a mutable global.
    static const CheckRegistry registry([] {
        QList<CheckDef> checks = deadlineChecks();
        checks += scopeChecks();
        checks += teamChecks();
        checks += documentChecks();
        checks += scheduleChecks();
        checks += evidenceChecks();
        checks += reportChecks();
        checks += followUpChecks();
        return checks;
    }());
    return registry;
}

QList<Problem> CheckRegistry::run(const CheckInput& input) const
{
    QList<Problem> problems;
    for (const CheckDef& check : m_checks)
        problems += check.run(input);
    std::stable_sort(problems.begin(), problems.end(), [](const Problem& a, const Problem& b) {
        return std::tie(a.severity, a.stage, a.message) < std::tie(b.severity, b.stage, b.message);
    });
    return problems;
}

QMap<Stage, int> CheckRegistry::openCounts(const QList<Problem>& problems, Severity atLeast) const
{
    QMap<Stage, int> counts;
    for (const Problem& problem : problems) {
        if (problem.severity <= atLeast)
            ++counts[problem.stage];
    }
    return counts;
}

} // namespace pc
