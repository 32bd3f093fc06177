// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/note.h"
#include "models/capturesources.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace pc::ui {

class SourceCombo;

/// Edits a copy of one evidence note: its text, where it came from, who wrote it, its kind,
/// sentiment and themes. It never writes: the caller compares note() with what it passed in and
/// pushes one EditNotes. Ctrl+Enter accepts, as it saves in the capture box.
class NoteDialog : public QDialog
{
    Q_OBJECT

public:
    NoteDialog(const Note& note, const CaptureContext& context, QWidget* parent = nullptr);

    /// The note as edited (exactly the given one when nothing was changed).
    [[nodiscard]] Note note() const;
    /// For a file open read-only: everything shown, nothing editable, only Close.
    void setReadOnly(bool readOnly);

private:
    void validate();

    Note m_note;
    CaptureContext m_context;
    bool m_readOnly = false;
    int m_initialSource = -1;
    int m_initialAuthor = -1;
    QPlainTextEdit* m_text = nullptr;
    SourceCombo* m_source = nullptr;
    QComboBox* m_author = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_sentiment = nullptr;
    QListWidget* m_themes = nullptr;
    QLabel* m_captured = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace pc::ui
