// SPDX-License-Identifier: GPL-3.0-or-later
// The ODT writer, read back with python3-odf (odfpy) and zipfile.
#include "common/error.h"
#include "report/odtwriter.h"
#include "report/pythonjson.h"
#include "report/sampledocument.h"
#include "report/writerchecks.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <utility>

using namespace pc;
using namespace pc::report;
using namespace Qt::StringLiterals;

namespace {

/// Headings, paragraphs with their emphasised spans, lists, tables, the contents, the page
/// layout and the Standard page's header and footer, the metadata, and the package.
const QString odtOutline = uR"PY(
import json, sys, zipfile
from odf.opendocument import load
from odf import dc, style, table, teletype, text

path = sys.argv[1]
d = load(path)
automatic = {s.getAttribute('name'): s for s in d.automaticstyles.getElementsByType(style.Style)}

def named(name):
    # The named style a paragraph shows as: an automatic style stands for its parent.
    s = automatic.get(name)
    return s.getAttribute('parentstylename') if s is not None else name

def emphasis(span, attribute, value):
    s = automatic.get(span.getAttribute('stylename'))
    props = s.getElementsByType(style.TextProperties) if s is not None else []
    return any(p.getAttribute(attribute) == value for p in props)

def list_kind(name):
    for s in d.styles.getElementsByType(text.ListStyle):
        if s.getAttribute('name') == name:
            return 'bullet' if s.getElementsByType(text.ListLevelStyleBullet) else 'number'
    return 'missing'

headings = [{'level': int(h.getAttribute('outlinelevel')), 'style': named(h.getAttribute('stylename')),
             'text': teletype.extractText(h)} for h in d.text.getElementsByType(text.H)]
paragraphs = [{'style': named(p.getAttribute('stylename')), 'text': teletype.extractText(p),
               'bold': [teletype.extractText(s) for s in p.getElementsByType(text.Span) if emphasis(s, 'fontweight', 'bold')],
               'italic': [teletype.extractText(s) for s in p.getElementsByType(text.Span) if emphasis(s, 'fontstyle', 'italic')]}
              for p in d.text.getElementsByType(text.P)]
lists = [{'kind': list_kind(l.getAttribute('stylename')),
          'start': l.getElementsByType(text.ListItem)[0].getAttribute('startvalue'),
          'items': [teletype.extractText(i) for i in l.getElementsByType(text.ListItem)]}
         for l in d.text.getElementsByType(text.List)]
tables = [{'rows': [[teletype.extractText(c) for c in r.getElementsByType(table.TableCell)]
                    for r in t.getElementsByType(table.TableRow)],
           'headerRows': [len(h.getElementsByType(table.TableRow)) for h in t.getElementsByType(table.TableHeaderRows)],
           'columns': len(t.getElementsByType(table.TableColumn))}
          for t in d.text.getElementsByType(table.Table)]
contents = [{'style': p.getAttribute('stylename'), 'text': teletype.extractText(p)}
            for toc in d.text.getElementsByType(text.TableOfContent)
            for body in toc.getElementsByType(text.IndexBody) for p in body.getElementsByType(text.P)]

master = [m for m in d.masterstyles.getElementsByType(style.MasterPage) if m.getAttribute('name') == 'Standard'][0]
layout = [l for l in d.automaticstyles.getElementsByType(style.PageLayout)
          if l.getAttribute('name') == master.getAttribute('pagelayoutname')][0]
page = layout.getElementsByType(style.PageLayoutProperties)[0]
footer = master.getElementsByType(style.Footer)[0]
package = zipfile.ZipFile(path)
first = package.infolist()[0]
print(json.dumps({
    'headings': headings, 'paragraphs': paragraphs, 'lists': lists, 'tables': tables, 'contents': contents,
    'pageWidth': page.getAttribute('pagewidth'), 'pageHeight': page.getAttribute('pageheight'),
    'header': teletype.extractText(master.getElementsByType(style.Header)[0]),
    'footer': teletype.extractText(footer),
    'pageNumbers': len(footer.getElementsByType(text.PageNumber)),
    'pageCounts': len(footer.getElementsByType(text.PageCount)),
    'title': teletype.extractText(d.meta.getElementsByType(dc.Title)[0]),
    'language': teletype.extractText(d.meta.getElementsByType(dc.Language)[0]),
    'firstEntry': first.filename, 'firstStored': first.compress_type == zipfile.ZIP_STORED,
    'mimetype': package.read('mimetype').decode(),
    'testzip': package.testzip(),
}))
)PY"_s;

QJsonObject readBack(const QString& path)
{
    return report::test::pythonJson(odtOutline, {path});
}

QJsonObject paragraphWithText(const QJsonArray& paragraphs, const QString& text)
{
    for (const QJsonValue& p : paragraphs) {
        if (p[u"text"_s].toString() == text)
            return p.toObject();
    }
    FAIL("No paragraph reads: " << text.toStdString());
    return {};
}

} // namespace

TEST_CASE("The ODT writer's document reads back in odfpy with its structure", "[report][odt]")
{
    const pc::test::TempFolder folder;
    const QString path = folder.path(u"report.odt"_s);
    Document document = report::test::sampleDocument(4, 60);
    const QString spaced = u"Two  spaces,\ta tab and   three spaces"_s;
    document.blocks.append(pageBreak());
    document.blocks.append(paragraph(spaced));
    QList<std::pair<int, int>> calls;
    writeOdt(path, document, [&calls](int done, int total) {
        calls.append({done, total});
        return true;
    });
    CHECK(calls.size() == document.blocks.size());
    CHECK(calls.constLast() == std::pair{int(document.blocks.size()), int(document.blocks.size())});

    const QJsonObject odt = readBack(path);
    const QJsonArray paragraphs = odt[u"paragraphs"_s].toArray();

    SECTION("a valid package with the mimetype first and stored")
    {
        CHECK(odt[u"testzip"_s].isNull());
        CHECK(odt[u"firstEntry"_s].toString() == u"mimetype"_s);
        CHECK(odt[u"firstStored"_s].toBool());
        CHECK(odt[u"mimetype"_s].toString() == u"application/vnd.oasis.opendocument.text"_s);
    }

    SECTION("headings at their outline levels in the Heading styles, in order, with their numbers")
    {
        QStringList expected;
        QStringList found;
        for (const Block& b : document.blocks) {
            if (b.kind == Block::Kind::Heading)
                expected.append(u"%1 Heading_20_%1: "_s.arg(b.level) + headingText(b));
        }
        for (const QJsonValue& h : odt[u"headings"_s].toArray())
            found.append(u"%1 "_s.arg(h[u"level"_s].toInt()) + h[u"style"_s].toString() + u": "_s
                         + h[u"text"_s].toString());
        CHECK(found == expected);
        CHECK(found.contains(u"2 Heading_20_2: 3.2 Part 3.2 heading"_s));
    }

    SECTION("the title page, then contents listing the level-1 and level-2 headings")
    {
        CHECK(paragraphWithText(paragraphs, document.meta.title)[u"style"_s].toString() == u"Title"_s);
        CHECK(paragraphWithText(paragraphs, document.meta.subtitle)[u"style"_s].toString() == u"Subtitle"_s);
        QStringList expected{u"Contents"_s};
        for (const Block& b : document.blocks) {
            if (b.kind == Block::Kind::Heading && b.level <= 2)
                expected.append(u"Contents_20_%1: "_s.arg(b.level) + headingText(b));
        }
        QStringList found;
        for (const QJsonValue& p : odt[u"contents"_s].toArray()) {
            const QString style = p[u"style"_s].toString();
            found.append(style.startsWith(u"Contents_20_"_s) && style != u"Contents_20_Heading"_s
                             ? style + u": "_s + p[u"text"_s].toString()
                             : p[u"text"_s].toString());
        }
        CHECK(found == expected);
    }

    SECTION("bold and italic spans, and white space kept as written")
    {
        const QJsonObject p =
            paragraphWithText(paragraphs, u"Opening words of section 2. A bold claim. An italic aside."_s);
        CHECK(p[u"bold"_s].toArray() == QJsonArray{u"A bold claim."_s});
        CHECK(p[u"italic"_s].toArray() == QJsonArray{u"An italic aside."_s});
        CHECK(p[u"style"_s].toString() == u"Text_20_body"_s);
        CHECK(paragraphWithText(paragraphs, spaced)[u"style"_s].toString() == u"Text_20_body"_s);
    }

    SECTION("bullet lists and numbered lists, numbered ones starting where they should")
    {
        const QJsonArray lists = odt[u"lists"_s].toArray();
        REQUIRE(lists.size() == 8);
        for (int s = 0; s < 4; ++s) {
            const QJsonObject bullets = lists.at(2 * s).toObject();
            const QJsonObject numbers = lists.at(2 * s + 1).toObject();
            CHECK(bullets[u"kind"_s].toString() == u"bullet"_s);
            CHECK(bullets[u"items"_s].toArray().size() == 3);
            CHECK(bullets[u"items"_s].toArray().at(0).toString() == u"First strength"_s);
            CHECK(numbers[u"kind"_s].toString() == u"number"_s);
            CHECK(numbers[u"items"_s].toArray()
                  == QJsonArray{u"Recommendation one"_s, u"Recommendation two"_s});
            const QString start = numbers[u"start"_s].toString();
            CHECK(start == (s == 0 ? QString() : QString::number(2 * s + 1)));
        }
    }

    SECTION("the table is a table with a header row and its columns")
    {
        const QJsonArray tables = odt[u"tables"_s].toArray();
        REQUIRE(tables.size() == 1);
        const QJsonArray rows = tables.at(0)[u"rows"_s].toArray();
        REQUIRE(rows.size() == 61);
        CHECK(rows.at(0) == QJsonArray{u"Name"_s, u"Role"_s, u"Organisation"_s});
        CHECK(rows.at(60) == QJsonArray{u"Member 60"_s, u"Role 60"_s, u"Organisation 60 Borough Council"_s});
        CHECK(tables.at(0)[u"headerRows"_s].toArray() == QJsonArray{1});
        CHECK(tables.at(0)[u"columns"_s].toInt() == 3);
    }

    SECTION("A4 pages with the header and the page number and count in the footer")
    {
        CHECK(odt[u"pageWidth"_s].toString() == u"21cm"_s);
        CHECK(odt[u"pageHeight"_s].toString() == u"29.7cm"_s);
        CHECK(odt[u"header"_s].toString() == document.meta.header + u"\tDRAFT"_s);
        CHECK(odt[u"footer"_s].toString().startsWith(document.meta.version + u"\tPage "_s));
        CHECK(odt[u"pageNumbers"_s].toInt() == 1);
        CHECK(odt[u"pageCounts"_s].toInt() == 1);
    }

    SECTION("hostile text comes out as the literal text, and the metadata is set")
    {
        int found = 0;
        for (const QJsonValue& p : paragraphs)
            found += p[u"text"_s].toString() == report::test::hostileText ? 1 : 0;
        CHECK(found == 4);
        CHECK(odt[u"title"_s].toString() == document.meta.title);
        CHECK(odt[u"language"_s].toString() == u"en-GB"_s);
    }
}

TEST_CASE("Cancelling the ODT writer leaves no file behind", "[report][odt]")
{
    report::test::checkCancelLeavesNoFile(writeOdt, u"cancelled.odt"_s);
}

TEST_CASE("The ODT writer names the file it cannot write", "[report][odt]")
{
    report::test::checkUnwritableIsNamed(writeOdt, u"report.odt"_s);
}
