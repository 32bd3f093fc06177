// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagehelpers.h"

#include <QSignalSpy>

using namespace pc;
using namespace pc::test;

namespace {

QSet<QString> mergedFieldNames(const TableDef& table)
{
    QSet<QString> names;
    for (const FieldDef& field : table.fields) {
        if (field.isMerged())
            names.insert(field.name);
    }
    return names;
}

QSet<QString> keysOf(const QHash<QString, FieldStamp>& stamps)
{
    return QSet<QString>(stamps.keyBegin(), stamps.keyEnd());
}

/// The (table, ids) pairs a spy on EngagementFile::changed has seen.
QHash<QString, QSet<QUuid>> announced(const QSignalSpy& spy)
{
    QHash<QString, QSet<QUuid>> result;
    for (const QList<QVariant>& arguments : spy) {
        const auto ids = arguments.at(1).value<QList<QUuid>>();
        result[arguments.at(0).toString()].unite(QSet<QUuid>(ids.cbegin(), ids.cend()));
    }
    return result;
}

} // namespace

TEST_CASE("A new file reopens as the same engagement", "[storage]")
{
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(QStringLiteral("reopen.peerchallenge"));
    QUuid id;
    {
        auto file = makeEngagement(path, device, QStringLiteral("Reopened"));
        id = file->engagementId();
        CHECK_FALSE(id.isNull());
    }
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".creating")));
    auto file = EngagementFile::open(path, device.installation);
    CHECK(file->engagementId() == id);
    CHECK(file->schemaVersion() == Registry::standard().version());
    const auto engagement = file->records().find(file->registry().table(QStringLiteral("engagement")), id);
    REQUIRE(engagement);
    CHECK(engagement->value(QStringLiteral("title")).toString() == QStringLiteral("Reopened"));
}

TEST_CASE("Creating refuses a file that exists already", "[storage]")
{
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(QStringLiteral("taken.peerchallenge"));
    writeAll(path, QByteArrayLiteral("mine"));
    const auto error = errorFrom([&] { (void)makeEngagement(path, device); });
    REQUIRE(error);
    CHECK(error->kind() == ErrorKind::InvalidInput);
    CHECK(readAll(path) == QByteArrayLiteral("mine"));
}

TEST_CASE("Every committed insert, update and removal survives reopening", "[storage]")
{
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(QStringLiteral("persist.peerchallenge"));
    const QUuid id = device.uuids.next();
    {
        auto file = makeEngagement(path, device);
        EngagementFile::Edit edit(*file);
        file->records().insert(memberTable(*file),
                               Record{id,
                                      {{QStringLiteral("name"), QStringLiteral("Ada")},
                                       {QStringLiteral("notes"), QStringLiteral("Finance lead")},
                                       {QStringLiteral("pool_ref"), QStringLiteral("P-7")}},
                                      false});
        edit.commit();
    }
    {
        auto file = EngagementFile::open(path, device.installation);
        const auto member = file->records().find(memberTable(*file), id);
        REQUIRE(member);
        CHECK(member->value(QStringLiteral("name")).toString() == QStringLiteral("Ada"));
        CHECK(member->value(QStringLiteral("notes")).toString() == QStringLiteral("Finance lead"));
        CHECK(member->value(QStringLiteral("pool_ref")).toString() == QStringLiteral("P-7"));
        EngagementFile::Edit edit(*file);
        CHECK(file->records().update(memberTable(*file), id,
                                     {{QStringLiteral("name"), QStringLiteral("Ada Lovelace")},
                                      {QStringLiteral("role"), QStringLiteral("lead-officer-peer")}}));
        edit.commit();
    }
    {
        auto file = EngagementFile::open(path, device.installation);
        const auto member = file->records().find(memberTable(*file), id);
        REQUIRE(member);
        CHECK(member->value(QStringLiteral("name")).toString() == QStringLiteral("Ada Lovelace"));
        CHECK(member->value(QStringLiteral("role")).toString() == QStringLiteral("lead-officer-peer"));
        EngagementFile::Edit edit(*file);
        file->records().remove(memberTable(*file), id);
        edit.commit();
    }
    auto file = EngagementFile::open(path, device.installation);
    CHECK_FALSE(file->records().find(memberTable(*file), id));
    CHECK(file->records().list(memberTable(*file)).isEmpty());
    const auto tombstone = file->records().find(memberTable(*file), id, Visibility::IncludeDeleted);
    REQUIRE(tombstone);
    CHECK(tombstone->deleted);
    CHECK(tombstone->value(QStringLiteral("name")).toString() == QStringLiteral("Ada Lovelace"));
}

TEST_CASE("Every write of a merged field is stamped and a local field never is", "[storage]")
{
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(QStringLiteral("stamps.peerchallenge"));
    auto file = makeEngagement(path, device);
    const TableDef& members = memberTable(*file);
    const QUuid id = device.uuids.next();
    const QUuid deviceId = device.installation.deviceId();
    {
        EngagementFile::Edit edit(*file);
        file->records().insert(members, Record{id, {{QStringLiteral("name"), QStringLiteral("Ada")}}, false});
        edit.commit();
    }
    const QHash<QString, FieldStamp> inserted = file->records().stamps(members, id);
    CHECK(keysOf(inserted) == mergedFieldNames(members));
    CHECK_FALSE(inserted.contains(QStringLiteral("pool_ref")));
    for (const FieldStamp& stamp : inserted) {
        CHECK(stamp.stamp.device == deviceId);
        CHECK(stamp.base.isNull());
    }

    device.clock.advance(1000);
    {
        EngagementFile::Edit edit(*file);
        file->records().update(members, id,
                               {{QStringLiteral("name"), QStringLiteral("Ada L")},
                                {QStringLiteral("pool_ref"), QStringLiteral("P-1")}});
        edit.commit();
    }
    const QHash<QString, FieldStamp> updated = file->records().stamps(members, id);
    const FieldStamp name = updated.value(QStringLiteral("name"));
    CHECK(name.base == inserted.value(QStringLiteral("name")).stamp);
    CHECK(name.stamp > name.base);
    CHECK(name.stamp.device == deviceId);
    CHECK(updated.value(QStringLiteral("notes")) == inserted.value(QStringLiteral("notes")));
    CHECK_FALSE(updated.contains(QStringLiteral("pool_ref")));

    device.clock.advance(1000);
    {
        EngagementFile::Edit edit(*file);
        file->records().remove(members, id);
        edit.commit();
    }
    const QHash<QString, FieldStamp> removed = file->records().stamps(members, id);
    REQUIRE(removed.contains(deletedField));
    CHECK(removed.value(deletedField).stamp > name.stamp);
    CHECK(removed.value(deletedField).base.isNull());
    CHECK(removed.value(QStringLiteral("name")) == name);
    CHECK_FALSE(removed.contains(QStringLiteral("pool_ref")));

    file.reset();
    auto reopened = EngagementFile::open(path, device.installation);
    CHECK(reopened->records().stamps(memberTable(*reopened), id) == removed);
}

TEST_CASE("An edit destroyed without commit changes nothing and announces nothing", "[storage]")
{
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(QStringLiteral("abandon.peerchallenge"));
    auto file = makeEngagement(path, device);
    addMember(*file, QStringLiteral("Kept"));
    const QByteArray before = readAll(path);
    QSignalSpy spy(file.get(), &EngagementFile::changed);
    {
        EngagementFile::Edit edit(*file);
        file->records().insert(
            memberTable(*file),
            Record{device.uuids.next(), {{QStringLiteral("name"), QStringLiteral("Gone")}}, false});
        file->records().update(file->registry().table(QStringLiteral("engagement")), file->engagementId(),
                               {{QStringLiteral("title"), QStringLiteral("Changed")}});
    }
    CHECK(spy.isEmpty());
    CHECK(memberNames(*file) == QStringList{QStringLiteral("Kept")});
    CHECK_FALSE(file->database().inTransaction());
    CHECK(readAll(path) == before);

    // The next committed edit announces only what it changed itself.
    const QUuid kept = file->records().list(memberTable(*file)).first().id;
    {
        EngagementFile::Edit edit(*file);
        file->records().update(memberTable(*file), kept, {{QStringLiteral("notes"), QStringLiteral("seen")}});
        edit.commit();
    }
    CHECK(announced(spy) == QHash<QString, QSet<QUuid>>{{QStringLiteral("member"), {kept}}});

    file.reset();
    auto reopened = EngagementFile::open(path, device.installation);
    CHECK(memberNames(*reopened) == QStringList{QStringLiteral("Kept")});
    const auto engagement = reopened->records().find(reopened->registry().table(QStringLiteral("engagement")),
                                                     reopened->engagementId());
    REQUIRE(engagement);
    CHECK(engagement->value(QStringLiteral("title")).toString() == QStringLiteral("Test engagement"));
}

TEST_CASE("A committed edit announces the members it changed", "[storage]")
{
    TempFolder folder;
    TestDevice device;
    auto file = makeEngagement(folder.path(QStringLiteral("signal.peerchallenge")), device);
    QSignalSpy spy(file.get(), &EngagementFile::changed);
    const QUuid first = device.uuids.next();
    const QUuid second = device.uuids.next();
    {
        EngagementFile::Edit edit(*file);
        file->records().insert(memberTable(*file),
                               Record{first, {{QStringLiteral("name"), QStringLiteral("A")}}, false});
        file->records().insert(memberTable(*file),
                               Record{second, {{QStringLiteral("name"), QStringLiteral("B")}}, false});
        CHECK(spy.isEmpty()); // nothing is announced before the commit
        edit.commit();
    }
    CHECK(announced(spy).value(QStringLiteral("member")) == QSet<QUuid>{first, second});

    spy.clear();
    {
        EngagementFile::Edit edit(*file);
        file->records().remove(memberTable(*file), second);
        edit.commit();
    }
    REQUIRE(spy.size() == 1);
    CHECK(spy.at(0).at(0).toString() == QStringLiteral("member"));
    CHECK(spy.at(0).at(1).value<QList<QUuid>>() == QList<QUuid>{second});
}

TEST_CASE("A laptop whose first edit was abandoned is still recorded as a device", "[storage]")
{
    TempFolder folder;
    TestDevice creator(1);
    TestDevice laptop(2);
    const QString path = folder.path(QStringLiteral("device.peerchallenge"));
    makeEngagement(path, creator).reset();
    auto file = EngagementFile::open(path, laptop.installation, withoutBackup());
    const TableDef& devices = file->registry().table(QStringLiteral("device"));
    {
        EngagementFile::Edit abandoned(*file);
        file->records().insert(
            memberTable(*file),
            Record{laptop.uuids.next(), {{QStringLiteral("name"), QStringLiteral("Never")}}, false});
    }
    addMember(*file, QStringLiteral("Second laptop's member"));
    // Every stamp names a device the file knows (MERGE.md), so the laptop must be in the file.
    CHECK(file->records().find(devices, laptop.installation.deviceId()));
}
