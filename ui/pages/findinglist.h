// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/finding.h"

#include <QUuid>
#include <QWidget>

class QLabel;
class QToolButton;
class QTreeView;

namespace pc::ui {

class FindingEdits;
class FindingTreeModel;
class FindingsData;

/// One theme's findings as a tree under "Strengths" and "Areas for consideration", with the
/// buttons (and keys) that add, delete and reorder them: Insert adds one of the kind the cursor is
/// in, Delete deletes, Alt+Up and Alt+Down move, F2 renames in place. Notes dropped on a finding
/// are linked to it. The Findings view and the huddle view each have one.
class FindingList : public QWidget
{
    Q_OBJECT

public:
    /// `name` prefixes the object names of the tree and buttons ("findings" -> "findingsTree").
    FindingList(FindingsData& data, FindingEdits& edits, const QString& name, QWidget* parent = nullptr);

    void setTheme(const QUuid& theme);
    [[nodiscard]] QUuid currentFinding() const { return m_current; }
    void selectFinding(const QUuid& id);
    /// Opens the title of a finding for editing in place.
    void editTitle(const QUuid& id);
    [[nodiscard]] QTreeView* view() const { return m_tree; }
    [[nodiscard]] FindingTreeModel* model() const { return m_model; }
    /// The kind a new finding gets from where the cursor is.
    [[nodiscard]] FindingKind currentKind() const;
    /// What the list says while the theme has no findings.
    void setEmptyText(const QString& text);
    /// Adds a finding of `kind` to the theme with `evidence` and selects it; returns its id.
    QUuid addFinding(FindingKind kind, const QList<QUuid>& evidence = {});

signals:
    void currentChanged(const QUuid& finding);
    /// A finding was added here (the view decides where its title is typed).
    void added(const QUuid& finding);

private:
    QWidget* buildButtons(const QString& name);
    void addShortcuts();
    void restoreSelection();
    void removeCurrent();
    void moveCurrent(int step);
    void updateState();

    FindingsData& m_data;
    FindingEdits& m_edits;
    FindingTreeModel* m_model = nullptr;
    QTreeView* m_tree = nullptr;
    QLabel* m_empty = nullptr;
    QToolButton* m_addStrength = nullptr;
    QToolButton* m_addConsideration = nullptr;
    QToolButton* m_remove = nullptr;
    QToolButton* m_up = nullptr;
    QToolButton* m_down = nullptr;
    QUuid m_current; // kept across model resets
};

} // namespace pc::ui
