// SPDX-License-Identifier: GPL-3.0-or-later
#include "partymix.h"

#include <QMap>
#include <QObject>

#include <algorithm>

namespace pc {

PartyMix partyMixOf(const QList<Member>& members)
{
    PartyMix mix;
    QMap<QString, int> counts;
    for (const Member& member : members) {
        if (member.role != MemberRole::MemberPeer && member.role != MemberRole::LeadMemberPeer)
            continue;
        ++mix.memberPeers;
        const QString group = member.politicalGroup.trimmed();
        if (group.isEmpty())
            mix.unrecorded.append(member.name);
        else
            ++counts[group];
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        mix.groups.append({it.key(), it.value()});
    std::stable_sort(mix.groups.begin(), mix.groups.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    return mix;
}

QString partyMixInWords(const PartyMix& mix)
{
    if (mix.memberPeers == 0)
        return QObject::tr("no member peers");
    QStringList parts;
    for (const auto& [group, count] : mix.groups)
        parts.append(QStringLiteral("%1 %2").arg(count).arg(group));
    if (!mix.unrecorded.isEmpty())
        parts.append(QObject::tr("%1 not recorded").arg(mix.unrecorded.size()));
    return parts.join(QStringLiteral(", "));
}

} // namespace pc
