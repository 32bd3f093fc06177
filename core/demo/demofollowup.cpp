// SPDX-License-Identifier: GPL-3.0-or-later
#include "demofollowup.h"

#include "storage/followuprepository.h"

#include <QObject>

namespace pc {

namespace {

const char* const owners[] = {
    "Chief Executive",       "Director of Finance",     "Head of Policy and Performance",
    "Monitoring Officer",    "Director of Place",       "Head of Communications",
    "Director of Resources", "Head of Digital Services"};

const char* const steps[] = {
    "Agree the approach with the Leader and Cabinet and publish it",
    "Set up a member and officer working group to take the work forward",
    "Report progress to Overview and Scrutiny every quarter",
    "Build the change into the next budget and medium-term financial plan",
    "Review what other councils have done and adopt what works",
    "Train the managers who will lead the change",
};

/// A realistic spread: most actions done or on track, a few at risk, one off track.
struct Pattern
{
    ActionStatus status;
    Rag rag;
};
const Pattern patterns[] = {
    {ActionStatus::Completed, Rag::Green},  {ActionStatus::InProgress, Rag::Green},
    {ActionStatus::Completed, Rag::Green},  {ActionStatus::InProgress, Rag::Amber},
    {ActionStatus::Continuous, Rag::Green}, {ActionStatus::Completed, Rag::Green},
    {ActionStatus::InProgress, Rag::Green}, {ActionStatus::NotStarted, Rag::Red},
    {ActionStatus::InProgress, Rag::Amber}, {ActionStatus::Completed, Rag::Green},
};

} // namespace

void addDemoFollowUp(RecordStore& records, const QList<Recommendation>& recommendations,
                     const QList<Member>& team, const QDate& onsiteEnd)
{
    if (!onsiteEnd.isValid())
        return;
    FollowUpRepository followUp(records);
    int n = 0;
    for (int i = 0; i < recommendations.size(); ++i) {
        const Recommendation& r = recommendations.at(i);
        const int count = 2 + (i % 3);
        for (int k = 0; k < count; ++k, ++n) {
            const Pattern& p = patterns[n % std::size(patterns)];
            Action a;
            a.recommendation = r.id;
            a.description = QObject::tr(steps[(i + k) % std::size(steps)]);
            a.owner = QObject::tr(owners[(i * 3 + k) % std::size(owners)]);
            a.deadline = onsiteEnd.addMonths(2 + (i + 2 * k) % 8);
            a.status = p.status;
            a.rag = p.rag;
            a.updates.append(
                {{}, {}, onsiteEnd.addMonths(3), QObject::tr("Owner confirmed; first steps agreed.")});
            if (p.status != ActionStatus::NotStarted)
                a.updates.append({{},
                                  {},
                                  onsiteEnd.addMonths(6),
                                  p.rag == Rag::Green
                                      ? QObject::tr("On track: reported to Cabinet.")
                                      : QObject::tr("Delayed by the budget round; new date agreed.")});
            followUp.addAction(a);
        }
    }

    ProgressReview review;
    review.date = onsiteEnd.addMonths(10);
    review.onsiteDays = 2;
    for (const Member& m : team.mid(0, 3))
        review.members.append(m.id);
    review.positionStatement = QObject::tr(
        "Since the peer challenge the council has agreed a single corporate plan and built it into the "
        "budget. Most actions are complete or on track; the transformation programme has been slower "
        "than planned and has a new timetable.");
    review.narrative = QObject::tr(
        "The peer team found a council that has taken the recommendations seriously and made **real "
        "progress** in a short time. Leadership is visible and the plan is owned by members and officers "
        "alike.\n\nThe council now needs to keep that momentum while the financial pressures grow.");
    followUp.setProgressReview(review);
    for (int i = 0; i < recommendations.size(); ++i) {
        RecommendationAssessment assessment;
        assessment.recommendation = recommendations.at(i).id;
        assessment.progress =
            i % 4 == 3 ? QObject::tr("Work has started but is behind the timetable the council set itself.")
                       : QObject::tr("Good progress: the actions are complete or on track and reported "
                                     "regularly to Cabinet.");
        assessment.focus = i % 4 == 3
                               ? QObject::tr("Agree a realistic timetable and a single owner, and report "
                                             "progress to scrutiny.")
                               : QObject::tr("Keep the pace, and measure the difference it makes for "
                                             "residents.");
        followUp.setAssessment(assessment);
    }
}

} // namespace pc
