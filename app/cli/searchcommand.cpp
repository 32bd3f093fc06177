// SPDX-License-Identifier: GPL-3.0-or-later
// search: the evidence notes and findings holding some words, found as the app's search finds
// them (NoteRepository::search, FindingRepository::searchFindings): the query language is
// searchindex::ftsQuery's, so user text never reaches FTS5 as syntax.
#include "clicontext.h"

#include "model/session.h"
#include "storage/documentrepository.h"
#include "storage/engagementfile.h"
#include "storage/findingrepository.h"
#include "storage/noterepository.h"
#include "storage/schedulerepository.h"
#include "storage/scoperepository.h"
#include "storage/searchindex.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace pc::cli {

namespace {

/// Above this many note hits, reading every note once beats reading each hit on its own.
constexpr int bulkReadFrom = 50;

/// The titles the hits name, read once per table.
struct Names
{
    QHash<QUuid, QString> sessions;
    QHash<QUuid, QString> documents;
    QHash<QUuid, QString> themes;

    [[nodiscard]] QStringList themeTitles(const QList<QUuid>& ids) const
    {
        QStringList titles;
        for (const QUuid& id : ids)
            titles.append(themes.value(id));
        return titles;
    }
};

Names readNames(RecordStore& records)
{
    Names names;
    for (const Session& session : ScheduleRepository(records).sessions())
        names.sessions.insert(session.id, session.title.simplified());
    for (const Document& document : DocumentRepository(records).documents())
        names.documents.insert(document.id, document.title.simplified());
    for (const Theme& theme : ScopeRepository(records).themes())
        names.themes.insert(theme.id, theme.title.simplified());
    return names;
}

/// The note of each hit, in hit order; a hit whose note cannot be read (removed meanwhile) is left
/// out.
QList<Note> notesOf(RecordStore& records, const QList<SearchHit>& hits)
{
    const NoteRepository repository(records);
    QList<Note> notes;
    if (hits.size() < bulkReadFrom) {
        for (const SearchHit& hit : hits) {
            if (const std::optional<Note> note = repository.note(hit.id))
                notes.append(*note);
        }
        return notes;
    }
    QHash<QUuid, Note> byId;
    for (const Note& note : repository.notes())
        byId.insert(note.id, note);
    for (const SearchHit& hit : hits) {
        if (byId.contains(hit.id))
            notes.append(byId.value(hit.id));
    }
    return notes;
}

/// A search field's highlighted text with [brackets] around the matches.
QString bracketed(QString highlighted)
{
    highlighted.replace(searchMatchStart, u'[');
    highlighted.replace(searchMatchEnd, u']');
    return highlighted;
}

/// A highlighted text as plain text and its matches: start and length in Unicode code points,
/// which JSON readers in most languages index by (Qt counts UTF-16 units).
QJsonObject plainWithMatches(const QString& highlighted, const QString& textKey, const QString& matchesKey)
{
    QString plain;
    QJsonArray matches;
    qsizetype codePoints = 0;
    qsizetype matchStart = -1;
    for (qsizetype i = 0; i < highlighted.size(); ++i) {
        const QChar c = highlighted[i];
        if (c == searchMatchStart) {
            matchStart = codePoints;
        } else if (c == searchMatchEnd) {
            if (matchStart >= 0)
                matches.append(QJsonObject{{QStringLiteral("start"), qint64(matchStart)},
                                           {QStringLiteral("length"), qint64(codePoints - matchStart)}});
            matchStart = -1;
        } else {
            plain.append(c);
            if (!c.isLowSurrogate())
                ++codePoints;
        }
    }
    return {{textKey, plain}, {matchesKey, matches}};
}

QJsonValue titleOrNull(const QHash<QUuid, QString>& titles, const QUuid& id)
{
    return id.isNull() ? QJsonValue() : QJsonValue(titles.value(id));
}

QString utcTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject noteJson(const Note& note, const SearchHit& hit, const Names& names)
{
    QJsonObject object = plainWithMatches(hit.highlighted, QStringLiteral("text"), QStringLiteral("matches"));
    object.insert(QStringLiteral("id"), note.id.toString(QUuid::WithoutBraces));
    object.insert(QStringLiteral("capturedAt"), utcTime(note.capturedAt));
    object.insert(QStringLiteral("session"), titleOrNull(names.sessions, note.session));
    object.insert(QStringLiteral("document"), titleOrNull(names.documents, note.document));
    object.insert(QStringLiteral("themes"), QJsonArray::fromStringList(names.themeTitles(note.themes)));
    object.insert(QStringLiteral("kind"), noteKindKey(note.kind));
    object.insert(QStringLiteral("sentiment"), sentimentKey(note.sentiment));
    return object;
}

QJsonObject findingJson(const Finding& finding, const SearchHit& hit, const Names& names)
{
    QJsonObject object =
        plainWithMatches(hit.highlighted, QStringLiteral("title"), QStringLiteral("titleMatches"));
    object.insert(QStringLiteral("id"), finding.id.toString(QUuid::WithoutBraces));
    object.insert(QStringLiteral("theme"), names.themes.value(finding.theme));
    object.insert(QStringLiteral("kind"), findingKindKey(finding.kind));
    object.insert(QStringLiteral("status"), agreementStatusKey(finding.status));
    object.insert(QStringLiteral("text"), finding.text);
    return object;
}

/// "2026-03-12 10:05 · Director of finance · Governance, Housing": when (UK time, as the
/// timetable), where and what a note is about.
QString noteHeading(const Note& note, const Names& names)
{
    QStringList parts{
        note.capturedAt.toTimeZone(timetableZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))};
    if (!note.session.isNull())
        parts.append(names.sessions.value(note.session));
    if (!note.document.isNull())
        parts.append(names.documents.value(note.document));
    const QStringList themes = names.themeTitles(note.themes);
    if (!themes.isEmpty())
        parts.append(themes.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(" \u00b7 "));
}

/// A text under its heading, every line indented.
QString indented(const QString& text)
{
    return QStringLiteral("    ") + text.trimmed().replace(u'\n', QStringLiteral("\n    ")) + u'\n';
}

void printText(CliContext& context, const QList<std::pair<Note, SearchHit>>& notes,
               const QList<std::pair<Finding, SearchHit>>& findings, const Names& names)
{
    if (notes.isEmpty() && findings.isEmpty()) {
        context.out << QObject::tr("No notes or findings match.\n");
        return;
    }
    context.out << QObject::tr("Notes: %1\n").arg(notes.size());
    for (const auto& [note, hit] : notes)
        context.out << noteHeading(note, names) << u'\n' << indented(bracketed(hit.highlighted));
    context.out << QObject::tr("Findings: %1\n").arg(findings.size());
    for (const auto& [finding, hit] : findings) {
        context.out << QStringLiteral("%1 \u00b7 %2 \u00b7 %3\n")
                           .arg(names.themes.value(finding.theme), findingKindLabel(finding.kind),
                                agreementStatusLabel(finding.status));
        context.out << indented(bracketed(hit.highlighted));
        if (!finding.text.trimmed().isEmpty()) // the match may be here, unmarked: the index marks titles
            context.out << indented(finding.text);
    }
}

} // namespace

int searchCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr(
        "Finds the evidence notes and findings holding every word of QUERY, as the app's search does:\n"
        "- a word matches the start of words: \"hous\" finds \"housing\";\n"
        "- text in double quotes is a phrase, its words together in order: '\"budget gap\"';\n"
        "- accents and case are ignored: \"reseau\" finds \"Réseau\";\n"
        "- other punctuation (* ( ) : - and so on) only separates words, and AND, OR, NOT, NEAR are words.\n"
        "Several QUERY arguments are one query; put -- before one that starts with a dash.\n"
        "Notes come first, best match first, each with its captured time (UK time), session or\n"
        "document, themes and text; then the findings, matched in their title or text, with their\n"
        "theme. Matches are shown [in brackets] (a finding's in its title only). --json gives each\n"
        "text plain with its matches' start and length counted in Unicode characters (code points).\n"
        "Exits 0 whether or not anything matches; 2 when the query has no word to look for."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QObject::tr("The engagement file."));
    parser.addPositionalArgument(QStringLiteral("QUERY"), QObject::tr("The words to look for."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QObject::tr("Print JSON instead of text."));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         QObject::tr("At most N notes and N findings (all by default)."),
                                         QStringLiteral("N"));
    parser.addOptions({jsonOption, limitOption});
    context.parse(parser, QStringLiteral("search"), arguments, 2, -1);

    const QStringList positional = parser.positionalArguments();
    const QString query = positional.mid(1).join(u' ');
    if (searchindex::ftsQuery(query).isEmpty())
        throw UsageError{QObject::tr("The query has no word to look for, only spaces or punctuation.")};
    int limit = -1;
    if (parser.isSet(limitOption)) {
        bool ok = false;
        limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit < 1)
            throw UsageError{QObject::tr("--limit needs a whole number of 1 or more.")};
    }

    auto file = context.openForReading(positional.first());
    RecordStore& records = file->records();
    const QList<SearchHit> noteHits = NoteRepository(records).search(query, limit);
    const FindingRepository findingRepository(records);
    const QList<SearchHit> findingHits = findingRepository.searchFindings(query, limit);
    const Names names = readNames(records);

    QList<std::pair<Note, SearchHit>> notes;
    QHash<QUuid, SearchHit> noteHitById;
    for (const SearchHit& hit : noteHits)
        noteHitById.insert(hit.id, hit);
    for (const Note& note : notesOf(records, noteHits))
        notes.append({note, noteHitById.value(note.id)});
    QList<std::pair<Finding, SearchHit>> findings;
    if (!findingHits.isEmpty()) {
        // One reading of every finding: a single one reads all evidence links anyway.
        QHash<QUuid, Finding> byId;
        for (const Finding& finding : findingRepository.findings())
            byId.insert(finding.id, finding);
        for (const SearchHit& hit : findingHits) {
            if (byId.contains(hit.id))
                findings.append({byId.value(hit.id), hit});
        }
    }

    if (parser.isSet(jsonOption)) {
        QJsonArray notesJson;
        for (const auto& [note, hit] : notes)
            notesJson.append(noteJson(note, hit, names));
        QJsonArray findingsJson;
        for (const auto& [finding, hit] : findings)
            findingsJson.append(findingJson(finding, hit, names));
        const QJsonObject result{{QStringLiteral("query"), query},
                                 {QStringLiteral("notes"), notesJson},
                                 {QStringLiteral("findings"), findingsJson}};
        context.out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    } else {
        printText(context, notes, findings, names);
    }
    return Done;
}

} // namespace pc::cli
