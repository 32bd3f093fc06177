// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpdf.h"

#include "pdffile.h"

#include "common/error.h"
#include "reportfonts.h"

#include <QDir>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QObject>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <vector>

namespace pc::report {

namespace {

using namespace pdf;

constexpr qreal bodySize = 11;
constexpr qreal tableSize = 9.5;
constexpr qreal marginSize = 8.5; // the running header and the footer

/// Where things go on an A4 page, in device units.
struct Sheet
{
    explicit Sheet(const QPaintDevice& device)
        : width(device.width())
        , height(device.height())
    {
    }
    qreal width;
    qreal height;
    qreal left = mm(24);
    qreal top = mm(26); // the body, under the running header
    [[nodiscard]] qreal textWidth() const { return width - 2 * left; }
    [[nodiscard]] qreal right() const { return width - left; }
    [[nodiscard]] qreal bottom() const { return height - mm(24); } // the body, above the footer
};

/// One unbreakable piece of a page's body: a line of a paragraph, a heading, a table row, a
/// contents entry. Paints itself at a given top; its x is its own.
struct Box
{
    qreal height = 0;
    qreal spaceBefore = 0; // dropped at the top of a page
    bool keepWithNext = false;
    bool breakBefore = false;
    int repeat = -1; // a table row: its header row's box, repeated at the top of a page it starts
    std::function<void(QPainter&, qreal)> paint;
};

struct Placement
{
    int box = 0;
    qreal y = 0;
};
using Page = QList<Placement>;

/// Boxes and the laid-out text they paint (owned here; the boxes' painters point into it).
struct Flow
{
    std::vector<std::unique_ptr<TextFlow>> texts;
    QList<Box> boxes;
};

/// A heading listed in the contents, and its box in the body.
struct Entry
{
    int level = 1;
    QString text;
    int box = 0;
};

/// Turns the blocks of a document into boxes for the body.
class BodyBuilder
{
public:
    BodyBuilder(const QPaintDevice& device, const Sheet& sheet, Flow& flow)
        : m_device(device)
        , m_sheet(sheet)
        , m_flow(flow)
    {
    }

    QList<Entry> build(const QList<Block>& blocks)
    {
        bool afterHeading = false;
        bool breakNext = false;
        for (const Block& block : blocks) {
            if (block.kind == Block::Kind::PageBreak) {
                breakNext = true;
                continue;
            }
            const qsizetype first = m_flow.boxes.size();
            add(block);
            if (m_flow.boxes.size() == first)
                continue;
            Box& opening = m_flow.boxes[first];
            opening.breakBefore = opening.breakBefore || breakNext;
            // A heading keeps with the first two lines of what follows it (or all of it, if shorter).
            if (afterHeading && block.kind != Block::Kind::Heading && m_flow.boxes.size() - first >= 2)
                opening.keepWithNext = true;
            afterHeading = block.kind == Block::Kind::Heading;
            breakNext = false;
        }
        return m_entries;
    }

private:
    void add(const Block& block)
    {
        switch (block.kind) {
        case Block::Kind::Heading:
            heading(block);
            break;
        case Block::Kind::Paragraph:
            lines(text(block.spans, bodySize, m_sheet.textWidth(), points(2.6)), m_sheet.left, mm(3.2));
            break;
        case Block::Kind::BulletList:
        case Block::Kind::NumberedList:
            list(block);
            break;
        case Block::Kind::Table:
            table(block.table);
            break;
        case Block::Kind::PageBreak:
            break;
        }
    }

    const TextFlow* text(const Spans& spans, qreal size, qreal width, qreal leading, bool bold = false)
    {
        m_flow.texts.push_back(std::make_unique<TextFlow>(m_device, spans, size, width, leading, bold));
        return m_flow.texts.back().get();
    }

    void heading(const Block& block)
    {
        const int level = std::clamp(block.level, 1, 3);
        struct Style
        {
            qreal size;
            QColor colour;
            qreal before;
            qreal after;
        };
        const Style style = level == 1   ? Style{20, accent, mm(10), mm(6)}
                            : level == 2 ? Style{14, accent, mm(7), mm(2.2)}
                                         : Style{11.5, ink, mm(5), mm(1.2)};
        const TextFlow* flow =
            text(Spans{Span{headingText(block)}}, style.size, m_sheet.textWidth(), points(2), true);
        const qreal x = m_sheet.left;
        const qreal right = m_sheet.right();
        const qreal height = flow->height();
        Box box;
        box.height = height + style.after;
        box.spaceBefore = style.before;
        box.keepWithNext = true;
        box.breakBefore = level == 1; // a major section starts a page
        box.paint = [flow, x, right, height, level, colour = style.colour](QPainter& painter, qreal y) {
            painter.setPen(colour);
            flow->draw(painter, QPointF(x, y));
            if (level == 1) {
                painter.setPen(QPen(accentPale, points(1)));
                painter.drawLine(QPointF(x, y + height + mm(2.2)), QPointF(right, y + height + mm(2.2)));
            }
        };
        if (level <= 2 && block.inContents)
            m_entries.append({level, headingText(block), int(m_flow.boxes.size())});
        m_flow.boxes.append(box);
    }

    /// One box per line of a paragraph, keeping a first line from standing alone at the foot of a
    /// page and a last line alone at the top. Returns the first line's box.
    qsizetype lines(const TextFlow* flow, qreal x, qreal spaceBefore)
    {
        const qsizetype first = m_flow.boxes.size();
        const int count = flow->lineCount();
        for (int i = 0; i < count; ++i) {
            Box box;
            box.height = flow->linePitch(i);
            box.spaceBefore = i == 0 ? spaceBefore : 0;
            box.keepWithNext = (i == 0 && count > 1) || i == count - 2;
            box.paint = [flow, x, i](QPainter& painter, qreal y) {
                painter.setPen(ink);
                flow->drawLine(painter, i, QPointF(x, y));
            };
            m_flow.boxes.append(box);
        }
        return first;
    }

    void list(const Block& block)
    {
        const bool numbered = block.kind == Block::Kind::NumberedList;
        const qreal indent = numbered ? mm(9) : mm(6.5);
        const qreal x = m_sheet.left + mm(1.5);
        for (qsizetype i = 0; i < block.items.size(); ++i) {
            const TextFlow* item =
                text(block.items.at(i), bodySize, m_sheet.textWidth() - mm(1.5) - indent, points(2.6));
            const qsizetype first = lines(item, x + indent, i == 0 ? mm(3.2) : mm(1.6));
            const QString label = numbered ? QStringLiteral("%1.").arg(block.start + i) : QStringLiteral("•");
            const TextFlow* marker = text(Spans{Span{label, numbered}}, bodySize, indent, 0);
            // Numbers end at a common right edge; bullets sit at the left.
            const qreal markerX = numbered ? x + indent - mm(2.2) - marker->lineWidth(0) : x + mm(1);
            Box& box = m_flow.boxes[first];
            box.paint = [line = box.paint, marker, markerX](QPainter& painter, qreal y) {
                line(painter, y);
                painter.setPen(accent);
                marker->drawLine(painter, 0, QPointF(markerX, y));
            };
        }
    }

    void table(const Table& table)
    {
        qsizetype columns = table.header.size();
        for (const QStringList& row : table.rows)
            columns = std::max(columns, row.size());
        if (columns == 0)
            return;
        QList<qreal> weights;
        for (qsizetype c = 0; c < columns; ++c)
            weights.append(table.widths.size() == columns ? std::max(table.widths.at(c), 1) : 1);
        qreal total = 0;
        for (const qreal weight : weights)
            total += weight;
        QList<qreal> xs{m_sheet.left};
        for (const qreal weight : weights)
            xs.append(xs.constLast() + m_sheet.textWidth() * weight / total);

        int header = -1;
        if (!table.header.isEmpty()) {
            header = int(m_flow.boxes.size());
            row(table.header, xs, true, -1, mm(4));
        }
        for (qsizetype r = 0; r < table.rows.size(); ++r)
            row(table.rows.at(r), xs, false, header, r == 0 && header < 0 ? mm(4) : 0);
    }

    /// A table row; one taller than a page is cut into slices at line boundaries.
    void row(const QStringList& cells, const QList<qreal>& xs, bool header, int repeat, qreal spaceBefore)
    {
        const qreal padX = mm(1.8);
        const qreal padY = mm(1.4);
        QList<const TextFlow*> flows;
        qreal content = 0;
        qreal pitch = 0;
        for (qsizetype c = 0; c + 1 < xs.size(); ++c) {
            const TextFlow* flow = text(Spans{Span{cells.value(c)}}, tableSize,
                                        xs.at(c + 1) - xs.at(c) - 2 * padX, points(1.5), header);
            flows.append(flow);
            content = std::max(content, flow->height());
            pitch = std::max(pitch, flow->linePitch(0));
        }
        const qreal headerHeight = repeat >= 0 ? m_flow.boxes.at(repeat).height : 0;
        const qreal room = m_sheet.bottom() - m_sheet.top - headerHeight - 2 * padY;
        const qreal slice = content <= room ? content + 1 : std::max(pitch, std::floor(room / pitch) * pitch);
        for (qreal from = 0; from < content; from += slice) {
            const qreal to = from + slice;
            Box box;
            box.height = std::min(content, to) - from + 2 * padY;
            box.spaceBefore = from == 0 ? spaceBefore : 0;
            box.keepWithNext = header;
            box.repeat = repeat;
            box.paint = [flows, xs, header, from, to, padX, padY, height = box.height](QPainter& painter,
                                                                                       qreal y) {
                const QRectF area(xs.constFirst(), y, xs.constLast() - xs.constFirst(), height);
                if (header)
                    painter.fillRect(area, band);
                painter.setPen(header ? accent : ink);
                for (qsizetype c = 0; c < flows.size(); ++c)
                    flows.at(c)->draw(painter, QPointF(xs.at(c) + padX, y + padY), from, to);
                painter.setPen(QPen(header ? accent : hairline, points(header ? 0.8 : 0.5)));
                painter.drawLine(area.bottomLeft(), area.bottomRight());
            };
            m_flow.boxes.append(box);
        }
    }

    const QPaintDevice& m_device;
    const Sheet& m_sheet;
    Flow& m_flow;
    QList<Entry> m_entries;
};

/// Splits boxes into pages: a run of boxes that keep together moves to a new page when it does not
/// fit (unless it would not fit on a page of its own either), a table row that starts a page brings
/// its header row along, and a box that breaks before starts a page.
QList<Page> paginate(const QList<Box>& boxes, qreal top, qreal bottom)
{
    QList<Page> pages(1);
    qreal y = top;
    const auto newPage = [&] {
        pages.append(Page());
        y = top;
    };
    // The room a box takes where the page now is.
    const auto need = [&](int i, bool empty) {
        const Box& box = boxes.at(i);
        qreal height = box.height + (empty ? 0 : box.spaceBefore);
        if (empty && box.repeat >= 0)
            height += boxes.at(box.repeat).height;
        return height;
    };
    const auto place = [&](int i) {
        const Box& box = boxes.at(i);
        if (pages.constLast().isEmpty() && box.repeat >= 0) {
            pages.last().append({box.repeat, y});
            y += boxes.at(box.repeat).height;
        } else if (!pages.constLast().isEmpty()) {
            y += box.spaceBefore;
        }
        pages.last().append({i, y});
        y += box.height;
    };
    for (int i = 0; i < boxes.size();) {
        if (boxes.at(i).breakBefore && !pages.constLast().isEmpty())
            newPage();
        int last = i;
        qreal together = need(i, pages.constLast().isEmpty());
        qreal alone = need(i, true);
        while (boxes.at(last).keepWithNext && last + 1 < boxes.size() && !boxes.at(last + 1).breakBefore) {
            ++last;
            together += need(last, false);
            alone += need(last, false);
        }
        if (!pages.constLast().isEmpty() && y + together > bottom && top + alone <= bottom)
            newPage();
        for (int k = i; k <= last; ++k) {
            if (!pages.constLast().isEmpty() && y + need(k, false) > bottom)
                newPage();
            place(k);
        }
        i = last + 1;
    }
    if (pages.constLast().isEmpty())
        pages.removeLast();
    return pages;
}

/// The contents: a heading, then one entry per listed heading with dotted leaders to its page.
void buildContents(const QPaintDevice& device, const Sheet& sheet, const QList<Entry>& entries,
                   const QList<int>& pages, Flow& flow)
{
    const TextFlow* title =
        flow.texts
            .emplace_back(std::make_unique<TextFlow>(device, Spans{Span{QObject::tr("Contents")}}, 20,
                                                     sheet.textWidth(), 0, true))
            .get();
    Box heading;
    heading.height = title->height() + mm(8);
    heading.paint = [title, x = sheet.left](QPainter& painter, qreal y) {
        painter.setPen(accent);
        title->draw(painter, QPointF(x, y));
    };
    flow.boxes.append(heading);

    const qreal numberWidth = mm(14);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry& entry = entries.at(i);
        const bool major = entry.level == 1;
        const qreal x = sheet.left + (major ? 0 : mm(8));
        const TextFlow* text =
            flow.texts
                .emplace_back(std::make_unique<TextFlow>(device, Spans{Span{entry.text}}, major ? 11.5 : 11,
                                                         sheet.right() - numberWidth - x, points(2), major))
                .get();
        const QString number = QString::number(pages.value(i));
        const QFont font = reportFont(major ? 11.5 : 11, major);
        const qreal right = sheet.right();
        Box box;
        box.height = text->height() + mm(1.8);
        box.spaceBefore = major ? mm(3) : 0;
        box.keepWithNext = major && i + 1 < entries.size() && entries.at(i + 1).level > 1;
        box.paint = [text, x, right, number, font, numberWidth, &device](QPainter& painter, qreal y) {
            painter.setPen(ink);
            text->draw(painter, QPointF(x, y));
            const int last = text->lineCount() - 1;
            const qreal baseline = y + text->lineTop(last) + text->lineAscent(last);
            painter.setFont(font);
            const qreal numberX = right - QFontMetricsF(font, &device).horizontalAdvance(number);
            painter.drawText(QPointF(numberX, baseline), number);
            // Leader dots on a common grid, so they line up from entry to entry.
            const qreal step = mm(1.5);
            painter.setPen(Qt::NoPen);
            painter.setBrush(muted);
            const qreal end = std::min(numberX, right - numberWidth + mm(6)) - mm(2);
            for (qreal dot = std::ceil((x + text->lineWidth(last) + mm(2)) / step) * step; dot < end;
                 dot += step)
                painter.drawEllipse(QPointF(dot, baseline - points(0.6)), points(0.45), points(0.45));
            painter.setBrush(Qt::NoBrush);
        };
        flow.boxes.append(box);
    }
}

void paintTitlePage(QPainter& painter, const Sheet& sheet, const DocumentMeta& meta,
                    const QPaintDevice& device)
{
    const qreal width = sheet.textWidth();
    const TextFlow kind(device, Spans{Span{meta.kind.toUpper()}}, 12, width, 0, true);
    const TextFlow title(device, Spans{Span{meta.title}}, 34, width, points(4), true);
    const TextFlow subtitle(device, Spans{Span{meta.subtitle}}, 21, width, points(3));
    const qreal titleTop = mm(62) + kind.height() + mm(5);
    const qreal subtitleTop = titleTop + title.height() + mm(5);
    const qreal blockBottom = std::max(mm(132), subtitleTop + subtitle.height() + mm(16));

    painter.fillRect(QRectF(0, 0, sheet.width, blockBottom), accent);
    painter.fillRect(QRectF(0, blockBottom, sheet.width, mm(2.5)), accentPale);
    painter.setPen(accentPale);
    kind.draw(painter, QPointF(sheet.left, mm(62)));
    painter.setPen(Qt::white);
    title.draw(painter, QPointF(sheet.left, titleTop));
    painter.setPen(accentPale);
    subtitle.draw(painter, QPointF(sheet.left, subtitleTop));

    const TextFlow dates(device, Spans{Span{meta.dates}}, 15, width, points(2));
    painter.setPen(ink);
    dates.draw(painter, QPointF(sheet.left, blockBottom + mm(16)));

    const qreal foot = sheet.height - mm(30);
    painter.setPen(QPen(hairline, points(0.5)));
    painter.drawLine(QPointF(sheet.left, foot - mm(4)), QPointF(sheet.right(), foot - mm(4)));
    const TextFlow version(device, Spans{Span{meta.version}}, 10.5, width - mm(30), 0);
    painter.setPen(muted);
    version.draw(painter, QPointF(sheet.left, foot));
    if (meta.draft) {
        const QFont font = reportFont(10.5, true);
        const QString mark = QObject::tr("DRAFT");
        const QFontMetricsF metrics(font, &device);
        const QRectF tag(sheet.right() - metrics.horizontalAdvance(mark) - mm(6), foot - mm(1.5),
                         metrics.horizontalAdvance(mark) + mm(6), metrics.height() + mm(2.4));
        painter.setPen(QPen(warning, points(1)));
        painter.drawRect(tag);
        painter.setFont(font);
        painter.drawText(tag, Qt::AlignCenter, mark);
    }
}

void paintMargins(QPainter& painter, const Sheet& sheet, const DocumentMeta& meta, int page, int pages)
{
    const QFont font = reportFont(marginSize);
    const QFont bold = reportFont(marginSize, true);
    const qreal lineHeight = QFontMetricsF(font, painter.device()).height();
    const qreal headerY = mm(12);
    const qreal footerY = sheet.height - mm(17);
    const qreal width = sheet.textWidth();

    const QString draft = meta.draft ? QObject::tr("DRAFT") : QString();
    const qreal draftWidth = QFontMetricsF(bold, painter.device()).horizontalAdvance(draft);
    const QString header = QFontMetricsF(font, painter.device())
                               .elidedText(meta.header, Qt::ElideRight, width - draftWidth - mm(8));
    painter.setFont(font);
    painter.setPen(muted);
    painter.drawText(QRectF(sheet.left, headerY, width, lineHeight), Qt::AlignLeft | Qt::AlignTop, header);
    if (meta.draft) {
        painter.setFont(bold);
        painter.setPen(warning);
        painter.drawText(QRectF(sheet.left, headerY, width, lineHeight), Qt::AlignRight | Qt::AlignTop,
                         draft);
    }
    painter.setPen(QPen(hairline, points(0.5)));
    painter.drawLine(QPointF(sheet.left, headerY + lineHeight + mm(1.5)),
                     QPointF(sheet.right(), headerY + lineHeight + mm(1.5)));
    painter.drawLine(QPointF(sheet.left, footerY - mm(2)), QPointF(sheet.right(), footerY - mm(2)));

    const QString pageText = QObject::tr("Page %1 of %2").arg(page).arg(pages);
    const qreal pageWidth = QFontMetricsF(font, painter.device()).horizontalAdvance(pageText);
    const QString version = QFontMetricsF(font, painter.device())
                                .elidedText(meta.version, Qt::ElideRight, width - pageWidth - mm(8));
    painter.setFont(font);
    painter.setPen(muted);
    painter.drawText(QRectF(sheet.left, footerY, width, lineHeight), Qt::AlignLeft | Qt::AlignTop, version);
    painter.drawText(QRectF(sheet.left, footerY, width, lineHeight), Qt::AlignRight | Qt::AlignTop, pageText);
}

/// Where each contents entry's heading is printed, counting the title and contents pages.
QList<int> entryPages(const QList<Entry>& entries, const QList<Page>& body, int firstBodyPage)
{
    QHash<int, int> pageOfBox;
    for (qsizetype page = 0; page < body.size(); ++page)
        for (const Placement& placed : body.at(page))
            pageOfBox.insert(placed.box, firstBodyPage + int(page));
    QList<int> pages;
    for (const Entry& entry : entries)
        pages.append(pageOfBox.value(entry.box));
    return pages;
}

class PagePainter
{
public:
    PagePainter(QPdfWriter& writer, const Sheet& sheet, const DocumentMeta& meta, const Progress& progress,
                int pages)
        : m_writer(writer)
        , m_sheet(sheet)
        , m_meta(meta)
        , m_progress(progress)
        , m_pages(pages)
    {
        if (!m_painter.begin(&writer))
            throw Error(ErrorKind::Io, QObject::tr("Could not start the PDF."));
        m_painter.setRenderHint(QPainter::Antialiasing);
        paintTitlePage(m_painter, sheet, meta, writer);
        done();
    }

    void paint(const Flow& flow, const QList<Page>& pages)
    {
        for (const Page& page : pages) {
            m_writer.newPage();
            paintMargins(m_painter, m_sheet, m_meta, m_page + 1, m_pages);
            for (const Placement& placed : page)
                flow.boxes.at(placed.box).paint(m_painter, placed.y);
            done();
        }
    }

    void finish() { m_painter.end(); }

private:
    void done() { advance(m_progress, ++m_page, m_pages, QObject::tr("the report")); }

    QPdfWriter& m_writer;
    const Sheet& m_sheet;
    const DocumentMeta& m_meta;
    const Progress& m_progress;
    int m_pages;
    int m_page = 0;
    QPainter m_painter;
};

void write(QPdfWriter& writer, const Document& document, const Progress& progress)
{
    const Sheet sheet(writer);
    Flow body;
    const QList<Entry> entries = BodyBuilder(writer, sheet, body).build(document.blocks);
    const QList<Page> bodyPages = paginate(body.boxes, sheet.top, sheet.bottom());

    // The contents cannot number its entries before it knows its own length: lay it out with
    // the numbers it has, then again with the real ones, until they agree.
    Flow contents;
    QList<Page> contentsPages;
    if (document.meta.contents && !entries.isEmpty()) {
        QList<int> numbers(entries.size(), 0);
        for (int pass = 0; pass < 4; ++pass) {
            contents = Flow();
            buildContents(writer, sheet, entries, numbers, contents);
            contentsPages = paginate(contents.boxes, sheet.top, sheet.bottom());
            const QList<int> printed = entryPages(entries, bodyPages, 2 + int(contentsPages.size()));
            if (printed == numbers)
                break;
            numbers = printed;
        }
    }

    PagePainter pages(writer, sheet, document.meta, progress,
                      1 + int(contentsPages.size()) + int(bodyPages.size()));
    pages.paint(contents, contentsPages);
    pages.paint(body, bodyPages);
    pages.finish();
}

} // namespace

void writeReportPdf(const QString& path, const Document& document, const Progress& progress)
{
    const QString title = document.meta.subtitle.isEmpty()
                              ? document.meta.title
                              : QStringLiteral("%1 – %2").arg(document.meta.title, document.meta.subtitle);
    writePdfFile(path, QObject::tr("the report"),
                 QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()), dpi, title,
                 [&](QPdfWriter& writer) { write(writer, document, progress); });
}

} // namespace pc::report
