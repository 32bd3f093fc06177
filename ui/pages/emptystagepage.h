// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

class QLabel;

namespace pc::ui {

/// The honest page of a stage whose work has not arrived yet: says what will be done here and
/// what to do meanwhile, and shows no made-up data.
class EmptyStagePage : public Page
{
    Q_OBJECT

public:
    EmptyStagePage(const QString& title, const QString& explanation, QWidget* parent = nullptr);
    void setSession(EngagementSession* session) override;

private:
    QLabel* m_title;
    QLabel* m_text;
    QString m_explanation;
};

} // namespace pc::ui
