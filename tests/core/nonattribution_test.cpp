// SPDX-License-Identifier: GPL-3.0-or-later
// Finding people's names in what the team writes (non-attribution): full names and surnames
// whatever their case, first names only capitalised, common words not mistaken for names, titles,
// accents, apostrophes and hyphens; and two thousand findings read in a blink.
#include "rules/nonattribution.h"

#include <QElapsedTimer>

#include <catch2/catch.hpp>

using namespace pc;
using namespace Qt::StringLiterals;

namespace {

QUuid id(int n)
{
    return QUuid(quint32(n), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}

const QList<NamedPerson> people{
    {id(1), u"Cllr Jane Smith"_s},     {id(2), u"Mark Green"_s},   {id(3), u"Siobhán Ó'Brien"_s},
    {id(4), u"Dr Ravi Patel-Shah"_s},  {id(5), u"Tom Hall OBE"_s}, {id(6), u"May Bell (Leader)"_s},
    {id(7), u"Anna Maria Kowalski"_s}, {id(8), u"J Bloggs"_s},     {id(9), u"Rose Hill"_s},
};

/// The words of each match, in order.
QStringList matched(const QString& text)
{
    QStringList words;
    for (const NameMatch& match : findNames(text, people))
        words.append(match.matchedIn(text));
    return words;
}

/// The recorded names of the people found, in order.
QStringList names(const QString& text)
{
    QStringList found;
    for (const NameMatch& match : findNames(text, people))
        found.append(match.name);
    return found;
}

} // namespace

TEST_CASE("A full name is found whatever its case, with its position", "[evidence][nonattribution]")
{
    const QString text = u"As the leader jane smith put it, JANE SMITH decides."_s;
    const QList<NameMatch> matches = findNames(text, people);
    REQUIRE(matches.size() == 2);
    CHECK(matches[0].position == 14);
    CHECK(matches[0].length == 10);
    CHECK(matches[0].person == id(1));
    CHECK(matches[0].name == u"Cllr Jane Smith"_s);
    CHECK(matches[1].matchedIn(text) == u"JANE SMITH"_s);
    CHECK(matched(u"Jane\n  Smith said so"_s) == QStringList{u"Jane\n  Smith"_s});
}

TEST_CASE("A surname alone is found whatever its case, on word boundaries", "[evidence][nonattribution]")
{
    CHECK(matched(u"Cllr Smith's view"_s) == QStringList{u"Smith"_s});
    CHECK(matched(u"as smith said"_s) == QStringList{u"smith"_s});
    CHECK(matched(u"Smithson and blacksmiths"_s).isEmpty());
    CHECK(matched(u"(Smith)"_s) == QStringList{u"Smith"_s});
}

TEST_CASE("A first name alone is found only where capitalised", "[evidence][nonattribution]")
{
    CHECK(matched(u"Jane told us"_s) == QStringList{u"Jane"_s});
    CHECK(matched(u"jane told us"_s).isEmpty());
    CHECK(matched(u"We spoke to Mark about it"_s) == QStringList{u"Mark"_s});
    CHECK(matched(u"officers mark their own homework"_s).isEmpty());
    CHECK(matched(u"Ravi said"_s) == QStringList{u"Ravi"_s});
}

TEST_CASE("Surnames that are common words match only as names", "[evidence][nonattribution]")
{
    // Lower case: the word, not the person.
    CHECK(matched(u"the green spaces and the hall are well used"_s).isEmpty());
    CHECK(matched(u"a bell rang; the town hall"_s).isEmpty());
    // Capitalised beside another capitalised word: a place or a proper noun.
    CHECK(matched(u"Building on the Green Belt near the Town Hall"_s).isEmpty());
    CHECK(matched(u"the Village Green is tidy"_s).isEmpty());
    // Beside a number: a date.
    CHECK(matched(u"agreed in May 2026, or on 3 May"_s).isEmpty());
    // Capitalised on its own, or after a title: the person.
    CHECK(matched(u"as Green told the team"_s) == QStringList{u"Green"_s});
    CHECK(matched(u"when Cllr Hall spoke"_s) == QStringList{u"Hall"_s});
    CHECK(matched(u"Dr. Bell and Mrs. Hall agreed"_s) == QStringList{u"Bell"_s, u"Hall"_s});
    CHECK(matched(u"In the end Bell agreed"_s) == QStringList{u"Bell"_s});
    CHECK(matched(u"the view of Hall: more staff"_s) == QStringList{u"Hall"_s});
    // A full name of common words must be capitalised too.
    CHECK(matched(u"homes on rose hill estate"_s).isEmpty());
    CHECK(names(u"Rose Hill told us"_s) == QStringList{u"Rose Hill"_s});
    // Starting a sentence or a title, it is read as the word; the known cost is "Green said" there.
    CHECK(matched(u"Green spaces are well used. Hall hire is up.\nMark the date"_s).isEmpty());
    CHECK(matched(u"Green said so; so did Cllr Green."_s) == QStringList{u"Green"_s});
}

TEST_CASE("Titles, letters after a name and brackets are not part of it", "[evidence][nonattribution]")
{
    CHECK(names(u"Tom Hall gave a view"_s) == QStringList{u"Tom Hall OBE"_s});
    CHECK(matched(u"the Cllr said"_s).isEmpty()); // the title alone is no one
    CHECK(matched(u"the OBE list"_s).isEmpty());
    CHECK(matched(u"the Leader said"_s).isEmpty()); // "(Leader)" is not her name
    CHECK(names(u"May Bell said"_s) == QStringList{u"May Bell (Leader)"_s});
}

TEST_CASE("Accents, apostrophes and hyphens are read as one name", "[evidence][nonattribution]")
{
    CHECK(names(u"Siobhán Ó'Brien said"_s) == QStringList{u"Siobhán Ó'Brien"_s});
    CHECK(matched(u"siobhan o\u2019brien said"_s) == QStringList{u"siobhan o\u2019brien"_s});
    CHECK(matched(u"as OBrien noted"_s) == QStringList{u"OBrien"_s});
    CHECK(matched(u"as O'Brien noted"_s) == QStringList{u"O'Brien"_s});
    CHECK(matched(u"Siobhan agreed"_s) == QStringList{u"Siobhan"_s});
    CHECK(matched(u"Patel-Shah and Patel Shah"_s) == QStringList{u"Patel-Shah"_s, u"Patel Shah"_s});
    CHECK(matched(u"Ravi Patel\u2011Shah"_s) == QStringList{u"Ravi Patel\u2011Shah"_s});
}

TEST_CASE("Middle names may be left out and initials never match alone", "[evidence][nonattribution]")
{
    CHECK(matched(u"Anna Kowalski and Anna Maria Kowalski"_s)
          == QStringList{u"Anna Kowalski"_s, u"Anna Maria Kowalski"_s});
    CHECK(matched(u"J Bloggs and J. Bloggs"_s) == QStringList{u"J Bloggs"_s, u"J. Bloggs"_s});
    CHECK(matched(u"J is a letter"_s).isEmpty());
}

TEST_CASE("The longest name wins where names overlap", "[evidence][nonattribution]")
{
    const QList<NamedPerson> two{{id(1), u"Mark Green"_s}, {id(2), u"Sarah Green"_s}};
    const QString text = u"Sarah Green and Mark Green met Green"_s;
    const QList<NameMatch> matches = findNames(text, two);
    REQUIRE(matches.size() == 3);
    CHECK(matches[0].person == id(2));
    CHECK(matches[1].person == id(1));
    CHECK(matches[2].matchedIn(text) == u"Green"_s);
}

TEST_CASE("No people or no text find nothing", "[evidence][nonattribution]")
{
    CHECK(findNames(u"Jane Smith"_s, {}).isEmpty());
    CHECK(findNames(QString(), people).isEmpty());
    CHECK(NameFinder({{id(1), u"  Cllr  "_s}, {id(2), QString()}}).find(u"Cllr Smith"_s).isEmpty());
}

TEST_CASE("A match is shown with a few words either side", "[evidence][nonattribution]")
{
    const QString text =
        u"We heard from many staff that the chief executive Jane Smith said the plan\nwas late."_s;
    const QList<NameMatch> matches = findNames(text, people);
    REQUIRE(matches.size() == 1);
    CHECK(matchInContext(text, matches[0])
          == u"\u2026that the chief executive Jane Smith said the plan was\u2026"_s);
    const QString short_ = u"Jane Smith."_s;
    CHECK(matchInContext(short_, findNames(short_, people).value(0)) == u"Jane Smith."_s);
}

TEST_CASE("Names are found in 2,000 findings quickly", "[evidence][nonattribution]")
{
    QList<NamedPerson> many = people;
    for (int i = 0; i < 200; ++i)
        many.append({id(100 + i), u"Person%1 Surname%1"_s.arg(i)});
    QStringList texts;
    for (int i = 0; i < 2000; ++i)
        texts.append(u"The council's green spaces strategy is well regarded by partners, and staff told "
                     u"us that leadership is visible and the Town Hall is open. Finding %1 notes that "
                     u"Surname%2 said the budget gap of 12 May was closing, while the Green Belt review "
                     u"and the medium-term financial plan need attention from officers and members."_s.arg(i)
                         .arg(i % 200));
    QElapsedTimer timer;
    timer.start();
    const NameFinder finder(many);
    int found = 0;
    for (const QString& text : texts)
        found += int(finder.find(text).size());
    const qint64 elapsed = timer.elapsed();
    CHECK(found == 2000);
    CHECK(elapsed < 500); // about 20 ms in a release build; generous for debug and sanitizers
}
