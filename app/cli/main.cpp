// SPDX-License-Identifier: GPL-3.0-or-later
// peerchallenge-cli: the same core as the app, for scripts, tests and headless machines.
#include "clicontext.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>
#include <utility>

using namespace pc;
using namespace pc::cli;

namespace {

const std::pair<const char*, Command> commands[] = {
    {"new", newCommand},       {"info", infoCommand},       {"demo", demoCommand},
    {"export", exportCommand}, {"import", importCommand},   {"merge", mergeCommand},
    {"packet", packetCommand}, {"backups", backupsCommand}, {"check", checkCommand},
    {"pool", poolCommand},     {"search", searchCommand},
};

QString usage()
{
    return QObject::tr(
        "Usage: peerchallenge-cli COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  new FILE [--template ID] [--host NAME] [--title TITLE]   create an engagement file\n"
        "  info FILE [--json]                                       show an engagement's summary\n"
        "  demo FILE [--scale small|large|stress] [--seed N]        create the fictional demo engagement\n"
        "  export FILE --what engagement --format json -o OUT       export an engagement\n"
        "  export FILE --what schedule --format ics|csv|pdf [--member NAME] -o OUT\n"
        "                                                           export the onsite timetable\n"
        "  import FILE.json -o NEW                                  create an engagement from its JSON form\n"
        "  merge TARGET SOURCE... [--json] [--accept-skew]          merge copies of an engagement into "
        "TARGET\n"
        "  packet export FILE -o OUT | packet import FILE PACKET    notes packets between laptops\n"
        "  backups list FILE | backups restore FILE N -o OUT        automatic backups of a file\n"
        "  check FILE [--json] [--all]                              run the readiness checks\n"
        "  search FILE QUERY [--json] [--limit N]                   find notes and findings by their words\n"
        "  pool import CSV | pool export CSV | pool list [--json]   your peer pool, kept across engagements\n"
        "\n"
        "Run \"peerchallenge-cli COMMAND --help\" for a command's options.\n"
        "Exit codes: 0 done, 1 problems found, 2 bad arguments or input refused, 3 file or disk error.\n");
}

/// Painting a PDF needs fonts, and Qt's fonts need a QGuiApplication; every other command stays
/// on QtCore alone.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
    bool paints = false;
    for (int i = 2; argc > 1 && qstrcmp(argv[1], "export") == 0 && i < argc; ++i)
        paints = paints || qstrcmp(argv[i], "pdf") == 0 || qstrcmp(argv[i], "--format=pdf") == 0;
    if (!paints)
        return std::make_unique<QCoreApplication>(argc, argv);
    // No window is ever shown, so machines without a display work too.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Io:
    case ErrorKind::DiskFull:
    case ErrorKind::ReadOnly:
    case ErrorKind::Locked:
        return FileError;
    default:
        return BadInput;
    }
}

int dispatch(CliContext& context, QStringList arguments)
{
    if (arguments.isEmpty() || arguments.first() == QStringLiteral("--help")
        || arguments.first() == QStringLiteral("-h") || arguments.first() == QStringLiteral("help")) {
        context.out << usage();
        return arguments.isEmpty() ? BadInput : Done;
    }
    if (arguments.first() == QStringLiteral("--version") || arguments.first() == QStringLiteral("-v")) {
        context.out << QStringLiteral("peerchallenge-cli %1\n").arg(QCoreApplication::applicationVersion());
        return Done;
    }
    const QString name = arguments.takeFirst();
    for (const auto& [command, run] : commands) {
        if (name == QLatin1String(command))
            return run(context, arguments);
    }
    throw UsageError{QObject::tr("There is no command \"%1\".").arg(name)};
}

} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PeerChallenge"));
    QCoreApplication::setApplicationName(QStringLiteral("PeerChallenge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PC_VERSION_STRING));
    CliContext context;
    int code = Done;
    try {
        code = dispatch(context, QCoreApplication::arguments().mid(1));
    } catch (const UsageError& error) {
        context.err << QObject::tr("peerchallenge-cli: %1\nRun \"peerchallenge-cli --help\" for usage.\n")
                           .arg(error.message);
        code = BadInput;
    } catch (const Error& error) {
        context.err << QStringLiteral("peerchallenge-cli: %1\n").arg(error.message());
        code = exitCodeFor(error.kind());
    } catch (ExitCode early) {
        code = early;
    }
    context.out.flush();
    context.err.flush();
    return code;
}
