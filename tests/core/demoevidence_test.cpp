// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoengagement.h"

#include "rules/triangulation.h"
#include "storage/contactrepository.h"
#include "storage/documentrepository.h"
#include "storage/findingrepository.h"
#include "storage/noterepository.h"
#include "storage/schedulerepository.h"
#include "storage/scoperepository.h"
#include "storage/teamrepository.h"
#include "support/testsupport.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace pc;
using namespace pc::test;
using namespace Qt::StringLiterals;

namespace {

/// What a scale promises, inclusive.
struct Expected
{
    DemoScale scale = DemoScale::Small;
    int minNotes = 0;
    int maxNotes = 0;
    int minFindings = 0;
    int maxFindings = 0;
    int minRecommendations = 0;
    int maxRecommendations = 0;
};

constexpr Expected expectations[] = {
    {DemoScale::Small, 300, 600, 25, 40, 6, 12},
    {DemoScale::Large, 1800, 2200, 50, 80, 10, 18},
    {DemoScale::Stress, 50000, 50000, 2000, 2000, 20, 100},
};

template <typename T>
QHash<QUuid, const T*> byId(const QList<T>& list)
{
    QHash<QUuid, const T*> result;
    for (const T& item : list)
        result.insert(item.id, &item);
    return result;
}

/// What the non-attribution check looks for: full names and surnames in any case, first names
/// only where capitalised. Returns the first name found in `text`, or an empty string.
class Names
{
public:
    explicit Names(const QStringList& people)
    {
        QStringList anyCase;
        QStringList capitalised;
        for (const QString& person : people) {
            const QStringList parts = person.split(u' ', Qt::SkipEmptyParts);
            anyCase << QRegularExpression::escape(person) << QRegularExpression::escape(parts.last());
            capitalised << QRegularExpression::escape(parts.first());
        }
        m_anyCase.setPattern(u"\\b(%1)\\b"_s.arg(anyCase.join(u'|')));
        m_anyCase.setPatternOptions(QRegularExpression::CaseInsensitiveOption);
        m_capitalised.setPattern(u"\\b(%1)\\b"_s.arg(capitalised.join(u'|')));
    }

    [[nodiscard]] QString foundIn(const QString& text) const
    {
        for (const QRegularExpression* names : {&m_anyCase, &m_capitalised}) {
            const QRegularExpressionMatch match = names->match(text);
            if (match.hasMatch())
                return match.captured(1);
        }
        return {};
    }

private:
    QRegularExpression m_anyCase;
    QRegularExpression m_capitalised;
};

void checkNotes(EngagementFile& file, const QList<Note>& notes)
{
    RecordStore& records = file.records();
    const QList<Session> sessions = ScheduleRepository(records).sessions();
    const QList<Document> documents = DocumentRepository(records).documents();
    const auto sessionById = byId(sessions);
    const auto documentById = byId(documents);
    QHash<QUuid, QPair<QDateTime, QDateTime>> spans;
    const QTimeZone zone = timetableZone();
    for (const Session& s : sessions)
        spans.insert(s.id, {s.startsAt(zone), s.endsAt(zone)});
    const QSet<QUuid> members = [&] {
        QSet<QUuid> ids;
        for (const Member& m : TeamRepository(records).members())
            ids.insert(m.id);
        return ids;
    }();
    QSet<NoteKind> kinds;
    QSet<Sentiment> sentiments;
    int fromNeither = 0;
    for (const Note& n : notes) {
        INFO(n.text.toStdString());
        CHECK_FALSE(n.text.isEmpty());
        CHECK(members.contains(n.author));
        CHECK_FALSE(n.themes.isEmpty());
        kinds.insert(n.kind);
        sentiments.insert(n.sentiment);
        if (const Session* s = sessionById.value(n.session)) {
            // Taken during a meeting that went ahead, on its themes, by a member who was there.
            CHECK(isMeetingKind(s->kind));
            CHECK_FALSE(s->isCancelled());
            CHECK(s->attendedBy(n.author));
            CHECK(n.themes == s->themes);
            CHECK(n.capturedAt >= spans.value(s->id).first);
            CHECK(n.capturedAt <= spans.value(s->id).second);
        } else if (const Document* d = documentById.value(n.document)) {
            CHECK((d->readers.isEmpty() || d->readers.contains(n.author)));
        } else {
            CHECK(n.session.isNull());
            CHECK(n.document.isNull());
            ++fromNeither;
        }
    }
    CHECK(kinds.size() == int(std::size(allNoteKinds)));
    CHECK(sentiments.size() == int(std::size(allSentiments)));
    CHECK(fromNeither > 0);
    CHECK(fromNeither < notes.size() / 10);
}

void checkFindings(EngagementFile& file, const QList<Note>& notes, const QList<Finding>& findings,
                   const QList<Recommendation>& recommendations)
{
    RecordStore& records = file.records();
    const QList<Session> sessions = ScheduleRepository(records).sessions();
    const QHash<QUuid, Triangulation> triangulation = triangulateAll(findings, notes, sessions);
    QSet<QUuid> linked;
    QHash<QUuid, QSet<FindingKind>> kindsOf;
    for (const Finding& f : findings) {
        INFO(f.title.toStdString());
        CHECK_FALSE(f.title.isEmpty());
        CHECK(f.text.size() > 80);
        CHECK_FALSE(triangulation.value(f.id).isThin());
        CHECK(triangulation.value(f.id).notes >= 3);
        kindsOf[f.theme].insert(f.kind);
        for (const QUuid& note : f.evidence)
            linked.insert(note);
    }
    for (const Theme& theme : ScopeRepository(records).themes()) {
        INFO(theme.title.toStdString());
        CHECK(kindsOf.value(theme.id).size() == 2); // strengths and areas for consideration
    }
    // As on any visit, many notes never make it into a finding.
    CHECK(linked.size() < notes.size());
    CHECK(linked.size() > notes.size() / 20);

    const auto findingById = byId(findings);
    QList<double> keys;
    for (const Recommendation& r : recommendations) {
        INFO(r.text.toStdString());
        CHECK_FALSE(r.findings.isEmpty());
        for (const QUuid& f : r.findings)
            CHECK(findingById.contains(f));
        if (r.isKey())
            keys.append(r.keyPosition);
    }
    std::sort(keys.begin(), keys.end());
    CHECK(keys.size() >= 3);
    CHECK(keys.size() <= 5);
    for (qsizetype i = 0; i < keys.size(); ++i)
        CHECK(keys[i] == double(i + 1));

    // Nothing the report prints names a team member or a council contact.
    QStringList people;
    for (const Member& m : TeamRepository(records).members())
        people.append(m.name);
    for (const Contact& c : ContactRepository(records).contacts())
        people.append(c.name);
    const Names names(people);
    REQUIRE(names.foundIn(u"as %1 said"_s.arg(people.first().toUpper())) == people.first().toUpper());
    for (const Finding& f : findings)
        CHECK(names.foundIn(f.title + u' ' + f.text).isEmpty());
    for (const Recommendation& r : recommendations)
        CHECK(names.foundIn(r.text).isEmpty());
}

} // namespace

TEST_CASE("Each demo scale holds evidence, findings and recommendations the evidence supports",
          "[demo][evidence]")
{
    const Expected expected = GENERATE(from_range(std::begin(expectations), std::end(expectations)));
    INFO(demoScaleName(expected.scale).toStdString());
    TempFolder folder;
    TestDevice device(3);
    auto file =
        createDemoEngagement(folder.path(u"demo.peerchallenge"_s), device.installation, 3, expected.scale);
    const QList<Note> notes = NoteRepository(file->records()).notes();
    const FindingRepository repository(file->records());
    const QList<Finding> findings = repository.findings();
    const QList<Recommendation> recommendations = repository.recommendations();
    CHECK(notes.size() >= expected.minNotes);
    CHECK(notes.size() <= expected.maxNotes);
    CHECK(findings.size() >= expected.minFindings);
    CHECK(findings.size() <= expected.maxFindings);
    CHECK(recommendations.size() >= expected.minRecommendations);
    CHECK(recommendations.size() <= expected.maxRecommendations);
    checkNotes(*file, notes);
    checkFindings(*file, notes, findings, recommendations);
}

TEST_CASE("The demo's notes are found by search as the file was created", "[demo][evidence]")
{
    TempFolder folder;
    TestDevice device;
    auto file =
        createDemoEngagement(folder.path(u"demo.peerchallenge"_s), device.installation, 1, DemoScale::Large);
    const NoteRepository notes(file->records());
    const auto textOf = [&](const QUuid& id) { return notes.note(id).value_or(Note{}).text; };
    const QList<SearchHit> budget = notes.search(u"budget"_s);
    REQUIRE_FALSE(budget.isEmpty());
    for (const SearchHit& hit : budget)
        CHECK(textOf(hit.id).contains(u"budget"_s, Qt::CaseInsensitive));
    // Accents ignored: "cafe" finds the community café.
    const QList<SearchHit> cafe = notes.search(u"cafe"_s);
    REQUIRE_FALSE(cafe.isEmpty());
    CHECK(textOf(cafe.first().id).contains(u"café"_s));
    CHECK(notes.search(u"\"temporary accommodation\""_s).size() > 1);
}

TEST_CASE("The same demo seed gives the same evidence", "[demo][evidence]")
{
    TempFolder folder;
    TestDevice first(7);
    TestDevice second(7);
    auto a = createDemoEngagement(folder.path(u"a.peerchallenge"_s), first.installation, 7, DemoScale::Small);
    auto b =
        createDemoEngagement(folder.path(u"b.peerchallenge"_s), second.installation, 7, DemoScale::Small);
    CHECK(NoteRepository(a->records()).notes() == NoteRepository(b->records()).notes());
    CHECK(FindingRepository(a->records()).findings() == FindingRepository(b->records()).findings());
    CHECK(FindingRepository(a->records()).recommendations()
          == FindingRepository(b->records()).recommendations());
    TestDevice third(8);
    auto c = createDemoEngagement(folder.path(u"c.peerchallenge"_s), third.installation, 8, DemoScale::Small);
    const auto texts = [](EngagementFile& file) {
        QStringList result;
        for (const Note& n : NoteRepository(file.records()).notes())
            result.append(n.text);
        return result;
    };
    CHECK(texts(*a) != texts(*c));
}
