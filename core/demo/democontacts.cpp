// SPDX-License-Identifier: GPL-3.0-or-later
#include "democontacts.h"

#include "demonames.h"

namespace pc {

namespace {

struct Post
{
    ContactRole role;
    const char* jobTitle;
    bool councillor;
};

constexpr Post firstPosts[] = {
    {ContactRole::Leader, "Leader of the Council", true},
    {ContactRole::ChiefExecutive, "Chief Executive", false},
    {ContactRole::LeadOfficer, "Head of Policy and Performance", false},
};

constexpr Post laterPosts[] = {
    {ContactRole::PortfolioHolder, "Cabinet Member for Finance and Resources", true},
    {ContactRole::Director, "Director of Finance (s151 officer)", false},
    {ContactRole::PortfolioHolder, "Cabinet Member for Housing", true},
    {ContactRole::Director, "Director of Place", false},
    {ContactRole::Partner, "Chief Inspector, district policing", false},
    {ContactRole::Director, "Monitoring Officer", false},
    {ContactRole::PortfolioHolder, "Cabinet Member for Communities", true},
    {ContactRole::Partner, "Place Director, Integrated Care Board", false},
    {ContactRole::Director, "Director of People", false},
    {ContactRole::Other, "Chair of Overview and Scrutiny", true},
    {ContactRole::Partner, "Chief Executive, Council for Voluntary Service", false},
    {ContactRole::Other, "Leader of the Opposition", true},
};

} // namespace

QList<Contact> demoContacts(DemoNames& names, int count)
{
    QList<Contact> contacts;
    for (int i = 0; i < std::max(count, 3); ++i) {
        const Post& post = i < 3 ? firstPosts[i] : laterPosts[(i - 3) % int(std::size(laterPosts))];
        const DemoPerson person = names.person();
        Contact c;
        c.name = post.councillor ? QStringLiteral("Cllr %1").arg(person.name()) : person.name();
        c.role = post.role;
        c.jobTitle = QString::fromUtf8(post.jobTitle);
        c.email = DemoNames::email(person);
        c.phone = names.phone();
        if (post.role == ContactRole::LeadOfficer)
            c.notes = QStringLiteral("Day-to-day contact for the timetable, rooms and the document library.");
        c.position = double(i + 1);
        contacts.append(c);
    }
    return contacts;
}

} // namespace pc
