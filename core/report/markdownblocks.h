// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportdocument.h"

namespace pc::report {

/// The team's Markdown narrative (paragraphs, bulleted and numbered lists, bold, italic, headings)
/// as report blocks. Headings inside a narrative become unnumbered level-3 headings outside the
/// contents, so a section's own structure never competes with the report's.
[[nodiscard]] QList<Block> blocksFromMarkdown(const QString& markdown);

} // namespace pc::report
