// SPDX-License-Identifier: GPL-3.0-or-later
// Non-attribution (DOMAIN.md section 5): what the team writes for the council never says who said
// what, so findings and recommendations must not name the people met or the peers. The rule, also
// in docs/checks.md (findings.non-attribution):
// - a name is read without titles (Cllr, Dr, Mrs, Sir...), letters after it (OBE, JP...) and
//   anything in brackets; initials never match alone;
// - the full name (and first + last name when there are middle names) matches whatever its case,
//   its words apart by spaces, hyphens or apostrophes; so does the surname alone;
// - a first name alone, or a one-word name, matches only where capitalised: "Mark" the person is
//   found, "mark" the verb is not;
// - a name word that is also a common English word (Green, Hall, Bell, Mark, May, Grant, Ward...)
//   matches alone only where capitalised, not starting a sentence or a finding's title ("Green
//   spaces are well used"), not beside a capitalised word that is not a title ("Green Belt",
//   "Town Hall"; "Cllr Green" still counts) and not beside a number ("May 2026"); a name made only
//   of such words ("Rose Hill") matches only capitalised;
// - case, accents and the style of apostrophe are ignored: "Ó'Brien", "o’brien" and "OBrien" are
//   one name.
// So "Green said..." opening a sentence is missed while "Cllr Green said", "Sam Green said" and
// "...as Green said" are found: a finding's title or sentence starting with the common word is
// far likelier than a bare surname there.
#pragma once

#include "model/contact.h"
#include "model/member.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace pc {

/// Someone reports must not name: a council contact or a member of the peer team.
struct NamedPerson
{
    QUuid id;
    QString name; // as recorded: "Cllr Jane O'Brien (Leader)"
};

/// One place a text names someone.
struct NameMatch
{
    qsizetype position = 0; // in the text, in UTF-16 code units (QString indexes)
    qsizetype length = 0;
    QUuid person;
    QString name; // the person's name as recorded; the first person when several share the words

    /// The words as the text has them: "Smith", "jane smith".
    [[nodiscard]] QString matchedIn(const QString& text) const { return text.mid(position, length); }
    friend bool operator==(const NameMatch&, const NameMatch&) = default;
};

/// Finds the names of a list of people in texts. Built once (the names are split and folded
/// then), asked of many texts: each text is read once, whatever the number of people.
class NameFinder
{
public:
    explicit NameFinder(const QList<NamedPerson>& people);

    /// Every name in the text, in text order, never overlapping: where names overlap, the longest
    /// wins ("Jane Smith" rather than "Jane").
    [[nodiscard]] QList<NameMatch> find(const QString& text) const;
    [[nodiscard]] bool isEmpty() const { return m_patterns.isEmpty(); }

    /// Whether a name word (folded: lower case, no accents) is also a common English word.
    [[nodiscard]] static bool isCommonWord(const QString& folded);

    /// How a name may be written: its folded words, in order, and how strictly they must appear.
    struct Pattern
    {
        QStringList tokens;
        int person = 0;                // index into the people given
        bool capitalised = false;      // only where the text capitalises it
        bool guardedByContext = false; // a common word alone: not beside capitals or numbers
    };

private:
    void addPerson(int index, const QString& name);
    void addPattern(Pattern pattern);

    QList<NamedPerson> m_people;
    QHash<QString, QList<Pattern>> m_patterns; // by first token, the longest first
};

/// The names of `people` in `text`: NameFinder(people).find(text).
[[nodiscard]] QList<NameMatch> findNames(const QString& text, const QList<NamedPerson>& people);

/// "…the chief executive Jane Smith said…": the match with a few words either side, on one line.
[[nodiscard]] QString matchInContext(const QString& text, const NameMatch& match, int words = 4);

/// The people reports must not name: every council contact (attendees are contacts too) and
/// every member of the peer team.
[[nodiscard]] QList<NamedPerson> unnameablePeople(const QList<Contact>& contacts,
                                                  const QList<Member>& members);

/// The names a record's texts carry, and the first of them in its words around it.
struct NamesFound
{
    QStringList names;
    QString context; // "“…the chief executive Jane Smith said…”"
};

[[nodiscard]] NamesFound namesIn(const NameFinder& finder, const QStringList& texts);

/// "“…Jane Smith said…” in the finding “Clear vision” names Jane Smith; reports never attribute…"
[[nodiscard]] QString nonAttributionMessage(const NamesFound& found, const QString& record);

} // namespace pc
