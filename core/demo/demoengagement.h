// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

namespace pc {

class EngagementFile;
class Installation;

/// A small, realistic and entirely fictional engagement over today's tables, for the demo, the
/// screenshots and the tests. The same seed and clock give the same content; dates are placed
/// around the installation clock's "today" so the demo always looks current.
[[nodiscard]] std::unique_ptr<EngagementFile> createDemoEngagement(const QString& path,
                                                                   Installation& installation, quint64 seed);

} // namespace pc
