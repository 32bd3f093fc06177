// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QUuid>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;

namespace pc::ui {

class EvidenceNoteFilter;
class EvidenceNoteModel;

/// "Add evidence": finds notes by the same full-text search as everywhere else (words, prefixes,
/// "a phrase") and picks one or several to link to a finding. Keyboard first: type, Down into the
/// list, Shift or Ctrl with the arrows and Space to pick several, Enter to link.
class NotePickerDialog : public QDialog
{
    Q_OBJECT

public:
    /// Offers `notes` except `linked` (the finding's own evidence); `theme` narrows the list to
    /// the notes of that theme until the user widens it.
    NotePickerDialog(EvidenceNoteModel& notes, const QUuid& theme, const QList<QUuid>& linked,
                     const QString& findingTitle, QWidget* parent = nullptr);

    /// The notes picked, in the list's order.
    [[nodiscard]] QList<QUuid> pickedNotes() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search();
    void updateState();

    EvidenceNoteModel& m_notes;
    EvidenceNoteFilter* m_filter = nullptr;
    QUuid m_theme;
    QLineEdit* m_query = nullptr;
    QCheckBox* m_themeOnly = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_count = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace pc::ui
