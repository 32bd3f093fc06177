// SPDX-License-Identifier: GPL-3.0-or-later
// The schedule's list of sessions driven as a person would: the filters, bulk status and location,
// cancel and delete as single undo steps, editing through the dialog, and screenshots.
#include "storage/engagementfile.h"
#include "storage/engagementrepository.h"
#include "storage/schedulerepository.h"
#include "storage/teamrepository.h"
#include "support/demowindow.h"
#include "support/schedulesupport.h"
#include "support/screenshots.h"
#include "support/whenopen.h"
#include "ui/commands/sessioncommands.h"
#include "ui/dialogs/sessiondialog.h"
#include "ui/models/sessionmodel.h"
#include "ui/pages/schedulelistview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace pc;
using namespace pc::test;
using namespace Qt::StringLiterals;
using Column = ui::SessionModel::Column;

namespace {

/// A demo window's engagement with four sessions over two onsite days, and the list view on it,
/// its models under test.
struct Fixture : DemoWindow
{
    Fixture()
    {
        RecordStore& store = records();
        members = TeamRepository(store).members();
        REQUIRE(members.size() >= 3);
        days = ui::onsiteDays(EngagementRepository(store).engagement());
        REQUIRE(days.size() >= 2);
        const QUuid m0 = members[0].id;
        const QUuid m1 = members[1].id;
        const QUuid m2 = members[2].id;
        const QList<Session> sessions{
            makeSession(u"Interview with the leader"_s, days[0], 9 * 60, 10 * 60, u"Leader's office"_s,
                        {{m0, SessionPart::LeadQuestioner}, {m1, SessionPart::NoteTaker}},
                        {SessionKind::Interview}),
            makeSession(u"Staff focus group"_s, days[0], 10 * 60 + 30, 12 * 60, u"Room 4"_s,
                        {{m1, SessionPart::LeadQuestioner}, {m2, SessionPart::NoteTaker}},
                        {SessionKind::FocusGroup}),
            makeSession(u"Visit to the depot"_s, days[1], 9 * 60, 10 * 60, u"Depot"_s,
                        {{m2, SessionPart::Observer}}, {SessionKind::SiteVisit}),
            makeSession(u"Opposition leader"_s, days[1], 14 * 60, 15 * 60, u"Room 4"_s,
                        {{m0, SessionPart::LeadQuestioner}}, {SessionKind::Interview})};
        replaceSchedule(window->session()->file(), sessions);
        REQUIRE(schedule().size() == 4);

        view = std::make_unique<ui::ScheduleListView>(prompter);
        view->resize(1200, 600);
        view->setSession(window->session());
        view->show();
        REQUIRE(QTest::qWaitForWindowExposed(view.get()));
        table = inView<QTableView>(u"scheduleTable"_s);
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(table->model());
        REQUIRE(proxy);
        proxyTester = std::make_unique<QAbstractItemModelTester>(
            proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        sourceTester = std::make_unique<QAbstractItemModelTester>(
            proxy->sourceModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    [[nodiscard]] RecordStore& records() const { return window->session()->file().records(); }
    [[nodiscard]] QList<Session> schedule() const { return ScheduleRepository(records()).sessions(); }
    [[nodiscard]] Session byTitle(const QString& title) const { return sessionTitled(schedule(), title); }
    [[nodiscard]] QUndoStack* stack() const { return window->session()->undoStack(); }

    template <typename T>
    T* inView(const QString& name) const
    {
        T* widget = view->findChild<T*>(name);
        REQUIRE(widget);
        return widget;
    }

    /// The titles the table shows, top to bottom.
    [[nodiscard]] QStringList shownTitles() const
    {
        QStringList titles;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            titles.append(table->model()->index(row, int(Column::Title)).data().toString());
        return titles;
    }

    [[nodiscard]] int rowOf(const QString& title) const
    {
        const int row = int(shownTitles().indexOf(title));
        REQUIRE(row >= 0);
        return row;
    }

    /// Clicks a row's title cell, with Ctrl to add it to the selection.
    void clickRow(const QString& title, Qt::KeyboardModifiers modifiers = {}) const
    {
        const QRect cell = table->visualRect(table->model()->index(rowOf(title), int(Column::Title)));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, cell.center());
    }

    void click(const QString& button) const
    {
        auto* b = inView<QPushButton>(button);
        REQUIRE(b->isEnabled());
        QTest::mouseClick(b, Qt::LeftButton);
    }

    /// Moves a closed combo box to the item with `data` with the arrow keys.
    void choose(const QString& combo, const QVariant& data) const
    {
        auto* box = inView<QComboBox>(combo);
        const int target = box->findData(data);
        REQUIRE(target >= 0);
        box->setFocus();
        while (box->currentIndex() != target)
            QTest::keyClick(box, box->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    }

    /// Edit > Undo of the window (the view stands alone here, out of reach of its Ctrl+Z).
    void undo() const
    {
        auto* action = find<QAction>(u"actionUndo"_s);
        REQUIRE(action->isEnabled());
        action->trigger();
    }

    QList<Member> members;
    QList<QDate> days;
    std::unique_ptr<ui::ScheduleListView> view;
    QTableView* table = nullptr;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;
    std::unique_ptr<QAbstractItemModelTester> sourceTester;
};

} // namespace

TEST_CASE("Typing in the filter or choosing a kind, a day or a member narrows the list of sessions",
          "[ui][schedule]")
{
    Fixture f;
    CHECK(f.shownTitles()
          == QStringList{u"Interview with the leader"_s, u"Staff focus group"_s, u"Visit to the depot"_s,
                         u"Opposition leader"_s});
    CHECK(f.inView<QLabel>(u"scheduleCount"_s)->text() == u"4 sessions"_s);

    auto* filter = f.inView<QLineEdit>(u"scheduleFilterEdit"_s);
    CHECK(filter->placeholderText() == u"Filter sessions…"_s);
    QTest::keyClicks(filter, u"room 4"_s); // a location, in another case
    CHECK(f.shownTitles() == QStringList{u"Staff focus group"_s, u"Opposition leader"_s});
    CHECK(f.inView<QLabel>(u"scheduleCount"_s)->text() == u"2 of 4 sessions shown"_s);
    filter->clear();
    QTest::keyClicks(filter, f.members[0].name); // a team member's name
    CHECK(f.shownTitles() == QStringList{u"Interview with the leader"_s, u"Opposition leader"_s});
    filter->clear();

    f.choose(u"scheduleKindFilter"_s, sessionKindKey(SessionKind::FocusGroup));
    CHECK(f.shownTitles() == QStringList{u"Staff focus group"_s});
    f.choose(u"scheduleKindFilter"_s, QString());

    f.choose(u"scheduleMemberFilter"_s, f.members[2].id);
    CHECK(f.shownTitles() == QStringList{u"Staff focus group"_s, u"Visit to the depot"_s});
    f.choose(u"scheduleDayFilter"_s, f.days[1]);
    CHECK(f.shownTitles() == QStringList{u"Visit to the depot"_s});

    QTest::keyClicks(filter, u"leader"_s);
    CHECK(f.shownTitles().isEmpty());
    CHECK(f.inView<QLabel>(u"scheduleNoMatch"_s)->isVisible());
}

TEST_CASE("The list sorts days and times in time order, and the problems column counts what the checks found",
          "[ui][schedule]")
{
    Fixture f;
    f.table->sortByColumn(int(Column::Start), Qt::DescendingOrder);
    CHECK(f.shownTitles().first() == u"Opposition leader"_s); // 14:00 after 10:30, not before it as text
    f.table->sortByColumn(int(Column::Day), Qt::AscendingOrder);
    CHECK(f.shownTitles()
          == QStringList{u"Interview with the leader"_s, u"Staff focus group"_s, u"Visit to the depot"_s,
                         u"Opposition leader"_s});

    const QUuid depot = f.byTitle(u"Visit to the depot"_s).id;
    f.view->setProblems({{depot, {u"Nobody takes notes."_s, u"No lead questioner."_s}}});
    const QModelIndex cell = f.table->model()->index(f.rowOf(u"Visit to the depot"_s), int(Column::Problems));
    CHECK(cell.data().toString() == u"2"_s);
    CHECK(cell.data(Qt::ToolTipRole).toString() == u"Nobody takes notes.\nNo lead questioner."_s);
    QTest::mouseClick(f.inView<QCheckBox>(u"scheduleProblemsOnly"_s), Qt::LeftButton);
    CHECK(f.shownTitles() == QStringList{u"Visit to the depot"_s});
}

TEST_CASE("Setting the status of two selected sessions is one undo step, and undo restores both",
          "[ui][schedule][undo]")
{
    Fixture f;
    const int base = f.stack()->count();
    f.clickRow(u"Interview with the leader"_s);
    f.clickRow(u"Visit to the depot"_s, Qt::ControlModifier);
    CHECK(f.view->selectedIds().size() == 2);

    chooseInMenuWhenOpen(u"scheduleStatus_confirmed"_s);
    f.click(u"scheduleStatusButton"_s);
    CHECK(f.byTitle(u"Interview with the leader"_s).status == SessionStatus::Confirmed);
    CHECK(f.byTitle(u"Visit to the depot"_s).status == SessionStatus::Confirmed);
    CHECK(f.byTitle(u"Staff focus group"_s).status == SessionStatus::Planned);
    REQUIRE(f.stack()->count() == base + 1);
    CHECK(f.stack()->undoText() == u"Set 2 sessions to confirmed"_s);
    CHECK(f.view->selectedIds().size() == 2); // the selection survives the reload
    const QModelIndex status = f.table->model()->index(f.rowOf(u"Visit to the depot"_s), int(Column::Status));
    CHECK(status.data().toString() == u"Confirmed"_s);

    f.undo();
    CHECK(f.byTitle(u"Interview with the leader"_s).status == SessionStatus::Planned);
    CHECK(f.byTitle(u"Visit to the depot"_s).status == SessionStatus::Planned);
}

TEST_CASE("Set location moves the selected sessions in one step, and cancelling strikes them through",
          "[ui][schedule][undo]")
{
    Fixture f;
    const int base = f.stack()->count();
    f.clickRow(u"Staff focus group"_s);
    f.clickRow(u"Opposition leader"_s, Qt::ControlModifier);
    whenOpen<QInputDialog>([] { return qobject_cast<QInputDialog*>(QApplication::activeModalWidget()); },
                           [](QInputDialog* dialog) {
                               auto* combo = dialog->findChild<QComboBox*>();
                               REQUIRE(combo);
                               CHECK(combo->currentText() == u"Room 4"_s); // what both share
                               combo->lineEdit()->selectAll();
                               QTest::keyClicks(combo->lineEdit(), u"Council chamber"_s);
                               QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
                           });
    f.click(u"scheduleLocationButton"_s);
    CHECK(f.byTitle(u"Staff focus group"_s).location == u"Council chamber"_s);
    CHECK(f.byTitle(u"Opposition leader"_s).location == u"Council chamber"_s);
    REQUIRE(f.stack()->count() == base + 1);

    QSignalSpy messages(f.view.get(), &ui::ScheduleListView::statusMessage);
    f.click(u"scheduleCancelButton"_s);
    CHECK(f.byTitle(u"Staff focus group"_s).status == SessionStatus::Cancelled);
    CHECK(f.byTitle(u"Opposition leader"_s).status == SessionStatus::Cancelled);
    REQUIRE(f.stack()->count() == base + 2);
    CHECK(messages.count() == 1);
    const QModelIndex title = f.table->model()->index(f.rowOf(u"Staff focus group"_s), int(Column::Title));
    CHECK(title.data(Qt::FontRole).value<QFont>().strikeOut());
    const QModelIndex live = f.table->model()->index(f.rowOf(u"Visit to the depot"_s), int(Column::Title));
    CHECK_FALSE(live.data(Qt::FontRole).value<QFont>().strikeOut());

    f.undo();
    CHECK(f.byTitle(u"Staff focus group"_s).status == SessionStatus::Planned);
    CHECK(f.byTitle(u"Opposition leader"_s).location == u"Council chamber"_s);
}

TEST_CASE("Delete asks first, removes the selected sessions in one step, and undo brings them back",
          "[ui][schedule][undo]")
{
    Fixture f;
    const int base = f.stack()->count();
    f.clickRow(u"Staff focus group"_s);
    f.clickRow(u"Visit to the depot"_s, Qt::ControlModifier);

    f.prompter.answer = false;
    QTest::keyClick(f.table, Qt::Key_Delete);
    REQUIRE(f.prompter.questions.size() == 1);
    CHECK(f.prompter.questions.first().contains(u"2 sessions"_s));
    CHECK(f.schedule().size() == 4);
    CHECK(f.stack()->count() == base);

    f.prompter.answer = true;
    f.click(u"scheduleDeleteButton"_s);
    CHECK(f.prompter.questions.size() == 2);
    CHECK(f.schedule().size() == 2);
    CHECK(f.shownTitles() == QStringList{u"Interview with the leader"_s, u"Opposition leader"_s});
    REQUIRE(f.stack()->count() == base + 1);

    f.undo();
    CHECK(f.schedule().size() == 4);
    CHECK(f.shownTitles().contains(u"Visit to the depot"_s));
}

TEST_CASE("Double-clicking a session opens the editor, and OK saves the edit as one undo step",
          "[ui][schedule][undo]")
{
    Fixture f;
    const int base = f.stack()->count();
    whenOpen<ui::SessionDialog>(
        [] { return qobject_cast<ui::SessionDialog*>(QApplication::activeModalWidget()); },
        [](ui::SessionDialog* dialog) {
            auto* title = dialog->findChild<QLineEdit*>(u"sessionTitleEdit"_s);
            REQUIRE(title);
            CHECK(title->text() == u"Staff focus group"_s);
            title->selectAll();
            QTest::keyClicks(title, u"Focus group with front-line staff"_s);
            QTest::keyClick(title, Qt::Key_Return); // OK is the default button
        });
    const QRect cell = f.table->visualRect(f.table->model()->index(f.rowOf(u"Staff focus group"_s), 0));
    // A person's double click: the first click, then the second that Qt reports as a double one.
    QTest::mouseClick(f.table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(f.table->viewport(), Qt::LeftButton, {}, cell.center());
    CHECK(f.shownTitles().contains(u"Focus group with front-line staff"_s));
    REQUIRE(f.stack()->count() == base + 1);
    f.undo();
    CHECK(f.shownTitles().contains(u"Staff focus group"_s));

    // Enter opens it too; Cancel leaves the session as it was.
    whenOpen<ui::SessionDialog>(
        [] { return qobject_cast<ui::SessionDialog*>(QApplication::activeModalWidget()); },
        [](ui::SessionDialog* dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
    f.clickRow(u"Opposition leader"_s);
    QTest::keyClick(f.table, Qt::Key_Return);
    CHECK(f.stack()->count() == base + 1);
    CHECK(f.stack()->index() == base);
}

TEST_CASE("A read-only list offers no edits, and an empty schedule says how to add sessions",
          "[ui][schedule]")
{
    Fixture f;
    f.clickRow(u"Opposition leader"_s);
    CHECK(f.inView<QPushButton>(u"scheduleDeleteButton"_s)->isEnabled());
    f.view->setReadOnly(true);
    for (const QString& name : {u"scheduleDeleteButton"_s, u"scheduleStatusButton"_s, u"scheduleKindButton"_s,
                                u"scheduleLocationButton"_s, u"scheduleCancelButton"_s})
        CHECK_FALSE(f.inView<QPushButton>(name)->isEnabled());
    auto* edit = f.inView<QPushButton>(u"scheduleEditButton"_s);
    CHECK(edit->isEnabled());
    CHECK(edit->text() == u"&View…"_s);
    f.prompter.answer = true;
    QTest::keyClick(f.table, Qt::Key_Delete);
    CHECK(f.prompter.questions.isEmpty());
    CHECK(f.schedule().size() == 4);

    f.view->setReadOnly(false);
    QList<QUuid> ids;
    for (const Session& s : f.schedule())
        ids.append(s.id);
    REQUIRE(
        f.window->session()->push(std::make_unique<ui::RemoveSessions>(*f.window->session(), ids, u"x"_s)));
    auto* empty = f.inView<QLabel>(u"scheduleEmpty"_s);
    CHECK(empty->isVisible());
    CHECK(empty->text().startsWith(u"No sessions yet. Add one with New Session (Ctrl+N)"_s));
    CHECK_FALSE(f.table->isVisible());
}

TEST_CASE("Screenshots of the session editor and the schedule list", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("PC_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    QDir().mkpath(out);
    Fixture f;
    const QPalette light = QApplication::palette();
    const Session leader = f.byTitle(u"Interview with the leader"_s);
    Session cancelled = f.byTitle(u"Staff focus group"_s);
    const Session planned = cancelled;
    cancelled.status = SessionStatus::Cancelled;
    REQUIRE(f.window->session()->push(std::make_unique<ui::EditSessions>(
        *f.window->session(), QList<Session>{planned}, QList<Session>{cancelled}, u"Cancel"_s)));
    for (const bool dark : {false, true}) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(dark ? darkPalette() : light);
        const QString suffix =
            u"%1-x%2.png"_s.arg(dark ? u"dark"_s : u"light"_s).arg(f.view->devicePixelRatio());
        f.view->setProblems({{leader.id, {u"Nobody takes notes."_s}}});
        f.clickRow(u"Interview with the leader"_s);
        f.clickRow(u"Visit to the depot"_s, Qt::ControlModifier);
        QTest::qWait(50);
        CHECK(f.view->grab().save(u"%1/schedule-list-%2"_s.arg(out, suffix)));

        ui::SessionDialog dialog(leader, ui::loadSessionDialogContext(f.records()), f.view.get());
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        auto* tabs = dialog.findChild<QTabWidget*>(u"sessionTabs"_s);
        REQUIRE(tabs);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QTest::qWait(30);
            CHECK(dialog.grab().save(u"%1/session-dialog-%2-%3"_s.arg(out).arg(tab).arg(suffix)));
        }
        dialog.findChild<QLineEdit*>(u"sessionTitleEdit"_s)->clear();
        dialog.findChild<QCheckBox*>(u"sessionPastMidnightCheck"_s)->setChecked(false);
        dialog.findChild<QTimeEdit*>(u"sessionEndEdit"_s)->setTime(QTime(8, 30));
        QTest::qWait(30);
        CHECK(dialog.grab().save(u"%1/session-dialog-invalid-%2"_s.arg(out, suffix)));
    }
    QApplication::setPalette(light); // the cases after this one see the usual colours
}
