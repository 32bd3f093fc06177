// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagehelpers.h"

#include "storage/backups.h"
#include "storage/followuprepository.h"
#include "storage/migrations.h"
#include "storage/schema.h"
#include "storage/searchindex.h"

#include "model/availability.h"
#include "model/session.h"

#include <QDateTime>
#include <QFile>

using namespace pc;
using namespace pc::test;

namespace {

const int current = Registry::standard().version();
const int next = current + 1;

QString fixtureName(int version)
{
    return QStringLiteral("engagement-v%1.peerchallenge").arg(version);
}

/// A synthetic next schema version: the standard tables, a new text field on `theme` and a new
/// table, as the next real version will add them.
const Registry& registryNext()
{
    static const Registry registry = [] {
        QList<TableDef> tables = Registry::standard().tables();
        for (TableDef& table : tables) {
            if (table.name == QStringLiteral("theme")) {
                FieldDef colour;
                colour.name = QStringLiteral("colour");
                colour.jsonName = QStringLiteral("colour");
                colour.required = true;
                colour.maxLength = 50;
                colour.since = next;
                table.fields.append(colour);
            }
        }
        FieldDef place;
        place.name = QStringLiteral("place");
        place.jsonName = QStringLiteral("place");
        place.required = true;
        place.since = next;
        TableDef visits;
        visits.name = QStringLiteral("site_visit");
        visits.jsonName = QStringLiteral("siteVisits");
        visits.fields = {place};
        visits.since = next;
        tables.append(visits);
        return Registry(next, tables);
    }();
    return registry;
}

/// A file of the current version with one theme.
QString makeCurrent(const TempFolder& folder, TestDevice& device, const QString& name)
{
    const QString path = folder.path(name);
    auto file = makeEngagement(path, device);
    EngagementFile::Edit edit(*file);
    file->records().insert(
        file->registry().table(QStringLiteral("theme")),
        Record{device.uuids.next(), {{QStringLiteral("title"), QStringLiteral("Leadership")}}, false});
    edit.commit();
    return path;
}

QStringList themeTitles(EngagementFile& file)
{
    QStringList titles;
    for (const Record& theme : file.records().list(file.registry().table(QStringLiteral("theme"))))
        titles.append(theme.value(QStringLiteral("title")).toString());
    return titles;
}

void checkIsCurrent(const QString& path, TestDevice& device)
{
    OpenOptions options = withoutBackup();
    options.readOnly = true;
    auto file = EngagementFile::open(path, device.installation, options);
    CHECK(file->schemaVersion() == current);
    CHECK(themeTitles(*file) == QStringList{QStringLiteral("Leadership")});
}

/// The fixture's content, written once by the hidden generator and read by the fixture test.
void populateFixture(EngagementFile& file, TestDevice& device)
{
    const Registry& registry = file.registry();
    EngagementFile::Edit edit(file);
    RecordStore& records = file.records();
    const QUuid theme = device.uuids.next();
    records.insert(
        registry.table(QStringLiteral("theme")),
        Record{theme,
               {{QStringLiteral("title"), QStringLiteral("Leadership")}, {QStringLiteral("position"), 1.0}},
               false});
    records.insert(registry.table(QStringLiteral("theme")),
                   Record{device.uuids.next(),
                          {{QStringLiteral("title"), QStringLiteral("Financial planning")},
                           {QStringLiteral("position"), 2.0}},
                          false});
    records.insert(registry.table(QStringLiteral("key_question")),
                   Record{device.uuids.next(),
                          {{QStringLiteral("theme_id"), theme},
                           {QStringLiteral("text"), QStringLiteral("Is there a shared vision?")}},
                          false});
    const QUuid lead = device.uuids.next();
    records.insert(memberTable(file), Record{lead,
                                             {{QStringLiteral("name"), QStringLiteral("Ada Lovelace")},
                                              {QStringLiteral("role"), QStringLiteral("lead-officer-peer")},
                                              {QStringLiteral("pool_ref"), QStringLiteral("P-1")}},
                                             false});
    const QUuid gone = device.uuids.next();
    records.insert(memberTable(file),
                   Record{gone, {{QStringLiteral("name"), QStringLiteral("Removed Peer")}}, false});
    records.link(registry.table(QStringLiteral("theme_lead")), theme, lead);
    edit.commit();
    device.clock.advance(1000);
    EngagementFile::Edit removal(file);
    records.remove(memberTable(file), gone);
    removal.commit();
}

/// What the version 2 fixture adds: a contact, a document with a theme and a reader who has
/// read it, a member's availability and declaration, the scope agreement.
void populateVersion2(EngagementFile& file, TestDevice& device)
{
    const Registry& registry = file.registry();
    RecordStore& records = file.records();
    const QUuid theme = records.list(registry.table(QStringLiteral("theme"))).first().id;
    const QUuid member = records.list(memberTable(file)).first().id;
    EngagementFile::Edit edit(file);
    records.update(registry.table(QStringLiteral("engagement")), file.engagementId(),
                   {{QStringLiteral("scope_agreement"), QStringLiteral("## Scope\n\n- Leadership\n")},
                    {QStringLiteral("scope_agreed"), QDate(2026, 9, 1)}});
    records.update(memberTable(file), member,
                   {{QStringLiteral("conflict_status"), QStringLiteral("declared")},
                    {QStringLiteral("conflict_details"), QStringLiteral("Former auditor")},
                    {QStringLiteral("conflict_decision"), QStringLiteral("managed")}});
    records.insert(registry.table(QStringLiteral("contact")),
                   Record{device.uuids.next(),
                          {{QStringLiteral("name"), QStringLiteral("Pat Leader")},
                           {QStringLiteral("role"), QStringLiteral("leader")}},
                          false});
    const QUuid document = device.uuids.next();
    records.insert(registry.table(QStringLiteral("document")),
                   Record{document,
                          {{QStringLiteral("title"), QStringLiteral("Position statement")},
                           {QStringLiteral("received"), QDate(2026, 9, 20)}},
                          false});
    records.link(registry.table(QStringLiteral("document_theme")), document, theme);
    records.link(registry.table(QStringLiteral("document_reader")), document, member);
    records.link(registry.table(QStringLiteral("document_read")), document, member);
    records.insert(registry.table(QStringLiteral("availability")),
                   Record{availabilityId(member, QDate(2026, 10, 6)),
                          {{QStringLiteral("member_id"), member},
                           {QStringLiteral("day"), QDate(2026, 10, 6)},
                           {QStringLiteral("status"), QStringLiteral("morning")}},
                          false});
    edit.commit();
}

void checkVersion2Content(EngagementFile& file)
{
    RecordStore& records = file.records();
    const Registry& registry = file.registry();
    for (const QString& table :
         {QStringLiteral("contact"), QStringLiteral("document"), QStringLiteral("document_theme"),
          QStringLiteral("document_reader"), QStringLiteral("document_read"), QStringLiteral("availability")})
        CHECK(records.count(registry.table(table)) == 1);
    const Record member = records.list(memberTable(file)).first();
    CHECK(member.value(QStringLiteral("conflict_decision")).toString() == QStringLiteral("managed"));
    const auto engagement = records.find(registry.table(QStringLiteral("engagement")), file.engagementId());
    REQUIRE(engagement);
    CHECK(engagement->value(QStringLiteral("scope_agreed")).toDate() == QDate(2026, 9, 1));
}

/// What the version 3 fixture adds: a location, a session with a member, a group met, a theme,
/// a key question and a named attendee, and the engagement's schedule settings.
void populateVersion3(EngagementFile& file, TestDevice& device)
{
    const Registry& registry = file.registry();
    RecordStore& records = file.records();
    const QUuid theme = records.list(registry.table(QStringLiteral("theme"))).first().id;
    const QUuid question = records.list(registry.table(QStringLiteral("key_question"))).first().id;
    const QUuid member = records.list(memberTable(file)).first().id;
    const QUuid contact = records.list(registry.table(QStringLiteral("contact"))).first().id;
    EngagementFile::Edit edit(file);
    records.update(registry.table(QStringLiteral("engagement")), file.engagementId(),
                   {{QStringLiteral("week_hours"), 36.0}, {QStringLiteral("longest_stretch"), qint64(200)}});
    records.insert(registry.table(QStringLiteral("location")),
                   Record{locationId(QStringLiteral("Depot")),
                          {{QStringLiteral("name"), QStringLiteral("Depot")},
                           {QStringLiteral("travel_minutes"), qint64(25)}},
                          false});
    const QUuid session = device.uuids.next();
    records.insert(registry.table(QStringLiteral("session")),
                   Record{session,
                          {{QStringLiteral("day"), QDate(2026, 10, 6)},
                           {QStringLiteral("start_minute"), qint64(9 * 60)},
                           {QStringLiteral("end_minute"), qint64(10 * 60)},
                           {QStringLiteral("kind"), QStringLiteral("interview")},
                           {QStringLiteral("title"), QStringLiteral("Leader and chief executive")},
                           {QStringLiteral("location"), QStringLiteral("Depot")}},
                          false});
    records.insert(registry.table(QStringLiteral("session_member")),
                   Record{attendanceId(session, member),
                          {{QStringLiteral("session_id"), session},
                           {QStringLiteral("member_id"), member},
                           {QStringLiteral("part"), QStringLiteral("note-taker")}},
                          false});
    records.insert(registry.table(QStringLiteral("session_group")),
                   Record{groupMetId(session, ParticipantGroup::PoliticalLeadership),
                          {{QStringLiteral("session_id"), session},
                           {QStringLiteral("participant_group"), QStringLiteral("political-leadership")},
                           {QStringLiteral("headcount"), qint64(2)}},
                          false});
    records.link(registry.table(QStringLiteral("session_theme")), session, theme);
    records.link(registry.table(QStringLiteral("session_question")), session, question);
    records.link(registry.table(QStringLiteral("session_contact")), session, contact);
    edit.commit();
}

const QStringList version3Tables{QStringLiteral("location"),       QStringLiteral("session"),
                                 QStringLiteral("session_member"), QStringLiteral("session_group"),
                                 QStringLiteral("session_theme"),  QStringLiteral("session_question"),
                                 QStringLiteral("session_contact")};

void checkVersion3Content(EngagementFile& file)
{
    RecordStore& records = file.records();
    const Registry& registry = file.registry();
    for (const QString& table : version3Tables)
        CHECK(records.count(registry.table(table)) == 1);
    const auto engagement = records.find(registry.table(QStringLiteral("engagement")), file.engagementId());
    REQUIRE(engagement);
    CHECK(engagement->value(QStringLiteral("week_hours")).toDouble() == 36.0);
    CHECK(engagement->value(QStringLiteral("longest_stretch")).toLongLong() == 200);
}

/// What the version 4 fixture adds: two notes on a theme (one from the session, one from the
/// document), a finding with both as evidence, and a key recommendation answering it.
void populateVersion4(EngagementFile& file, TestDevice& device)
{
    const Registry& registry = file.registry();
    RecordStore& records = file.records();
    const QUuid theme = records.list(registry.table(QStringLiteral("theme"))).first().id;
    const QUuid member = records.list(memberTable(file)).first().id;
    const QUuid session = records.list(registry.table(QStringLiteral("session"))).first().id;
    const QUuid document = records.list(registry.table(QStringLiteral("document"))).first().id;
    EngagementFile::Edit edit(file);
    const QUuid heard = device.uuids.next();
    records.insert(
        registry.table(QStringLiteral("note")),
        Record{heard,
               {{QStringLiteral("text"), QStringLiteral("Leader: the housing plan is owned by cabinet.")},
                {QStringLiteral("session_id"), session},
                {QStringLiteral("author_id"), member},
                {QStringLiteral("captured_at"), QDateTime(QDate(2026, 10, 6), QTime(9, 20), Qt::UTC)},
                {QStringLiteral("kind"), QStringLiteral("observation")},
                {QStringLiteral("sentiment"), QStringLiteral("strength")}},
               false});
    const QUuid read = device.uuids.next();
    records.insert(
        registry.table(QStringLiteral("note")),
        Record{
            read,
            {{QStringLiteral("text"), QStringLiteral("\"The café quarter's housing plan\" has milestones.")},
             {QStringLiteral("document_id"), document},
             {QStringLiteral("author_id"), member},
             {QStringLiteral("captured_at"), QDateTime(QDate(2026, 10, 5), QTime(19, 0), Qt::UTC)},
             {QStringLiteral("kind"), QStringLiteral("quote")}},
            false});
    records.link(registry.table(QStringLiteral("note_theme")), heard, theme);
    records.link(registry.table(QStringLiteral("note_theme")), read, theme);
    const QUuid finding = device.uuids.next();
    records.insert(
        registry.table(QStringLiteral("finding")),
        Record{finding,
               {{QStringLiteral("theme_id"), theme},
                {QStringLiteral("kind"), QStringLiteral("strength")},
                {QStringLiteral("title"), QStringLiteral("A housing plan the council owns")},
                {QStringLiteral("text"), QStringLiteral("Cabinet owns the plan, which has milestones.")},
                {QStringLiteral("status"), QStringLiteral("agreed")},
                {QStringLiteral("position"), 1.0}},
               false});
    records.link(registry.table(QStringLiteral("finding_note")), finding, heard);
    records.link(registry.table(QStringLiteral("finding_note")), finding, read);
    const QUuid recommendation = device.uuids.next();
    records.insert(registry.table(QStringLiteral("recommendation")),
                   Record{recommendation,
                          {{QStringLiteral("theme_id"), theme},
                           {QStringLiteral("text"), QStringLiteral("Publish the housing plan's milestones.")},
                           {QStringLiteral("position"), 1.0},
                           {QStringLiteral("key_position"), 1.0}},
                          false});
    records.link(registry.table(QStringLiteral("recommendation_finding")), recommendation, finding);
    edit.commit();
}

const QStringList version4Tables{QStringLiteral("note"),           QStringLiteral("note_theme"),
                                 QStringLiteral("finding"),        QStringLiteral("finding_note"),
                                 QStringLiteral("recommendation"), QStringLiteral("recommendation_finding")};

void checkVersion4Content(EngagementFile& file)
{
    RecordStore& records = file.records();
    const Registry& registry = file.registry();
    const QHash<QString, int> counts{
        {QStringLiteral("note"), 2},           {QStringLiteral("note_theme"), 2},
        {QStringLiteral("finding"), 1},        {QStringLiteral("finding_note"), 2},
        {QStringLiteral("recommendation"), 1}, {QStringLiteral("recommendation_finding"), 1}};
    for (const QString& table : version4Tables)
        CHECK(records.count(registry.table(table)) == counts.value(table));
    const QUuid session = records.list(registry.table(QStringLiteral("session"))).first().id;
    const QList<Record> fromSession =
        records.children(registry.table(QStringLiteral("note")), QStringLiteral("session_id"), session);
    REQUIRE(fromSession.size() == 1);
    CHECK(fromSession.first().value(QStringLiteral("sentiment")).toString() == QStringLiteral("strength"));
    const Record recommendation = records.list(registry.table(QStringLiteral("recommendation"))).first();
    CHECK(recommendation.value(QStringLiteral("key_position")).toDouble() == 1.0);
    // The search index came with the notes: prefixes, accents and phrases find them.
    const TableDef& notes = registry.table(QStringLiteral("note"));
    CHECK(records.search(notes, QStringLiteral("hous")).size() == 2);
    CHECK(records.search(notes, QStringLiteral("cafe")).size() == 1);
    CHECK(records.search(notes, QStringLiteral("\"owned by cabinet\"")).size() == 1);
    CHECK(records.search(registry.table(QStringLiteral("finding")), QStringLiteral("milestones")).size()
          == 1);
}

void checkFixtureContent(EngagementFile& file)
{
    CHECK(themeTitles(file)
          == (QStringList{QStringLiteral("Leadership"), QStringLiteral("Financial planning")}));
    CHECK(memberNames(file) == QStringList{QStringLiteral("Ada Lovelace")});
    const QList<Record> all = file.records().list(memberTable(file), Visibility::IncludeDeleted);
    CHECK(all.size() == 2);
    CHECK(file.records().count(file.registry().table(QStringLiteral("key_question"))) == 1);
    CHECK(file.records().count(file.registry().table(QStringLiteral("theme_lead"))) == 1);
    const auto engagement =
        file.records().find(file.registry().table(QStringLiteral("engagement")), file.engagementId());
    REQUIRE(engagement);
    CHECK(engagement->value(QStringLiteral("title")).toString().startsWith(QStringLiteral("Version ")));
}

} // namespace

TEST_CASE("An older file is upgraded after a backup copy is taken", "[storage][migration]")
{
    TempFolder folder;
    TestDevice device;
    const QString path = makeCurrent(folder, device, QStringLiteral("old.peerchallenge"));
    OpenOptions options = withoutBackup();
    QString backup;
    SECTION("with a backup folder")
    {
        options.backupRoot = folder.path(QStringLiteral("backups"));
        backup = BackupStore(options.backupRoot).folderFor(path)
                 + QStringLiteral("/before-upgrade-v%1.peerchallenge").arg(current);
    }
    SECTION("without a backup folder")
    {
        backup = path + QStringLiteral(".v%1-backup").arg(current);
    }
    {
        auto file = EngagementFile::open(path, device.installation, options, &registryNext());
        CHECK(file->schemaVersion() == next);
        CHECK_NOTHROW(schema::verify(file->database(), registryNext(), next));
        CHECK(tableNames(file->database()).contains(QStringLiteral("site_visit")));
        CHECK(columnNames(file->database(), QStringLiteral("theme")).contains(QStringLiteral("colour")));
        const QList<Record> themes = file->records().list(file->registry().table(QStringLiteral("theme")));
        REQUIRE(themes.size() == 1);
        CHECK(themes.first().value(QStringLiteral("title")).toString() == QStringLiteral("Leadership"));
        CHECK(themes.first().value(QStringLiteral("colour")).toString().isEmpty());
        EngagementFile::Edit edit(*file);
        file->records().insert(
            file->registry().table(QStringLiteral("site_visit")),
            Record{device.uuids.next(), {{QStringLiteral("place"), QStringLiteral("Town hall")}}, false});
        edit.commit();
    }
    REQUIRE(QFileInfo::exists(backup));
    checkIsCurrent(backup, device);

    // Reopening the upgraded file runs no migration again and keeps what was written.
    const QByteArray backupBytes = readAll(backup);
    auto file = EngagementFile::open(path, device.installation, options, &registryNext());
    CHECK(file->schemaVersion() == next);
    CHECK(file->records().count(file->registry().table(QStringLiteral("site_visit"))) == 1);
    CHECK(readAll(backup) == backupBytes);
    file.reset();

    const auto error =
        errorFrom([&] { (void)EngagementFile::open(path, device.installation, withoutBackup()); });
    REQUIRE(error);
    CHECK(error->kind() == ErrorKind::NewerVersion);
}

TEST_CASE("A migration step runs its extra work in the same transaction", "[storage][migration]")
{
    TempFolder folder;
    TestDevice device;
    const QString path = makeCurrent(folder, device, QStringLiteral("extra.peerchallenge"));
    {
        auto db = Database::open(path, Database::Mode::ReadWrite);
        const MigrationStep paint{
            next, [](Database& target) { target.exec(QStringLiteral("UPDATE theme SET colour = 'teal'")); }};
        Migrator(registryNext(), {paint}).upgrade(*db, current);
        CHECK(db->pragmaInteger(QStringLiteral("user_version")) == next);
    }
    auto file = EngagementFile::open(path, device.installation, withoutBackup(), &registryNext());
    const QList<Record> themes = file->records().list(file->registry().table(QStringLiteral("theme")));
    REQUIRE(themes.size() == 1);
    CHECK(themes.first().value(QStringLiteral("colour")).toString() == QStringLiteral("teal"));
}

TEST_CASE("A migration step that fails leaves the file at its old version", "[storage][migration]")
{
    TempFolder folder;
    TestDevice device;
    const QString path = makeCurrent(folder, device, QStringLiteral("failing.peerchallenge"));
    {
        auto db = Database::open(path, Database::Mode::ReadWrite);
        const MigrationStep failing{next, [](Database& target) {
                                        target.exec(QStringLiteral("UPDATE theme SET colour = 'teal'"));
                                        throw Error(ErrorKind::Corrupt, QStringLiteral("the step failed"));
                                    }};
        const auto error = errorFrom([&] { Migrator(registryNext(), {failing}).upgrade(*db, current); });
        REQUIRE(error);
        CHECK(error->message() == QStringLiteral("the step failed"));
        CHECK_FALSE(db->inTransaction());
        CHECK(db->pragmaInteger(QStringLiteral("user_version")) == current);
        CHECK_FALSE(tableNames(*db).contains(QStringLiteral("site_visit")));
        CHECK_FALSE(columnNames(*db, QStringLiteral("theme")).contains(QStringLiteral("colour")));
        CHECK(db->pragmaInteger(QStringLiteral("foreign_keys")) == 1);
    }
    checkIsCurrent(path, device);
}

TEST_CASE("A migration step is safe to rerun on a file that already has it", "[storage][migration]")
{
    TempFolder folder;
    TestDevice device;
    const QString path = makeCurrent(folder, device, QStringLiteral("rerun.peerchallenge"));
    EngagementFile::open(path, device.installation, withoutBackup(), &registryNext()).reset();
    auto db = Database::open(path, Database::Mode::ReadWrite);
    CHECK_NOTHROW(Migrator(registryNext(), {}).upgrade(*db, current));
    CHECK(db->pragmaInteger(QStringLiteral("user_version")) == next);
    CHECK_NOTHROW(schema::verify(*db, registryNext(), next));
}

TEST_CASE("A file that needs upgrading is not opened read-only", "[storage][migration]")
{
    TempFolder folder;
    TestDevice device;
    const QString path = makeCurrent(folder, device, QStringLiteral("readonly.peerchallenge"));
    const QByteArray before = readAll(path);
    OpenOptions options = withoutBackup();
    options.readOnly = true;
    const auto error =
        errorFrom([&] { (void)EngagementFile::open(path, device.installation, options, &registryNext()); });
    REQUIRE(error);
    CHECK(error->kind() == ErrorKind::ReadOnly);
    CHECK(readAll(path) == before);
}

TEST_CASE("The committed version 1 fixture is upgraded to the current version", "[storage][migration]")
{
    const QString fixture = dataPath(fixtureName(1));
    REQUIRE(QFileInfo::exists(fixture));
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(fixtureName(1)); // never open the committed file itself
    REQUIRE(QFile::copy(fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        CHECK(db->pragmaInteger(QStringLiteral("user_version")) == 1);
    }
    OpenOptions options = withoutBackup();
    options.backupRoot = folder.path(QStringLiteral("backups"));
    {
        auto file = EngagementFile::open(path, device.installation, options);
        CHECK(file->schemaVersion() == current);
        CHECK_NOTHROW(schema::verify(file->database(), Registry::standard(), current));
        checkFixtureContent(*file);
        CHECK(integrityCheck(file->database()) == QStringLiteral("ok"));
        // Version 2: the new tables are there and empty; the new member fields take defaults.
        for (const QString& table : {QStringLiteral("contact"), QStringLiteral("document"),
                                     QStringLiteral("document_theme"), QStringLiteral("document_reader"),
                                     QStringLiteral("document_read"), QStringLiteral("availability")})
            CHECK(file->records().count(file->registry().table(table)) == 0);
        const QList<Record> members = file->records().list(memberTable(*file));
        REQUIRE(members.size() == 1);
        CHECK(members.first().value(QStringLiteral("conflict_status")).toString()
              == QStringLiteral("not-asked"));
        CHECK(members.first().value(QStringLiteral("conflict_decision")).toString()
              == QStringLiteral("pending"));
        CHECK(members.first().value(QStringLiteral("pool_ref")).toString() == QStringLiteral("P-1"));
        // The upgraded file takes version-2 records.
        EngagementFile::Edit edit(*file);
        file->records().insert(file->registry().table(QStringLiteral("contact")),
                               Record{device.uuids.next(),
                                      {{QStringLiteral("name"), QStringLiteral("Pat Leader")},
                                       {QStringLiteral("role"), QStringLiteral("leader")}},
                                      false});
        edit.commit();
    }
    CHECK(QFileInfo::exists(BackupStore(options.backupRoot).folderFor(path)
                            + QStringLiteral("/before-upgrade-v1.peerchallenge")));
    auto reopened = EngagementFile::open(path, device.installation, withoutBackup());
    CHECK(reopened->records().count(reopened->registry().table(QStringLiteral("contact"))) == 1);
    reopened.reset();
    auto further = EngagementFile::open(path, device.installation, withoutBackup(), &registryNext());
    CHECK(further->schemaVersion() == next);
    checkFixtureContent(*further);
}

TEST_CASE("The committed version 2 fixture opens at the current version with its content",
          "[storage][migration]")
{
    const QString fixture = dataPath(fixtureName(2));
    REQUIRE(QFileInfo::exists(fixture));
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(fixtureName(2)); // never open the committed file itself
    REQUIRE(QFile::copy(fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto file = EngagementFile::open(path, device.installation, withoutBackup());
    CHECK(file->schemaVersion() == current);
    CHECK(integrityCheck(file->database()) == QStringLiteral("ok"));
    checkFixtureContent(*file);
    checkVersion2Content(*file);
    // Version 3: the schedule tables are there and empty; the settings take their defaults.
    for (const QString& table : version3Tables)
        CHECK(file->records().count(file->registry().table(table)) == 0);
    const auto engagement =
        file->records().find(file->registry().table(QStringLiteral("engagement")), file->engagementId());
    REQUIRE(engagement);
    CHECK(engagement->value(QStringLiteral("week_hours")).toDouble() == 0.0);
    CHECK(engagement->value(QStringLiteral("longest_stretch")).toLongLong() == 0);
    // The upgraded file takes version-3 records.
    populateVersion3(*file, device);
    checkVersion3Content(*file);
}

TEST_CASE("The committed version 3 fixture opens at the current version with its content",
          "[storage][migration]")
{
    const QString fixture = dataPath(fixtureName(3));
    REQUIRE(QFileInfo::exists(fixture));
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(fixtureName(3)); // never open the committed file itself
    REQUIRE(QFile::copy(fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto file = EngagementFile::open(path, device.installation, withoutBackup());
    CHECK(file->schemaVersion() == current);
    CHECK(integrityCheck(file->database()) == QStringLiteral("ok"));
    checkFixtureContent(*file);
    checkVersion2Content(*file);
    checkVersion3Content(*file);
    // Version 4: the evidence tables are there and empty, with their search indexes.
    for (const QString& table : version4Tables)
        CHECK(file->records().count(file->registry().table(table)) == 0);
    const QSet<QString> tables = tableNames(file->database());
    CHECK(tables.contains(QStringLiteral("note_search")));
    CHECK(tables.contains(QStringLiteral("finding_search")));
    CHECK(file->records()
              .search(file->registry().table(QStringLiteral("note")), QStringLiteral("housing"))
              .isEmpty());
    // The upgraded file takes version-4 records, and search finds them.
    populateVersion4(*file, device);
    checkVersion4Content(*file);
}

TEST_CASE("The committed version 4 fixture opens at the current version with its content",
          "[storage][migration]")
{
    const QString fixture = dataPath(fixtureName(4));
    REQUIRE(QFileInfo::exists(fixture));
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(fixtureName(4)); // never open the committed file itself
    REQUIRE(QFile::copy(fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        CHECK(db->pragmaInteger(QStringLiteral("user_version")) == 4);
    }
    auto file = EngagementFile::open(path, device.installation, withoutBackup());
    CHECK(file->schemaVersion() == current);
    CHECK(integrityCheck(file->database()) == QStringLiteral("ok"));
    checkFixtureContent(*file);
    checkVersion2Content(*file);
    checkVersion3Content(*file);
    checkVersion4Content(*file);
}

/// What the version 5 fixture adds: a notes packet this laptop exported (its watermark).
void populateVersion5(EngagementFile& file, TestDevice& device)
{
    RecordStore& records = file.records();
    EngagementFile::Edit edit(file);
    records.insert(file.registry().table(QStringLiteral("packet")),
                   Record{device.uuids.next(),
                          {{QStringLiteral("device_id"), device.installation.deviceId()},
                           {QStringLiteral("since_hlc"), qint64(0)},
                           {QStringLiteral("upto_hlc"), qint64(117'309'440'000'000'000)},
                           {QStringLiteral("exported_at"), device.clock.now().toUTC()},
                           {QStringLiteral("records"), qint64(12)}},
                          false});
    edit.commit();
}

void checkVersion5Content(EngagementFile& file)
{
    const QList<Record> packets = file.records().list(file.registry().table(QStringLiteral("packet")));
    REQUIRE(packets.size() == 1);
    CHECK(packets.first().value(QStringLiteral("upto_hlc")).toLongLong() == 117'309'440'000'000'000);
    CHECK(packets.first().value(QStringLiteral("records")).toLongLong() == 12);
}

TEST_CASE("The committed version 4 fixture upgrades with an empty list of packets that takes one",
          "[storage][migration]")
{
    const QString fixture = dataPath(fixtureName(4));
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(fixtureName(4));
    REQUIRE(QFile::copy(fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto file = EngagementFile::open(path, device.installation, withoutBackup());
    CHECK(file->schemaVersion() == current);
    CHECK(integrityCheck(file->database()) == QStringLiteral("ok"));
    checkVersion4Content(*file);
    CHECK(file->records().count(file->registry().table(QStringLiteral("packet"))) == 0);
    populateVersion5(*file, device);
    checkVersion5Content(*file);
}

TEST_CASE("The committed version 5 fixture opens at the current version with its content",
          "[storage][migration]")
{
    const QString fixture = dataPath(fixtureName(5));
    REQUIRE(QFileInfo::exists(fixture));
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(fixtureName(5));
    REQUIRE(QFile::copy(fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        CHECK(db->pragmaInteger(QStringLiteral("user_version")) == 5);
    }
    auto file = EngagementFile::open(path, device.installation, withoutBackup());
    CHECK(file->schemaVersion() == current);
    CHECK(integrityCheck(file->database()) == QStringLiteral("ok"));
    checkFixtureContent(*file);
    checkVersion4Content(*file);
    checkVersion5Content(*file);
}

/// What the version 6 fixture adds: a narrative section, an issued draft and a comment on it.
void populateVersion6(EngagementFile& file, TestDevice& device)
{
    RecordStore& records = file.records();
    EngagementFile::Edit edit(file);
    records.insert(file.registry().table(QStringLiteral("report_section")),
                   Record{device.uuids.next(),
                          {{QStringLiteral("report"), QStringLiteral("feedback")},
                           {QStringLiteral("section"), QStringLiteral("introduction")},
                           {QStringLiteral("text"),
                            QStringLiteral("The council asked for a **corporate** peer challenge.")}},
                          false});
    records.insert(file.registry().table(QStringLiteral("report_version")),
                   Record{device.uuids.next(),
                          {{QStringLiteral("report"), QStringLiteral("feedback")},
                           {QStringLiteral("number"), qint64(1)},
                           {QStringLiteral("state"), QStringLiteral("draft")},
                           {QStringLiteral("issued"), QDate(2026, 4, 14)},
                           {QStringLiteral("note"), QStringLiteral("For the factual-accuracy check")}},
                          false});
    records.insert(
        file.registry().table(QStringLiteral("accuracy_comment")),
        Record{device.uuids.next(),
               {{QStringLiteral("report"), QStringLiteral("feedback")},
                {QStringLiteral("section"), QStringLiteral("introduction")},
                {QStringLiteral("version"), qint64(1)},
                {QStringLiteral("received"), QDate(2026, 4, 28)},
                {QStringLiteral("comment"), QStringLiteral("The council has 51 councillors, not 50.")},
                {QStringLiteral("decision"), QStringLiteral("accepted")},
                {QStringLiteral("response"), QStringLiteral("Corrected to 51.")},
                {QStringLiteral("position"), 1.0}},
               false});
    edit.commit();
}

void checkVersion6Content(EngagementFile& file)
{
    const QList<Record> sections =
        file.records().list(file.registry().table(QStringLiteral("report_section")));
    REQUIRE(sections.size() == 1);
    CHECK(
        sections.first().value(QStringLiteral("text")).toString().contains(QStringLiteral("**corporate**")));
    const QList<Record> versions =
        file.records().list(file.registry().table(QStringLiteral("report_version")));
    REQUIRE(versions.size() == 1);
    CHECK(versions.first().value(QStringLiteral("issued")).toDate() == QDate(2026, 4, 14));
    const QList<Record> comments =
        file.records().list(file.registry().table(QStringLiteral("accuracy_comment")));
    REQUIRE(comments.size() == 1);
    CHECK(comments.first().value(QStringLiteral("decision")).toString() == QStringLiteral("accepted"));
}

TEST_CASE("The committed version 5 fixture upgrades with empty report tables that take records",
          "[storage][migration]")
{
    const QString fixture = dataPath(fixtureName(5));
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(fixtureName(5));
    REQUIRE(QFile::copy(fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto file = EngagementFile::open(path, device.installation, withoutBackup());
    CHECK(file->schemaVersion() == current);
    CHECK(integrityCheck(file->database()) == QStringLiteral("ok"));
    checkVersion5Content(*file);
    for (const QString& table : {QStringLiteral("report_section"), QStringLiteral("report_version"),
                                 QStringLiteral("accuracy_comment")})
        CHECK(file->records().count(file->registry().table(table)) == 0);
    populateVersion6(*file, device);
    checkVersion6Content(*file);
}

TEST_CASE("The committed version 6 fixture opens at the current version with its content",
          "[storage][migration]")
{
    const QString fixture = dataPath(fixtureName(6));
    REQUIRE(QFileInfo::exists(fixture));
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(fixtureName(6));
    REQUIRE(QFile::copy(fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        CHECK(db->pragmaInteger(QStringLiteral("user_version")) == 6);
    }
    auto file = EngagementFile::open(path, device.installation, withoutBackup());
    CHECK(file->schemaVersion() == current);
    CHECK(integrityCheck(file->database()) == QStringLiteral("ok"));
    checkFixtureContent(*file);
    checkVersion5Content(*file);
    checkVersion6Content(*file);
}

/// What the version 7 fixture adds: a recommendation with an action and its progress note, and the
/// progress review with an assessment.
void populateVersion7(EngagementFile& file, TestDevice& device)
{
    RecordStore& records = file.records();
    EngagementFile::Edit edit(file);
    const QList<Record> themes = records.list(file.registry().table(QStringLiteral("theme")));
    REQUIRE(!themes.isEmpty());
    const QUuid recommendation = device.uuids.next();
    records.insert(file.registry().table(QStringLiteral("recommendation")),
                   Record{recommendation,
                          {{QStringLiteral("theme_id"), themes.first().id},
                           {QStringLiteral("text"), QStringLiteral("Publish a medium-term financial plan.")},
                           {QStringLiteral("status"), QStringLiteral("agreed")},
                           {QStringLiteral("position"), 10.0},
                           {QStringLiteral("key_position"), 0.0}},
                          false});
    const QUuid action = device.uuids.next();
    records.insert(file.registry().table(QStringLiteral("plan_action")),
                   Record{action,
                          {{QStringLiteral("recommendation_id"), recommendation},
                           {QStringLiteral("description"), QStringLiteral("Agree the plan at Cabinet")},
                           {QStringLiteral("owner"), QStringLiteral("Director of Finance")},
                           {QStringLiteral("deadline"), QDate(2026, 9, 30)},
                           {QStringLiteral("status"), QStringLiteral("in-progress")},
                           {QStringLiteral("rag"), QStringLiteral("amber")},
                           {QStringLiteral("position"), 1.0}},
                          false});
    records.insert(file.registry().table(QStringLiteral("action_update")),
                   Record{device.uuids.next(),
                          {{QStringLiteral("action_id"), action},
                           {QStringLiteral("date"), QDate(2026, 7, 1)},
                           {QStringLiteral("text"), QStringLiteral("Draft plan to Cabinet in September.")}},
                          false});
    FollowUpRepository followUp(records);
    ProgressReview review;
    review.date = QDate(2027, 1, 12);
    review.onsiteDays = 2;
    review.positionStatement = QStringLiteral("We have made progress.");
    followUp.setProgressReview(review);
    followUp.setAssessment(
        {recommendation, QStringLiteral("A plan is agreed."), QStringLiteral("Deliver it.")});
    edit.commit();
}

void checkVersion7Content(EngagementFile& file)
{
    const FollowUpRepository followUp(file.records());
    const QList<Action> actions = followUp.actions();
    REQUIRE(actions.size() == 1);
    CHECK(actions.first().rag == Rag::Amber);
    CHECK(actions.first().deadline == QDate(2026, 9, 30));
    REQUIRE(actions.first().updates.size() == 1);
    CHECK(actions.first().updates.first().text == QStringLiteral("Draft plan to Cabinet in September."));
    const auto review = followUp.progressReview();
    REQUIRE(review);
    CHECK(review->date == QDate(2027, 1, 12));
    CHECK(followUp.assessments().value(actions.first().recommendation).focus
          == QStringLiteral("Deliver it."));
}

TEST_CASE("The committed version 6 fixture upgrades with an empty action plan that takes actions",
          "[storage][migration]")
{
    const QString fixture = dataPath(fixtureName(6));
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(fixtureName(6));
    REQUIRE(QFile::copy(fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto file = EngagementFile::open(path, device.installation, withoutBackup());
    CHECK(file->schemaVersion() == current);
    CHECK(integrityCheck(file->database()) == QStringLiteral("ok"));
    checkVersion6Content(*file);
    for (const QString& table :
         {QStringLiteral("plan_action"), QStringLiteral("action_update"), QStringLiteral("progress_review"),
          QStringLiteral("recommendation_assessment")})
        CHECK(file->records().count(file->registry().table(table)) == 0);
    populateVersion7(*file, device);
    checkVersion7Content(*file);
}

TEST_CASE("The committed version 7 fixture opens at the current version with its content",
          "[storage][migration]")
{
    const QString fixture = dataPath(fixtureName(7));
    REQUIRE(QFileInfo::exists(fixture));
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(fixtureName(7));
    REQUIRE(QFile::copy(fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        CHECK(db->pragmaInteger(QStringLiteral("user_version")) == 7);
    }
    auto file = EngagementFile::open(path, device.installation, withoutBackup());
    CHECK(file->schemaVersion() == current);
    CHECK(integrityCheck(file->database()) == QStringLiteral("ok"));
    checkFixtureContent(*file);
    checkVersion6Content(*file);
    checkVersion7Content(*file);
}

// Run once by hand (storage_tests "[.generate-fixture]") when a schema version is released;
// the fixture is then committed and never regenerated.
TEST_CASE("Generate the fixture of the current version", "[.generate-fixture]")
{
    const QString fixture = dataPath(fixtureName(current));
    REQUIRE_FALSE(QFileInfo::exists(fixture));
    TempFolder folder;
    TestDevice device(1, 1'790'000'000'000);
    const QString path = folder.path(fixtureName(current));
    {
        auto file = makeEngagement(path, device, QStringLiteral("Version %1 fixture").arg(current));
        REQUIRE(file->schemaVersion() == current);
        populateFixture(*file, device);
        if (current >= 2) {
            device.clock.advance(1000);
            populateVersion2(*file, device);
            checkVersion2Content(*file);
        }
        if (current >= 3) {
            device.clock.advance(1000);
            populateVersion3(*file, device);
            checkVersion3Content(*file);
        }
        if (current >= 4) {
            device.clock.advance(1000);
            populateVersion4(*file, device);
            checkVersion4Content(*file);
        }
        if (current >= 5) {
            device.clock.advance(1000);
            populateVersion5(*file, device);
            checkVersion5Content(*file);
        }
        if (current >= 6) {
            device.clock.advance(1000);
            populateVersion6(*file, device);
            checkVersion6Content(*file);
        }
        if (current >= 7) {
            device.clock.advance(1000);
            populateVersion7(*file, device);
            checkVersion7Content(*file);
        }
        checkFixtureContent(*file);
    }
    REQUIRE(QFile::copy(path, fixture));
}
