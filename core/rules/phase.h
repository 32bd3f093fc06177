// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/engagement.h"

#include <QDate>
#include <QString>

namespace pc {

/// Where an engagement stands on a given day, for the window title and the overview.
struct Phase
{
    enum class Kind {
        Setup,
        Scoping,
        Preparation,
        Onsite,
        Reporting,
        ActionPlan,
        FollowUp,
        ProgressReview,
        Complete
    };

    Kind kind = Kind::Setup;
    int day = 0;  // Onsite: today's day of the visit, from 1; otherwise 0
    int days = 0; // Onsite: the visit's length in days. Preparation: days to the onsite start.
                  // Reporting: days to the report deadline (negative once it has passed).
                  // FollowUp: days to the progress review (its advised date when unset). Else 0.

    /// "Onsite (day 2 of 4)", "Preparation (3 weeks to go)", "Reporting (overdue)", "Follow-up".
    [[nodiscard]] QString label() const;

    friend bool operator==(const Phase&, const Phase&) = default;
};

/// The phase of `engagement` on `today`; the rules are written beside the definition.
[[nodiscard]] Phase currentPhase(const Engagement& engagement, const QDate& today);

} // namespace pc
