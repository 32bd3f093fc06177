// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace pc::ui {

class EngagementSession;
class NoteFilterModel;
class NoteModel;
class SourceCombo;

/// The notes beside the capture box: a full-text search (words match by their start, accents
/// ignored, the matches marked), filters by session, theme, author, kind and sentiment, and the
/// list itself. Enter asks to edit the current note, Delete to remove the selected ones; the page
/// decides. The search runs once typing pauses, on at most `searchLimit` best matches.
class NoteListView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int searchLimit = 500;
    static constexpr int searchDelayMs = 120;

    NoteListView(NoteModel& notes, QWidget* parent = nullptr);

    void setSession(EngagementSession* session);
    void setReadOnly(bool readOnly);
    [[nodiscard]] QListView* list() const { return m_list; }
    [[nodiscard]] NoteFilterModel* filterModel() const { return m_proxy; }
    [[nodiscard]] QUuid currentNote() const;
    [[nodiscard]] QList<QUuid> selectedNotes() const;
    void selectNote(const QUuid& id);
    void focusSearch();
    void clearFilters();

signals:
    void editRequested(const QUuid& note);
    void removeRequested(const QList<QUuid>& notes);
    /// Escape in an empty search: back to the capture box.
    void leaveRequested();

private:
    QWidget* buildFilters();
    void addShortcuts();
    void refillFilters();
    void applyFilters();
    void runSearch();
    void updateState();

    NoteModel& m_notes;
    NoteFilterModel* m_proxy;
    EngagementSession* m_session = nullptr;
    bool m_readOnly = false;
    bool m_searchCapped = false; // the search found more than searchLimit

    QLineEdit* m_search = nullptr;
    QTimer* m_searchTimer = nullptr;
    SourceCombo* m_sourceFilter = nullptr;
    QComboBox* m_themeFilter = nullptr;
    QComboBox* m_authorFilter = nullptr;
    QComboBox* m_kindFilter = nullptr;
    QComboBox* m_sentimentFilter = nullptr;
    QLabel* m_count = nullptr;
    QToolButton* m_clear = nullptr;
    QStackedWidget* m_stack = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace pc::ui
