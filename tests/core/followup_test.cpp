// SPDX-License-Identifier: GPL-3.0-or-later
// The follow-up of issue 9: the action plan's figures, importing the council's plan (the edge
// cases people's spreadsheets bring), the CSV round trip and the follow-up checks.
#include "checkfixture.h"

#include "exchange/actionplancsv.h"
#include "exchange/csvreader.h"
#include "rules/actionplan.h"

using namespace pc;
using namespace pc::test;

namespace {

Recommendation recommendation(int n)
{
    Recommendation r;
    r.id = QUuid::fromString(u"00000000-0000-4000-b000-%1"_s.arg(n, 12, 10, QLatin1Char('0')));
    r.text = u"Recommendation text number %1 about the medium-term financial plan"_s.arg(n);
    r.position = n;
    return r;
}

Action action(int n, const QUuid& recommendation, Rag rag, ActionStatus status, const QDate& deadline = {})
{
    Action a;
    a.id = QUuid::fromString(u"00000000-0000-4000-c000-%1"_s.arg(n, 12, 10, QLatin1Char('0')));
    a.recommendation = recommendation;
    a.description = u"Action %1"_s.arg(n);
    a.owner = u"Director of Finance"_s;
    a.rag = rag;
    a.status = status;
    a.deadline = deadline;
    a.position = n;
    return a;
}

csv::ImportResult<Action> importText(const QString& text, const QList<Recommendation>& recommendations)
{
    const csv::CsvTable table = csv::parse(text);
    return exchange::importActions(table, csv::guessMapping(table.header, exchange::actionColumns()),
                                   recommendations);
}

} // namespace

TEST_CASE("The action plan's figures count RAG ratings, overdue actions and recommendations without actions",
          "[followup]")
{
    const QList<Recommendation> recs{recommendation(2), recommendation(1), recommendation(3)};
    const QDate today(2027, 1, 10);
    const QList<Action> actions{
        action(1, recs[1].id, Rag::Green, ActionStatus::Completed, QDate(2026, 12, 1)),
        action(2, recs[1].id, Rag::Amber, ActionStatus::InProgress, QDate(2026, 12, 1)), // overdue
        action(3, recs[0].id, Rag::Red, ActionStatus::NotStarted, QDate(2027, 3, 1)),
        action(4, recs[0].id, Rag::None, ActionStatus::Continuous,
               QDate(2026, 1, 1)),                                           // continuous: never overdue
        action(5, QUuid::createUuid(), Rag::Green, ActionStatus::Completed), // a removed recommendation
    };
    const ActionPlanSummary s = summariseActionPlan(actions, recs, today);
    CHECK(s.actions == 4);
    CHECK(s.rag == RagCounts{1, 1, 1, 1});
    CHECK(s.overdue == 1);
    CHECK(s.overdueActions == QList<QUuid>{actions[1].id});
    CHECK(s.completed == 2);
    CHECK(s.withoutActions == 1);
    REQUIRE(s.recommendations.size() == 3);
    CHECK(s.recommendations[0].recommendation == recs[1].id); // report order: position 1 first
    CHECK(s.recommendations[0].number == 1);
    CHECK(s.recommendations[0].actions == 2);
    CHECK(s.recommendations[0].overdue == 1);
    CHECK(s.recommendations[2].actions == 0);
}

TEST_CASE("RAG percentages are whole numbers that add up to 100", "[followup]")
{
    CHECK(ragInWords({0, 0, 6, 34}) == u"85% green, 15% amber, 0% red"_s); // Gateshead's progress review
    CHECK(ragInWords({5, 1, 1, 1}) == u"34% green, 33% amber, 33% red"_s);
    CHECK(ragInWords({3, 0, 0, 0}) == u"no action rated yet"_s);
}

TEST_CASE("The council's own plan imports with recommendations by number or text", "[followup][csv]")
{
    const QList<Recommendation> recs{recommendation(1), recommendation(2), recommendation(3)};
    const auto result = importText(
        u"Ref,Response and action,Lead officer,Due date,Completed,RAG status\n"
        "R1,Agree the plan,Chief Executive,31/03/2027,Complete,G\n"
        "Rec 2,Set up a board,Director of Place,2027-06-30,Ongoing,Amber\n"
        "Recommendation 3.,Report to scrutiny,,,,\n"
        "\"Recommendation text number 2 about the medium\",Train managers,Head of HR,\"Tue 6 Apr 2027\",not started,red\n"_s,
        recs);
    INFO((result.problems.isEmpty() ? QString() : csv::describe(result.problems.first())).toStdString());
    REQUIRE(result.ok());
    REQUIRE(result.records.size() == 4);
    CHECK(result.records[0].recommendation == recs[0].id);
    CHECK(result.records[0].deadline == QDate(2027, 3, 31));
    CHECK(result.records[0].status == ActionStatus::Completed);
    CHECK(result.records[0].rag == Rag::Green);
    CHECK(result.records[1].status == ActionStatus::InProgress);
    CHECK(result.records[2].recommendation == recs[2].id);
    CHECK(result.records[2].status == ActionStatus::NotStarted);
    CHECK(result.records[2].rag == Rag::None);
    CHECK_FALSE(result.records[2].deadline.isValid());
    CHECK(result.records[3].recommendation == recs[1].id);
    CHECK(result.records[3].deadline == QDate(2027, 4, 6));
}

TEST_CASE("An action plan import with bad rows names every problem and imports nothing", "[followup][csv]")
{
    const QList<Recommendation> recs{recommendation(1), recommendation(2)};
    const auto result = importText(u"Recommendation,Action,Deadline,Status,RAG\n"
                                   "7,Out of range,,,\n"
                                   "1,,,,\n"
                                   "2,Bad date,31/02/2027,,\n"
                                   "2,Bad status,,Finished-ish,\n"
                                   "2,Bad colour,,,Purple\n"
                                   "Recommendation text,Ambiguous text,,,\n"_s,
                                   recs);
    CHECK(result.records.size() < 6);
    REQUIRE(result.problems.size() == 6);
    CHECK(result.problems[0].line == 2);
    CHECK(result.problems[0].message.contains(u"not one of the report's 2 recommendations"_s));
    CHECK(result.problems[1].message.contains(u"no action"_s));
    CHECK(result.problems[2].message.contains(u"not a date"_s));
    CHECK(result.problems[3].message.contains(u"Finished-ish"_s));
    CHECK(result.problems[4].message.contains(u"Purple"_s));
    CHECK(result.problems[5].message.contains(u"Recommendation text"_s));

    const auto missing = importText(u"Owner,Deadline\nCEO,2027-01-01\n"_s, recs);
    CHECK_FALSE(missing.ok());
    CHECK(missing.records.isEmpty());
}

TEST_CASE("The action plan CSV export imports back to the same actions", "[followup][csv]")
{
    const QList<Recommendation> recs{recommendation(1), recommendation(2)};
    QList<Action> actions{action(1, recs[1].id, Rag::Amber, ActionStatus::InProgress, QDate(2027, 5, 1)),
                          action(2, recs[0].id, Rag::Green, ActionStatus::Completed, QDate(2027, 2, 1))};
    actions[0].description = u"=HYPERLINK(\"x\") and, \"quotes\""_s;
    const QByteArray bytes = exchange::actionPlanToCsv(actions, recs);
    const csv::CsvTable table = csv::read(bytes);
    const auto back =
        exchange::importActions(table, csv::guessMapping(table.header, exchange::actionColumns()), recs);
    REQUIRE(back.ok());
    REQUIRE(back.records.size() == 2);
    CHECK(back.records[0].recommendation == recs[0].id); // in report order
    CHECK(back.records[1].description == actions[0].description);
    CHECK(back.records[1].deadline == QDate(2027, 5, 1));
    CHECK(back.records[1].status == ActionStatus::InProgress);
    CHECK(back.records[1].rag == Rag::Amber);
}

TEST_CASE("The follow-up checks speak once the report is out", "[followup][rules]")
{
    BritishLocale british;
    CheckInput input = ready();
    input.recommendations = {recommendation(1), recommendation(2)};
    input.today = QDate(2026, 9, 1);
    // Before the final report: silent.
    CHECK(problemsOf(input, u"followup.recommendation-actions"_s).isEmpty());
    CHECK(problemsOf(input, u"followup.progress-review-scheduled"_s).isEmpty());

    ReportVersion final;
    final.state = ReportState::Final;
    final.issued = QDate(2026, 5, 2);
    input.reportVersion = final;
    QList<Problem> found = problemsOf(input, u"followup.recommendation-actions"_s);
    REQUIRE(found.size() == 2);
    CHECK(found[0].message.startsWith(u"Recommendation 1 ("_s));
    CHECK(found[0].stage == Stage::FollowUp);
    found = problemsOf(input, u"followup.progress-review-scheduled"_s);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.contains(u"due by"_s));

    input.actions = {
        action(1, input.recommendations[0].id, Rag::Red, ActionStatus::InProgress, QDate(2026, 8, 1)),
        action(2, input.recommendations[1].id, Rag::Green, ActionStatus::Completed, QDate(2026, 8, 1))};
    CHECK(problemsOf(input, u"followup.recommendation-actions"_s).isEmpty());
    found = problemsOf(input, u"followup.overdue-actions"_s);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.contains(u"was due on 1 August 2026 and is in progress"_s));
    CHECK(found[0].record == input.actions[0].id);

    input.engagement.setDate(Milestone::ProgressReview, QDate(2027, 1, 12));
    CHECK(problemsOf(input, u"followup.progress-review-scheduled"_s).isEmpty());

    input.actions.clear();
    input.engagement.setDate(Milestone::ActionPlanPublished, QDate(2026, 8, 15));
    found = problemsOf(input, u"followup.plan-without-actions"_s);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.contains(u"15 August 2026"_s));
}
