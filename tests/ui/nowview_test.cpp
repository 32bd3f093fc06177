// SPDX-License-Identifier: GPL-3.0-or-later
// The Now view at times set on the installation's clock: the session running now, the next one,
// today's list, cancelled sessions, another member's day, and a day without the visit.
#include "storage/engagementfile.h"
#include "storage/engagementrepository.h"
#include "storage/schedulerepository.h"
#include "storage/teamrepository.h"
#include "support/demowindow.h"
#include "support/schedulesupport.h"
#include "support/screenshots.h"
#include "ui/commands/sessioncommands.h"
#include "ui/dialogs/sessiondialog.h"
#include "ui/pages/nowview.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStyleFactory>
#include <QTest>

#include <memory>

using namespace pc;
using namespace pc::test;
using namespace Qt::StringLiterals;

namespace {

/// The view on a demo engagement where the first member has three sessions (one cancelled) on
/// the first onsite day and one on the second; the second member joins the first session.
struct Fixture : DemoWindow
{
    Fixture()
    {
        RecordStore& records = window->session()->file().records();
        members = TeamRepository(records).members();
        REQUIRE(members.size() >= 3);
        days = ui::onsiteDays(EngagementRepository(records).engagement());
        REQUIRE(days.size() >= 2);
        ann = members[0];
        bob = members[1];
        const QList<Session> sessions{
            makeSession(u"Interview with the leader"_s, days[0], 9 * 60, 10 * 60, u"Leader's office"_s,
                        {{ann.id, SessionPart::LeadQuestioner}, {bob.id, SessionPart::NoteTaker}}),
            makeSession(u"Staff focus group"_s, days[0], 10 * 60 + 30, 12 * 60, u"Room 4"_s,
                        {{ann.id, SessionPart::Observer}}),
            makeSession(u"Lunch with partners"_s, days[0], 12 * 60 + 30, 13 * 60 + 30, u"Canteen"_s,
                        {{ann.id, SessionPart::Observer}},
                        {SessionKind::Interview, SessionStatus::Cancelled}),
            makeSession(u"Opposition leader"_s, days[1], 9 * 60, 10 * 60, u"Room 4"_s,
                        {{ann.id, SessionPart::LeadQuestioner}})};
        replaceSchedule(window->session()->file(), sessions);

        view = std::make_unique<ui::NowView>();
        view->resize(900, 600);
        view->setSession(window->session());
        view->show();
        REQUIRE(QTest::qWaitForWindowExposed(view.get()));
    }

    /// Sets the installation's clock to a wall-clock time of the timetable and lets the view look.
    void at(const QDate& day, const QTime& time)
    {
        device.clock.set(QDateTime(day, time, timetableZone()).toMSecsSinceEpoch());
        view->refresh(); // what the 30-second timer does
    }

    template <typename T>
    T* inView(const QString& name) const
    {
        T* widget = view->findChild<T*>(name);
        REQUIRE(widget);
        return widget;
    }

    [[nodiscard]] QString text(const QString& label) const { return inView<QLabel>(label)->text(); }

    [[nodiscard]] QStringList today() const
    {
        QStringList items;
        auto* list = inView<QListWidget>(u"nowTodayList"_s);
        for (int i = 0; i < list->count(); ++i)
            items.append(list->item(i)->text());
        return items;
    }

    QList<Member> members;
    QList<QDate> days;
    Member ann;
    Member bob;
    std::unique_ptr<ui::NowView> view;
};

QString longDay(const QDate& day)
{
    return QLocale().toString(day, u"dddd d MMMM"_s);
}

} // namespace

TEST_CASE("The Now view shows the session running now, the next one, and today's list", "[ui][schedule][now]")
{
    Fixture f;
    f.view->setMember(f.ann.id);
    f.at(f.days[0], QTime(9, 35));

    CHECK(f.inView<QComboBox>(u"nowMemberCombo"_s)->currentText() == f.ann.name);
    REQUIRE(f.inView<QFrame>(u"nowCard"_s)->isVisible());
    CHECK(f.text(u"nowCardTitle"_s) == u"Interview with the leader"_s);
    const QString now = f.text(u"nowCardDetails"_s);
    CHECK(now.contains(u"09:00\u201310:00 \u00b7 25 minutes left"_s));
    CHECK(now.contains(u"Leader's office"_s));
    CHECK(now.contains(u"Part: Lead questioner"_s));
    CHECK(now.contains(u"With %1 (note-taker)"_s.arg(f.bob.name)));

    REQUIRE(f.inView<QFrame>(u"nextCard"_s)->isVisible());
    CHECK(f.text(u"nextCardTitle"_s) == u"Staff focus group"_s);
    CHECK(f.text(u"nextCardDetails"_s).contains(u"in 55 minutes"_s));

    const QStringList today = f.today();
    REQUIRE(today.size() == 3);
    CHECK(today[0].startsWith(u"Now: 09:00"_s));
    auto* list = f.inView<QListWidget>(u"nowTodayList"_s);
    CHECK(list->item(0)->data(ui::NowView::nowRole).toBool());
    CHECK_FALSE(list->item(1)->data(ui::NowView::nowRole).toBool());
    CHECK(list->item(2)->font().strikeOut()); // the cancelled lunch
    CHECK(today[2].endsWith(u"(cancelled)"_s));
}

TEST_CASE("A cancelled session is never now, and the next one may be on another day", "[ui][schedule][now]")
{
    Fixture f;
    f.view->setMember(f.ann.id);
    f.at(f.days[0], QTime(12, 45)); // during the cancelled lunch

    CHECK(f.text(u"nowCardTitle"_s) == u"Nothing on now"_s);
    CHECK(f.text(u"nowCardDetails"_s) == u"No more sessions today."_s);
    CHECK(f.text(u"nextCardTitle"_s) == u"Opposition leader"_s);
    CHECK(f.text(u"nextCardDetails"_s).startsWith(u"%1, 09:00\u201310:00"_s.arg(longDay(f.days[1]))));
    auto* list = f.inView<QListWidget>(u"nowTodayList"_s);
    for (int i = 0; i < list->count(); ++i)
        CHECK_FALSE(list->item(i)->data(ui::NowView::nowRole).toBool());

    f.at(f.days[0], QTime(10, 10)); // between two sessions
    CHECK(f.text(u"nowCardDetails"_s) == u"Free until 10:30."_s);
    CHECK(f.text(u"nextCardDetails"_s).contains(u"in 20 minutes"_s));
}

TEST_CASE("A day without sessions says so, and names the onsite days when it is not one of them",
          "[ui][schedule][now]")
{
    Fixture f;
    f.view->setMember(f.ann.id);
    f.at(f.days[0].addDays(-2), QTime(11, 0));
    auto* message = f.inView<QLabel>(u"nowMessage"_s);
    CHECK(message->isVisible());
    CHECK(message->text()
          == u"No sessions today for %1. The onsite days are %2 to %3."_s.arg(
              f.ann.name, longDay(f.days.first()), longDay(f.days.last())));
    CHECK_FALSE(f.inView<QFrame>(u"nowCard"_s)->isVisible());
    CHECK_FALSE(f.inView<QListWidget>(u"nowTodayList"_s)->isVisible());
    CHECK(f.text(u"nextCardTitle"_s) == u"Interview with the leader"_s); // the visit's first session

    // Another member chosen in the list, on an onsite day they have nothing in.
    f.at(f.days[1], QTime(9, 30));
    auto* combo = f.inView<QComboBox>(u"nowMemberCombo"_s);
    combo->setFocus();
    const int third = combo->findData(f.members[2].id);
    while (combo->currentIndex() != third)
        QTest::keyClick(combo, combo->currentIndex() < third ? Qt::Key_Down : Qt::Key_Up);
    CHECK(f.view->member() == f.members[2].id);
    CHECK(message->text() == u"No sessions today for %1."_s.arg(f.members[2].name));
}

TEST_CASE("The Now view follows edits to the timetable without waiting for its timer", "[ui][schedule][now]")
{
    Fixture f;
    f.view->setMember(f.ann.id);
    f.at(f.days[0], QTime(9, 35));
    REQUIRE(f.text(u"nowCardTitle"_s) == u"Interview with the leader"_s);

    ui::EngagementSession& session = *f.window->session();
    // Cut the interview short: it ended at 09:30, so nothing is on at 09:35.
    const Session interview = ScheduleRepository(session.file().records()).sessions().first();
    REQUIRE(interview.title == u"Interview with the leader"_s);
    Session shorter = interview;
    shorter.end = 9 * 60 + 30;
    REQUIRE(session.push(std::make_unique<ui::EditSessions>(session, QList<Session>{interview},
                                                            QList<Session>{shorter}, u"Shorten"_s)));
    CHECK(f.text(u"nowCardTitle"_s) == u"Nothing on now"_s);
    CHECK(f.text(u"nowCardDetails"_s) == u"Free until 10:30."_s);
}

TEST_CASE("Screenshots of the Now view", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("PC_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    QDir().mkpath(out);
    Fixture f;
    f.view->setMember(f.ann.id);
    const QPalette light = QApplication::palette();
    for (const bool dark : {false, true}) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(dark ? darkPalette() : light);
        const QString suffix =
            u"%1-x%2.png"_s.arg(dark ? u"dark"_s : u"light"_s).arg(f.view->devicePixelRatio());
        f.at(f.days[0], QTime(9, 35));
        QTest::qWait(50);
        CHECK(f.view->grab().save(u"%1/now-%2"_s.arg(out, suffix)));
        f.at(f.days[0].addDays(-2), QTime(11, 0));
        QTest::qWait(50);
        CHECK(f.view->grab().save(u"%1/now-empty-%2"_s.arg(out, suffix)));
    }
    QApplication::setPalette(light); // the cases after this one see the usual colours
}
