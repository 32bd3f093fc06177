// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordmerge.h"

#include <QString>

namespace pc {

class EngagementFile;
class Installation;

/// Merges every record of `source` into `target` in one transaction (one Edit), tables in
/// registry order so that parents arrive before their children. Refuses a copy of another
/// engagement. The source is only read.
MergeReport mergeFiles(EngagementFile& target, EngagementFile& source);

/// Opens the copy at `sourcePath` read-only (a copy from an earlier version is upgraded in a
/// temporary copy first; one from a newer version is refused) and merges it into `target`.
MergeReport mergeFromPath(EngagementFile& target, const QString& sourcePath);

} // namespace pc
