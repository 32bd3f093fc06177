// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

class QTextDocument;

namespace pc {

struct EngagementSummary;

/// The engagement's key facts laid out as a rich-text document: what the window shows until the
/// lifecycle pages arrive, and the first section the report builder will reuse.
[[nodiscard]] std::unique_ptr<QTextDocument> buildSummaryDocument(const EngagementSummary& summary);

} // namespace pc
