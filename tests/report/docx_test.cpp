// SPDX-License-Identifier: GPL-3.0-or-later
// The DOCX writer, read back with python3-docx (the reader many tools build on) and zipfile.
#include "common/error.h"
#include "report/docxwriter.h"
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
#include <QSet>

#include <cmath>
#include <utility>

using namespace pc;
using namespace pc::report;
using namespace Qt::StringLiterals;

namespace {

/// Every paragraph (style, text, numbering, emphasis), every table, the first section's page,
/// header and footer, the settings and properties, and what zipfile thinks of the package.
const QString docxOutline = uR"PY(
import json, sys, zipfile
import docx

path = sys.argv[1]
d = docx.Document(path)

def text(element):
    return ''.join(element.xpath('.//w:t/text()'))

numbering = d.part.numbering_part.element
def numbering_of(num_id):
    num = numbering.xpath('./w:num[@w:numId="%s"]' % num_id)[0]
    abstract = num.xpath('./w:abstractNumId/@w:val')[0]
    start = num.xpath('./w:lvlOverride[@w:ilvl="0"]/w:startOverride/@w:val')
    fmt = numbering.xpath('./w:abstractNum[@w:abstractNumId="%s"]/w:lvl[@w:ilvl="0"]/w:numFmt/@w:val' % abstract)
    return fmt[0], int(start[0]) if start else 1

paragraphs = []
for p in d.paragraphs:
    entry = {'style': p.style.name, 'text': text(p._p),
             'bold': [r.text for r in p.runs if r.bold], 'italic': [r.text for r in p.runs if r.italic]}
    num_id = p._p.xpath('./w:pPr/w:numPr/w:numId/@w:val')
    if num_id:
        entry['numId'] = int(num_id[0])
        entry['numFormat'], entry['numStart'] = numbering_of(num_id[0])
    paragraphs.append(entry)

tables = [{'rows': [[c.text for c in row.cells] for row in t.rows],
           'headerRows': [bool(row._tr.xpath('./w:trPr/w:tblHeader')) for row in t.rows],
           'cantSplit': all(row._tr.xpath('./w:trPr/w:cantSplit') for row in t.rows)} for t in d.tables]

section = d.sections[0]
package = zipfile.ZipFile(path)
print(json.dumps({
    'paragraphs': paragraphs,
    'tables': tables,
    'pageWidthMm': section.page_width.mm,
    'pageHeightMm': section.page_height.mm,
    'titlePage': section.different_first_page_header_footer,
    'header': text(section.header._element),
    'firstPageHeader': text(section.first_page_header._element),
    'footer': text(section.footer._element),
    'footerFields': section.footer._element.xpath('.//w:instrText/text()'),
    'bodyFields': d.element.body.xpath('.//w:instrText/text()'),
    'updateFields': d.settings.element.xpath('./w:updateFields/@w:val'),
    'title': d.core_properties.title,
    'language': d.core_properties.language,
    'testzip': package.testzip(),
}))
)PY"_s;

QJsonObject readBack(const QString& path)
{
    return report::test::pythonJson(docxOutline, {path});
}

QStringList texts(const QJsonArray& paragraphs, const QString& style)
{
    QStringList found;
    for (const QJsonValue& p : paragraphs) {
        if (p[u"style"_s].toString() == style)
            found.append(p[u"text"_s].toString());
    }
    return found;
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

TEST_CASE("The DOCX writer's document reads back in python-docx with its structure", "[report][docx]")
{
    const pc::test::TempFolder folder;
    const QString path = folder.path(u"report.docx"_s);
    const Document document = report::test::sampleDocument(4, 60);
    QList<std::pair<int, int>> calls;
    writeDocx(path, document, [&calls](int done, int total) {
        calls.append({done, total});
        return true;
    });
    CHECK(calls.size() == document.blocks.size());
    CHECK(calls.constLast() == std::pair{int(document.blocks.size()), int(document.blocks.size())});

    const QJsonObject docx = readBack(path);
    const QJsonArray paragraphs = docx[u"paragraphs"_s].toArray();
    CHECK(docx[u"testzip"_s].isNull());

    SECTION("headings in Word's Heading styles, in order, with their numbers")
    {
        QStringList expected;
        QStringList found;
        for (const Block& b : document.blocks) {
            if (b.kind == Block::Kind::Heading)
                expected.append(u"Heading %1: "_s.arg(b.level) + headingText(b));
        }
        for (const QJsonValue& p : paragraphs) {
            const QString style = p[u"style"_s].toString();
            if (style.startsWith(u"Heading"_s))
                found.append(style + u": "_s + p[u"text"_s].toString());
        }
        CHECK(found == expected);
        CHECK(found.contains(u"Heading 2: 3.2 Part 3.2 heading"_s));
    }

    SECTION("the title page, then contents listing the level-1 and level-2 headings")
    {
        CHECK(texts(paragraphs, u"Title"_s) == QStringList{document.meta.title});
        CHECK(texts(paragraphs, u"Subtitle"_s) == QStringList{document.meta.subtitle});
        CHECK(texts(paragraphs, u"TOC Heading"_s) == QStringList{u"Contents"_s});
        QStringList level1;
        QStringList level2;
        for (const Block& b : document.blocks) {
            if (b.kind == Block::Kind::Heading && b.level == 1)
                level1.append(headingText(b));
            if (b.kind == Block::Kind::Heading && b.level == 2)
                level2.append(headingText(b));
        }
        CHECK(texts(paragraphs, u"toc 1"_s) == level1);
        CHECK(texts(paragraphs, u"toc 2"_s) == level2);
        const QJsonArray fields = docx[u"bodyFields"_s].toArray();
        REQUIRE(fields.size() == 1);
        CHECK(fields.at(0).toString().contains(uR"(TOC \o "1-2")"_s));
        CHECK(docx[u"updateFields"_s].toArray() == QJsonArray{u"true"_s});
    }

    SECTION("bold and italic runs")
    {
        const QJsonObject p =
            paragraphWithText(paragraphs, u"Opening words of section 2. A bold claim. An italic aside."_s);
        CHECK(p[u"bold"_s].toArray() == QJsonArray{u"A bold claim."_s});
        CHECK(p[u"italic"_s].toArray() == QJsonArray{u"An italic aside."_s});
        CHECK(p[u"style"_s].toString() == u"Normal"_s);
    }

    SECTION("bullet lists and numbered lists, each numbered list restarting at its start")
    {
        const QJsonObject bullet = paragraphWithText(paragraphs, u"First strength"_s);
        CHECK(bullet[u"style"_s].toString() == u"List Bullet"_s);
        CHECK(bullet[u"numFormat"_s].toString() == u"bullet"_s);
        QList<int> starts;
        QSet<int> numIds;
        for (const QJsonValue& p : paragraphs) {
            if (p[u"text"_s].toString() != u"Recommendation one"_s)
                continue;
            CHECK(p[u"style"_s].toString() == u"List Number"_s);
            CHECK(p[u"numFormat"_s].toString() == u"decimal"_s);
            starts.append(p[u"numStart"_s].toInt());
            numIds.insert(p[u"numId"_s].toInt());
        }
        CHECK(starts == QList<int>{1, 3, 5, 7});
        CHECK(numIds.size() == 4);
        const QJsonObject second = paragraphWithText(paragraphs, u"Recommendation two"_s);
        CHECK(second[u"numFormat"_s].toString() == u"decimal"_s);
    }

    SECTION("the table is a table with its header row marked to repeat")
    {
        const QJsonArray tables = docx[u"tables"_s].toArray();
        REQUIRE(tables.size() == 1);
        const QJsonArray rows = tables.at(0)[u"rows"_s].toArray();
        REQUIRE(rows.size() == 61);
        CHECK(rows.at(0) == QJsonArray{u"Name"_s, u"Role"_s, u"Organisation"_s});
        CHECK(rows.at(60) == QJsonArray{u"Member 60"_s, u"Role 60"_s, u"Organisation 60 Borough Council"_s});
        const QJsonArray header = tables.at(0)[u"headerRows"_s].toArray();
        CHECK(header.at(0).toBool());
        CHECK_FALSE(header.at(1).toBool());
        CHECK(tables.at(0)[u"cantSplit"_s].toBool());
    }

    SECTION("A4 pages; the header, and the footer's page fields, on all but the title page")
    {
        CHECK(std::abs(docx[u"pageWidthMm"_s].toDouble() - 210) < 0.5);
        CHECK(std::abs(docx[u"pageHeightMm"_s].toDouble() - 297) < 0.5);
        CHECK(docx[u"titlePage"_s].toBool());
        CHECK(docx[u"firstPageHeader"_s].toString().isEmpty());
        CHECK(docx[u"header"_s].toString() == document.meta.header + u"DRAFT"_s);
        CHECK(docx[u"footer"_s].toString().startsWith(document.meta.version));
        QStringList fields;
        for (const QJsonValue& field : docx[u"footerFields"_s].toArray())
            fields.append(field.toString().trimmed());
        CHECK(fields == QStringList{u"PAGE"_s, u"NUMPAGES"_s});
    }

    SECTION("hostile text comes out as the literal text, and the properties are set")
    {
        int found = 0;
        for (const QJsonValue& p : paragraphs)
            found += p[u"text"_s].toString() == report::test::hostileText ? 1 : 0;
        CHECK(found == 4);
        CHECK(docx[u"title"_s].toString() == document.meta.title);
        CHECK(docx[u"language"_s].toString() == u"en-GB"_s);
    }
}

TEST_CASE("Cancelling the DOCX writer leaves no file behind", "[report][docx]")
{
    report::test::checkCancelLeavesNoFile(writeDocx, u"cancelled.docx"_s);
}

TEST_CASE("The DOCX writer names the file it cannot write", "[report][docx]")
{
    report::test::checkUnwritableIsNamed(writeDocx, u"report.docx"_s);
}
