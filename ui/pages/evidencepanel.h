// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QMimeData;
class QListView;
class QToolButton;

namespace pc::ui {

class EvidenceNoteFilter;
class EvidenceNoteModel;
class FindingEdits;
class FindingsData;

/// The evidence behind one finding: how well it is triangulated (notes, distinct sessions,
/// documents, participant groups; thin evidence flagged with the numbers), and the notes
/// themselves with when and where each was taken. Notes dropped here are linked; Delete unlinks
/// the selected ones; Ctrl+E picks more through a search.
class EvidencePanel : public QWidget
{
    Q_OBJECT

public:
    EvidencePanel(FindingsData& data, EvidenceNoteModel& notes, FindingEdits& edits,
                  QWidget* parent = nullptr);

    void showFinding(const QUuid& id);
    [[nodiscard]] QListView* list() const { return m_list; }
    /// Opens the note picker for the finding shown.
    void pickEvidence();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void refresh();
    void unlinkSelected();
    [[nodiscard]] bool accepts(const QMimeData* mime) const;

    FindingsData& m_data;
    EvidenceNoteModel& m_notes;
    FindingEdits& m_edits;
    QUuid m_id;
    EvidenceNoteFilter* m_filter = nullptr;
    QLabel* m_summary = nullptr;
    QWidget* m_warning = nullptr;
    QLabel* m_warningText = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_empty = nullptr;
    QToolButton* m_add = nullptr;
    QToolButton* m_unlink = nullptr;
};

} // namespace pc::ui
