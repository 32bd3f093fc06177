// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUuid>
#include <QVariant>

namespace pc {
class RecordStore;
}

namespace pc::ui {

/// "Evidence notes", "Team members": what the records of a table are, for merge reports.
[[nodiscard]] QString recordKindLabel(const QString& table);
/// "Title", "Start time": a field's name as a person reads it.
[[nodiscard]] QString fieldLabel(const QString& field);
/// What names a record for a person: its title, name or the start of its text, with its kind
/// ("Theme “Finance”"); the kind alone when it has none of these.
[[nodiscard]] QString describeRecord(RecordStore& records, const QString& table, const QUuid& id);
/// A stored value as a person reads it: text shortened to `limit` characters, yes/no, "(empty)".
[[nodiscard]] QString displayValue(const QVariant& value, int limit = 120);

} // namespace pc::ui
