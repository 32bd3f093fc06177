// SPDX-License-Identifier: GPL-3.0-or-later
// word/document.xml, WordprocessingML as Word itself writes it, and the package around it (its
// other parts are in docxparts.cpp). Word rejects a part whose children are out of the order
// ECMA-376 gives (pPr, rPr, tblPr, sectPr), so every element below is written in that order; the
// comments name the sequence where it matters.
#include "docxwriter.h"

#include "common/error.h"
#include "common/savefile.h"
#include "docxparts.h"
#include "zipwriter.h"

#include <QDir>
#include <QObject>

#include <algorithm>
#include <numeric>
#include <tuple>

namespace pc::report {

namespace docx {

namespace {

void spans(PackageXml& x, const Spans& spans)
{
    for (const Span& span : spans)
        run(x, span.text, {span.bold, span.italic});
}

void pageBreakParagraph(PackageXml& x)
{
    x.start("w:p");
    x.start("w:r");
    x.empty("w:br", {{"w:type", "page"}});
    x.end();
    x.end();
}

QString bookmarkName(qsizetype blockIndex)
{
    return QStringLiteral("_Toc%1").arg(blockIndex + 1, 8, 10, QLatin1Char('0'));
}

/// Column widths in twips, from the table's relative widths (equal columns when they do not fit).
QList<int> columnWidths(const Table& table, int columns)
{
    QList<int> relative = table.widths;
    const bool usable = relative.size() == columns
                        && std::all_of(relative.cbegin(), relative.cend(), [](int w) { return w > 0; });
    if (!usable)
        relative = QList<int>(columns, 1);
    const qint64 sum = std::accumulate(relative.cbegin(), relative.cend(), qint64(0));
    QList<int> twips;
    int used = 0;
    for (int c = 0; c < columns; ++c) {
        const int w = c + 1 < columns ? int(qint64(textWidth) * relative.at(c) / sum) : textWidth - used;
        twips.append(w);
        used += w;
    }
    return twips;
}

/// Writes word/document.xml: title page, contents, then the blocks.
class BodyWriter
{
public:
    BodyWriter(const QString& path, const Document& document, const Progress& progress)
        : m_path(path)
        , m_document(document)
        , m_progress(progress)
    {
    }

    QByteArray write()
    {
        m_x.start("w:document");
        rootNamespaces(m_x);
        m_x.start("w:body");
        titlePage();
        if (m_document.meta.contents)
            contents();
        const QList<Block>& blocks = m_document.blocks;
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            block(i);
            advance(m_progress, int(i + 1), int(blocks.size()), QDir::toNativeSeparators(m_path));
        }
        sectionProperties();
        return m_x.finish();
    }

private:
    void paragraphStart(const char* style)
    {
        m_x.start("w:p");
        m_x.start("w:pPr");
        val(m_x, "w:pStyle", style);
        m_x.end();
    }

    void titlePage()
    {
        const DocumentMeta& meta = m_document.meta;
        m_x.start("w:p");
        m_x.start("w:pPr");
        m_x.empty("w:spacing", {{"w:before", 3600}, {"w:after", 240}});
        m_x.end();
        run(m_x, meta.kind, {true, false, accent, 28});
        m_x.end();
        paragraphStart("Title");
        run(m_x, meta.title);
        m_x.end();
        paragraphStart("Subtitle");
        run(m_x, meta.subtitle);
        m_x.end();
        m_x.start("w:p");
        run(m_x, meta.dates, {false, false, ink, 28});
        m_x.end();
        m_x.start("w:p");
        run(m_x, meta.version, {false, false, muted, 22});
        m_x.end();
        pageBreakParagraph(m_x);
    }

    /// A TOC field Word refreshes on opening (settings.xml asks it to), with the level-1 and
    /// level-2 headings already in it so the contents show before it does.
    void contents()
    {
        paragraphStart("TOCHeading");
        run(m_x, QObject::tr("Contents"));
        m_x.end();
        bool first = true;
        const QList<Block>& blocks = m_document.blocks;
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const Block& b = blocks.at(i);
            if (b.kind != Block::Kind::Heading || !b.inContents || b.level > 2)
                continue;
            paragraphStart(b.level == 1 ? "TOC1" : "TOC2");
            if (first)
                fieldStart();
            first = false;
            m_x.start("w:hyperlink", {{"w:anchor", bookmarkName(i)}, {"w:history", 1}});
            run(m_x, headingText(b));
            m_x.end();
            m_x.end();
        }
        m_x.start("w:p");
        if (first)
            fieldStart();
        fieldChar(m_x, "end");
        m_x.end();
        pageBreakParagraph(m_x);
    }

    void fieldStart()
    {
        m_x.start("w:r");
        m_x.empty("w:fldChar", {{"w:fldCharType", "begin"}, {"w:dirty", "true"}});
        m_x.end();
        m_x.start("w:r");
        m_x.start("w:instrText", {{"xml:space", "preserve"}});
        m_x.text(QStringLiteral(" TOC \\o \"1-2\" \\h \\z \\u "));
        m_x.end();
        m_x.end();
        fieldChar(m_x, "separate");
    }

    void block(qsizetype index)
    {
        const Block& b = m_document.blocks.at(index);
        switch (b.kind) {
        case Block::Kind::Heading:
            heading(b, index);
            break;
        case Block::Kind::Paragraph:
            m_x.start("w:p");
            spans(m_x, b.spans);
            m_x.end();
            break;
        case Block::Kind::BulletList:
            list(b, "ListBullet", bulletNumId);
            break;
        case Block::Kind::NumberedList:
            list(b, "ListNumber", m_nextNumId++);
            break;
        case Block::Kind::Table:
            table(b.table);
            // Word needs a paragraph between two tables and after a table that ends the body.
            if (index + 1 == m_document.blocks.size()
                || m_document.blocks.at(index + 1).kind == Block::Kind::Table)
                m_x.textElement("w:p", QString());
            break;
        case Block::Kind::PageBreak:
            pageBreakParagraph(m_x);
            break;
        }
    }

    void heading(const Block& b, qsizetype index)
    {
        static const char* const styles[] = {"Heading1", "Heading2", "Heading3"};
        m_x.start("w:p");
        m_x.start("w:pPr"); // pStyle ... outlineLvl
        val(m_x, "w:pStyle", styles[std::clamp(b.level, 1, 3) - 1]);
        if (!b.inContents)
            val(m_x, "w:outlineLvl", 9); // body text level: left out when Word rebuilds the contents
        m_x.end();
        m_x.empty("w:bookmarkStart", {{"w:id", int(index)}, {"w:name", bookmarkName(index)}});
        if (!b.number.isEmpty())
            run(m_x, b.number + QLatin1Char(' '));
        spans(m_x, b.spans);
        m_x.empty("w:bookmarkEnd", {{"w:id", int(index)}});
        m_x.end();
    }

    void list(const Block& b, const char* style, int numId)
    {
        for (const Spans& item : b.items) {
            m_x.start("w:p");
            m_x.start("w:pPr"); // pStyle, numPr
            val(m_x, "w:pStyle", style);
            m_x.start("w:numPr");
            val(m_x, "w:ilvl", 0);
            val(m_x, "w:numId", numId);
            m_x.end();
            m_x.end();
            spans(m_x, item);
            m_x.end();
        }
    }

    void table(const Table& t)
    {
        qsizetype columns = t.header.size();
        for (const QStringList& row : t.rows)
            columns = std::max(columns, row.size());
        if (columns == 0)
            return;
        const QList<int> widths = columnWidths(t, int(columns));
        m_x.start("w:tbl");
        m_x.start("w:tblPr"); // tblStyle, tblW, tblLayout, tblLook
        val(m_x, "w:tblStyle", "TableGrid");
        m_x.empty("w:tblW", {{"w:w", textWidth}, {"w:type", "dxa"}});
        m_x.empty("w:tblLayout", {{"w:type", "fixed"}});
        m_x.empty("w:tblLook", {{"w:val", "04A0"},
                                {"w:firstRow", t.header.isEmpty() ? 0 : 1},
                                {"w:lastRow", 0},
                                {"w:firstColumn", 0},
                                {"w:lastColumn", 0},
                                {"w:noHBand", 1},
                                {"w:noVBand", 1}});
        m_x.end();
        m_x.start("w:tblGrid");
        for (const int w : widths)
            m_x.empty("w:gridCol", {{"w:w", w}});
        m_x.end();
        if (!t.header.isEmpty())
            tableRow(t.header, widths, true);
        for (const QStringList& row : t.rows)
            tableRow(row, widths, false);
        m_x.end();
    }

    void tableRow(const QStringList& cells, const QList<int>& widths, bool header)
    {
        m_x.start("w:tr");
        m_x.start("w:trPr");
        m_x.empty("w:cantSplit");
        if (header)
            m_x.empty("w:tblHeader"); // repeated at the top of each page the table runs onto
        m_x.end();
        for (qsizetype c = 0; c < widths.size(); ++c) {
            m_x.start("w:tc");
            m_x.start("w:tcPr"); // tcW, shd
            m_x.empty("w:tcW", {{"w:w", widths.at(c)}, {"w:type", "dxa"}});
            if (header)
                m_x.empty("w:shd", {{"w:val", "clear"}, {"w:color", "auto"}, {"w:fill", band}});
            m_x.end();
            m_x.start("w:p");
            m_x.start("w:pPr");
            m_x.empty("w:spacing", {{"w:before", 0}, {"w:after", 0}});
            m_x.end();
            run(m_x, cells.value(c), {header, false});
            m_x.end();
            m_x.end();
        }
        m_x.end();
    }

    void sectionProperties()
    {
        // headerReference/footerReference, pgSz, pgMar, cols, titlePg, docGrid
        m_x.start("w:sectPr");
        for (const auto& [element, type, id] : {std::tuple{"w:headerReference", "default", "rIdHeader"},
                                                std::tuple{"w:headerReference", "first", "rIdHeaderFirst"},
                                                std::tuple{"w:footerReference", "default", "rIdFooter"},
                                                std::tuple{"w:footerReference", "first", "rIdFooterFirst"}}) {
            m_x.empty(element, {{"w:type", type}, {"r:id", id}});
        }
        m_x.empty("w:pgSz", {{"w:w", pageWidth}, {"w:h", pageHeight}});
        m_x.empty("w:pgMar", {{"w:top", margin},
                              {"w:right", margin},
                              {"w:bottom", margin},
                              {"w:left", margin},
                              {"w:header", 567},
                              {"w:footer", 567},
                              {"w:gutter", 0}});
        m_x.empty("w:cols", {{"w:space", 708}});
        m_x.empty("w:titlePg"); // the title page has its own (empty) header and footer
        m_x.empty("w:docGrid", {{"w:linePitch", 360}});
        m_x.end();
    }

    const QString& m_path;
    const Document& m_document;
    const Progress& m_progress;
    PackageXml m_x;
    int m_nextNumId = bulletNumId + 1;
};

} // namespace

} // namespace docx

void writeDocx(const QString& path, const Document& document, const Progress& progress)
{
    using namespace docx;
    const QByteArray body = BodyWriter(path, document, progress).write();

    ZipWriter zip;
    zip.add(QStringLiteral("[Content_Types].xml"), contentTypesPart());
    zip.add(QStringLiteral("_rels/.rels"), packageRelationshipsPart());
    zip.add(QStringLiteral("word/document.xml"), body);
    zip.add(QStringLiteral("word/_rels/document.xml.rels"), documentRelationshipsPart());
    zip.add(QStringLiteral("word/styles.xml"), stylesPart(document.meta));
    zip.add(QStringLiteral("word/numbering.xml"), numberingPart(document));
    zip.add(QStringLiteral("word/settings.xml"), settingsPart(document.meta));
    zip.add(QStringLiteral("word/header1.xml"), headerOrFooter("w:hdr", &document.meta));
    zip.add(QStringLiteral("word/header2.xml"), headerOrFooter("w:hdr", nullptr));
    zip.add(QStringLiteral("word/footer1.xml"), headerOrFooter("w:ftr", &document.meta));
    zip.add(QStringLiteral("word/footer2.xml"), headerOrFooter("w:ftr", nullptr));
    zip.add(QStringLiteral("docProps/core.xml"), corePart(document.meta));
    zip.add(QStringLiteral("docProps/app.xml"), appPart());
    saveFile(path, zip.finish());
}

} // namespace pc::report
