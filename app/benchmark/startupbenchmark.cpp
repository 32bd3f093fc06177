// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupbenchmark.h"

#include "figuretable.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QProcess>
#include <QTimer>

namespace pc::bench {

namespace {

constexpr int timeoutMs = 20'000;

/// Quits the application once it has painted, i.e. after the first frame.
class FirstPaintLabel final : public QLabel
{
public:
    using QLabel::QLabel;

protected:
    void paintEvent(QPaintEvent* event) override
    {
        QLabel::paintEvent(event);
        if (!m_painted) {
            m_painted = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
    }

private:
    bool m_painted = false;
};

} // namespace

StartupBenchmark::StartupBenchmark(const QString& folder, int repetitions)
    : m_environment(QProcessEnvironment::systemEnvironment())
    , m_repetitions(repetitions)
{
    const QDir dir(folder);
    m_environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_environment.insert(QStringLiteral("PEERCHALLENGE_DATA_DIR"), dir.filePath(QStringLiteral("data")));
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
}

void StartupBenchmark::run(FigureTable& table, const QString& file, const QString& stressFile) const
{
    const QString bin = QCoreApplication::applicationDirPath();
    const auto minimal =
        medianRunMs(QCoreApplication::applicationFilePath(), {QStringLiteral("--minimal-qt")});
    const auto app = medianRunMs(QDir(bin).filePath(QStringLiteral("peerchallenge")),
                                 {QStringLiteral("--measure-startup"), file});
    const QString appName = QStringLiteral("start-up, peerchallenge (ratio to minimal)");
    if (app)
        table.add(appName, QString::number(*app, 'f', 1), QStringLiteral("ms"),
                  minimal ? FigureTable::ratio(*app, *minimal) : QStringLiteral("n/a"));
    else
        table.add(appName, QStringLiteral("not available"), QStringLiteral("ms"));
    // Opening the stress demo and showing its Overview, the largest first screen there is.
    const auto stress = medianRunMs(QDir(bin).filePath(QStringLiteral("peerchallenge")),
                                    {QStringLiteral("--measure-startup"), stressFile});
    const QString stressName = QStringLiteral("start-up on the stress file, Overview shown");
    if (stress)
        table.add(stressName, QString::number(*stress, 'f', 1), QStringLiteral("ms"),
                  minimal ? FigureTable::ratio(*stress, *minimal) : QStringLiteral("n/a"));
    else
        table.add(stressName, QStringLiteral("not available"), QStringLiteral("ms"));
    const QString minimalName = QStringLiteral("start-up, minimal Qt window");
    if (minimal)
        table.addTime(minimalName, *minimal);
    else
        table.add(minimalName, QStringLiteral("not available"), QStringLiteral("ms"));
}

std::optional<double> StartupBenchmark::medianRunMs(const QString& program,
                                                    const QStringList& arguments) const
{
    QList<double> samples;
    for (int i = 0; i < m_repetitions; ++i) {
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.setStandardOutputFile(QProcess::nullDevice()); // their messages would break the table
        process.setStandardErrorFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        process.start(program, arguments);
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            return std::nullopt;
        }
        samples.append(double(timer.nsecsElapsed()) / 1e6);
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return std::nullopt;
    }
    return median(samples);
}

int StartupBenchmark::runMinimalQt(int& argc, char* argv[])
{
    QApplication app(argc, argv);
    FirstPaintLabel label(QStringLiteral("PeerChallenge"));
    label.resize(320, 120);
    label.show();
    QTimer::singleShot(timeoutMs / 2, &app, [] { QCoreApplication::exit(1); }); // no paint: fail
    return app.exec();
}

} // namespace pc::bench
