// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace pc::ui {

class EngagementSession;
class Prompter;

/// When a writable file opens from a sync folder or a network share (storage/syncfolder.h): says
/// why that is unsafe for SQLite and offers to work on a local copy in `localFolder`, to merge
/// back later. Returns the local copy to open instead, or an empty string.
QString offerLocalCopy(QWidget* parent, EngagementSession& session, Prompter& prompter,
                       const QString& localFolder);

/// When a writable file opens with conflicted copies beside it (left by a sync service): names
/// them and offers to merge each, with the usual preview. Returns the status bar sentence.
QString offerConflictedCopies(QWidget* parent, EngagementSession& session, Prompter& prompter);

} // namespace pc::ui
