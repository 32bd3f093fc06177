// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdocument.h"

#include <QString>

namespace pc::report {

/// Writes a report as an A4 PDF in Carlito: a title page; a contents page listing the level-1 and
/// level-2 headings with the pages they are printed on (when meta.contents); then the body, each
/// level-1 section on a new page, under a running header (meta.header, "DRAFT" when meta.draft)
/// and above a footer (meta.version, "Page n of m"). A heading is never the last thing on a page,
/// a table repeats its header row on every page it runs onto, and a paragraph leaves no single
/// line alone at the foot or the top of a page. Calls `progress` once per page painted. Needs a
/// QGuiApplication (fonts).
/// Throws pc::Error(Io) when the file cannot be written, and pc::Error(Cancelled) when `progress`
/// returns false; in both cases nothing is left at `path`.
void writeReportPdf(const QString& path, const Document& document, const Progress& progress = {});

} // namespace pc::report
