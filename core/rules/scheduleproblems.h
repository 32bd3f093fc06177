// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks.h"

#include <QHash>
#include <QList>
#include <QUuid>

namespace pc {

/// The problems that concern each record, for the timetable grid: a problem is listed under its
/// record and under each of its related records (both sessions of a clash), once per record, in
/// the order given.
[[nodiscard]] QHash<QUuid, QList<Problem>> problemsBySession(const QList<Problem>& problems);

} // namespace pc
