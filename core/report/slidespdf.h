// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdocument.h"
#include "slidedeck.h"

#include <QString>

namespace pc::report {

/// Writes the last-day presentation as a 16:9 PDF (960 x 540 pt, one slide a page) in type read
/// from the back of a council chamber: titles at 36 pt or more, points at 28 pt, shrunk (to no less
/// than 20 pt) only when they do not fit, and continued on a following slide, titled
/// "... (continued)", when they do not fit even then. Every slide but the title slide carries
/// deck.footer and "n / m". Calls `progress` once per slide painted. Needs a QGuiApplication.
/// Throws pc::Error(Io) when the file cannot be written, and pc::Error(Cancelled) when `progress`
/// returns false; in both cases nothing is left at `path`.
void writeSlidesPdf(const QString& path, const SlideDeck& deck, const Progress& progress = {});

} // namespace pc::report
