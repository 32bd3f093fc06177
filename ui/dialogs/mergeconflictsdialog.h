// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/recordmerge.h"

#include <QDialog>
#include <QList>

class QPushButton;
class QTableWidget;

namespace pc::ui {

class EngagementSession;

/// After a merge: every field changed on both copies since they last met, with the version kept
/// and the other one side by side. "Use Other Version" sets the field to the other version, one
/// undoable step each (a tombstone conflict is shown but decided by deleting or restoring the
/// record where it lives).
class MergeConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    MergeConflictsDialog(EngagementSession& session, const QList<MergeConflict>& conflicts,
                         QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* table() const { return m_table; }
    /// Sets the selected conflict's field to its other version.
    void useOtherVersion();

private:
    void updateButton();

    EngagementSession& m_session;
    QList<MergeConflict> m_conflicts;
    QList<bool> m_switched;
    QTableWidget* m_table = nullptr;
    QPushButton* m_useOther = nullptr;
};

} // namespace pc::ui
