// SPDX-License-Identifier: GPL-3.0-or-later
// ODF 1.2 text: content.xml, and the package around it (its other parts are in odtstyles.cpp).
// Page breaks are carried by the next paragraph's (or table's) automatic style, not by an empty
// paragraph, so no page starts with a blank line; the styles for them are fixed variants of the
// named styles, written before the body as ODF requires.
#include "odtwriter.h"

#include "common/error.h"
#include "common/savefile.h"
#include "odtstyles.h"
#include "zipwriter.h"

#include <QDir>
#include <QObject>

#include <algorithm>
#include <initializer_list>
#include <numeric>
#include <tuple>
#include <utility>

namespace pc::report {

namespace odt {

namespace {

/// The named styles a page break can fall on; "Break_<name>" is each one starting a new page.
const char* const breakable[] = {"Standard",     "Text_20_body", "Heading_20_1",       "Heading_20_2",
                                 "Heading_20_3", "List",         "Contents_20_Heading"};

void spans(PackageXml& x, const Spans& spans, bool& afterSpace)
{
    for (const Span& span : spans) {
        if (span.bold || span.italic) {
            x.start("text:span", {{"text:style-name",
                                   span.bold ? (span.italic ? "T_BoldItalic" : "T_Bold") : "T_Italic"}});
            odfText(x, span.text, afterSpace);
            x.end();
        } else {
            odfText(x, span.text, afterSpace);
        }
    }
}

void paragraph(PackageXml& x, const QString& style, const Spans& content)
{
    x.start("text:p", {{"text:style-name", style}});
    bool afterSpace = true;
    spans(x, content, afterSpace);
    x.end();
}

/// Whether block `index` starts a new page: it follows a page break, or it is the first block
/// after the title page (and the contents).
bool breaksBefore(const QList<Block>& blocks, qsizetype index)
{
    bool afterBreak = false;
    qsizetype before = index - 1;
    for (; before >= 0 && blocks.at(before).kind == Block::Kind::PageBreak; --before)
        afterBreak = true;
    return afterBreak || before < 0;
}

qsizetype columnCount(const Table& table)
{
    qsizetype columns = table.header.size();
    for (const QStringList& row : table.rows)
        columns = std::max(columns, row.size());
    return columns;
}

/// Writes content.xml: automatic styles, title page, contents, then the blocks.
class ContentWriter
{
public:
    ContentWriter(const QString& path, const Document& document, const Progress& progress)
        : m_path(path)
        , m_document(document)
        , m_progress(progress)
    {
    }

    QByteArray write()
    {
        m_x.start("office:document-content");
        namespaces(m_x);
        automaticStyles();
        m_x.start("office:body");
        m_x.start("office:text");
        titlePage();
        if (m_document.meta.contents)
            contents();
        const QList<Block>& blocks = m_document.blocks;
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            block(i);
            advance(m_progress, int(i + 1), int(blocks.size()), QDir::toNativeSeparators(m_path));
        }
        return m_x.finish();
    }

private:
    void automaticStyles()
    {
        m_x.start("office:automatic-styles");
        styleStart(m_x, "P_TitleKind", nullptr, "paragraph", "Standard");
        m_x.attr("style:master-page-name", "First_20_Page");
        m_x.empty("style:paragraph-properties", {{"fo:margin-top", "5cm"}, {"fo:margin-bottom", "0.4cm"}});
        m_x.empty("style:text-properties",
                  {{"fo:font-size", "14pt"}, {"fo:font-weight", "bold"}, {"fo:color", accent}});
        m_x.end();
        styleStart(m_x, "P_Dates", nullptr, "paragraph", "Standard");
        m_x.empty("style:text-properties", {{"fo:font-size", "14pt"}});
        m_x.end();
        styleStart(m_x, "P_Version", nullptr, "paragraph", "Standard");
        m_x.empty("style:text-properties", {{"fo:color", muted}});
        m_x.end();
        for (const char* base : breakable) {
            m_x.start("style:style", {{"style:name", QStringLiteral("Break_") + QString::fromUtf8(base)},
                                      {"style:family", "paragraph"},
                                      {"style:parent-style-name", base},
                                      {"style:master-page-name", "Standard"}});
            m_x.empty("style:paragraph-properties", {{"fo:break-before", "page"}});
            m_x.end();
        }
        for (const auto& [name, bold, italic] :
             {std::tuple{"T_Bold", true, false}, {"T_Italic", false, true}, {"T_BoldItalic", true, true}}) {
            styleStart(m_x, name, nullptr, "text", nullptr);
            m_x.empty("style:text-properties");
            if (bold) {
                for (const char* weight :
                     {"fo:font-weight", "style:font-weight-asian", "style:font-weight-complex"})
                    m_x.attr(weight, "bold");
            }
            if (italic) {
                for (const char* style :
                     {"fo:font-style", "style:font-style-asian", "style:font-style-complex"})
                    m_x.attr(style, "italic");
            }
            m_x.end();
        }
        tableStyles();
        m_x.end();
    }

    void tableStyles()
    {
        styleStart(m_x, "TableRow", nullptr, "table-row", nullptr);
        m_x.empty("style:table-row-properties", {{"fo:keep-together", "always"}}); // rows never split
        m_x.end();
        for (const auto& [name, header] : {std::pair{"TableCell", false}, {"TableHeaderCell", true}}) {
            styleStart(m_x, name, nullptr, "table-cell", nullptr);
            m_x.empty("style:table-cell-properties", {{"fo:padding", "0.1cm"}, {"fo:border", border}});
            if (header)
                m_x.attr("fo:background-color", band);
            m_x.end();
        }
        const QList<Block>& blocks = m_document.blocks;
        int number = 0;
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            if (blocks.at(i).kind != Block::Kind::Table)
                continue;
            const QString name = QStringLiteral("Table%1").arg(++number);
            m_x.start("style:style", {{"style:name", name}, {"style:family", "table"}});
            if (breaksBefore(blocks, i))
                m_x.attr("style:master-page-name", "Standard");
            m_x.empty(
                "style:table-properties",
                {{"style:width", cm(textWidthCm)}, {"table:align", "left"}, {"fo:margin-bottom", "0.28cm"}});
            if (breaksBefore(blocks, i))
                m_x.attr("fo:break-before", "page");
            m_x.end();
            const QList<double> widths = columnWidths(blocks.at(i).table);
            for (qsizetype c = 0; c < widths.size(); ++c) {
                m_x.start("style:style",
                          {{"style:name", columnStyle(number, c)}, {"style:family", "table-column"}});
                m_x.empty("style:table-column-properties", {{"style:column-width", cm(widths.at(c))}});
                m_x.end();
            }
        }
    }

    static QString columnStyle(int table, qsizetype column)
    {
        return QStringLiteral("Table%1.C%2").arg(table).arg(column + 1);
    }

    /// Column widths in cm, from the table's relative widths (equal columns when they do not fit).
    static QList<double> columnWidths(const Table& table)
    {
        const qsizetype columns = columnCount(table);
        QList<int> relative = table.widths;
        if (relative.size() != columns
            || std::any_of(relative.cbegin(), relative.cend(), [](int w) { return w <= 0; }))
            relative = QList<int>(columns, 1);
        const double sum = std::accumulate(relative.cbegin(), relative.cend(), 0.0);
        QList<double> widths;
        for (const int w : relative)
            widths.append(textWidthCm * w / sum);
        return widths;
    }

    /// The style of the first paragraph of block `index`: its own, or its page-break twin.
    QString styleFor(qsizetype index, const char* base) const
    {
        const QString name = QString::fromUtf8(base);
        return breaksBefore(m_document.blocks, index) ? QStringLiteral("Break_") + name : name;
    }

    void titlePage()
    {
        const DocumentMeta& meta = m_document.meta;
        paragraph(m_x, QStringLiteral("P_TitleKind"), {Span{meta.kind}});
        paragraph(m_x, QStringLiteral("Title"), {Span{meta.title}});
        paragraph(m_x, QStringLiteral("Subtitle"), {Span{meta.subtitle}});
        paragraph(m_x, QStringLiteral("P_Dates"), {Span{meta.dates}});
        paragraph(m_x, QStringLiteral("P_Version"), {Span{meta.version}});
    }

    /// A table of contents over outline levels 1-2, its body filled in so it shows as written;
    /// LibreOffice adds the page numbers when it is updated.
    void contents()
    {
        const QString title = QObject::tr("Contents");
        m_x.start("text:table-of-content", {{"text:name", "Table of Contents1"}, {"text:protected", "true"}});
        m_x.start("text:table-of-content-source",
                  {{"text:outline-level", 2}, {"text:use-index-marks", "false"}});
        m_x.start("text:index-title-template", {{"text:style-name", "Contents_20_Heading"}});
        m_x.text(title);
        m_x.end();
        for (const int level : {1, 2}) {
            m_x.start("text:table-of-content-entry-template",
                      {{"text:outline-level", level},
                       {"text:style-name", level == 1 ? "Contents_20_1" : "Contents_20_2"}});
            m_x.empty("text:index-entry-link-start");
            m_x.empty("text:index-entry-text");
            m_x.empty("text:index-entry-tab-stop", {{"style:type", "right"}, {"style:leader-char", "."}});
            m_x.empty("text:index-entry-page-number");
            m_x.empty("text:index-entry-link-end");
            m_x.end();
        }
        m_x.end();
        m_x.start("text:index-body");
        m_x.start("text:index-title", {{"text:name", "Table of Contents1_Head"}});
        paragraph(m_x, QStringLiteral("Break_Contents_20_Heading"), {Span{title}});
        m_x.end();
        for (const Block& b : m_document.blocks) {
            if (b.kind == Block::Kind::Heading && b.inContents && b.level <= 2)
                paragraph(m_x,
                          b.level == 1 ? QStringLiteral("Contents_20_1") : QStringLiteral("Contents_20_2"),
                          {Span{headingText(b)}});
        }
        m_x.end();
        m_x.end();
    }

    void block(qsizetype index)
    {
        const Block& b = m_document.blocks.at(index);
        switch (b.kind) {
        case Block::Kind::Heading:
            heading(b, index);
            break;
        case Block::Kind::Paragraph:
            paragraph(m_x, styleFor(index, "Text_20_body"), b.spans);
            break;
        case Block::Kind::BulletList:
        case Block::Kind::NumberedList:
            list(b, index);
            break;
        case Block::Kind::Table:
            table(b.table);
            break;
        case Block::Kind::PageBreak:
            break; // carried by the next block's style
        }
    }

    void heading(const Block& b, qsizetype index)
    {
        static const char* const styles[] = {"Heading_20_1", "Heading_20_2", "Heading_20_3"};
        const int level = std::clamp(b.level, 1, 3);
        m_x.start("text:h",
                  {{"text:style-name", styleFor(index, styles[level - 1])}, {"text:outline-level", level}});
        bool afterSpace = true;
        if (!b.number.isEmpty())
            odfText(m_x, b.number + QLatin1Char(' '), afterSpace);
        spans(m_x, b.spans, afterSpace);
        m_x.end();
    }

    /// Every text:list starts its numbering afresh (text:continue-numbering is false).
    void list(const Block& b, qsizetype index)
    {
        if (b.items.isEmpty())
            return;
        const bool numbered = b.kind == Block::Kind::NumberedList;
        m_x.start("text:list", {{"text:style-name", numbered ? "Numbering" : "Bullets"}});
        for (qsizetype i = 0; i < b.items.size(); ++i) {
            m_x.start("text:list-item");
            if (numbered && i == 0 && b.start != 1)
                m_x.attr("text:start-value", b.start);
            paragraph(m_x, i == 0 ? styleFor(index, "List") : QStringLiteral("List"), b.items.at(i));
            m_x.end();
        }
        m_x.end();
    }

    void table(const Table& t)
    {
        const qsizetype columns = columnCount(t);
        if (columns == 0)
            return;
        ++m_tables;
        m_x.start("table:table", {{"table:name", QStringLiteral("Table%1").arg(m_tables)},
                                  {"table:style-name", QStringLiteral("Table%1").arg(m_tables)}});
        for (qsizetype c = 0; c < columns; ++c)
            m_x.empty("table:table-column", {{"table:style-name", columnStyle(m_tables, c)}});
        if (!t.header.isEmpty()) {
            m_x.start("table:table-header-rows"); // repeated on every page the table runs onto
            tableRow(t.header, columns, true);
            m_x.end();
        }
        for (const QStringList& row : t.rows)
            tableRow(row, columns, false);
        m_x.end();
    }

    void tableRow(const QStringList& cells, qsizetype columns, bool header)
    {
        m_x.start("table:table-row", {{"table:style-name", "TableRow"}});
        for (qsizetype c = 0; c < columns; ++c) {
            m_x.start("table:table-cell", {{"table:style-name", header ? "TableHeaderCell" : "TableCell"},
                                           {"office:value-type", "string"}});
            paragraph(m_x, header ? QStringLiteral("Table_20_Heading") : QStringLiteral("Table_20_Contents"),
                      {Span{cells.value(c)}});
            m_x.end();
        }
        m_x.end();
    }

    const QString& m_path;
    const Document& m_document;
    const Progress& m_progress;
    PackageXml m_x;
    int m_tables = 0;
};

} // namespace

} // namespace odt

void writeOdt(const QString& path, const Document& document, const Progress& progress)
{
    using namespace odt;
    const QByteArray content = ContentWriter(path, document, progress).write();

    ZipWriter zip;
    zip.add(QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text"), false);
    zip.add(QStringLiteral("META-INF/manifest.xml"), manifestPart());
    zip.add(QStringLiteral("meta.xml"), metaPart(document.meta));
    zip.add(QStringLiteral("styles.xml"), stylesPart(document.meta));
    zip.add(QStringLiteral("content.xml"), content);
    saveFile(path, zip.finish());
}

} // namespace pc::report
