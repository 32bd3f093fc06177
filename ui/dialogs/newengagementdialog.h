// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "prompter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace pc::ui {

/// File > New: the programme template, the host organisation and the title.
class NewEngagementDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewEngagementDialog(QWidget* parent = nullptr);
    [[nodiscard]] NewEngagementChoice choice() const;

private:
    void updateSuggestion();

    QComboBox* m_template;
    QLabel* m_description;
    QLineEdit* m_host;
    QLineEdit* m_title;
    bool m_titleEdited = false;
};

} // namespace pc::ui
