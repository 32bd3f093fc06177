// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbenchmark.h"

#include "common/error.h"
#include "figuretable.h"

#include <QCoreApplication>
#include <QDir>
#include <QObject>
#include <QProcess>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace pc::bench {

namespace {

/// The largest resident set of any child this process has waited for, where the system says.
std::optional<qint64> childrenPeakKiB()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    if (getrusage(RUSAGE_CHILDREN, &usage) == 0)
        return qint64(usage.ru_maxrss); // kilobytes on Linux
#endif
    return std::nullopt;
}

} // namespace

ReportBenchmark::ReportBenchmark(const QString& smallFile, const QString& stressFile, const QString& folder,
                                 int repetitions)
    : m_smallFile(smallFile)
    , m_stressFile(stressFile)
    , m_folder(folder)
    , m_repetitions(repetitions)
{
}

double ReportBenchmark::exportMs(const QString& file, const QStringList& what) const
{
    const QString cli =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("peerchallenge-cli"));
    const QString out = QDir(m_folder).filePath(QStringLiteral("bench-export.") + what.last());
    return medianMs(m_repetitions, [&] {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        process.setStandardErrorFile(QProcess::nullDevice());
        process.start(cli, QStringList{QStringLiteral("export"), file, QStringLiteral("--what"), what.first(),
                                       QStringLiteral("--format"), what.last(), QStringLiteral("-o"), out,
                                       QStringLiteral("--accept-names")});
        if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0)
            throw Error(ErrorKind::Io,
                        QObject::tr("The export %1 as %2 failed.").arg(what.first(), what.last()));
    });
}

void ReportBenchmark::run(FigureTable& table)
{
    const QList<QStringList> exports{
        {QStringLiteral("report"), QStringLiteral("pdf")},
        {QStringLiteral("report"), QStringLiteral("docx")},
        {QStringLiteral("report"), QStringLiteral("odt")},
        {QStringLiteral("report"), QStringLiteral("html")},
        {QStringLiteral("report"), QStringLiteral("md")},
        {QStringLiteral("slides"), QStringLiteral("pdf")},
        {QStringLiteral("briefing"), QStringLiteral("pdf")},
    };
    for (const auto& [scale, file] : {std::pair{QStringLiteral("small"), m_smallFile},
                                      std::pair{QStringLiteral("stress"), m_stressFile}}) {
        for (const QStringList& what : exports)
            table.addTime(
                QObject::tr("export %1 %2, %3 demo (CLI run)").arg(what.first(), what.last(), scale),
                exportMs(file, what));
    }
    const QString name = QObject::tr("peak memory of the largest export run (children's max RSS)");
    if (const auto kib = childrenPeakKiB())
        table.add(name, QString::number(double(*kib) / 1024, 'f', 1), QStringLiteral("MiB"));
    else
        table.addUnavailable(name, QStringLiteral("MiB"));
}

} // namespace pc::bench
