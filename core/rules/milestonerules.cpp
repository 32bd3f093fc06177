// SPDX-License-Identifier: GPL-3.0-or-later
#include "milestonerules.h"

#include "deadlines.h"

#include <QObject>

#include <array>

namespace pc {

// The hard rules of a milestone edit:
//   - every date lies between 1 January 2000 and 31 December 2100;
//   - the onsite end is not before the onsite start, and the visit lasts at most 10 days;
//   - the feedback presentation is not before the onsite start nor more than 7 days after the
//     onsite end;
//   - the report draft, factual check, report, action plan, progress review and its report are
//     not before the onsite end;
//   - the factual check is not returned before the report draft;
//   - the progress review report is not published before the progress review.

namespace {

constexpr int presentationGraceDays = 7;

/// "Later" must not be before "earlier".
struct Order
{
    Milestone earlier;
    Milestone later;
};

constexpr std::array orders{
    Order{Milestone::OnsiteStart, Milestone::OnsiteEnd},
    Order{Milestone::OnsiteStart, Milestone::FeedbackPresentation},
    Order{Milestone::OnsiteEnd, Milestone::ReportDraft},
    Order{Milestone::OnsiteEnd, Milestone::FactualCheckReturned},
    Order{Milestone::OnsiteEnd, Milestone::ReportPublished},
    Order{Milestone::OnsiteEnd, Milestone::ActionPlanPublished},
    Order{Milestone::OnsiteEnd, Milestone::ProgressReview},
    Order{Milestone::OnsiteEnd, Milestone::ProgressReviewPublished},
    Order{Milestone::ReportDraft, Milestone::FactualCheckReturned},
    Order{Milestone::ProgressReview, Milestone::ProgressReviewPublished},
};

/// "The onsite end (10 March 2026)".
QString subject(Milestone milestone, const QDate& date)
{
    return QObject::tr("%1 (%2)").arg(capitalised(milestoneNoun(milestone)), formatLongDate(date));
}

QString object(Milestone milestone, const QDate& date)
{
    return QObject::tr("%1 (%2)").arg(milestoneNoun(milestone), formatLongDate(date));
}

std::optional<QString> refuseRange(Milestone milestone, const QDate& date)
{
    static constexpr int firstYear = 2000;
    static constexpr int lastYear = 2100;
    if (date.year() >= firstYear && date.year() <= lastYear)
        return std::nullopt;
    return QObject::tr("%1 must be between %2 and %3.")
        .arg(subject(milestone, date), formatLongDate(QDate(firstYear, 1, 1)),
             formatLongDate(QDate(lastYear, 12, 31)));
}

std::optional<QString> refuseOrder(const Order& order, Milestone edited, const Engagement& after)
{
    const QDate earlier = after.date(order.earlier);
    const QDate later = after.date(order.later);
    if (!earlier.isValid() || !later.isValid() || later >= earlier)
        return std::nullopt;
    // Name the edited milestone first: that is the date the user has just chosen.
    if (edited == order.earlier)
        return QObject::tr("%1 cannot be after %2.")
            .arg(subject(order.earlier, earlier), object(order.later, later));
    return QObject::tr("%1 cannot be before %2.")
        .arg(subject(order.later, later), object(order.earlier, earlier));
}

std::optional<QString> refuseOnsiteLength(const Engagement& after)
{
    const QDate start = after.date(Milestone::OnsiteStart);
    const QDate end = after.date(Milestone::OnsiteEnd);
    if (!start.isValid() || !end.isValid() || start.daysTo(end) < maxOnsiteDays)
        return std::nullopt;
    return QObject::tr("The onsite visit (%1 to %2) cannot be longer than %3 days.")
        .arg(formatLongDate(start), formatLongDate(end))
        .arg(maxOnsiteDays);
}

std::optional<QString> refusePresentation(const Engagement& after)
{
    const QDate presentation = after.date(Milestone::FeedbackPresentation);
    const QDate end = after.date(Milestone::OnsiteEnd);
    if (!presentation.isValid() || !end.isValid() || end.daysTo(presentation) <= presentationGraceDays)
        return std::nullopt;
    return QObject::tr("%1 cannot be more than %2 days after %3.")
        .arg(subject(Milestone::FeedbackPresentation, presentation))
        .arg(presentationGraceDays)
        .arg(object(Milestone::OnsiteEnd, end));
}

} // namespace

std::optional<QString> refuseMilestoneDate(const Engagement& engagement, Milestone milestone,
                                           const QDate& newDate)
{
    if (newDate.isNull())
        return std::nullopt;
    if (auto refusal = refuseRange(milestone, newDate))
        return refusal;
    Engagement after = engagement;
    after.setDate(milestone, newDate);
    for (const Order& order : orders) {
        if (order.earlier != milestone && order.later != milestone)
            continue;
        if (auto refusal = refuseOrder(order, milestone, after))
            return refusal;
    }
    const bool onsite = milestone == Milestone::OnsiteStart || milestone == Milestone::OnsiteEnd;
    if (onsite) {
        if (auto refusal = refuseOnsiteLength(after))
            return refusal;
    }
    if (milestone == Milestone::OnsiteEnd || milestone == Milestone::FeedbackPresentation)
        return refusePresentation(after);
    return std::nullopt;
}

} // namespace pc
