// SPDX-License-Identifier: GPL-3.0-or-later
#include "nowview.h"

#include "common/clock.h"
#include "dialogs/sessiondialog.h"
#include "models/sessiontablemodel.h"
#include "session/engagementsession.h"
#include "storage/engagementfile.h"
#include "storage/engagementrepository.h"
#include "storage/installation.h"
#include "storage/schedulerepository.h"
#include "storage/teamrepository.h"
#include "widgets/sectiontitle.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace pc::ui {

namespace {

constexpr int refreshMs = 30'000;

const QStringList watchedTables{QStringLiteral("session"),         QStringLiteral("session_member"),
                                QStringLiteral("member"),          QStringLiteral("engagement"),
                                QStringLiteral("session_contact"), QStringLiteral("session_group")};

QString durationText(qint64 minutes)
{
    const qint64 hours = minutes / 60;
    const qint64 rest = minutes % 60;
    const QString h = hours == 1 ? NowView::tr("1 hour") : NowView::tr("%1 hours").arg(hours);
    const QString m = rest == 1 ? NowView::tr("1 minute") : NowView::tr("%1 minutes").arg(rest);
    if (hours == 0)
        return m;
    return rest == 0 ? h : NowView::tr("%1 %2").arg(h, m);
}

QString timesText(const Session& session)
{
    return NowView::tr("%1\u2013%2").arg(clockTime(session.start), clockTime(session.end));
}

QString dayText(const QDate& day)
{
    return QLocale().toString(day, QStringLiteral("dddd d MMMM"));
}

qint64 minuteOf(const QDateTime& time)
{
    return time.date().toJulianDay() * minutesPerDay + time.time().hour() * 60 + time.time().minute();
}

} // namespace

NowView::NowView(QWidget* parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
{
    m_memberCombo = new QComboBox(this);
    m_memberCombo->setObjectName(QStringLiteral("nowMemberCombo"));
    m_memberCombo->setAccessibleName(tr("Team member"));
    m_memberCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_memberCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_member = m_memberCombo->currentData().toUuid();
        refresh();
    });
    auto* memberLabel = new QLabel(tr("&Team member:"), this);
    memberLabel->setBuddy(m_memberCombo);
    m_clock = sectionTitle(QString(), this);
    m_clock->setObjectName(QStringLiteral("nowClock"));
    auto* top = new QHBoxLayout;
    top->addWidget(memberLabel);
    top->addWidget(m_memberCombo);
    top->addStretch(1);
    top->addWidget(m_clock);

    m_nowCard = buildCard("nowCard", tr("Now"), m_nowTitle, m_nowDetails);
    m_nextCard = buildCard("nextCard", tr("Next"), m_nextTitle, m_nextDetails);
    // Stands in for the Now card on a day without sessions, so Next keeps its width.
    m_nowFiller = new QWidget(this);
    auto* cards = new QHBoxLayout;
    cards->setSpacing(12);
    cards->addWidget(m_nowCard, 3);
    cards->addWidget(m_nowFiller, 3);
    cards->addWidget(m_nextCard, 2);

    m_todayHeading = sectionTitle(tr("Today"), this);
    m_todayList = new QListWidget(this);
    m_todayList->setObjectName(QStringLiteral("nowTodayList"));
    m_todayList->setAccessibleName(tr("Today's sessions"));
    m_todayList->setSelectionMode(QAbstractItemView::NoSelection);
    m_todayList->setWordWrap(true);
    m_todayList->setSpacing(3);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("nowMessage"));
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_listFiller = new QWidget(this);
    m_listFiller->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addLayout(cards);
    layout->addWidget(m_todayHeading);
    layout->addWidget(m_todayList, 1);
    layout->addWidget(m_listFiller, 1);

    m_timer->setInterval(refreshMs);
    connect(m_timer, &QTimer::timeout, this, &NowView::refresh);
    m_timer->start();
    setSession(nullptr);
}

QFrame* NowView::buildCard(const char* name, const QString& heading, QLabel*& title, QLabel*& details)
{
    auto* card = new QFrame(this);
    card->setObjectName(QString::fromLatin1(name));
    card->setAccessibleName(heading);
    card->setFrameShape(QFrame::StyledPanel);
    card->setBackgroundRole(QPalette::Base);
    card->setAutoFillBackground(true);
    auto* label = new QLabel(heading.toUpper(), card);
    QFont small = label->font();
    small.setWeight(QFont::DemiBold);
    small.setLetterSpacing(QFont::PercentageSpacing, 110);
    label->setFont(small);
    label->setForegroundRole(QPalette::PlaceholderText);
    title = new QLabel(card);
    title->setObjectName(QStringLiteral("%1Title").arg(QLatin1String(name)));
    QFont large = title->font();
    large.setWeight(QFont::DemiBold);
    large.setPointSizeF(large.pointSizeF() * 1.6);
    title->setFont(large);
    title->setWordWrap(true);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details = new QLabel(card);
    details->setObjectName(QStringLiteral("%1Details").arg(QLatin1String(name)));
    details->setWordWrap(true);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 12, 16, 14);
    layout->addWidget(label);
    layout->addWidget(title);
    layout->addWidget(details);
    layout->addStretch(1);
    return card;
}

void NowView::setSession(EngagementSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    setEnabled(session != nullptr);
    if (session)
        connect(session, &EngagementSession::changed, this, [this](const QString& table) {
            if (watchedTables.contains(table))
                reload();
        });
    reload();
}

void NowView::setMember(const QUuid& member)
{
    const int index = m_memberCombo->findData(member);
    m_memberCombo->setCurrentIndex(index >= 0 ? index : (m_memberCombo->count() > 0 ? 0 : -1));
    m_member = m_memberCombo->currentData().toUuid();
    refresh();
}

void NowView::reload()
{
    m_sessions.clear();
    m_members.clear();
    m_onsiteDays.clear();
    if (m_session) {
        RecordStore& records = m_session->file().records();
        m_sessions = ScheduleRepository(records).sessions();
        m_members = TeamRepository(records).members();
        m_onsiteDays = onsiteDays(EngagementRepository(records).engagement());
    }
    refillMembers();
    refresh();
}

void NowView::refillMembers()
{
    const QSignalBlocker blocker(m_memberCombo);
    m_memberCombo->clear();
    for (const Member& member : std::as_const(m_members))
        m_memberCombo->addItem(member.name, member.id);
    const int index = m_memberCombo->findData(m_member);
    m_memberCombo->setCurrentIndex(index >= 0 ? index : (m_members.isEmpty() ? -1 : 0));
    m_member = m_memberCombo->currentData().toUuid();
}

QDateTime NowView::now() const
{
    const QDateTime utc =
        m_session ? m_session->file().installation().clock().now() : QDateTime::currentDateTimeUtc();
    return utc.toTimeZone(timetableZone());
}

void NowView::refresh()
{
    const QDateTime time = now();
    m_today = time.date();
    const qint64 minute = minuteOf(time);
    m_clock->setText(m_session ? QLocale().toString(time, QStringLiteral("dddd d MMMM, HH:mm")) : QString());
    QList<Session> mine;
    for (const Session& s : std::as_const(m_sessions)) {
        if (!m_member.isNull() && s.attendedBy(m_member))
            mine.append(s);
    }
    showCards(mine, minute);
}

void NowView::showCards(const QList<Session>& mine, qint64 now)
{
    const auto running = std::find_if(mine.cbegin(), mine.cend(), [now](const Session& s) {
        return !s.isCancelled() && s.absoluteStart() <= now && now < s.absoluteEnd();
    });
    const auto next = std::find_if(mine.cbegin(), mine.cend(), [now](const Session& s) {
        return !s.isCancelled() && s.absoluteStart() > now;
    });
    QList<Session> today;
    for (const Session& s : mine) {
        if (s.day == m_today)
            today.append(s);
    }
    const bool busyToday = running != mine.cend() || !today.isEmpty();
    m_nowCard->setVisible(busyToday);
    m_nowFiller->setVisible(!busyToday);
    if (running != mine.cend()) {
        m_nowTitle->setText(running->title);
        m_nowDetails->setText(detailsOf(
            *running,
            tr("%1 \u00b7 %2 left").arg(timesText(*running), durationText(running->absoluteEnd() - now))));
    } else {
        m_nowTitle->setText(tr("Nothing on now"));
        const bool laterToday = next != mine.cend() && next->day == m_today;
        m_nowDetails->setText(laterToday ? tr("Free until %1.").arg(clockTime(next->start))
                                         : tr("No more sessions today."));
    }
    m_nextCard->setVisible(next != mine.cend());
    if (next != mine.cend()) {
        const QString when =
            next->day == m_today
                ? tr("%1 \u00b7 in %2").arg(timesText(*next), durationText(next->absoluteStart() - now))
                : tr("%1, %2").arg(dayText(next->day), timesText(*next));
        m_nextTitle->setText(next->title);
        m_nextDetails->setText(detailsOf(*next, when));
    }
    showToday(today, running != mine.cend() ? &*running : nullptr, now);
}

void NowView::showToday(const QList<Session>& today, const Session* running, qint64 now)
{
    m_todayList->clear();
    for (const Session& s : today) {
        QString text = tr("%1   %2").arg(timesText(s), s.title);
        if (!s.location.isEmpty())
            text = tr("%1 \u00b7 %2").arg(text, s.location);
        const bool isNow = running && running->id == s.id;
        if (isNow)
            text = tr("Now: %1").arg(text);
        if (s.isCancelled())
            text = tr("%1 (cancelled)").arg(text);
        auto* item = new QListWidgetItem(text, m_todayList);
        item->setData(nowRole, isNow);
        QFont font = m_todayList->font();
        font.setStrikeOut(s.isCancelled());
        font.setWeight(isNow ? QFont::DemiBold : QFont::Normal);
        item->setFont(font);
        if (isNow) {
            QColor tint = palette().color(QPalette::Highlight);
            tint.setAlpha(60);
            item->setBackground(tint);
        } else if (s.isCancelled() || s.absoluteEnd() <= now) {
            item->setForeground(palette().brush(QPalette::PlaceholderText));
        }
        if (isNow)
            m_todayList->scrollToItem(item);
    }
    const bool empty = today.isEmpty();
    m_todayHeading->setVisible(!empty);
    m_todayList->setVisible(!empty);
    m_listFiller->setVisible(empty);
    m_message->setVisible(empty);
    m_message->setText(empty ? noSessionsText() : QString());
}

QString NowView::detailsOf(const Session& session, const QString& when) const
{
    QStringList lines{when};
    lines.append(session.location.isEmpty() ? tr("No location yet") : session.location);
    QStringList others;
    for (const SessionAttendance& a : session.team) {
        if (a.member == m_member)
            lines.append(tr("Part: %1").arg(sessionPartLabel(a.part)));
        else
            others.append(tr("%1 (%2)").arg(memberName(a.member), sessionPartLabel(a.part).toLower()));
    }
    lines.append(others.isEmpty() ? tr("No one else from the team")
                                  : tr("With %1").arg(QLocale().createSeparatedList(others)));
    return lines.join(QLatin1Char('\n'));
}

QString NowView::memberName(const QUuid& id) const
{
    const int row = rowOfId(m_members, id);
    return row >= 0 ? m_members.at(row).name : tr("someone no longer on the team");
}

QString NowView::noSessionsText() const
{
    if (!m_session)
        return {};
    if (m_members.isEmpty())
        return tr("No one is on the team yet. Add the team on the Team page.");
    const QString name = memberName(m_member);
    if (m_onsiteDays.isEmpty())
        return tr("No sessions today for %1. The onsite dates are not set yet.").arg(name);
    if (m_onsiteDays.contains(m_today))
        return tr("No sessions today for %1.").arg(name);
    if (m_onsiteDays.size() == 1)
        return tr("No sessions today for %1. The onsite day is %2.").arg(name, dayText(m_onsiteDays.first()));
    return tr("No sessions today for %1. The onsite days are %2 to %3.")
        .arg(name, dayText(m_onsiteDays.first()), dayText(m_onsiteDays.last()));
}

} // namespace pc::ui
