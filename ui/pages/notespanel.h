// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QUuid>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QToolButton;

namespace pc::ui {

class EvidenceNoteFilter;
class EvidenceNoteModel;
class FindingEdits;
class FindingsData;

/// A list of evidence notes to turn into findings: they drag onto a finding, or Ctrl+L links the
/// selected ones to a finding chosen from a list. Browsing, it searches every note (the same
/// full-text search as the Capture page) and narrows to the theme or to notes not yet linked; in
/// the huddle it shows one day's notes of the theme that no finding uses yet, and can start a
/// finding from the selected ones.
class NotesPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Browse, Huddle };

    /// `name` prefixes the object names of its widgets ("notes" -> "notesList").
    NotesPanel(FindingsData& data, EvidenceNoteModel& notes, FindingEdits& edits, Mode mode,
               const QString& name, QWidget* parent = nullptr);

    void setTheme(const QUuid& theme);
    /// The finding Ctrl+L offers first (the one selected beside the list).
    void setSuggestedFinding(const QUuid& finding) { m_suggested = finding; }
    /// Huddle: the day whose notes are shown.
    void setDay(const QDate& day);
    [[nodiscard]] QDate day() const { return m_day; }
    [[nodiscard]] QListView* list() const { return m_list; }
    [[nodiscard]] QList<QUuid> selectedNotes() const;
    /// Asks for a finding and links the selected notes to it.
    void linkSelected();

signals:
    /// Huddle: the person wants a new finding evidenced by these notes.
    void newFindingRequested(const QList<QUuid>& notes);

private:
    QWidget* buildFilters(const QString& name);
    QWidget* buildButtons(const QString& name);
    void search();
    void fillDays();
    void showDay(const QDate& day);
    void refresh();
    void rememberSelection();
    void restoreSelection();

    FindingsData& m_data;
    EvidenceNoteModel& m_notes;
    FindingEdits& m_edits;
    Mode m_mode;
    EvidenceNoteFilter* m_filter = nullptr;
    QUuid m_theme;
    QUuid m_suggested;
    QDate m_day;
    bool m_dayChosen = false; // by the person; otherwise the day follows the clock
    QList<QUuid> m_selection; // across model resets
    QUuid m_currentNote;

    QLineEdit* m_search = nullptr;
    QCheckBox* m_themeOnly = nullptr;
    QCheckBox* m_unlinkedOnly = nullptr;
    QComboBox* m_days = nullptr;
    QCheckBox* m_untagged = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_count = nullptr;
    QToolButton* m_link = nullptr;
    QToolButton* m_newFinding = nullptr;
};

} // namespace pc::ui
