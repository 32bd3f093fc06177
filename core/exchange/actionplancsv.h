// SPDX-License-Identifier: GPL-3.0-or-later
// The action plan as CSV: the export beside each action's recommendation, and the import of the
// council's own plan through the shared CSV import (column mapping, all or nothing).
#pragma once

#include "csvimport.h"
#include "model/action.h"
#include "model/finding.h"

namespace pc::exchange {

/// The columns an action plan import understands: Recommendation (its number in the report,
/// "R3", "Rec 3", "Recommendation 3" or the start of its text), Action, Owner, Deadline, Status,
/// RAG.
[[nodiscard]] QList<csv::ColumnSpec> actionColumns();

/// Converts the rows into actions of the recommendations given (in report order). A row with an
/// unknown recommendation, no action text, a date that is not one, or an unknown status or RAG is a
/// problem naming its line; statuses and ratings are read as people write them ("Complete",
/// "Done", "Ongoing", "On track", "R", "G").
[[nodiscard]] csv::ImportResult<Action> importActions(const csv::CsvTable& table,
                                                      const csv::ColumnMapping& mapping,
                                                      const QList<Recommendation>& recommendations);

/// The plan as CSV (Excel-safe): Ref, Recommendation, Action, Owner, Deadline (yyyy-mm-dd), Status,
/// RAG, Latest progress; one row per action in report order.
[[nodiscard]] QByteArray actionPlanToCsv(const QList<Action>& actions,
                                         const QList<Recommendation>& recommendations);

} // namespace pc::exchange
