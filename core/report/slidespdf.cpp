// SPDX-License-Identifier: GPL-3.0-or-later
#include "slidespdf.h"

#include "pdffile.h"

#include "common/error.h"
#include "reportfonts.h"

#include <QDir>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QObject>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <memory>
#include <vector>

namespace pc::report {

namespace {

using namespace pdf;

constexpr qreal titleSize = 40;
constexpr qreal pointSize = 28;
constexpr qreal smallestPointSize = 20;
constexpr qreal footerSize = 14;

/// A slide page in device units: 960 x 540 pt (338.67 x 190.5 mm, 16:9).
struct Frame
{
    explicit Frame(const QPaintDevice& device)
        : width(device.width())
        , height(device.height())
    {
    }
    qreal width;
    qreal height;
    qreal side = points(64);
    [[nodiscard]] qreal textWidth() const { return width - 2 * side; }
    [[nodiscard]] qreal titleTop() const { return points(58); }
    [[nodiscard]] qreal footerTop() const { return height - points(40); }
    [[nodiscard]] qreal pointsBottom() const { return footerTop() - points(22); }
};

/// Some lines of one point: the whole point, or the part of a long one that fits on a slide.
struct Piece
{
    const TextFlow* flow = nullptr;
    int from = 0; // first line
    int to = 0;   // one past the last line
    bool bullet = true;
};

/// One page of the PDF: a slide, or a continuation of a Points slide that did not fit.
struct SlidePage
{
    const Slide* slide = nullptr;
    const TextFlow* title = nullptr;
    qreal pointSize = pointSize;
    QList<Piece> pieces;
};

class DeckLayout
{
public:
    DeckLayout(const QPaintDevice& device, const Frame& frame)
        : m_device(device)
        , m_frame(frame)
    {
    }

    QList<SlidePage> pages(const SlideDeck& deck)
    {
        QList<SlidePage> pages;
        for (const Slide& slide : deck.slides) {
            if (slide.kind == Slide::Kind::Points)
                pages.append(pointPages(slide));
            else
                pages.append(SlidePage{&slide, nullptr, pointSize, {}});
        }
        return pages;
    }

    const TextFlow* text(const QString& value, qreal size, qreal width, bool bold = false)
    {
        m_texts.push_back(
            std::make_unique<TextFlow>(m_device, Spans{Span{value}}, size, width, points(size * 0.12), bold));
        return m_texts.back().get();
    }

    [[nodiscard]] qreal indent(qreal size) const { return points(size * 1.25); }
    [[nodiscard]] qreal gap(qreal size) const { return points(size * 0.55); }
    /// Where the points start under a title.
    [[nodiscard]] qreal pointsTop(const TextFlow& title) const
    {
        return m_frame.titleTop() + title.height() + points(30);
    }

private:
    /// The points at the largest size that fits; at the smallest size, as many slides as they need.
    QList<SlidePage> pointPages(const Slide& slide)
    {
        const TextFlow* title = text(slide.title, titleSize, m_frame.textWidth(), true);
        const qreal room = m_frame.pointsBottom() - pointsTop(*title);
        for (qreal size = pointSize; size > smallestPointSize; size -= 2) {
            const QList<const TextFlow*> flows = layOut(slide.points, size);
            qreal height = 0;
            for (const TextFlow* flow : flows)
                height += flow->height() + (height > 0 ? gap(size) : 0);
            if (height <= room) {
                SlidePage page{&slide, title, size, {}};
                for (const TextFlow* flow : flows)
                    page.pieces.append({flow, 0, flow->lineCount(), true});
                return {page};
            }
        }
        return continued(slide, title, layOut(slide.points, smallestPointSize));
    }

    QList<const TextFlow*> layOut(const QStringList& points, qreal size)
    {
        QList<const TextFlow*> flows;
        for (const QString& point : points)
            flows.append(text(point, size, m_frame.textWidth() - indent(size)));
        return flows;
    }

    /// Packs points onto slides: a point moves whole to the next slide when it fits there, and one
    /// longer than a slide is cut between lines.
    QList<SlidePage> continued(const Slide& slide, const TextFlow* title, const QList<const TextFlow*>& flows)
    {
        const TextFlow* more =
            text(QObject::tr("%1 (continued)").arg(slide.title), titleSize, m_frame.textWidth(), true);
        QList<SlidePage> pages{SlidePage{&slide, title, smallestPointSize, {}}};
        qreal y = pointsTop(*title);
        const auto newPage = [&] {
            pages.append(SlidePage{&slide, more, smallestPointSize, {}});
            y = pointsTop(*more);
        };
        const qreal bottom = m_frame.pointsBottom();
        for (const TextFlow* flow : flows) {
            const qreal before = pages.constLast().pieces.isEmpty() ? 0 : gap(smallestPointSize);
            if (y + before + flow->height() > bottom && !pages.constLast().pieces.isEmpty()
                && pointsTop(*more) + flow->height() <= bottom)
                newPage();
            bool bullet = true;
            for (int line = 0; line < flow->lineCount();) {
                const bool empty = pages.constLast().pieces.isEmpty();
                const qreal space = empty || !bullet ? 0 : gap(smallestPointSize);
                if (!empty && y + space + flow->lineBottom(line) - flow->lineTop(line) > bottom) {
                    newPage();
                    continue;
                }
                y += space;
                int end = line + 1; // at least one line a slide, however tall
                while (end < flow->lineCount() && y + flow->lineBottom(end) - flow->lineTop(line) <= bottom)
                    ++end;
                pages.last().pieces.append({flow, line, end, bullet});
                y += flow->lineBottom(end - 1) - flow->lineTop(line);
                line = end;
                bullet = false;
            }
        }
        return pages;
    }

    const QPaintDevice& m_device;
    const Frame& m_frame;
    std::vector<std::unique_ptr<TextFlow>> m_texts;
};

class SlidePainter
{
public:
    SlidePainter(QPainter& painter, DeckLayout& layout, const Frame& frame, const SlideDeck& deck)
        : m_painter(painter)
        , m_layout(layout)
        , m_frame(frame)
        , m_deck(deck)
    {
    }

    void paint(const SlidePage& page, int number, int count)
    {
        switch (page.slide->kind) {
        case Slide::Kind::Title:
            titleSlide(*page.slide);
            return;
        case Slide::Kind::Section:
            sectionSlide(*page.slide);
            break;
        case Slide::Kind::Points:
            pointsSlide(page);
            break;
        }
        footer(page.slide->kind == Slide::Kind::Section, number, count);
    }

private:
    void titleSlide(const Slide& slide)
    {
        m_painter.fillRect(QRectF(0, 0, m_frame.width, m_frame.height), accent);
        m_painter.fillRect(QRectF(0, m_frame.height - points(18), m_frame.width, points(18)), accentPale);
        const qreal width = m_frame.textWidth();
        const TextFlow* title = m_layout.text(slide.title, 54, width, true);
        const TextFlow* subtitle = m_layout.text(slide.subtitle, 32, width);
        const TextFlow* dates = m_layout.text(slide.points.value(0), 26, width);
        const qreal height = title->height() + points(22) + subtitle->height() + points(34) + dates->height();
        qreal y = std::max(points(40), (m_frame.height - height) / 2);
        m_painter.fillRect(QRectF(m_frame.side, y - points(30), points(80), points(8)), accentPale);
        m_painter.setPen(Qt::white);
        title->draw(m_painter, QPointF(m_frame.side, y));
        y += title->height() + points(22);
        m_painter.setPen(accentPale);
        subtitle->draw(m_painter, QPointF(m_frame.side, y));
        y += subtitle->height() + points(34);
        m_painter.setPen(Qt::white);
        dates->draw(m_painter, QPointF(m_frame.side, y));
    }

    void sectionSlide(const Slide& slide)
    {
        m_painter.fillRect(QRectF(0, 0, m_frame.width, m_frame.height), accentDeep);
        m_painter.fillRect(QRectF(0, 0, points(22), m_frame.height), accentPale);
        const qreal width = m_frame.textWidth();
        const TextFlow* title = m_layout.text(slide.title, 48, width, true);
        const TextFlow* subtitle = m_layout.text(slide.subtitle, 28, width);
        const qreal height =
            title->height() + (slide.subtitle.isEmpty() ? 0 : points(20) + subtitle->height());
        qreal y = std::max(points(40), (m_frame.footerTop() - height) / 2);
        m_painter.setPen(Qt::white);
        title->draw(m_painter, QPointF(m_frame.side, y));
        y += title->height() + points(20);
        m_painter.setPen(accentPale);
        subtitle->draw(m_painter, QPointF(m_frame.side, y));
    }

    void pointsSlide(const SlidePage& page)
    {
        m_painter.fillRect(QRectF(0, 0, m_frame.width, points(12)), accent);
        m_painter.setPen(accent);
        page.title->draw(m_painter, QPointF(m_frame.side, m_frame.titleTop()));
        const qreal size = page.pointSize;
        qreal y = m_layout.pointsTop(*page.title);
        m_painter.fillRect(QRectF(m_frame.side, y - points(16), points(60), points(4)), accentPale);
        const qreal x = m_frame.side + m_layout.indent(size);
        for (qsizetype i = 0; i < page.pieces.size(); ++i) {
            const Piece& piece = page.pieces.at(i);
            if (i > 0 && piece.bullet)
                y += m_layout.gap(size);
            const qreal top = piece.flow->lineTop(piece.from);
            if (piece.bullet) {
                const qreal middle = y + piece.flow->lineAscent(piece.from) * 0.62;
                const qreal half = points(size * 0.14);
                m_painter.fillRect(QRectF(m_frame.side + points(4), middle - half, 2 * half, 2 * half),
                                   accent);
            }
            m_painter.setPen(ink);
            piece.flow->draw(m_painter, QPointF(x, y), top, piece.flow->lineTop(piece.to - 1) + 1);
            y += piece.flow->lineBottom(piece.to - 1) - top;
        }
    }

    void footer(bool dark, int number, int count)
    {
        const QFont font = reportFont(footerSize);
        const QFontMetricsF metrics(font, m_painter.device());
        const QString pageText = QStringLiteral("%1 / %2").arg(number).arg(count);
        const qreal top = m_frame.footerTop();
        const qreal width = m_frame.textWidth();
        if (!dark) {
            m_painter.setPen(QPen(hairline, points(0.75)));
            m_painter.drawLine(QPointF(m_frame.side, top - points(8)),
                               QPointF(m_frame.width - m_frame.side, top - points(8)));
        }
        m_painter.setFont(font);
        m_painter.setPen(dark ? accentPale : muted);
        const QRectF area(m_frame.side, top, width, metrics.height());
        m_painter.drawText(area, Qt::AlignLeft | Qt::AlignTop,
                           metrics.elidedText(m_deck.footer, Qt::ElideRight,
                                              width - metrics.horizontalAdvance(pageText) - points(24)));
        m_painter.drawText(area, Qt::AlignRight | Qt::AlignTop, pageText);
    }

    QPainter& m_painter;
    DeckLayout& m_layout;
    const Frame& m_frame;
    const SlideDeck& m_deck;
};

void write(QPdfWriter& writer, const SlideDeck& deck, const Progress& progress)
{
    const Frame frame(writer);
    DeckLayout layout(writer, frame);
    const QList<SlidePage> pages = layout.pages(deck);
    QPainter painter;
    if (!painter.begin(&writer))
        throw Error(ErrorKind::Io, QObject::tr("Could not start the PDF."));
    painter.setRenderHint(QPainter::Antialiasing);
    SlidePainter slides(painter, layout, frame, deck);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        slides.paint(pages.at(i), int(i) + 1, int(pages.size()));
        advance(progress, int(i) + 1, int(pages.size()), QObject::tr("the slides"));
    }
    painter.end();
}

} // namespace

void writeSlidesPdf(const QString& path, const SlideDeck& deck, const Progress& progress)
{
    const Slide* first = deck.slides.isEmpty() ? nullptr : &deck.slides.constFirst();
    const QString title = first ? first->subtitle.isEmpty()
                                      ? first->title
                                      : QStringLiteral("%1 – %2").arg(first->title, first->subtitle)
                                : deck.footer;
    // 960 x 540 pt: 338.67 x 190.5 mm, the 16:9 slide of the presentation programs.
    writePdfFile(path, QObject::tr("the slides"),
                 QPageLayout(QPageSize(QSize(960, 540), QObject::tr("Slide 16:9"), QPageSize::ExactMatch),
                             QPageLayout::Portrait, QMarginsF()),
                 dpi, title, [&](QPdfWriter& writer) { write(writer, deck, progress); });
}

} // namespace pc::report
