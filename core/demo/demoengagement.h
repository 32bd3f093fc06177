// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace pc {

class EngagementFile;
class Installation;

/// How big a demo to make. Small is a typical corporate peer challenge (about six peers and the
/// manager, the five core elements and two focus areas); Large has about 20 members and more focus
/// areas; Stress about 50 members and 20 themes, for the benchmark and the tests.
enum class DemoScale { Small, Large, Stress };

/// The scale's name on the command line: "small", "large" or "stress".
[[nodiscard]] QString demoScaleName(DemoScale scale);
[[nodiscard]] std::optional<DemoScale> demoScaleFromName(const QString& name);
[[nodiscard]] QStringList demoScaleNames();

/// A realistic and entirely fictional engagement over today's tables, for the demo, the
/// screenshots, the tests and the benchmark. The same seed, scale and clock give the same content;
/// dates are placed around the installation clock's "today" so the demo always looks current.
/// Everything is written in the file's creating transaction.
[[nodiscard]] std::unique_ptr<EngagementFile> createDemoEngagement(const QString& path,
                                                                   Installation& installation, quint64 seed,
                                                                   DemoScale scale = DemoScale::Small);

} // namespace pc
