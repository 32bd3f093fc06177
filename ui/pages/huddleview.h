// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QUuid>
#include <QWidget>

namespace pc::ui {

class EvidenceNoteModel;
class FindingEdits;
class FindingList;
class FindingsData;
class NotesPanel;

/// The evening huddle for one theme: the day's notes that no finding uses yet beside the theme's
/// findings, so the team can cluster them quickly: drag a note onto a finding (or Ctrl+L), or
/// start a new finding from the selected notes and type its title in place.
class HuddleView : public QWidget
{
    Q_OBJECT

public:
    HuddleView(FindingsData& data, EvidenceNoteModel& notes, FindingEdits& edits, QWidget* parent = nullptr);

    void setTheme(const QUuid& theme);
    void setDay(const QDate& day);
    [[nodiscard]] NotesPanel* notes() const { return m_notes; }
    [[nodiscard]] FindingList* findings() const { return m_findings; }

private:
    void newFinding(const QList<QUuid>& notes);

    FindingsData& m_data;
    NotesPanel* m_notes = nullptr;
    FindingList* m_findings = nullptr;
};

} // namespace pc::ui
