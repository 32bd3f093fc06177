// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/theme.h"

#include <QList>

namespace pc {

class DemoRandom;

/// The largest number of focus areas demoFocusAreas() can invent.
[[nodiscard]] int demoFocusAreaCount();

/// `count` local focus areas, drawn in a seeded order from an invented pool, each with three to six
/// key questions. Positions run from `firstPosition` (and from 1 within each theme), so that adding
/// them needs no look-up of the last position.
[[nodiscard]] QList<Theme> demoFocusAreas(DemoRandom& random, int count, double firstPosition);

} // namespace pc
