// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagehelpers.h"

#include <QSignalSpy>

using namespace pc;
using namespace pc::test;

// A page limit on the connection stands in for a full disk: SQLite answers SQLITE_FULL either way.
TEST_CASE("A full disk fails the edit with a clear error and loses nothing", "[storage]")
{
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(QStringLiteral("full.peerchallenge"));
    auto file = makeEngagement(path, device);
    for (int i = 0; i < 3; ++i)
        addMember(*file, QStringLiteral("Kept %1").arg(i),
                  QStringLiteral("Committed before the disk filled up."));
    const QStringList before = memberNames(*file);

    const qint64 pages = file->database().pragmaInteger(QStringLiteral("page_count"));
    file->database().exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 1));
    QSignalSpy spy(file.get(), &EngagementFile::changed);
    // The longest notes a member takes (20,000 characters), so that each insert needs new pages.
    const QString notes =
        QStringLiteral("x").repeated(memberTable(*file).field(QStringLiteral("notes"))->maxLength);
    int inserted = 0;
    const auto error = errorFrom([&] {
        EngagementFile::Edit edit(*file);
        for (; inserted < 100; ++inserted)
            file->records().insert(memberTable(*file),
                                   Record{device.uuids.next(),
                                          {{QStringLiteral("name"), QStringLiteral("Big %1").arg(inserted)},
                                           {QStringLiteral("notes"), notes}},
                                          false});
        edit.commit();
    });
    REQUIRE(error);
    CHECK(error->kind() == ErrorKind::DiskFull);
    CHECK(error->message().contains(QStringLiteral("disk is full")));
    CHECK(inserted < 100);
    CHECK(spy.isEmpty());
    CHECK_FALSE(file->database().inTransaction());
    CHECK(memberNames(*file) == before);

    file.reset();
    auto reopened = EngagementFile::open(path, device.installation);
    CHECK(integrityCheck(reopened->database()) == QStringLiteral("ok"));
    CHECK(memberNames(*reopened) == before);
    addMember(*reopened, QStringLiteral("After")); // with room again, editing goes on
    CHECK(memberNames(*reopened).size() == before.size() + 1);
}
