// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML and Markdown writers, read back with Python's HTML parser and python3-markdown.
#include "report/htmlwriter.h"
#include "report/markdownblocks.h"
#include "report/markdownwriter.h"
#include "report/pythonjson.h"
#include "report/sampledocument.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace pc;
using namespace pc::report;
using namespace Qt::StringLiterals;

namespace {

/// A snippet's JSON, the document given on its standard input.
QJsonObject python(const QString& script, const QByteArray& input)
{
    return report::test::pythonJson(script, {}, input);
}

/// An HTML outline: the headings (tag, text), landmarks, table cells and the text of the list
/// items, and any element that should never be there.
/// `html` is the Python expression that gives the HTML to read.
QString htmlOutline(const QString& html)
{
    return uR"(
import sys, json
from html.parser import HTMLParser
class Outline(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack = []; self.headings = []; self.landmarks = []; self.items = []; self.cells = []
        self.forbidden = []; self.text = ''; self.lang = None; self.th = 0
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'html': self.lang = a.get('lang')
        if tag in ('script', 'iframe', 'object', 'img', 'link'): self.forbidden.append(tag)
        if tag in ('header', 'nav', 'main', 'footer'): self.landmarks.append(tag)
        if tag == 'th': self.th += 1
        self.stack.append([tag, ''])
    def handle_endtag(self, tag):
        while self.stack:
            t, text = self.stack.pop()
            if self.stack: self.stack[-1][1] += text
            if t in ('h1','h2','h3','h4'): self.headings.append([t, text.strip()])
            if t == 'li': self.items.append(text.strip())
            if t == 'td': self.cells.append(text.strip())
            if t == tag: break
    def handle_data(self, data):
        if self.stack: self.stack[-1][1] += data
        self.text += data
p = Outline(); p.feed(@SOURCE@)
print(json.dumps({'headings': p.headings, 'landmarks': p.landmarks, 'items': p.items, 'cells': p.cells,
                  'forbidden': p.forbidden, 'lang': p.lang, 'th': p.th, 'text': p.text}))
)"_s.replace(u"@SOURCE@"_s, html);
}

} // namespace

TEST_CASE("The HTML report is one accessible file whose text comes back as written", "[report][html]")
{
    const Document document = report::test::sampleDocument(3, 5);
    const QJsonObject outline = python(htmlOutline(u"sys.stdin.read()"_s), toHtml(document));

    CHECK(outline.value(u"lang"_s).toString() == u"en-GB"_s);
    CHECK(outline.value(u"forbidden"_s).toArray().isEmpty()); // the <script> in a finding is text
    const QJsonArray landmarks = outline.value(u"landmarks"_s).toArray();
    for (const QString& landmark : {u"header"_s, u"nav"_s, u"main"_s, u"footer"_s})
        CHECK(landmarks.contains(landmark));

    QStringList headings;
    for (const QJsonValue& h : outline.value(u"headings"_s).toArray())
        headings.append(h.toArray().at(0).toString() + u' ' + h.toArray().at(1).toString());
    CHECK(headings.first() == u"h1 Northmoor District Council"_s);
    CHECK(headings.contains(u"h2 1 Section 1 title"_s));
    CHECK(headings.contains(u"h3 2.2 Part 2.2 heading"_s));
    CHECK(headings.contains(u"h4 Strengths of section 3"_s));
    // One h1, and no level skipped on the way down.
    CHECK(headings.filter(QRegularExpression(u"^h1 "_s)).size() == 1);

    CHECK(outline.value(u"items"_s).toArray().contains(report::test::hostileText));
    CHECK(outline.value(u"text"_s).toString().contains(report::test::hostileText));
    CHECK(outline.value(u"th"_s).toInt() == 3);
    CHECK(outline.value(u"cells"_s).toArray().size() == 5 * 3);
    CHECK(outline.value(u"cells"_s).toArray().contains(u"Organisation 4 Borough Council"_s));
}

TEST_CASE("The Markdown report reads back as the same structure", "[report][markdown]")
{
    const Document document = report::test::sampleDocument(2, 4);
    const QByteArray markdown = toMarkdown(document);
    // python3-markdown renders it; the outline above reads the HTML that comes out.
    const QJsonObject outline = python(
        u"import markdown\n"_s + htmlOutline(u"markdown.markdown(sys.stdin.read(), extensions=['tables'])"_s),
        markdown);
    CHECK(outline.value(u"forbidden"_s).toArray().isEmpty());
    QStringList headings;
    for (const QJsonValue& h : outline.value(u"headings"_s).toArray())
        headings.append(h.toArray().at(0).toString() + u' ' + h.toArray().at(1).toString());
    CHECK(headings.first() == u"h1 Northmoor District Council"_s);
    CHECK(headings.contains(u"h2 2 Section 2 title"_s));
    CHECK(headings.contains(u"h3 1.1 Part 1.1 heading"_s));
    CHECK(outline.value(u"items"_s).toArray().contains(report::test::hostileText));
    CHECK(outline.value(u"cells"_s).toArray().contains(u"Role 3"_s));
    CHECK(outline.value(u"th"_s).toInt() == 3);
    CHECK(markdown.contains("**A bold claim.**"));
    CHECK(markdown.contains("*An italic aside.*"));
}

TEST_CASE("Markdown escaping keeps punctuation as text", "[report][markdown]")
{
    CHECK(escapeMarkdown(u"1. Not a list"_s) == u"1\\. Not a list"_s);
    CHECK(escapeMarkdown(u"- not a bullet"_s) == u"\\- not a bullet"_s);
    CHECK(escapeMarkdown(u"a*b_c [x](y) <b> </i> # `c`"_s)
          == u"a\\*b\\_c \\[x\\](y) &lt;b> &lt;/i> \\# \\`c\\`"_s);
    CHECK(escapeMarkdown(u"&amp; &#38; R&D & 5 < 6"_s) == u"&amp;amp; &amp;\\#38; R&D & 5 < 6"_s);
    CHECK(escapeMarkdown(u"> not a quote"_s) == u"\\> not a quote"_s);
    CHECK(escapeMarkdown(u"Well-led, e.g. 3.5% up!"_s) == u"Well-led, e.g. 3.5% up!"_s);
}

TEST_CASE("A narrative's Markdown becomes report blocks", "[report][markdown]")
{
    const QList<Block> blocks = blocksFromMarkdown(
        u"The council is **well led** and *ambitious*.\n\n- first point\n- second point\n\n"
        "1. one\n2. two\n\n### A heading inside\n\nLast words."_s);
    REQUIRE(blocks.size() == 5);
    CHECK(blocks[0].kind == Block::Kind::Paragraph);
    CHECK(blocks[0].spans
          == Spans{Span{u"The council is "_s}, Span{u"well led"_s, true}, Span{u" and "_s},
                   Span{u"ambitious"_s, false, true}, Span{u"."_s}});
    CHECK(blocks[1].kind == Block::Kind::BulletList);
    CHECK(blocks[1].items.size() == 2);
    CHECK(blocks[2].kind == Block::Kind::NumberedList);
    CHECK(plainText(blocks[2].items.at(1)) == u"two"_s);
    CHECK(blocks[3].kind == Block::Kind::Heading);
    CHECK(blocks[3].level == 3);
    CHECK_FALSE(blocks[3].inContents);
    CHECK(plainText(blocks[4].spans) == u"Last words."_s);
}
