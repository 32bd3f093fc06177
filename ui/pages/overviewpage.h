// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/engagement.h"
#include "page.h"

#include <QMap>

class QComboBox;
class QLabel;
class QListWidget;

namespace pc::ui {

class CommitLineEdit;
class OptionalDateEdit;
class ProblemList;
class TimelineWidget;

/// The first page: the host organisation and programme, the key dates with their deadlines,
/// the timeline, and the readiness checklist whose items lead to the page that fixes them.
class OverviewPage : public Page
{
    Q_OBJECT

public:
    explicit OverviewPage(Prompter& prompter, QWidget* parent = nullptr);
    void setSession(EngagementSession* session) override;

signals:
    /// The user asked to go to a stage's page (index in the navigation).
    void stageRequested(int stage);

private:
    QWidget* buildFacts();
    QWidget* buildDates();
    QWidget* buildReadiness();
    void refresh();
    void commitText(const QString& field, const QString& text, const QString& label);
    void commitDate(Milestone milestone, const QDate& date);

    Prompter& m_prompter;
    EngagementSession* m_session = nullptr;
    TimelineWidget* m_timeline = nullptr;
    CommitLineEdit* m_title = nullptr;
    CommitLineEdit* m_hostName = nullptr;
    QComboBox* m_hostType = nullptr;
    CommitLineEdit* m_politicalControl = nullptr;
    CommitLineEdit* m_region = nullptr;
    QLabel* m_programme = nullptr;
    QLabel* m_phase = nullptr;
    QMap<Milestone, OptionalDateEdit*> m_dates;
    QMap<Milestone, QLabel*> m_hints;
    ProblemList* m_readiness = nullptr;
    QLabel* m_readinessEmpty = nullptr;
};

} // namespace pc::ui
