// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/error.h"
#include "model/registry.h"
#include "storage/database.h"
#include "support/testsupport.h"

using namespace pc;
using namespace pc::test;

TEST_CASE("A new engagement file is marked as ours, versioned and uses a rollback journal", "[storage]")
{
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(QStringLiteral("new.peerchallenge"));
    {
        auto file = makeEngagement(path, device);
        CHECK(file->schemaVersion() == Registry::standard().version());
        CHECK_FALSE(file->isReadOnly());
    }
    auto db = Database::open(path, Database::Mode::ReadOnly);
    CHECK(db->pragmaInteger(QStringLiteral("application_id")) == 0x50434847);
    CHECK(db->pragmaInteger(QStringLiteral("user_version")) == Registry::standard().version());
    Statement mode(*db, QStringLiteral("PRAGMA journal_mode"));
    REQUIRE(mode.step());
    CHECK(mode.text(0) == QStringLiteral("delete"));
}

TEST_CASE("A statement refuses more than one statement of SQL", "[storage]")
{
    auto db = Database::openMemory();
    CHECK_THROWS_AS(Statement(*db, QStringLiteral("SELECT 1; SELECT 2")), Error);
}
