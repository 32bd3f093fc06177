// SPDX-License-Identifier: GPL-3.0-or-later
#include "addtopool.h"

#include "common/error.h"
#include "model/engagement.h"
#include "pool/poolstore.h"

#include <QCoreApplication>

namespace pc::ui {

bool addMemberToPool(const Member& member, const Engagement& engagement,
                     const QList<Availability>& availability, const QString& poolDirectory, QString* message)
{
    const auto tell = [message](const QString& text) {
        if (message)
            *message = text;
    };
    try {
        PoolStore store = PoolStore::open(poolDirectory);
        const AddedToPool result = addToPool(store, member, engagement, availability);
        store.save();
        const QString name = member.name.trimmed().isEmpty()
                                 ? QCoreApplication::translate("pc::ui::PoolWindow", "The member")
                                 : member.name.trimmed();
        tell(result.added
                 ? QCoreApplication::translate("pc::ui::PoolWindow", "%1 was added to your peer pool.")
                       .arg(name)
                 : QCoreApplication::translate("pc::ui::PoolWindow",
                                               "%1 was already in your peer pool and has been updated.")
                       .arg(name));
        return true;
    } catch (const Error& error) {
        tell(error.message());
        return false;
    }
}

} // namespace pc::ui
