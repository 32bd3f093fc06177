// SPDX-License-Identifier: GPL-3.0-or-later
#include "deadlines.h"

#include <QLocale>
#include <QObject>

namespace pc {

// The calendar of a peer challenge (DOMAIN.md section 2 and "Implications" > Dates). Months are
// calendar months through QDate::addMonths, which clamps to the end of a shorter month: "within
// 3 months" of 30 November ends on 28 February (29 in a leap year), and 12 months after
// 29 February is 28 February.
//
//   scoping meeting          4 to 6 months before the onsite start; advised 5 months before
//   position statement due   3 months to 14 days before the onsite start (it goes out with
//                            the pre-reading); advised 4 weeks before
//   pre-reading sent         28 to 14 days before the onsite start ("2 to 3 weeks", at least
//                            14 days); advised 3 weeks before
//   team call                14 to 7 days before the onsite start; advised 10 days before
//   onsite end               the onsite visit lasts 1 to 5 days; advised 4 days
//   feedback presentation    on an onsite day; advised the last one
//   report published         within 3 months after the onsite end
//   action plan published    within 3 months after the onsite end (advised), 5 at the latest
//   progress review          9 to 11 months after the onsite end; advised 10 months
//   progress review report   9 to 12 months after the onsite end; advised 12 months
//
// The onsite start anchors the calendar, and the report draft and the factual check have no
// deadline of their own (only their order, see milestonerules.h).

namespace {

DueWindow beforeStart(const QDate& start, int earliestDays, int latestDays, int targetDays)
{
    return {start.addDays(-earliestDays), start.addDays(-latestDays), start.addDays(-targetDays)};
}

DueWindow afterEnd(const QDate& end, int earliestMonths, int latestMonths, int targetMonths)
{
    return {end.addMonths(earliestMonths), end.addMonths(latestMonths), end.addMonths(targetMonths)};
}

} // namespace

std::optional<DueWindow> dueWindow(Milestone milestone, const Engagement& engagement)
{
    const QDate start = engagement.date(Milestone::OnsiteStart);
    const QDate end = engagement.date(Milestone::OnsiteEnd);
    const bool hasStart = start.isValid();
    const bool hasEnd = end.isValid();
    switch (milestone) {
    case Milestone::ScopingMeeting:
        if (!hasStart)
            return std::nullopt;
        return DueWindow{start.addMonths(-6), start.addMonths(-4), start.addMonths(-5)};
    case Milestone::PositionStatementDue:
        if (!hasStart)
            return std::nullopt;
        return DueWindow{start.addMonths(-3), start.addDays(-14), start.addDays(-28)};
    case Milestone::PreReadingSent:
        return hasStart ? std::optional(beforeStart(start, 28, 14, 21)) : std::nullopt;
    case Milestone::TeamCall:
        return hasStart ? std::optional(beforeStart(start, 14, 7, 10)) : std::nullopt;
    case Milestone::OnsiteEnd:
        return hasStart ? std::optional(DueWindow{start, start.addDays(4), start.addDays(3)}) : std::nullopt;
    case Milestone::FeedbackPresentation:
        return hasStart && hasEnd ? std::optional(DueWindow{start, end, end}) : std::nullopt;
    case Milestone::ReportPublished:
        return hasEnd ? std::optional(afterEnd(end, 0, 3, 3)) : std::nullopt;
    case Milestone::ActionPlanPublished:
        return hasEnd ? std::optional(afterEnd(end, 0, 5, 3)) : std::nullopt;
    case Milestone::ProgressReview:
        return hasEnd ? std::optional(afterEnd(end, 9, 11, 10)) : std::nullopt;
    case Milestone::ProgressReviewPublished:
        return hasEnd ? std::optional(afterEnd(end, 9, 12, 12)) : std::nullopt;
    case Milestone::OnsiteStart:
    case Milestone::ReportDraft:
    case Milestone::FactualCheckReturned:
        return std::nullopt;
    }
    return std::nullopt;
}

QString deadlineRule(Milestone milestone)
{
    switch (milestone) {
    case Milestone::ScopingMeeting:
        return QObject::tr("4 to 6 months before the onsite start");
    case Milestone::PositionStatementDue:
        return QObject::tr("about 4 weeks before the onsite start, and at least 14 days before it");
    case Milestone::PreReadingSent:
        return QObject::tr("2 to 4 weeks before the onsite start, and at least 14 days before it");
    case Milestone::TeamCall:
        return QObject::tr("1 to 2 weeks before the onsite start");
    case Milestone::OnsiteEnd:
        return QObject::tr("1 to 5 days after the onsite start, counting both");
    case Milestone::FeedbackPresentation:
        return QObject::tr("on an onsite day, normally the last");
    case Milestone::ReportPublished:
        return QObject::tr("within 3 months after the onsite end");
    case Milestone::ActionPlanPublished:
        return QObject::tr("within 3 months after the onsite end, and at the latest within 5");
    case Milestone::ProgressReview:
        return QObject::tr("about 10 months after the onsite end (9 to 11 months)");
    case Milestone::ProgressReviewPublished:
        return QObject::tr("within 12 months after the onsite end");
    case Milestone::OnsiteStart:
    case Milestone::ReportDraft:
    case Milestone::FactualCheckReturned:
        return {};
    }
    return {};
}

QString milestoneNoun(Milestone milestone)
{
    switch (milestone) {
    case Milestone::ScopingMeeting:
        return QObject::tr("the scoping meeting");
    case Milestone::PositionStatementDue:
        return QObject::tr("the position statement");
    case Milestone::PreReadingSent:
        return QObject::tr("the pre-reading");
    case Milestone::TeamCall:
        return QObject::tr("the team call");
    case Milestone::OnsiteStart:
        return QObject::tr("the onsite start");
    case Milestone::OnsiteEnd:
        return QObject::tr("the onsite end");
    case Milestone::FeedbackPresentation:
        return QObject::tr("the feedback presentation");
    case Milestone::ReportDraft:
        return QObject::tr("the report draft");
    case Milestone::FactualCheckReturned:
        return QObject::tr("the return of the factual check");
    case Milestone::ReportPublished:
        return QObject::tr("the publication of the report");
    case Milestone::ActionPlanPublished:
        return QObject::tr("the publication of the action plan");
    case Milestone::ProgressReview:
        return QObject::tr("the progress review");
    case Milestone::ProgressReviewPublished:
        return QObject::tr("the publication of the progress review report");
    }
    return {};
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString formatLongDate(const QDate& date)
{
    // The user's locale names the month; the order is the British one (DESIGN.md 3.6).
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString formatDateRange(const QDate& first, const QDate& last)
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QString full = QStringLiteral("d MMMM yyyy");
    if (!last.isValid() || first == last)
        return english.toString(first, full);
    if (first.year() != last.year())
        return QStringLiteral("%1 – %2").arg(english.toString(first, full), english.toString(last, full));
    if (first.month() != last.month())
        return QStringLiteral("%1 – %2").arg(english.toString(first, QStringLiteral("d MMMM")),
                                             english.toString(last, full));
    return QStringLiteral("%1–%2").arg(first.day()).arg(english.toString(last, full));
}

} // namespace pc
