// SPDX-License-Identifier: GPL-3.0-or-later
// The type of the paged writers: Carlito (SIL OFL, metric-compatible with Calibri), compiled into the
// report library from Debian's fonts-crosextra-carlito so a report looks the same on every machine,
// and text laid out in it.
#pragma once

#include "reportdocument.h"

#include <QFont>
#include <QString>
#include <QTextLayout>

class QPainter;
class QPaintDevice;

namespace pc::report {

/// Registers the bundled Carlito faces (":/fonts/Carlito-*.ttf") once per process and returns their
/// family, "Carlito"; empty when the resources are missing, and the writers then use the platform's
/// sans serif. Needs a QGuiApplication.
[[nodiscard]] QString reportFontFamily();

/// The report face at `pointSize`: unhinted, so the layout measured is the layout printed at any
/// zoom, and with a hair of letter spacing, which turns ligatures off so that "fi" copies and
/// searches as two letters.
[[nodiscard]] QFont reportFont(qreal pointSize, bool bold = false, bool italic = false);

/// Spans laid out in the report face, ragged right, to a width on the device they are painted on
/// (so what is measured is what is printed). Lines stack from y = 0, `leading` apart.
class TextFlow
{
public:
    TextFlow(const QPaintDevice& device, const Spans& spans, qreal pointSize, qreal width, qreal leading,
             bool bold = false);
    TextFlow(const TextFlow&) = delete;
    TextFlow& operator=(const TextFlow&) = delete;

    [[nodiscard]] int lineCount() const { return m_layout.lineCount(); }
    [[nodiscard]] qreal lineTop(int line) const;
    /// From the first line's top to a line's bottom (its leading not included).
    [[nodiscard]] qreal lineBottom(int line) const;
    /// From a line's top to the next line's top.
    [[nodiscard]] qreal linePitch(int line) const;
    [[nodiscard]] qreal lineWidth(int line) const;
    [[nodiscard]] qreal lineAscent(int line) const;
    /// From the first line's top to the last line's bottom.
    [[nodiscard]] qreal height() const;

    /// Paints the lines whose tops lie in [from, to), the line at `from` placed at `topLeft`.
    void draw(QPainter& painter, const QPointF& topLeft, qreal from = 0, qreal to = 1e12) const;
    void drawLine(QPainter& painter, int line, const QPointF& topLeft) const;

private:
    QTextLayout m_layout;
    qreal m_leading = 0;
};

} // namespace pc::report
