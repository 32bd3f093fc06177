// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/member.h"

#include <QList>
#include <QSet>
#include <QString>

namespace pc {

class DemoRandom;

struct DemoPerson
{
    QString firstName;
    QString surname;

    [[nodiscard]] QString name() const { return firstName + QLatin1Char(' ') + surname; }
};

/// Invented people, places and organisations for the demo, drawn from fixed pools by the demo's
/// seeded generator. Names, e-mail addresses and phone numbers are unique within one demo; the
/// phone numbers are in Ofcom's range for drama (01632 960000-960999) and the addresses at
/// example.org, so none can reach anyone.
class DemoNames
{
public:
    explicit DemoNames(DemoRandom& random);

    [[nodiscard]] DemoPerson person();
    [[nodiscard]] static QString email(const DemoPerson& person);
    [[nodiscard]] QString phone();
    /// A council such as "Ravensholt Borough Council"; places repeat only when all were used.
    [[nodiscard]] QString council();
    /// An organisation outside local government, e.g. "Fenmarsh Community Health Trust".
    [[nodiscard]] QString organisation(Sector sector);

private:
    /// The next place of this demo's order, as an index into the pool.
    [[nodiscard]] int nextPlace();

    DemoRandom& m_random;
    QList<int> m_places; // the pool's indexes, in the order this demo uses them
    int m_nextPlace = 0;
    QSet<QString> m_names;
    QSet<QString> m_phones;
};

} // namespace pc
