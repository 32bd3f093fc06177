// SPDX-License-Identifier: GPL-3.0-or-later
// The evidence and findings checks of issue 6 on crafted inputs: feedback for every theme once
// the visit starts, recommendations that answer findings, thin evidence, notes no finding uses,
// and names in what the council reads; and the check input read from a file with notes.
#include "checkfixture.h"

#include "storage/checkinput.h"
#include "storage/engagementfile.h"
#include "storage/findingrepository.h"
#include "storage/noterepository.h"
#include "storage/schedulerepository.h"
#include "storage/scoperepository.h"
#include "storage/teamrepository.h"

#include "model/registry.h"

#include <QElapsedTimer>

#include <functional>
#include <iostream>

using namespace pc;
using namespace pc::test;

namespace {

const QString feedbackId = u"findings.theme-feedback"_s;
const QString answersId = u"findings.recommendation-finding"_s;
const QString thinId = u"findings.thin-evidence"_s;
const QString unlinkedId = u"findings.unlinked-notes"_s;
const QString namesId = u"findings.non-attribution"_s;

QUuid uuid(char kind, int n)
{
    return QUuid(quint32(n), ushort(kind), 0, 0, 0, 0, 0, 0, 0, 0, 0);
}

Note note(int n, const QList<QUuid>& themes, const QUuid& session = {}, const QUuid& document = {})
{
    Note x;
    x.id = uuid('c', n);
    x.themes = themes;
    x.session = session;
    x.document = document;
    return x;
}

Finding finding(int n, const Theme& theme, const QString& title, const QList<QUuid>& evidence = {})
{
    Finding f;
    f.id = uuid('d', n);
    f.theme = theme.id;
    f.title = title;
    f.evidence = evidence;
    return f;
}

/// ready() three days into the visit, with two sessions and a document to take notes from.
CheckInput visiting()
{
    CheckInput input = ready();
    input.today = QDate(2026, 3, 14);
    for (int i = 1; i <= 2; ++i) {
        Session s;
        s.id = uuid('b', i);
        s.day = QDate(2026, 3, 12);
        input.sessions.append(s);
    }
    Document d;
    d.id = uuid('e', 1);
    input.documents.append(d);
    return input;
}

} // namespace

TEST_CASE("The evidence checks say nothing before the visit when there are no notes", "[evidence][checks]")
{
    const CheckInput input = ready();
    for (const QString& id : {feedbackId, answersId, thinId, unlinkedId, namesId}) {
        INFO(id.toStdString());
        CHECK(problemsOf(input, id).isEmpty());
    }
}

TEST_CASE("A theme without findings is a warning once the visit starts or notes exist", "[evidence][checks]")
{
    CheckInput input = ready();
    input.today = QDate(2026, 3, 11); // the day before the visit
    CHECK(problemsOf(input, feedbackId).isEmpty());
    input.today = QDate(2026, 3, 12);
    CHECK(problemsOf(input, feedbackId).size() == 5);

    input = ready(); // before the visit, but a note taken early (from the pre-reading)
    input.notes = {note(1, {input.themes[0].id}), note(2, {input.themes[0].id})};
    input.findings = {finding(1, input.themes[1], u"Clear vision"_s)};
    const QList<Problem> problems = problemsOf(input, feedbackId);
    REQUIRE(problems.size() == 4);
    CHECK(problems[0].severity == Severity::Warning);
    CHECK(problems[0].stage == Stage::Findings);
    CHECK(problems[0].record == input.themes[0].id);
    CHECK(problems[0].message
          == u"\u201cTheme 1\u201d has no findings yet, and 2 notes to draw them from: write its "
             u"strengths and areas for consideration."_s);
    CHECK(problems[1].record == input.themes[2].id);
    CHECK(problems[1].message
          == u"\u201cTheme 3\u201d has no findings yet: write its strengths and areas for consideration as "
             u"the evidence comes in."_s);
}

TEST_CASE("A recommendation that answers no finding is a warning with its number", "[evidence][checks]")
{
    CheckInput input = visiting();
    const Finding f = finding(1, input.themes[0], u"Clear vision"_s);
    input.findings = {f};
    Recommendation answered;
    answered.id = uuid('f', 1);
    answered.text = u"Keep the vision in front of staff."_s;
    answered.findings = {f.id};
    Recommendation orphan;
    orphan.id = uuid('f', 2);
    orphan.text = u"Agree a medium-term financial plan with the cabinet and publish it before the "
                  u"budget."_s;
    input.recommendations = {answered, orphan};
    const QList<Problem> problems = problemsOf(input, answersId);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Severity::Warning);
    CHECK(problems[0].stage == Stage::Findings);
    CHECK(problems[0].record == orphan.id);
    CHECK(problems[0].message
          == u"Recommendation 2 (\u201cAgree a medium-term financial plan with the cabinet\u2026\u201d) "
             u"answers no finding: link the findings it responds to, so the report shows why it is made."_s);
}

TEST_CASE("A finding with evidence from fewer than two sources is thin", "[evidence][checks]")
{
    CheckInput input = visiting();
    const QUuid interview = input.sessions[0].id;
    const QUuid other = input.sessions[1].id;
    const QUuid pack = input.documents[0].id;
    const QUuid theme = input.themes[0].id;
    input.notes = {note(1, {theme}, interview), note(2, {theme}, interview), note(3, {theme}, interview),
                   note(4, {theme}, other), note(5, {theme}, {}, pack)};
    input.findings = {
        finding(1, input.themes[0], u"No evidence"_s),
        finding(2, input.themes[0], u"One note"_s, {note(1, {}).id}),
        finding(3, input.themes[0], u"One interview"_s, {note(1, {}).id, note(2, {}).id, note(3, {}).id}),
        finding(4, input.themes[0], u"Two sessions"_s, {note(1, {}).id, note(4, {}).id}),
        finding(5, input.themes[0], u"A session and a document"_s, {note(2, {}).id, note(5, {}).id}),
    };
    input.findings[0].title.clear(); // named by its text's first words instead
    input.findings[0].text = u"Staff feel listened to"_s;
    const QList<Problem> problems = problemsOf(input, thinId);
    REQUIRE(problems.size() == 3);
    for (const Problem& p : problems) {
        CHECK(p.severity == Severity::Warning);
        CHECK(p.stage == Stage::Findings);
    }
    // Sorted by message: "One interview", "One note", "Staff feel listened to".
    CHECK(problems[0].record == input.findings[2].id);
    CHECK(
        problems[0].message
        == u"The finding \u201cOne interview\u201d (Theme 1) rests on 3 notes from one source: link evidence "
           u"from another session or document that supports it."_s);
    CHECK(problems[1].record == input.findings[1].id);
    CHECK(problems[1].message.startsWith(
        u"The finding \u201cOne note\u201d (Theme 1) rests on a single note"_s));
    CHECK(problems[2].record == input.findings[0].id);
    CHECK(problems[2].message
          == u"The finding \u201cStaff feel listened to\u201d (Theme 1) has no evidence: link the notes that "
             u"support it."_s);
}

TEST_CASE("Notes no finding uses are counted per theme as advice", "[evidence][checks]")
{
    CheckInput input = visiting();
    const QUuid first = input.themes[0].id;
    const QUuid second = input.themes[1].id;
    input.notes = {
        note(1, {first}), note(2, {first, second}), note(3, {first}), note(4, {first}), note(5, {}),
        note(6, {}),      note(7, {second})};
    input.findings = {finding(1, input.themes[0], u"Clear vision"_s, {note(4, {}).id, note(7, {}).id})};
    const QList<Problem> problems = problemsOf(input, unlinkedId);
    REQUIRE(problems.size() == 3);
    for (const Problem& p : problems) {
        CHECK(p.severity == Severity::Advice);
        CHECK(p.stage == Stage::Findings);
    }
    // Sorted by message: "2 notes have no theme", "3 notes on", "A note on".
    CHECK(problems[0].record == input.engagement.id);
    CHECK(problems[0].message
          == u"2 notes have no theme and support no finding: give them a theme, so the huddle sees them."_s);
    CHECK(problems[1].record == first);
    CHECK(problems[1].message
          == u"3 notes on \u201cTheme 1\u201d support no finding yet: link them to the findings they support "
             u"at the huddle, or let them go if they add nothing."_s);
    CHECK(problems[2].record == second);
    CHECK(problems[2].message.startsWith(u"A note on \u201cTheme 2\u201d supports no finding yet"_s));

    for (Finding& f : input.findings)
        f.evidence = {uuid('c', 1), uuid('c', 2), uuid('c', 3), uuid('c', 4),
                      uuid('c', 5), uuid('c', 6), uuid('c', 7)};
    CHECK(problemsOf(input, unlinkedId).isEmpty());
}

TEST_CASE("A finding or recommendation that names a person is blocking, the match shown",
          "[evidence][checks]")
{
    CheckInput input = visiting();
    input.contacts[1].name = u"Jane Smith"_s; // the chief executive
    input.contacts.append(
        Contact{uuid('a', 9), u"Cllr Sam Green"_s, ContactRole::PortfolioHolder, {}, {}, {}, {}, 0});
    input.members[3].name = u"Priya O'Neill"_s;
    Finding named = finding(1, input.themes[0], u"Visible leadership"_s);
    named.text = u"Staff across the council told us that the chief executive Jane Smith said the plan was "
                 u"late, and o\u2019neill agreed."_s;
    Finding clean = finding(2, input.themes[1], u"Green spaces"_s);
    clean.text = u"The green spaces strategy and the Green Belt review are well regarded."_s;
    Recommendation recommendation;
    recommendation.id = uuid('f', 1);
    recommendation.text = u"Work with Green on the housing plan."_s;
    input.findings = {named, clean};
    input.recommendations = {recommendation};
    const QList<Problem> problems = problemsOf(input, namesId);
    REQUIRE(problems.size() == 2);
    for (const Problem& p : problems) {
        CHECK(p.severity == Severity::Blocking);
        CHECK(p.stage == Stage::Findings);
    }
    // Sorted by message: the recommendation's excerpt starts with a quote mark and "Work".
    const Problem& finding = problems[0].record == named.id ? problems[0] : problems[1];
    const Problem& rec = problems[0].record == named.id ? problems[1] : problems[0];
    CHECK(finding.message
          == u"\u201c\u2026that the chief executive Jane Smith said the plan was\u2026\u201d in the finding "
             u"\u201cVisible leadership\u201d (Theme 1) names Jane Smith and Priya O'Neill; reports never "
             u"attribute what was said or done to a person: leave the name out."_s);
    CHECK(rec.record == recommendation.id);
    CHECK(
        rec.message
        == u"\u201cWork with Green on the housing plan.\u201d in recommendation 1 (\u201cWork with Green on "
           u"the housing plan.\u201d) names Cllr Sam Green; reports never attribute what was said or done to "
           u"a person: leave the name out."_s);
}

TEST_CASE("The check input carries note outlines, findings and recommendations from the file",
          "[evidence][checks]")
{
    TempFolder folder;
    TestDevice device;
    auto file = makeEngagement(folder.path(u"e.peerchallenge"_s), device);
    RecordStore& records = file->records();
    EngagementFile::Edit edit(*file);
    Theme t;
    t.title = u"Governance"_s;
    const QUuid theme = ScopeRepository(records).addTheme(t);
    Session s;
    s.title = u"Leader"_s;
    s.day = QDate(2026, 3, 12);
    const QUuid session = ScheduleRepository(records).addSession(s);
    Note n;
    n.text = u"The leader sets a clear direction."_s;
    n.session = session;
    n.capturedAt = QDateTime(QDate(2026, 3, 12), QTime(10, 0), Qt::UTC);
    n.themes = {theme};
    const QUuid linked = NoteRepository(records).addNote(n);
    n.text = u"Not used yet."_s;
    const QUuid unused = NoteRepository(records).addNote(n);
    Finding f;
    f.theme = theme;
    f.title = u"Clear direction"_s;
    f.evidence = {linked};
    const QUuid findingId = FindingRepository(records).addFinding(f);
    Recommendation r;
    r.text = u"Keep it up."_s;
    FindingRepository(records).addRecommendation(r);
    ScheduleRepository(records).removeSession(session); // the notes outlive it, without it
    edit.commit();

    const CheckInput input = loadCheckInput(records, QDate(2026, 3, 14));
    REQUIRE(input.notes.size() == 2);
    for (const Note& outline : input.notes) {
        CHECK((outline.id == linked || outline.id == unused));
        CHECK(outline.themes == QList<QUuid>{theme});
        CHECK(outline.session.isNull());
        CHECK(outline.text.isEmpty()); // never read for the checks
    }
    REQUIRE(input.findings.size() == 1);
    CHECK(input.findings[0].id == findingId);
    CHECK(input.findings[0].evidence == QList<QUuid>{linked});
    REQUIRE(input.recommendations.size() == 1);
    CHECK(problemsOf(input, unlinkedId).size() == 1);
    CHECK(problemsOf(input, answersId).size() == 1);
}

TEST_CASE("Loading the check input and running every check on 50,000 notes", "[.evidence-benchmark]")
{
    // Hidden: builds a file of 50,000 notes (about a minute), then times what the app does after
    // every edit. Run with: bin/core_tests "[.evidence-benchmark]"
    TempFolder folder;
    TestDevice device;
    auto file = makeEngagement(folder.path(u"big.peerchallenge"_s), device);
    RecordStore& records = file->records();
    {
        EngagementFile::Edit edit(*file);
        QList<QUuid> themes;
        for (int i = 1; i <= 8; ++i) {
            Theme t;
            t.title = u"Theme %1"_s.arg(i);
            themes.append(ScopeRepository(records).addTheme(t));
        }
        QList<QUuid> sessions;
        for (int i = 0; i < 200; ++i) {
            Session s;
            s.day = QDate(2026, 3, 12).addDays(i % 4);
            s.start = 9 * 60 + (i % 8) * 60;
            s.end = s.start + 45;
            s.title = u"Session %1"_s.arg(i);
            sessions.append(ScheduleRepository(records).addSession(s));
        }
        for (int i = 0; i < 40; ++i) {
            Member m;
            m.name = u"Peer%1 Surname%1"_s.arg(i);
            TeamRepository(records).addMember(m);
        }
        NoteRepository notes(records);
        QList<QUuid> noteIds;
        for (int i = 0; i < 50000; ++i) {
            Note n;
            n.text = u"Staff in the depot told us the new rota %1 works well, though the budget for the "
                     u"green spaces team is stretched and the council's partners want more notice."_s.arg(i);
            n.session = sessions[i % sessions.size()];
            n.capturedAt = QDateTime(QDate(2026, 3, 12), QTime(9, 0), Qt::UTC).addSecs(i);
            n.themes = {themes[i % themes.size()]};
            noteIds.append(notes.addNote(n));
        }
        FindingRepository findings(records);
        for (int i = 0; i < 2000; ++i) {
            Finding f;
            f.theme = themes[i % themes.size()];
            f.title = u"Finding %1"_s.arg(i);
            f.text = u"The council's green spaces strategy is well regarded by partners, and staff told us "
                     u"that leadership is visible. Surname%1 said the budget gap is closing."_s.arg(i % 40);
            for (int k = 0; k < 8; ++k)
                f.evidence.append(noteIds[(i * 8 + k) % noteIds.size()]);
            findings.addFinding(f);
        }
        edit.commit();
    }
    const QDate today(2026, 3, 14);
    constexpr int runs = 5;
    const auto median = [](const std::function<void()>& work) {
        QList<qint64> times;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            work();
            times.append(timer.nsecsElapsed());
        }
        std::sort(times.begin(), times.end());
        return double(times[runs / 2]) / 1e6;
    };
    CheckInput input;
    const double load = median([&] { input = loadCheckInput(records, today); });
    int problems = 0;
    const double run = median([&] { problems = int(CheckRegistry::standard().run(input).size()); });
    std::cout << "50,000 notes, 2,000 findings: loadCheckInput " << load << " ms, every check " << run
              << " ms, " << problems << " problems\n";
    const Registry& registry = records.registry();
    const auto part = [&](const char* what, const std::function<void()>& work) {
        std::cout << "  " << what << " " << median(work) << " ms\n";
    };
    part("notes' sessions and documents",
         [&] { (void)records.referenceRows(registry.table(u"note"_s), u"session_id"_s, u"document_id"_s); });
    part("notes' themes",
         [&] { (void)records.referenceRows(registry.table(u"note_theme"_s), u"note_id"_s, u"theme_id"_s); });
    part("findings with their evidence", [&] { (void)FindingRepository(records).findings(); });
    part("(every note with its text, for comparison)", [&] { (void)NoteRepository(records).notes(); });
    for (const CheckDef& check : CheckRegistry::standard().checks()) {
        const double ms = median([&] { (void)check.run(input); });
        if (ms >= 1)
            std::cout << "  " << check.id.toStdString() << " " << ms << " ms\n";
    }
    CHECK(problems > 0);
}
