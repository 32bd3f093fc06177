// SPDX-License-Identifier: GPL-3.0-or-later
// WordprocessingML as Word itself writes it. Word rejects a part whose children are out of the
// order ECMA-376 gives (pPr, rPr, tblPr, sectPr, settings, style), so every element below is
// written in that order; the comments name the sequence where it matters.
#include "docxwriter.h"

#include "common/error.h"
#include "zipwriter.h"

#include <QDir>
#include <QObject>

#include <algorithm>
#include <numeric>
#include <tuple>
#include <utility>

namespace pc::report {

namespace {

const char* const wNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const char* const rNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const char* const relNs = "http://schemas.openxmlformats.org/package/2006/relationships";
const char* const relType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

// Twentieths of a point: A4 with 2 cm margins.
constexpr int pageWidth = 11906;
constexpr int pageHeight = 16838;
constexpr int margin = 1134;
constexpr int textWidth = pageWidth - 2 * margin;

const char* const accent = "1D4E89";
const char* const ink = "1F2933";
const char* const muted = "5F6B76";
const char* const band = "DCE6F2";
const char* const hairline = "BFC8D3";
const char* const warning = "A31D1D";

constexpr int bulletNumId = 1; // numbered lists get 2, 3, ... in document order

void val(PackageXml& x, const char* name, const QString& value)
{
    x.empty(name);
    x.attr("w:val", value);
}

void val(PackageXml& x, const char* name, const char* value)
{
    val(x, name, QString::fromUtf8(value));
}

void val(PackageXml& x, const char* name, int value)
{
    val(x, name, QString::number(value));
}

void rootNamespaces(PackageXml& x)
{
    x.attr("xmlns:w", wNs);
    x.attr("xmlns:r", rNs);
}

/// A run's text: line breaks and tabs become <w:br/> and <w:tab/>, the rest preserved as typed.
void runText(PackageXml& x, const QString& text)
{
    QString piece;
    auto flush = [&x, &piece] {
        if (piece.isEmpty())
            return;
        x.start("w:t", {{"xml:space", "preserve"}});
        x.text(piece);
        x.end();
        piece.clear();
    };
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t')) {
            flush();
            x.empty(c == QLatin1Char('\n') ? "w:br" : "w:tab");
        } else {
            piece += c;
        }
    }
    flush();
}

struct RunFormat
{
    bool bold = false;
    bool italic = false;
    const char* colour = nullptr;
    int halfPoints = 0;
};

void run(PackageXml& x, const QString& text, const RunFormat& format = {})
{
    x.start("w:r");
    if (format.bold || format.italic || format.colour || format.halfPoints) {
        x.start("w:rPr"); // b, i, color, sz
        if (format.bold)
            x.empty("w:b");
        if (format.italic)
            x.empty("w:i");
        if (format.colour)
            val(x, "w:color", format.colour);
        if (format.halfPoints) {
            val(x, "w:sz", format.halfPoints);
            val(x, "w:szCs", format.halfPoints);
        }
        x.end();
    }
    runText(x, text);
    x.end();
}

void spans(PackageXml& x, const Spans& spans)
{
    for (const Span& span : spans)
        run(x, span.text, {span.bold, span.italic});
}

void fieldChar(PackageXml& x, const char* type)
{
    x.start("w:r");
    x.empty("w:fldChar", {{"w:fldCharType", type}});
    x.end();
}

/// A complex field (begin, instruction, separate, result, end) so Word can update it.
void field(PackageXml& x, const char* instruction, const QString& result)
{
    fieldChar(x, "begin");
    x.start("w:r");
    x.start("w:instrText", {{"xml:space", "preserve"}});
    x.text(QString::fromUtf8(instruction));
    x.end();
    x.end();
    fieldChar(x, "separate");
    run(x, result);
    fieldChar(x, "end");
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
            if (m_progress && !m_progress(int(i + 1), int(blocks.size())))
                throw Error(ErrorKind::Cancelled,
                            QObject::tr("Writing %1 was cancelled; no file was written.")
                                .arg(QDir::toNativeSeparators(m_path)));
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

QByteArray headerOrFooter(const char* root, const DocumentMeta* meta)
{
    const bool header = qstrcmp(root, "w:hdr") == 0;
    PackageXml x;
    x.start(root);
    rootNamespaces(x);
    x.start("w:p");
    x.start("w:pPr");
    val(x, "w:pStyle", header ? "Header" : "Footer");
    x.end();
    if (meta && header) {
        run(x, meta->header);
        if (meta->draft) {
            run(x, QStringLiteral("\t"));
            run(x, QObject::tr("DRAFT"), {true, false, warning});
        }
    } else if (meta) {
        run(x, meta->version + QLatin1Char('\t') + QObject::tr("Page") + QLatin1Char(' '));
        field(x, " PAGE ", QStringLiteral("1"));
        run(x, QLatin1Char(' ') + QObject::tr("of") + QLatin1Char(' '));
        field(x, " NUMPAGES ", QStringLiteral("1"));
    }
    x.end();
    return x.finish();
}

struct StyleInfo
{
    const char* type;
    const char* id;
    const char* name;
    const char* basedOn = nullptr;
    const char* next = nullptr;
    int uiPriority = -1;
    bool quick = false;  // qFormat: in the Styles gallery
    bool hidden = false; // semiHidden + unhideWhenUsed
};

/// Starts a w:style with its name ... qFormat children; the caller adds pPr/rPr/tblPr and ends it.
void styleStart(PackageXml& x, const StyleInfo& s, bool isDefault = false)
{
    x.start("w:style", {{"w:type", s.type}});
    if (isDefault)
        x.attr("w:default", 1);
    x.attr("w:styleId", s.id);
    val(x, "w:name", s.name);
    if (s.basedOn)
        val(x, "w:basedOn", s.basedOn);
    if (s.next)
        val(x, "w:next", s.next);
    if (s.uiPriority >= 0)
        val(x, "w:uiPriority", s.uiPriority);
    if (s.hidden) {
        x.empty("w:semiHidden");
        x.empty("w:unhideWhenUsed");
    }
    if (s.quick)
        x.empty("w:qFormat");
}

void spacing(PackageXml& x, int before, int after)
{
    x.empty("w:spacing", {{"w:before", before}, {"w:after", after}});
}

void rightTab(PackageXml& x, int position, bool dots)
{
    x.start("w:tabs");
    x.empty("w:tab", {{"w:val", "right"}});
    if (dots)
        x.attr("w:leader", "dot");
    x.attr("w:pos", position);
    x.end();
}

/// rPr with b, color, sz (in that order).
void textLook(PackageXml& x, bool bold, const char* colour, int halfPoints)
{
    x.start("w:rPr");
    if (bold)
        x.empty("w:b");
    if (colour)
        val(x, "w:color", colour);
    if (halfPoints) {
        val(x, "w:sz", halfPoints);
        val(x, "w:szCs", halfPoints);
    }
    x.end();
}

void headingStyle(PackageXml& x, int level)
{
    static const char* const ids[] = {"Heading1", "Heading2", "Heading3"};
    static const char* const names[] = {"heading 1", "heading 2", "heading 3"};
    static const int sizes[] = {32, 26, 24};
    static const int before[] = {360, 240, 200};
    styleStart(x, {"paragraph", ids[level - 1], names[level - 1], "Normal", "Normal", 9, true});
    x.start("w:pPr"); // keepNext, keepLines, spacing, outlineLvl
    x.empty("w:keepNext");
    x.empty("w:keepLines");
    spacing(x, before[level - 1], 80);
    val(x, "w:outlineLvl", level - 1);
    x.end();
    textLook(x, true, level < 3 ? accent : ink, sizes[level - 1]);
    x.end();
}

void docDefaults(PackageXml& x, const QString& language)
{
    x.start("w:docDefaults");
    x.start("w:rPrDefault");
    x.start("w:rPr"); // rFonts, sz, szCs, lang
    x.empty("w:rFonts");
    for (const char* script : {"w:ascii", "w:eastAsia", "w:hAnsi", "w:cs"})
        x.attr(script, "Calibri");
    val(x, "w:sz", 22);
    val(x, "w:szCs", 22);
    x.empty("w:lang", {{"w:val", language.isEmpty() ? QStringLiteral("en-GB") : language},
                       {"w:eastAsia", "en-US"},
                       {"w:bidi", "ar-SA"}});
    x.end();
    x.end();
    // Spacing lives here, not in Normal, so the table style's tighter spacing wins inside tables.
    x.start("w:pPrDefault");
    x.start("w:pPr");
    x.empty("w:spacing", {{"w:after", 160}, {"w:line", 264}, {"w:lineRule", "auto"}});
    x.end();
    x.end();
    x.end();
}

void tableStyles(PackageXml& x)
{
    styleStart(x, {"table", "TableNormal", "Normal Table", nullptr, nullptr, 99, false, true}, true);
    x.start("w:tblPr");
    x.empty("w:tblInd", {{"w:w", 0}, {"w:type", "dxa"}});
    x.start("w:tblCellMar");
    for (const auto& [side, width] :
         {std::pair{"w:top", 0}, {"w:left", 108}, {"w:bottom", 0}, {"w:right", 108}}) {
        x.empty(side);
        x.attr("w:w", width);
        x.attr("w:type", "dxa");
    }
    x.end();
    x.end();
    x.end();

    styleStart(x, {"table", "TableGrid", "Table Grid", "TableNormal", nullptr, 39});
    x.start("w:pPr");
    spacing(x, 0, 0);
    x.end();
    x.start("w:tblPr"); // tblBorders, tblCellMar
    x.start("w:tblBorders");
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
        x.empty(side);
        x.attr("w:val", "single");
        x.attr("w:sz", 4);
        x.attr("w:space", 0);
        x.attr("w:color", hairline);
    }
    x.end();
    x.start("w:tblCellMar");
    for (const auto& [side, width] :
         {std::pair{"w:top", 57}, {"w:left", 108}, {"w:bottom", 57}, {"w:right", 108}}) {
        x.empty(side);
        x.attr("w:w", width);
        x.attr("w:type", "dxa");
    }
    x.end();
    x.end();
    x.end();
}

QByteArray stylesPart(const DocumentMeta& meta)
{
    PackageXml x;
    x.start("w:styles");
    rootNamespaces(x);
    docDefaults(x, meta.language);

    styleStart(x, {"paragraph", "Normal", "Normal", nullptr, nullptr, -1, true}, true);
    x.end();
    styleStart(
        x, {"character", "DefaultParagraphFont", "Default Paragraph Font", nullptr, nullptr, 1, false, true},
        true);
    x.end();
    styleStart(x, {"numbering", "NoList", "No List", nullptr, nullptr, 99, false, true}, true);
    x.end();

    styleStart(x, {"paragraph", "Title", "Title", "Normal", "Normal", 10, true});
    x.start("w:pPr");
    spacing(x, 0, 240);
    x.empty("w:contextualSpacing");
    x.end();
    textLook(x, true, accent, 56);
    x.end();
    styleStart(x, {"paragraph", "Subtitle", "Subtitle", "Normal", "Normal", 11, true});
    x.start("w:pPr");
    spacing(x, 0, 480);
    x.end();
    textLook(x, false, muted, 32);
    x.end();
    for (int level = 1; level <= 3; ++level)
        headingStyle(x, level);

    styleStart(x, {"paragraph", "TOCHeading", "TOC Heading", "Heading1", "Normal", 39, true, true});
    x.start("w:pPr");
    val(x, "w:outlineLvl", 9); // not itself in the contents or the navigation pane
    x.end();
    x.end();
    styleStart(x, {"paragraph", "TOC1", "toc 1", "Normal", "Normal", 39, false, true});
    x.start("w:pPr"); // tabs, spacing
    rightTab(x, textWidth, true);
    spacing(x, 60, 60);
    x.end();
    textLook(x, true, nullptr, 0);
    x.end();
    styleStart(x, {"paragraph", "TOC2", "toc 2", "Normal", "Normal", 39, false, true});
    x.start("w:pPr"); // tabs, spacing, ind
    rightTab(x, textWidth, true);
    spacing(x, 0, 60);
    x.empty("w:ind", {{"w:left", 220}});
    x.end();
    x.end();

    for (const auto& [id, name] : {std::pair{"ListBullet", "List Bullet"}, {"ListNumber", "List Number"}}) {
        styleStart(x, {"paragraph", id, name, "Normal", nullptr, 99, true, true});
        x.start("w:pPr");
        spacing(x, 0, 80);
        x.end();
        x.end();
    }
    for (const auto& [id, name] : {std::pair{"Header", "header"}, {"Footer", "footer"}}) {
        styleStart(x, {"paragraph", id, name, "Normal", nullptr, 99, false, true});
        x.start("w:pPr"); // tabs, spacing
        rightTab(x, textWidth, false);
        spacing(x, 0, 0);
        x.end();
        textLook(x, false, muted, 18);
        x.end();
    }
    tableStyles(x);
    return x.finish();
}

void abstractNum(PackageXml& x, int id, const char* format, const QString& text)
{
    x.start("w:abstractNum", {{"w:abstractNumId", id}});
    val(x, "w:multiLevelType", "singleLevel");
    x.start("w:lvl", {{"w:ilvl", 0}}); // start, numFmt, lvlText, lvlJc, pPr
    val(x, "w:start", 1);
    val(x, "w:numFmt", format);
    val(x, "w:lvlText", text);
    val(x, "w:lvlJc", "left");
    x.start("w:pPr");
    x.empty("w:ind", {{"w:left", 360}, {"w:hanging", 360}});
    x.end();
    x.end();
    x.end();
}

/// One bullet list definition shared by all bullet lists; one numbering per numbered list, each
/// restarting at its list's start.
QByteArray numberingPart(const Document& document)
{
    PackageXml x;
    x.start("w:numbering");
    rootNamespaces(x);
    abstractNum(x, 0, "bullet", QString(QChar(0x2022)));
    abstractNum(x, 1, "decimal", QStringLiteral("%1."));
    x.start("w:num", {{"w:numId", bulletNumId}});
    val(x, "w:abstractNumId", 0);
    x.end();
    int numId = bulletNumId + 1;
    for (const Block& b : document.blocks) {
        if (b.kind != Block::Kind::NumberedList)
            continue;
        x.start("w:num", {{"w:numId", numId++}});
        val(x, "w:abstractNumId", 1);
        x.start("w:lvlOverride", {{"w:ilvl", 0}});
        val(x, "w:startOverride", b.start);
        x.end();
        x.end();
    }
    return x.finish();
}

QByteArray settingsPart(const DocumentMeta& meta)
{
    PackageXml x;
    x.start("w:settings"); // zoom, defaultTabStop, evenAndOddHeaders, characterSpacingControl,
    rootNamespaces(x);     // updateFields, compat, themeFontLang, decimalSymbol, listSeparator
    x.empty("w:zoom", {{"w:percent", 100}});
    val(x, "w:defaultTabStop", 720);
    val(x, "w:evenAndOddHeaders", "false");
    val(x, "w:characterSpacingControl", "doNotCompress");
    val(x, "w:updateFields", "true"); // Word offers to refresh the contents (page numbers) on open
    x.start("w:compat");
    x.empty("w:compatSetting", {{"w:name", "compatibilityMode"},
                                {"w:uri", "http://schemas.microsoft.com/office/word"},
                                {"w:val", 15}});
    x.end();
    val(x, "w:themeFontLang", meta.language.isEmpty() ? QStringLiteral("en-GB") : meta.language);
    val(x, "w:decimalSymbol", ".");
    val(x, "w:listSeparator", ",");
    return x.finish();
}

QByteArray contentTypesPart()
{
    PackageXml x;
    x.start("Types", {{"xmlns", "http://schemas.openxmlformats.org/package/2006/content-types"}});
    for (const auto& [extension, type] :
         {std::pair{"rels", "application/vnd.openxmlformats-package.relationships+xml"},
          {"xml", "application/xml"}}) {
        x.empty("Default", {{"Extension", extension}, {"ContentType", type}});
    }
    const char* const wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    const QList<std::pair<const char*, QString>> overrides = {
        {"/word/document.xml", QString::fromUtf8(wml) + QStringLiteral("document.main+xml")},
        {"/word/styles.xml", QString::fromUtf8(wml) + QStringLiteral("styles+xml")},
        {"/word/numbering.xml", QString::fromUtf8(wml) + QStringLiteral("numbering+xml")},
        {"/word/settings.xml", QString::fromUtf8(wml) + QStringLiteral("settings+xml")},
        {"/word/header1.xml", QString::fromUtf8(wml) + QStringLiteral("header+xml")},
        {"/word/header2.xml", QString::fromUtf8(wml) + QStringLiteral("header+xml")},
        {"/word/footer1.xml", QString::fromUtf8(wml) + QStringLiteral("footer+xml")},
        {"/word/footer2.xml", QString::fromUtf8(wml) + QStringLiteral("footer+xml")},
        {"/docProps/core.xml", QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml")},
        {"/docProps/app.xml",
         QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml")}};
    for (const auto& [part, type] : overrides)
        x.empty("Override", {{"PartName", part}, {"ContentType", type}});
    return x.finish();
}

QByteArray relationships(const QList<std::tuple<const char*, const char*, const char*>>& targets)
{
    PackageXml x;
    x.start("Relationships", {{"xmlns", relNs}});
    for (const auto& [id, type, target] : targets) {
        x.empty("Relationship", {{"Id", id}});
        x.attr("Type", QString::fromUtf8(type).startsWith(QLatin1String("http"))
                           ? QString::fromUtf8(type)
                           : QString::fromUtf8(relType) + QString::fromUtf8(type));
        x.attr("Target", target);
    }
    return x.finish();
}

QByteArray corePart(const DocumentMeta& meta)
{
    PackageXml x;
    x.start("cp:coreProperties",
            {{"xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"},
             {"xmlns:dc", "http://purl.org/dc/elements/1.1/"},
             {"xmlns:dcterms", "http://purl.org/dc/terms/"},
             {"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"}});
    x.textElement("dc:title", meta.title);
    x.textElement("dc:subject", meta.subtitle);
    x.textElement("dc:language", meta.language);
    return x.finish();
}

QByteArray appPart()
{
    PackageXml x;
    x.start("Properties",
            {{"xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"}});
    x.textElement("Application", QStringLiteral("PeerChallenge"));
    return x.finish();
}

} // namespace

void writeDocx(const QString& path, const Document& document, const Progress& progress)
{
    const QByteArray body = BodyWriter(path, document, progress).write();

    ZipWriter zip;
    zip.add(QStringLiteral("[Content_Types].xml"), contentTypesPart());
    zip.add(
        QStringLiteral("_rels/.rels"),
        relationships(
            {{"rId1", "officeDocument", "word/document.xml"},
             {"rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
              "docProps/core.xml"},
             {"rId3", "extended-properties", "docProps/app.xml"}}));
    zip.add(QStringLiteral("word/document.xml"), body);
    zip.add(QStringLiteral("word/_rels/document.xml.rels"),
            relationships({{"rIdStyles", "styles", "styles.xml"},
                           {"rIdNumbering", "numbering", "numbering.xml"},
                           {"rIdSettings", "settings", "settings.xml"},
                           {"rIdHeader", "header", "header1.xml"},
                           {"rIdHeaderFirst", "header", "header2.xml"},
                           {"rIdFooter", "footer", "footer1.xml"},
                           {"rIdFooterFirst", "footer", "footer2.xml"}}));
    zip.add(QStringLiteral("word/styles.xml"), stylesPart(document.meta));
    zip.add(QStringLiteral("word/numbering.xml"), numberingPart(document));
    zip.add(QStringLiteral("word/settings.xml"), settingsPart(document.meta));
    zip.add(QStringLiteral("word/header1.xml"), headerOrFooter("w:hdr", &document.meta));
    zip.add(QStringLiteral("word/header2.xml"), headerOrFooter("w:hdr", nullptr));
    zip.add(QStringLiteral("word/footer1.xml"), headerOrFooter("w:ftr", &document.meta));
    zip.add(QStringLiteral("word/footer2.xml"), headerOrFooter("w:ftr", nullptr));
    zip.add(QStringLiteral("docProps/core.xml"), corePart(document.meta));
    zip.add(QStringLiteral("docProps/app.xml"), appPart());
    saveFileAtomically(path, zip.finish());
}

} // namespace pc::report
