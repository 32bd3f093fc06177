// SPDX-License-Identifier: GPL-3.0-or-later
#include "demonames.h"

#include "demorandom.h"

#include <QRegularExpression>

namespace pc {

namespace {

// Invented pools; any likeness to a real person, place or council is a coincidence.
constexpr const char* firstNames[] = {
    "Helen",   "Marcus", "Priya",   "Daniel",   "Sinead",  "Tom",     "Amara",  "Bethan", "Callum",
    "Deborah", "Eleni",  "Farid",   "Gareth",   "Hannah",  "Imran",   "Joanna", "Kwame",  "Lorna",
    "Mateusz", "Niamh",  "Oliver",  "Parveen",  "Rhys",    "Saoirse", "Tobias", "Ursula", "Vikram",
    "Wendy",   "Yusuf",  "Zara",    "Alistair", "Bronwen", "Conor",   "Delyth", "Euan",   "Fiona",
    "Graham",  "Ifeoma", "Jasmine", "Keith",    "Leona",   "Morag",
};

constexpr const char* surnames[] = {
    "Achterberg",   "Okafor",    "Lindqvist", "Ferreira", "Mallory",    "Gallagher-Reid",
    "Brennan-Hale", "Castellan", "Dunmore",   "Edevane",  "Fairclough", "Greenhalgh",
    "Harrowby",     "Iredale",   "Jessop",    "Kellaway", "Latimer",    "Merriweather",
    "Nuttall",      "Ormerod",   "Pennock",   "Quarmby",  "Rushworth",  "Satterthwaite",
    "Uttley",       "Varley",    "Wadsworth", "Yardley",  "Zeller",     "Akinola",
    "Bhattacharya", "Chaudhry",  "Demir",     "Eze",      "Fontaine",   "Horvath",
    "Kowalczyk",    "Nakamura",  "Osei",      "Petrakis", "Quinlan",    "Szabo",
};

constexpr const char* places[] = {
    "Ravensholt", "Fenmarsh",     "Hartmoor",   "Calderbrook",  "Portwen",     "Wyndlesham", "Brackenfold",
    "Elderwick",  "Foxbury Vale", "Glenmouth",  "Hollinsworth", "Kingsmere",   "Marlstone",  "Oakhaven",
    "Pennistow",  "Rushcombe",    "Sandleigh",  "Thornhallow",  "Westerfold",  "Bellcombe",  "Cragsby",
    "Dunmarrow",  "Ashwinter",    "Larkhollow", "Merrowdale",   "Stannerby",   "Tollbeck",   "Upperwray",
    "Wrenmarsh",  "Ebbersley",    "Fallowmere", "Greyhallam",   "Kestermouth", "Lowbarrow",  "Netherbeck",
    "Oddingstow", "Quillbourne",  "Saltmere",   "Tarnwick",     "Yarrowby",
};

constexpr const char* councilKinds[] = {
    "Borough Council", "District Council", "City Council",
    "County Council",  "Council",          "Metropolitan Borough Council",
};

QString text(const char* latin)
{
    return QString::fromLatin1(latin);
}

} // namespace

DemoNames::DemoNames(DemoRandom& random)
    : m_random(random)
{
    for (int i = 0; i < int(std::size(places)); ++i)
        m_places.append(i);
    for (qsizetype i = m_places.size() - 1; i > 0; --i) // Fisher-Yates
        m_places.swapItemsAt(i, m_random.below(int(i + 1)));
}

DemoPerson DemoNames::person()
{
    for (;;) {
        DemoPerson person{text(m_random.pick(firstNames)), text(m_random.pick(surnames))};
        if (!m_names.contains(person.name())) {
            m_names.insert(person.name());
            return person;
        }
    }
}

QString DemoNames::email(const DemoPerson& person)
{
    static const QRegularExpression notInAddress(QStringLiteral("[^a-z-]"));
    return QStringLiteral("%1.%2@example.org")
        .arg(person.firstName.toLower().remove(notInAddress), person.surname.toLower().remove(notInAddress));
}

QString DemoNames::phone()
{
    for (;;) {
        const QString number =
            QStringLiteral("01632 960%1").arg(m_random.below(1000), 3, 10, QLatin1Char('0'));
        if (!m_phones.contains(number)) {
            m_phones.insert(number);
            return number;
        }
    }
}

int DemoNames::nextPlace()
{
    const int index = m_places[m_nextPlace];
    m_nextPlace = (m_nextPlace + 1) % int(m_places.size());
    return index;
}

QString DemoNames::council()
{
    // The kind follows the place, so a place that comes round again names the same council.
    const int index = nextPlace();
    return QStringLiteral("%1 %2").arg(text(places[index]),
                                       text(councilKinds[index % std::size(councilKinds)]));
}

QString DemoNames::organisation(Sector sector)
{
    const QString place = text(places[nextPlace()]);
    switch (sector) {
    case Sector::Health:
        return QStringLiteral("%1 Community Health Trust").arg(place);
    case Sector::Voluntary:
        return QStringLiteral("%1 Housing Association").arg(place);
    case Sector::Academic:
        return QStringLiteral("University of %1").arg(place);
    case Sector::Private:
        return QStringLiteral("%1 Public Services Advisory LLP").arg(place);
    default:
        return council();
    }
}

} // namespace pc
