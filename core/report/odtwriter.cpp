// SPDX-License-Identifier: GPL-3.0-or-later
// ODF 1.2 text. Page breaks are carried by the next paragraph's (or table's) automatic style, not
// by an empty paragraph, so no page starts with a blank line; the styles for them are fixed
// variants of the named styles, written before the body as ODF requires.
#include "odtwriter.h"

#include "common/error.h"
#include "zipwriter.h"

#include <QDir>
#include <QObject>

#include <algorithm>
#include <initializer_list>
#include <numeric>
#include <tuple>
#include <utility>

namespace pc::report {

namespace {

constexpr double textWidthCm = 17.0; // A4 less 2 cm margins
const char* const accent = "#1d4e89";
const char* const ink = "#1f2933";
const char* const muted = "#5f6b76";
const char* const band = "#dce6f2";
const char* const warning = "#a31d1d";
const char* const border = "0.5pt solid #bfc8d3";

/// The named styles a page break can fall on; "Break_<name>" is each one starting a new page.
const char* const breakable[] = {"Standard",     "Text_20_body", "Heading_20_1",       "Heading_20_2",
                                 "Heading_20_3", "List",         "Contents_20_Heading"};

void namespaces(PackageXml& x)
{
    for (const auto& [prefix, uri] :
         {std::pair{"xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
          {"xmlns:style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
          {"xmlns:text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
          {"xmlns:table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"},
          {"xmlns:fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"},
          {"xmlns:svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"},
          {"xmlns:xlink", "http://www.w3.org/1999/xlink"},
          {"xmlns:dc", "http://purl.org/dc/elements/1.1/"},
          {"xmlns:meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"}})
        x.attr(prefix, uri);
    x.attr("office:version", "1.2");
}

QString cm(double value)
{
    return QString::number(value, 'f', 3) + QStringLiteral("cm");
}

/// Text in ODF's white-space model: runs of spaces as text:s, tabs and line breaks as elements.
/// `afterSpace` carries across the spans of one paragraph (true at its start).
void odfText(PackageXml& x, const QString& text, bool& afterSpace)
{
    QString piece;
    int spaces = 0;
    auto flushSpaces = [&] {
        if (spaces == 0)
            return;
        if (!afterSpace) {
            piece += QLatin1Char(' ');
            --spaces;
        }
        if (spaces > 0) {
            x.text(piece);
            piece.clear();
            x.empty("text:s");
            if (spaces > 1)
                x.attr("text:c", spaces);
        }
        spaces = 0;
        afterSpace = true;
    };
    for (const QChar c : text) {
        if (c == QLatin1Char(' ')) {
            ++spaces;
            continue;
        }
        flushSpaces();
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t')) {
            x.text(piece);
            piece.clear();
            x.empty(c == QLatin1Char('\n') ? "text:line-break" : "text:tab");
            afterSpace = true;
        } else {
            piece += c;
            afterSpace = false;
        }
    }
    flushSpaces();
    x.text(piece);
}

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

// --- styles.xml ---

void styleStart(PackageXml& x, const char* name, const char* display, const char* family, const char* parent,
                const char* next = nullptr, const char* styleClass = nullptr)
{
    x.start("style:style", {{"style:name", name}});
    if (display)
        x.attr("style:display-name", display);
    x.attr("style:family", family);
    if (parent)
        x.attr("style:parent-style-name", parent);
    if (next)
        x.attr("style:next-style-name", next);
    if (styleClass)
        x.attr("style:class", styleClass);
}

void rightTabStop(PackageXml& x, double position, bool dots)
{
    x.start("style:tab-stops");
    x.empty("style:tab-stop", {{"style:position", cm(position)}, {"style:type", "right"}});
    if (dots) {
        x.attr("style:leader-style", "dotted");
        x.attr("style:leader-text", ".");
    }
    x.end();
}

void headingStyles(PackageXml& x)
{
    styleStart(x, "Heading", nullptr, "paragraph", "Standard", "Text_20_body", "text");
    x.empty("style:paragraph-properties",
            {{"fo:margin-top", "0.42cm"}, {"fo:margin-bottom", "0.21cm"}, {"fo:keep-with-next", "always"}});
    x.empty("style:text-properties",
            {{"fo:font-size", "14pt"}, {"fo:font-weight", "bold"}, {"fo:color", ink}});
    x.end();
    static const char* const names[] = {"Heading_20_1", "Heading_20_2", "Heading_20_3"};
    static const char* const displays[] = {"Heading 1", "Heading 2", "Heading 3"};
    static const char* const sizes[] = {"16pt", "13pt", "12pt"};
    static const char* const above[] = {"0.63cm", "0.42cm", "0.35cm"};
    for (int level = 1; level <= 3; ++level) {
        styleStart(x, names[level - 1], displays[level - 1], "paragraph", "Heading", "Text_20_body", "text");
        x.attr("style:default-outline-level", level);
        x.empty("style:paragraph-properties",
                {{"fo:margin-top", above[level - 1]}, {"fo:margin-bottom", "0.14cm"}});
        x.empty("style:text-properties",
                {{"fo:font-size", sizes[level - 1]}, {"fo:color", level < 3 ? accent : ink}});
        x.end();
    }
    styleStart(x, "Title", nullptr, "paragraph", "Heading", "Subtitle", "chapter");
    x.empty("style:paragraph-properties", {{"fo:margin-top", "0cm"}, {"fo:margin-bottom", "0.42cm"}});
    x.empty("style:text-properties", {{"fo:font-size", "28pt"}, {"fo:color", accent}});
    x.end();
    styleStart(x, "Subtitle", nullptr, "paragraph", "Heading", "Text_20_body", "chapter");
    x.empty("style:paragraph-properties", {{"fo:margin-top", "0cm"}, {"fo:margin-bottom", "0.85cm"}});
    x.empty("style:text-properties",
            {{"fo:font-size", "16pt"}, {"fo:font-weight", "normal"}, {"fo:color", muted}});
    x.end();
    styleStart(x, "Contents_20_Heading", "Contents Heading", "paragraph", "Heading", nullptr, "index");
    x.empty("style:text-properties", {{"fo:font-size", "16pt"}, {"fo:color", accent}});
    x.end();
}

void paragraphStyles(PackageXml& x)
{
    x.start("style:default-style", {{"style:family", "paragraph"}});
    x.empty("style:paragraph-properties", {{"style:tab-stop-distance", "1.25cm"}});
    x.empty("style:text-properties", {{"style:font-name", "Calibri"},
                                      {"fo:font-size", "11pt"},
                                      {"fo:color", ink},
                                      {"fo:hyphenate", "false"}});
    x.end();
    styleStart(x, "Standard", nullptr, "paragraph", nullptr, nullptr, "text");
    x.end();
    styleStart(x, "Text_20_body", "Text body", "paragraph", "Standard", nullptr, "text");
    x.empty("style:paragraph-properties",
            {{"fo:margin-top", "0cm"}, {"fo:margin-bottom", "0.28cm"}, {"fo:line-height", "115%"}});
    x.end();
    headingStyles(x);
    for (const auto& [name, display, indent] :
         {std::tuple{"Contents_20_1", "Contents 1", 0.0}, std::tuple{"Contents_20_2", "Contents 2", 0.5}}) {
        styleStart(x, name, display, "paragraph", "Standard", nullptr, "index");
        x.start("style:paragraph-properties", {{"fo:margin-left", cm(indent)},
                                               {"fo:margin-top", indent > 0 ? "0cm" : "0.1cm"},
                                               {"fo:margin-bottom", "0.1cm"}});
        rightTabStop(x, textWidthCm - indent, true);
        x.end();
        if (indent == 0)
            x.empty("style:text-properties", {{"fo:font-weight", "bold"}});
        x.end();
    }
    styleStart(x, "List", nullptr, "paragraph", "Text_20_body", nullptr, "list");
    x.empty("style:paragraph-properties", {{"fo:margin-top", "0cm"}, {"fo:margin-bottom", "0.14cm"}});
    x.end();
    styleStart(x, "Table_20_Contents", "Table Contents", "paragraph", "Standard", nullptr, "extra");
    x.end();
    styleStart(x, "Table_20_Heading", "Table Heading", "paragraph", "Table_20_Contents", nullptr, "extra");
    x.empty("style:text-properties", {{"fo:font-weight", "bold"}});
    x.end();
    for (const auto& [name, display] : {std::pair{"Header", "Header"}, {"Footer", "Footer"}}) {
        styleStart(x, name, display, "paragraph", "Standard", nullptr, "extra");
        x.start("style:paragraph-properties");
        rightTabStop(x, textWidthCm, false);
        x.end();
        x.empty("style:text-properties", {{"fo:font-size", "9pt"}, {"fo:color", muted}});
        x.end();
    }
}

void listStyle(PackageXml& x, const char* name, const char* display, bool bullets)
{
    x.start("text:list-style", {{"style:name", name}, {"style:display-name", display}});
    x.start(bullets ? "text:list-level-style-bullet" : "text:list-level-style-number");
    x.attr("text:level", 1);
    if (bullets) {
        x.attr("text:bullet-char", QString(QChar(0x2022)));
    } else {
        x.attr("style:num-suffix", ".");
        x.attr("style:num-format", "1");
    }
    x.start("style:list-level-properties", {{"text:list-level-position-and-space-mode", "label-alignment"}});
    x.empty("style:list-level-label-alignment", {{"text:label-followed-by", "listtab"},
                                                 {"text:list-tab-stop-position", "0.635cm"},
                                                 {"fo:text-indent", "-0.635cm"},
                                                 {"fo:margin-left", "0.635cm"}});
    x.end();
    x.end();
    x.end();
}

/// Headings carry their number as text, so the outline itself is unnumbered.
void outlineStyle(PackageXml& x)
{
    x.start("text:outline-style", {{"style:name", "Outline"}});
    for (int level = 1; level <= 10; ++level) {
        x.start("text:outline-level-style", {{"text:level", level}, {"style:num-format", ""}});
        x.end();
    }
    x.end();
}

void pageLayout(PackageXml& x, const char* name, bool headerAndFooter)
{
    x.start("style:page-layout", {{"style:name", name}});
    x.empty("style:page-layout-properties", {{"fo:page-width", "21cm"},
                                             {"fo:page-height", "29.7cm"},
                                             {"style:num-format", "1"},
                                             {"style:print-orientation", "portrait"},
                                             {"fo:margin-top", headerAndFooter ? "1.2cm" : "2cm"},
                                             {"fo:margin-bottom", headerAndFooter ? "1.2cm" : "2cm"},
                                             {"fo:margin-left", "2cm"},
                                             {"fo:margin-right", "2cm"}});
    if (headerAndFooter) {
        x.start("style:header-style");
        x.empty("style:header-footer-properties",
                {{"fo:min-height", "0.6cm"}, {"fo:margin-bottom", "0.4cm"}});
        x.end();
        x.start("style:footer-style");
        x.empty("style:header-footer-properties", {{"fo:min-height", "0.6cm"}, {"fo:margin-top", "0.4cm"}});
        x.end();
    }
    x.end();
}

void masterPages(PackageXml& x, const DocumentMeta& meta)
{
    x.start("office:master-styles");
    x.start("style:master-page", {{"style:name", "Standard"}, {"style:page-layout-name", "pm1"}});
    x.start("style:header");
    x.start("text:p", {{"text:style-name", "Header"}});
    bool afterSpace = true;
    odfText(x, meta.header, afterSpace);
    if (meta.draft) {
        x.empty("text:tab");
        x.start("text:span", {{"text:style-name", "MT_Draft"}});
        x.text(QObject::tr("DRAFT"));
        x.end();
    }
    x.end();
    x.end();
    x.start("style:footer");
    x.start("text:p", {{"text:style-name", "Footer"}});
    afterSpace = true;
    odfText(x, meta.version, afterSpace);
    x.empty("text:tab");
    x.text(QObject::tr("Page") + QLatin1Char(' '));
    x.start("text:page-number", {{"text:select-page", "current"}});
    x.text(QStringLiteral("1"));
    x.end();
    x.text(QLatin1Char(' ') + QObject::tr("of") + QLatin1Char(' '));
    x.textElement("text:page-count", QStringLiteral("1"));
    x.end();
    x.end();
    x.end();
    // The title page: no header or footer; the pages after it are Standard pages.
    x.empty("style:master-page", {{"style:name", "First_20_Page"},
                                  {"style:display-name", "First Page"},
                                  {"style:page-layout-name", "pm2"},
                                  {"style:next-style-name", "Standard"}});
    x.end();
}

QByteArray stylesPart(const DocumentMeta& meta)
{
    PackageXml x;
    x.start("office:document-styles");
    namespaces(x);
    x.start("office:font-face-decls");
    // Calibri, as in the DOCX; LibreOffice shows it in Carlito, its metric-compatible twin.
    x.empty("style:font-face", {{"style:name", "Calibri"},
                                {"svg:font-family", "Calibri"},
                                {"style:font-family-generic", "swiss"},
                                {"style:font-pitch", "variable"}});
    x.end();
    x.start("office:styles");
    paragraphStyles(x);
    outlineStyle(x);
    listStyle(x, "Bullets", "Bullets", true);
    listStyle(x, "Numbering", "Numbering 123", false);
    x.end();
    x.start("office:automatic-styles");
    pageLayout(x, "pm1", true);
    pageLayout(x, "pm2", false);
    styleStart(x, "MT_Draft", nullptr, "text", nullptr);
    x.empty("style:text-properties", {{"fo:font-weight", "bold"}, {"fo:color", warning}});
    x.end();
    x.end();
    masterPages(x, meta);
    return x.finish();
}

// --- content.xml ---

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
            if (m_progress && !m_progress(int(i + 1), int(blocks.size())))
                throw Error(ErrorKind::Cancelled,
                            QObject::tr("Writing %1 was cancelled; no file was written.")
                                .arg(QDir::toNativeSeparators(m_path)));
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

QByteArray manifestPart()
{
    PackageXml x;
    x.start("manifest:manifest", {{"xmlns:manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"},
                                  {"manifest:version", "1.2"}});
    x.empty("manifest:file-entry", {{"manifest:full-path", "/"},
                                    {"manifest:version", "1.2"},
                                    {"manifest:media-type", "application/vnd.oasis.opendocument.text"}});
    for (const char* part : {"content.xml", "styles.xml", "meta.xml"})
        x.empty("manifest:file-entry", {{"manifest:full-path", part}, {"manifest:media-type", "text/xml"}});
    return x.finish();
}

QByteArray metaPart(const DocumentMeta& meta)
{
    PackageXml x;
    x.start("office:document-meta");
    namespaces(x);
    x.start("office:meta");
    x.textElement("meta:generator", QStringLiteral("PeerChallenge"));
    x.textElement("dc:title", meta.title);
    x.textElement("dc:subject", meta.subtitle);
    x.textElement("dc:language", meta.language);
    return x.finish();
}

} // namespace

void writeOdt(const QString& path, const Document& document, const Progress& progress)
{
    const QByteArray content = ContentWriter(path, document, progress).write();

    ZipWriter zip;
    zip.add(QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text"), false);
    zip.add(QStringLiteral("META-INF/manifest.xml"), manifestPart());
    zip.add(QStringLiteral("meta.xml"), metaPart(document.meta));
    zip.add(QStringLiteral("styles.xml"), stylesPart(document.meta));
    zip.add(QStringLiteral("content.xml"), content);
    saveFileAtomically(path, zip.finish());
}

} // namespace pc::report
