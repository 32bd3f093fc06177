// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduleproblems.h"

namespace pc {

QHash<QUuid, QList<Problem>> problemsBySession(const QList<Problem>& problems)
{
    QHash<QUuid, QList<Problem>> bySession;
    for (const Problem& problem : problems) {
        QList<QUuid> concerned{problem.record};
        for (const QUuid& id : problem.related) {
            if (!concerned.contains(id))
                concerned.append(id);
        }
        for (const QUuid& id : concerned) {
            if (!id.isNull())
                bySession[id].append(problem);
        }
    }
    return bySession;
}

} // namespace pc
