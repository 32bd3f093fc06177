// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulepage.h"

#include "commands/sessioncommands.h"
#include "common/clock.h"
#include "common/error.h"
#include "dialogs/sessiondialog.h"
#include "pages/nowview.h"
#include "pages/schedulelistview.h"
#include "prompter.h"
#include "rules/approachfigures.h"
#include "rules/scheduleproblems.h"
#include "session/engagementsession.h"
#include "storage/engagementfile.h"
#include "storage/engagementrepository.h"
#include "storage/installation.h"
#include "storage/schedulerepository.h"
#include "storage/scoperepository.h"
#include "storage/teamrepository.h"
#include "widgets/problemlist.h"
#include "widgets/timetablegrid.h"
#include "widgets/viewbuttons.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QShortcut>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace pc::ui {

namespace {

enum class View { Timetable, List, Now };

QString longDay(const QDate& day)
{
    return day.isValid() ? QLocale().toString(day, QStringLiteral("dddd d MMMM")) : QString();
}

/// "12 meetings and activities · 140 people met · 310 team-hours (8.3 one-person weeks)".
QString figuresText(const ApproachFigures& figures)
{
    const QLocale locale;
    const QString meetings =
        figures.meetings == 1
            ? SchedulePage::tr("1 meeting or activity")
            : SchedulePage::tr("%1 meetings and activities").arg(locale.toString(figures.meetings));
    const QString people = figures.peopleMet == 1
                               ? SchedulePage::tr("1 person met")
                               : SchedulePage::tr("%1 people met").arg(locale.toString(figures.peopleMet));
    const QString hours =
        SchedulePage::tr("%1 team-hours (%2 one-person weeks)")
            .arg(locale.toString(figures.teamHours, 'f', 1), locale.toString(figures.personWeeks, 'f', 1));
    return QStringList{meetings, people, hours}.join(QStringLiteral("  \u00b7  "));
}

} // namespace

SchedulePage::SchedulePage(Prompter& prompter, QWidget* parent)
    : Page(parent)
    , m_prompter(prompter)
{
    m_grid = new TimetableGrid(this);
    m_grid->setObjectName(QStringLiteral("timetableGrid"));
    m_grid->setAccessibleName(tr("Timetable"));
    connect(m_grid, &TimetableGrid::selectionChanged, this,
            [this](const QUuid& block) { m_selected = m_layout.refs.value(block).session; });
    connect(m_grid, &TimetableGrid::moveRequested, this, &SchedulePage::moveSession);
    connect(m_grid, &TimetableGrid::editRequested, this,
            [this](const QUuid& block) { editSession(m_layout.refs.value(block).session); });
    connect(m_grid, &TimetableGrid::cancelRequested, this,
            [this](const QUuid& block) { toggleCancelled(m_layout.refs.value(block).session); });
    connect(m_grid, &TimetableGrid::createRequested, this, &SchedulePage::createSession);

    m_list = new ScheduleListView(prompter, this);
    m_list->setObjectName(QStringLiteral("scheduleList"));
    connect(m_list, &ScheduleListView::sessionActivated, this, &SchedulePage::showSession);
    connect(m_list, &ScheduleListView::statusMessage, this, &Page::statusMessage);

    m_now = new NowView(this);
    m_now->setObjectName(QStringLiteral("nowView"));

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_grid);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_now);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_stack);
    splitter->addWidget(buildProblems());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    const int panel = fontMetrics().averageCharWidth() * 38;
    splitter->setSizes({4 * panel, panel});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);
    layout->addWidget(buildToolbar());
    layout->addWidget(splitter, 1);
    layout->addWidget(buildFigures());
    addShortcuts();

    // On site the line of now moves and sessions become held: look again every minute.
    auto* clock = new QTimer(this);
    clock->setInterval(60 * 1000);
    connect(clock, &QTimer::timeout, this, [this] {
        if (isVisible() && m_session) {
            refreshGrid();
            refreshFigures();
        }
    });
    clock->start();
    setSession(nullptr);
}

QWidget* SchedulePage::buildToolbar()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_views = new QButtonGroup(this);
    m_views->setExclusive(true);
    const auto addView = [&](View view, const QString& text, const char* name, const QString& tip) {
        addViewButton(*m_views, *layout, int(view), text, name, tip);
    };
    addView(View::Timetable, tr("&Timetable"), "timetableViewButton",
            tr("The sessions on a grid of days and hours (Alt+T)"));
    addView(View::List, tr("L&ist"), "listViewButton",
            tr("Every session in a table, for bulk edits (Alt+I)"));
    addView(View::Now, tr("N&ow"), "nowViewButton",
            tr("Today on site: the session running now and the next one (Alt+O)"));
    m_views->button(int(View::Timetable))->setChecked(true);
    connect(m_views, &QButtonGroup::idClicked, this, [this](int id) {
        m_stack->setCurrentIndex(id);
        const bool timetable = id == int(View::Timetable);
        m_columnChoice->setVisible(timetable);
        refreshGrid();
        if (id == int(View::List) && !m_selected.isNull())
            m_list->selectSession(m_selected);
        if (id == int(View::Now))
            m_now->refresh();
    });

    layout->addSpacing(12);
    m_columnChoice = new QComboBox(bar);
    m_columnChoice->setObjectName(QStringLiteral("scheduleColumnsCombo"));
    m_columnChoice->setAccessibleName(tr("Columns of the timetable"));
    m_columnChoice->setToolTip(tr("One column per day, per team member or per location"));
    m_columnChoice->addItem(tr("Column per day"), int(Columns::ByDay));
    m_columnChoice->addItem(tr("Column per team member"), int(Columns::ByMember));
    m_columnChoice->addItem(tr("Column per location"), int(Columns::ByLocation));
    connect(m_columnChoice, &QComboBox::currentIndexChanged, this,
            [this] { setColumns(Columns(m_columnChoice->currentData().toInt())); });
    layout->addWidget(m_columnChoice);

    m_previousDay = new QToolButton(bar);
    m_previousDay->setObjectName(QStringLiteral("previousDayButton"));
    m_previousDay->setArrowType(Qt::LeftArrow);
    m_previousDay->setAccessibleName(tr("Previous day"));
    m_previousDay->setToolTip(tr("Previous day (Ctrl+Page Up)"));
    m_dayLabel = new QLabel(bar);
    m_dayLabel->setObjectName(QStringLiteral("scheduleDayLabel"));
    m_dayLabel->setAlignment(Qt::AlignCenter);
    m_nextDay = new QToolButton(bar);
    m_nextDay->setObjectName(QStringLiteral("nextDayButton"));
    m_nextDay->setArrowType(Qt::RightArrow);
    m_nextDay->setAccessibleName(tr("Next day"));
    m_nextDay->setToolTip(tr("Next day (Ctrl+Page Down)"));
    const auto stepDay = [this](int step) {
        const QList<QDate> all = days();
        const qsizetype at = all.indexOf(m_day);
        const qsizetype next = std::clamp<qsizetype>(at + step, 0, all.size() - 1);
        if (!all.isEmpty())
            setDay(all.at(next));
    };
    connect(m_previousDay, &QToolButton::clicked, this, [stepDay] { stepDay(-1); });
    connect(m_nextDay, &QToolButton::clicked, this, [stepDay] { stepDay(1); });
    auto* pageUp = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this, [stepDay] { stepDay(-1); });
    auto* pageDown =
        new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this, [stepDay] { stepDay(1); });
    pageUp->setContext(Qt::WidgetWithChildrenShortcut);
    pageDown->setContext(Qt::WidgetWithChildrenShortcut);
    layout->addWidget(m_previousDay);
    layout->addWidget(m_dayLabel);
    layout->addWidget(m_nextDay);
    layout->addStretch(1);

    m_newButton = new QToolButton(bar);
    m_newButton->setObjectName(QStringLiteral("newSessionButton"));
    m_newButton->setText(tr("New &Session..."));
    m_newButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_newButton->setToolTip(
        tr("Add a session (Ctrl+Shift+N; Insert in the timetable adds one where the cursor is)"));
    connect(m_newButton, &QToolButton::clicked, this, &SchedulePage::newSession);
    m_importButton = new QToolButton(bar);
    m_importButton->setObjectName(QStringLiteral("importTimetableButton"));
    m_importButton->setText(tr("I&mport CSV..."));
    m_importButton->setToolTip(tr("Import the council's timetable from a spreadsheet saved as CSV"));
    connect(m_importButton, &QToolButton::clicked, this, &SchedulePage::importCsv);
    m_exportButton = new QToolButton(bar);
    m_exportButton->setObjectName(QStringLiteral("exportTimetableButton"));
    m_exportButton->setText(tr("E&xport"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setToolTip(tr("Calendars, CSV and printable timetables and agendas"));
    m_exportMenu = new QMenu(m_exportButton);
    m_exportMenu->setObjectName(QStringLiteral("exportTimetableMenu"));
    connect(m_exportMenu, &QMenu::aboutToShow, this, &SchedulePage::fillExportMenu);
    m_exportButton->setMenu(m_exportMenu);
    m_problemsButton = new QToolButton(bar);
    m_problemsButton->setObjectName(QStringLiteral("scheduleProblemsButton"));
    m_problemsButton->setCheckable(true);
    m_problemsButton->setChecked(true);
    m_problemsButton->setToolTip(tr("Show or hide the timetable checks"));
    connect(m_problemsButton, &QToolButton::toggled, this,
            [this](bool on) { m_problemsPanel->setVisible(on); });
    for (QToolButton* button : {m_newButton, m_importButton, m_exportButton, m_problemsButton})
        layout->addWidget(button);
    return bar;
}

QWidget* SchedulePage::buildProblems()
{
    m_problemsPanel = new QWidget(this);
    m_problemsPanel->setObjectName(QStringLiteral("scheduleProblemsPanel"));
    m_problemsPanel->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    auto* layout = new QVBoxLayout(m_problemsPanel);
    layout->setContentsMargins(8, 0, 0, 0);
    auto* heading = new QLabel(tr("Checks"), m_problemsPanel);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    m_problemList = new ProblemList(m_problemsPanel);
    m_problemList->setObjectName(QStringLiteral("scheduleProblemList"));
    m_problemList->setAccessibleName(tr("Timetable checks"));
    m_problemList->setToolTip(tr("Enter or double-click shows the session"));
    m_problemList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_problemList->setResizeMode(QListView::Adjust); // wraps the sentences again when the panel is resized
    m_problemList->setSpacing(2);
    m_problemList->setTextElideMode(Qt::ElideNone);
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_problemList->setIconSize(QSize(icon, icon));
    connect(m_problemList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QUuid id = item->data(ProblemList::recordRole).toUuid();
        if (sessionById(id))
            showSession(id);
    });
    m_problemsEmpty = new QLabel(tr("The timetable passes every check."), m_problemsPanel);
    m_problemsEmpty->setObjectName(QStringLiteral("scheduleProblemsEmpty"));
    m_problemsEmpty->setWordWrap(true);
    m_problemsEmpty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_problemList, 1);
    layout->addWidget(m_problemsEmpty);
    layout->addStretch(0);
    return m_problemsPanel;
}

QWidget* SchedulePage::buildFigures()
{
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("scheduleFigures"));
    m_figures->setAccessibleName(tr("Approach figures"));
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return m_figures;
}

void SchedulePage::addShortcuts()
{
    // The grid and the list take Insert, Enter and Delete themselves; Ctrl+N is File > New.
    auto* add = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, [this] { newSession(); });
    add->setContext(Qt::WidgetWithChildrenShortcut);
}

void SchedulePage::setSession(EngagementSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    // The list and Now read the whole timetable: they get the file when the page is first shown,
    // so that opening a file does not pay for a page no one looks at. They let go of the old one now.
    if (m_viewsSession && m_viewsSession != session) {
        m_list->setSession(nullptr);
        m_now->setSession(nullptr);
        m_viewsSession = nullptr;
    }
    m_selected = QUuid();
    if (m_session) {
        connect(m_session, &EngagementSession::changed, this, [this] {
            m_dirty = true;
            if (isVisible())
                refresh();
        });
    }
    m_dirty = true;
    if (isVisible() || !m_session)
        refresh();
}

void SchedulePage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (m_dirty) {
        refresh();
    } else { // time has passed: the line of now and the figures held so far move with it
        refreshGrid();
        refreshFigures();
    }
}

void SchedulePage::refresh()
{
    m_dirty = false;
    if (m_viewsSession != m_session) {
        m_list->setSession(m_session);
        m_now->setSession(m_session);
        m_viewsSession = m_session;
    }
    m_sessions.clear();
    m_memberNames.clear();
    m_memberOrder.clear();
    m_onsiteDays.clear();
    m_problems.clear();
    QDate firstDay;
    if (m_session) {
        RecordStore& records = m_session->file().records();
        m_sessions = ScheduleRepository(records).sessions();
        for (const Member& member : TeamRepository(records).members()) {
            m_memberNames.insert(member.id, member.name);
            m_memberOrder.append(member.id);
        }
        m_onsiteDays = onsiteDays(EngagementRepository(records).engagement());
        for (const Problem& problem : m_session->problems()) {
            if (problem.stage == Stage::Schedule)
                m_problems.append(problem);
        }
    }
    const bool editable = isEditable();
    m_grid->setReadOnly(!editable);
    m_list->setReadOnly(!editable);
    m_newButton->setEnabled(editable);
    m_importButton->setEnabled(editable);
    m_exportButton->setEnabled(m_session && !m_sessions.isEmpty());
    for (QAbstractButton* button : m_views->buttons())
        button->setEnabled(m_session != nullptr);

    m_problemList->setProblems(m_problems, false);
    m_problemList->setVisible(!m_problems.isEmpty());
    m_problemsEmpty->setVisible(m_problems.isEmpty());
    m_problemsEmpty->setText(m_sessions.isEmpty() ? tr("The checks run once the timetable has sessions.")
                                                  : tr("The timetable passes every check."));
    m_problemsButton->setText(m_problems.isEmpty() ? tr("&Checks")
                                                   : tr("&Checks (%1)").arg(m_problems.size()));
    m_problemMessages.clear();
    const QHash<QUuid, QList<Problem>> bySession = problemsBySession(m_problems);
    for (auto it = bySession.cbegin(); it != bySession.cend(); ++it) {
        for (const Problem& problem : it.value())
            m_problemMessages[it.key()].append(problem.message);
    }
    m_list->setProblems(m_problemMessages);
    refreshGrid();
    refreshFigures();
}

QList<QDate> SchedulePage::days() const
{
    QList<QDate> result = m_onsiteDays;
    for (const Session& session : m_sessions) {
        if (session.day.isValid() && !result.contains(session.day))
            result.append(session.day);
    }
    std::sort(result.begin(), result.end());
    return result;
}

void SchedulePage::refreshGrid()
{
    const QList<QDate> allDays = days();
    const QDateTime current = now();
    if (!allDays.contains(m_day))
        m_day = allDays.contains(current.date()) ? current.date() : allDays.value(0);
    const bool perDay = m_columns == Columns::ByDay;
    const bool timetable = m_stack->currentIndex() == int(View::Timetable);
    for (QWidget* w : QList<QWidget*>{m_previousDay, m_dayLabel, m_nextDay})
        w->setVisible(timetable && !perDay && m_session);
    m_columnChoice->setVisible(timetable && m_session);
    m_dayLabel->setText(longDay(m_day));
    m_previousDay->setEnabled(!allDays.isEmpty() && m_day > allDays.first());
    m_nextDay->setEnabled(!allDays.isEmpty() && m_day < allDays.last());

    m_layout = layoutTimetable(
        {m_sessions, m_columns, allDays, m_day, m_memberOrder, m_memberNames, m_problemMessages});
    if (!m_session)
        m_grid->setEmptyText(tr("Open or create an engagement to plan its onsite timetable."));
    else if (allDays.isEmpty())
        m_grid->setEmptyText(tr("No onsite dates yet. Set them on the Overview page, or import the council's "
                                "timetable with Import CSV."));
    else if (m_columns == Columns::ByMember)
        m_grid->setEmptyText(tr("No team yet. Add the peer team on the Team page."));
    else
        m_grid->setEmptyText(
            tr("No sessions on %1 yet. Press Insert or New Session to add one.").arg(longDay(m_day)));
    m_grid->setColumns(m_layout.headers);
    m_grid->setBlocks(m_layout.blocks);
    // The red line of the time now, on today's column of the day view.
    const int today = int(m_layout.dayColumns.indexOf(current.date()));
    m_grid->setNowMarker(perDay && today >= 0 ? std::make_optional(
                             std::make_pair(today, current.time().hour() * 60 + current.time().minute()))
                                              : std::nullopt);
    // Keep the selected session selected across redraws and views.
    const QUuid block = m_layout.blockOf(m_selected);
    if (!block.isNull() && m_grid->selectedId() != block
        && m_layout.refs.value(m_grid->selectedId()).session != m_selected)
        m_grid->selectBlock(block);
}

void SchedulePage::refreshFigures()
{
    if (!m_session || m_sessions.isEmpty()) {
        m_figures->setText(
            m_session ? tr("The approach figures appear here as sessions are planned and held.") : QString());
        m_figures->setToolTip(QString());
        return;
    }
    const Engagement engagement = EngagementRepository(m_session->file().records()).engagement();
    const QDateTime current = now();
    // "Planned" counts every session that is not cancelled, as though the visit were over.
    const QDateTime afterAll = QDateTime(QDate(9999, 12, 31), QTime(0, 0), timetableZone());
    const ApproachFigures planned = approachFigures(m_sessions, engagement, afterAll);
    const ApproachFigures held = approachFigures(m_sessions, engagement, current);
    QString text = tr("<b>Planned:</b> %1 over %2")
                       .arg(figuresText(planned).toHtmlEscaped())
                       .arg(planned.onsiteDays == 1 ? tr("1 day") : tr("%1 days").arg(planned.onsiteDays));
    if (held.meetings > 0 || held.teamHours > 0)
        text += QStringLiteral("<br>") + tr("<b>Held so far:</b> %1").arg(figuresText(held).toHtmlEscaped());
    m_figures->setText(text);
    m_figures->setToolTip(
        tr("As the report will put it: %1").arg(approachInWords(held.meetings > 0 ? held : planned)));
}

bool SchedulePage::isEditable() const
{
    return m_session && !m_session->isReadOnly();
}

std::optional<Session> SchedulePage::sessionById(const QUuid& id) const
{
    for (const Session& session : m_sessions) {
        if (session.id == id)
            return session;
    }
    return std::nullopt;
}

QString SchedulePage::memberName(const QUuid& id) const
{
    return m_memberNames.value(id);
}

QDateTime SchedulePage::now() const
{
    const QDateTime utc =
        m_session ? m_session->file().installation().clock().now() : QDateTime::currentDateTimeUtc();
    return utc.toTimeZone(timetableZone());
}

void SchedulePage::setColumns(Columns columns)
{
    m_columns = columns;
    const int index = m_columnChoice->findData(int(columns));
    if (m_columnChoice->currentIndex() != index) {
        m_columnChoice->setCurrentIndex(index); // comes back here through the signal
        return;
    }
    refreshGrid();
}

void SchedulePage::setDay(const QDate& day)
{
    if (!days().contains(day))
        return;
    m_day = day;
    refreshGrid();
}

void SchedulePage::showSession(const QUuid& id)
{
    const std::optional<Session> session = sessionById(id);
    if (!session)
        return;
    m_selected = id;
    m_views->button(int(View::Timetable))->setChecked(true);
    m_stack->setCurrentIndex(int(View::Timetable));
    if (m_columns != Columns::ByDay)
        m_day = session->day;
    refreshGrid();
    m_grid->setFocus(Qt::OtherFocusReason);
}

void SchedulePage::moveSession(const QUuid& block, int column, int start, int end)
{
    const TimetableBlockRef ref = m_layout.refs.value(block);
    const std::optional<Session> before = sessionById(ref.session);
    if (!before || !isEditable())
        return;
    const BlockMove move = moveBlock(m_layout, m_columns, *before, ref, column, start, end, m_memberNames);
    if (!move.refusal.isEmpty()) {
        emit statusMessage(move.refusal);
        return;
    }
    if (move.after == *before)
        return;
    m_selected = before->id;
    m_session->push(std::make_unique<EditSessions>(*m_session, QList<Session>{*before},
                                                   QList<Session>{move.after}, move.text));
}

void SchedulePage::editSession(const QUuid& id)
{
    const std::optional<Session> session = sessionById(id);
    if (m_session && session)
        editSessionInDialog(*m_session, *session, isEditable(), this);
}

void SchedulePage::toggleCancelled(const QUuid& id)
{
    const std::optional<Session> before = sessionById(id);
    if (!before || !isEditable())
        return;
    Session after = *before;
    after.status = before->isCancelled() ? SessionStatus::Planned : SessionStatus::Cancelled;
    const QString text = after.isCancelled() ? tr("Cancel \u201c%1\u201d").arg(before->title)
                                             : tr("Reinstate \u201c%1\u201d").arg(before->title);
    if (m_session->push(
            std::make_unique<EditSessions>(*m_session, QList<Session>{*before}, QList<Session>{after}, text)))
        emit statusMessage(
            after.isCancelled()
                ? tr("Cancelled \u201c%1\u201d: it stays on the timetable, struck through, and "
                     "counts for nothing. Delete again reinstates it.")
                      .arg(before->title)
                : tr("Reinstated \u201c%1\u201d as planned.").arg(before->title));
}

void SchedulePage::createSession(int column, int start, int end)
{
    Session draft;
    draft.start = start;
    draft.end = end;
    draft.day = m_columns == Columns::ByDay ? m_layout.dayColumns.value(column) : m_day;
    if (m_columns == Columns::ByMember && !m_layout.memberColumns.value(column).isNull())
        draft.team.append(
            SessionAttendance{m_layout.memberColumns.value(column), SessionPart::LeadQuestioner});
    if (m_columns == Columns::ByLocation)
        draft.location = m_layout.locationColumns.value(column);
    addSession(draft);
}

void SchedulePage::newSession()
{
    // An hour after the selected session, or at nine on the day shown (today with no days yet).
    const std::optional<Session> selected = sessionById(m_selected);
    Session draft;
    draft.start = selected ? std::min(selected->end, minutesPerDay - 60) : 9 * 60;
    draft.end = draft.start + 60;
    draft.day = selected ? selected->day : (m_day.isValid() ? m_day : now().date());
    addSession(draft);
}

void SchedulePage::addSession(const Session& draft)
{
    if (!isEditable())
        return;
    SessionDialog dialog(draft, loadSessionDialogContext(m_session->file().records()), this);
    dialog.setObjectName(QStringLiteral("newSessionDialog"));
    dialog.setWindowTitle(tr("New Session"));
    if (dialog.exec() != QDialog::Accepted || !isEditable())
        return;
    const Session added = dialog.session();
    auto command = std::make_unique<AddSessions>(*m_session, QList<Session>{added},
                                                 tr("Add \u201c%1\u201d").arg(added.title));
    const AddSessions* adding = command.get();
    if (m_session->push(std::move(command)))
        showSession(adding->ids().value(0));
}

} // namespace pc::ui
