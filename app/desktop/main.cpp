// SPDX-License-Identifier: GPL-3.0-or-later
// peerchallenge: the desktop application.
#include "common/clock.h"
#include "common/error.h"
#include "common/uuidsource.h"
#include "exchange/engagementsummary.h"
#include "storage/engagementfile.h"
#include "storage/installation.h"
#include "ui/appsettings.h"
#include "ui/mainwindow.h"
#include "ui/prompter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

/// On Linux without X11 or Wayland, Qt would abort; say so and show the file's summary instead.
bool hasDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

int printSummary(const QString& path, pc::Installation& installation)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    err << QObject::tr(
        "No display found: showing the engagement's summary instead. Run PeerChallenge in a desktop "
        "session to open the window.\n");
    err.flush();
    if (path.isEmpty())
        return 0;
    try {
        pc::OpenOptions options;
        options.readOnly = true;
        options.dailyBackup = false;
        auto file = pc::EngagementFile::open(path, installation, options);
        out << pc::EngagementSummary::of(*file).toText();
        return 0;
    } catch (const pc::Error& error) {
        err << error.message() << QLatin1Char('\n');
        return 3;
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("PeerChallenge"));
    QCoreApplication::setApplicationName(QStringLiteral("PeerChallenge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PC_VERSION_STRING));
    pc::SystemClock clock;
    pc::RandomUuidSource uuids;
    if (!hasDisplay()) {
        QCoreApplication app(argc, argv);
        auto installation =
            pc::Installation::loadOrCreate(pc::Installation::defaultDirectory(), clock, uuids);
        return printSummary(app.arguments().value(1), *installation);
    }
    QElapsedTimer started;
    started.start();
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("org.peerchallenge.PeerChallenge"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Plan, run and report peer challenges."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QObject::tr("An engagement file to open."));
    const QCommandLineOption measure(
        QStringLiteral("measure-startup"),
        QObject::tr("Quit after the first frame and print the start-up time (for the "
                    "benchmark)."));
    parser.addOption(measure);
    parser.process(app);

    auto installation = pc::Installation::loadOrCreate(pc::Installation::defaultDirectory(), clock, uuids);
    pc::ui::DialogPrompter prompter;
    pc::ui::AppSettings settings;
    pc::ui::MainWindow window(*installation, prompter, settings);
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().first());
    if (parser.isSet(measure)) {
        // Queued behind the first paint of the window and its file.
        QTimer::singleShot(0, &app, [&] {
            window.repaint();
            QTextStream(stdout) << "startup-ms " << started.elapsed() << Qt::endl;
            QApplication::quit();
        });
    }
    return app.exec();
}
