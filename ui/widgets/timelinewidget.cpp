// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinewidget.h"

#include "rules/deadlines.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

namespace pc::ui {

namespace {

struct Column
{
    const char* title;
    QList<Milestone> milestones;
};

QList<Column> columns()
{
    return {
        {QT_TRANSLATE_NOOP("pc::ui::TimelineWidget", "Before the visit"),
         {Milestone::ScopingMeeting, Milestone::PositionStatementDue, Milestone::PreReadingSent,
          Milestone::TeamCall}},
        {QT_TRANSLATE_NOOP("pc::ui::TimelineWidget", "Onsite"),
         {Milestone::OnsiteStart, Milestone::OnsiteEnd, Milestone::FeedbackPresentation}},
        {QT_TRANSLATE_NOOP("pc::ui::TimelineWidget", "Report and action plan"),
         {Milestone::ReportDraft, Milestone::FactualCheckReturned, Milestone::ReportPublished,
          Milestone::ActionPlanPublished}},
        {QT_TRANSLATE_NOOP("pc::ui::TimelineWidget", "Progress review"),
         {Milestone::ProgressReview, Milestone::ProgressReviewPublished}},
    };
}

/// Colours chosen to read on both light and dark palettes.
QColor statusColour(TimelineStatus status)
{
    switch (status) {
    case TimelineStatus::Done:
        return QColor(0x2e, 0x9d, 0x4f);
    case TimelineStatus::Planned:
        return QColor(0x3b, 0x82, 0xc4);
    case TimelineStatus::Due:
        return QColor(0xc7, 0x8a, 0x10);
    case TimelineStatus::Overdue:
        return QColor(0xd0, 0x3b, 0x3b);
    case TimelineStatus::Unscheduled:
        break;
    }
    return QColor(0x8a, 0x8f, 0x98);
}

QString entryText(const TimelineEntry& entry)
{
    const QString dot =
        QStringLiteral("<span style=\"color:%1\">&#9679;</span>").arg(statusColour(entry.status).name());
    QString when;
    if (entry.date.isValid()) {
        const QString date = QLocale().toString(entry.date, QStringLiteral("d MMM yyyy"));
        when = entry.isSet ? date : TimelineWidget::tr("due %1").arg(date);
    } else {
        when = TimelineWidget::tr("not set");
    }
    return QStringLiteral("%1&nbsp;%2<br><span style=\"color:%3\">%4 · %5</span>")
        .arg(dot, milestoneLabel(entry.milestone).toHtmlEscaped(), statusColour(entry.status).name(),
             when.toHtmlEscaped(), timelineStatusLabel(entry.status).toHtmlEscaped());
}

} // namespace

TimelineWidget::TimelineWidget(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 14, 0, 0); // room for the bar painted above the columns
    m_grid->setHorizontalSpacing(18);
    const QList<Column> all = columns();
    for (int c = 0; c < all.size(); ++c) {
        // One stack per column, so a long label in one column does not open gaps in the others.
        auto* column = new QVBoxLayout;
        column->setSpacing(6);
        auto* title = new QLabel(tr(all[c].title), this);
        QFont font = title->font();
        font.setWeight(QFont::DemiBold);
        title->setFont(font);
        column->addWidget(title);
        for (const Milestone milestone : all[c].milestones) {
            auto* label = new QLabel(this);
            label->setObjectName(milestoneField(milestone) + QStringLiteral("Timeline"));
            label->setTextFormat(Qt::RichText);
            label->setWordWrap(true);
            label->setProperty("milestone", int(milestone));
            column->addWidget(label);
            m_labels.append(label);
        }
        column->addStretch(1);
        m_grid->addLayout(column, 0, c);
        m_grid->setColumnStretch(c, 1);
    }
}

void TimelineWidget::setTimeline(const QList<TimelineEntry>& entries, const QDate& today)
{
    for (QLabel* label : std::as_const(m_labels)) {
        const auto milestone = Milestone(label->property("milestone").toInt());
        const auto it = std::find_if(entries.cbegin(), entries.cend(), [milestone](const TimelineEntry& e) {
            return e.milestone == milestone;
        });
        if (it == entries.cend()) {
            label->setText(entryText(TimelineEntry{milestone, {}, false, TimelineStatus::Unscheduled, {}}));
            label->setToolTip(QString());
            continue;
        }
        label->setText(entryText(*it));
        QString tip = deadlineRule(milestone);
        if (it->deadline.isValid())
            tip += QLatin1Char('\n') + tr("Deadline: %1").arg(formatLongDate(it->deadline));
        label->setToolTip(tip.trimmed());
        label->setAccessibleName(
            QStringLiteral("%1: %2").arg(milestoneLabel(milestone), timelineStatusLabel(it->status)));
    }
    // Where today falls across the four columns, for the bar.
    m_progress = -1;
    const auto find = [&entries](Milestone m) {
        for (const TimelineEntry& e : entries) {
            if (e.milestone == m)
                return e.date;
        }
        return QDate();
    };
    const QDate start = find(Milestone::OnsiteStart);
    const QDate end = find(Milestone::OnsiteEnd);
    if (today.isValid() && start.isValid() && end.isValid()) {
        const QDate bounds[] = {start.addMonths(-6), start, end.addDays(1), end.addMonths(5),
                                end.addMonths(12)};
        for (int c = 0; c < 4; ++c) {
            if (today >= bounds[c] && today < bounds[c + 1]) {
                const double span = std::max<qint64>(1, bounds[c].daysTo(bounds[c + 1]));
                m_progress = (c + bounds[c].daysTo(today) / span) / 4.0;
            }
        }
        if (today >= bounds[4])
            m_progress = 1.0;
    }
    update();
}

void TimelineWidget::paintEvent(QPaintEvent* event)
{
    QWidget::paintEvent(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int height = 6;
    const QRectF track(0, 2, width(), height);
    QColor base = palette().color(QPalette::Mid);
    base.setAlpha(90);
    painter.setPen(Qt::NoPen);
    painter.setBrush(base);
    painter.drawRoundedRect(track, height / 2.0, height / 2.0);
    if (m_progress >= 0) {
        QRectF done = track;
        done.setWidth(track.width() * m_progress);
        painter.setBrush(palette().color(QPalette::Highlight));
        painter.drawRoundedRect(done, height / 2.0, height / 2.0);
        painter.setBrush(palette().color(QPalette::Base));
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawEllipse(QPointF(done.right(), track.center().y()), height, height);
    }
}

} // namespace pc::ui
