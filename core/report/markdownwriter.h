// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportdocument.h"

#include <QByteArray>

namespace pc::report {

/// The document as CommonMark with GitHub tables (UTF-8): the title block, then headings one
/// level below the title ("## 1 Introduction"), lists and pipe tables. Every character of user
/// text that Markdown would read as markup is escaped, so the text comes back as written.
[[nodiscard]] QByteArray toMarkdown(const Document& document);

/// Text escaped for Markdown: the punctuation that could start markup gets a backslash, "<" and
/// "&" that could start a tag or an entity become entities; `lineStart` when the text begins a
/// line, where "1." and "-" would start a list.
[[nodiscard]] QString escapeMarkdown(const QString& text, bool lineStart = true);

} // namespace pc::report
