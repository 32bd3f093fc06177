// SPDX-License-Identifier: GPL-3.0-or-later
// The XLSX writer, read back with openpyxl (the reader pandas and most Python tools use).
#include "common/error.h"
#include "report/pythonjson.h"
#include "report/spreadsheet.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace pc;
using namespace pc::report;
using namespace Qt::StringLiterals;

namespace {

/// Every cell with its value, type and look, keyed by coordinate, plus the sheet's settings.
const QString xlsxOutline = uR"PY(
import datetime, json, sys
import openpyxl

def rgb(color):
    value = getattr(color, 'rgb', None) if color is not None else None
    return value if isinstance(value, str) else None

book = openpyxl.load_workbook(sys.argv[1])
sheet = book.worksheets[0]
cells = {}
for row in sheet.iter_rows():
    for c in row:
        value = c.value
        if isinstance(value, (datetime.date, datetime.datetime)):
            value = value.isoformat()
        cells[c.coordinate] = {
            'value': value, 'type': c.data_type, 'format': c.number_format,
            'bold': bool(c.font.b), 'size': c.font.sz, 'color': rgb(c.font.color),
            'fill': rgb(c.fill.fgColor) if c.fill.fill_type == 'solid' else None,
            'wrap': bool(c.alignment.wrap_text), 'vertical': c.alignment.vertical,
            'bottom': c.border.bottom.style,
        }
setup = sheet.page_setup
print(json.dumps({
    'sheets': book.sheetnames,
    'title': book.properties.title,
    'cells': cells,
    'freeze': sheet.freeze_panes,
    'filter': sheet.auto_filter.ref,
    'widths': {k: d.width for k, d in sheet.column_dimensions.items()},
    'printTitleRows': sheet.print_title_rows,
    'orientation': setup.orientation,
    'fitToPage': bool(sheet.sheet_properties.pageSetUpPr and sheet.sheet_properties.pageSetUpPr.fitToPage),
    'fitToWidth': setup.fitToWidth,
    'fitToHeight': setup.fitToHeight,
}))
)PY"_s;

QJsonObject readBack(const QString& path)
{
    return report::test::pythonJson(xlsxOutline, {path});
}

const QString longText = u"Publish the résumé of findings 🎉 to every member\nand the public"_s;

Spreadsheet actionPlan()
{
    Spreadsheet sheet;
    sheet.sheetName = u"Action plan"_s;
    sheet.title = u"Northmoor action plan"_s;
    sheet.subtitle = u"Northmoor District Council – 3 December 2026"_s;
    sheet.header = {u"Ref"_s, u"Action"_s, u"Owner"_s, u"Due"_s, u"RAG"_s, u"Cost"_s, u"Done"_s};
    sheet.rows = {
        {u"A1"_s, longText, u"Chief executive"_s, QDate(2026, 12, 3), u"Red"_s, 1500, 0.25},
        {u"A2"_s, u"=HYPERLINK(\"http://x\")"_s, u"@SUM(A1)"_s, QDate(2027, 1, 31), u"aMBER"_s, 0,
         QVariant()},
        {u"A3"_s, u"Ctrl\u0001char\r\nnext"_s, QVariant(), QVariant(), u" GREEN "_s, 12.5, 1},
        {u"A4"_s, u"Not yet"_s, u"Leader"_s, QVariant(), u"Not rated"_s},
    };
    sheet.widths = {8, 60, 20, 14, 10, 12, 10};
    sheet.ragColumn = 4;
    sheet.wrapColumns = {1};
    return sheet;
}

QJsonObject cellAt(const QJsonObject& xlsx, const QString& ref)
{
    const QJsonObject cells = xlsx[u"cells"_s].toObject();
    INFO(ref.toStdString());
    REQUIRE(cells.contains(ref));
    return cells[ref].toObject();
}

QJsonValue valueAt(const QJsonObject& xlsx, const QString& ref)
{
    return cellAt(xlsx, ref)[u"value"_s];
}

QString fillAt(const QJsonObject& xlsx, const QString& ref)
{
    return cellAt(xlsx, ref)[u"fill"_s].toString();
}

QString sheetNameOf(const Spreadsheet& sheet, const pc::test::TempFolder& folder)
{
    const QString path = folder.path(u"named.xlsx"_s);
    writeXlsx(path, sheet);
    const QJsonArray sheets = readBack(path)[u"sheets"_s].toArray();
    REQUIRE(sheets.size() == 1);
    return sheets.at(0).toString();
}

} // namespace

TEST_CASE("The XLSX writer's workbook reads back in openpyxl with its values", "[report][xlsx]")
{
    const pc::test::TempFolder folder;
    const QString path = folder.path(u"plan.xlsx"_s);
    writeXlsx(path, actionPlan());
    CHECK(QDir(folder.dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{u"plan.xlsx"_s});
    const QJsonObject xlsx = readBack(path);

    SECTION("the sheet name and the document title")
    {
        CHECK(xlsx[u"sheets"_s].toArray() == QJsonArray{u"Action plan"_s});
        CHECK(xlsx[u"title"_s].toString() == u"Northmoor action plan"_s);
    }

    SECTION("the title, subtitle and header rows")
    {
        CHECK(valueAt(xlsx, u"A1"_s).toString() == u"Northmoor action plan"_s);
        CHECK(cellAt(xlsx, u"A1"_s)[u"bold"_s].toBool());
        CHECK(cellAt(xlsx, u"A1"_s)[u"size"_s].toDouble() == 14);
        CHECK(valueAt(xlsx, u"A2"_s).toString() == u"Northmoor District Council – 3 December 2026"_s);
        CHECK(cellAt(xlsx, u"A2"_s)[u"color"_s].toString().endsWith(u"5F6B76"_s));
        CHECK(valueAt(xlsx, u"A3"_s).isNull());
        const QStringList header{u"Ref"_s, u"Action"_s, u"Owner"_s, u"Due"_s, u"RAG"_s, u"Cost"_s, u"Done"_s};
        for (int c = 0; c < header.size(); ++c) {
            const QString ref = QChar(u'A' + c) + u"4"_s;
            CHECK(valueAt(xlsx, ref).toString() == header.at(c));
            CHECK(cellAt(xlsx, ref)[u"bold"_s].toBool());
            CHECK(cellAt(xlsx, ref)[u"wrap"_s].toBool());
            CHECK(cellAt(xlsx, ref)[u"bottom"_s].toString() == u"thin"_s);
            CHECK_FALSE(cellAt(xlsx, ref)[u"fill"_s].toString().isEmpty());
        }
    }

    SECTION("strings, dates, numbers and empty cells keep their types")
    {
        CHECK(valueAt(xlsx, u"A5"_s).toString() == u"A1"_s);
        CHECK(valueAt(xlsx, u"C5"_s).toString() == u"Chief executive"_s);
        CHECK(cellAt(xlsx, u"D5"_s)[u"type"_s].toString() == u"d"_s);
        CHECK(valueAt(xlsx, u"D5"_s).toString().startsWith(u"2026-12-03"_s));
        CHECK(cellAt(xlsx, u"D5"_s)[u"format"_s].toString() == u"d mmm yyyy"_s);
        CHECK(valueAt(xlsx, u"D6"_s).toString().startsWith(u"2027-01-31"_s));
        CHECK(cellAt(xlsx, u"F5"_s)[u"type"_s].toString() == u"n"_s);
        CHECK(valueAt(xlsx, u"F5"_s).toDouble() == 1500);
        CHECK(valueAt(xlsx, u"G5"_s).toDouble() == 0.25);
        CHECK(valueAt(xlsx, u"F6"_s).isDouble());
        CHECK(valueAt(xlsx, u"F6"_s).toDouble() == 0);
        CHECK(valueAt(xlsx, u"F7"_s).toDouble() == 12.5);
        CHECK(valueAt(xlsx, u"G6"_s).isNull());
        CHECK(valueAt(xlsx, u"C7"_s).isNull());
        CHECK(valueAt(xlsx, u"D7"_s).isNull());
        CHECK(valueAt(xlsx, u"E8"_s).toString() == u"Not rated"_s);
    }

    SECTION("text that looks like a formula stays text")
    {
        CHECK(valueAt(xlsx, u"B6"_s).toString() == u"=HYPERLINK(\"http://x\")"_s);
        CHECK(cellAt(xlsx, u"B6"_s)[u"type"_s].toString() == u"s"_s);
        CHECK(valueAt(xlsx, u"C6"_s).toString() == u"@SUM(A1)"_s);
        CHECK(cellAt(xlsx, u"C6"_s)[u"type"_s].toString() == u"s"_s);
    }

    SECTION("accents, emoji and line breaks survive; characters XML cannot hold do not")
    {
        CHECK(valueAt(xlsx, u"B5"_s).toString() == longText);
        CHECK(valueAt(xlsx, u"B7"_s).toString() == u"Ctrlchar\nnext"_s);
    }

    SECTION("the RAG column is filled in its colours, and only there")
    {
        CHECK(fillAt(xlsx, u"E5"_s).endsWith(u"FFC7CE"_s));
        CHECK(cellAt(xlsx, u"E5"_s)[u"color"_s].toString().endsWith(u"9C0006"_s));
        CHECK(fillAt(xlsx, u"E6"_s).endsWith(u"FFEB9C"_s));
        CHECK(cellAt(xlsx, u"E6"_s)[u"color"_s].toString().endsWith(u"9C5700"_s));
        CHECK(fillAt(xlsx, u"E7"_s).endsWith(u"C6EFCE"_s));
        CHECK(cellAt(xlsx, u"E7"_s)[u"color"_s].toString().endsWith(u"006100"_s));
        CHECK(fillAt(xlsx, u"E8"_s).isEmpty());
        CHECK(fillAt(xlsx, u"A5"_s).isEmpty());
        CHECK(fillAt(xlsx, u"B5"_s).isEmpty());
    }

    SECTION("wrapping, alignment and column widths")
    {
        CHECK(cellAt(xlsx, u"B5"_s)[u"wrap"_s].toBool());
        CHECK(cellAt(xlsx, u"B5"_s)[u"vertical"_s].toString() == u"top"_s);
        CHECK_FALSE(cellAt(xlsx, u"C5"_s)[u"wrap"_s].toBool());
        CHECK(cellAt(xlsx, u"C5"_s)[u"vertical"_s].toString() == u"top"_s);
        CHECK(cellAt(xlsx, u"D5"_s)[u"vertical"_s].toString() == u"top"_s);
        const QJsonObject widths = xlsx[u"widths"_s].toObject();
        CHECK(widths[u"B"_s].toDouble() == Approx(60).margin(1));
        CHECK(widths[u"A"_s].toDouble() == Approx(8).margin(1));
    }

    SECTION("the header is frozen, filtered and printed on every page")
    {
        CHECK(xlsx[u"freeze"_s].toString() == u"A5"_s);
        CHECK(xlsx[u"filter"_s].toString() == u"A4:G8"_s);
        CHECK(xlsx[u"printTitleRows"_s].toString().remove(u'$') == u"4:4"_s);
        CHECK(xlsx[u"orientation"_s].toString() == u"landscape"_s);
        CHECK(xlsx[u"fitToPage"_s].toBool());
        CHECK(xlsx[u"fitToWidth"_s].toInt(1) == 1); // 1 is the default, so it may be left out
        CHECK(xlsx[u"fitToHeight"_s].toInt() == 0);
    }
}

TEST_CASE("The XLSX writer gives Excel a sheet name it accepts", "[report][xlsx]")
{
    const pc::test::TempFolder folder;
    Spreadsheet sheet = actionPlan();

    sheet.sheetName = u"Plan: [2026/27] *draft*? \\ Northmoor District Council"_s;
    CHECK(sheetNameOf(sheet, folder) == u"Plan- -2026-27- -draft-- - Nort"_s);

    sheet.sheetName = u"'Quoted'"_s;
    CHECK(sheetNameOf(sheet, folder) == u"Quoted"_s);

    sheet.sheetName.clear();
    CHECK(sheetNameOf(sheet, folder) == u"Sheet1"_s);
}

TEST_CASE("The XLSX writer uses default widths and replaces an earlier file", "[report][xlsx]")
{
    const pc::test::TempFolder folder;
    const QString path = folder.path(u"plan.xlsx"_s);
    pc::test::writeAll(path, "an earlier export");
    Spreadsheet sheet = actionPlan();
    sheet.widths.clear();
    sheet.rows.clear();
    writeXlsx(path, sheet);
    const QJsonObject xlsx = readBack(path);
    CHECK(xlsx[u"widths"_s].toObject()[u"C"_s].toDouble() == Approx(15).margin(1));
    CHECK(xlsx[u"filter"_s].toString() == u"A4:G4"_s);
    CHECK(QDir(folder.dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{u"plan.xlsx"_s});
}

TEST_CASE("The XLSX writer names the file it cannot write and leaves nothing", "[report][xlsx]")
{
    const pc::test::TempFolder folder;

    SECTION("a folder that does not exist")
    {
        const QString path = folder.path(u"missing/folder/plan.xlsx"_s);
        try {
            writeXlsx(path, actionPlan());
            FAIL("the writer did not fail");
        } catch (const Error& error) {
            CHECK(error.kind() == ErrorKind::Io);
            CHECK(error.message().contains(u"plan.xlsx"_s));
        }
        CHECK_FALSE(QFile::exists(path));
    }

    SECTION("a cell longer than Excel allows")
    {
        const QString path = folder.path(u"plan.xlsx"_s);
        Spreadsheet sheet = actionPlan();
        sheet.rows[0][1] = QString(40000, u'x');
        try {
            writeXlsx(path, sheet);
            FAIL("the writer did not fail");
        } catch (const Error& error) {
            CHECK(error.kind() == ErrorKind::Io);
            CHECK(error.message().contains(u"plan.xlsx"_s));
            CHECK(error.message().contains(u"32,767"_s)); // libxlsxwriter's reason
        }
        CHECK_FALSE(QFile::exists(path));
    }
    CHECK(
        QDir(folder.dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}
