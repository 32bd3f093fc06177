// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/recordmerge.h"

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace pc::ui {

/// Before a merge: what it will add, update, delete and revive per kind of record, how many
/// fields were changed on both copies, and, for a copy whose clock runs fast, the warning with
/// its numbers and a box to tick to merge anyway. Says that the merge is one step of Undo and
/// closes off the steps before it.
class MergePreviewDialog : public QDialog
{
    Q_OBJECT

public:
    MergePreviewDialog(const QString& sourcePath, const MergeReport& preview, QWidget* parent = nullptr);

    /// The person ticked "merge anyway" for a copy whose clock runs fast.
    [[nodiscard]] bool acceptsSkew() const;

private:
    void updateButton();

    bool m_skewed = false;
    bool m_hasChanges = false;
    QCheckBox* m_acceptSkew = nullptr;
    QPushButton* m_merge = nullptr;
};

} // namespace pc::ui
