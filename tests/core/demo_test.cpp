// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoengagement.h"

#include "exchange/jsonform.h"
#include "model/member.h"
#include "rules/checks.h"
#include "storage/checkinput.h"
#include "storage/contactrepository.h"
#include "storage/documentrepository.h"
#include "storage/engagementrepository.h"
#include "storage/scoperepository.h"
#include "storage/teamrepository.h"
#include "support/testsupport.h"

#include <QSet>

#include <algorithm>

using namespace pc;
using namespace pc::test;
using namespace Qt::StringLiterals;

namespace {

/// The counts a scale promises, inclusive.
struct Expected
{
    DemoScale scale = DemoScale::Small;
    int minMembers = 0;
    int maxMembers = 0;
    int minThemes = 0;
    int maxThemes = 0;
};

constexpr Expected expectations[] = {
    {DemoScale::Small, 6, 8, 7, 7},
    {DemoScale::Large, 18, 22, 8, 10},
    {DemoScale::Stress, 45, 55, 18, 22},
};

std::unique_ptr<EngagementFile> demo(const TempFolder& folder, TestDevice& device, quint64 seed,
                                     DemoScale scale, const QString& name = u"demo.peerchallenge"_s)
{
    return createDemoEngagement(folder.path(name), device.installation, seed, scale);
}

qsizetype countRole(const QList<Member>& members, MemberRole role)
{
    return std::count_if(members.cbegin(), members.cend(),
                         [role](const Member& m) { return m.role == role; });
}

} // namespace

TEST_CASE("Each demo scale has a team and a scope of its stated size", "[demo]")
{
    const Expected expected = GENERATE(from_range(std::begin(expectations), std::end(expectations)));
    const quint64 seed = GENERATE(1, 2, 3, 4);
    INFO(demoScaleName(expected.scale).toStdString() << " seed " << seed);
    TempFolder folder;
    TestDevice device(seed);
    auto file = demo(folder, device, seed, expected.scale);
    const QList<Member> members = TeamRepository(file->records()).members();
    const QList<Theme> themes = ScopeRepository(file->records()).themes();
    CHECK(members.size() >= expected.minMembers);
    CHECK(members.size() <= expected.maxMembers);
    CHECK(themes.size() >= expected.minThemes);
    CHECK(themes.size() <= expected.maxThemes);
    CHECK(std::count_if(themes.cbegin(), themes.cend(),
                        [](const Theme& t) { return t.kind == ThemeKind::Core; })
          == 5);
    TeamRepository team(file->records());
    for (const Theme& theme : themes) {
        INFO(theme.title.toStdString());
        CHECK(theme.questions.size() >= 3);
        CHECK(theme.questions.size() <= 6);
        CHECK_FALSE(team.themeLeads(theme.id).isEmpty());
    }
    if (expected.scale == DemoScale::Small) {
        const qsizetype peers = members.size() - countRole(members, MemberRole::ChallengeManager);
        CHECK(peers >= 5);
        CHECK(peers <= 7);
        CHECK(countRole(members, MemberRole::MemberPeer) >= 1);
        CHECK(countRole(members, MemberRole::OfficerPeer) >= 2);
    }
}

TEST_CASE("Each demo scale fills the contacts, the library, declarations and availability", "[demo]")
{
    const Expected expected = GENERATE(from_range(std::begin(expectations), std::end(expectations)));
    INFO(demoScaleName(expected.scale).toStdString());
    TempFolder folder;
    TestDevice device(1);
    auto file = demo(folder, device, 1, expected.scale);
    RecordStore& records = file->records();
    const Engagement engagement = EngagementRepository(records).engagement();
    CHECK(engagement.scopeAgreement.startsWith(u"## "_s));
    CHECK(engagement.scopeAgreed > engagement.date(Milestone::ScopingMeeting));

    const QList<Contact> contacts = ContactRepository(records).contacts();
    CHECK(contacts.size() >= 8);
    for (const ContactRole role :
         {ContactRole::Leader, ContactRole::ChiefExecutive, ContactRole::LeadOfficer})
        CHECK(std::any_of(contacts.cbegin(), contacts.cend(),
                          [role](const Contact& c) { return c.role == role; }));
    for (const Contact& contact : contacts) {
        CHECK(contact.email.endsWith(u"@example.org"_s));
        CHECK(contact.phone.startsWith(u"01632 960"_s));
    }

    const QList<Document> documents = DocumentRepository(records).documents();
    CHECK(documents.size() >= 14);
    const QDate today = device.installation.clock().now().toLocalTime().date();
    for (const Document& document : documents) {
        INFO(document.title.toStdString());
        CHECK_FALSE(document.readers.isEmpty());
        if (document.title == u"Position statement"_s) // about everything: no theme, every reader
            CHECK((document.themes.isEmpty()
                   && document.readers.size() == TeamRepository(records).members().size()));
        CHECK(document.received <= today);
        CHECK((!document.sent.isValid() || document.sent <= today));
    }

    const QList<Member> members = TeamRepository(records).members();
    CHECK(std::count_if(members.cbegin(), members.cend(),
                        [](const Member& m) { return m.conflictStatus == ConflictStatus::NotAsked; })
          == 1);
    CHECK_FALSE(TeamRepository(records).availability().isEmpty());

    // A realistic team three weeks out: nothing blocking, a few things to chase.
    const QList<Problem> problems = CheckRegistry::standard().run(loadCheckInput(records, today));
    CHECK(std::none_of(problems.cbegin(), problems.cend(),
                       [](const Problem& p) { return p.severity == Severity::Blocking; }));
    CHECK(std::any_of(problems.cbegin(), problems.cend(),
                      [](const Problem& p) { return p.checkId == u"team.declarations"_s; }));
    CHECK(std::none_of(problems.cbegin(), problems.cend(),
                       [](const Problem& p) { return p.checkId == u"team.theme-leads"_s; }));
}

TEST_CASE("Every demo member has a name, role, organisation and fictional contact details", "[demo]")
{
    const DemoScale scale = GENERATE(DemoScale::Small, DemoScale::Large, DemoScale::Stress);
    INFO(demoScaleName(scale).toStdString());
    TempFolder folder;
    TestDevice device(5);
    auto file = demo(folder, device, 5, scale);
    const QList<Member> members = TeamRepository(file->records()).members();
    CHECK(countRole(members, MemberRole::ChallengeManager) == 1);
    CHECK(countRole(members, MemberRole::LeadOfficerPeer) == 1);
    CHECK(countRole(members, MemberRole::LeadMemberPeer) == 1);
    QSet<QString> names;
    for (const Member& member : members) {
        INFO(member.name.toStdString());
        CHECK_FALSE(member.name.isEmpty());
        CHECK_FALSE(roleKey(member.role).isEmpty());
        CHECK_FALSE(member.jobTitle.isEmpty());
        CHECK_FALSE(member.organisation.isEmpty());
        CHECK_FALSE(member.expertise.isEmpty());
        CHECK(member.email.endsWith(u"@example.org"_s));
        CHECK(member.phone.startsWith(u"01632 960"_s));
        CHECK(member.phone.size() == 12);
        const bool councillor =
            member.role == MemberRole::MemberPeer || member.role == MemberRole::LeadMemberPeer;
        CHECK(member.politicalGroup.isEmpty() != councillor);
        names.insert(member.name);
    }
    CHECK(names.size() == members.size());
}

TEST_CASE("The same demo seed gives identical content", "[demo]")
{
    const DemoScale scale = GENERATE(DemoScale::Small, DemoScale::Stress);
    INFO(demoScaleName(scale).toStdString());
    TempFolder folder;
    TestDevice first(11);
    TestDevice second(11);
    auto a = demo(folder, first, 11, scale, u"a.peerchallenge"_s);
    auto b = demo(folder, second, 11, scale, u"b.peerchallenge"_s);
    const QByteArray bytes = exchange::toBytes(exchange::exportEngagement(*a));
    CHECK(bytes.size() > 1000);
    CHECK(exchange::toBytes(exchange::exportEngagement(*b)) == bytes);
}

TEST_CASE("Different demo seeds give different hosts and teams, and seed 1 is Northmoor", "[demo]")
{
    TempFolder folder;
    QSet<QString> hosts;
    QSet<QString> leads;
    for (quint64 seed : {1, 2, 3}) {
        TestDevice device(seed);
        auto file = demo(folder, device, seed, DemoScale::Small, u"seed%1.peerchallenge"_s.arg(seed));
        const QString host = EngagementRepository(file->records()).engagement().host.name;
        if (seed == 1)
            CHECK(host == u"Northmoor District Council"_s);
        hosts.insert(host);
        leads.insert(TeamRepository(file->records()).members().constFirst().name);
    }
    CHECK(hosts.size() == 3);
    CHECK(leads.size() == 3);
}

TEST_CASE("Demo scales are named small, large and stress", "[demo]")
{
    CHECK(demoScaleNames() == QStringList{u"small"_s, u"large"_s, u"stress"_s});
    for (DemoScale scale : {DemoScale::Small, DemoScale::Large, DemoScale::Stress})
        CHECK(demoScaleFromName(demoScaleName(scale)) == scale);
    CHECK(demoScaleFromName(u"Stress"_s) == DemoScale::Stress);
    CHECK_FALSE(demoScaleFromName(u"huge"_s).has_value());
}
