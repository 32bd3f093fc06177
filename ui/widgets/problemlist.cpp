// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemlist.h"

#include <QStyle>

namespace pc::ui {

ProblemList::ProblemList(QWidget* parent)
    : QListWidget(parent)
{
    setWordWrap(true);
}

void ProblemList::setProblems(const QList<Problem>& problems, bool withStage)
{
    clear();
    for (const Problem& problem : problems) {
        const QStyle::StandardPixmap icon =
            problem.severity == Severity::Blocking  ? QStyle::SP_MessageBoxCritical
            : problem.severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                    : QStyle::SP_MessageBoxInformation;
        const QString text = withStage
                                 ? QStringLiteral("%1 — %2").arg(stageName(problem.stage), problem.message)
                                 : problem.message;
        auto* item = new QListWidgetItem(style()->standardIcon(icon), text, this);
        item->setData(stageRole, int(problem.stage));
        item->setData(recordRole, problem.record);
        item->setToolTip(severityName(problem.severity));
    }
}

} // namespace pc::ui
