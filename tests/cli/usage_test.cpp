// SPDX-License-Identifier: GPL-3.0-or-later
// peerchallenge-cli's usage, version, help and refusal of unknown commands and options.
#include "clisandbox.h"

#include <QFileInfo>

using namespace pc::test;
using namespace Qt::StringLiterals;

namespace {

const QString usageLine = u"Usage: peerchallenge-cli COMMAND"_s;
const QStringList commands{u"new"_s,    u"info"_s,  u"demo"_s,   u"export"_s,
                           u"import"_s, u"merge"_s, u"backups"_s};

} // namespace

TEST_CASE("The CLI prints its usage and exits 0 for --help, -h and help", "[cli]")
{
    const CliSandbox sandbox;
    for (const QString& argument : {u"--help"_s, u"-h"_s, u"help"_s}) {
        INFO(argument.toStdString());
        const CliResult result = sandbox.run({argument});
        CHECK(result.exitCode == 0);
        CHECK(result.out.startsWith(usageLine));
        for (const QString& command :
             {u"new"_s, u"info"_s, u"demo"_s, u"export"_s, u"import"_s, u"merge"_s, u"backups"_s})
            CHECK(result.out.contains(u"  "_s + command + u' '));
        CHECK(result.err.isEmpty());
    }
}

TEST_CASE("The CLI prints its version and exits 0 for --version", "[cli]")
{
    const CliSandbox sandbox;
    const CliResult result = sandbox.run({u"--version"_s});
    CHECK(result.exitCode == 0);
    CHECK(result.out == u"peerchallenge-cli "_s + QStringLiteral(PC_VERSION_STRING) + u'\n');
    CHECK_FALSE(QStringLiteral(PC_VERSION_STRING).isEmpty());
    CHECK(result.err.isEmpty());
}

TEST_CASE("The CLI without arguments prints its usage on stdout and exits 2", "[cli]")
{
    const CliSandbox sandbox;
    const CliResult result = sandbox.run({});
    CHECK(result.exitCode == 2);
    CHECK(result.out.startsWith(usageLine));
}

TEST_CASE("An unknown command exits 2 with a sentence on stderr that names it", "[cli]")
{
    const CliSandbox sandbox;
    const CliResult result = sandbox.run({u"frobnicate"_s, u"file.peerchallenge"_s});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"\"frobnicate\""_s));
    CHECK(result.err.contains(u"--help"_s));
    CHECK(result.out.isEmpty());
}

TEST_CASE("An unknown option exits 2 and names the option", "[cli]")
{
    const CliSandbox sandbox;
    SECTION("before any command")
    {
        const CliResult result = sandbox.run({u"--frobnicate"_s});
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(u"frobnicate"_s));
    }
    SECTION("after a command")
    {
        const CliResult result = sandbox.run({u"info"_s, u"--frobnicate"_s, u"file.peerchallenge"_s});
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(u"frobnicate"_s));
        CHECK(result.out.isEmpty());
    }
}

TEST_CASE("Every command prints its own help and exits 0", "[cli]")
{
    const CliSandbox sandbox;
    for (const QString& command :
         {u"new"_s, u"info"_s, u"demo"_s, u"export"_s, u"import"_s, u"merge"_s, u"backups"_s}) {
        INFO(command.toStdString());
        const CliResult result = sandbox.run({command, u"--help"_s});
        CHECK(result.exitCode == 0);
        CHECK(result.out.startsWith(u"Usage: "_s));
        CHECK(result.out.contains(u"--help"_s));
        CHECK(result.err.isEmpty());
    }
}

TEST_CASE("Every command's help names the command in its usage line", "[cli]")
{
    // QCommandLineParser::helpText() names the program by argv[0], not "peerchallenge-cli new".
    const CliSandbox sandbox;
    for (const QString& command : commands) {
        INFO(command.toStdString());
        const CliResult result = sandbox.run({command, u"--help"_s});
        CHECK(result.out.startsWith(u"Usage: peerchallenge-cli "_s + command + u' '));
    }
}

TEST_CASE("An option a command does not have is refused and does nothing", "[cli]")
{
    // --help-all is Qt's, not ours: it must not slip through and let the command run.
    const CliSandbox sandbox;
    const QString file = sandbox.path(u"new.peerchallenge"_s);
    const CliResult result = sandbox.run({u"new"_s, file, u"--help-all"_s});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"help-all"_s));
    CHECK_FALSE(QFileInfo::exists(file));
}

TEST_CASE("A command with too few or too many arguments exits 2", "[cli]")
{
    const CliSandbox sandbox;
    SECTION("too few")
    {
        const CliResult result = sandbox.run({u"info"_s});
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(u"\"info\""_s));
    }
    SECTION("too many")
    {
        const CliResult result = sandbox.run({u"info"_s, u"a.peerchallenge"_s, u"b.peerchallenge"_s});
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(u"b.peerchallenge"_s));
    }
}
