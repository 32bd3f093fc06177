// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>

namespace pc::bench {

/// This process's peak resident memory (VmHWM) in KiB, where the system reports it (Linux).
[[nodiscard]] std::optional<qint64> peakMemoryKiB();

} // namespace pc::bench
