// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/reportrecords.h"

#include <functional>

class QWidget;

namespace pc::ui {

class EngagementSession;
class Prompter;

/// Records that the report's next version goes to the council today, as one undoable step: a
/// draft (later changes go into the next draft) or the final report. Asks first; `gate`, when
/// given, runs before the final one and may stop it. Returns whether it was recorded.
bool sendReportVersion(QWidget* parent, EngagementSession& session, Prompter& prompter, ReportKind report,
                       bool final, const std::function<bool()>& gate = {});

/// "Writing: Draft 2 – not yet issued · draft 1 sent on 14 April 2026", "Final report sent on …".
[[nodiscard]] QString reportStateLine(EngagementSession& session, ReportKind report);

} // namespace pc::ui
