// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

#include <QDateTime>
#include <QList>
#include <QUuid>

class QShowEvent;
class QTimer;

namespace pc::ui {

class AppSettings;
class CaptureEditor;
class NoteListView;
class NoteModel;

/// Stage 5, evidence capture on site: the capture box on the left, the notes beside it. A saved
/// note is one AddNotes command and one new row of the list (never a reload: a stress file holds
/// 50,000 notes). Who writes and the half-written note are remembered per engagement in the
/// settings, the draft on every pause in typing, so closing the window or a crash loses nothing.
class CapturePage : public Page
{
    Q_OBJECT

public:
    explicit CapturePage(Prompter& prompter, QWidget* parent = nullptr);

    /// Where the author and the draft are kept; without settings nothing is remembered.
    void setSettings(AppSettings& settings);
    void setSession(EngagementSession* session) override;

    [[nodiscard]] CaptureEditor* editor() const { return m_editor; }
    [[nodiscard]] NoteListView* noteList() const { return m_list; }
    [[nodiscard]] NoteModel* model() const { return m_model; }
    /// Saves the capture box as a note and starts the next one (Ctrl+Enter).
    void saveNote();
    /// Reads the clock: the session running now, and what counts as today (what the timer does).
    void lookAtClock();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void addShortcuts();
    /// Reads the notes and restores the capture box, once per file, when the page is first shown.
    void activate();
    void saveDraft();
    void editNote(const QUuid& id);
    void removeNotes(const QList<QUuid>& ids);
    [[nodiscard]] bool isEditable() const;
    [[nodiscard]] QDateTime now() const;

    Prompter& m_prompter;
    AppSettings* m_settings = nullptr;
    EngagementSession* m_session = nullptr;
    QUuid m_engagement;
    bool m_active = false; // the notes are read and the draft restored for m_session

    NoteModel* m_model;
    CaptureEditor* m_editor = nullptr;
    NoteListView* m_list = nullptr;
    QTimer* m_draftTimer = nullptr;
    QTimer* m_clock = nullptr;
};

} // namespace pc::ui
