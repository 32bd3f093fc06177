// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/timeline.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace pc::ui {

/// The engagement's milestones in four chronological columns (before the visit, onsite, report
/// and action plan, progress review), each milestone with its date and whether it is done,
/// planned, due or overdue. A bar across the top marks today.
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(QWidget* parent = nullptr);

    void setTimeline(const QList<TimelineEntry>& entries, const QDate& today);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QGridLayout* m_grid;
    QList<QLabel*> m_labels;
    double m_progress = -1; // 0..1 position of today along the four phases, -1 when unknown
};

} // namespace pc::ui
