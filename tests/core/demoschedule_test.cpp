// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoengagement.h"

#include "model/availability.h"
#include "rules/checks.h"
#include "storage/checkinput.h"
#include "storage/engagementrepository.h"
#include "storage/schedulerepository.h"
#include "storage/teamrepository.h"
#include "support/testsupport.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

using namespace pc;
using namespace pc::test;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<EngagementFile> demo(const TempFolder& folder, TestDevice& device, quint64 seed,
                                     DemoScale scale)
{
    return createDemoEngagement(folder.path(u"demo.peerchallenge"_s), device.installation, seed, scale);
}

bool availableFor(const QList<Availability>& availability, const Session& s, const QUuid& member)
{
    for (const Availability& a : availability) {
        if (a.member != member || a.day != s.day)
            continue;
        if (a.status == DayAvailability::Unavailable)
            return false;
        if (a.status == DayAvailability::Morning && s.end > 13 * 60)
            return false;
        if (a.status == DayAvailability::Afternoon && s.start < 13 * 60)
            return false;
    }
    return true;
}

} // namespace

TEST_CASE("The demo timetable is a four-day onsite programme", "[demo][schedule]")
{
    const DemoScale scale = GENERATE(DemoScale::Small, DemoScale::Large);
    const quint64 seed = GENERATE(1, 2, 3);
    INFO(demoScaleName(scale).toStdString() << " seed " << seed);
    TempFolder folder;
    TestDevice device;
    auto file = demo(folder, device, seed, scale);
    const Engagement e = EngagementRepository(file->records()).engagement();
    const QList<Session> sessions = ScheduleRepository(file->records()).sessions();
    const QDate first = e.date(Milestone::OnsiteStart);
    const QDate last = e.date(Milestone::OnsiteEnd);
    REQUIRE(first.daysTo(last) == 3);

    const auto count = [&](SessionKind kind) {
        return std::count_if(sessions.cbegin(), sessions.cend(),
                             [kind](const Session& s) { return s.kind == kind; });
    };
    const qsizetype meetings = std::count_if(sessions.cbegin(), sessions.cend(),
                                             [](const Session& s) { return isMeetingKind(s.kind); });
    // Published programmes hold about 40 to 65 meetings for a team of six to eight.
    if (scale == DemoScale::Small)
        CHECK((meetings >= 35 && meetings <= 70));
    else
        CHECK(meetings > 90);
    CHECK(count(SessionKind::FeedbackPresentation) == 1);
    CHECK(count(SessionKind::Meal) == 4);
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        INFO(day.toString(Qt::ISODate).toStdString());
        CHECK(std::any_of(sessions.cbegin(), sessions.cend(), [&](const Session& s) {
            return s.day == day && s.kind == SessionKind::TeamHuddle;
        }));
    }
    const auto feedback = std::find_if(sessions.cbegin(), sessions.cend(), [](const Session& s) {
        return s.kind == SessionKind::FeedbackPresentation;
    });
    CHECK(feedback->day == last);

    // Every session is within the onsite days, ends after it starts, and only has members who
    // are available then; meetings have a lead questioner and a note-taker.
    const QList<Availability> availability = TeamRepository(file->records()).availability();
    for (const Session& s : sessions) {
        INFO(s.title.toStdString());
        CHECK((s.day >= first && s.day <= last));
        CHECK(s.end > s.start);
        CHECK_FALSE(s.title.isEmpty());
        for (const SessionAttendance& a : s.team)
            CHECK(availableFor(availability, s, a.member));
        if (isMeetingKind(s.kind) && !s.isCancelled()) {
            CHECK_FALSE(s.themes.isEmpty());
            CHECK_FALSE(s.groups.isEmpty());
            CHECK(std::any_of(s.team.cbegin(), s.team.cend(),
                              [](const SessionAttendance& a) { return a.part == SessionPart::NoteTaker; }));
        }
    }
    // A real timetable changes: one session moved, one cancelled.
    CHECK(std::count_if(sessions.cbegin(), sessions.cend(), [](const Session& s) { return s.isCancelled(); })
          == 1);
    CHECK(std::count_if(sessions.cbegin(), sessions.cend(),
                        [](const Session& s) { return s.status == SessionStatus::Moved; })
          == 1);
    // Named council attendees come from the contacts, for the non-attribution check.
    CHECK(std::any_of(sessions.cbegin(), sessions.cend(),
                      [](const Session& s) { return !s.attendees.isEmpty(); }));
    CHECK_FALSE(ScheduleRepository(file->records()).locations().isEmpty());
}

TEST_CASE("The stress demo has a thousand sessions", "[demo][schedule]")
{
    TempFolder folder;
    TestDevice device;
    auto file = demo(folder, device, 1, DemoScale::Stress);
    const QList<Session> sessions = ScheduleRepository(file->records()).sessions();
    CHECK(sessions.size() == 1000);
    QSet<QDate> days;
    for (const Session& s : sessions)
        days.insert(s.day);
    CHECK(days.size() == 4);
}

TEST_CASE("The demo timetable passes every schedule check at every scale", "[demo][schedule]")
{
    // A clash or a missed question in the demo would teach users to ignore the checks.
    const DemoScale scale = GENERATE(DemoScale::Small, DemoScale::Large, DemoScale::Stress);
    INFO(demoScaleName(scale).toStdString());
    TempFolder folder;
    TestDevice device;
    auto file = demo(folder, device, 1, scale);
    const QDate today = QDateTime::fromMSecsSinceEpoch(device.clock.nowMs(), Qt::UTC).date();
    const CheckInput input = loadCheckInput(file->records(), today);
    for (const Problem& problem : CheckRegistry::standard().run(input)) {
        INFO(problem.checkId.toStdString() << ": " << problem.message.toStdString());
        CHECK(problem.stage != Stage::Schedule);
    }
    // The stress timetable keeps its shape: every day, and the feedback on the last.
    const QList<Session> sessions = ScheduleRepository(file->records()).sessions();
    CHECK(std::count_if(sessions.cbegin(), sessions.cend(),
                        [](const Session& s) { return s.kind == SessionKind::FeedbackPresentation; })
          == 1);
}

TEST_CASE("The demo timetable is the same for the same seed", "[demo][schedule]")
{
    TempFolder folder;
    TestDevice first;
    TestDevice second;
    auto a = createDemoEngagement(folder.path(u"a.peerchallenge"_s), first.installation, 2, DemoScale::Small);
    auto b =
        createDemoEngagement(folder.path(u"b.peerchallenge"_s), second.installation, 2, DemoScale::Small);
    const QList<Session> left = ScheduleRepository(a->records()).sessions();
    const QList<Session> right = ScheduleRepository(b->records()).sessions();
    REQUIRE(left.size() == right.size());
    for (qsizetype i = 0; i < left.size(); ++i) {
        CHECK(left[i].title == right[i].title);
        CHECK(left[i].start == right[i].start);
        CHECK(left[i].team.size() == right[i].team.size());
    }
}
