// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/stamp.h"

#include <QJsonValue>
#include <QString>
#include <QUuid>
#include <QVariant>

#include <optional>

namespace pc {
struct FieldDef;
}

namespace pc::exchange {

// How single values look in the JSON form (docs/json-format.md, "Values" and "Stamps"), in both
// directions, so that export and import cannot drift apart.

/// A field's value as JSON; a null value is JSON null.
[[nodiscard]] QJsonValue valueToJson(const FieldDef& field, const QVariant& value);

/// A JSON value as the type the field holds (null for JSON null). A value of the wrong JSON type
/// is refused, never coerced: pc::Error(InvalidInput) naming `path`. The field's own rules
/// (choices, limits, non-empty) are left to valueProblem().
[[nodiscard]] QVariant valueFromJson(const FieldDef& field, const QJsonValue& value, const QString& path);

/// A record id: 36 characters of UUID text, not the nil UUID.
[[nodiscard]] std::optional<QUuid> uuidFromJson(const QJsonValue& value);
/// What a message says a record id should look like.
[[nodiscard]] QString uuidExpected();

/// A JSON number without a fraction.
[[nodiscard]] std::optional<qint64> wholeNumber(const QJsonValue& value);

/// "<stamp>", or "<stamp> <base stamp>" when the base is not null.
[[nodiscard]] QString fieldStampText(const FieldStamp& stamp);
[[nodiscard]] std::optional<FieldStamp> fieldStampFromText(const QString& text);

/// The JSON value as a person would recognise it in a message: `"text"`, `12`, `an array`.
[[nodiscard]] QString describe(const QJsonValue& value);

/// Throws pc::Error(InvalidInput): "<path> must be <expected>, not <value>."
[[noreturn]] void refuseValue(const QString& path, const QString& expected, const QJsonValue& value);

} // namespace pc::exchange
