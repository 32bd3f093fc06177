// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QUuid>

#include <array>
#include <optional>

namespace pc {

/// The key dates of an engagement, in lifecycle order (DOMAIN.md section 2).
enum class Milestone {
    ScopingMeeting,
    PositionStatementDue,
    PreReadingSent,
    TeamCall,
    OnsiteStart,
    OnsiteEnd,
    FeedbackPresentation,
    ReportDraft,
    FactualCheckReturned,
    ReportPublished,
    ActionPlanPublished,
    ProgressReview,
    ProgressReviewPublished,
};

inline constexpr std::array allMilestones{
    Milestone::ScopingMeeting,
    Milestone::PositionStatementDue,
    Milestone::PreReadingSent,
    Milestone::TeamCall,
    Milestone::OnsiteStart,
    Milestone::OnsiteEnd,
    Milestone::FeedbackPresentation,
    Milestone::ReportDraft,
    Milestone::FactualCheckReturned,
    Milestone::ReportPublished,
    Milestone::ActionPlanPublished,
    Milestone::ProgressReview,
    Milestone::ProgressReviewPublished,
};

/// The engagement record's field that holds a milestone's date.
[[nodiscard]] QString milestoneField(Milestone milestone);
/// "Onsite start", for lists and reports.
[[nodiscard]] QString milestoneLabel(Milestone milestone);

/// The council that hosts the peer challenge.
struct HostOrganisation
{
    QString name;
    QString type; // one of the registry's host_type choices, empty when not set
    QString politicalControl;
    QString region;
    std::optional<qint64> population;

    friend bool operator==(const HostOrganisation&, const HostOrganisation&) = default;
};

struct Engagement
{
    QUuid id;
    QString title;
    QString programme; // template id, e.g. "lga-cpc-2024"
    int programmeVersion = 0;
    HostOrganisation host;
    std::array<QDate, allMilestones.size()> milestones{};
    QString notes;
    QString scopeAgreement; // Markdown: headings and lists
    QDate scopeAgreed;      // when the council agreed the scope
    double weekHours = 0;   // hours in a working week for the approach figures; 0 = 37.5
    int longestStretch = 0; // minutes a member may work without a break; 0 = 240

    [[nodiscard]] double effectiveWeekHours() const { return weekHours > 0 ? weekHours : 37.5; }
    [[nodiscard]] int effectiveLongestStretch() const { return longestStretch > 0 ? longestStretch : 240; }

    [[nodiscard]] QDate date(Milestone milestone) const { return milestones[std::size_t(milestone)]; }
    void setDate(Milestone milestone, const QDate& date) { milestones[std::size_t(milestone)] = date; }

    friend bool operator==(const Engagement&, const Engagement&) = default;
};

} // namespace pc
