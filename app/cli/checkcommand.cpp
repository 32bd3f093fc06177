// SPDX-License-Identifier: GPL-3.0-or-later
// check: the readiness checks of an engagement file.
#include "clicontext.h"

#include "rules/checks.h"
#include "storage/checkinput.h"
#include "storage/engagementfile.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace pc::cli {

namespace {

QJsonArray problemsJson(const QList<Problem>& problems)
{
    QJsonArray array;
    for (const Problem& problem : problems)
        array.append(QJsonObject{
            {QStringLiteral("check"), problem.checkId},
            {QStringLiteral("severity"), severityKey(problem.severity)},
            {QStringLiteral("stage"), stageKey(problem.stage)},
            {QStringLiteral("message"), problem.message},
            {QStringLiteral("record"), problem.record.isNull()
                                           ? QJsonValue()
                                           : QJsonValue(problem.record.toString(QUuid::WithoutBraces))},
        });
    return array;
}

QList<Problem> problemsOf(const QList<Problem>& problems, const QString& checkId)
{
    QList<Problem> found;
    for (const Problem& problem : problems) {
        if (problem.checkId == checkId)
            found.append(problem);
    }
    return found;
}

/// Every check with what it found, in registry order: `--all`.
QJsonArray checksJson(const QList<Problem>& problems)
{
    QJsonArray array;
    for (const CheckDef& check : CheckRegistry::standard().checks()) {
        const QList<Problem> found = problemsOf(problems, check.id);
        array.append(QJsonObject{
            {QStringLiteral("check"), check.id},
            {QStringLiteral("stage"), stageKey(check.stage)},
            {QStringLiteral("title"), check.title},
            {QStringLiteral("passed"), found.isEmpty()},
            {QStringLiteral("problems"), problemsJson(found)},
        });
    }
    return array;
}

void printChecks(CliContext& context, const QList<Problem>& problems)
{
    for (const CheckDef& check : CheckRegistry::standard().checks()) {
        const QList<Problem> found = problemsOf(problems, check.id);
        context.out << QStringLiteral("%1 %2 %3\n")
                           .arg(found.isEmpty() ? QStringLiteral("passed")
                                                : severityKey(found.first().severity),
                                -8)
                           .arg(stageName(check.stage), -9)
                           .arg(check.title);
        for (const Problem& problem : found)
            context.out << QStringLiteral("%1 %2\n").arg(QString(), 17).arg(problem.message);
    }
}

void printProblems(CliContext& context, const QList<Problem>& problems)
{
    if (problems.isEmpty()) {
        context.out << QObject::tr("No problems found.\n");
        return;
    }
    // "warning  Team      Add a lead officer peer ...": keys and stage names padded to columns.
    for (const Problem& problem : problems)
        context.out << QStringLiteral("%1 %2 %3\n")
                           .arg(severityKey(problem.severity), -8)
                           .arg(stageName(problem.stage), -9)
                           .arg(problem.message);
}

} // namespace

int checkCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("Runs the readiness checks on an engagement; exits with 1 when one is blocking."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QObject::tr("The engagement file."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QObject::tr("Print JSON instead of text."));
    parser.addOption(jsonOption);
    const QCommandLineOption allOption(QStringLiteral("all"),
                                       QObject::tr("List every check, passed or not, with what it found."));
    parser.addOption(allOption);
    context.parse(parser, QStringLiteral("check"), arguments, 1, 1);

    auto file = context.openForReading(parser.positionalArguments().first());
    const QList<Problem> problems =
        CheckRegistry::standard().run(loadCheckInput(file->records(), QDate::currentDate()));
    const bool all = parser.isSet(allOption);
    if (parser.isSet(jsonOption))
        context.out << QString::fromUtf8(QJsonDocument(all ? checksJson(problems) : problemsJson(problems))
                                             .toJson(QJsonDocument::Indented));
    else if (all)
        printChecks(context, problems);
    else
        printProblems(context, problems);
    const bool blocking = std::any_of(problems.cbegin(), problems.cend(), [](const Problem& problem) {
        return problem.severity == Severity::Blocking;
    });
    return blocking ? ProblemsFound : Done;
}

} // namespace pc::cli
