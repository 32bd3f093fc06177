// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoevidence.h"

#include "common/uuidsource.h"
#include "demoevidencetext.h"
#include "demorandom.h"
#include "model/finding.h"
#include "model/note.h"
#include "storage/findingrepository.h"
#include "storage/installation.h"
#include "storage/noterepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace pc {

namespace {

template <typename T>
const T& pickFrom(DemoRandom& random, const QList<T>& list)
{
    return list[random.below(int(list.size()))];
}

template <typename T>
void shuffle(DemoRandom& random, QList<T>& list)
{
    for (qsizetype i = list.size() - 1; i > 0; --i) // Fisher-Yates
        list.swapItemsAt(i, random.below(int(i + 1)));
}

/// What a note says, before it has a place, an author or a time.
struct Words
{
    NoteKind kind = NoteKind::Observation;
    Sentiment sentiment = Sentiment::Neutral;
    QString text;
};

/// Where a note came from, as triangulation counts sources: its session, else its document, else
/// none (the notes with neither count together).
QUuid sourceOf(const Note& note)
{
    return note.session.isNull() ? note.document : note.session;
}

QDateTime londonTime(const QDate& day, int minutes)
{
    return QDateTime(day, QTime(0, 0).addSecs(minutes * 60), timetableZone()).toUTC();
}

/// A focus group or a workshop gives the team more to write down than an interview.
int sessionWeight(DemoRandom& random, const Session& s)
{
    const int base = (s.kind == SessionKind::FocusGroup || s.kind == SessionKind::Workshop) ? 3 : 2;
    return base + random.below(3);
}

class EvidenceBuilder
{
public:
    EvidenceBuilder(DemoRandom& random, const DemoEvidenceInput& input)
        : m_random(random)
        , m_input(input)
    {
        for (const Theme& theme : input.themes) {
            m_text.insert(theme.id, demoThemeText(theme));
            for (const KeyQuestion& q : theme.questions)
                m_questions.insert(q.id, q.text);
        }
        for (const Contact& c : input.contacts)
            m_contacts.insert(c.id, c.name);
        for (const Session& s : input.sessions) {
            if (isMeetingKind(s.kind) && !s.isCancelled() && !s.team.isEmpty())
                m_held.append(&s);
        }
    }

    QList<Note> notes();
    QList<Finding> findings(const QList<Note>& notes);
    QList<Recommendation> recommendations(const QList<Finding>& findings);

private:
    void addSessionNotes(int count, QList<Note>& result);
    Note documentNote(const Document& d);
    Note asideNote();
    Words spoken(const DemoThemeText& t, const Session& s);
    Words observed(const DemoThemeText& t, const QString& prefix);
    QString followUp(const DemoThemeText& t, const Session* s);
    QList<QUuid> evidenceFor(const QList<int>& preferred, int& cursor, const QList<Note>& notes);

    const DemoThemeText& textOf(const QList<QUuid>& themes)
    {
        return m_text[themes.isEmpty() ? pickFrom(m_random, m_input.themes).id : pickFrom(m_random, themes)];
    }

    QUuid anyTheme() { return pickFrom(m_random, m_input.themes).id; }

    DemoRandom& m_random;
    const DemoEvidenceInput& m_input;
    QHash<QUuid, DemoThemeText> m_text;
    QHash<QUuid, QString> m_questions;
    QHash<QUuid, QString> m_contacts;
    QList<const Session*> m_held;
    QHash<ParticipantGroup, QStringList> m_speakers;
    const QStringList m_asides = demoAsides();
};

QList<Note> EvidenceBuilder::notes()
{
    const DemoEvidenceShape& shape = m_input.shape;
    const int total = m_random.between(shape.minNotes, shape.maxNotes);
    const int fromDocuments =
        m_input.documents.isEmpty() ? 0 : std::max(int(m_input.documents.size()), total * 6 / 100);
    const int asides = m_held.isEmpty() ? total - fromDocuments : std::max(3, total / 50);
    QList<Note> result;
    result.reserve(total);
    addSessionNotes(total - fromDocuments - asides, result);
    for (int i = 0; i < fromDocuments; ++i) // every paper gets its share
        result.append(documentNote(m_input.documents[i % m_input.documents.size()]));
    for (int i = 0; i < asides; ++i)
        result.append(asideNote());
    return result;
}

/// Spread over the meetings held, more in focus groups than interviews, evenly through each one.
void EvidenceBuilder::addSessionNotes(int count, QList<Note>& result)
{
    if (count <= 0 || m_held.isEmpty())
        return;
    QList<int> weights;
    int sum = 0;
    for (const Session* s : std::as_const(m_held)) {
        weights.append(sessionWeight(m_random, *s));
        sum += weights.last();
    }
    QList<int> counts;
    int given = 0;
    for (const int w : std::as_const(weights)) {
        counts.append(int(qint64(count) * w / sum));
        given += counts.last();
    }
    for (qsizetype i = 0; given < count; i = (i + 1) % counts.size(), ++given)
        ++counts[i];
    for (qsizetype i = 0; i < m_held.size(); ++i) {
        const Session& s = *m_held[i];
        const QDateTime start = s.startsAt(timetableZone()).toUTC();
        const qint64 step = qint64(s.minutes()) * 60 / (counts[i] + 1);
        // The note-taker writes most; whoever else was there adds a few.
        const auto taker = std::find_if(s.team.cbegin(), s.team.cend(), [](const SessionAttendance& a) {
            return a.part == SessionPart::NoteTaker;
        });
        for (int k = 0; k < counts[i]; ++k) {
            Note n;
            n.session = s.id;
            n.author = (taker != s.team.cend() && m_random.below(10) < 6) ? taker->member
                                                                          : pickFrom(m_random, s.team).member;
            n.capturedAt = start.addSecs(step * (k + 1) + m_random.below(int(std::max<qint64>(1, step / 2))));
            n.themes = s.themes;
            const Words words = spoken(textOf(s.themes), s);
            n.kind = words.kind;
            n.sentiment = words.sentiment;
            n.text = words.text;
            result.append(n);
        }
    }
}

Words EvidenceBuilder::observed(const DemoThemeText& t, const QString& prefix)
{
    const int mood = m_random.below(5);
    const Sentiment sentiment =
        mood < 2 ? Sentiment::Strength : (mood < 4 ? Sentiment::Concern : Sentiment::Neutral);
    const QStringList& pool = sentiment == Sentiment::Strength
                                  ? t.strengths
                                  : (sentiment == Sentiment::Concern ? t.concerns : t.neutral);
    QString clause = pickFrom(m_random, pool);
    if (m_random.below(3) == 0) { // a second point in the same breath
        const QString more = pickFrom(m_random, pool);
        if (more != clause)
            clause += QStringLiteral("; ") + more;
    }
    return {NoteKind::Observation, sentiment, prefix + clause + QLatin1Char('.')};
}

Words EvidenceBuilder::spoken(const DemoThemeText& t, const Session& s)
{
    const ParticipantGroup group =
        s.groups.isEmpty() ? ParticipantGroup::Other : pickFrom(m_random, s.groups).group;
    auto speakers = m_speakers.find(group);
    if (speakers == m_speakers.end())
        speakers = m_speakers.insert(group, demoSpeakers(group));
    const QString speaker = pickFrom(m_random, *speakers);
    const int roll = m_random.below(100);
    if (roll < 45)
        return observed(t, speaker + QStringLiteral(": "));
    const bool strength = m_random.below(2) == 0;
    const Sentiment sentiment = strength ? Sentiment::Strength : Sentiment::Concern;
    if (roll < 65)
        return {
            NoteKind::Quote, sentiment,
            QStringLiteral("\"%1\" (%2)")
                .arg(pickFrom(m_random, strength ? t.strengthQuotes : t.concernQuotes), inSentence(speaker))};
    if (roll < 75)
        return {NoteKind::DataPoint, Sentiment::Neutral, pickFrom(m_random, t.dataPoints)};
    if (roll < 85)
        return {NoteKind::Story, sentiment,
                pickFrom(m_random, strength ? t.strengthStories : t.concernStories)};
    return {NoteKind::FollowUp, Sentiment::Neutral, followUp(t, &s)};
}

/// A question the meeting raised: a key question still to test, or a paper to ask for, sometimes
/// of a named person in the room (notes may name people; exports are checked).
QString EvidenceBuilder::followUp(const DemoThemeText& t, const Session* s)
{
    const QString request = pickFrom(m_random, t.requests);
    if (s && !s->questions.isEmpty() && m_random.below(2) == 0)
        return QStringLiteral("Still to test: %1")
            .arg(inSentence(m_questions.value(pickFrom(m_random, s->questions))));
    if (s && !s->attendees.isEmpty() && m_random.below(3) == 0) {
        const QString name = m_contacts.value(pickFrom(m_random, s->attendees));
        if (!name.isEmpty())
            return QStringLiteral("Ask %1 for %2.").arg(name, request);
    }
    return QStringLiteral("Follow up: ask for %1.").arg(request);
}

/// Read in the evenings of the week before the visit by one of the paper's readers.
Note EvidenceBuilder::documentNote(const Document& d)
{
    Note n;
    n.document = d.id;
    n.author = d.readers.isEmpty() ? pickFrom(m_random, m_input.team).id : pickFrom(m_random, d.readers);
    n.themes = d.themes.isEmpty() ? QList<QUuid>{anyTheme()} : d.themes;
    n.capturedAt = londonTime(m_input.first.addDays(-m_random.between(1, 6)), 19 * 60 + m_random.below(180));
    const DemoThemeText& t = textOf(n.themes);
    const int roll = m_random.below(10);
    Words words;
    if (roll < 6)
        words = observed(t, QStringLiteral("%1, p. %2: ").arg(d.title).arg(m_random.between(2, 60)));
    else if (roll < 9)
        words = {NoteKind::DataPoint, Sentiment::Neutral,
                 QStringLiteral("%1: %2").arg(d.title, pickFrom(m_random, t.dataPoints))};
    else
        words = {NoteKind::FollowUp, Sentiment::Neutral, followUp(t, nullptr)};
    n.kind = words.kind;
    n.sentiment = words.sentiment;
    n.text = words.text;
    return n;
}

/// Between meetings: over lunch on a day of the visit, by someone who was on site that day.
Note EvidenceBuilder::asideNote()
{
    Note n;
    if (m_held.isEmpty()) { // a timetable without meetings yet
        n.author = pickFrom(m_random, m_input.team).id;
        n.capturedAt = londonTime(m_input.first, 12 * 60 + 50 + m_random.below(40));
    } else {
        const Session& s = *pickFrom(m_random, m_held);
        n.author = pickFrom(m_random, s.team).member;
        n.capturedAt = londonTime(s.day, 12 * 60 + 50 + m_random.below(40));
    }
    n.themes = {anyTheme()};
    const Words words = observed(m_text[n.themes.first()], pickFrom(m_random, m_asides));
    n.kind = words.kind;
    n.sentiment = words.sentiment;
    n.text = words.text;
    return n;
}

/// The next notes of `preferred` (a theme's notes of the finding's sentiment, shuffled), then
/// notes from other sources until at least two sources back the finding.
QList<QUuid> EvidenceBuilder::evidenceFor(const QList<int>& preferred, int& cursor, const QList<Note>& notes)
{
    const int wanted = m_random.between(3, 6);
    QList<QUuid> ids;
    QSet<QUuid> sources;
    for (int tried = 0; ids.size() < wanted && tried < preferred.size(); ++tried) {
        const Note& n = notes[preferred[cursor++ % preferred.size()]];
        if (!ids.contains(n.id)) {
            ids.append(n.id);
            sources.insert(sourceOf(n));
        }
    }
    for (qsizetype i = 0; sources.size() < 2 && i < preferred.size() + notes.size(); ++i) {
        const Note& n = i < preferred.size() ? notes[preferred[i]] : notes[i - preferred.size()];
        if (!sources.contains(sourceOf(n))) {
            ids.append(n.id);
            sources.insert(sourceOf(n));
        }
    }
    return ids;
}

QList<Finding> EvidenceBuilder::findings(const QList<Note>& notes)
{
    // Each theme's notes by what they say, shuffled so findings draw on the whole visit.
    QHash<QUuid, QList<int>> strengths;
    QHash<QUuid, QList<int>> concerns;
    for (int i = 0; i < notes.size(); ++i) {
        for (const QUuid& theme : notes[i].themes) {
            if (notes[i].sentiment != Sentiment::Concern)
                strengths[theme].append(i);
            if (notes[i].sentiment != Sentiment::Strength)
                concerns[theme].append(i);
        }
    }
    const int total = m_random.between(m_input.shape.minFindings, m_input.shape.maxFindings);
    const int themes = int(m_input.themes.size());
    QList<Finding> result;
    for (int ti = 0; ti < themes; ++ti) {
        const Theme& theme = m_input.themes[ti];
        const DemoThemeText& t = m_text[theme.id];
        QList<int> pools[2] = {strengths.value(theme.id), concerns.value(theme.id)};
        int cursors[2] = {0, 0};
        shuffle(m_random, pools[0]);
        shuffle(m_random, pools[1]);
        const int count = total / themes + (ti < total % themes ? 1 : 0);
        for (int k = 0; k < count; ++k) {
            const int side = k % 2; // strengths and areas for consideration in turn
            const QList<DemoFindingText>& texts = side == 0 ? t.strengthFindings : t.considerations;
            const int n = k / 2;
            const int round = n / int(texts.size());
            Finding f;
            f.theme = theme.id;
            f.kind = side == 0 ? FindingKind::Strength : FindingKind::Consideration;
            f.title = texts[n % texts.size()].title;
            if (round > 0)
                f.title += QStringLiteral(" (%1)").arg(round + 1);
            f.text = texts[n % texts.size()].text;
            f.status = m_random.below(10) < 7 ? AgreementStatus::Agreed : AgreementStatus::Draft;
            f.position = double(result.size() + 1);
            f.evidence = evidenceFor(pools[side], cursors[side], notes);
            result.append(f);
        }
    }
    return result;
}

QList<Recommendation> EvidenceBuilder::recommendations(const QList<Finding>& findings)
{
    QHash<QUuid, QList<QUuid>> considerations; // by theme, in order
    for (const Finding& f : findings) {
        if (f.kind == FindingKind::Consideration)
            considerations[f.theme].append(f.id);
    }
    const int total = m_random.between(m_input.shape.minRecommendations, m_input.shape.maxRecommendations);
    const int themes = int(m_input.themes.size());
    QHash<QUuid, int> answered;
    QList<Recommendation> result;
    for (int r = 0; r < total - 1; ++r) {
        const Theme& theme = m_input.themes[r % themes];
        const QList<QUuid>& open = considerations[theme.id];
        if (open.isEmpty())
            continue;
        const QStringList& texts = m_text[theme.id].recommendations;
        Recommendation rec;
        rec.theme = theme.id;
        rec.text = texts[(r / themes) % texts.size()];
        int& next = answered[theme.id];
        rec.findings.append(open[next++ % open.size()]);
        if (m_random.below(10) < 3 && next < open.size())
            rec.findings.append(open[next++]);
        result.append(rec);
    }
    // The last draws the others together, answering the first area for consideration of two themes.
    Recommendation closing;
    closing.text = demoCrossCuttingRecommendation();
    for (const Theme& theme : m_input.themes) {
        if (!considerations.value(theme.id).isEmpty() && closing.findings.size() < 2)
            closing.findings.append(considerations.value(theme.id).first());
    }
    if (!closing.findings.isEmpty())
        result.append(closing);
    QList<int> order;
    for (int i = 0; i < result.size(); ++i) {
        result[i].position = i + 1;
        result[i].status = m_random.below(10) < 8 ? AgreementStatus::Agreed : AgreementStatus::Draft;
        order.append(i);
    }
    shuffle(m_random, order);
    const int key = std::min(int(result.size()), m_random.between(3, 5));
    for (int k = 0; k < key; ++k)
        result[order[k]].keyPosition = k + 1;
    return result;
}

} // namespace

void addDemoEvidence(RecordStore& records, DemoRandom& random, const DemoEvidenceInput& input)
{
    if (input.themes.isEmpty() || input.team.isEmpty())
        return;
    EvidenceBuilder builder(random, input);
    NoteRepository noteRepository(records);
    QList<Note> notes = builder.notes();
    // Ids in ascending order put each note's row, stamps and index entries after the last one's
    // instead of at a random place in tables of 50,000 (stress demo: 10 s -> ? s).
    QList<QPair<QByteArray, QUuid>> ids; // as stored: the text's order is the bytes' order
    ids.reserve(notes.size());
    for (qsizetype i = 0; i < notes.size(); ++i) {
        const QUuid id = records.installation().uuids().next();
        ids.append({id.toRfc4122(), id});
    }
    std::sort(ids.begin(), ids.end());
    for (qsizetype i = 0; i < notes.size(); ++i) {
        notes[i].id = ids[i].second;
        noteRepository.addNote(notes[i]);
    }
    FindingRepository findingRepository(records);
    QList<Finding> findings = builder.findings(notes);
    for (Finding& finding : findings)
        finding.id = findingRepository.addFinding(finding);
    for (const Recommendation& recommendation : builder.recommendations(findings))
        findingRepository.addRecommendation(recommendation);
}

} // namespace pc
