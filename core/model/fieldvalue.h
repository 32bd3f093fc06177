// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

#include <optional>

namespace pc {

struct FieldDef;

/// Converts a value to the one type a field holds (qint64 for Integer, QDate for Date, ...);
/// a null QVariant stays null. Used for writes, reads and equality, so "unchanged" is exact.
[[nodiscard]] QVariant normalizedValue(const FieldDef& field, const QVariant& value);

/// Why a value cannot be stored in a field, as a sentence fragment ("must not be empty"), or
/// nothing when it can. Does not check that a reference points at an existing record.
[[nodiscard]] std::optional<QString> valueProblem(const FieldDef& field, const QVariant& value);

/// The value a field has when nothing was written to it.
[[nodiscard]] QVariant defaultValue(const FieldDef& field);

/// The default longest text a field takes when it declares no limit.
inline constexpr int defaultMaxTextLength = 100000;

} // namespace pc
