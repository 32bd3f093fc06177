// SPDX-License-Identifier: GPL-3.0-or-later
// peerchallenge-cli search: notes and findings found as the app finds them, in text and JSON, and
// queries people type by mistake or on purpose (quotes, FTS5 operators, stars) answered cleanly.
#include "clisandbox.h"

#include "storage/findingrepository.h"
#include "storage/noterepository.h"
#include "storage/schedulerepository.h"
#include "storage/scoperepository.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace pc;
using namespace pc::test;
using namespace Qt::StringLiterals;

namespace {

/// An engagement with two themes, a session, three notes and a finding.
QString searchFile(const CliSandbox& sandbox)
{
    const QString path = sandbox.path(u"search.peerchallenge"_s);
    TestDevice device;
    auto file = makeEngagement(path, device, u"Northmoor peer challenge"_s);
    RecordStore& records = file->records();
    EngagementFile::Edit edit(*file);
    Theme finance;
    finance.title = u"Financial planning"_s;
    const QUuid financeId = ScopeRepository(records).addTheme(finance);
    Theme housing;
    housing.title = u"Housing"_s;
    const QUuid housingId = ScopeRepository(records).addTheme(housing);
    Session interview;
    interview.day = QDate(2026, 6, 16);
    interview.title = u"Director of finance"_s;
    const QUuid sessionId = ScheduleRepository(records).addSession(interview);

    NoteRepository notes(records);
    Note gap;
    gap.text = u"The budget gap is closing, says the director."_s;
    gap.session = sessionId;
    gap.capturedAt = QDateTime(QDate(2026, 6, 16), QTime(9, 5), Qt::UTC); // 10:05 in London
    gap.themes = {financeId, housingId};
    notes.addNote(gap);
    Note reseau;
    reseau.text = u"Le réseau des partenaires: housing associations meet monthly."_s;
    reseau.capturedAt = QDateTime(QDate(2026, 6, 16), QTime(11, 0), Qt::UTC);
    reseau.themes = {housingId};
    reseau.kind = NoteKind::Quote;
    notes.addNote(reseau);
    Note emoji;
    emoji.text = u"\U0001F600 budget: staff happy"_s;
    emoji.capturedAt = QDateTime(QDate(2026, 6, 17), QTime(8, 0), Qt::UTC);
    notes.addNote(emoji);

    Finding finding;
    finding.theme = financeId;
    finding.title = u"Budget setting is robust"_s;
    finding.text = u"Members understand the medium-term plan."_s;
    FindingRepository(records).addFinding(finding);
    edit.commit();
    return path;
}

QJsonObject searchJson(const CliSandbox& sandbox, const QString& file, const QString& query)
{
    const CliResult result = sandbox.run({u"search"_s, file, query, u"--json"_s});
    REQUIRE(result.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.outBytes, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

/// The plain texts of the notes a query finds, sorted.
QStringList noteTexts(const CliSandbox& sandbox, const QString& file, const QString& query)
{
    QStringList texts;
    for (const QJsonValue& note : searchJson(sandbox, file, query).value(u"notes"_s).toArray())
        texts.append(note.toObject().value(u"text"_s).toString());
    texts.sort();
    return texts;
}

} // namespace

TEST_CASE("search prints each note with its time, session, themes and marked matches", "[cli][search]")
{
    const CliSandbox sandbox;
    const QString file = searchFile(sandbox);
    const CliResult result = sandbox.run({u"search"_s, file, u"budget"_s});
    CHECK(result.exitCode == 0);
    CHECK(result.err.isEmpty());
    CHECK(result.out.contains(u"Notes: 2\n"_s));
    CHECK(result.out.contains(
        u"2026-06-16 10:05 \u00b7 Director of finance \u00b7 Financial planning, Housing\n"
        u"    The [budget] gap is closing, says the director.\n"_s));
    CHECK(result.out.contains(u"2026-06-17 09:00\n    \U0001F600 [budget]: staff happy\n"_s));
    CHECK(result.out.contains(
        u"Findings: 1\nFinancial planning \u00b7 Strength \u00b7 Draft\n"
        u"    [Budget] setting is robust\n    Members understand the medium-term plan.\n"_s));
}

TEST_CASE("search --json gives plain texts with match offsets in code points", "[cli][search]")
{
    const CliSandbox sandbox;
    const QString file = searchFile(sandbox);
    const QJsonObject result = searchJson(sandbox, file, u"budget"_s);
    CHECK(result.value(u"query"_s).toString() == u"budget"_s);
    const QJsonArray notes = result.value(u"notes"_s).toArray();
    REQUIRE(notes.size() == 2);
    for (const QJsonValue& value : notes) {
        const QJsonObject note = value.toObject();
        const QString text = note.value(u"text"_s).toString();
        const QJsonArray matches = note.value(u"matches"_s).toArray();
        REQUIRE(matches.size() == 1);
        const int start = matches[0].toObject().value(u"start"_s).toInt();
        CHECK(matches[0].toObject().value(u"length"_s).toInt() == 6);
        if (text.startsWith(u"The"_s)) {
            CHECK(start == 4);
            CHECK(note.value(u"session"_s).toString() == u"Director of finance"_s);
            CHECK(note.value(u"capturedAt"_s).toString() == u"2026-06-16T09:05:00Z"_s);
            CHECK(note.value(u"themes"_s).toArray() == QJsonArray{u"Financial planning"_s, u"Housing"_s});
            CHECK(note.value(u"kind"_s).toString() == u"observation"_s);
        } else {
            CHECK(start == 2); // the emoji is one character, two UTF-16 units
            CHECK(note.value(u"session"_s).isNull());
            CHECK(note.value(u"themes"_s).toArray().isEmpty());
        }
    }
    const QJsonArray findings = result.value(u"findings"_s).toArray();
    REQUIRE(findings.size() == 1);
    const QJsonObject finding = findings[0].toObject();
    CHECK(finding.value(u"title"_s).toString() == u"Budget setting is robust"_s);
    CHECK(finding.value(u"titleMatches"_s).toArray()
          == QJsonArray{QJsonObject{{u"start"_s, 0}, {u"length"_s, 6}}});
    CHECK(finding.value(u"theme"_s).toString() == u"Financial planning"_s);
    CHECK(finding.value(u"kind"_s).toString() == u"strength"_s);
    CHECK(finding.value(u"text"_s).toString() == u"Members understand the medium-term plan."_s);
}

TEST_CASE("search matches word starts, phrases, and ignores accents, case and punctuation", "[cli][search]")
{
    const CliSandbox sandbox;
    const QString file = searchFile(sandbox);
    const QString gap = u"The budget gap is closing, says the director."_s;
    const QString reseau = u"Le réseau des partenaires: housing associations meet monthly."_s;
    CHECK(noteTexts(sandbox, file, u"bud clos"_s) == QStringList{gap});
    CHECK(noteTexts(sandbox, file, u"RESEAU"_s) == QStringList{reseau});
    CHECK(noteTexts(sandbox, file, u"\"budget gap\""_s) == QStringList{gap});
    CHECK(noteTexts(sandbox, file, u"\"gap budget\""_s).isEmpty());
    CHECK(noteTexts(sandbox, file, u"partenaires:housing"_s) == QStringList{reseau});
    // Several arguments are one query.
    const CliResult result = sandbox.run({u"search"_s, file, u"budget"_s, u"director"_s});
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(u"Notes: 1\n"_s));
}

TEST_CASE("search with no match says so and exits 0, as check does without problems", "[cli][search]")
{
    const CliSandbox sandbox;
    const QString file = searchFile(sandbox);
    const CliResult result = sandbox.run({u"search"_s, file, u"zebra"_s});
    CHECK(result.exitCode == 0);
    CHECK(result.out == u"No notes or findings match.\n"_s);
    const QJsonObject json = searchJson(sandbox, file, u"zebra"_s);
    CHECK(json.value(u"notes"_s).toArray().isEmpty());
    CHECK(json.value(u"findings"_s).toArray().isEmpty());
}

TEST_CASE("search answers hostile queries cleanly, never with an SQL error", "[cli][search]")
{
    const CliSandbox sandbox;
    const QString file = searchFile(sandbox);
    // Queries with words: searched as words, whatever FTS5 would make of them.
    for (const QString& query :
         {u"NEAR("_s, u"budget*"_s, u"budget OR zebra"_s, u"text:budget"_s, u"\"budget"_s,
          u"budget\" AND \""_s, u"^budget"_s, u"'; DROP TABLE note; --"_s}) {
        INFO(query.toStdString());
        const CliResult result = sandbox.run({u"search"_s, file, query});
        CHECK(result.exitCode == 0);
        CHECK(result.err.isEmpty());
        CHECK_FALSE(result.out.contains(u"SQL"_s, Qt::CaseInsensitive));
        CHECK_FALSE(result.out.contains(u"fts5"_s, Qt::CaseInsensitive));
    }
    CHECK(noteTexts(sandbox, file, u"budget OR zebra"_s).isEmpty()); // OR is a word, not an operator
    CHECK(noteTexts(sandbox, file, u"budget*"_s).size() == 2);
    // Queries without a word: a bad argument, said plainly.
    for (const QString& query : {u"\""_s, u"*"_s, u"()"_s, u"   "_s, QString()}) {
        INFO(query.toStdString());
        const CliResult result = sandbox.run({u"search"_s, file, query});
        CHECK(result.exitCode == 2);
        CHECK(result.out.isEmpty());
        CHECK(result.err.contains(u"has no word to look for"_s));
        CHECK_FALSE(result.err.contains(u"SQL"_s, Qt::CaseInsensitive));
    }
}

TEST_CASE("search refuses bad arguments with 2 and missing files with 3", "[cli][search]")
{
    const CliSandbox sandbox;
    const QString file = searchFile(sandbox);
    CHECK(sandbox.run({u"search"_s, file}).exitCode == 2);
    CHECK(sandbox.run({u"search"_s, file, u"budget"_s, u"--limit"_s, u"0"_s}).exitCode == 2);
    CHECK(sandbox.run({u"search"_s, file, u"budget"_s, u"--frobnicate"_s}).exitCode == 2);
    const CliResult missing =
        sandbox.run({u"search"_s, sandbox.path(u"absent.peerchallenge"_s), u"budget"_s});
    CHECK(missing.exitCode == 3);
    CHECK_FALSE(missing.err.isEmpty());
    const CliResult limited = sandbox.run({u"search"_s, file, u"budget"_s, u"--limit"_s, u"1"_s});
    CHECK(limited.exitCode == 0);
    CHECK(limited.out.contains(u"Notes: 1\n"_s));
    const CliResult help = sandbox.run({u"search"_s, u"--help"_s});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(u"double quotes"_s));
}
