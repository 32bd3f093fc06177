// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/session.h"
#include "models/timetablelayout.h"
#include "page.h"
#include "rules/checks.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QUuid>

#include <functional>
#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QShowEvent;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolButton;

namespace pc::ui {

class NowView;
class ProblemList;
class ScheduleListView;
class TimetableGrid;

/// Stage 4, the onsite timetable: a grid of sessions by day, by team member or by location;
/// the list of the same sessions for bulk edits; "Now" for the day on site; the schedule checks
/// beside them; the approach figures below. Imports and exports live in its menus. Every edit
/// is a command; the page redraws from the session's changed() signal.
class SchedulePage : public Page
{
    Q_OBJECT

public:
    using Columns = TimetableColumns;

    explicit SchedulePage(Prompter& prompter, QWidget* parent = nullptr);

    void setSession(EngagementSession* session) override;

    /// For tests and the window: the grid, the list view and the Now view.
    [[nodiscard]] TimetableGrid* grid() const { return m_grid; }
    [[nodiscard]] ScheduleListView* listView() const { return m_list; }
    void setColumns(Columns columns);
    /// The day the member and location views show.
    void setDay(const QDate& day);
    /// Shows a session in the grid (switching to the grid and to its day).
    void showSession(const QUuid& id);
    /// The session the grid or the list has selected (null when none).
    [[nodiscard]] QUuid selectedSession() const { return m_selected; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildToolbar();
    QWidget* buildProblems();
    QWidget* buildFigures();
    void addShortcuts();
    void refresh();
    void refreshGrid();
    void refreshFigures();
    [[nodiscard]] QList<QDate> days() const;
    [[nodiscard]] bool isEditable() const;
    [[nodiscard]] std::optional<Session> sessionById(const QUuid& id) const;
    [[nodiscard]] QString memberName(const QUuid& id) const;

    void moveSession(const QUuid& block, int column, int start, int end);
    void editSession(const QUuid& id);
    void toggleCancelled(const QUuid& id);
    void createSession(int column, int start, int end);
    void newSession();
    /// Opens the editor on a new session and adds it as one step.
    void addSession(const Session& draft);
    void importCsv();
    void exportCalendar(const std::optional<QUuid>& member);
    void exportCsv();
    void exportPdf(const std::optional<QUuid>& member);
    /// Asks where to write, runs `write` there and reports a failure; true when written.
    bool exportTo(const QString& title, const QString& suggestion, const QString& filter,
                  const std::function<void(const QString& path)>& write);
    void fillExportMenu();
    [[nodiscard]] QString exportName(const std::optional<QUuid>& member, const QString& suffix) const;
    [[nodiscard]] QDateTime now() const;

    Prompter& m_prompter;
    EngagementSession* m_session = nullptr;
    EngagementSession* m_viewsSession = nullptr; // what the list and Now views were given
    Columns m_columns = Columns::ByDay;
    QDate m_day;
    QList<Session> m_sessions;
    QHash<QUuid, QString> m_memberNames;
    QList<QUuid> m_memberOrder;
    QList<QDate> m_onsiteDays;
    QList<Problem> m_problems;
    QHash<QUuid, QStringList> m_problemMessages; // by session
    TimetableLayout m_layout;                    // what the grid shows
    QUuid m_selected;
    bool m_dirty = true; // changed while hidden: refresh when shown

    QButtonGroup* m_views = nullptr;
    QStackedWidget* m_stack = nullptr;
    TimetableGrid* m_grid = nullptr;
    ScheduleListView* m_list = nullptr;
    NowView* m_now = nullptr;
    QComboBox* m_columnChoice = nullptr;
    QToolButton* m_previousDay = nullptr;
    QToolButton* m_nextDay = nullptr;
    QLabel* m_dayLabel = nullptr;
    QToolButton* m_newButton = nullptr;
    QToolButton* m_importButton = nullptr;
    QToolButton* m_exportButton = nullptr;
    QMenu* m_exportMenu = nullptr;
    QToolButton* m_problemsButton = nullptr;
    QWidget* m_problemsPanel = nullptr;
    ProblemList* m_problemList = nullptr;
    QLabel* m_problemsEmpty = nullptr;
    QLabel* m_figures = nullptr;
};

} // namespace pc::ui
