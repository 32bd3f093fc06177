// SPDX-License-Identifier: GPL-3.0-or-later
// The DOCX package around word/document.xml. Word rejects a part whose children are out of the
// order ECMA-376 gives (pPr, rPr, tblPr, settings, style), so every element below is written in
// that order; the comments name the sequence where it matters.
#include "docxparts.h"

#include "reportdocument.h"
#include "zipwriter.h"

#include <QList>
#include <QObject>

#include <tuple>
#include <utility>

namespace pc::report::docx {

namespace {

const char* const wNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const char* const rNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const char* const relNs = "http://schemas.openxmlformats.org/package/2006/relationships";
const char* const relType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

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

} // namespace

// --- helpers shared with the body ---

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

void run(PackageXml& x, const QString& text, const RunFormat& format)
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

void fieldChar(PackageXml& x, const char* type)
{
    x.start("w:r");
    x.empty("w:fldChar", {{"w:fldCharType", type}});
    x.end();
}

// --- the parts ---

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

QByteArray packageRelationshipsPart()
{
    return relationships(
        {{"rId1", "officeDocument", "word/document.xml"},
         {"rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
          "docProps/core.xml"},
         {"rId3", "extended-properties", "docProps/app.xml"}});
}

QByteArray documentRelationshipsPart()
{
    return relationships({{"rIdStyles", "styles", "styles.xml"},
                          {"rIdNumbering", "numbering", "numbering.xml"},
                          {"rIdSettings", "settings", "settings.xml"},
                          {"rIdHeader", "header", "header1.xml"},
                          {"rIdHeaderFirst", "header", "header2.xml"},
                          {"rIdFooter", "footer", "footer1.xml"},
                          {"rIdFooterFirst", "footer", "footer2.xml"}});
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

} // namespace pc::report::docx
