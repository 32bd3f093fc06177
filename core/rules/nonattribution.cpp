// SPDX-License-Identifier: GPL-3.0-or-later
#include "nonattribution.h"

#include "checkfamilies.h"

#include <QObject>
#include <QSet>

#include <algorithm>

namespace pc {

namespace {

/// Name words that are also everyday English: colours, places, trades, virtues, months, council
/// words. Alone they count only where the text writes them as a name (see the header).
const QSet<QString>& commonWords()
{
    static const QSet<QString> words = [] {
        const char* const list[] = {
            // colours, nature, places
            "green", "brown", "white", "black", "grey", "gray", "gold", "silver", "wood", "woods", "hill",
            "hills", "field", "fields", "moor", "marsh", "brook", "brooks", "lake", "stone", "rock", "bush",
            "heath", "forest", "dale", "ford", "bridge", "bridges", "bank", "banks", "shore", "waters",
            "frost", "snow", "rain", "storm", "winter", "summer", "spring", "autumn", "day", "moon", "star",
            "sky", "sea", "bay", "vale", "glen", "cliff", "reed", "rice", "moss", "oak", "ash", "birch",
            "rose", "lily", "ivy", "holly", "hazel", "heather", "daisy", "poppy", "fern", "olive", "violet",
            "amber", "pearl", "ruby", "jade", "crystal", "flower", "plant", "salt", "sage", "sands", "pepper",
            "clay",
            // buildings, streets, council words
            "hall", "house", "park", "parks", "lane", "street", "church", "chapel", "tower", "gate", "gates",
            "wall", "walls", "mill", "mills", "wells", "well", "pool", "cross", "chambers", "ward", "wards",
            "bell", "post", "cabinet", "council", "mayor", "leader", "chief", "executive", "officer",
            "director", "manager", "head", "member", "deputy", "service", "services", "board", "place",
            "land", "home", "west", "east", "north", "south", "english", "french", "welsh", "irish",
            // trades and ranks
            "baker", "cook", "mason", "turner", "butler", "porter", "miller", "fisher", "hunter", "archer",
            "bishop", "dean", "judge", "marshall", "steward", "warden", "page", "clerk", "knight", "king",
            "prince", "duke", "earl", "squire", "major", "nurse", "shepherd", "walker", "carter", "cooper",
            "booth", "barber", "glass", "steel", "craft", "hay", "lamb", "fox", "wolf", "bird", "finch",
            "swan", "crow", "hawk", "crane", "bull", "hart",
            // virtues, qualities, everyday words
            "mark", "will", "hope", "grace", "faith", "joy", "patience", "prudence", "mercy", "honor",
            "honour", "dawn", "eve", "rich", "frank", "earnest", "noble", "sterling", "young", "little",
            "long", "short", "small", "strong", "swift", "sharp", "wise", "good", "best", "bright", "hardy",
            "sweet", "fair", "free", "price", "cash", "bill", "pat", "sue", "rob", "robin", "drew", "chase",
            "case", "bond", "brand", "grant", "miles", "max", "guy", "art", "bob", "carol", "ray", "sandy",
            "penny", "nick", "norm", "don", "gene", "jay", "lance", "warren", "chance", "sunny", "rusty",
            "dusty", "skip", "chip", "buck", "bud", "dash", "echo", "wade", "love", "peace", "trust", "worth",
            "able", "child", "hunt", "burns", "power", "law", "lord", "bolt", "hook", "nail", "stack", "trim",
            "pace", "pound", "seal", "wren", "win",
            // months that are names
            "april", "may", "june", "august"};
        QSet<QString> set;
        for (const char* word : list)
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words;
}

/// Words before a name that are not part of it: "Cllr", "Dr", "The Rt Hon".
const QSet<QString>& titleWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char* word :
             {"cllr", "clr",  "councillor", "dr",    "doctor", "mr",   "mrs",  "ms",    "miss",
              "mx",   "prof", "professor",  "sir",   "dame",   "lord", "lady", "baron", "baroness",
              "rev",  "revd", "reverend",   "canon", "rt",     "hon",  "the"})
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words;
}

/// Letters after a name: honours, offices, degrees, "Jr".
const QSet<QString>& postNominals()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char* word : {"obe", "mbe", "cbe", "kbe", "dbe", "jp", "mp", "msp", "mla", "phd", "dl",
                                 "qc", "kc", "frsa", "jr", "jnr", "snr", "sr"})
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words;
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u2018' || c == u'\u02bc' || c == u'`';
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == u'\u2010' || c == u'\u2011' || c == u'\u2013';
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

/// Lower case without accents: "Ó" -> "o". ASCII, nearly every word, skips the normalisation.
QString fold(QStringView word)
{
    const bool ascii = std::all_of(word.begin(), word.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return word.toString().toLower();
    QString folded;
    for (const QChar c : word.toString().normalized(QString::NormalizationForm_KD)) {
        if (!c.isMark())
            folded.append(c);
    }
    return folded.toCaseFolded();
}

/// A word of a text (a run of letters and digits) with what the rules ask of its surroundings.
struct Token
{
    QString folded;
    qsizetype start = 0;
    qsizetype end = 0;
    bool capitalised = false;
    bool number = false;
    bool sentenceStart = false; // first, or after . ! ? or a line break
    bool joined = false; // to the previous word by spaces, hyphens or apostrophes only ("J. Smith" too)
};

bool startsSentence(QStringView gap)
{
    return std::any_of(gap.begin(), gap.end(), [](QChar c) {
        return c == u'.' || c == u'!' || c == u'?' || c == u'\n' || c == u'\r';
    });
}

bool joins(QStringView gap, const Token& previous)
{
    if (gap.isEmpty())
        return false;
    const bool plain = std::all_of(gap.begin(), gap.end(),
                                   [](QChar c) { return c.isSpace() || isHyphen(c) || isApostrophe(c); });
    const bool initial = previous.end - previous.start == 1 && gap.startsWith(u'.')
                         && std::all_of(gap.begin() + 1, gap.end(), [](QChar c) { return c.isSpace(); });
    return plain || initial;
}

QList<Token> tokenize(const QString& text)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype size = text.size();
    qsizetype previousEnd = 0;
    while (i < size) {
        if (!isWordChar(text[i])) {
            ++i;
            continue;
        }
        Token token;
        token.start = i;
        while (i < size && isWordChar(text[i]))
            ++i;
        token.end = i;
        const QStringView word = QStringView(text).mid(token.start, token.end - token.start);
        token.folded = fold(word);
        token.capitalised = word.front().isUpper() || word.front().isTitleCase();
        token.number = word.front().isDigit();
        const QStringView gap = QStringView(text).mid(previousEnd, token.start - previousEnd);
        // "Dr. Bell", "J. Bell": the full stop of an abbreviation ends no sentence.
        token.sentenceStart = tokens.isEmpty()
                              || (startsSentence(gap) && tokens.last().end - tokens.last().start > 1
                                  && !titleWords().contains(tokens.last().folded));
        token.joined = !tokens.isEmpty() && joins(gap, tokens.last());
        previousEnd = token.end;
        tokens.append(token);
    }
    return tokens;
}

/// One word of a name ("O'Brien") as the texts may write it: its tokens ("o", "brien") and, for
/// a word with apostrophes or hyphens, run together ("obrien").
struct NameWord
{
    QStringList tokens;
    QString joined;
};

/// "Cllr Jane O'Brien OBE (Leader)" -> Jane, O'Brien: brackets, titles and letters after dropped.
QList<NameWord> nameWords(const QString& name)
{
    QString plain;
    int depth = 0;
    for (const QChar c : name) {
        if (c == u'(' || c == u'[')
            ++depth;
        else if ((c == u')' || c == u']') && depth > 0)
            --depth;
        else if (depth == 0)
            plain.append(c == u',' ? QChar(u' ') : c);
    }
    QList<NameWord> words;
    for (const QString& part : plain.split(u' ', Qt::SkipEmptyParts)) {
        NameWord word;
        for (const Token& token : tokenize(part))
            word.tokens.append(token.folded);
        word.joined = word.tokens.join(QString());
        if (!word.tokens.isEmpty())
            words.append(word);
    }
    while (words.size() > 1 && titleWords().contains(words.first().joined))
        words.removeFirst();
    while (words.size() > 1 && postNominals().contains(words.last().joined))
        words.removeLast();
    if (words.size() == 1
        && (titleWords().contains(words.first().joined) || postNominals().contains(words.first().joined)))
        return {}; // "Cllr" alone names no one
    return words;
}

bool isCommon(const NameWord& word)
{
    return NameFinder::isCommonWord(word.joined);
}

/// The tokens of several name words in a row; `runTogether` writes "O'Brien" as "obrien".
QStringList tokensOf(const QList<NameWord>& words, bool runTogether)
{
    QStringList tokens;
    for (const NameWord& word : words) {
        if (runTogether)
            tokens.append(word.joined);
        else
            tokens += word.tokens;
    }
    return tokens;
}

/// Whether a common word alone stands as a name here: not starting a sentence or a title, not
/// next to a capitalised word (other than a title, or one that starts a sentence) nor a number.
bool contextAllowsName(const QList<Token>& tokens, qsizetype first, qsizetype last)
{
    if (tokens[first].sentenceStart)
        return false;
    if (last + 1 < tokens.size() && tokens[last + 1].joined) {
        const Token& next = tokens[last + 1];
        if (next.number || next.capitalised)
            return false;
    }
    if (first > 0 && tokens[first].joined) {
        const Token& previous = tokens[first - 1];
        if (previous.number)
            return false;
        if (previous.capitalised && !previous.sentenceStart && !titleWords().contains(previous.folded))
            return false;
    }
    return true;
}

bool matchesAt(const QList<Token>& tokens, qsizetype at, const NameFinder::Pattern& pattern)
{
    const qsizetype count = pattern.tokens.size();
    if (at + count > tokens.size())
        return false;
    for (qsizetype k = 0; k < count; ++k) {
        if (tokens[at + k].folded != pattern.tokens[k] || (k > 0 && !tokens[at + k].joined))
            return false;
    }
    const qsizetype last = at + count - 1;
    if (pattern.capitalised && !(tokens[at].capitalised && tokens[last].capitalised))
        return false;
    return !pattern.guardedByContext || contextAllowsName(tokens, at, last);
}

} // namespace

bool NameFinder::isCommonWord(const QString& folded)
{
    return commonWords().contains(folded);
}

NameFinder::NameFinder(const QList<NamedPerson>& people)
    : m_people(people)
{
    for (int i = 0; i < m_people.size(); ++i)
        addPerson(i, m_people[i].name);
    for (QList<Pattern>& patterns : m_patterns)
        std::stable_sort(patterns.begin(), patterns.end(), [](const Pattern& a, const Pattern& b) {
            return a.tokens.size() > b.tokens.size();
        });
}

void NameFinder::addPattern(Pattern pattern)
{
    if (pattern.tokens.isEmpty() || pattern.tokens.join(QString()).size() < 2) // initials
        return;
    const QString first = pattern.tokens.first();
    m_patterns[first].append(std::move(pattern));
}

void NameFinder::addPerson(int index, const QString& name)
{
    const QList<NameWord> words = nameWords(name);
    if (words.isEmpty())
        return;
    const auto add = [&](const QList<NameWord>& part, bool capitalised, bool guarded) {
        const QStringList apart = tokensOf(part, false);
        const QStringList together = tokensOf(part, true);
        addPattern({apart, index, capitalised, guarded});
        if (together != apart)
            addPattern({together, index, capitalised, guarded});
    };
    if (words.size() == 1) {
        add(words, true, isCommon(words.first()));
        return;
    }
    const bool allCommon = std::all_of(words.cbegin(), words.cend(), isCommon);
    add(words, allCommon, false);
    if (words.size() > 2)
        add({words.first(), words.last()}, isCommon(words.first()) && isCommon(words.last()), false);
    add({words.last()}, isCommon(words.last()), isCommon(words.last()));
    add({words.first()}, true, isCommon(words.first()));
}

QList<NameMatch> NameFinder::find(const QString& text) const
{
    if (m_patterns.isEmpty() || text.isEmpty())
        return {};
    const QList<Token> tokens = tokenize(text);
    QList<NameMatch> matches;
    qsizetype i = 0;
    while (i < tokens.size()) {
        const auto candidates = m_patterns.constFind(tokens[i].folded);
        const Pattern* found = nullptr;
        if (candidates != m_patterns.cend()) {
            for (const Pattern& pattern : *candidates) {
                if (matchesAt(tokens, i, pattern)) {
                    found = &pattern;
                    break;
                }
            }
        }
        if (!found) {
            ++i;
            continue;
        }
        const qsizetype last = i + found->tokens.size() - 1;
        const NamedPerson& person = m_people[found->person];
        matches.append({tokens[i].start, tokens[last].end - tokens[i].start, person.id, person.name});
        i = last + 1;
    }
    return matches;
}

QList<NameMatch> findNames(const QString& text, const QList<NamedPerson>& people)
{
    return NameFinder(people).find(text);
}

QString matchInContext(const QString& text, const NameMatch& match, int words)
{
    qsizetype begin = match.position;
    while (begin > 0 && !text[begin - 1].isSpace()) // the rest of a word the match starts in
        --begin;
    for (int n = 0; n < words && begin > 0; ++n) {
        while (begin > 0 && text[begin - 1].isSpace())
            --begin;
        while (begin > 0 && !text[begin - 1].isSpace())
            --begin;
    }
    qsizetype end = match.position + match.length;
    while (end < text.size() && !text[end].isSpace())
        ++end;
    for (int n = 0; n < words && end < text.size(); ++n) {
        while (end < text.size() && text[end].isSpace())
            ++end;
        while (end < text.size() && !text[end].isSpace())
            ++end;
    }
    QString context = text.mid(begin, end - begin).simplified();
    if (!text.left(begin).trimmed().isEmpty())
        context.prepend(u'\u2026');
    if (!text.mid(end).trimmed().isEmpty())
        context.append(u'\u2026');
    return context;
}

QList<NamedPerson> unnameablePeople(const QList<Contact>& contacts, const QList<Member>& members)
{
    QList<NamedPerson> people;
    for (const Contact& contact : contacts)
        people.append({contact.id, contact.name});
    for (const Member& member : members)
        people.append({member.id, member.name});
    return people;
}

NamesFound namesIn(const NameFinder& finder, const QStringList& texts)
{
    NamesFound found;
    for (const QString& text : texts) {
        for (const NameMatch& match : finder.find(text)) {
            if (found.context.isEmpty())
                found.context = QStringLiteral("\u201c%1\u201d").arg(matchInContext(text, match));
            const QString name = match.name.simplified();
            if (!found.names.contains(name))
                found.names.append(name);
        }
    }
    return found;
}

QString nonAttributionMessage(const NamesFound& found, const QString& record)
{
    return QObject::tr("%1 in %2 names %3; reports never attribute what was said or done to a person: "
                       "leave the name out.")
        .arg(found.context, record, namesInWords(found.names));
}

} // namespace pc
