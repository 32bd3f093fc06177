// SPDX-License-Identifier: GPL-3.0-or-later
// pc_kill_helper FILE: writes members to FILE forever, one committed edit each, and prints
// "ack N" after each commit. The kill test stops it with SIGKILL at random moments.
#include "common/clock.h"
#include "common/error.h"
#include "common/uuidsource.h"
#include "model/registry.h"
#include "storage/engagementfile.h"
#include "storage/installation.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: pc_kill_helper FILE\n");
        return 2;
    }
    pc::SystemClock clock;
    pc::RandomUuidSource uuids;
    pc::Installation installation(QUuid::createUuid(), QStringLiteral("Kill helper"), clock, uuids);
    try {
        auto file = pc::EngagementFile::open(arguments.at(1), installation);
        const pc::TableDef& members = file->registry().table(QStringLiteral("member"));
        const QString notes = QStringLiteral("Observed in the session on partnership working. ").repeated(8);
        // Numbering goes on from the members already there, so names stay unique across runs.
        for (qint64 n = file->records().count(members) + 1;; ++n) {
            pc::EngagementFile::Edit edit(*file);
            file->records().insert(members,
                                   pc::Record{uuids.next(),
                                              {{QStringLiteral("name"), QStringLiteral("m%1").arg(n)},
                                               {QStringLiteral("notes"), notes}},
                                              false});
            edit.commit();
            std::printf("ack %lld\n", static_cast<long long>(n));
            std::fflush(stdout);
        }
    } catch (const pc::Error& error) {
        std::fprintf(stderr, "%s\n", error.message().toLocal8Bit().constData());
        return 1;
    }
}
