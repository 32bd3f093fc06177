// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace pc::ui {

class EngagementSession;
class Prompter;

/// File > Merge from Copy: choose a copy, see what the merge will do (and a clock that runs fast),
/// merge as one undoable step with the history before it closed off, then settle the fields
/// changed on both copies. Returns the sentence for the status bar; empty when nothing happened.
QString mergeFromCopy(QWidget* parent, EngagementSession& session, Prompter& prompter, const QString& folder,
                      const QString& fileFilter);

/// The same merge, of a copy or packet already chosen (a conflicted copy found beside the file).
QString mergeCopyAt(QWidget* parent, EngagementSession& session, Prompter& prompter, const QString& path);

/// File > Import Notes Packet: the same, for a packet a peer sent (exchange/notespacket.h).
QString importNotesPacket(QWidget* parent, EngagementSession& session, Prompter& prompter,
                          const QString& folder);

/// File > Export Notes Packet: this laptop's changes since its last packet, to a file the person
/// chooses. Returns the sentence for the status bar; empty when nothing was written.
QString exportNotesPacket(QWidget* parent, EngagementSession& session, Prompter& prompter,
                          const QString& folder);

} // namespace pc::ui
