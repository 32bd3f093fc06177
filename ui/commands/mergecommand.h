// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "sync/recordmerge.h"

namespace pc::ui {

/// Merges a copy of the engagement into the open file as one undoable step (MERGE.md): the first
/// redo merges from the copy on disk and keeps every changed record as it was and as it became;
/// undo puts back the before images, redo the after images, so neither reads the copy again.
/// Whoever pushes it closes off the undo history before it: replaying older edits over merged
/// values would lose work.
class MergeCommand : public Command
{
public:
    /// `acceptSkew`: the person saw the copy's clock run fast and chose to merge anyway.
    MergeCommand(EngagementSession& session, const QString& sourcePath, bool acceptSkew);

    /// What the merge did (empty until it ran).
    [[nodiscard]] const MergeReport& report() const { return m_report; }

protected:
    void apply(RecordStore& records) override;
    void revert(RecordStore& records) override;

private:
    QString m_sourcePath;
    bool m_acceptSkew = false;
    bool m_merged = false;
    MergeReport m_report;
};

} // namespace pc::ui
