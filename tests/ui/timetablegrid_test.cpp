// SPDX-License-Identifier: GPL-3.0-or-later
// The timetable grid driven as a person would: drags, resizes, keys, double-clicks, tooltips.
#include "support/mousedrag.h"
#include "support/screenshots.h"
#include "ui/widgets/timetablegrid.h"

#include <QApplication>
#include <QDir>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTest>
#include <QTime>
#include <QToolTip>

#include <catch2/catch.hpp>

using namespace pc;
using namespace pc::ui;
using namespace pc::test;

namespace {

QUuid uuid(int n)
{
    return QUuid(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

TimetableBlock block(int n, int column, int start, int end, const QString& title)
{
    TimetableBlock b;
    b.id = uuid(n);
    b.column = column;
    b.start = start;
    b.end = end;
    b.title = title;
    b.kind = SessionKind::Interview;
    return b;
}

/// Three days: an interview at 09:00 and 11:00 on the first, one at 09:30 and a conflict at
/// 13:00 on the second, and two overlapping sessions in the afternoon of the third.
struct Fixture
{
    TimetableGrid grid;
    QWidget* view = grid.viewport();
    const QUuid first = uuid(1), second = uuid(2), tuesday = uuid(3), clash = uuid(4);
    const QUuid early = uuid(5), late = uuid(6);

    Fixture()
    {
        grid.setColumns(
            {QStringLiteral("Mon 12 May"), QStringLiteral("Tue 13 May"), QStringLiteral("Wed 14 May")});
        TimetableBlock problem = block(4, 1, 13 * 60, 14 * 60, QStringLiteral("Focus group with staff"));
        problem.problems = {QStringLiteral("Ann is in two sessions at once."),
                            QStringLiteral("No note-taker is named.")};
        grid.setBlocks({block(1, 0, 9 * 60, 10 * 60, QStringLiteral("Leader")),
                        block(2, 0, 11 * 60, 12 * 60, QStringLiteral("Chief executive")),
                        block(3, 1, 9 * 60 + 30, 10 * 60 + 30, QStringLiteral("Scrutiny chair")), problem,
                        block(5, 2, 14 * 60, 15 * 60, QStringLiteral("Partners")),
                        block(6, 2, 14 * 60 + 30, 15 * 60 + 30, QStringLiteral("Residents"))});
        grid.resize(900, 1000);
        grid.show();
        REQUIRE(QTest::qWaitForWindowExposed(&grid));
    }

    /// The vertical distance of `minutes` on the grid.
    [[nodiscard]] QPoint down(int minutes) const
    {
        return grid.pointAt(0, 600 + minutes) - grid.pointAt(0, 600);
    }
    [[nodiscard]] QPoint right(int columns) const
    {
        return grid.pointAt(columns, 600) - grid.pointAt(0, 600);
    }
    [[nodiscard]] QPoint middle(const QUuid& id) const { return grid.blockRect(id).center(); }
};

} // namespace

TEST_CASE("Dragging a block an hour down asks once to move it there", "[schedule][grid]")
{
    Fixture f;
    QSignalSpy moves(&f.grid, &TimetableGrid::moveRequested);
    drag(f.view, f.middle(f.first), f.middle(f.first) + f.down(60));
    REQUIRE(moves.size() == 1);
    CHECK(moves[0][0].toUuid() == f.first);
    CHECK(moves[0][1].toInt() == 0);
    CHECK(moves[0][2].toInt() == 10 * 60);
    CHECK(moves[0][3].toInt() == 11 * 60);
    CHECK(f.grid.selectedId() == f.first);
}

TEST_CASE("A page that answers a move with new blocks sees the block there, still selected",
          "[schedule][grid]")
{
    Fixture f;
    QList<TimetableBlock> blocks{block(1, 0, 9 * 60, 10 * 60, QStringLiteral("Leader"))};
    f.grid.setBlocks(blocks);
    QObject::connect(&f.grid, &TimetableGrid::moveRequested, &f.grid,
                     [&](const QUuid& id, int column, int start, int end) {
                         blocks = {block(1, column, start, end, QStringLiteral("Leader"))};
                         f.grid.setBlocks(blocks); // as an undo command's refresh does
                         CHECK(id == f.first);
                     });
    QSignalSpy selections(&f.grid, &TimetableGrid::selectionChanged);
    drag(f.view, f.middle(f.first), f.middle(f.first) + f.down(60) + f.right(2));
    CHECK(blocks[0].column == 2);
    CHECK(blocks[0].start == 10 * 60);
    CHECK(f.grid.selectedId() == f.first);
    CHECK(selections.size() == 1);
    CHECK(f.grid.blockRect(f.first).contains(f.grid.pointAt(2, 10 * 60 + 30)));
}

TEST_CASE("Dragging a block sideways moves it to the next day at the same time", "[schedule][grid]")
{
    Fixture f;
    QSignalSpy moves(&f.grid, &TimetableGrid::moveRequested);
    drag(f.view, f.middle(f.second), f.middle(f.second) + f.right(1));
    REQUIRE(moves.size() == 1);
    CHECK(moves[0][1].toInt() == 1);
    CHECK(moves[0][2].toInt() == 11 * 60);
    CHECK(moves[0][3].toInt() == 12 * 60);
}

TEST_CASE("Dragging the bottom edge of a block changes only its end", "[schedule][grid]")
{
    Fixture f;
    QSignalSpy moves(&f.grid, &TimetableGrid::moveRequested);
    const QRect r = f.grid.blockRect(f.first);
    const QPoint edge(r.center().x(), r.bottom() - 1);
    drag(f.view, edge, edge + f.down(30));
    REQUIRE(moves.size() == 1);
    CHECK(moves[0][2].toInt() == 9 * 60);
    CHECK(moves[0][3].toInt() == 10 * 60 + 30);

    // The top edge changes only the start, and never leaves less than five minutes.
    const QPoint top(r.center().x(), r.top() + 1);
    drag(f.view, top, top + f.down(120));
    REQUIRE(moves.size() == 2);
    CHECK(moves[1][2].toInt() == 10 * 60 - 5);
    CHECK(moves[1][3].toInt() == 10 * 60);
}

TEST_CASE("Escape during a drag puts the block back and asks nothing", "[schedule][grid]")
{
    Fixture f;
    QSignalSpy moves(&f.grid, &TimetableGrid::moveRequested);
    const QRect before = f.grid.blockRect(f.first);
    pressAndMove(f.view, f.middle(f.first), f.middle(f.first) + f.down(90));
    QTest::keyClick(&f.grid, Qt::Key_Escape);
    QTest::mouseRelease(f.view, Qt::LeftButton, {}, f.middle(f.first) + f.down(90));
    CHECK(moves.isEmpty());
    CHECK(f.grid.blockRect(f.first) == before);
}

TEST_CASE("A click without a drag selects and moves nothing", "[schedule][grid]")
{
    Fixture f;
    QSignalSpy moves(&f.grid, &TimetableGrid::moveRequested);
    QSignalSpy selections(&f.grid, &TimetableGrid::selectionChanged);
    QTest::mouseClick(f.view, Qt::LeftButton, {}, f.middle(f.tuesday));
    CHECK(moves.isEmpty());
    REQUIRE(selections.size() == 1);
    CHECK(selections[0][0].toUuid() == f.tuesday);
    QTest::mouseClick(f.view, Qt::LeftButton, {}, f.grid.pointAt(0, 16 * 60));
    CHECK(f.grid.selectedId().isNull());
}

TEST_CASE("Alt with the arrow keys moves and stretches the selected block a step at a time",
          "[schedule][grid]")
{
    Fixture f;
    QSignalSpy moves(&f.grid, &TimetableGrid::moveRequested);
    f.grid.selectBlock(f.first);
    QTest::keyClick(&f.grid, Qt::Key_Down, Qt::AltModifier);
    REQUIRE(moves.size() == 1);
    CHECK(moves[0][2].toInt() == 9 * 60 + 15);
    CHECK(moves[0][3].toInt() == 10 * 60 + 15);
    QTest::keyClick(&f.grid, Qt::Key_Up, Qt::AltModifier);
    CHECK(moves[1][2].toInt() == 8 * 60 + 45);
    QTest::keyClick(&f.grid, Qt::Key_Right, Qt::AltModifier);
    CHECK(moves[2][1].toInt() == 1);
    CHECK(moves[2][2].toInt() == 9 * 60);
    QTest::keyClick(&f.grid, Qt::Key_Down, Qt::AltModifier | Qt::ShiftModifier);
    CHECK(moves[3][2].toInt() == 9 * 60);
    CHECK(moves[3][3].toInt() == 10 * 60 + 15);
    // Already in the first column: nothing to ask.
    QTest::keyClick(&f.grid, Qt::Key_Left, Qt::AltModifier);
    CHECK(moves.size() == 4);
}

TEST_CASE("The arrow keys walk the selection through a day and across to the nearest block",
          "[schedule][grid]")
{
    Fixture f;
    f.grid.selectBlock(f.first);
    QTest::keyClick(&f.grid, Qt::Key_Down);
    CHECK(f.grid.selectedId() == f.second);
    QTest::keyClick(&f.grid, Qt::Key_Down); // the last of the day stays selected
    CHECK(f.grid.selectedId() == f.second);
    QTest::keyClick(&f.grid, Qt::Key_Up);
    CHECK(f.grid.selectedId() == f.first);
    QTest::keyClick(&f.grid, Qt::Key_Right);
    CHECK(f.grid.selectedId() == f.tuesday); // 09:30 is nearer 09:00 than 13:00
    QTest::keyClick(&f.grid, Qt::Key_Right);
    CHECK(f.grid.selectedId() == f.early);
    QTest::keyClick(&f.grid, Qt::Key_Left);
    CHECK(f.grid.selectedId() == f.clash); // 13:00 is nearer 14:00 than 09:30
}

TEST_CASE("Delete, Enter and Insert ask to cancel, edit and add", "[schedule][grid]")
{
    Fixture f;
    QSignalSpy cancels(&f.grid, &TimetableGrid::cancelRequested);
    QSignalSpy edits(&f.grid, &TimetableGrid::editRequested);
    QSignalSpy creates(&f.grid, &TimetableGrid::createRequested);
    f.grid.selectBlock(f.first);
    QTest::keyClick(&f.grid, Qt::Key_Delete);
    REQUIRE(cancels.size() == 1);
    CHECK(cancels[0][0].toUuid() == f.first);
    QTest::keyClick(&f.grid, Qt::Key_Return);
    REQUIRE(edits.size() == 1);
    CHECK(edits[0][0].toUuid() == f.first);
    QTest::keyClick(&f.grid, Qt::Key_Insert); // an hour after the selected block
    REQUIRE(creates.size() == 1);
    CHECK(creates[0][0].toInt() == 0);
    CHECK(creates[0][1].toInt() == 10 * 60);
    CHECK(creates[0][2].toInt() == 11 * 60);
}

TEST_CASE("A double-click asks to edit a block or to add an hour at the snapped time", "[schedule][grid]")
{
    Fixture f;
    f.grid.setSnapMinutes(15);
    QSignalSpy edits(&f.grid, &TimetableGrid::editRequested);
    QSignalSpy creates(&f.grid, &TimetableGrid::createRequested);
    QTest::mouseDClick(f.view, Qt::LeftButton, {}, f.middle(f.clash));
    QTest::mouseRelease(f.view, Qt::LeftButton, {}, f.middle(f.clash));
    REQUIRE(edits.size() == 1);
    CHECK(edits[0][0].toUuid() == f.clash);
    CHECK(creates.isEmpty());

    const QPoint empty = f.grid.pointAt(1, 16 * 60 + 5);
    QTest::mouseDClick(f.view, Qt::LeftButton, {}, empty);
    QTest::mouseRelease(f.view, Qt::LeftButton, {}, empty);
    REQUIRE(creates.size() == 1);
    CHECK(creates[0][0].toInt() == 1);
    CHECK(creates[0][1].toInt() == 16 * 60);
    CHECK(creates[0][2].toInt() == 17 * 60);
}

TEST_CASE("A read-only grid selects and opens blocks but moves, cancels and adds nothing", "[schedule][grid]")
{
    Fixture f;
    f.grid.setReadOnly(true);
    QSignalSpy moves(&f.grid, &TimetableGrid::moveRequested);
    QSignalSpy cancels(&f.grid, &TimetableGrid::cancelRequested);
    QSignalSpy creates(&f.grid, &TimetableGrid::createRequested);
    QSignalSpy edits(&f.grid, &TimetableGrid::editRequested);
    drag(f.view, f.middle(f.first), f.middle(f.first) + f.down(60));
    CHECK(f.grid.selectedId() == f.first);
    QTest::keyClick(&f.grid, Qt::Key_Down, Qt::AltModifier);
    QTest::keyClick(&f.grid, Qt::Key_Delete);
    QTest::keyClick(&f.grid, Qt::Key_Insert);
    const QPoint empty = f.grid.pointAt(1, 16 * 60);
    QTest::mouseDClick(f.view, Qt::LeftButton, {}, empty);
    QTest::mouseRelease(f.view, Qt::LeftButton, {}, empty);
    QTest::keyClick(&f.grid, Qt::Key_Enter);
    CHECK(moves.isEmpty());
    CHECK(cancels.isEmpty());
    CHECK(creates.isEmpty());
    CHECK(edits.size() == 1);
}

TEST_CASE("Overlapping blocks in a day sit side by side", "[schedule][grid]")
{
    Fixture f;
    const QRect a = f.grid.blockRect(f.early);
    const QRect b = f.grid.blockRect(f.late);
    CHECK_FALSE(a.intersects(b));
    CHECK(a.width() > 20);
    CHECK(b.width() > 20);
    CHECK(a.right() < b.left());
    // A block that overlaps nothing keeps the whole width of its day.
    CHECK(f.grid.blockRect(f.first).width() > a.width() + b.width());
}

TEST_CASE("The tooltip of a block with problems lists them", "[schedule][grid]")
{
    Fixture f;
    const QPoint at = f.middle(f.clash);
    const QString tip = f.grid.toolTipAt(at);
    CHECK(tip.contains(QStringLiteral("Focus group with staff")));
    CHECK(tip.contains(QStringLiteral("13:00–14:00")));
    CHECK(tip.contains(QStringLiteral("Ann is in two sessions at once.")));
    CHECK(tip.contains(QStringLiteral("No note-taker is named.")));
    CHECK(f.grid.toolTipAt(f.grid.pointAt(0, 16 * 60)).isEmpty());

    QHelpEvent help(QEvent::ToolTip, at, f.view->mapToGlobal(at));
    QApplication::sendEvent(f.view, &help);
    CHECK(QToolTip::text() == tip);
    QToolTip::hideText();
}

TEST_CASE("New blocks keep the selection by id, and it goes when its block does", "[schedule][grid]")
{
    Fixture f;
    f.grid.selectBlock(f.tuesday);
    QSignalSpy selections(&f.grid, &TimetableGrid::selectionChanged);
    TimetableBlock moved = block(3, 2, 8 * 60, 9 * 60, QStringLiteral("Scrutiny chair"));
    f.grid.setBlocks({block(1, 0, 9 * 60, 10 * 60, QStringLiteral("Leader")), moved});
    CHECK(f.grid.selectedId() == f.tuesday);
    CHECK(selections.isEmpty());
    CHECK(f.grid.blockRect(f.tuesday).left() > f.grid.pointAt(1, 0).x());
    f.grid.setBlocks({block(1, 0, 9 * 60, 10 * 60, QStringLiteral("Leader"))});
    CHECK(f.grid.selectedId().isNull());
    REQUIRE(selections.size() == 1);
    CHECK(selections[0][0].toUuid().isNull());
    CHECK(f.grid.blockRect(f.tuesday).isEmpty());
}

namespace {

/// A realistic onsite week: four days of interviews, focus groups, huddles, meals and travel.
QList<TimetableBlock> onsiteWeek()
{
    struct Row
    {
        int column;
        const char* start;
        const char* end;
        SessionKind kind;
        const char* title;
        const char* detail;
    };
    using K = SessionKind;
    const Row rows[] = {
        {0, "08:30", "09:15", K::Travel, "Travel to Northmoor", "Train from London Euston"},
        {0, "09:30", "10:00", K::TeamHuddle, "Team huddle", "Project room · whole team"},
        {0, "10:00", "11:00", K::Interview, "Leader of the council", "Leader's office · Ann, Bob"},
        {0, "11:15", "12:15", K::Interview, "Chief executive", "Room 2 · Ann, Chris"},
        {0, "12:15", "13:00", K::Meal, "Lunch", "Canteen"},
        {0, "13:00", "14:30", K::FocusGroup, "Focus group with front-line staff",
         "Committee room B · Bob, Dee"},
        {0, "13:30", "14:30", K::Interview, "Director of finance (section 151 officer)",
         "Room 2 · Ann, Chris"},
        {0, "15:00", "16:30", K::MeetingObserved, "Cabinet meeting", "Council chamber · whole team"},
        {0, "17:00", "17:30", K::TeamHuddle, "End of day huddle", "Project room"},
        {1, "08:45", "09:00", K::TeamHuddle, "Morning check-in", "Project room"},
        {1, "09:00", "10:00", K::Interview, "Opposition group leaders", "Room 4 · Bob, Dee"},
        {1, "09:00", "10:30", K::SiteVisit, "Visit to the customer contact centre",
         "Civic offices, floor 1 · Ann"},
        {1, "10:30", "11:30", K::Interview, "Chair of overview and scrutiny", "Room 2 · Chris, Dee"},
        {1, "11:30", "12:30", K::FocusGroup, "Partners: health and police", "Town hall, room 5 · Ann, Bob"},
        {1, "12:30", "13:15", K::Meal, "Lunch with the leadership team", "Mayor's parlour"},
        {1, "13:30", "15:00", K::Workshop, "Workshop on the medium-term financial strategy",
         "Room 2 · whole team"},
        {1, "15:15", "16:15", K::Interview, "Cabinet member for adult social care", "Room 4 · Ann, Chris"},
        {2, "09:00", "10:00", K::Interview, "Residents' panel", "Library · Bob, Dee"},
        {2, "09:30", "10:30", K::Interview, "Monitoring officer", "Room 2 · Ann, Bob"},
        {2, "10:45", "12:00", K::FocusGroup, "Middle managers", "Committee room B · Chris, Dee"},
        {2, "12:00", "12:45", K::Meal, "Lunch", "Canteen"},
        {2, "13:00", "14:00", K::Interview, "Director of children's services", "Room 2 · Ann"},
        {2, "14:00", "15:00", K::Other, "Time to write up", "Project room"},
        {2, "16:00", "18:00", K::TeamHuddle, "Emerging findings", "Project room · whole team"},
        {3, "09:00", "10:00", K::TeamHuddle, "Rehearse the feedback", "Project room"},
        {3, "10:30", "11:30", K::FeedbackPresentation, "Feedback to the leader and chief executive",
         "Leader's office · whole team"},
        {3, "12:00", "13:30", K::Travel, "Travel home", "Train to London Euston"},
    };
    const auto minutes = [](const char* text) {
        const QTime time = QTime::fromString(QLatin1String(text), QStringLiteral("HH:mm"));
        return time.hour() * 60 + time.minute();
    };
    QList<TimetableBlock> blocks;
    int n = 100;
    for (const Row& row : rows) {
        TimetableBlock b =
            block(++n, row.column, minutes(row.start), minutes(row.end), QString::fromUtf8(row.title));
        b.kind = row.kind;
        b.detail = QString::fromUtf8(row.detail);
        blocks.append(b);
    }
    blocks[6].problems = {QStringLiteral("Ann is in two sessions at 13:30."),
                          QStringLiteral("Room 2 is booked twice.")};
    blocks[16].cancelled = true;
    blocks[16].title = QStringLiteral("Cabinet member for adult social care");
    return blocks;
}

} // namespace

// Not a check: pictures for a person to look at. `PC_SCREENSHOT_DIR=out ui_tests "[.screenshots]"`,
// and again with QT_SCALE_FACTOR=2.
TEST_CASE("Screenshots of the timetable grid", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("PC_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    QDir().mkpath(out);
    const QPalette light = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? pc::test::darkPalette() : light);
        TimetableGrid grid;
        grid.setColumns({QStringLiteral("Tuesday 13 May"), QStringLiteral("Wednesday 14 May"),
                         QStringLiteral("Thursday 15 May"), QStringLiteral("Friday 16 May")});
        const QList<TimetableBlock> blocks = onsiteWeek();
        grid.setBlocks(blocks);
        grid.setNowMarker(std::pair(1, 11 * 60 + 50));
        grid.resize(1366, 768);
        grid.show();
        REQUIRE(QTest::qWaitForWindowExposed(&grid));
        grid.selectBlock(blocks[3].id);
        QTest::qWait(50);
        const QString suffix = QStringLiteral("%1-x%2.png")
                                   .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"))
                                   .arg(grid.devicePixelRatio());
        CHECK(grid.grab().save(QStringLiteral("%1/grid-%2").arg(out, suffix)));

        // Half way through dragging the chief executive to Wednesday afternoon.
        const QPoint from = grid.blockRect(blocks[3].id).center();
        pressAndMove(grid.viewport(), from,
                     from + grid.pointAt(1, 16 * 60 + 30) - grid.pointAt(0, 11 * 60 + 15));
        CHECK(grid.grab().save(QStringLiteral("%1/grid-drag-%2").arg(out, suffix)));
        QTest::keyClick(&grid, Qt::Key_Escape);
        QTest::mouseRelease(grid.viewport(), Qt::LeftButton, {}, from);

        grid.verticalScrollBar()->setValue(grid.verticalScrollBar()->maximum());
        CHECK(grid.grab().save(QStringLiteral("%1/grid-evening-%2").arg(out, suffix)));

        // A small window: both scroll bars, a long header elided, a selection scrolled into view.
        grid.setColumns({QStringLiteral("Tuesday 13 May"),
                         QStringLiteral("Wednesday 14 May: second day at the civic centre"),
                         QStringLiteral("Thursday 15 May"), QStringLiteral("Friday 16 May")});
        grid.resize(760, 520);
        grid.selectBlock(blocks[15].id);
        QTest::qWait(50); // the scroll bars show on a layout request
        CHECK(grid.grab().save(QStringLiteral("%1/grid-small-%2").arg(out, suffix)));

        grid.setColumns({});
        grid.setBlocks({});
        grid.setEmptyText(QStringLiteral("No onsite days yet. Set the onsite dates on the Overview page."));
        CHECK(grid.grab().save(QStringLiteral("%1/grid-empty-%2").arg(out, suffix)));
    }
    QApplication::setPalette(light);
}
