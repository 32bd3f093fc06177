// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/jsonform.h"

#include "common/error.h"
#include "common/uuidsource.h"
#include "model/registry.h"
#include "storage/recordstore.h"
#include "support/testsupport.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace pc;
using namespace pc::test;
using namespace Qt::StringLiterals;

namespace {

const TableDef& table(const QString& name)
{
    return Registry::standard().table(name);
}

/// The ids of the records the fixture adds.
struct SampleIds
{
    QUuid coreTheme;
    QUuid focusTheme;
    QUuid question;
    QUuid lead;     // leads the core theme
    QUuid departed; // deleted
    QUuid newcomer; // a date-like job title and a local pool reference
    QUuid themeLead;
};

SampleIds populate(EngagementFile& file, TestDevice& device)
{
    RecordStore& store = file.records();
    SampleIds ids;
    EngagementFile::Edit edit(file);
    ids.coreTheme = device.uuids.next();
    store.insert(table(u"theme"_s),
                 {ids.coreTheme, {{u"title"_s, u"Leadership"_s}, {u"position"_s, 1.0}}, false});
    ids.focusTheme = device.uuids.next();
    store.insert(table(u"theme"_s), {ids.focusTheme,
                                     {{u"title"_s, u"Housing"_s},
                                      {u"kind"_s, u"focus"_s},
                                      {u"description"_s, u"Supply and \"quality\"\nof homes"_s},
                                      {u"position"_s, 2.5}},
                                     false});
    ids.question = device.uuids.next();
    store.insert(
        table(u"key_question"_s),
        {ids.question, {{u"theme_id"_s, ids.coreTheme}, {u"text"_s, u"Is there a shared vision?"_s}}, false});
    ids.lead = device.uuids.next();
    store.insert(table(u"member"_s),
                 {ids.lead, {{u"name"_s, u"Ann Lead"_s}, {u"role"_s, u"lead-member-peer"_s}}, false});
    ids.departed = device.uuids.next();
    store.insert(table(u"member"_s),
                 {ids.departed, {{u"name"_s, u"Dan Gone"_s}, {u"position"_s, 2.0}}, false});
    ids.newcomer = device.uuids.next();
    store.insert(table(u"member"_s), {ids.newcomer,
                                      {{u"name"_s, u"Nia New"_s},
                                       {u"job_title"_s, u"2025-03-04"_s},
                                       {u"pool_ref"_s, u"pool-42"_s},
                                       {u"position"_s, 3.0}},
                                      false});
    ids.themeLead = store.link(table(u"theme_lead"_s), ids.coreTheme, ids.lead);
    store.update(table(u"engagement"_s), file.engagementId(), {{u"scoping_meeting"_s, QDate(2025, 3, 4)}});
    edit.commit();

    device.clock.advance(60'000);
    EngagementFile::Edit later(file);
    store.remove(table(u"member"_s), ids.departed);
    store.update(table(u"theme"_s), ids.coreTheme, {{u"title"_s, u"Leadership and culture"_s}});
    later.commit();
    return ids;
}

/// An engagement file with themes, a key question, members (one deleted) and a theme lead.
struct Fixture
{
    TempFolder folder;
    TestDevice device{1};
    std::unique_ptr<EngagementFile> file = makeEngagement(folder.path(u"source.peerchallenge"_s), device);
    SampleIds ids = populate(*file, device);

    [[nodiscard]] QJsonObject json(const exchange::JsonOptions& options = {}) const
    {
        return exchange::exportEngagement(*file, options);
    }
};

QJsonObject recordWithId(const QJsonObject& json, const QString& tableName, const QUuid& id)
{
    for (const QJsonValue& record : json.value(tableName).toArray()) {
        if (record.toObject().value(u"id"_s).toString() == idText(id))
            return record.toObject();
    }
    FAIL("no record " << idText(id).toStdString() << " in " << tableName.toStdString());
    return {};
}

/// Sets (or, given an undefined value, removes) `key` of record `index` of a table, or of the
/// engagement object when index is -1.
QJsonObject withKey(QJsonObject json, const QString& tableName, int index, const QString& key,
                    const QJsonValue& value)
{
    const auto edit = [&](QJsonObject record) {
        if (value.isUndefined())
            record.remove(key);
        else
            record.insert(key, value);
        return record;
    };
    if (index < 0) {
        json.insert(tableName, edit(json.value(tableName).toObject()));
        return json;
    }
    QJsonArray records = json.value(tableName).toArray();
    records.replace(index, edit(records.at(index).toObject()));
    json.insert(tableName, records);
    return json;
}

const QJsonValue removed(QJsonValue::Undefined);

/// Imports `json` into a new file; checks that it is refused and that no file appears.
QString refusal(const QByteArray& json)
{
    TempFolder folder;
    TestDevice device(7);
    const QString target = folder.path(u"refused.peerchallenge"_s);
    QString message;
    try {
        auto file = exchange::importEngagement(json, target, device.installation);
        FAIL("the import was not refused");
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::InvalidInput);
        message = error.message();
    }
    CHECK_FALSE(QFileInfo::exists(target));
    CHECK(QDir(folder.dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    return message;
}

QString refusal(const QJsonObject& json)
{
    return refusal(exchange::toBytes(json));
}

} // namespace

TEST_CASE("The JSON form holds every table by its JSON name, with typed values, tombstones and stamps",
          "[json]")
{
    Fixture f;
    const QJsonObject json = f.json();
    CHECK(json.value(u"format"_s) == u"peerchallenge-engagement"_s);
    CHECK(json.value(u"formatVersion"_s) == 1);
    CHECK(json.value(u"schemaVersion"_s) == Registry::standard().version());
    for (const TableDef& t : Registry::standard().tables())
        CHECK(json.contains(t.jsonName));

    const QJsonObject engagement = json.value(u"engagement"_s).toObject();
    CHECK(engagement.value(u"id"_s) == idText(f.file->engagementId()));
    CHECK(engagement.value(u"scopingMeeting"_s) == u"2025-03-04"_s);
    CHECK(engagement.value(u"hostPopulation"_s).isNull());
    CHECK(engagement.value(u"programmeVersion"_s) == 1);

    const QJsonArray members = json.value(u"members"_s).toArray();
    REQUIRE(members.size() == 3);
    CHECK(members[0].toObject().value(u"id"_s).toString() < members[1].toObject().value(u"id"_s).toString());
    CHECK(members[1].toObject().value(u"id"_s).toString() < members[2].toObject().value(u"id"_s).toString());
    CHECK(recordWithId(json, u"members"_s, f.ids.departed).value(u"deleted"_s) == true);
    CHECK_FALSE(recordWithId(json, u"members"_s, f.ids.lead).contains(u"deleted"_s));
    CHECK(recordWithId(json, u"members"_s, f.ids.newcomer).value(u"jobTitle"_s) == u"2025-03-04"_s);
    CHECK(recordWithId(json, u"themes"_s, f.ids.focusTheme).value(u"position"_s) == 2.5);
    CHECK(recordWithId(json, u"keyQuestions"_s, f.ids.question).value(u"theme"_s) == idText(f.ids.coreTheme));
    const QJsonObject lead = recordWithId(json, u"themeLeads"_s, f.ids.themeLead);
    CHECK(lead.value(u"id"_s) == idText(linkId(f.ids.coreTheme, f.ids.lead)));
    CHECK(lead.value(u"member"_s) == idText(f.ids.lead));

    const QJsonObject stamps = recordWithId(json, u"themes"_s, f.ids.coreTheme).value(u"stamps"_s).toObject();
    CHECK(stamps.keys()
          == QStringList{u"description"_s, u"kind"_s, u"position"_s, u"templateKey"_s, u"title"_s});
    const QStringList title = stamps.value(u"title"_s).toString().split(u' ');
    REQUIRE(title.size() == 2); // edited: the stamp and the stamp it replaced
    const FieldStamp stored = f.file->records().stamps(table(u"theme"_s), f.ids.coreTheme).value(u"title"_s);
    CHECK(title[0] == stored.stamp.toText());
    CHECK(title[1] == stored.base.toText());
    CHECK(stored.base < stored.stamp);
    REQUIRE(Stamp::fromText(title[0]));
    CHECK(Stamp::fromText(title[0])->device == f.device.installation.deviceId());
    CHECK(recordWithId(json, u"members"_s, f.ids.departed)
              .value(u"stamps"_s)
              .toObject()
              .contains(u"deleted"_s));
}

TEST_CASE("An engagement exported to JSON and imported again exports to identical bytes", "[json]")
{
    Fixture f;
    const QByteArray first = exchange::toBytes(f.json());
    CHECK(first.endsWith("}\n"));
    TestDevice other(2);
    auto copy = exchange::importEngagement(first, f.folder.path(u"copy.peerchallenge"_s), other.installation);
    CHECK(copy->engagementId() == f.file->engagementId());
    CHECK(QString::fromUtf8(exchange::toBytes(exchange::exportEngagement(*copy)))
          == QString::fromUtf8(first));

    RecordStore& records = copy->records();
    CHECK_FALSE(records.find(table(u"member"_s), f.ids.departed));
    CHECK(records.find(table(u"member"_s), f.ids.departed, Visibility::IncludeDeleted));
    CHECK(records.stamps(table(u"theme"_s), f.ids.coreTheme)
          == f.file->records().stamps(table(u"theme"_s), f.ids.coreTheme));
    CHECK(other.installation.hlc().last() >= f.file->records().newestHlc());
}

TEST_CASE("A JSON form without stamps imports with fresh stamps from the importing laptop", "[json]")
{
    Fixture f;
    exchange::JsonOptions options;
    options.stamps = false;
    const QJsonObject json = f.json(options);
    CHECK_FALSE(json.value(u"engagement"_s).toObject().contains(u"stamps"_s));

    TestDevice other(2, 1'800'000'000'000);
    auto copy = exchange::importEngagement(exchange::toBytes(json), f.folder.path(u"copy.peerchallenge"_s),
                                           other.installation);
    RecordStore& records = copy->records();
    const TableDef& themes = table(u"theme"_s);
    const auto stamps = records.stamps(themes, f.ids.coreTheme);
    CHECK(stamps.size() == themes.fields.size()); // every merged field and nothing else
    for (const FieldDef& field : themes.fields) {
        CHECK(stamps.value(field.name).stamp.device == other.installation.deviceId());
        CHECK(stamps.value(field.name).stamp.milliseconds() >= 1'800'000'000'000);
        CHECK(stamps.value(field.name).base.isNull());
    }
    const auto newcomer = records.stamps(table(u"member"_s), f.ids.newcomer);
    CHECK_FALSE(newcomer.contains(u"pool_ref"_s));
    CHECK(newcomer.contains(u"name"_s));
    // A deleted record's tombstone is stamped last, so that it stays deleted.
    CHECK_FALSE(records.find(table(u"member"_s), f.ids.departed));
    CHECK(exchange::toBytes(exchange::exportEngagement(*copy, options)) == exchange::toBytes(json));
}

TEST_CASE("Local fields are left out of the JSON form unless asked for", "[json]")
{
    Fixture f;
    for (const QJsonValue& member : f.json().value(u"members"_s).toArray())
        CHECK_FALSE(member.toObject().contains(u"poolRef"_s));

    exchange::JsonOptions options;
    options.localFields = true;
    const QJsonObject json = f.json(options);
    CHECK(recordWithId(json, u"members"_s, f.ids.newcomer).value(u"poolRef"_s) == u"pool-42"_s);
    CHECK(recordWithId(json, u"members"_s, f.ids.lead).value(u"poolRef"_s) == u""_s);
    TestDevice other(2);
    auto copy = exchange::importEngagement(exchange::toBytes(json), f.folder.path(u"copy.peerchallenge"_s),
                                           other.installation);
    const auto newcomer = copy->records().find(table(u"member"_s), f.ids.newcomer);
    REQUIRE(newcomer);
    CHECK(newcomer->value(u"pool_ref"_s) == u"pool-42"_s);
}

TEST_CASE("A hand-written JSON form may leave out link ids and fields that have defaults", "[json]")
{
    Fixture f;
    QJsonObject json = withKey(f.json(), u"themeLeads"_s, 0, u"id"_s, removed);
    json = withKey(json, u"members"_s, 0, u"phone"_s, removed);
    json = withKey(json, u"themes"_s, 0, u"kind"_s, removed);
    json = withKey(json, u"themes"_s, 0, u"stamps"_s, removed);
    TestDevice other(2);
    auto copy = exchange::importEngagement(exchange::toBytes(json), f.folder.path(u"copy.peerchallenge"_s),
                                           other.installation);
    RecordStore& records = copy->records();
    CHECK(records.find(table(u"theme_lead"_s), linkId(f.ids.coreTheme, f.ids.lead)));
    const QUuid firstMember =
        QUuid::fromString(json.value(u"members"_s)[0].toObject().value(u"id"_s).toString());
    CHECK(records.find(table(u"member"_s), firstMember, Visibility::IncludeDeleted)->value(u"phone"_s)
          == u""_s);
    const QUuid firstTheme =
        QUuid::fromString(json.value(u"themes"_s)[0].toObject().value(u"id"_s).toString());
    CHECK(records.find(table(u"theme"_s), firstTheme)->value(u"kind"_s) == u"core"_s);
}

TEST_CASE("Importing refuses a file that is not an engagement in JSON form, and creates nothing", "[json]")
{
    Fixture f;
    const QJsonObject json = f.json();

    SECTION("text that is not JSON is refused with the offset of the error")
    {
        CHECK(refusal(QByteArray("{\"format\": \"peerchallenge-engagement\",\n  oops"))
                  .contains(u"at offset"_s));
    }
    SECTION("a JSON array at the top level is refused")
    {
        CHECK(refusal(QByteArray("[1, 2]")).contains(u"top level"_s));
    }
    SECTION("another format is refused")
    {
        QJsonObject missing = json;
        missing.remove(u"format"_s);
        CHECK(refusal(missing).startsWith(u"format must be \"peerchallenge-engagement\""_s));
        QJsonObject other = json;
        other.insert(u"format"_s, u"qualcoder-project"_s);
        CHECK(refusal(other).startsWith(u"format must be \"peerchallenge-engagement\""_s));
    }
    SECTION("format version 2 is refused as made by a newer version")
    {
        QJsonObject newer = json;
        newer.insert(u"formatVersion"_s, 2);
        const QString message = refusal(newer);
        CHECK(message.startsWith(u"formatVersion is 2"_s));
        CHECK(message.contains(u"made by a newer version"_s));
    }
    SECTION("a newer schema version is refused as made by a newer version")
    {
        QJsonObject newer = json;
        newer.insert(u"schemaVersion"_s, Registry::standard().version() + 1);
        const QString message = refusal(newer);
        CHECK(message.startsWith(u"schemaVersion is"_s));
        CHECK(message.contains(u"made by a newer version"_s));
    }
    SECTION("an unknown top-level key is refused")
    {
        QJsonObject unknown = json;
        unknown.insert(u"colours"_s, QJsonArray());
        CHECK(refusal(unknown).startsWith(u"colours is not part of an engagement"_s));
    }
}

TEST_CASE("Importing refuses bad records by their JSON path, and creates nothing", "[json]")
{
    Fixture f;
    const QJsonObject json = f.json();
    const QJsonArray themes = json.value(u"themes"_s).toArray();

    SECTION("an id used twice in a table")
    {
        const QJsonValue first = themes[0].toObject().value(u"id"_s);
        CHECK(refusal(withKey(json, u"themes"_s, 1, u"id"_s, first))
                  .startsWith(u"themes[1].id is used twice"_s));
    }
    SECTION("an id that is not a UUID")
    {
        CHECK(refusal(withKey(json, u"members"_s, 2, u"id"_s, u"member-3"_s))
                  .startsWith(u"members[2].id must be"_s));
        CHECK(refusal(withKey(json, u"members"_s, 0, u"id"_s, removed))
                  .startsWith(u"members[0].id is missing"_s));
    }
    SECTION("a choice outside its list")
    {
        const QString message = refusal(withKey(json, u"members"_s, 1, u"role"_s, u"chair"_s));
        CHECK(message.startsWith(u"members[1].role must be one of: \"officer-peer\""_s));
    }
    SECTION("a value of the wrong JSON type, never coerced")
    {
        CHECK(refusal(withKey(json, u"themes"_s, 0, u"position"_s, u"1"_s))
                  .startsWith(u"themes[0].position must be a number, not \"1\""_s));
        CHECK(refusal(withKey(json, u"members"_s, 0, u"name"_s, 42))
                  .startsWith(u"members[0].name must be a string"_s));
        CHECK(refusal(withKey(json, u"engagement"_s, -1, u"hostPopulation"_s, 12.5))
                  .startsWith(u"engagement.hostPopulation must be a whole number"_s));
        CHECK(refusal(withKey(json, u"engagement"_s, -1, u"scopingMeeting"_s, u"04/03/2025"_s))
                  .startsWith(u"engagement.scopingMeeting must be a date in the form YYYY-MM-DD"_s));
        CHECK(refusal(withKey(json, u"members"_s, 0, u"deleted"_s, 1))
                  .startsWith(u"members[0].deleted must be"_s));
    }
    SECTION("an empty or missing required title")
    {
        CHECK(refusal(withKey(json, u"themes"_s, 0, u"title"_s, u"  "_s))
                  .startsWith(u"themes[0].title must not be empty"_s));
        CHECK(refusal(withKey(json, u"themes"_s, 1, u"title"_s, removed))
                  .startsWith(u"themes[1].title is missing"_s));
        CHECK(refusal(withKey(json, u"themes"_s, 1, u"title"_s, QJsonValue::Null))
                  .startsWith(u"themes[1].title must have"_s));
    }
    SECTION("an unknown field")
    {
        CHECK(refusal(withKey(json, u"members"_s, 0, u"shoeSize"_s, 9))
                  .startsWith(u"members[0].shoeSize is not a field"_s));
    }
    SECTION("a reference to a record that is not in the JSON")
    {
        const QJsonValue stranger = idText(QUuid(u"{0b5e2f4a-1c3d-4e5f-8a9b-0c1d2e3f4a5b}"_s));
        CHECK(refusal(withKey(json, u"keyQuestions"_s, 0, u"theme"_s, stranger))
                  .startsWith(u"keyQuestions[0].theme refers to 0b5e2f4a-1c3d-4e5f-8a9b-0c1d2e3f4a5b"_s));
        const QJsonValue member = json.value(u"members"_s)[0].toObject().value(u"id"_s);
        const QJsonObject unlinked = withKey(json, u"themeLeads"_s, 0, u"id"_s, removed);
        CHECK(refusal(withKey(unlinked, u"themeLeads"_s, 0, u"theme"_s, member))
                  .startsWith(u"themeLeads[0].theme refers to "_s + member.toString()));
    }
    SECTION("two engagements, or none")
    {
        QJsonObject two = json;
        two.insert(u"engagement"_s, QJsonArray{json.value(u"engagement"_s), json.value(u"engagement"_s)});
        CHECK(refusal(two).startsWith(u"engagement must be an object"_s));
        QJsonObject none = json;
        none.remove(u"engagement"_s);
        CHECK(refusal(none).startsWith(u"engagement is missing"_s));
    }
    SECTION("a stamp that does not parse or names no merged field")
    {
        QJsonObject stamps = themes[0].toObject().value(u"stamps"_s).toObject();
        stamps.insert(u"title"_s, u"yesterday"_s);
        CHECK(refusal(withKey(json, u"themes"_s, 0, u"stamps"_s, stamps))
                  .startsWith(u"themes[0].stamps.title must be a stamp"_s));
        stamps = themes[0].toObject().value(u"stamps"_s).toObject();
        stamps.insert(u"colour"_s, stamps.value(u"title"_s));
        CHECK(refusal(withKey(json, u"themes"_s, 0, u"stamps"_s, stamps))
                  .startsWith(u"themes[0].stamps.colour names no merged field"_s));
    }
    SECTION("a link whose id is not the one derived from its pair")
    {
        const QJsonObject link = json.value(u"themeLeads"_s)[0].toObject();
        const QUuid theme = QUuid::fromString(link.value(u"theme"_s).toString());
        const QUuid member = QUuid::fromString(link.value(u"member"_s).toString());
        CHECK(refusal(withKey(json, u"themeLeads"_s, 0, u"id"_s, idText(linkId(member, theme))))
                  .startsWith(u"themeLeads[0].id must be "_s + idText(linkId(theme, member))));
    }
}
