// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencebenchmark.h"

#include "common/error.h"
#include "figuretable.h"
#include "rules/checks.h"
#include "rules/triangulation.h"
#include "seededdevice.h"
#include "storage/checkinputcache.h"
#include "storage/engagementfile.h"
#include "storage/findingrepository.h"
#include "storage/noterepository.h"
#include "storage/schedulerepository.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <functional>

namespace pc::bench {

namespace {

/// The notes list on the Capture page asks for one more than it shows (ui/pages/notelistview.h).
constexpr int listLimit = 500;

/// The value below which `share` of the samples fall (nearest rank).
double percentile(QList<double> samples, double share)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype rank = qsizetype(std::ceil(share * double(samples.size())));
    return samples[std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1)];
}

std::unique_ptr<EngagementFile> openReadOnly(const QString& path, Installation& installation)
{
    OpenOptions options;
    options.readOnly = true;
    options.dailyBackup = false;
    return EngagementFile::open(path, installation, options);
}

/// A second laptop writing to the file: its own device and ids, so that new notes never take
/// the ids the seeded demo used.
struct Writer
{
    ManualClock clock{QDateTime(QDate::currentDate(), QTime(17, 30), Qt::UTC).toMSecsSinceEpoch()};
    SeededUuidSource uuids{seed ^ 0x5a7e};
    Installation installation{SeededUuidSource(seed ^ 0xbe7c4).next(), QStringLiteral("Benchmark writer"),
                              clock, uuids};
};

struct Query
{
    const char* what;
    QString text;
};

} // namespace

EvidenceBenchmark::EvidenceBenchmark(const QString& stressFile, const QString& folder, bool quick)
    : m_stressFile(stressFile)
    , m_folder(folder)
    , m_saves(quick ? 50 : 200)
    , m_searches(quick ? 5 : 25)
    , m_repetitions(quick ? 1 : 3)
{
}

void EvidenceBenchmark::run(FigureTable& table)
{
    measureSaves(table);
    measureSearch(table);
    measureTriangulation(table);
}

/// As the Capture page saves: one Edit that adds a note with its themes and commits, which also
/// writes the note into the search index. The page's own refresh is not counted.
void EvidenceBenchmark::measureSaves(FigureTable& table)
{
    const QString path = QDir(m_folder).filePath(QStringLiteral("evidence-saves.peerchallenge"));
    QFile::remove(path);
    if (!QFile::copy(m_stressFile, path))
        throw Error(ErrorKind::Io, QStringLiteral("Could not copy the stress demo to %1.").arg(path));
    Writer writer;
    OpenOptions options;
    options.dailyBackup = false;
    auto file = EngagementFile::open(path, writer.installation, options);
    const QList<Session> sessions = ScheduleRepository(file->records()).sessions();
    const auto held = std::find_if(sessions.cbegin(), sessions.cend(), [](const Session& s) {
        return isMeetingKind(s.kind) && !s.isCancelled() && !s.team.isEmpty() && !s.themes.isEmpty();
    });
    if (held == sessions.cend())
        throw Error(ErrorKind::Corrupt, QStringLiteral("The stress demo has no meeting to take notes in."));
    // The badges' rerun of every check after the save, on the input kept between edits.
    CheckInputCache checks;
    QObject::connect(
        file.get(), &EngagementFile::changed,
        [&checks](const QString& table, const QList<QUuid>& ids) { checks.recordsChanged(table, ids); });
    const QDate today = writer.clock.now().date();
    (void)checks.input(file->records(), today);
    QList<double> samples;
    QList<double> rechecks;
    for (int i = 0; i < m_saves; ++i) {
        Note note;
        note.text = QStringLiteral("Team leader: waiting lists for adaptations are down to %1 weeks; staff "
                                   "credit the new triage.")
                        .arg(6 + i % 5);
        note.session = held->id;
        note.author = held->team.first().member;
        note.capturedAt = writer.clock.now();
        note.kind = NoteKind::Observation;
        note.sentiment = Sentiment::Strength;
        note.themes = held->themes;
        QElapsedTimer timer;
        timer.start();
        EngagementFile::Edit edit(*file);
        NoteRepository(file->records()).addNote(note);
        edit.commit();
        samples.append(elapsedMs(timer));
        timer.restart();
        (void)CheckRegistry::standard().run(checks.input(file->records(), today));
        rechecks.append(elapsedMs(timer));
        writer.clock.advance(20'000);
    }
    table.addTime(QStringLiteral("save a note, stress file: median of %1").arg(m_saves), median(samples));
    table.addTime(QStringLiteral("save a note, stress file: 95th percentile"), percentile(samples, 0.95));
    table.addTime(QStringLiteral("rerun every check after saving a note (kept input), stress: median"),
                  median(rechecks));
    file.reset();
    QFile::remove(path);
}

/// The notes list on the Capture page (the best 500, highlighted) and the Findings page's filter
/// (every match) run the same search; each query is timed both ways.
void EvidenceBenchmark::measureSearch(FigureTable& table)
{
    SeededDevice device;
    auto file = openReadOnly(m_stressFile, device.installation);
    const NoteRepository notes(file->records());
    const Query queries[] = {
        {"a common word", QStringLiteral("staff")},
        {"a prefix of 3 letters", QStringLiteral("hou")},
        {"two words", QStringLiteral("budget reserves")},
        {"a quoted phrase", QStringLiteral("\"temporary accommodation\"")},
        {"an accented word", QStringLiteral("café")},
    };
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    for (const Query& query : queries) {
        qsizetype hits = 0;
        const double allMs = medianMs(m_searches, [&] { hits = notes.search(query.text).size(); });
        const double listMs = medianMs(m_searches, [&] { (void)notes.search(query.text, listLimit + 1); });
        const QString name = QStringLiteral("search notes for %1 (%2, %3 matches)")
                                 .arg(query.text, QString::fromLatin1(query.what), locale.toString(hits));
        table.addTime(name + QStringLiteral(": every match"), allMs);
        table.addTime(name + QStringLiteral(": best %1").arg(listLimit), listMs);
    }
}

/// What the Findings page and the thin-evidence check need: the notes, findings and sessions as
/// values, then every finding's triangulation.
void EvidenceBenchmark::measureTriangulation(FigureTable& table)
{
    SeededDevice device;
    auto file = openReadOnly(m_stressFile, device.installation);
    RecordStore& records = file->records();
    QList<Note> notes;
    QList<Finding> findings;
    QList<Session> sessions;
    const double loadMs = medianMs(m_repetitions, [&] {
        notes = NoteRepository(records).notes();
        findings = FindingRepository(records).findings();
        sessions = ScheduleRepository(records).sessions();
    });
    if (notes.size() < 50000 || findings.size() < 2000)
        throw Error(ErrorKind::Corrupt,
                    QStringLiteral("The stress demo came back with %1 notes and %2 findings.")
                        .arg(notes.size())
                        .arg(findings.size()));
    table.addTime(QStringLiteral("load notes, findings and sessions, stress file"), loadMs);
    QHash<QUuid, Triangulation> result;
    const double triangulateMs =
        medianMs(m_repetitions, [&] { result = triangulateAll(findings, notes, sessions); });
    table.addTime(QStringLiteral("triangulate 2,000 findings (triangulateAll)"), triangulateMs, loadMs);
    const auto thin =
        std::count_if(result.cbegin(), result.cend(), [](const Triangulation& t) { return t.isThin(); });
    table.add(QStringLiteral("thinly evidenced findings in the stress demo"), QString::number(thin),
              QString());
}

} // namespace pc::bench
