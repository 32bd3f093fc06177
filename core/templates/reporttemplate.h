// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pc {

/// One section of a report's structure. Its kind says what is generated; `defaultText` is the
/// narrative a section starts with until the team writes its own ({host} and {kind} filled in).
struct ReportSectionDef
{
    enum class Kind { Narrative, ExecutiveSummary, Recommendations, Approach, Feedback, NextSteps };
    QString key;
    Kind kind = Kind::Narrative;
    QString title;
    QString defaultText;
    QString lead; // the executive summary's words before the key recommendations
};

/// A report's structure as data (resources/reports/*.json), versioned like the programme templates.
struct ReportTemplate
{
    QString id;
    int version = 0;
    QString name;
    QString description;
    QStringList programmes; // the programme ids it is the default for; "*" for any other
    QList<ReportSectionDef> sections;

    /// Parses and validates one template; throws pc::Error(InvalidInput) naming the problem.
    [[nodiscard]] static ReportTemplate fromJson(const QByteArray& json, const QString& source);

    /// The built-in feedback report templates (Qt resources), the current format first.
    [[nodiscard]] static const QList<ReportTemplate>& builtIn();
    /// The built-in template for a programme: the one naming it, else the one for any ("*").
    [[nodiscard]] static const ReportTemplate& forProgramme(const QString& programme);
    /// The section with this key, or nullptr.
    [[nodiscard]] const ReportSectionDef* section(const QString& key) const;
};

} // namespace pc
