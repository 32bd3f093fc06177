// SPDX-License-Identifier: GPL-3.0-or-later
// What the merge and packet tests start from: the lead's engagement with a theme, and a peer's
// copy of it on another laptop.
#pragma once

#include "model/theme.h"
#include "storage/engagementfile.h"
#include "storage/scoperepository.h"
#include "support/testsupport.h"

#include <memory>

namespace pc::test {

struct TwoLaptops
{
    TwoLaptops()
    {
        lead = makeEngagement(folder.path(QStringLiteral("lead.peerchallenge")), leadDevice);
        {
            EngagementFile::Edit edit(*lead);
            Theme t;
            t.title = QStringLiteral("Finance");
            theme = ScopeRepository(lead->records()).addTheme(t);
            edit.commit();
        }
        lead->saveCopy(folder.path(QStringLiteral("peer.peerchallenge")));
        peer =
            EngagementFile::open(folder.path(QStringLiteral("peer.peerchallenge")), peerDevice.installation);
    }

    TempFolder folder;
    TestDevice leadDevice{1};
    TestDevice peerDevice{2};
    std::unique_ptr<EngagementFile> lead;
    std::unique_ptr<EngagementFile> peer;
    QUuid theme;
};

} // namespace pc::test
