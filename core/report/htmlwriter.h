// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportdocument.h"

#include <QByteArray>

namespace pc::report {

/// The document as one self-contained, accessible HTML5 file (UTF-8, styles inline, no scripts,
/// nothing fetched): a skip link, the title block in a banner, the contents as a nav landmark,
/// the report in main with headings h2-h4 under the title's h1, tables with header cells, and
/// the version in the contentinfo footer. All text is escaped.
/// `preview`: for a rich-text view inside the app (Qt's HTML subset): no skip link, no contents.
[[nodiscard]] QByteArray toHtml(const Document& document, bool preview = false);

} // namespace pc::report
