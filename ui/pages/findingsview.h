// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>
#include <QWidget>

namespace pc::ui {

class EvidenceNoteModel;
class EvidencePanel;
class FindingEdits;
class FindingEditor;
class FindingList;
class FindingsData;
class NotesPanel;

/// A column of a Findings page view: a section heading above its content.
[[nodiscard]] QWidget* titledColumn(const QString& title, QWidget* content, QWidget* parent);

/// The Findings page's main view for one theme: its findings on the left, the selected one's
/// wording and evidence in the middle, and the notes to draw evidence from on the right.
class FindingsView : public QWidget
{
    Q_OBJECT

public:
    FindingsView(FindingsData& data, EvidenceNoteModel& notes, FindingEdits& edits,
                 QWidget* parent = nullptr);

    void setTheme(const QUuid& theme);
    [[nodiscard]] FindingList* findings() const { return m_findings; }
    [[nodiscard]] FindingEditor* editor() const { return m_editor; }
    [[nodiscard]] EvidencePanel* evidence() const { return m_evidence; }
    [[nodiscard]] NotesPanel* notes() const { return m_notes; }

private:
    void showFinding(const QUuid& id);

    FindingList* m_findings = nullptr;
    FindingEditor* m_editor = nullptr;
    EvidencePanel* m_evidence = nullptr;
    NotesPanel* m_notes = nullptr;
};

} // namespace pc::ui
