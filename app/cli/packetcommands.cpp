// SPDX-License-Identifier: GPL-3.0-or-later
// packet export | import: a peer's changes since its last packet as a small file, and its merge.
#include "clicontext.h"

#include "common/error.h"
#include "exchange/notespacket.h"
#include "storage/engagementfile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QObject>

namespace pc::cli {

int packetCommand(CliContext& context, const QStringList& arguments)
{
    const QString action = arguments.value(0);
    if (action == QStringLiteral("import")) {
        // The same merge as a copy's: `merge FILE PACKET` with its options.
        QStringList rest = arguments.mid(1);
        if (rest.size() < 2 && !rest.contains(QStringLiteral("--help")))
            throw UsageError{QObject::tr("\"packet import\" takes the engagement file and the packet.")};
        return mergeCommand(context, rest);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("Notes packets: what this laptop changed since its last packet, to send to the lead.\n"
                    "  packet export FILE -o OUT.pcpacket\n"
                    "  packet import FILE PACKET [--json] [--accept-skew]   (merges it, as merge does)"));
    parser.addPositionalArgument(QStringLiteral("ACTION"), QObject::tr("export or import"));
    parser.addPositionalArgument(QStringLiteral("FILE"), QObject::tr("The engagement file."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QObject::tr("The packet to write."), QStringLiteral("OUT"));
    parser.addOption(output);
    context.parse(parser, QStringLiteral("packet"), arguments, 2, 2);
    if (action != QStringLiteral("export"))
        throw UsageError{QObject::tr("Unknown packet action \"%1\": use export or import.").arg(action)};
    if (!parser.isSet(output))
        throw UsageError{QObject::tr("\"packet export\" needs -o OUT, the packet to write.")};
    const QString path = parser.positionalArguments().at(1);
    OpenOptions options;
    options.dailyBackup = false;
    auto file = EngagementFile::open(path, context.installation(), options);
    const exchange::PacketSummary sent = exchange::exportNotesPacket(*file, parser.value(output));
    context.out << QObject::tr(
                       "Wrote %1: %2 records changed on this laptop since its last packet, and %3 they "
                       "refer to.\n")
                       .arg(QDir::toNativeSeparators(parser.value(output)))
                       .arg(sent.records)
                       .arg(sent.withContext);
    return Done;
}

} // namespace pc::cli
