// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagebenchmark.h"

#include "common/error.h"
#include "figuretable.h"
#include "seededdevice.h"
#include "storage/engagementfile.h"
#include "storage/engagementrepository.h"
#include "storage/scoperepository.h"
#include "storage/teamrepository.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace pc::bench {

namespace {

constexpr DemoScale scales[] = {DemoScale::Small, DemoScale::Large, DemoScale::Stress};

} // namespace

StorageBenchmark::StorageBenchmark(const QString& folder, int repetitions)
    : m_folder(folder)
    , m_repetitions(repetitions)
{
}

QString StorageBenchmark::demoFile(DemoScale scale) const
{
    return QDir(m_folder).filePath(
        QStringLiteral("%1-%2.peerchallenge").arg(demoScaleName(scale)).arg(m_repetitions));
}

double StorageBenchmark::medianCreateMs(const QString& name, const std::function<void(const QString&)>& work)
{
    QList<double> samples;
    for (int i = 1; i <= m_repetitions; ++i) {
        const QString path = QDir(m_folder).filePath(QStringLiteral("%1-%2.peerchallenge").arg(name).arg(i));
        QElapsedTimer timer;
        timer.start();
        work(path); // creates, fills and closes the file
        samples.append(elapsedMs(timer));
    }
    return median(samples);
}

void StorageBenchmark::run(FigureTable& table)
{
    const double baseline = medianCreateMs(QStringLiteral("empty"), [](const QString& path) {
        SeededDevice device;
        NewEngagement engagement;
        engagement.title = QStringLiteral("Empty engagement");
        engagement.programme = QStringLiteral("lga-cpc-2024");
        engagement.programmeVersion = 1;
        EngagementFile::create(path, device.installation, engagement).reset();
    });
    table.addTime(QStringLiteral("create empty file (baseline)"), baseline, baseline);
    for (DemoScale scale : scales) {
        const double ms = medianCreateMs(demoScaleName(scale), [scale](const QString& path) {
            SeededDevice device;
            createDemoEngagement(path, device.installation, seed, scale).reset();
        });
        table.addTime(QStringLiteral("generate %1 demo").arg(demoScaleName(scale)), ms, baseline);
    }
    for (DemoScale scale : scales) {
        const double kib = double(QFileInfo(demoFile(scale)).size()) / 1024;
        table.add(QStringLiteral("file size, %1 demo").arg(demoScaleName(scale)),
                  QString::number(kib, 'f', 1), QStringLiteral("KiB"));
    }
    measureOpen(table, baseline);
}

void StorageBenchmark::measureOpen(FigureTable& table, double baselineMs)
{
    SeededDevice device;
    OpenOptions options;
    options.readOnly = true;
    options.dailyBackup = false;
    QList<double> openSamples;
    QList<double> loadSamples;
    for (int i = 0; i < m_repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto file = EngagementFile::open(demoFile(DemoScale::Stress), device.installation, options);
        openSamples.append(elapsedMs(timer));
        // What the Overview shows: the engagement, the scope's themes and the team.
        timer.restart();
        const Engagement engagement = EngagementRepository(file->records()).engagement();
        const QList<Theme> themes = ScopeRepository(file->records()).themes();
        const QList<Member> members = TeamRepository(file->records()).members();
        loadSamples.append(elapsedMs(timer));
        if (engagement.title.isEmpty() || themes.isEmpty() || members.isEmpty())
            throw Error(ErrorKind::Corrupt, QStringLiteral("The stress demo came back without its records."));
    }
    table.addTime(QStringLiteral("open stress file (read-only)"), median(openSamples), baselineMs);
    table.addTime(QStringLiteral("load Overview data, stress file"), median(loadSamples));
}

} // namespace pc::bench
