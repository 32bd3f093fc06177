// SPDX-License-Identifier: GPL-3.0-or-later
// The checks' input kept between edits (CheckInputCache) against reading it all again
// (loadCheckInput) after each kind of edit the app makes: it must never differ.
#include "support/testsupport.h"

#include "demo/demoengagement.h"
#include "model/registry.h"
#include "storage/checkinput.h"
#include "storage/checkinputcache.h"
#include "storage/engagementfile.h"
#include "storage/findingrepository.h"
#include "storage/noterepository.h"
#include "storage/schedulerepository.h"
#include "storage/scoperepository.h"

#include <algorithm>

using namespace pc;
using namespace pc::test;
using namespace Qt::StringLiterals;

namespace {

/// The notes as the checks see them, in one order: the input keeps them in none.
QList<Note> sortedNotes(QList<Note> notes)
{
    for (Note& note : notes)
        std::sort(note.themes.begin(), note.themes.end());
    std::sort(notes.begin(), notes.end(), [](const Note& a, const Note& b) { return a.id < b.id; });
    return notes;
}

void requireSame(CheckInputCache& cache, RecordStore& records)
{
    const QDate today(2026, 10, 15);
    const CheckInput& kept = cache.input(records, today);
    const CheckInput fresh = loadCheckInput(records, today);
    CHECK(kept.themes == fresh.themes);
    CHECK(kept.sessions == fresh.sessions);
    CHECK(kept.findings == fresh.findings);
    CHECK(kept.recommendations == fresh.recommendations);
    CHECK(sortedNotes(kept.notes) == sortedNotes(fresh.notes));
    CHECK(CheckRegistry::standard().run(kept) == CheckRegistry::standard().run(fresh));
}

} // namespace

TEST_CASE("The checks' input kept between edits is what reading the file again gives", "[evidence][checks]")
{
    TempFolder folder;
    TestDevice device(3);
    auto file =
        createDemoEngagement(folder.path(u"demo.peerchallenge"_s), device.installation, 3, DemoScale::Small);
    RecordStore& records = file->records();
    CheckInputCache cache;
    QObject::connect(
        file.get(), &EngagementFile::changed,
        [&cache](const QString& table, const QList<QUuid>& ids) { cache.recordsChanged(table, ids); });
    requireSame(cache, records);

    NoteRepository notes(records);
    FindingRepository findings(records);
    const QList<Theme> themes = ScopeRepository(records).themes();
    const QList<Session> sessions = ScheduleRepository(records).sessions();
    REQUIRE(themes.size() >= 3);
    REQUIRE(sessions.size() >= 2);

    Note added;
    added.text = u"The leader's priorities are shared by every cabinet member."_s;
    added.session = sessions[0].id;
    added.themes = {themes[0].id, themes[1].id};
    added.capturedAt = QDateTime(QDate(2026, 10, 14), QTime(10, 0), Qt::UTC);
    SECTION("a note added, then its themes alone changed, then removed and restored")
    {
        {
            EngagementFile::Edit edit(*file);
            added.id = notes.addNote(added);
            edit.commit();
        }
        requireSame(cache, records);
        {
            EngagementFile::Edit edit(*file);
            Note changed = *notes.note(added.id);
            changed.themes = {themes[2].id};
            REQUIRE(notes.updateNote(changed));
            edit.commit();
        }
        requireSame(cache, records);
        {
            EngagementFile::Edit edit(*file);
            Note moved = *notes.note(added.id);
            moved.session = sessions[1].id; // its themes stay: no link changes
            REQUIRE(notes.updateNote(moved));
            Note untagged = added;
            untagged.id = QUuid();
            untagged.themes.clear();
            notes.addNote(untagged);
            edit.commit();
        }
        requireSame(cache, records);
        QList<RecordRef> removed;
        {
            EngagementFile::Edit edit(*file);
            removed = notes.removeNote(added.id);
            edit.commit();
        }
        requireSame(cache, records);
        {
            EngagementFile::Edit edit(*file);
            records.restoreAll(removed);
            edit.commit();
        }
        requireSame(cache, records);
    }
    SECTION("a note that is evidence removed, then the session notes came from")
    {
        const QList<Finding> all = findings.findings();
        const auto evidenced =
            std::find_if(all.cbegin(), all.cend(), [](const Finding& f) { return !f.evidence.isEmpty(); });
        REQUIRE(evidenced != all.cend());
        const QUuid note = evidenced->evidence.first();
        {
            EngagementFile::Edit edit(*file);
            notes.removeNote(note);
            edit.commit();
        }
        requireSame(cache, records);
        const QUuid source = notes.note(evidenced->evidence.value(1)).value_or(Note{}).session;
        if (!source.isNull()) {
            EngagementFile::Edit edit(*file);
            ScheduleRepository(records).removeSession(source);
            edit.commit();
        }
        requireSame(cache, records);
    }
    SECTION("evidence linked to a finding, and a theme taken out of scope")
    {
        Finding finding = findings.findings().first();
        {
            EngagementFile::Edit edit(*file);
            added.id = notes.addNote(added);
            finding.evidence.append(added.id);
            REQUIRE(findings.updateFinding(finding));
            edit.commit();
        }
        requireSame(cache, records);
        {
            EngagementFile::Edit edit(*file);
            records.removeWithDependents(records.registry().table(u"theme"_s), themes[0].id);
            edit.commit();
        }
        requireSame(cache, records);
    }
    SECTION("an edit of every note at once (an import or a merge) and one rolled back")
    {
        {
            EngagementFile::Edit edit(*file);
            for (Note note : notes.notes()) {
                note.themes = {themes[1].id};
                notes.updateNote(note);
            }
            edit.commit();
        }
        requireSame(cache, records);
        {
            EngagementFile::Edit edit(*file);
            notes.addNote(added); // never committed: no change announced, nothing to reread
        }
        requireSame(cache, records);
    }
}
