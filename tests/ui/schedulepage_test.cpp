// SPDX-License-Identifier: GPL-3.0-or-later
// The Schedule page in the main window, driven as a person would: drag a session into a clash and
// see it flagged on the blocks and in the checks, undo it; cancel with Delete; send another member
// from the member view; follow a check to its session; import a spreadsheet; export calendars.
#include "exchange/icalendar.h"
#include "rules/checks.h"
#include "storage/engagementrepository.h"
#include "storage/schedulerepository.h"
#include "storage/teamrepository.h"
#include "support/demowindow.h"
#include "support/mousedrag.h"
#include "support/schedulesupport.h"
#include "support/screenshots.h"
#include "support/whenopen.h"
#include "ui/commands/sessioncommands.h"
#include "ui/dialogs/csvimportdialog.h"
#include "ui/dialogs/sessiondialog.h"
#include "ui/pages/schedulepage.h"
#include "ui/widgets/navigationlist.h"
#include "ui/widgets/problemlist.h"
#include "ui/widgets/timetablegrid.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStyleFactory>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace pc;
using namespace pc::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int schedulePage = 4;

/// The window on the Schedule page of a demo engagement whose timetable is three sessions of the
/// test's own: two on the first onsite day that share the first member, one on the second day.
struct Fixture : DemoWindow
{
    explicit Fixture(Access access = Access::Writable)
        : DemoWindow(schedulePage, access)
    {
        RecordStore& store = records();
        members = TeamRepository(store).members();
        REQUIRE(members.size() >= 3);
        days = ui::onsiteDays(EngagementRepository(store).engagement());
        REQUIRE(days.size() >= 2);
        const QUuid m0 = members[0].id;
        const QUuid m1 = members[1].id;
        const QUuid m2 = members[2].id;
        if (access == Access::Writable) {
            // Through the session, so the page and the checks hear of it; then out of the history.
            replace({makeSession(u"Leader interview"_s, days[0], 9 * 60, 10 * 60, u"Room 1"_s,
                                 {{m0, SessionPart::LeadQuestioner}, {m1, SessionPart::NoteTaker}}),
                     makeSession(u"Staff focus group"_s, days[0], 11 * 60, 12 * 60, u"Room 2"_s,
                                 {{m0, SessionPart::LeadQuestioner}, {m2, SessionPart::NoteTaker}},
                                 {SessionKind::FocusGroup}),
                     makeSession(u"Depot visit"_s, days[1], 10 * 60, 11 * 60, u"Depot"_s,
                                 {{m1, SessionPart::LeadQuestioner}, {m2, SessionPart::NoteTaker}},
                                 {SessionKind::SiteVisit})});
        }
        window->resize(1366, 768);
        page = find<ui::SchedulePage>(u"schedulePage"_s);
        grid = find<ui::TimetableGrid>(u"timetableGrid"_s);
        REQUIRE(page->isVisible());
        QTest::qWait(20);
    }

    void replace(const QList<Session>& sessions)
    {
        ui::EngagementSession& session = *window->session();
        QList<QUuid> ids;
        for (const Session& s : schedule())
            ids.append(s.id);
        REQUIRE(session.push(std::make_unique<ui::RemoveSessions>(session, ids, u"Clear"_s)));
        REQUIRE(session.push(std::make_unique<ui::AddSessions>(session, sessions, u"Add"_s)));
        session.undoStack()->clear();
    }

    [[nodiscard]] RecordStore& records() const { return window->session()->file().records(); }
    [[nodiscard]] QList<Session> schedule() const { return ScheduleRepository(records()).sessions(); }
    [[nodiscard]] Session byTitle(const QString& title) const { return sessionTitled(schedule(), title); }
    [[nodiscard]] QWidget* viewport() const { return grid->viewport(); }
    [[nodiscard]] QPoint middle(const QUuid& block) const
    {
        const QRect rect = grid->blockRect(block);
        REQUIRE(rect.isValid());
        return rect.center();
    }
    /// The vertical distance of `minutes` on the grid.
    [[nodiscard]] QPoint down(int minutes) const
    {
        return grid->pointAt(0, 600 + minutes) - grid->pointAt(0, 600);
    }

    /// The sentences the side list shows.
    [[nodiscard]] QStringList checks() const
    {
        auto* list = find<ui::ProblemList>(u"scheduleProblemList"_s);
        QStringList texts;
        for (int row = 0; row < list->count(); ++row)
            texts.append(list->item(row)->text());
        return texts;
    }
    [[nodiscard]] bool anyCheckSays(const QString& words) const
    {
        const QStringList texts = checks();
        return std::any_of(texts.cbegin(), texts.cend(), [&](const QString& t) { return t.contains(words); });
    }

    void undo() const
    {
        auto* action = find<QAction>(u"actionUndo"_s);
        REQUIRE(action->isEnabled());
        action->trigger();
    }

    QList<Member> members;
    QList<QDate> days;
    ui::SchedulePage* page = nullptr;
    ui::TimetableGrid* grid = nullptr;
};

} // namespace

TEST_CASE("Dragging a session onto another of the same member flags the clash on both blocks and in "
          "the checks, and Undo puts it back",
          "[ui][schedule][page]")
{
    Fixture f;
    const Session leader = f.byTitle(u"Leader interview"_s);
    const Session focus = f.byTitle(u"Staff focus group"_s);
    CHECK_FALSE(f.anyCheckSays(u"two sessions at once"_s));
    CHECK_FALSE(f.grid->toolTipAt(f.middle(leader.id)).contains(u"two sessions at once"_s));

    // Up an hour and a half: 09:30 to 10:30, over the end of the interview.
    drag(f.viewport(), f.middle(focus.id), f.middle(focus.id) + f.down(-90));
    const Session moved = f.byTitle(u"Staff focus group"_s);
    CHECK(moved.start == 9 * 60 + 30);
    CHECK(moved.end == 10 * 60 + 30);
    CHECK(moved.day == f.days[0]);
    CHECK(f.anyCheckSays(u"%1 is in two sessions at once"_s.arg(f.members[0].name)));
    CHECK(f.grid->toolTipAt(f.middle(leader.id)).contains(u"two sessions at once"_s));
    CHECK(f.grid->toolTipAt(f.middle(focus.id)).contains(u"two sessions at once"_s));
    CHECK(f.window->session()->undoStack()->count() == 1);

    f.undo();
    CHECK(f.byTitle(u"Staff focus group"_s) == focus);
    CHECK_FALSE(f.anyCheckSays(u"two sessions at once"_s));
    CHECK_FALSE(f.grid->toolTipAt(f.middle(focus.id)).contains(u"two sessions at once"_s));
}

TEST_CASE("The Schedule badge counts a clash once the edits pause", "[ui][schedule][page]")
{
    Fixture f;
    auto* navigation = f.find<ui::NavigationList>(u"navigation"_s);
    QTest::qWait(600); // the fixture's own edits settle
    const int before = navigation->badge(schedulePage);
    const Session focus = f.byTitle(u"Staff focus group"_s);
    drag(f.viewport(), f.middle(focus.id), f.middle(focus.id) + f.down(-90)); // into the interview
    // The checks rerun after a pause, so a run of quick edits costs one run.
    CHECK(navigation->badge(schedulePage) == before);
    CHECK(QTest::qWaitFor([&] { return navigation->badge(schedulePage) == before + 1; }, 3000));
    f.undo();
    CHECK(QTest::qWaitFor([&] { return navigation->badge(schedulePage) == before; }, 3000));
}

TEST_CASE("A session dragged to the next day's column moves to that day", "[ui][schedule][page]")
{
    Fixture f;
    const Session leader = f.byTitle(u"Leader interview"_s);
    const QPoint nextDay = f.grid->pointAt(1, 600) - f.grid->pointAt(0, 600);
    drag(f.viewport(), f.middle(leader.id), f.middle(leader.id) + nextDay);
    const Session moved = f.byTitle(u"Leader interview"_s);
    CHECK(moved.day == f.days[1]);
    CHECK(moved.start == leader.start);
    CHECK(f.window->session()->undoStack()->undoText().startsWith(u"Move"_s));
}

TEST_CASE("Delete cancels the selected session and Delete again reinstates it, one undo step each",
          "[ui][schedule][page]")
{
    Fixture f;
    const Session depot = f.byTitle(u"Depot visit"_s);
    QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.middle(depot.id));
    REQUIRE(f.grid->selectedId() == depot.id);
    CHECK(f.page->selectedSession() == depot.id);

    QTest::keyClick(f.grid, Qt::Key_Delete);
    CHECK(f.byTitle(u"Depot visit"_s).status == SessionStatus::Cancelled);
    CHECK(f.grid->blockRect(depot.id).isValid()); // still on the timetable
    CHECK(f.find<QLabel>(u"scheduleFigures"_s)->text().contains(u"2 meetings and activities"_s));
    QTest::keyClick(f.grid, Qt::Key_Delete);
    CHECK(f.byTitle(u"Depot visit"_s).status == SessionStatus::Planned);
    CHECK(f.find<QLabel>(u"scheduleFigures"_s)->text().contains(u"3 meetings and activities"_s));

    f.undo();
    CHECK(f.byTitle(u"Depot visit"_s).status == SessionStatus::Cancelled);
    f.undo();
    CHECK(f.byTitle(u"Depot visit"_s) == depot);
}

TEST_CASE("The figures under the timetable count what is planned as the report will", "[ui][schedule][page]")
{
    Fixture f;
    const QString text = f.find<QLabel>(u"scheduleFigures"_s)->text();
    // Three meetings of an hour with two of the team each: six team-hours.
    CHECK(text.contains(u"3 meetings and activities"_s));
    CHECK(text.contains(u"6.0 team-hours"_s));
}

TEST_CASE("In the member view, dragging a member's block to another member sends them instead",
          "[ui][schedule][page]")
{
    Fixture f;
    const Session focus = f.byTitle(u"Staff focus group"_s);
    auto* columns = f.find<QComboBox>(u"scheduleColumnsCombo"_s);
    columns->setCurrentIndex(columns->findData(int(ui::TimetableColumns::ByMember)));
    f.page->setDay(f.days[0]);

    // The note-taker's block, from the third member's column to the second's.
    const QUuid block = attendanceId(focus.id, f.members[2].id);
    CHECK_FALSE(f.grid->blockRect(attendanceId(focus.id, f.members[1].id)).isValid());
    const QPoint across = f.grid->pointAt(1, 600) - f.grid->pointAt(2, 600);
    drag(f.viewport(), f.middle(block), f.middle(block) + across);

    const Session changed = f.byTitle(u"Staff focus group"_s);
    CHECK(changed.start == focus.start);
    CHECK(changed.attendedBy(f.members[1].id));
    CHECK_FALSE(changed.attendedBy(f.members[2].id));
    CHECK(changed.team.size() == 2);
    CHECK(f.window->session()->undoStack()->undoText()
          == u"Send %1 instead of %2 to \u201cStaff focus group\u201d"_s.arg(f.members[1].name,
                                                                             f.members[2].name));
    CHECK(f.grid->blockRect(attendanceId(focus.id, f.members[1].id)).isValid());

    // Onto someone already there: refused with a word in the status bar, nothing changed.
    const QPoint back = f.grid->pointAt(0, 600) - f.grid->pointAt(1, 600);
    const QUuid moved = attendanceId(focus.id, f.members[1].id);
    drag(f.viewport(), f.middle(moved), f.middle(moved) + back);
    CHECK(f.byTitle(u"Staff focus group"_s) == changed);
}

TEST_CASE("Choosing a check in the side list shows its session in the timetable", "[ui][schedule][page]")
{
    Fixture f;
    const Session depot = f.byTitle(u"Depot visit"_s);
    Session clash = depot;
    clash.day = f.days[0];
    clash.start = 9 * 60 + 30; // the first member is in the interview then
    clash.end = 10 * 60 + 30;
    clash.team = {{f.members[0].id, SessionPart::LeadQuestioner}, {f.members[2].id, SessionPart::NoteTaker}};
    ui::EngagementSession& session = *f.window->session();
    REQUIRE(session.push(std::make_unique<ui::EditSessions>(session, QList<Session>{depot},
                                                            QList<Session>{clash}, u"Clash"_s)));

    // From the list view, so that the page has to come back to the grid.
    QTest::mouseClick(f.find<QToolButton>(u"listViewButton"_s), Qt::LeftButton);
    REQUIRE_FALSE(f.grid->isVisible());
    auto* list = f.find<ui::ProblemList>(u"scheduleProblemList"_s);
    int row = -1;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().contains(u"two sessions at once"_s))
            row = i;
    }
    REQUIRE(row >= 0);
    list->setFocus();
    list->setCurrentRow(row);
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(f.grid->isVisible());
    const QUuid shown = f.grid->selectedId();
    CHECK((shown == depot.id || shown == f.byTitle(u"Leader interview"_s).id));
    CHECK(f.grid->hasFocus());
}

TEST_CASE("A timetable imported from a spreadsheet arrives in one undo step", "[ui][schedule][page]")
{
    Fixture f;
    const QString csv = f.folder.path(u"council-timetable.csv"_s);
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        const QString day = f.days[1].toString(Qt::ISODate);
        file.write(
            u"Date,From,To,Session,Venue,Team\n"
            "%1,13:00,14:00,Meeting the chief executive,CEX office,%2 (lead questioner); %3 (note-taker)\n"
            "%1,14:30,15:30,Partners focus group,Room 3,%3 (lead questioner)\n"_s
                .arg(day, f.members[0].name, f.members[1].name)
                .toUtf8());
    }
    f.prompter.nextOpen = csv;
    whenOpen<ui::CsvImportDialog>(
        [] { return qobject_cast<ui::CsvImportDialog*>(QApplication::activeModalWidget()); },
        [](ui::CsvImportDialog* dialog) {
            auto* import = dialog->findChild<QPushButton*>(u"importButton"_s);
            REQUIRE(import);
            REQUIRE(import->isEnabled());
            QTest::mouseClick(import, Qt::LeftButton);
        });
    QTest::mouseClick(f.find<QToolButton>(u"importTimetableButton"_s), Qt::LeftButton);

    REQUIRE(f.schedule().size() == 5);
    const Session cex = f.byTitle(u"Meeting the chief executive"_s);
    CHECK(cex.day == f.days[1]);
    CHECK(cex.start == 13 * 60);
    CHECK(cex.location == u"CEX office"_s);
    CHECK(cex.team
          == QList<SessionAttendance>{{f.members[0].id, SessionPart::LeadQuestioner},
                                      {f.members[1].id, SessionPart::NoteTaker}});
    CHECK(f.grid->blockRect(cex.id).isValid());
    CHECK(f.window->session()->undoStack()->count() == 1);
    f.undo();
    CHECK(f.schedule().size() == 3);
}

TEST_CASE("The Export menu writes the team's calendar and the timetable as CSV", "[ui][schedule][page]")
{
    Fixture f;
    auto* exportButton = f.find<QToolButton>(u"exportTimetableButton"_s);
    REQUIRE(exportButton->isEnabled());

    f.prompter.nextSave = f.folder.path(u"team.ics"_s);
    chooseInMenuWhenOpen(u"exportTeamCalendarAction"_s);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QFile calendar(f.prompter.nextSave);
    REQUIRE(calendar.open(QIODevice::ReadOnly));
    const QByteArray ics = calendar.readAll();
    CHECK(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(ics.count("BEGIN:VEVENT") == 3);
    CHECK(ics.contains(exchange::calendarUid(f.byTitle(u"Depot visit"_s).id).toUtf8()));

    f.prompter.nextSave = f.folder.path(u"timetable.csv"_s);
    chooseInMenuWhenOpen(u"exportTimetableCsvAction"_s);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QFile table(f.prompter.nextSave);
    REQUIRE(table.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = table.readAll().trimmed().split('\n');
    CHECK(lines.size() == 4); // the header and three sessions
    CHECK(f.prompter.errors.isEmpty());
}

TEST_CASE("A file open read-only shows its timetable but nothing on the page edits it",
          "[ui][schedule][page]")
{
    Fixture f(DemoWindow::Access::HeldElsewhere);
    const QList<Session> before = f.schedule();
    REQUIRE_FALSE(before.isEmpty());
    CHECK_FALSE(f.find<QToolButton>(u"newSessionButton"_s)->isEnabled());
    CHECK_FALSE(f.find<QToolButton>(u"importTimetableButton"_s)->isEnabled());
    CHECK(f.find<QToolButton>(u"exportTimetableButton"_s)->isEnabled());

    const QUuid first = before.first().id;
    f.grid->selectBlock(first);
    REQUIRE(f.grid->blockRect(first).isValid());
    drag(f.viewport(), f.middle(first), f.middle(first) + f.down(60));
    QTest::keyClick(f.grid, Qt::Key_Delete);
    CHECK(f.schedule() == before);
}

TEST_CASE("Screenshots of the Schedule page", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("PC_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    QDir().mkpath(out);
    DemoWindow w(schedulePage);
    const QList<QDate> days =
        ui::onsiteDays(EngagementRepository(w.window->session()->file().records()).engagement());
    REQUIRE(days.size() >= 2);
    // The second morning on site: the red line of now, and figures for what is held so far.
    w.device.clock.set(QDateTime(days[1], QTime(10, 20), timetableZone()).toMSecsSinceEpoch());
    w.window->showStage(0);
    w.window->showStage(schedulePage);
    w.window->resize(1366, 768);
    auto* page = w.find<ui::SchedulePage>(u"schedulePage"_s);
    const QPalette light = QApplication::palette();
    for (const bool dark : {false, true}) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(dark ? darkPalette() : light);
        const QString suffix =
            u"%1-x%2.png"_s.arg(dark ? u"dark"_s : u"light"_s).arg(w.window->devicePixelRatio());
        page->setColumns(ui::TimetableColumns::ByDay);
        QTest::qWait(50);
        CHECK(w.window->grab().save(u"%1/schedule-%2"_s.arg(out, suffix)));
        page->setColumns(ui::TimetableColumns::ByMember);
        page->setDay(days[1]);
        QTest::qWait(50);
        CHECK(w.window->grab().save(u"%1/schedule-members-%2"_s.arg(out, suffix)));
        page->setColumns(ui::TimetableColumns::ByLocation);
        QTest::qWait(50);
        CHECK(w.window->grab().save(u"%1/schedule-locations-%2"_s.arg(out, suffix)));
        QTest::mouseClick(w.find<QToolButton>(u"listViewButton"_s), Qt::LeftButton);
        QTest::qWait(50);
        CHECK(w.window->grab().save(u"%1/schedule-list-%2"_s.arg(out, suffix)));
        QTest::mouseClick(w.find<QToolButton>(u"nowViewButton"_s), Qt::LeftButton);
        QTest::qWait(50);
        CHECK(w.window->grab().save(u"%1/schedule-now-%2"_s.arg(out, suffix)));
        QTest::mouseClick(w.find<QToolButton>(u"timetableViewButton"_s), Qt::LeftButton);
    }
    QApplication::setPalette(light); // the cases after this one see the usual colours
}
