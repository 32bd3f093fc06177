// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/feedbackreport.h"
#include "report/slidedeck.h"

namespace pc {

/// The last-day presentation from the agreed findings: the title, the team, the scope, for each
/// theme a divider then its strengths and its areas for consideration (finding titles only: few
/// words, read from the back of the chamber), the key recommendations and the next steps. Draft
/// findings are left out: the team presents what it has agreed.
[[nodiscard]] report::SlideDeck buildFeedbackSlides(const FeedbackReportData& data);

} // namespace pc
