// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulepdf.h"

#include "pdffile.h"

#include "common/error.h"
#include "exchange/schedulecsv.h"
#include "rules/deadlines.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QObject>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <utility>

namespace pc {

namespace {

using namespace report::pdf;

constexpr qreal marginMm = 18;

/// DejaVu Sans where fonts-dejavu-core put it, so the PDF looks the same on every Linux machine;
/// otherwise the platform's sans serif. Registered once per process (font registration is).
QString dejaVuFamily()
{
    static const QString family = [] {
        const QDir folder(QStringLiteral("/usr/share/fonts/truetype/dejavu"));
        QString found;
        for (const QString& file :
             {QStringLiteral("DejaVuSans.ttf"), QStringLiteral("DejaVuSans-Bold.ttf")}) {
            if (!QFile::exists(folder.filePath(file)))
                continue;
            const int id = QFontDatabase::addApplicationFont(folder.filePath(file));
            if (id >= 0 && found.isEmpty())
                found = QFontDatabase::applicationFontFamilies(id).value(0);
        }
        return found;
    }();
    return family;
}

QFont makeFont(qreal size, bool bold = false, bool struck = false)
{
    QFont font;
    const QString family = dejaVuFamily();
    if (family.isEmpty()) {
        font.setStyleHint(QFont::SansSerif);
        font.setFamily(QFontDatabase::systemFont(QFontDatabase::GeneralFont).family());
    } else {
        font.setFamily(family);
    }
    font.setPointSizeF(size);
    font.setBold(bold);
    font.setStrikeOut(struck);
    // Unhinted metrics: the layout measured is the layout printed, at any zoom.
    font.setHintingPreference(QFont::PreferNoHinting);
    // Any letter spacing turns ligatures off, so "fi" copies and searches as two letters.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return font;
}

QLocale britishEnglish()
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString dayTitle(const QDate& day)
{
    return britishEnglish().toString(day, QStringLiteral("dddd d MMMM yyyy"));
}

/// Where a block goes: a day heading (repeated, "continued", at the top of a page a day runs
/// onto) or a session row.
struct Placement
{
    enum class What { Heading, Row } what = What::Row;
    int session = 0; // index into the sorted sessions
    bool continued = false;
    qreal y = 0;
};

/// Measures and paints the parts of the timetable. Every part is one function that measures when
/// given no painter and paints when given one, so what is measured is what is printed.
class TimetableLayout
{
public:
    TimetableLayout(QPaintDevice& device, const SchedulePdfInput& input, const QList<Session>& sessions)
        : m_device(device)
        , m_input(input)
        , m_sessions(sessions)
        , m_content(mm(marginMm), mm(marginMm), device.width() - 2 * mm(marginMm),
                    device.height() - 2 * mm(marginMm))
    {
    }

    [[nodiscard]] qreal top() const { return m_content.top(); }
    /// The lowest y a block may reach: above the footer.
    [[nodiscard]] qreal bottom() const { return m_content.bottom() - mm(9); }

    qreal title(QPainter* painter, qreal y) const
    {
        const qreal start = y;
        y += text(painter, makeFont(19, true), ink, y, 0, m_content.width(), m_input.engagementTitle);
        if (!m_input.hostName.isEmpty())
            y +=
                mm(1) + text(painter, makeFont(11), muted, y + mm(1), 0, m_content.width(), m_input.hostName);
        y += mm(5);
        y += text(painter, makeFont(13, true), accent, y, 0, m_content.width(), heading());
        y += mm(1) + text(painter, makeFont(9.5), muted, y + mm(1), 0, m_content.width(), summary());
        y += mm(3);
        if (painter) {
            painter->setPen(QPen(accent, points(1.2)));
            painter->drawLine(QPointF(m_content.left(), y), QPointF(m_content.right(), y));
        }
        return y + mm(6) - start;
    }

    qreal caption(QPainter* painter, qreal y) const
    {
        const QFont font = makeFont(7.5, true);
        const QString team = m_input.member ? QObject::tr("Your part") : QObject::tr("Team");
        text(painter, font, muted, y, timeX(), timeWidth(), QObject::tr("Time").toUpper());
        text(painter, font, muted, y, sessionX(), sessionWidth(), QObject::tr("Session").toUpper());
        return text(painter, font, muted, y, teamX(), teamWidth(), team.toUpper()) + mm(1.5);
    }

    qreal dayHeading(QPainter* painter, const QDate& day, bool continued, qreal y) const
    {
        const QFont font = makeFont(11, true);
        const QString label = continued ? QObject::tr("%1 (continued)").arg(dayTitle(day)) : dayTitle(day);
        const qreal height = QFontMetricsF(font, &m_device).height() + mm(3);
        if (painter) {
            painter->fillRect(QRectF(m_content.left(), y, m_content.width(), height), band);
            text(painter, font, accent, y + mm(1.5), mm(2), m_content.width() - mm(4), label);
        }
        return height;
    }

    qreal row(QPainter* painter, const Session& session, qreal y) const
    {
        const bool cancelled = session.isCancelled();
        const QColor main = cancelled ? muted : ink;
        const qreal top = y + mm(2.2);

        qreal left = text(painter, makeFont(9.5, true, cancelled), main, top, timeX(), timeWidth(),
                          timeRange(session));
        for (const auto& [note, colour] : timeNotes(session))
            left += mm(0.6)
                    + text(painter, makeFont(7.5, true), colour, top + left + mm(0.6), timeX(), timeWidth(),
                           note);

        const QString title =
            session.title.trimmed().isEmpty() ? sessionKindLabel(session.kind) : session.title;
        qreal middle =
            text(painter, makeFont(9.5, true, cancelled), main, top, sessionX(), sessionWidth(), title);
        middle += mm(0.8)
                  + text(painter, makeFont(8.5), muted, top + middle + mm(0.8), sessionX(), sessionWidth(),
                         details(session));
        const QString themes = exchange::themesText(session, m_input.themeTitles, QStringLiteral(", "));
        if (!themes.isEmpty())
            middle += mm(0.6)
                      + text(painter, makeFont(7.5), muted, top + middle + mm(0.6), sessionX(),
                             sessionWidth(), QObject::tr("Themes: %1").arg(themes));

        const qreal right =
            m_input.member ? partCell(painter, session, top, main) : teamCell(painter, session, top, main);

        const qreal height = std::max({left, middle, right}) + mm(4.4);
        if (painter) {
            painter->setPen(QPen(hairline, points(0.5)));
            painter->drawLine(QPointF(m_content.left(), y + height), QPointF(m_content.right(), y + height));
        }
        return height;
    }

    void footer(QPainter& painter, int page, int pages) const
    {
        const QFont font = makeFont(7.5);
        const qreal y = m_content.bottom() - QFontMetricsF(font, &m_device).height();
        painter.setPen(QPen(hairline, points(0.5)));
        painter.drawLine(QPointF(m_content.left(), y - mm(2)), QPointF(m_content.right(), y - mm(2)));
        const QString pageText = QObject::tr("Page %1 of %2").arg(page).arg(pages);
        const qreal pageWidth = QFontMetricsF(font, &m_device).horizontalAdvance(pageText);
        const QString title =
            QFontMetricsF(font, &m_device)
                .elidedText(m_input.engagementTitle, Qt::ElideRight, m_content.width() - pageWidth - mm(8));
        text(&painter, font, muted, y, 0, m_content.width() - pageWidth - mm(8), title);
        painter.setFont(font);
        painter.drawText(QRectF(m_content.left(), y, m_content.width(), mm(6)), Qt::AlignRight | Qt::AlignTop,
                         pageText);
    }

    qreal emptyNote(QPainter* painter, qreal y) const
    {
        const QString note = m_input.member
                                 ? QObject::tr("%1 has no sessions in the timetable.").arg(memberName())
                                 : QObject::tr("The timetable has no sessions yet.");
        return text(painter, makeFont(10), muted, y, 0, m_content.width(), note);
    }

private:
    // Columns: time | session | team, across the width between the margins.
    [[nodiscard]] qreal timeX() const { return mm(2); }
    [[nodiscard]] qreal timeWidth() const { return mm(25); }
    [[nodiscard]] qreal sessionX() const { return mm(30); }
    [[nodiscard]] qreal sessionWidth() const { return teamX() - sessionX() - mm(5); }
    [[nodiscard]] qreal teamX() const { return m_content.width() - teamWidth() - mm(2); }
    [[nodiscard]] qreal teamWidth() const { return mm(52); }

    /// Draws (with a painter) or measures word-wrapped text at (x, y) inside the content area;
    /// returns its height.
    qreal text(QPainter* painter, const QFont& font, const QColor& colour, qreal y, qreal x, qreal width,
               const QString& value) const
    {
        if (value.isEmpty())
            return 0;
        const QRectF area(m_content.left() + x, y, width, mm(400));
        const QRectF used = QFontMetricsF(font, &m_device).boundingRect(area, Qt::TextWordWrap, value);
        if (painter) {
            painter->setFont(font);
            painter->setPen(colour);
            painter->drawText(area, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, value);
        }
        return used.height();
    }

    [[nodiscard]] QString memberName() const
    {
        return m_input.member ? m_input.memberNames.value(*m_input.member) : QString();
    }

    [[nodiscard]] QString heading() const
    {
        return m_input.member ? QObject::tr("Agenda for %1").arg(memberName())
                              : QObject::tr("Onsite timetable");
    }

    [[nodiscard]] QString summary() const
    {
        if (m_sessions.isEmpty())
            return {};
        const qsizetype count = m_sessions.size();
        const auto cancelled = std::count_if(m_sessions.cbegin(), m_sessions.cend(),
                                             [](const Session& s) { return s.isCancelled(); });
        QString line = formatDateRange(m_sessions.constFirst().day, m_sessions.constLast().day)
                       + QStringLiteral("  ·  ")
                       + (count == 1 ? QObject::tr("1 session") : QObject::tr("%1 sessions").arg(count));
        if (cancelled > 0)
            line += QObject::tr(", %1 cancelled").arg(cancelled);
        return line;
    }

    [[nodiscard]] static QString timeRange(const Session& session)
    {
        if (session.end <= session.start)
            return clockTime(session.start);
        return QStringLiteral("%1–%2").arg(clockTime(session.start), clockTime(session.end % minutesPerDay));
    }

    /// Short notes under the time: cancelled or moved, and an end on the next day.
    [[nodiscard]] static QList<std::pair<QString, QColor>> timeNotes(const Session& session)
    {
        QList<std::pair<QString, QColor>> notes;
        if (session.isCancelled())
            notes.append({QObject::tr("Cancelled"), warning});
        else if (session.status == SessionStatus::Moved)
            notes.append({QObject::tr("Moved"), accent});
        if (session.end > minutesPerDay)
            notes.append({QObject::tr("ends next day"), muted});
        return notes;
    }

    [[nodiscard]] static QString details(const Session& session)
    {
        const QString kind = sessionKindLabel(session.kind);
        return session.location.trimmed().isEmpty()
                   ? kind
                   : QStringLiteral("%1  ·  %2").arg(kind, session.location.trimmed());
    }

    qreal teamCell(QPainter* painter, const Session& session, qreal top, const QColor& colour) const
    {
        // Huddles and meals take the whole team: one line instead of a column of every name.
        const bool everyone =
            !m_input.memberNames.isEmpty() && session.team.size() == m_input.memberNames.size()
            && std::all_of(session.team.cbegin(), session.team.cend(),
                           [](const SessionAttendance& a) { return a.part == SessionPart::Observer; });
        const QString team = everyone
                                 ? QObject::tr("The whole team")
                                 : exchange::teamText(session, m_input.memberNames, QStringLiteral("\n"));
        return text(painter, makeFont(8.5), colour, top, teamX(), teamWidth(), team);
    }

    /// The member's part, and who else is there.
    qreal partCell(QPainter* painter, const Session& session, qreal top, const QColor& colour) const
    {
        QString part;
        QStringList others;
        for (const SessionAttendance& a : session.team) {
            if (a.member == *m_input.member)
                part = sessionPartLabel(a.part);
            else if (!m_input.memberNames.value(a.member).isEmpty())
                others.append(m_input.memberNames.value(a.member));
        }
        qreal height = text(painter, makeFont(8.5, true), colour, top, teamX(), teamWidth(), part);
        if (!others.isEmpty())
            height += mm(0.8)
                      + text(painter, makeFont(7.5), muted, top + height + mm(0.8), teamX(), teamWidth(),
                             QObject::tr("with %1").arg(others.join(QStringLiteral(", "))));
        return height;
    }

    QPaintDevice& m_device;
    const SchedulePdfInput& m_input;
    const QList<Session>& m_sessions;
    QRectF m_content;
};

/// Splits the timetable into pages: a day heading goes only where its first row fits under it,
/// and a day that runs onto a new page repeats its heading there.
QList<QList<Placement>> paginate(const TimetableLayout& layout, const QList<Session>& sessions)
{
    QList<QList<Placement>> pages(1);
    qreal y = layout.top() + layout.title(nullptr, layout.top());
    y += layout.caption(nullptr, y);
    const auto newPage = [&] {
        pages.append(QList<Placement>());
        y = layout.top() + layout.caption(nullptr, layout.top());
    };
    const qreal dayGap = mm(4);
    for (int i = 0; i < sessions.size(); ++i) {
        const Session& session = sessions.at(i);
        const bool firstOfDay = i == 0 || sessions.at(i - 1).day != session.day;
        const qreal rowHeight = layout.row(nullptr, session, 0);
        if (firstOfDay) {
            if (i > 0)
                y += dayGap;
            const qreal heading = layout.dayHeading(nullptr, session.day, false, 0);
            if (y + heading + rowHeight > layout.bottom() && !pages.constLast().isEmpty())
                newPage();
            pages.last().append({Placement::What::Heading, i, false, y});
            y += heading;
        }
        if (y + rowHeight > layout.bottom() && !pages.constLast().isEmpty()) {
            newPage();
            pages.last().append({Placement::What::Heading, i, true, y});
            y += layout.dayHeading(nullptr, session.day, true, 0);
        }
        pages.last().append({Placement::What::Row, i, false, y});
        y += rowHeight;
    }
    return pages;
}

void paint(QPdfWriter& writer, const TimetableLayout& layout, const QList<Session>& sessions)
{
    const QList<QList<Placement>> pages = paginate(layout, sessions);
    QPainter painter;
    if (!painter.begin(&writer))
        throw Error(ErrorKind::Io, QObject::tr("Could not start the PDF."));
    painter.setRenderHint(QPainter::Antialiasing);
    for (qsizetype page = 0; page < pages.size(); ++page) {
        if (page > 0)
            writer.newPage();
        qreal y = layout.top();
        if (page == 0)
            y += layout.title(&painter, y);
        if (sessions.isEmpty())
            layout.emptyNote(&painter, y);
        else
            layout.caption(&painter, y);
        for (const Placement& placed : pages.at(page)) {
            const Session& session = sessions.at(placed.session);
            if (placed.what == Placement::What::Heading)
                layout.dayHeading(&painter, session.day, placed.continued, placed.y);
            else
                layout.row(&painter, session, placed.y);
        }
        layout.footer(painter, int(page) + 1, int(pages.size()));
    }
    painter.end();
}

} // namespace

void writeSchedulePdf(const QString& path, const SchedulePdfInput& input)
{
    QList<Session> sessions = exchange::sessionsFor(input.sessions, input.member);
    sessions.erase(
        std::remove_if(sessions.begin(), sessions.end(), [](const Session& s) { return !s.day.isValid(); }),
        sessions.end());
    sortSessions(sessions);

    const QString title = input.member
                              ? QObject::tr("Agenda for %1 – %2")
                                    .arg(input.memberNames.value(*input.member), input.engagementTitle)
                              : QObject::tr("Onsite timetable – %1").arg(input.engagementTitle);
    report::writePdfFile(path, QObject::tr("the timetable"),
                         QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()), dpi,
                         title, [&](QPdfWriter& writer) {
                             const TimetableLayout layout(writer, input, sessions);
                             paint(writer, layout, sessions);
                         });
}

} // namespace pc
