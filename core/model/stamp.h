// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QUuid>

#include <compare>
#include <optional>

namespace pc {

/// When and where a field was written: a hybrid logical clock value and the writing device.
/// Stamps are totally ordered by (hlc, device), so two different writes never tie (MERGE.md).
struct Stamp
{
    quint64 hlc = 0; // 48 bits of milliseconds since the epoch, 16 bits of counter
    QUuid device;

    [[nodiscard]] bool isNull() const { return hlc == 0 && device.isNull(); }
    [[nodiscard]] qint64 milliseconds() const { return qint64(hlc >> 16); }

    friend bool operator==(const Stamp& a, const Stamp& b) { return a.hlc == b.hlc && a.device == b.device; }
    friend std::strong_ordering operator<=>(const Stamp& a, const Stamp& b);

    /// "0001931a2b3c4d5e/8c1b...": the text form used by the JSON export.
    [[nodiscard]] QString toText() const;
    [[nodiscard]] static std::optional<Stamp> fromText(const QString& text);
};

/// A field's stamp together with the stamp of the value it replaced (its base). Two writes of
/// one field conflict when neither saw the other: the loser is newer than the winner's base.
struct FieldStamp
{
    Stamp stamp;
    Stamp base;

    friend bool operator==(const FieldStamp&, const FieldStamp&) = default;
};

/// Whether a record is live: its tombstone is unset, or some other field was written after
/// the tombstone (a later edit revives a deleted record; MERGE.md). Computed from stamps alone,
/// so every copy agrees whatever order merges came in.
[[nodiscard]] bool isLive(bool deletedRegister, const QHash<QString, FieldStamp>& stamps);

} // namespace pc
