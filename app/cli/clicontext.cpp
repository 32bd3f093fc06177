// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"

#include "storage/engagementfile.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

namespace pc::cli {

CliContext::CliContext()
    : out(stdout)
    , err(stderr)
{
}

Installation& CliContext::installation()
{
    if (!m_installation)
        m_installation =
            Installation::loadOrCreate(Installation::defaultDirectory(), m_systemClock, m_randomIds);
    return *m_installation;
}

Installation& CliContext::seededInstallation(quint64 seed)
{
    const QDateTime nineToday(QDate::currentDate(), QTime(9, 0), Qt::UTC);
    m_fixedClock = std::make_unique<ManualClock>(nineToday.toMSecsSinceEpoch());
    m_seededIds = std::make_unique<SeededUuidSource>(seed);
    const QUuid device = SeededUuidSource(seed ^ 0xdec0de).next();
    m_installation = std::make_unique<Installation>(device, QStringLiteral("PeerChallenge demo"),
                                                    *m_fixedClock, *m_seededIds);
    return *m_installation;
}

std::unique_ptr<EngagementFile> CliContext::openForReading(const QString& path)
{
    OpenOptions options;
    options.readOnly = true;
    options.dailyBackup = false;
    return EngagementFile::open(path, installation(), options);
}

void CliContext::parse(QCommandLineParser& parser, const QString& command, const QStringList& arguments,
                       int minPositional, int maxPositional)
{
    // A plain option rather than addHelpOption(), which also offers --help-all (Qt's own options).
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QObject::tr("Show this help."));
    parser.addOption(help);
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("peerchallenge-cli %1").arg(command));
    if (!parser.parse(withProgram))
        throw UsageError{parser.errorText()};
    if (parser.isSet(help)) {
        // helpText() names argv[0]; name the command as the user typed it.
        QString text = parser.helpText();
        text.replace(QCoreApplication::arguments().constFirst(),
                     QStringLiteral("peerchallenge-cli %1").arg(command));
        out << text;
        out.flush();
        throw ExitCode::Done;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional)
        throw UsageError{QObject::tr("\"%1\" needs more arguments.").arg(command)};
    if (maxPositional >= 0 && count > maxPositional)
        throw UsageError{QObject::tr("\"%1\" got an unexpected argument \"%2\".")
                             .arg(command, parser.positionalArguments().value(maxPositional))};
}

} // namespace pc::cli
