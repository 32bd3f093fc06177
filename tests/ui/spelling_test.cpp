// SPDX-License-Identifier: GPL-3.0-or-later
// British English spelling in the report's narrative editor (Hunspell, Debian's hunspell-en-gb).
#include "ui/spelling/spellchecker.h"
#include "ui/spelling/spellhighlighter.h"
#include "ui/widgets/markdownedit.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace pc;
using namespace Qt::StringLiterals;

namespace {

/// The words the editor underlines, in the order they appear.
QStringList underlined(const ui::MarkdownEdit& edit)
{
    QStringList words;
    for (QTextBlock block = edit.document()->begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
            if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                words.append(block.text().mid(range.start, range.length));
        }
    }
    return words;
}

} // namespace

TEST_CASE("The British English dictionary knows British spellings and not mistakes", "[ui][spelling]")
{
    ui::SpellChecker& checker = ui::SpellChecker::britishEnglish();
    REQUIRE(checker.isAvailable()); // hunspell-en-gb is a build dependency
    for (const QString& word : {u"organisation"_s, u"prioritise"_s, u"programme"_s, u"council's"_s,
                                u"council\u2019s"_s, u"colour"_s, u"2026"_s})
        CHECK(checker.isCorrect(word));
    for (const QString& word : {u"recieve"_s, u"goverment"_s, u"accomodation"_s})
        CHECK_FALSE(checker.isCorrect(word));
    CHECK(checker.suggestions(u"goverment"_s).contains(u"government"_s));
}

TEST_CASE("The narrative editor underlines misspelt words until they are added", "[ui][spelling]")
{
    ui::SpellChecker checker(u"/usr/share/hunspell/en_GB.aff"_s, u"/usr/share/hunspell/en_GB.dic"_s);
    REQUIRE(checker.isAvailable());
    ui::MarkdownEdit edit;
    edit.setSpellChecker(&checker);
    edit.setCommittedMarkdown(
        u"The goverment of the council is well-led.\n\nElderwick has a plan to recieve funds."_s);
    edit.show();
    REQUIRE(QTest::qWaitForWindowExposed(&edit));
    CHECK(underlined(edit) == QStringList{u"goverment"_s, u"Elderwick"_s, u"recieve"_s});
    // Underlining is not typing: nothing is announced as the user's change.
    QSignalSpy committed(&edit, &ui::MarkdownEdit::committed);
    edit.commit();
    CHECK(committed.isEmpty());

    checker.addWord(u"Elderwick"_s);
    edit.setSpellChecker(&checker); // as the context menu's "Add to Dictionary" rehighlights
    CHECK(underlined(edit) == QStringList{u"goverment"_s, u"recieve"_s});
}

TEST_CASE("Without a dictionary nothing is underlined", "[ui][spelling]")
{
    ui::SpellChecker missing(u"/nowhere/en_GB.aff"_s, u"/nowhere/en_GB.dic"_s);
    CHECK_FALSE(missing.isAvailable());
    CHECK(missing.isCorrect(u"goverment"_s));
    ui::MarkdownEdit edit;
    edit.setSpellChecker(&missing);
    edit.setCommittedMarkdown(u"The goverment."_s);
    CHECK(underlined(edit).isEmpty());
}

TEST_CASE("The word under the cursor is found with its apostrophes and hyphens", "[ui][spelling]")
{
    const QString text = u"The council's well-led team."_s;
    CHECK(ui::SpellHighlighter::wordAt(text, 6) == std::pair{u"council's"_s, 4});
    CHECK(ui::SpellHighlighter::wordAt(text, 16) == std::pair{u"well-led"_s, 14});
    CHECK(ui::SpellHighlighter::wordAt(text, 27).first == u"team"_s); // just after a word is on it
    CHECK(ui::SpellHighlighter::wordAt(u"one   two"_s, 4).first.isEmpty());
}
