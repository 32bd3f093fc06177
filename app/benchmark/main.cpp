// SPDX-License-Identifier: GPL-3.0-or-later
// peerchallenge-bench: the performance figures of docs/benchmark.md, as a plain table.
#include "evidencebenchmark.h"
#include "figuretable.h"
#include "mergebenchmark.h"
#include "peakmemory.h"
#include "poolbenchmark.h"
#include "reportbenchmark.h"
#include "schedulebenchmark.h"
#include "startupbenchmark.h"
#include "storagebenchmark.h"

#include "common/error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <cstring>

using namespace pc;
using namespace pc::bench;

namespace {

constexpr int defaultRepetitions = 3;
constexpr int startupRepetitions = 5;

bool wantsMinimalQt(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--minimal-qt") == 0)
            return true;
    }
    return false;
}

void addPeakMemory(FigureTable& table)
{
    const QString name = QStringLiteral("peak memory of this process (VmHWM)");
    if (const auto kib = peakMemoryKiB())
        table.add(name, QString::number(double(*kib) / 1024, 'f', 1), QStringLiteral("MiB"));
    else
        table.addUnavailable(name, QStringLiteral("MiB"));
}

int runBenchmark(bool quick, QTextStream& out)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        throw Error(ErrorKind::Io,
                    QObject::tr("Cannot make a temporary folder: %1").arg(folder.errorString()));
    const int repetitions = quick ? 1 : defaultRepetitions;
    out << QObject::tr("peerchallenge-bench %1, Qt %2. Times are medians; repetitions: %3, start-up: %4.\n\n")
               .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()))
               .arg(repetitions)
               .arg(quick ? 1 : startupRepetitions);
    out.flush();
    FigureTable table;
    StorageBenchmark storage(folder.path(), repetitions);
    storage.run(table);
    // First of the benchmarks that run children, so the children's peak memory is the exports'.
    ReportBenchmark(storage.demoFile(DemoScale::Small), storage.demoFile(DemoScale::Stress), folder.path(),
                    repetitions)
        .run(table);
    StartupBenchmark(folder.path(), quick ? 1 : startupRepetitions)
        .run(table, storage.demoFile(DemoScale::Small), storage.demoFile(DemoScale::Stress));
    PoolBenchmark(folder.path(), repetitions).run(table);
    ScheduleBenchmark(storage.demoFile(DemoScale::Stress), repetitions).run(table);
    EvidenceBenchmark(storage.demoFile(DemoScale::Stress), folder.path(), quick).run(table);
    MergeBenchmark(storage.demoFile(DemoScale::Stress), folder.path(), quick).run(table);
    addPeakMemory(table);
    table.print(out);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    if (wantsMinimalQt(argc, argv))
        return StartupBenchmark::runMinimalQt(argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("peerchallenge-bench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PC_VERSION_STRING));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("Measures demo generation, file size, opening, reading, memory and start-up "
                    "(docs/benchmark.md)."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"), QObject::tr("One repetition of each figure."));
    const QCommandLineOption minimal(QStringLiteral("minimal-qt"),
                                     QObject::tr("Show a label and quit after its first paint (the start-up "
                                                 "floor the benchmark compares the app with)."));
    parser.addOptions({quick, minimal});
    parser.process(app);
    QTextStream out(stdout);
    try {
        return runBenchmark(parser.isSet(quick), out);
    } catch (const Error& error) {
        QTextStream(stderr) << QStringLiteral("peerchallenge-bench: %1\n").arg(error.message());
        return 1;
    }
}
