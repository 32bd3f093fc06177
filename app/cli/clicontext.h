// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/uuidsource.h"
#include "storage/installation.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace pc {
class EngagementFile;
}

namespace pc::cli {

/// Exit codes of peerchallenge-cli (DESIGN.md 3.5).
enum ExitCode { Done = 0, ProblemsFound = 1, BadInput = 2, FileError = 3 };

/// A mistake in the command line: printed with a hint to --help, exit code 2.
struct UsageError
{
    QString message;
};

/// What every command needs: the output streams and, when it writes, this computer's identity.
class CliContext
{
public:
    CliContext();

    QTextStream out;
    QTextStream err;

    /// This installation (device id, clock), loaded on first use.
    Installation& installation();
    /// A deterministic identity for `demo --seed`: seeded ids and a clock fixed at 09:00 UTC today.
    Installation& seededInstallation(quint64 seed);

    /// Opens a file only to read it: read-only, no lock, no daily backup.
    [[nodiscard]] std::unique_ptr<EngagementFile> openForReading(const QString& path);

    /// Parses a command's arguments; throws UsageError for unknown options or a wrong count of
    /// positional arguments.
    void parse(QCommandLineParser& parser, const QString& command, const QStringList& arguments,
               int minPositional, int maxPositional);

private:
    SystemClock m_systemClock;
    RandomUuidSource m_randomIds;
    std::unique_ptr<ManualClock> m_fixedClock;
    std::unique_ptr<SeededUuidSource> m_seededIds;
    std::unique_ptr<Installation> m_installation;
};

using Command = int (*)(CliContext& context, const QStringList& arguments);

int newCommand(CliContext& context, const QStringList& arguments);
int infoCommand(CliContext& context, const QStringList& arguments);
int demoCommand(CliContext& context, const QStringList& arguments);
int exportCommand(CliContext& context, const QStringList& arguments);
int importCommand(CliContext& context, const QStringList& arguments);
int mergeCommand(CliContext& context, const QStringList& arguments);
int packetCommand(CliContext& context, const QStringList& arguments);
int backupsCommand(CliContext& context, const QStringList& arguments);
int checkCommand(CliContext& context, const QStringList& arguments);
int poolCommand(CliContext& context, const QStringList& arguments);
int searchCommand(CliContext& context, const QStringList& arguments);

} // namespace pc::cli
