// SPDX-License-Identifier: GPL-3.0-or-later
// The peer challenge calendar: deadlines, the timeline, the phase and the refusal of date edits.
#include "rules/deadlines.h"
#include "rules/milestonerules.h"
#include "rules/phase.h"
#include "rules/timeline.h"
#include "support/testsupport.h"

#include <QLocale>

using namespace pc;
using namespace Qt::StringLiterals;

namespace {

/// Messages name dates in the default locale: pin it to en_GB for exact comparisons.
struct BritishLocale
{
    BritishLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    ~BritishLocale() { QLocale::setDefault(previous); }
    QLocale previous;
};

Engagement onsite(const QDate& start, const QDate& end = {})
{
    Engagement engagement;
    engagement.setDate(Milestone::OnsiteStart, start);
    engagement.setDate(Milestone::OnsiteEnd, end);
    return engagement;
}

DueWindow windowOf(Milestone milestone, const Engagement& engagement)
{
    const auto window = dueWindow(milestone, engagement);
    REQUIRE(window.has_value());
    return *window;
}

TimelineEntry entryOf(const Engagement& engagement, Milestone milestone, const QDate& today)
{
    return buildTimeline(engagement, today).at(qsizetype(milestone));
}

// A four-day visit, Thursday 12 to Sunday 15 March 2026.
const QDate start(2026, 3, 12);
const QDate end(2026, 3, 15);

} // namespace

// --- deadlines ---

TEST_CASE("Adding a month to 31 January gives the last day of February", "[rules]")
{
    CHECK(QDate(2026, 1, 31).addMonths(1) == QDate(2026, 2, 28));
    CHECK(QDate(2028, 1, 31).addMonths(1) == QDate(2028, 2, 29));
    // The same clamping in a window: 5 months after 31 January is 30 June.
    CHECK(windowOf(Milestone::ActionPlanPublished, onsite(QDate(2026, 1, 27), QDate(2026, 1, 31))).latest
          == QDate(2026, 6, 30));
}

TEST_CASE("A report due within 3 months of 30 November is due by the end of February", "[rules]")
{
    CHECK(windowOf(Milestone::ReportPublished, onsite(QDate(2026, 11, 27), QDate(2026, 11, 30))).latest
          == QDate(2027, 2, 28));
    CHECK(windowOf(Milestone::ReportPublished, onsite(QDate(2027, 11, 27), QDate(2027, 11, 30))).latest
          == QDate(2028, 2, 29));
}

TEST_CASE("Twelve months after 29 February is 28 February", "[rules]")
{
    const Engagement leap = onsite(QDate(2028, 2, 26), QDate(2028, 2, 29));
    CHECK(windowOf(Milestone::ProgressReviewPublished, leap).latest == QDate(2029, 2, 28));
    CHECK(windowOf(Milestone::ProgressReview, leap).target == QDate(2028, 12, 29));
}

TEST_CASE("Months counted back from 31 July clamp to the end of shorter months", "[rules]")
{
    const DueWindow scoping = windowOf(Milestone::ScopingMeeting, onsite(QDate(2026, 7, 31)));
    CHECK(scoping == DueWindow{QDate(2026, 1, 31), QDate(2026, 3, 31), QDate(2026, 2, 28)});
}

TEST_CASE("The milestones before the visit count back from the onsite start", "[rules]")
{
    const Engagement engagement = onsite(start, end);
    CHECK(windowOf(Milestone::ScopingMeeting, engagement)
          == DueWindow{QDate(2025, 9, 12), QDate(2025, 11, 12), QDate(2025, 10, 12)});
    CHECK(windowOf(Milestone::PositionStatementDue, engagement)
          == DueWindow{QDate(2025, 12, 12), QDate(2026, 2, 26), QDate(2026, 2, 12)});
    CHECK(windowOf(Milestone::PreReadingSent, engagement)
          == DueWindow{QDate(2026, 2, 12), QDate(2026, 2, 26), QDate(2026, 2, 19)});
    CHECK(windowOf(Milestone::TeamCall, engagement)
          == DueWindow{QDate(2026, 2, 26), QDate(2026, 3, 5), QDate(2026, 3, 2)});
    CHECK(windowOf(Milestone::OnsiteEnd, engagement) == DueWindow{start, QDate(2026, 3, 16), end});
    CHECK(windowOf(Milestone::FeedbackPresentation, engagement) == DueWindow{start, end, end});
}

TEST_CASE("The milestones after the visit count months from the onsite end", "[rules]")
{
    const Engagement engagement = onsite(start, end);
    CHECK(windowOf(Milestone::ReportPublished, engagement)
          == DueWindow{end, QDate(2026, 6, 15), QDate(2026, 6, 15)});
    CHECK(windowOf(Milestone::ActionPlanPublished, engagement)
          == DueWindow{end, QDate(2026, 8, 15), QDate(2026, 6, 15)});
    CHECK(windowOf(Milestone::ProgressReview, engagement)
          == DueWindow{QDate(2026, 12, 15), QDate(2027, 2, 15), QDate(2027, 1, 15)});
    CHECK(windowOf(Milestone::ProgressReviewPublished, engagement)
          == DueWindow{QDate(2026, 12, 15), QDate(2027, 3, 15), QDate(2027, 3, 15)});
}

TEST_CASE("No window is computed without the onsite dates or for a milestone without a rule", "[rules]")
{
    for (Milestone milestone : allMilestones)
        CHECK_FALSE(dueWindow(milestone, Engagement{}).has_value());

    const Engagement startOnly = onsite(start);
    CHECK(dueWindow(Milestone::TeamCall, startOnly).has_value());
    CHECK(dueWindow(Milestone::OnsiteEnd, startOnly).has_value());
    CHECK_FALSE(dueWindow(Milestone::FeedbackPresentation, startOnly).has_value());
    CHECK_FALSE(dueWindow(Milestone::ReportPublished, startOnly).has_value());

    const Engagement both = onsite(start, end);
    for (Milestone milestone :
         {Milestone::OnsiteStart, Milestone::ReportDraft, Milestone::FactualCheckReturned}) {
        CHECK_FALSE(dueWindow(milestone, both).has_value());
        CHECK(deadlineRule(milestone).isEmpty());
    }
    CHECK(deadlineRule(Milestone::ReportPublished) == u"within 3 months after the onsite end"_s);
}

TEST_CASE("Dates read like 23 November 2026", "[rules]")
{
    const BritishLocale british;
    CHECK(formatLongDate(QDate(2026, 11, 23)) == u"23 November 2026"_s);
    CHECK(formatLongDate(QDate(2026, 3, 1)) == u"1 March 2026"_s);
}

// --- timeline ---

TEST_CASE("The timeline has one entry per milestone in lifecycle order", "[rules]")
{
    const QList<TimelineEntry> timeline = buildTimeline(onsite(start, end), QDate(2026, 1, 1));
    REQUIRE(timeline.size() == qsizetype(allMilestones.size()));
    for (std::size_t i = 0; i < allMilestones.size(); ++i)
        CHECK(timeline[qsizetype(i)].milestone == allMilestones[i]);
}

TEST_CASE("A set milestone on or before today is done, after today planned", "[rules]")
{
    Engagement engagement = onsite(start, end);
    engagement.setDate(Milestone::TeamCall, QDate(2026, 3, 2));
    const TimelineEntry done = entryOf(engagement, Milestone::TeamCall, QDate(2026, 3, 2));
    CHECK(done.status == TimelineStatus::Done);
    CHECK(done.isSet);
    CHECK(done.date == QDate(2026, 3, 2));
    CHECK(done.deadline == QDate(2026, 3, 5));
    CHECK(entryOf(engagement, Milestone::TeamCall, QDate(2026, 3, 1)).status == TimelineStatus::Planned);
    CHECK(timelineStatusLabel(TimelineStatus::Planned) == u"Planned"_s);
}

TEST_CASE("An unset milestone is due until its deadline and shows its advised date", "[rules]")
{
    const Engagement engagement = onsite(start, end);
    const TimelineEntry due = entryOf(engagement, Milestone::ReportPublished, QDate(2026, 6, 15));
    CHECK(due.status == TimelineStatus::Due);
    CHECK_FALSE(due.isSet);
    CHECK(due.date == QDate(2026, 6, 15));
    CHECK(due.deadline == QDate(2026, 6, 15));
    CHECK(entryOf(engagement, Milestone::PreReadingSent, QDate(2026, 1, 1)).date == QDate(2026, 2, 19));
}

TEST_CASE("A milestone is overdue when unset past its deadline or set later than it", "[rules]")
{
    Engagement engagement = onsite(start, end);
    CHECK(entryOf(engagement, Milestone::ReportPublished, QDate(2026, 6, 16)).status
          == TimelineStatus::Overdue);
    engagement.setDate(Milestone::ReportPublished, QDate(2026, 7, 1));
    // Late stays overdue, before and after the late date itself.
    CHECK(entryOf(engagement, Milestone::ReportPublished, QDate(2026, 6, 1)).status
          == TimelineStatus::Overdue);
    CHECK(entryOf(engagement, Milestone::ReportPublished, QDate(2026, 9, 1)).status
          == TimelineStatus::Overdue);
    // Early is not overdue.
    engagement.setDate(Milestone::TeamCall, QDate(2026, 1, 5));
    CHECK(entryOf(engagement, Milestone::TeamCall, QDate(2026, 3, 1)).status == TimelineStatus::Done);
}

TEST_CASE("A milestone is unscheduled without onsite dates or without a rule", "[rules]")
{
    for (const TimelineEntry& entry : buildTimeline(Engagement{}, QDate(2026, 1, 1))) {
        CHECK(entry.status == TimelineStatus::Unscheduled);
        CHECK(entry.date.isNull());
        CHECK(entry.deadline.isNull());
    }
    const TimelineEntry draft = entryOf(onsite(start, end), Milestone::ReportDraft, QDate(2026, 9, 1));
    CHECK(draft.status == TimelineStatus::Unscheduled);
    CHECK(timelineStatusLabel(TimelineStatus::Unscheduled) == u"Not scheduled"_s);
}

// --- phase ---

TEST_CASE("An engagement without an onsite start is being set up", "[rules]")
{
    const Phase phase = currentPhase(Engagement{}, QDate(2026, 1, 1));
    CHECK(phase.kind == Phase::Kind::Setup);
    CHECK(phase.label() == u"Setting up"_s);
}

TEST_CASE("Before the scoping meeting, or far from an unscoped visit, the engagement is scoping", "[rules]")
{
    Engagement engagement = onsite(start, end);
    const QDate fiftySixDaysBefore = start.addDays(-56);
    CHECK(currentPhase(engagement, fiftySixDaysBefore.addDays(-1)).kind == Phase::Kind::Scoping);
    CHECK(currentPhase(engagement, fiftySixDaysBefore).kind == Phase::Kind::Preparation);
    engagement.setDate(Milestone::ScopingMeeting, QDate(2026, 2, 1));
    const Phase phase = currentPhase(engagement, QDate(2026, 2, 1));
    CHECK(phase.kind == Phase::Kind::Scoping);
    CHECK(phase.label() == u"Scoping"_s);
}

TEST_CASE("After the scoping meeting the engagement is preparing, counting down to the visit", "[rules]")
{
    Engagement engagement = onsite(start, end);
    engagement.setDate(Milestone::ScopingMeeting, QDate(2025, 10, 12));
    const Phase weeks = currentPhase(engagement, start.addDays(-23));
    CHECK(weeks.kind == Phase::Kind::Preparation);
    CHECK(weeks.days == 23);
    CHECK(weeks.label() == u"Preparation (3 weeks to go)"_s);
    CHECK(currentPhase(engagement, start.addDays(-13)).label() == u"Preparation (13 days to go)"_s);
    CHECK(currentPhase(engagement, start.addDays(-1)).label() == u"Preparation (1 day to go)"_s);
}

TEST_CASE("During the visit the engagement is onsite, on day N of the visit", "[rules]")
{
    const Phase phase = currentPhase(onsite(start, end), QDate(2026, 3, 13));
    CHECK(phase == Phase{Phase::Kind::Onsite, 2, 4});
    CHECK(phase.label() == u"Onsite (day 2 of 4)"_s);
    CHECK(currentPhase(onsite(start, end), end).label() == u"Onsite (day 4 of 4)"_s);
    CHECK(currentPhase(onsite(start), start).label() == u"Onsite (day 1 of 1)"_s);
}

TEST_CASE("After the visit the engagement is reporting until the report is published", "[rules]")
{
    Engagement engagement = onsite(start, end);
    const Phase phase = currentPhase(engagement, QDate(2026, 3, 16));
    CHECK(phase.kind == Phase::Kind::Reporting);
    CHECK(phase.days == 91);
    CHECK(phase.label() == u"Reporting (13 weeks left)"_s);
    CHECK(currentPhase(engagement, QDate(2026, 6, 10)).label() == u"Reporting (5 days left)"_s);
    CHECK(currentPhase(engagement, QDate(2026, 6, 14)).label() == u"Reporting (1 day left)"_s);
    CHECK(currentPhase(engagement, QDate(2026, 6, 15)).label() == u"Reporting (due today)"_s);
    CHECK(currentPhase(engagement, QDate(2026, 6, 16)).label() == u"Reporting (overdue)"_s);
    // A publication date still ahead does not count yet.
    engagement.setDate(Milestone::ReportPublished, QDate(2026, 6, 1));
    CHECK(currentPhase(engagement, QDate(2026, 5, 31)).kind == Phase::Kind::Reporting);
}

TEST_CASE("Once the report is published the action plan is next", "[rules]")
{
    Engagement engagement = onsite(start, end);
    engagement.setDate(Milestone::ReportPublished, QDate(2026, 6, 1));
    const Phase phase = currentPhase(engagement, QDate(2026, 6, 1));
    CHECK(phase.kind == Phase::Kind::ActionPlan);
    CHECK(phase.label() == u"Action plan"_s);
}

TEST_CASE("Once the action plan is published the engagement is in follow-up until the progress review",
          "[rules]")
{
    Engagement engagement = onsite(start, end);
    engagement.setDate(Milestone::ReportPublished, QDate(2026, 6, 1));
    engagement.setDate(Milestone::ActionPlanPublished, QDate(2026, 7, 1));
    const Phase advised = currentPhase(engagement, QDate(2027, 1, 5));
    CHECK(advised.kind == Phase::Kind::FollowUp);
    CHECK(advised.days == 10); // to the advised 15 January 2027
    CHECK(advised.label() == u"Follow-up"_s);
    engagement.setDate(Milestone::ProgressReview, QDate(2027, 1, 20));
    CHECK(currentPhase(engagement, QDate(2027, 1, 19)).days == 1);
}

TEST_CASE("From the progress review until its report is published the engagement is in review", "[rules]")
{
    Engagement engagement = onsite(start, end);
    engagement.setDate(Milestone::ActionPlanPublished, QDate(2026, 7, 1));
    engagement.setDate(Milestone::ProgressReview, QDate(2027, 1, 20));
    const Phase phase = currentPhase(engagement, QDate(2027, 1, 20));
    CHECK(phase.kind == Phase::Kind::ProgressReview);
    CHECK(phase.label() == u"Progress review"_s);
}

TEST_CASE("Once the progress review report is published the engagement is complete", "[rules]")
{
    Engagement engagement = onsite(start, end);
    engagement.setDate(Milestone::ProgressReview, QDate(2027, 1, 20));
    engagement.setDate(Milestone::ProgressReviewPublished, QDate(2027, 3, 1));
    const Phase phase = currentPhase(engagement, QDate(2027, 3, 1));
    CHECK(phase.kind == Phase::Kind::Complete);
    CHECK(phase.label() == u"Complete"_s);
}

// --- refusing date edits ---

TEST_CASE("The onsite end cannot be before the onsite start", "[rules]")
{
    const BritishLocale british;
    const Engagement engagement = onsite(start, end);
    CHECK(refuseMilestoneDate(engagement, Milestone::OnsiteEnd, QDate(2026, 3, 10))
          == u"The onsite end (10 March 2026) cannot be before the onsite start (12 March 2026)."_s);
    CHECK(refuseMilestoneDate(engagement, Milestone::OnsiteStart, QDate(2026, 3, 16))
          == u"The onsite start (16 March 2026) cannot be after the onsite end (15 March 2026)."_s);
    CHECK_FALSE(refuseMilestoneDate(engagement, Milestone::OnsiteEnd, start).has_value());
}

TEST_CASE("An onsite visit longer than 10 days is refused", "[rules]")
{
    const BritishLocale british;
    const Engagement engagement = onsite(start, end);
    CHECK(refuseMilestoneDate(engagement, Milestone::OnsiteEnd, QDate(2026, 3, 22))
          == u"The onsite visit (12 March 2026 to 22 March 2026) cannot be longer than 10 days."_s);
    CHECK_FALSE(refuseMilestoneDate(engagement, Milestone::OnsiteEnd, QDate(2026, 3, 21)).has_value());
    CHECK(refuseMilestoneDate(engagement, Milestone::OnsiteStart, QDate(2026, 3, 5)).has_value());
}

TEST_CASE("The feedback presentation must fall between the onsite start and 7 days after its end", "[rules]")
{
    const BritishLocale british;
    Engagement engagement = onsite(start, end);
    CHECK(
        refuseMilestoneDate(engagement, Milestone::FeedbackPresentation, QDate(2026, 3, 11))
        == u"The feedback presentation (11 March 2026) cannot be before the onsite start (12 March 2026)."_s);
    CHECK(refuseMilestoneDate(engagement, Milestone::FeedbackPresentation, QDate(2026, 3, 23))
          == u"The feedback presentation (23 March 2026) cannot be more than 7 days after the onsite end "
             u"(15 March 2026)."_s);
    CHECK_FALSE(
        refuseMilestoneDate(engagement, Milestone::FeedbackPresentation, QDate(2026, 3, 22)).has_value());
    // Moving the onsite dates is checked against a presentation already set.
    engagement = onsite(QDate(2026, 3, 1), QDate(2026, 3, 10));
    engagement.setDate(Milestone::FeedbackPresentation, QDate(2026, 3, 15));
    CHECK(refuseMilestoneDate(engagement, Milestone::OnsiteEnd, QDate(2026, 3, 5))
          == u"The feedback presentation (15 March 2026) cannot be more than 7 days after the onsite end "
             u"(5 March 2026)."_s);
    CHECK_FALSE(refuseMilestoneDate(engagement, Milestone::OnsiteEnd, QDate(2026, 3, 8)).has_value());
    CHECK(refuseMilestoneDate(engagement, Milestone::OnsiteStart, QDate(2026, 3, 16)).has_value());
}

TEST_CASE("The report, action plan and progress review milestones cannot be before the onsite end", "[rules]")
{
    const BritishLocale british;
    Engagement engagement = onsite(start, end);
    for (Milestone milestone :
         {Milestone::ReportDraft, Milestone::FactualCheckReturned, Milestone::ReportPublished,
          Milestone::ActionPlanPublished, Milestone::ProgressReview, Milestone::ProgressReviewPublished}) {
        INFO(milestoneLabel(milestone).toStdString());
        const auto refusal = refuseMilestoneDate(engagement, milestone, QDate(2026, 3, 14));
        REQUIRE(refusal.has_value());
        CHECK(refusal->endsWith(u"cannot be before the onsite end (15 March 2026)."_s));
        CHECK_FALSE(refuseMilestoneDate(engagement, milestone, end).has_value());
    }
    CHECK(
        *refuseMilestoneDate(engagement, Milestone::ReportPublished, QDate(2026, 3, 14))
        == u"The publication of the report (14 March 2026) cannot be before the onsite end (15 March 2026)."_s);
    // Moving the onsite end after a published report is refused too.
    engagement.setDate(Milestone::ReportPublished, QDate(2026, 6, 1));
    CHECK(refuseMilestoneDate(engagement, Milestone::OnsiteEnd, QDate(2026, 3, 12)) == std::nullopt);
    engagement.setDate(Milestone::OnsiteStart, QDate(2026, 5, 28));
    CHECK(refuseMilestoneDate(engagement, Milestone::OnsiteEnd, QDate(2026, 6, 2))
          == u"The onsite end (2 June 2026) cannot be after the publication of the report (1 June 2026)."_s);
}

TEST_CASE("The factual check cannot be returned before the report draft", "[rules]")
{
    const BritishLocale british;
    Engagement engagement = onsite(start, end);
    engagement.setDate(Milestone::ReportDraft, QDate(2026, 4, 20));
    CHECK(
        refuseMilestoneDate(engagement, Milestone::FactualCheckReturned, QDate(2026, 4, 19))
        == u"The return of the factual check (19 April 2026) cannot be before the report draft (20 April 2026)."_s);
    CHECK_FALSE(
        refuseMilestoneDate(engagement, Milestone::FactualCheckReturned, QDate(2026, 4, 20)).has_value());
    engagement.setDate(Milestone::FactualCheckReturned, QDate(2026, 5, 1));
    CHECK(
        refuseMilestoneDate(engagement, Milestone::ReportDraft, QDate(2026, 5, 2))
        == u"The report draft (2 May 2026) cannot be after the return of the factual check (1 May 2026)."_s);
}

TEST_CASE("The progress review report cannot be published before the progress review", "[rules]")
{
    const BritishLocale british;
    Engagement engagement = onsite(start, end);
    engagement.setDate(Milestone::ProgressReview, QDate(2027, 1, 20));
    CHECK(refuseMilestoneDate(engagement, Milestone::ProgressReviewPublished, QDate(2027, 1, 19))
          == u"The publication of the progress review report (19 January 2027) cannot be before the progress "
             u"review (20 January 2027)."_s);
    CHECK_FALSE(
        refuseMilestoneDate(engagement, Milestone::ProgressReviewPublished, QDate(2027, 3, 1)).has_value());
}

TEST_CASE("Dates before 2000 or after 2100 are refused", "[rules]")
{
    const BritishLocale british;
    const Engagement engagement;
    CHECK(
        refuseMilestoneDate(engagement, Milestone::ScopingMeeting, QDate(1999, 12, 31))
        == u"The scoping meeting (31 December 1999) must be between 1 January 2000 and 31 December 2100."_s);
    CHECK(refuseMilestoneDate(engagement, Milestone::OnsiteStart, QDate(2101, 1, 1)).has_value());
    CHECK_FALSE(refuseMilestoneDate(engagement, Milestone::OnsiteStart, QDate(2000, 1, 1)).has_value());
    CHECK_FALSE(refuseMilestoneDate(engagement, Milestone::OnsiteStart, QDate(2100, 12, 31)).has_value());
}

TEST_CASE("Clearing a date is always allowed", "[rules]")
{
    Engagement inconsistent = onsite(end, start); // already back to front
    inconsistent.setDate(Milestone::ReportDraft, QDate(2020, 1, 1));
    for (Milestone milestone : allMilestones)
        CHECK_FALSE(refuseMilestoneDate(inconsistent, milestone, QDate()).has_value());
}

TEST_CASE("Only the orders that involve the edited milestone are checked", "[rules]")
{
    Engagement engagement = onsite(end, start); // an old inconsistency, e.g. from a merge
    CHECK_FALSE(refuseMilestoneDate(engagement, Milestone::TeamCall, QDate(2026, 3, 1)).has_value());
    // With the onsite end unset, a report date has nothing to be compared with.
    engagement = onsite(start);
    CHECK_FALSE(refuseMilestoneDate(engagement, Milestone::ReportPublished, QDate(2026, 1, 1)).has_value());
}
