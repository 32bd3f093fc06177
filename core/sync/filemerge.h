// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordmerge.h"

#include <QString>

#include <memory>

class QTemporaryDir;

namespace pc {

class EngagementFile;
class Installation;
class UuidSource;

struct MergeOptions
{
    /// Work out what the merge would do and write nothing (the clock is not moved either).
    bool preview = false;
    /// Merge a copy whose clock runs fast (clockskew.h); otherwise such a copy is refused.
    bool acceptSkew = false;
    /// Keep each changed record as it was and as it became (MergeReport::records), for undo.
    bool keepImages = false;
};

/// A copy opened to merge from: read-only, or, for a copy from an earlier version, an upgraded
/// temporary copy (the person's copy stays exactly as it was). A copy from a newer version is
/// refused with "update PeerChallenge to merge this copy". A notes packet (exchange/notespacket.h)
/// is validated and read into a temporary copy of its own: importing a packet is the same merge.
class MergeSource
{
public:
    MergeSource(EngagementFile& target, const QString& path);
    ~MergeSource();
    MergeSource(const MergeSource&) = delete;
    MergeSource& operator=(const MergeSource&) = delete;

    [[nodiscard]] EngagementFile& file() const { return *m_file; }

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<UuidSource> m_scratchIds;
    std::unique_ptr<Installation> m_scratch; // reads a packet without moving this laptop's clock
    std::unique_ptr<EngagementFile> m_file;
};

/// Merges every record of `source` into `target` inside the caller's transaction (an open
/// EngagementFile::Edit, none for a preview), tables in registry order so that parents arrive
/// before their children. Refuses a copy of another engagement, and a copy whose clock runs fast
/// unless accepted. The source is only read.
MergeReport mergeRecords(EngagementFile& target, EngagementFile& source, const MergeOptions& options = {});

/// mergeRecords in one transaction of its own (nothing for a preview).
MergeReport mergeFiles(EngagementFile& target, EngagementFile& source, const MergeOptions& options = {});

/// Opens the copy at `sourcePath` (MergeSource) and merges it into `target` (mergeFiles).
MergeReport mergeFromPath(EngagementFile& target, const QString& sourcePath,
                          const MergeOptions& options = {});

/// Puts back the records a merge changed as they were before it (MergeOptions::keepImages): the
/// undo of a merge, in the caller's transaction. Records the merge added are erased.
void restoreBeforeMerge(EngagementFile& target, const MergeReport& report);
/// Puts the records a merge changed as it left them: the redo after restoreBeforeMerge.
void reapplyMerge(EngagementFile& target, const MergeReport& report);

} // namespace pc
