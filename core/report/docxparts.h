// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace pc::report {

struct Document;
struct DocumentMeta;
class PackageXml;

/// The DOCX writer's package parts other than word/document.xml (styles, numbering, settings,
/// relationships, content types, properties, headers and footers), and the page geometry, palette
/// and WordprocessingML helpers they share with the body in docxwriter.cpp.
namespace docx {

// Twentieths of a point: A4 with 2 cm margins.
inline constexpr int pageWidth = 11906;
inline constexpr int pageHeight = 16838;
inline constexpr int margin = 1134;
inline constexpr int textWidth = pageWidth - 2 * margin;

inline constexpr const char* accent = "1D4E89";
inline constexpr const char* ink = "1F2933";
inline constexpr const char* muted = "5F6B76";
inline constexpr const char* band = "DCE6F2";
inline constexpr const char* hairline = "BFC8D3";
inline constexpr const char* warning = "A31D1D";

/// The numbering of every bullet list; numbered lists get 2, 3, ... in document order, in the
/// body and in numbering.xml alike.
inline constexpr int bulletNumId = 1;

/// An empty element `name` with a w:val attribute.
void val(PackageXml& x, const char* name, const QString& value);
void val(PackageXml& x, const char* name, const char* value);
void val(PackageXml& x, const char* name, int value);

/// The w: and r: namespace declarations of a part's root element.
void rootNamespaces(PackageXml& x);

struct RunFormat
{
    bool bold = false;
    bool italic = false;
    const char* colour = nullptr;
    int halfPoints = 0;
};

/// A w:r holding `text`; line breaks and tabs become <w:br/> and <w:tab/>.
void run(PackageXml& x, const QString& text, const RunFormat& format = {});
/// A run holding one w:fldChar of `type` (begin, separate or end).
void fieldChar(PackageXml& x, const char* type);

// The parts, each a whole XML document. word/_rels/document.xml.rels names the headers and footers
// rIdHeader, rIdHeaderFirst, rIdFooter and rIdFooterFirst, as the body's section properties expect.
[[nodiscard]] QByteArray contentTypesPart();
[[nodiscard]] QByteArray packageRelationshipsPart();
[[nodiscard]] QByteArray documentRelationshipsPart();
[[nodiscard]] QByteArray stylesPart(const DocumentMeta& meta);
/// One bullet list definition shared by all bullet lists; one numbering per numbered list, each
/// restarting at its list's start.
[[nodiscard]] QByteArray numberingPart(const Document& document);
[[nodiscard]] QByteArray settingsPart(const DocumentMeta& meta);
/// A header (`root` "w:hdr") or footer ("w:ftr"); empty, for the title page, when `meta` is null.
[[nodiscard]] QByteArray headerOrFooter(const char* root, const DocumentMeta* meta);
[[nodiscard]] QByteArray corePart(const DocumentMeta& meta);
[[nodiscard]] QByteArray appPart();

} // namespace docx

} // namespace pc::report
