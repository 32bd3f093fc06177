// SPDX-License-Identifier: GPL-3.0-or-later
// What the app's merge needs beyond the merge itself: a preview that writes nothing, the clock
// skew rule, and the before and after images that make a merge one undoable step.
#include "common/error.h"
#include "exchange/jsonform.h"
#include "model/registry.h"
#include "storage/noterepository.h"
#include "storage/scoperepository.h"
#include "storage/teamrepository.h"
#include "support/testsupport.h"
#include "sync/clockskew.h"
#include "sync/filemerge.h"
#include "twolaptops.h"

using namespace pc;
using namespace pc::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 hourMs = 3600LL * 1000;
constexpr qint64 dayMs = 24 * hourMs;

quint64 hlcAt(qint64 ms)
{
    return quint64(ms) << 16;
}

/// Two laptops' copies of one engagement: the lead's with a new member and a retitled theme, the
/// peer's with a note, another member and the same theme retitled otherwise (a conflict).
struct Diverged : TwoLaptops
{
    Diverged()
    {
        leadDevice.clock.advance(1000);
        peerDevice.clock.advance(2000);
        {
            EngagementFile::Edit edit(*lead);
            Member m;
            m.name = u"Helen Achterberg"_s;
            TeamRepository(lead->records()).addMember(m);
            Theme t = *ScopeRepository(lead->records()).theme(theme);
            t.title = u"Financial planning"_s;
            ScopeRepository(lead->records()).updateTheme(t);
            edit.commit();
        }
        {
            EngagementFile::Edit edit(*peer);
            Member m;
            m.name = u"Daniel Ferreira"_s;
            TeamRepository(peer->records()).addMember(m);
            Theme t = *ScopeRepository(peer->records()).theme(theme);
            t.title = u"Financial management"_s;
            ScopeRepository(peer->records()).updateTheme(t);
            Note n;
            n.text = u"Reserves are used to balance the budget"_s;
            n.themes = {theme};
            n.capturedAt = peerDevice.clock.now();
            note = NoteRepository(peer->records()).addNote(n);
            edit.commit();
        }
    }

    QUuid note;
};

} // namespace

TEST_CASE("A copy more than an hour ahead is skew, with the numbers in words", "[merge][sync]")
{
    const qint64 now = 1'790'000'000'000;
    CHECK_FALSE(clockAheadBy(hlcAt(now), now));
    CHECK_FALSE(clockAheadBy(hlcAt(now - 30 * dayMs), now)); // behind is never skew
    CHECK_FALSE(clockAheadBy(hlcAt(now + hourMs), now));     // an hour is tolerated
    REQUIRE(clockAheadBy(hlcAt(now + hourMs + 1000), now));
    CHECK(*clockAheadBy(hlcAt(now + 6 * dayMs), now) == 6 * dayMs);
    CHECK(skewDuration(6 * dayMs + 5 * hourMs) == u"6 days and 5 hours"_s);
    CHECK(skewDuration(9 * dayMs + 5 * hourMs) == u"9 days"_s);
    CHECK(skewDuration(dayMs) == u"1 day"_s);
    CHECK(skewDuration(2 * hourMs + 60'000) == u"2 hours and 1 minute"_s);
    CHECK(skewWarning(hlcAt(now + 6 * dayMs), 6 * dayMs).contains(u"clock appears to be 6 days fast"_s));
}

TEST_CASE("A merge preview counts what the merge will do and writes nothing", "[merge][sync]")
{
    Diverged copies;
    const QByteArray before = canonicalForm(*copies.lead);
    MergeOptions preview;
    preview.preview = true;
    const MergeReport planned = mergeFiles(*copies.lead, *copies.peer, preview);
    CHECK(canonicalForm(*copies.lead) == before);
    CHECK(planned.tables.value(u"member"_s).added == 1);
    CHECK(planned.tables.value(u"note"_s).added == 1);
    CHECK(planned.conflicts.size() == 1);
    CHECK(planned.sourceClockAheadMs == 0);

    const MergeReport done = mergeFiles(*copies.lead, *copies.peer);
    CHECK(done.tables == planned.tables);
    CHECK(done.conflicts.size() == planned.conflicts.size());
    CHECK(canonicalForm(*copies.lead) != before);
}

TEST_CASE("A merge undone leaves the file as before it, search included, and redone as after it",
          "[merge][sync]")
{
    Diverged copies;
    EngagementFile& lead = *copies.lead;
    const QByteArray before = canonicalForm(lead);
    MergeOptions options;
    options.keepImages = true;
    MergeReport report;
    {
        EngagementFile::Edit edit(lead);
        report = mergeRecords(lead, *copies.peer, options);
        edit.commit();
    }
    const QByteArray after = canonicalForm(lead);
    REQUIRE(after != before);
    CHECK(report.records.size() >= 4); // a member, the theme, a note and its theme link
    CHECK(NoteRepository(lead.records()).search(u"reserv budg"_s).size() == 1);

    QList<QString> announced;
    QObject::connect(&lead, &EngagementFile::changed,
                     [&announced](const QString& table, const QList<QUuid>&) { announced.append(table); });
    {
        EngagementFile::Edit edit(lead);
        restoreBeforeMerge(lead, report);
        edit.commit();
    }
    CHECK(canonicalForm(lead) == before);
    CHECK(NoteRepository(lead.records()).search(u"reserv budg"_s).isEmpty());
    CHECK(announced.contains(u"note"_s));
    CHECK(announced.contains(u"member"_s));

    {
        EngagementFile::Edit edit(lead);
        reapplyMerge(lead, report);
        edit.commit();
    }
    CHECK(canonicalForm(lead) == after);
    CHECK(NoteRepository(lead.records()).search(u"reserv budg"_s).size() == 1);
    // The merge again, after all that, has nothing left to bring.
    CHECK(mergeFiles(lead, *copies.peer).changes() == 0);
}

TEST_CASE("A copy whose clock runs fast is refused unless accepted, and a preview says by how much",
          "[merge][sync]")
{
    Diverged copies;
    // The peer's laptop clock jumps six days ahead, and it edits once more.
    copies.peerDevice.clock.advance(6 * dayMs);
    {
        EngagementFile::Edit edit(*copies.peer);
        Member m;
        m.name = u"Cllr From The Future"_s;
        TeamRepository(copies.peer->records()).addMember(m);
        edit.commit();
    }
    const QByteArray before = canonicalForm(*copies.lead);
    MergeOptions preview;
    preview.preview = true;
    const MergeReport planned = mergeFiles(*copies.lead, *copies.peer, preview);
    CHECK(planned.sourceClockAheadMs > 6 * dayMs - hourMs);
    try {
        mergeFiles(*copies.lead, *copies.peer);
        FAIL("a copy six days fast should be refused");
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::Mismatch);
        CHECK(error.message().contains(u"6 days"_s));
    }
    CHECK(canonicalForm(*copies.lead) == before);
    MergeOptions accept;
    accept.acceptSkew = true;
    CHECK(mergeFiles(*copies.lead, *copies.peer, accept).tables.value(u"member"_s).added == 2);
}
