// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUuid>

namespace pc {

class EngagementFile;

/// What `info` prints and the window shows when there is no display: the engagement's key
/// facts and how many live records each table holds.
struct EngagementSummary
{
    QString path;
    QUuid engagementId;
    QString title;
    QString hostName;
    QString programme;     // template id
    QString programmeName; // the template's name, or the id when the template is unknown here
    int schemaVersion = 0;
    bool readOnly = false;
    QString readOnlyReason;
    QList<QPair<QString, qint64>> counts;         // table JSON name -> live records, registry order
    QList<QPair<QString, QDate>> milestones;      // label -> date, set milestones only, lifecycle order
    QList<QPair<QString, QString>> milestoneKeys; // label -> JSON name, parallel to milestones

    [[nodiscard]] static EngagementSummary of(EngagementFile& file);
    [[nodiscard]] QJsonObject toJson() const;
    /// A few aligned lines for a terminal, dates in the user's locale.
    [[nodiscard]] QString toText() const;
    /// A table's name as words, singular for one: ("keyQuestions", 1) -> "key question".
    [[nodiscard]] static QString countLabel(const QString& jsonName, qint64 count);
};

} // namespace pc
