// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/session.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace pc {

/// What a printed timetable shows.
struct SchedulePdfInput
{
    QString engagementTitle;
    QString hostName;
    QList<Session> sessions;
    QHash<QUuid, QString> memberNames; // team member id -> name
    QHash<QUuid, QString> themeTitles; // theme id -> title
    std::optional<QUuid> member;       // an agenda of this member's sessions; the whole team when empty
};

/// Writes the onsite timetable as an A4 PDF: a title block, then each day under its heading with
/// one row per session (time, title with kind and location, team with parts - or, in a member's
/// agenda, their part), cancelled sessions struck through, and "Page n of m" at every foot. The
/// named council attendees are personal data and never printed. Needs a QGuiApplication (fonts).
/// Throws pc::Error(Io) when the file cannot be written.
void writeSchedulePdf(const QString& path, const SchedulePdfInput& input);

} // namespace pc
