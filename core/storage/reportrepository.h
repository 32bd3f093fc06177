// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/reportrecords.h"
#include "recordstore.h"

#include <QHash>
#include <QList>
#include <QVariantMap>

#include <optional>

namespace pc {

class RecordStore;

/// A report's narrative sections, the versions sent to the council and the factual-accuracy log.
class ReportRepository
{
public:
    explicit ReportRepository(RecordStore& records);

    /// Section key -> Markdown text, for the live sections of a report.
    [[nodiscard]] QHash<QString, QString> sections(ReportKind report) const;
    [[nodiscard]] QString section(ReportKind report, const QString& key) const;
    /// Writes a section's text (creating its record, or bringing a removed one back).
    void setSection(ReportKind report, const QString& key, const QString& text);

    /// The versions issued, by number.
    [[nodiscard]] QList<ReportVersion> versions(ReportKind report) const;
    /// The newest version issued, or nullopt before the first.
    [[nodiscard]] std::optional<ReportVersion> latestVersion(ReportKind report) const;
    /// The version being written now: the newest when it is final, else the next draft after it.
    [[nodiscard]] ReportVersion workingVersion(ReportKind report) const;
    QUuid addVersion(ReportVersion version);

    /// The comments of a report's factual-accuracy round, in order.
    [[nodiscard]] QList<AccuracyComment> comments(ReportKind report) const;
    QUuid addComment(AccuracyComment comment);
    bool updateComment(const AccuracyComment& comment);
    QList<RecordRef> removeComment(const QUuid& id);

    [[nodiscard]] static QVariantMap valuesOf(const ReportVersion& version);
    [[nodiscard]] static QVariantMap valuesOf(const AccuracyComment& comment);

private:
    RecordStore& m_records;
};

} // namespace pc
