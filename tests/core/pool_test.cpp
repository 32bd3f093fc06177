// SPDX-License-Identifier: GPL-3.0-or-later
// The peer pool in core: values, filters, host conflicts, the JSON store and CSV import/export.
#include "common/error.h"
#include "exchange/csvreader.h"
#include "model/engagement.h"
#include "pool/poolcsv.h"
#include "pool/poolfilter.h"
#include "pool/poolstore.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace pc;
using namespace pc::test;
using namespace Qt::StringLiterals;

namespace {

PoolPeer jane()
{
    PoolPeer peer;
    peer.id = QUuid::fromString(u"6f1c1d1e-2b6a-4c51-9a41-0d1b2c3d4e5f"_s);
    peer.name = u"Jane Smith"_s;
    peer.roles = {MemberRole::LeadOfficerPeer, MemberRole::OfficerPeer};
    peer.sector = Sector::LocalGovernment;
    peer.organisation = u"Eastvale Borough Council"_s;
    peer.previousOrganisations = {u"Northmoor District Council"_s, u"Westbrook Council"_s};
    peer.jobTitle = u"Director of Finance"_s;
    peer.expertise = u"Finance, audit; housing"_s;
    peer.politicalGroup = QString();
    peer.accredited = QDate(2021, 5, 17);
    peer.email = u"jane.smith@eastvale.example"_s;
    peer.phone = u"01632 960001"_s;
    peer.notes = u"Prefers rail.\nNot available in August."_s;
    peer.service = {ServiceRecord{QUuid::fromString(u"0e2a6a4c-1d3b-4f5e-8a7b-9c0d1e2f3a4b"_s),
                                  u"Westbrook Corporate Peer Challenge"_s, u"Westbrook Council"_s,
                                  QDate(2024, 3, 11), QDate(2024, 3, 14), 4, MemberRole::OfficerPeer}};
    return peer;
}

PoolPeer peerNamed(const QString& name, const QString& organisation = QString())
{
    PoolPeer peer;
    peer.id = QUuid::createUuid();
    peer.name = name;
    peer.organisation = organisation;
    return peer;
}

ServiceRecord servedUntil(const QDate& end)
{
    ServiceRecord record;
    record.engagementId = QUuid::createUuid();
    record.onsiteStart = end.addDays(-3);
    record.onsiteEnd = end;
    record.days = 4;
    return record;
}

Engagement northmoor()
{
    Engagement engagement;
    engagement.id = QUuid::fromString(u"11111111-2222-4333-8444-555555555555"_s);
    engagement.title = u"Northmoor Corporate Peer Challenge"_s;
    engagement.host.name = u"Northmoor District Council"_s;
    engagement.setDate(Milestone::OnsiteStart, QDate(2025, 3, 11));
    engagement.setDate(Milestone::OnsiteEnd, QDate(2025, 3, 14));
    return engagement;
}

PoolFilter filterOf(const QString& text, const QString& expertise = {}, std::optional<Sector> sector = {},
                    const QString& party = {}, PoolFilter::Use use = PoolFilter::Use::Any)
{
    PoolFilter filter;
    filter.text = text;
    filter.expertise = expertise;
    filter.sector = sector;
    filter.party = party;
    filter.use = use;
    return filter;
}

PoolFilter useFilter(PoolFilter::Use use)
{
    return filterOf({}, {}, {}, {}, use);
}

QStringList names(const QList<PoolPeer>& peers)
{
    QStringList result;
    for (const PoolPeer& peer : peers)
        result.append(peer.name);
    return result;
}

csv::ImportResult<PoolPeer> importText(const QByteArray& bytes)
{
    const csv::CsvTable table = csv::read(bytes);
    return importPeers(table, csv::guessMapping(table.header, poolColumns()));
}

/// The kind of the pc::Error that loading the pool of `folder` throws (Io when none is thrown),
/// with its message in `message`.
ErrorKind loadError(const QString& folder, QString& message)
{
    try {
        (void)PoolStore::open(folder);
    } catch (const Error& error) {
        message = error.message();
        return error.kind();
    }
    FAIL("the pool loaded");
    return ErrorKind::Io;
}

QByteArray csvOfPeers(int count)
{
    QByteArray text = "Name,Roles,Organisation,Email,Expertise,Accredited\r\n";
    for (int i = 0; i < count; ++i)
        text += QStringLiteral("Peer %1,Officer peer; member-peer,\"Council %2, North\",peer%1@example.org,"
                               "\"finance, audit\",%3/03/2023\r\n")
                    .arg(i)
                    .arg(i % 40)
                    .arg(1 + i % 28)
                    .toUtf8();
    return text;
}

} // namespace

TEST_CASE("The peer pool saves every field and reads it back", "[pool]")
{
    TempFolder folder;
    PoolStore store = PoolStore::open(folder.path(u"pool"_s));
    CHECK(store.peers().isEmpty()); // a missing file is an empty pool
    store.upsert(jane());
    const QUuid other = store.upsert(peerNamed(u"Ravi Patel"_s));
    CHECK_FALSE(other.isNull());
    store.save();

    const PoolStore reopened = PoolStore::open(folder.path(u"pool"_s));
    REQUIRE(reopened.peers().size() == 2);
    CHECK(reopened.peers().first() == jane());
    CHECK(reopened.find(other)->name == u"Ravi Patel"_s);

    const QJsonObject json = QJsonDocument::fromJson(readAll(store.path())).object();
    CHECK(json.value(u"format"_s).toString() == u"peerchallenge-peer-pool"_s);
    CHECK(json.value(u"version"_s).toInt() == 1);
    const QJsonObject first = json.value(u"peers"_s).toArray().first().toObject();
    CHECK(first.value(u"accredited"_s).toString() == u"2021-05-17"_s);
    CHECK(first.value(u"previousOrganisations"_s).toArray().size() == 2);
    CHECK(first.value(u"roles"_s).toArray().first().toString() == u"lead-officer-peer"_s);
}

TEST_CASE("The pool's default folder is the per-user data folder", "[pool]")
{
    TempFolder folder;
    const QByteArray before = qgetenv("PEERCHALLENGE_DATA_DIR");
    qputenv("PEERCHALLENGE_DATA_DIR", folder.dir.path().toUtf8());
    CHECK(PoolStore::defaultDirectory() == folder.dir.path());
    qputenv("PEERCHALLENGE_DATA_DIR", before);
}

TEST_CASE("Upsert, remove and service records change the pool as they say", "[pool]")
{
    TempFolder folder;
    PoolStore store = PoolStore::open(folder.dir.path());
    const QUuid id = store.upsert(jane());
    PoolPeer renamed = jane();
    renamed.name = u"Jane Smith-Okafor"_s;
    CHECK(store.upsert(renamed) == id);
    CHECK(store.peers().size() == 1);
    CHECK(store.find(id)->name == u"Jane Smith-Okafor"_s);

    ServiceRecord record = serviceFor(northmoor(), toMember(jane()), 0);
    REQUIRE(store.recordService(id, record));
    record.days = 2;
    REQUIRE(store.recordService(id, record)); // the same engagement: replaced, not added
    CHECK(store.find(id)->service.size() == 2);
    CHECK(store.find(id)->service.last().days == 2);
    CHECK(lastServed(*store.find(id)) == QDate(2025, 3, 14));
    CHECK(totalDays(*store.find(id)) == 6);
    CHECK_FALSE(store.recordService(QUuid::createUuid(), record));

    CHECK(store.remove(id));
    CHECK_FALSE(store.remove(id));
    CHECK(store.peers().isEmpty());
}

TEST_CASE("A damaged, foreign or newer pool file is refused by name and never written over", "[pool]")
{
    TempFolder folder;
    const QString directory = folder.dir.path();
    const QString path = folder.path(PoolStore::fileName());
    struct Case
    {
        const char* what;
        QByteArray bytes;
        ErrorKind kind;
        QString says;
    };
    const Case cases[] = {
        {"truncated JSON", R"({"format":"peerchallenge-peer-pool","version":1,"peers":[{"id":)",
         ErrorKind::Corrupt, u"damaged"_s},
        {"another program's JSON", R"({"format":"something-else","items":[]})", ErrorKind::NotOurFile,
         u"not a PeerChallenge peer pool"_s},
        {"a newer version", R"({"format":"peerchallenge-peer-pool","version":2,"peers":[]})",
         ErrorKind::NewerVersion, u"newer PeerChallenge"_s},
        {"a name that is a number",
         R"({"format":"peerchallenge-peer-pool","version":1,"peers":[{"id":"6f1c1d1e-2b6a-4c51-9a41-0d1b2c3d4e5f","name":5}]})",
         ErrorKind::Corrupt, u"peers[0].name"_s},
        {"an unknown role",
         R"({"format":"peerchallenge-peer-pool","version":1,"peers":[{"id":"6f1c1d1e-2b6a-4c51-9a41-0d1b2c3d4e5f","roles":["mayor"]}]})",
         ErrorKind::Corrupt, u"peers[0].roles[0]"_s},
        {"a bad date",
         R"({"format":"peerchallenge-peer-pool","version":1,"peers":[{"id":"6f1c1d1e-2b6a-4c51-9a41-0d1b2c3d4e5f","accredited":"31/02/2024"}]})",
         ErrorKind::Corrupt, u"peers[0].accredited"_s},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        writeAll(path, c.bytes);
        QString message;
        CHECK(loadError(directory, message) == c.kind);
        CHECK(message.contains(PoolStore::fileName()));
        CHECK(message.contains(c.says));

        PoolStore store(directory);
        CHECK_THROWS_AS(store.load(), Error);
        store.upsert(jane());
        CHECK_THROWS_AS(store.save(), Error);
        CHECK(readAll(path) == c.bytes);
    }
}

TEST_CASE("Search ignores case and accents and looks in names, organisations, titles and expertise",
          "[pool][filter]")
{
    PoolPeer zoe = peerNamed(u"Zoë Brontë"_s, u"Harrowfield City Council"_s);
    zoe.expertise = u"Adult social care, Safeguarding"_s;
    zoe.sector = Sector::Health;
    zoe.politicalGroup = u"Labour"_s;
    PoolPeer jo = peerNamed(u"Jo Pike"_s, u"Ashcombe MBC"_s);
    jo.previousOrganisations = {u"Harrowfield City Council"_s};
    jo.jobTitle = u"Head of Planning"_s;
    jo.politicalGroup = u"Conservative"_s;
    const QList<PoolPeer> peers{zoe, jo, jane()};
    const QDate today(2025, 6, 1);
    const auto find = [&](const PoolFilter& filter) { return names(filterPeers(peers, filter, today)); };

    CHECK(find(PoolFilter()) == QStringList{u"Zoë Brontë"_s, u"Jo Pike"_s, u"Jane Smith"_s});
    CHECK(find(filterOf(u"ZOE bronte"_s)) == QStringList{u"Zoë Brontë"_s});
    CHECK(find(filterOf(u"harrowfield"_s)) == QStringList{u"Zoë Brontë"_s, u"Jo Pike"_s}); // previous too
    CHECK(find(filterOf(u"planning"_s)) == QStringList{u"Jo Pike"_s});
    CHECK(find(filterOf(u"safeguard"_s)) == QStringList{u"Zoë Brontë"_s});
    CHECK(find(filterOf({}, u"AUDIT"_s)) == QStringList{u"Jane Smith"_s});
    CHECK(find(filterOf({}, u"planning"_s)).isEmpty()); // a job title is not expertise
    CHECK(find(filterOf({}, {}, Sector::Health)) == QStringList{u"Zoë Brontë"_s});
    CHECK(find(filterOf({}, {}, {}, u"labour"_s)) == QStringList{u"Zoë Brontë"_s});
    CHECK(find(filterOf(u"harrowfield"_s, {}, {}, u"Conservative"_s)) == QStringList{u"Jo Pike"_s});
}

TEST_CASE("'Not used for two years' means never, or last onsite more than two years ago", "[pool][filter]")
{
    const QDate today(2025, 6, 1);
    PoolPeer never = peerNamed(u"Never"_s);
    PoolPeer recent = peerNamed(u"Recent"_s);
    recent.service = {servedUntil(today.addMonths(-3))};
    PoolPeer exactlyTwo = peerNamed(u"Exactly two years"_s);
    exactlyTwo.service = {servedUntil(today.addYears(-2))};
    PoolPeer longAgo = peerNamed(u"Long ago"_s);
    longAgo.service = {servedUntil(today.addYears(-2).addDays(-1)), servedUntil(today.addYears(-5))};
    PoolPeer oldAndNew = peerNamed(u"Old and new"_s);
    oldAndNew.service = {servedUntil(today.addYears(-4)), servedUntil(today.addMonths(-1))};
    const QList<PoolPeer> peers{never, recent, exactlyTwo, longAgo, oldAndNew};

    CHECK(names(filterPeers(peers, useFilter(PoolFilter::Use::NotForTwoYears), today))
          == QStringList{u"Never"_s, u"Long ago"_s});
    CHECK(names(filterPeers(peers, useFilter(PoolFilter::Use::Never), today)) == QStringList{u"Never"_s});
    CHECK(filterPeers(peers, useFilter(PoolFilter::Use::Any), today).size() == peers.size());
}

TEST_CASE("Host conflicts name the peer's organisations, current or previous, that are the host",
          "[pool][conflict]")
{
    const PoolPeer peer = jane();
    CHECK(hostConflicts(peer, u"Northmoor DC"_s) == QStringList{u"Northmoor District Council"_s});
    CHECK(hostConflicts(peer, u"The Borough Council of Eastvale"_s)
          == QStringList{u"Eastvale Borough Council"_s});
    CHECK(hostConflicts(peer, u"Harrowfield City Council"_s).isEmpty());
    CHECK(hostConflicts(peer, QString()).isEmpty());
    PoolPeer homes = peer;
    homes.organisation = u"Northmoor Homes Ltd"_s;
    homes.previousOrganisations.clear();
    CHECK(hostConflicts(homes, u"Northmoor District Council"_s).isEmpty());
}

TEST_CASE("Service counts onsite days inclusive, less days away, never below nothing", "[pool]")
{
    Member member = toMember(jane());
    CHECK(member.role == MemberRole::LeadOfficerPeer);
    CHECK(member.poolRef == u"6f1c1d1e-2b6a-4c51-9a41-0d1b2c3d4e5f"_s);
    CHECK(toMember(peerNamed(u"No roles"_s)).role == MemberRole::OfficerPeer);

    const ServiceRecord record = serviceFor(northmoor(), member, 0);
    CHECK(record.days == 4);
    CHECK(record.hostName == u"Northmoor District Council"_s);
    CHECK(record.role == MemberRole::LeadOfficerPeer);
    CHECK(serviceFor(northmoor(), member, 1).days == 3);
    CHECK(serviceFor(northmoor(), member, 9).days == 0);
    Engagement undated = northmoor();
    undated.setDate(Milestone::OnsiteEnd, QDate());
    CHECK(serviceFor(undated, member, 0).days == 0);

    const PoolPeer back = fromMember(member);
    CHECK(back.id == jane().id);
    CHECK(back.roles == QList<MemberRole>{MemberRole::LeadOfficerPeer});
    CHECK(back.email == jane().email);
}

TEST_CASE("The open engagement's team is recorded as service, and leaving the team removes it", "[pool]")
{
    TempFolder folder;
    PoolStore store = PoolStore::open(folder.dir.path());
    const QUuid janeId = store.upsert(jane());
    const QUuid raviId = store.upsert(peerNamed(u"Ravi Patel"_s, u"Kingsford Council"_s));
    Member unlinked; // on the team, but added by hand: found by name and organisation
    unlinked.name = u"ravi patel"_s;
    unlinked.organisation = u"Kingsford Council"_s;
    const QList<Member> team{toMember(jane()), unlinked};

    CHECK(recordTeamService(store, northmoor(), team));
    CHECK(store.find(janeId)->service.size() == 2);
    CHECK(store.find(raviId)->service.size() == 1);
    CHECK_FALSE(recordTeamService(store, northmoor(), team)); // nothing new

    CHECK(recordTeamService(store, northmoor(), {unlinked}));
    CHECK(store.find(janeId)->service.size() == 1); // Westbrook's stays
    CHECK(store.find(janeId)->service.first().hostName == u"Westbrook Council"_s);
}

TEST_CASE("A team member added to the pool is added once, then updated", "[pool]")
{
    TempFolder folder;
    PoolStore store = PoolStore::open(folder.dir.path());
    Member member;
    member.name = u"Priya Raman"_s;
    member.role = MemberRole::MemberPeer;
    member.organisation = u"Eastvale Borough Council"_s;
    member.email = u"Priya@Eastvale.example"_s;
    const AddedToPool first = addToPool(store, member, northmoor());
    CHECK(first.added);
    CHECK(store.find(first.id)->service.size() == 1);

    member.organisation = u"Westbrook Council"_s;
    member.email = u"priya@eastvale.example"_s;
    member.role = MemberRole::LeadMemberPeer;
    const AddedToPool second = addToPool(store, member, northmoor());
    CHECK_FALSE(second.added);
    CHECK(second.id == first.id);
    REQUIRE(store.peers().size() == 1);
    const PoolPeer peer = *store.find(first.id);
    CHECK(peer.organisation == u"Westbrook Council"_s);
    CHECK(peer.previousOrganisations == QStringList{u"Eastvale Borough Council"_s});
    CHECK(peer.roles == QList<MemberRole>{MemberRole::MemberPeer, MemberRole::LeadMemberPeer});
    CHECK(peer.service.size() == 1);
}

TEST_CASE("Days served on an engagement leave out the days a member was not available", "[pool]")
{
    TempFolder folder;
    PoolStore store = PoolStore::open(folder.dir.path());
    Member member;
    member.id = QUuid::createUuid();
    member.name = u"Sam Okoro"_s;
    const QList<Availability> availability = {
        {member.id, QDate(2025, 3, 11), DayAvailability::Morning, {}},     // half a day still counts
        {member.id, QDate(2025, 3, 14), DayAvailability::Unavailable, {}}, // not there
        {member.id, QDate(2025, 3, 20), DayAvailability::Unavailable, {}}, // after the visit
        {QUuid::createUuid(), QDate(2025, 3, 12), DayAvailability::Unavailable, {}}, // someone else
    };
    const AddedToPool added = addToPool(store, member, northmoor(), availability);
    REQUIRE(store.find(added.id)->service.size() == 1);
    CHECK(store.find(added.id)->service.first().days == 3); // 11 to 14 March, less the 14th
    CHECK(daysUnavailable(availability, member.id, QDate(2025, 3, 11), QDate(2025, 3, 14)) == 1);

    const QList<Member> team = {member};
    CHECK_FALSE(recordTeamService(store, northmoor(), team, availability)); // the same record
    CHECK(recordTeamService(store, northmoor(), team));                     // all four days now
    CHECK(store.find(added.id)->service.first().days == 4);
}

TEST_CASE("CSV import reads quoted commas and line breaks, roles, sectors and both date forms", "[pool][csv]")
{
    const auto result =
        importText("Full name,Roles,Sector,Organisation,Previous organisations,E-mail,Party,"
                   "Accreditation date,Notes\n"
                   "\"Smith, Jane\",Lead officer peer; officer-peer,Health,\"NHS Northmoor, ICB\","
                   "Northmoor DC; Westbrook Council,jane@example.org,,2021-05-17,\"Line one\n"
                   "line two\"\n"
                   "Ravi Patel,member peer,local-government,Kingsford Council,,,Labour,03/11/2019,\n");
    INFO((result.problems.isEmpty() ? QString() : csv::describe(result.problems.first())).toStdString());
    REQUIRE(result.ok());
    REQUIRE(result.records.size() == 2);
    const PoolPeer& first = result.records.at(0);
    CHECK(first.name == u"Smith, Jane"_s);
    CHECK(first.roles == QList<MemberRole>{MemberRole::LeadOfficerPeer, MemberRole::OfficerPeer});
    CHECK(first.sector == Sector::Health);
    CHECK(first.organisation == u"NHS Northmoor, ICB"_s);
    CHECK(first.previousOrganisations == QStringList{u"Northmoor DC"_s, u"Westbrook Council"_s});
    CHECK(first.accredited == QDate(2021, 5, 17));
    CHECK(first.notes == u"Line one\nline two"_s);
    const PoolPeer& second = result.records.at(1);
    CHECK(second.roles == QList<MemberRole>{MemberRole::MemberPeer});
    CHECK(second.politicalGroup == u"Labour"_s);
    CHECK(second.accredited == QDate(2019, 11, 3));
}

TEST_CASE("CSV import reads a UTF-8 BOM and Windows-1252 text", "[pool][csv]")
{
    const auto bom =
        importText("\xEF\xBB\xBFName,Organisation\r\nZo\xC3\xAB Bront\xC3\xAB,Caf\xC3\xA9 Council\r\n");
    REQUIRE(bom.ok());
    CHECK(bom.records.first().name == u"Zoë Brontë"_s);
    const auto windows = importText("Name,Notes\r\nZo\xEB Bront\xEB,\x93Quoted\x94 \x96 \x80\x35\r\n");
    REQUIRE(windows.ok());
    CHECK(windows.records.first().name == u"Zoë Brontë"_s);
    CHECK(windows.records.first().notes == u"“Quoted” – €5"_s);
}

TEST_CASE("A bad row is reported with its line and a reason, and nothing is merged", "[pool][csv]")
{
    const QByteArray text = "Name,Roles,Accredited,Email\n"
                            "Ann Lee,Officer peer,2020-01-01,ann@example.org\n"
                            "Bob Hart,Mayor,,bob@example.org\n"
                            "\"Cat\nWright\",Officer peer,31/02/2024,cat@example.org\n"
                            ",Officer peer,,\n"
                            "Dee Ross,Officer peer,,dee.example.org\n"
                            "Eve Stone,Officer peer,,eve@example.org\n";
    const auto result = importText(text);
    CHECK(result.records.isEmpty());
    REQUIRE(result.problems.size() == 4);
    CHECK(csv::describe(result.problems.at(0)).startsWith(u"Line 3: unknown role \"Mayor\""_s));
    CHECK(
        csv::describe(result.problems.at(1))
        == u"Line 4: the accreditation date \"31/02/2024\" is not a date (write 2024-03-31 or 31/03/2024)."_s);
    CHECK(csv::describe(result.problems.at(2)) == u"Line 6: the name is empty."_s);
    CHECK(csv::describe(result.problems.at(3)) == u"Line 7: the email \"dee.example.org\" has no @."_s);

    TempFolder folder;
    PoolStore store = PoolStore::open(folder.dir.path());
    CHECK(mergeImported(store, result.records) == PoolImportSummary{0, 0});
    CHECK(store.peers().isEmpty());
}

TEST_CASE("Imported peers update the pool peer with the same email, or else name and organisation",
          "[pool][csv]")
{
    TempFolder folder;
    PoolStore store = PoolStore::open(folder.dir.path());
    const QUuid janeId = store.upsert(jane());
    const QUuid joId = store.upsert(peerNamed(u"Jo Pike"_s, u"Ashcombe MBC"_s));
    const csv::CsvTable table =
        csv::read("Name,Organisation,Email,Job title\n"
                  "Jane Smith,Eastvale BC,JANE.SMITH@eastvale.example,Chief Executive\n"
                  "jo pike,ashcombe mbc,,Head of Planning\n"
                  "New Person,Somewhere,new@example.org,\n"
                  "New Person,Somewhere,,Director\n");
    const csv::ColumnMapping mapping = csv::guessMapping(table.header, poolColumns());
    const auto result = importPeers(table, mapping);
    REQUIRE(result.ok());
    CHECK(mergeImported(store, result.records, &mapping) == PoolImportSummary{1, 3});
    REQUIRE(store.peers().size() == 3);
    const PoolPeer updated = *store.find(janeId);
    CHECK(updated.jobTitle == u"Chief Executive"_s);
    CHECK(updated.organisation == u"Eastvale BC"_s);
    CHECK(updated.service == jane().service);       // kept
    CHECK(updated.accredited == jane().accredited); // not a column of the file: kept
    CHECK(updated.previousOrganisations == jane().previousOrganisations);
    CHECK(store.find(joId)->jobTitle == u"Head of Planning"_s);
    CHECK(store.peers().last().jobTitle == u"Director"_s); // the file's second New Person updated the first
}

TEST_CASE("An exported pool imports back to the same peers, formula-looking cells included", "[pool][csv]")
{
    PoolPeer tricky = jane();
    tricky.name = u"=HYPERLINK(\"http://example.org\",\"x\")"_s;
    tricky.notes = u"+44 says \"hello\", then\nleaves; -call me"_s;
    tricky.phone = u"+44 1632 960001"_s;
    tricky.expertise = u"@risk, finance"_s;
    PoolPeer plain = peerNamed(u"Ravi Patel"_s, u"Kingsford Council"_s);
    plain.sector = Sector::Voluntary;
    plain.roles = {MemberRole::SpecialistPeer};
    const QByteArray bytes = exportPeers({tricky, plain});
    CHECK(bytes.startsWith("\xEF\xBB\xBFName,Roles,Sector,"));
    CHECK(bytes.contains("\"'=HYPERLINK(")); // a spreadsheet shows it as text
    CHECK_FALSE(bytes.contains(",=HYPERLINK"));

    const auto result = importText(bytes);
    REQUIRE(result.ok());
    REQUIRE(result.records.size() == 2);
    const auto withoutIdentity = [](PoolPeer peer) {
        peer.id = QUuid();
        peer.service.clear();
        return peer;
    };
    CHECK(result.records.at(0) == withoutIdentity(tricky));
    CHECK(result.records.at(1) == withoutIdentity(plain));
}

TEST_CASE("500 peers import and merge into the pool well under a second", "[pool][csv]")
{
    TempFolder folder;
    const QByteArray bytes = csvOfPeers(500);
    QElapsedTimer timer;
    timer.start();
    const auto result = importText(bytes);
    REQUIRE(result.ok());
    PoolStore store = PoolStore::open(folder.dir.path());
    CHECK(mergeImported(store, result.records) == PoolImportSummary{500, 0});
    store.save();
    const qint64 ms = timer.elapsed();
    CHECK(ms < 1000); // the issue's bar; peerchallenge-bench reports the figure
    CHECK(PoolStore::open(folder.dir.path()).peers().size() == 500);
    CHECK(store.peers().last().organisation == u"Council 19, North"_s);

    const auto again = importText(bytes);
    CHECK(mergeImported(store, again.records) == PoolImportSummary{0, 500});
}
