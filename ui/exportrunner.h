// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportdocument.h"

#include <functional>

class QWidget;

namespace pc::ui {

class Prompter;

/// Runs a writer off the GUI thread: a progress dialog with Cancel appears when the work takes
/// longer than a blink, the window stays responsive, and a failure is shown through the prompter.
/// The writer gets the progress callback (it throws pc::Error(Cancelled) once the user cancels,
/// leaving no file). It must not touch widgets or the open file: build what it writes before.
/// Returns whether the file was written.
bool runExport(QWidget* parent, Prompter& prompter, const QString& title,
               const std::function<void(const report::Progress&)>& write);

} // namespace pc::ui
