// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergebenchmark.h"

#include "common/clock.h"
#include "common/error.h"
#include "common/uuidsource.h"
#include "exchange/notespacket.h"
#include "figuretable.h"
#include "storage/engagementfile.h"
#include "storage/installation.h"
#include "storage/noterepository.h"
#include "storage/scoperepository.h"
#include "sync/filemerge.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <memory>

namespace pc::bench {

namespace {

/// One laptop: its own device id, seeded ids and a clock that moves only when told.
struct Laptop
{
    explicit Laptop(quint64 seed)
        : clock(QDateTime(QDate::currentDate(), QTime(19, 0), Qt::UTC).toMSecsSinceEpoch())
        , uuids(seed)
        , installation(SeededUuidSource(seed ^ 0x1a7e).next(), QStringLiteral("Laptop %1").arg(seed), clock,
                       uuids)
    {
    }

    ManualClock clock;
    SeededUuidSource uuids;
    Installation installation;
};

std::unique_ptr<EngagementFile> openCopy(const QString& stressFile, const QString& path, Laptop& laptop)
{
    QFile::remove(path);
    if (!QFile::copy(stressFile, path))
        throw Error(ErrorKind::Io, QStringLiteral("Could not copy the stress demo to %1.").arg(path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    OpenOptions options;
    options.dailyBackup = false;
    return EngagementFile::open(path, laptop.installation, options);
}

/// `count` notes on the first theme, in one edit, as an evening's capture of a whole team.
void addNotes(EngagementFile& file, Laptop& laptop, int count, const QString& who)
{
    const QList<Theme> themes = ScopeRepository(file.records()).themes();
    EngagementFile::Edit edit(file);
    NoteRepository notes(file.records());
    for (int i = 0; i < count; ++i) {
        laptop.clock.advance(1000);
        Note note;
        note.text = QStringLiteral("%1, note %2: partners say decisions on the town centre take too long.")
                        .arg(who)
                        .arg(i + 1);
        note.capturedAt = laptop.clock.now();
        if (!themes.isEmpty())
            note.themes = {themes[i % themes.size()].id};
        notes.addNote(note);
    }
    edit.commit();
}

double timedMs(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return elapsedMs(timer);
}

} // namespace

MergeBenchmark::MergeBenchmark(const QString& stressFile, const QString& folder, bool quick)
    : m_stressFile(stressFile)
    , m_folder(folder)
    , m_repetitions(quick ? 1 : 3)
{
}

void MergeBenchmark::run(FigureTable& table)
{
    Laptop lead(11);
    Laptop peer(12);
    const QDir folder(m_folder);
    auto mine = openCopy(m_stressFile, folder.filePath(QStringLiteral("merge-lead.peerchallenge")), lead);
    auto theirs = openCopy(m_stressFile, folder.filePath(QStringLiteral("merge-peer.peerchallenge")), peer);
    addNotes(*mine, lead, 5000, QStringLiteral("Lead"));
    addNotes(*theirs, peer, 5000, QStringLiteral("Peer"));

    MergeReport report;
    const double mergeMs = timedMs([&] { report = mergeFiles(*mine, *theirs); });
    if (report.tables.value(QStringLiteral("note")).added != 5000)
        throw Error(ErrorKind::Corrupt, QStringLiteral("The merge did not bring the peer's 5,000 notes."));
    QList<double> again;
    for (int i = 0; i < m_repetitions; ++i)
        again.append(timedMs([&] {
            if (mergeFiles(*mine, *theirs).changes() != 0)
                throw Error(ErrorKind::Corrupt,
                            QStringLiteral("Merging the same copy again changed something."));
        }));
    const double againMs = median(again);
    table.addTime(QStringLiteral("merge two stress copies, 5,000 new notes on each (one run)"), mergeMs,
                  againMs);
    table.addTime(QStringLiteral("merge the same copy again, nothing new (baseline)"), againMs, againMs);

    // A packet of 500 notes: written on the peer's laptop, read and merged on the lead's.
    addNotes(*theirs, peer, 500, QStringLiteral("Peer, day two"));
    (void)exchange::exportNotesPacket(*theirs, folder.filePath(QStringLiteral("warm-up.pcpacket")));
    addNotes(*theirs, peer, 500, QStringLiteral("Peer, day three"));
    const QString packet = folder.filePath(QStringLiteral("peer.pcpacket"));
    const double exportMs = timedMs([&] { (void)exchange::exportNotesPacket(*theirs, packet); });
    (void)mergeFromPath(*mine, folder.filePath(QStringLiteral("warm-up.pcpacket")));
    MergeReport imported;
    const double importMs = timedMs([&] { imported = mergeFromPath(*mine, packet); });
    if (imported.tables.value(QStringLiteral("note")).added != 500)
        throw Error(ErrorKind::Corrupt, QStringLiteral("The packet did not bring its 500 notes."));
    table.addTime(QStringLiteral("export a packet of 500 notes (stress file)"), exportMs, againMs);
    table.add(QStringLiteral("packet size, 500 notes"),
              QString::number(double(QFileInfo(packet).size()) / 1024, 'f', 1), QStringLiteral("KiB"));
    table.addTime(QStringLiteral("import that packet into the other copy"), importMs, againMs);
}

} // namespace pc::bench
