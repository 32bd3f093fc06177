// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdocument.h"

#include <QString>

namespace pc::report {

/// Writes `document` as an OpenDocument text (ODF 1.2, .odt) for LibreOffice and Word: an A4
/// title page without header or footer, a table of contents already filled in, headings at
/// outline levels 1-3 in the Heading 1-3 styles, real lists and tables with a header row, and
/// "Page n of m" in the footer. Calls `progress` once per block. Throws pc::Error(Io) when the
/// file cannot be written, pc::Error(Cancelled) when `progress` returns false; in both cases no
/// file (or the previous one) is left at `path`.
void writeOdt(const QString& path, const Document& document, const Progress& progress = {});

} // namespace pc::report
