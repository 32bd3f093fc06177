// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdocument.h"

#include <QString>

namespace pc::report {

/// Writes `document` as a Word document (Office Open XML, .docx) that councils edit in Word: an
/// A4 title page without header or footer, a contents field Word refreshes on opening (shown
/// pre-filled until then), headings in Word's own Heading 1-3 styles, real lists and tables with
/// a repeating header row, and "Page n of m" fields in the footer. Calls `progress` once per
/// block. Throws pc::Error(Io) when the file cannot be written, pc::Error(Cancelled) when
/// `progress` returns false; in both cases no file (or the previous one) is left at `path`.
void writeDocx(const QString& path, const Document& document, const Progress& progress = {});

} // namespace pc::report
