// SPDX-License-Identifier: GPL-3.0-or-later
// The merge through real engagement files: the same rules as the property tests, applied by the
// storage layer in one transaction, compared through the canonical JSON form.
#include "common/error.h"
#include "exchange/jsonform.h"
#include "exchange/notespacket.h"
#include "model/registry.h"
#include "storage/database.h"
#include "storage/noterepository.h"
#include "storage/scoperepository.h"
#include "storage/teamrepository.h"
#include "support/testsupport.h"
#include "sync/filemerge.h"

#include <random>

using namespace pc;
using namespace pc::test;

namespace {

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
    CHECK(canonicalForm(*mine) == canonicalForm(*theirs));
}

TEST_CASE("A copy of a different engagement is refused and nothing changes", "[merge][sync]")
{
    TempFolder folder;
    TestDevice device(1);
    auto first =
        makeEngagement(folder.path(QStringLiteral("a.peerchallenge")), device, QStringLiteral("First"));
    auto second =
        makeEngagement(folder.path(QStringLiteral("b.peerchallenge")), device, QStringLiteral("Second"));
    const QByteArray before = canonicalForm(*first);
    try {
        mergeFiles(*first, *second);
        FAIL("the merge should have been refused");
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::Mismatch);
        CHECK(error.message().contains(QStringLiteral("different engagement")));
    }
    CHECK(canonicalForm(*first) == before);
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

TEST_CASE("Random edits on three laptops' files converge whatever the merge order, packets included",
          "[merge][sync][property]")
{
    int packets = 0;
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
            const int action = int(random() % 7);
            if (action == 5) {
                const int from = int(random() % 3);
                if (from != who)
                    mergeFiles(file, *files[from]);
                continue;
            }
            if (action == 6) {
                // A notes packet from this laptop to another: its changes since its last packet.
                const int to = int(random() % 3);
                if (to == who || exchange::notesPacketSummary(file).isEmpty())
                    continue;
                const QString packet = folder.path(QStringLiteral("%1-%2.pcpacket").arg(who).arg(step));
                exchange::exportNotesPacket(file, packet);
                mergeFromPath(*files[to], packet);
                ++packets;
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
        REQUIRE(canonicalForm(*files[0]) == canonicalForm(*files[2]));
        REQUIRE(canonicalForm(*files[1]) == canonicalForm(*files[2]));
        Statement check(files[0]->database(), QStringLiteral("PRAGMA foreign_key_check"));
        CHECK_FALSE(check.step());
    }
    CHECK(packets >= 12); // the scenarios did send packets
}

TEST_CASE("Three copies, the same note edited on two and a note deleted on the third, merge in any order "
          "to the same content with one conflict",
          "[merge][sync]")
{
    TempFolder folder;
    TestDevice lead(1);
    auto original = makeEngagement(folder.path(QStringLiteral("original.peerchallenge")), lead);
    QUuid shared;
    QUuid doomed;
    edit(*original, [&](RecordStore& records) {
        NoteRepository notes(records);
        Note n;
        n.text = QStringLiteral("Partners value the council's convening role");
        n.capturedAt = lead.clock.now();
        shared = notes.addNote(n);
        n.text = QStringLiteral("A note taken by mistake");
        doomed = notes.addNote(n);
    });
    std::vector<std::unique_ptr<TestDevice>> devices;
    QStringList paths;
    for (int i = 0; i < 3; ++i) {
        devices.push_back(std::make_unique<TestDevice>(20 + i, 1'790'000'010'000 + i * 1000));
        paths.append(folder.path(QStringLiteral("laptop%1.peerchallenge").arg(i)));
        original->saveCopy(paths.last());
    }
    const auto change = [&](int laptop, const std::function<void(NoteRepository&)>& work) {
        auto file = EngagementFile::open(paths[laptop], devices[laptop]->installation);
        edit(*file, [&](RecordStore& records) {
            NoteRepository notes(records);
            work(notes);
        });
    };
    change(0, [&](NoteRepository& notes) {
        Note n = *notes.note(shared);
        n.text = QStringLiteral("Partners value the council's convening role on the town centre");
        notes.updateNote(n);
    });
    change(1, [&](NoteRepository& notes) {
        Note n = *notes.note(shared);
        n.text = QStringLiteral("Partners value the convening role, but want faster decisions");
        notes.updateNote(n);
    });
    change(2, [&](NoteRepository& notes) { notes.removeNote(doomed); });

    QList<QByteArray> results;
    QList<int> order{0, 1, 2};
    int run = 0;
    do {
        const QString target = folder.path(QStringLiteral("merged%1.peerchallenge").arg(run++));
        original->saveCopy(target);
        auto merged = EngagementFile::open(target, lead.installation);
        int conflicts = 0;
        for (int laptop : order)
            conflicts += int(mergeFromPath(*merged, paths[laptop]).conflicts.size());
        CHECK(conflicts == 1); // the note's text, shown whatever the order
        NoteRepository notes(merged->records());
        CHECK_FALSE(notes.note(doomed));
        CHECK(notes.note(shared)->text
              == QStringLiteral("Partners value the convening role, but want faster decisions"));
        results.append(canonicalForm(*merged));
    } while (std::next_permutation(order.begin(), order.end()));
    REQUIRE(results.size() == 6);
    for (const QByteArray& result : results)
        CHECK(result == results.first());
}
