// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace pc::report {

struct DocumentMeta;
class PackageXml;

/// The ODT writer's parts other than content.xml (styles.xml with its fonts, named, list and page
/// styles; meta.xml; the manifest), and the palette and ODF helpers they share with content.xml
/// in odtwriter.cpp.
namespace odt {

inline constexpr double textWidthCm = 17.0; // A4 less 2 cm margins
inline constexpr const char* accent = "#1d4e89";
inline constexpr const char* ink = "#1f2933";
inline constexpr const char* muted = "#5f6b76";
inline constexpr const char* band = "#dce6f2";
inline constexpr const char* warning = "#a31d1d";
inline constexpr const char* border = "0.5pt solid #bfc8d3";

/// The namespace declarations and office:version of a part's root element.
void namespaces(PackageXml& x);

/// `value` as an ODF length in centimetres ("1.250cm").
[[nodiscard]] QString cm(double value);

/// Text in ODF's white-space model: runs of spaces as text:s, tabs and line breaks as elements.
/// `afterSpace` carries across the spans of one paragraph (true at its start).
void odfText(PackageXml& x, const QString& text, bool& afterSpace);

/// Starts a style:style; the caller adds its properties and ends it.
void styleStart(PackageXml& x, const char* name, const char* display, const char* family, const char* parent,
                const char* next = nullptr, const char* styleClass = nullptr);

// The parts, each a whole XML document.
[[nodiscard]] QByteArray stylesPart(const DocumentMeta& meta);
[[nodiscard]] QByteArray manifestPart();
[[nodiscard]] QByteArray metaPart(const DocumentMeta& meta);

} // namespace odt

} // namespace pc::report
