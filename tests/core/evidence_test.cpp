// SPDX-License-Identifier: GPL-3.0-or-later
// Evidence notes, findings and recommendations in the file, and the full-text search the storage
// layer keeps beside them: round trips, links that follow removals and undo, the index through
// edits, removals, undo and merges, and queries people type, hostile ones included.
#include "common/error.h"
#include "model/theme.h"
#include "storage/database.h"
#include "storage/engagementfile.h"
#include "storage/findingrepository.h"
#include "storage/noterepository.h"
#include "storage/schedulerepository.h"
#include "storage/scoperepository.h"
#include "storage/searchindex.h"
#include "support/testsupport.h"
#include "sync/filemerge.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace pc;
using namespace pc::test;
using namespace Qt::StringLiterals;

namespace {

/// A file with one theme and a session, and the notes the test adds.
struct Fixture
{
    Fixture()
        : file(makeEngagement(folder.path(u"e.peerchallenge"_s), device))
    {
        EngagementFile::Edit edit(*file);
        Theme t;
        t.title = u"Financial planning"_s;
        theme = ScopeRepository(records()).addTheme(t);
        Session s;
        s.title = u"Director of finance"_s;
        s.day = QDate(2026, 3, 10);
        session = ScheduleRepository(records()).addSession(s);
        edit.commit();
    }

    [[nodiscard]] RecordStore& records() const { return file->records(); }
    [[nodiscard]] NoteRepository notes() const { return NoteRepository(records()); }
    [[nodiscard]] FindingRepository findings() const { return FindingRepository(records()); }

    QUuid add(const QString& text)
    {
        EngagementFile::Edit edit(*file);
        Note n;
        n.text = text;
        n.session = session;
        n.capturedAt = QDateTime(QDate(2026, 3, 10), QTime(9, 30), Qt::UTC);
        n.themes = {theme};
        const QUuid id = notes().addNote(n);
        edit.commit();
        return id;
    }

    /// The texts of the notes a query finds, sorted.
    [[nodiscard]] QStringList found(const QString& query) const
    {
        QStringList texts;
        for (const SearchHit& hit : notes().search(query))
            texts.append(notes().note(hit.id)->text);
        texts.sort();
        return texts;
    }

    TempFolder folder;
    TestDevice device;
    std::unique_ptr<EngagementFile> file;
    QUuid theme;
    QUuid session;
};

} // namespace

TEST_CASE("A note keeps its fields and themes, and outlives the session it came from", "[evidence]")
{
    Fixture f;
    EngagementFile::Edit edit(*f.file);
    Note n;
    n.text = u"The leader said the budget gap is £4m next year."_s;
    n.session = f.session;
    n.capturedAt = QDateTime(QDate(2026, 3, 10), QTime(9, 30, 15, 250), Qt::UTC);
    n.kind = NoteKind::Quote;
    n.sentiment = Sentiment::Concern;
    n.themes = {f.theme};
    n.id = f.notes().addNote(n);
    edit.commit();
    CHECK(f.notes().note(n.id) == n);
    CHECK(f.notes().notes() == QList<Note>{n});

    EngagementFile::Edit remove(*f.file);
    const QList<RecordRef> removed = ScheduleRepository(f.records()).removeSession(f.session);
    remove.commit();
    const std::optional<Note> kept = f.notes().note(n.id);
    REQUIRE(kept);
    CHECK(kept->session.isNull()); // the session is gone, the evidence stays
    CHECK(kept->text == n.text);

    EngagementFile::Edit undo(*f.file);
    f.records().restoreAll(removed);
    undo.commit();
    CHECK(f.notes().note(n.id)->session == f.session);
}

TEST_CASE("Findings keep their evidence and recommendations the findings they answer, through removals",
          "[evidence]")
{
    Fixture f;
    const QUuid first = f.add(u"Reserves are falling"_s);
    const QUuid second = f.add(u"No savings plan for year three"_s);
    EngagementFile::Edit edit(*f.file);
    Finding finding;
    finding.theme = f.theme;
    finding.kind = FindingKind::Consideration;
    finding.title = u"The medium-term plan has a gap"_s;
    finding.text = u"The council has no agreed plan to close its budget gap."_s;
    finding.evidence = {first, second};
    finding.id = f.findings().addFinding(finding);
    Recommendation rec;
    rec.text = u"Agree a plan to close the gap"_s;
    rec.keyPosition = 1;
    rec.findings = {finding.id};
    rec.id = f.findings().addRecommendation(rec);
    edit.commit();

    const Finding stored = *f.findings().finding(finding.id);
    CHECK(stored.title == finding.title);
    CHECK(stored.kind == FindingKind::Consideration);
    CHECK(stored.position > 0); // after the others
    CHECK(QSet<QUuid>(stored.evidence.cbegin(), stored.evidence.cend()) == QSet<QUuid>{first, second});
    const Recommendation storedRec = *f.findings().recommendation(rec.id);
    CHECK(storedRec.isKey());
    CHECK(storedRec.findings == QList<QUuid>{finding.id});

    // Removing a note takes it out of the evidence; undo puts it back.
    EngagementFile::Edit remove(*f.file);
    const QList<RecordRef> removed = f.notes().removeNote(first);
    remove.commit();
    CHECK(f.findings().finding(finding.id)->evidence == QList<QUuid>{second});
    EngagementFile::Edit undo(*f.file);
    f.records().restoreAll(removed);
    undo.commit();
    CHECK(f.findings().finding(finding.id)->evidence.size() == 2);

    // Removing the finding unlinks the recommendation.
    EngagementFile::Edit drop(*f.file);
    f.findings().removeFinding(finding.id);
    drop.commit();
    CHECK(f.findings().recommendation(rec.id)->findings.isEmpty());
}

TEST_CASE("Search finds words by their start, ignores accents and case, and keeps phrases in order",
          "[evidence][search]")
{
    Fixture f;
    f.add(u"Housing waiting lists have doubled"_s);
    f.add(u"The résumé of the café's staff survey"_s);
    f.add(u"A budget gap of £4m; the gap budget is another matter"_s);
    f.add(u"The council's scrutiny committee is strong"_s);

    CHECK(f.found(u"hous"_s) == QStringList{u"Housing waiting lists have doubled"_s});
    CHECK(f.found(u"HOUSING lists"_s) == QStringList{u"Housing waiting lists have doubled"_s});
    CHECK(f.found(u"resume cafe"_s) == QStringList{u"The résumé of the café's staff survey"_s});
    CHECK(f.found(u"Résumé"_s) == QStringList{u"The résumé of the café's staff survey"_s});
    CHECK(f.found(u"\"budget gap\""_s).size() == 1);
    CHECK(f.found(u"\"gap of\""_s).size() == 1);
    CHECK(f.found(u"\"of gap\""_s).isEmpty());
    CHECK(f.found(u"council's"_s) == QStringList{u"The council's scrutiny committee is strong"_s});
    CHECK(f.found(u"housing scrutiny"_s).isEmpty()); // every word must match
    CHECK(f.found(u"£4m"_s).size() == 1);

    const QList<SearchHit> hits = f.notes().search(u"doubl"_s);
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().highlighted
          == u"Housing waiting lists have %1doubled%2"_s.arg(searchMatchStart).arg(searchMatchEnd));
}

TEST_CASE("A hostile or empty query gets a clean answer, never FTS5 syntax", "[evidence][search]")
{
    Fixture f;
    f.add(u"NEAR the depot the staff were positive"_s);
    f.add(u"AND then OR NOT"_s);
    for (const QString& query : {u"\""_s, u"NEAR("_s, u"*"_s, u"("_s, u")"_s, u"'"_s, u"a:b"_s, u"^"_s,
                                 u"-"_s, u"+"_s, u"\"\""_s, u"NOT"_s, u"AND OR"_s, u"col:*"_s, u"{x y}"_s,
                                 u"\"unclosed phrase"_s, u"NEAR(depot staff, 2)"_s, u" "_s, QString()}) {
        INFO(query.toStdString());
        CHECK_NOTHROW(f.notes().search(query));
    }
    CHECK(f.found(u"*"_s).isEmpty());
    CHECK(f.found(QString()).isEmpty());
    CHECK(f.found(u"NEAR("_s) == QStringList{u"NEAR the depot the staff were positive"_s});
    CHECK(f.found(u"NEAR(depot staff)"_s) == QStringList{u"NEAR the depot the staff were positive"_s});
    CHECK(f.found(u"NEAR(depot staff, 2)"_s).isEmpty()); // "2" is a word like any other
    CHECK(f.found(u"AND OR"_s) == QStringList{u"AND then OR NOT"_s});
    CHECK(f.found(u"\"unclosed phrase"_s).isEmpty());
    CHECK(searchindex::ftsQuery(u"say \"budget gap\" NEAR(x"_s)
          == u"\"say\"* \"budget gap\" \"NEAR\"* \"x\"*"_s);
}

TEST_CASE("The index follows edits, removals, undo and merges", "[evidence][search]")
{
    Fixture f;
    const QUuid id = f.add(u"Staff morale is low in waste services"_s);
    CHECK(f.found(u"morale"_s).size() == 1);

    EngagementFile::Edit edit(*f.file);
    Note changed = *f.notes().note(id);
    changed.text = u"Staff morale is high in waste services"_s;
    f.notes().updateNote(changed);
    edit.commit();
    CHECK(f.found(u"low"_s).isEmpty());
    CHECK(f.found(u"high"_s).size() == 1);

    EngagementFile::Edit remove(*f.file);
    const QList<RecordRef> removed = f.notes().removeNote(id);
    remove.commit();
    CHECK(f.found(u"morale"_s).isEmpty()); // a removed note leaves the index
    EngagementFile::Edit undo(*f.file);
    f.records().restoreAll(removed);
    undo.commit();
    CHECK(f.found(u"morale"_s).size() == 1);

    // A rolled-back edit leaves the index as it was.
    {
        EngagementFile::Edit abandoned(*f.file);
        Note more;
        more.text = u"Abandoned note about parking"_s;
        more.capturedAt = QDateTime::currentDateTimeUtc();
        f.notes().addNote(more);
    }
    CHECK(f.found(u"parking"_s).isEmpty());

    // A note written in another copy is found after the merge.
    const QString copy = f.folder.path(u"copy.peerchallenge"_s);
    f.file->saveCopy(copy);
    TestDevice other(7);
    {
        auto peer = EngagementFile::open(copy, other.installation, {false, {}, false});
        EngagementFile::Edit peerEdit(*peer);
        Note n;
        n.text = u"Partners praise the community hubs"_s;
        n.capturedAt = QDateTime(QDate(2026, 3, 11), QTime(14, 0), Qt::UTC);
        NoteRepository(peer->records()).addNote(n);
        peerEdit.commit();
    }
    auto source = EngagementFile::open(copy, other.installation, {true, {}, false});
    mergeFiles(*f.file, *source);
    CHECK(f.found(u"hubs"_s) == QStringList{u"Partners praise the community hubs"_s});
}

TEST_CASE("A file whose search index was tampered with is refused", "[evidence][search]")
{
    Fixture f;
    f.add(u"Something to index"_s);
    const QString path = f.file->path();
    f.file.reset();
    {
        auto db = Database::open(path, Database::Mode::ReadWrite);
        db->exec(u"DROP TABLE note_search"_s);
        db->exec(u"CREATE VIRTUAL TABLE note_search USING fts5(record_id UNINDEXED, text)"_s);
    }
    try {
        (void)EngagementFile::open(path, f.device.installation, {true, {}, false});
        FAIL("the file was opened");
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::UnexpectedSchema);
        CHECK(error.message().contains(u"search index \"note_search\""_s));
    }
}
