// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QUuid>

#include <memory>

namespace pc {
class EngagementFile;
class Installation;
} // namespace pc

namespace pc::exchange {

/// The value of the top-level "format" key of an engagement in JSON form.
inline const QString jsonFormatName = QStringLiteral("peerchallenge-engagement");
/// The version of the JSON layout itself (not of the schema): docs/json-format.md.
inline constexpr int jsonFormatVersion = 1;
/// The largest JSON text importEngagement reads.
inline constexpr qint64 maxJsonBytes = qint64(512) * 1024 * 1024;

struct JsonOptions
{
    bool stamps = true;       // the merge stamps of every field ("stamps" of each record)
    bool localFields = false; // fields that belong to one laptop's copy only (FieldScope::Local)
    /// Only these records, by table (a notes packet); every record when null. The engagement
    /// singleton is always written: the form is not valid without it.
    const QHash<QString, QSet<QUuid>>* only = nullptr;
};

/// The documented, versioned JSON form of a whole engagement (docs/json-format.md): every table of
/// the registry in registry order, tombstoned records included (they matter for merging).
[[nodiscard]] QJsonObject exportEngagement(EngagementFile& file, const JsonOptions& options = {});

/// Canonical bytes: QJsonDocument indented (keys come out sorted), trailing newline. Two copies
/// with the same content give the same bytes, which is how the merge tests compare them.
[[nodiscard]] QByteArray toBytes(const QJsonObject& json);

/// Validates everything before writing anything; throws pc::Error(ErrorKind::InvalidInput) whose
/// message names the offending place by JSON path (`members[3].role must be one of: ...`).
/// Creates `target` with EngagementFile::createFrom, which refuses an existing file.
[[nodiscard]] std::unique_ptr<EngagementFile> importEngagement(const QByteArray& json, const QString& target,
                                                               Installation& installation);

} // namespace pc::exchange
