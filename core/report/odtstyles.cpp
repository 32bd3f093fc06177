// SPDX-License-Identifier: GPL-3.0-or-later
// ODF 1.2 text: the parts around content.xml. The title page has a page style of its own
// (First_20_Page, without header or footer); every page after it is a Standard page.
#include "odtstyles.h"

#include "reportdocument.h"
#include "zipwriter.h"

#include <QObject>

#include <initializer_list>
#include <tuple>
#include <utility>

namespace pc::report::odt {

namespace {

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

} // namespace

// --- helpers shared with content.xml ---

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

void styleStart(PackageXml& x, const char* name, const char* display, const char* family, const char* parent,
                const char* next, const char* styleClass)
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

// --- the parts ---

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

} // namespace pc::report::odt
