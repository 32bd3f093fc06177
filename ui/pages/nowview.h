// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/member.h"
#include "model/session.h"

#include <QDateTime>
#include <QList>
#include <QUuid>
#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QListWidget;
class QTimer;

namespace pc::ui {

class EngagementSession;

/// The Schedule page on site: for one team member, the session running now, the next one, and
/// today's sessions. "Now" is the installation's clock (injected in tests) in the timetable's
/// zone; the view looks again every 30 seconds and whenever the timetable changes.
class NowView : public QWidget
{
    Q_OBJECT

public:
    explicit NowView(QWidget* parent = nullptr);

    void setSession(EngagementSession* session);
    /// Shows a member's day; a null or unknown id shows the first member's.
    void setMember(const QUuid& member);
    [[nodiscard]] QUuid member() const { return m_member; }
    /// Reads the clock and redraws (what the timer does).
    void refresh();

    /// The role of the today list's items that says the item is the session running now (bool).
    static constexpr int nowRole = Qt::UserRole + 1;

private:
    QFrame* buildCard(const char* name, const QString& heading, QLabel*& title, QLabel*& details);
    void reload();
    void refillMembers();
    void showCards(const QList<Session>& mine, qint64 now);
    void showToday(const QList<Session>& today, const Session* running, qint64 now);
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] QString memberName(const QUuid& id) const;
    [[nodiscard]] QString detailsOf(const Session& session, const QString& when) const;
    [[nodiscard]] QString noSessionsText() const;

    EngagementSession* m_session = nullptr;
    QList<Session> m_sessions;
    QList<Member> m_members;
    QList<QDate> m_onsiteDays;
    QUuid m_member; // kept across reloads while the member is on the team
    QDate m_today;

    QComboBox* m_memberCombo = nullptr;
    QLabel* m_clock = nullptr;
    QFrame* m_nowCard = nullptr;
    QLabel* m_nowTitle = nullptr;
    QLabel* m_nowDetails = nullptr;
    QFrame* m_nextCard = nullptr;
    QLabel* m_nextTitle = nullptr;
    QLabel* m_nextDetails = nullptr;
    QLabel* m_todayHeading = nullptr;
    QListWidget* m_todayList = nullptr;
    QLabel* m_message = nullptr;
    QWidget* m_nowFiller = nullptr;
    QWidget* m_listFiller = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace pc::ui
