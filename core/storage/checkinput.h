// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/checks.h"

namespace pc {

class RecordStore;

/// Reads what the readiness checks need through the repositories, in one pass per table.
[[nodiscard]] CheckInput loadCheckInput(RecordStore& records, const QDate& today);

} // namespace pc
