// SPDX-License-Identifier: GPL-3.0-or-later
// The merge through real engagement files: the same rules as the property tests, applied by the
// storage layer in one transaction, compared through the canonical JSON form.
#include "common/error.h"
#include "exchange/jsonform.h"
#include "model/registry.h"
#include "storage/database.h"
#include "storage/scoperepository.h"
#include "storage/teamrepository.h"
#include "support/testsupport.h"
#include "sync/filemerge.h"

#include <random>

using namespace pc;
using namespace pc::test;

namespace {

QByteArray canonical(EngagementFile& file)
{
    exchange::JsonOptions options;
    options.stamps = true;
    options.localFields = false;
    return exchange::toBytes(exchange::exportEngagement(file, options));
}

template <typename F>
void edit(EngagementFile& file, F&& change)
{
    EngagementFile::Edit edit(file);
    change(file.records());
    edit.commit();
}

Theme namedTheme(const QString& title)
{
    Theme theme;
    theme.title = title;
    return theme;
}

Member namedMember(const QString& name)
{
    Member member;
    member.name = name;
    return member;
}

/// A copy of `original` as another laptop would hold it.
std::unique_ptr<EngagementFile> copyOf(EngagementFile& original, const QString& path, TestDevice& device)
{
    original.saveCopy(path);
    return EngagementFile::open(path, device.installation);
}

} // namespace

TEST_CASE("Edits on two laptops both arrive, and a field changed on both is listed as a conflict",
          "[merge][sync]")
{
    TempFolder folder;
    TestDevice lead(1);
    TestDevice peer(2);
    auto mine = makeEngagement(folder.path(QStringLiteral("lead.peerchallenge")), lead);
    QUuid theme;
    edit(*mine, [&](RecordStore& records) {
        theme = ScopeRepository(records).addTheme(namedTheme(QStringLiteral("Finance")));
    });
    auto theirs = copyOf(*mine, folder.path(QStringLiteral("peer.peerchallenge")), peer);

    lead.clock.advance(1000);
    peer.clock.advance(2000);
    edit(*mine, [&](RecordStore& records) {
        TeamRepository(records).addMember(namedMember(QStringLiteral("Helen Achterberg")));
        Theme t = *ScopeRepository(records).theme(theme);
        t.title = QStringLiteral("Financial planning");
        ScopeRepository(records).updateTheme(t);
    });
    edit(*theirs, [&](RecordStore& records) {
        TeamRepository(records).addMember(namedMember(QStringLiteral("Daniel Ferreira")));
        Theme t = *ScopeRepository(records).theme(theme);
        t.title = QStringLiteral("Financial management");
        ScopeRepository(records).updateTheme(t);
    });

    const MergeReport report = mergeFiles(*mine, *theirs);
    CHECK(report.tables.value(QStringLiteral("member")).added == 1);
    REQUIRE(report.conflicts.size() == 1);
    CHECK(report.conflicts[0].field == QStringLiteral("title"));
    CHECK(report.conflicts[0].winningValue == QStringLiteral("Financial management")); // the later edit
    CHECK(report.conflicts[0].losingValue == QStringLiteral("Financial planning"));
    CHECK(TeamRepository(mine->records()).members().size() == 2);
    CHECK(ScopeRepository(mine->records()).theme(theme)->title == QStringLiteral("Financial management"));

    // Merging the same copy again changes nothing.
    CHECK(mergeFiles(*mine, *theirs).changes() == 0);
    // And the other way round both copies end up the same.
    mergeFiles(*theirs, *mine);
    CHECK(canonical(*mine) == canonical(*theirs));
}

TEST_CASE("A copy of a different engagement is refused and nothing changes", "[merge][sync]")
{
    TempFolder folder;
    TestDevice device(1);
    auto first =
        makeEngagement(folder.path(QStringLiteral("a.peerchallenge")), device, QStringLiteral("First"));
    auto second =
        makeEngagement(folder.path(QStringLiteral("b.peerchallenge")), device, QStringLiteral("Second"));
    const QByteArray before = canonical(*first);
    try {
        mergeFiles(*first, *second);
        FAIL("the merge should have been refused");
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::Mismatch);
        CHECK(error.message().contains(QStringLiteral("different engagement")));
    }
    CHECK(canonical(*first) == before);
}

TEST_CASE("A copy from a newer version is refused with advice to update", "[merge][sync]")
{
    TempFolder folder;
    TestDevice device(1);
    auto target = makeEngagement(folder.path(QStringLiteral("a.peerchallenge")), device);
    const QString newer = folder.path(QStringLiteral("newer.peerchallenge"));
    target->saveCopy(newer);
    {
        auto db = Database::open(newer, Database::Mode::ReadWrite);
        db->exec(QStringLiteral("PRAGMA user_version = 99"));
    }
    try {
        mergeFromPath(*target, newer);
        FAIL("the merge should have been refused");
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::NewerVersion);
        CHECK(error.message().contains(QStringLiteral("Update PeerChallenge to merge this copy")));
    }
}

TEST_CASE("Random edits on three laptops' files converge whatever the merge order", "[merge][sync][property]")
{
    for (quint64 seed = 1; seed <= 12; ++seed) {
        INFO("seed " << seed);
        TempFolder folder;
        std::mt19937_64 random(seed);
        std::vector<std::unique_ptr<TestDevice>> devices;
        std::vector<std::unique_ptr<EngagementFile>> files;
        devices.push_back(std::make_unique<TestDevice>(seed * 10 + 1));
        files.push_back(makeEngagement(folder.path(QStringLiteral("0.peerchallenge")), *devices[0]));
        for (int i = 1; i < 3; ++i) {
            devices.push_back(
                std::make_unique<TestDevice>(seed * 10 + 1 + i, 1'790'000'000'000 + i * 60'000));
            files.push_back(
                copyOf(*files[0], folder.path(QStringLiteral("%1.peerchallenge").arg(i)), *devices[i]));
        }
        for (int step = 0; step < 40; ++step) {
            const int who = int(random() % 3);
            devices[who]->clock.advance(qint64(random() % 5000));
            EngagementFile& file = *files[who];
            const int action = int(random() % 6);
            if (action == 5) {
                const int from = int(random() % 3);
                if (from != who)
                    mergeFiles(file, *files[from]);
                continue;
            }
            edit(file, [&](RecordStore& records) {
                ScopeRepository scope(records);
                TeamRepository team(records);
                const QList<Theme> themes = scope.themes();
                const QList<Member> members = team.members();
                if (action == 0 || themes.isEmpty()) {
                    scope.addTheme(namedTheme(QStringLiteral("Theme %1").arg(step)));
                } else if (action == 1 || members.isEmpty()) {
                    team.addMember(namedMember(QStringLiteral("Peer %1").arg(step)));
                } else if (action == 2) {
                    Theme t = themes[qsizetype(random() % quint64(themes.size()))];
                    t.title = QStringLiteral("Renamed %1").arg(step);
                    scope.updateTheme(t);
                } else if (action == 3) {
                    scope.removeTheme(themes[qsizetype(random() % quint64(themes.size()))].id);
                } else {
                    team.setThemeLead(themes[qsizetype(random() % quint64(themes.size()))].id,
                                      members[qsizetype(random() % quint64(members.size()))].id,
                                      random() % 2 == 0);
                }
            });
        }
        // Everyone merges everyone, in two different orders.
        mergeFiles(*files[0], *files[1]);
        mergeFiles(*files[0], *files[2]);
        mergeFiles(*files[2], *files[1]);
        mergeFiles(*files[2], *files[0]);
        mergeFiles(*files[1], *files[2]);
        REQUIRE(canonical(*files[0]) == canonical(*files[2]));
        REQUIRE(canonical(*files[1]) == canonical(*files[2]));
        Statement check(files[0]->database(), QStringLiteral("PRAGMA foreign_key_check"));
        CHECK_FALSE(check.step());
    }
}
