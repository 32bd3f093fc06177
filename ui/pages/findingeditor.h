// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;

namespace pc {
struct Finding;
}

namespace pc::ui {

class CommitLineEdit;
class CommitTextEdit;
class FindingEdits;
class FindingsData;

/// The wording of one finding: title, kind, the team's agreement and the text the report will
/// carry. Each field commits once when the user leaves it, as one undo step.
class FindingEditor : public QWidget
{
    Q_OBJECT

public:
    FindingEditor(FindingsData& data, FindingEdits& edits, QWidget* parent = nullptr);

    void showFinding(const QUuid& id);
    [[nodiscard]] QUuid finding() const { return m_id; }
    /// Puts the cursor in the title with the title selected, for a finding just added.
    void focusTitle();

private:
    void refresh();
    void commit(const Finding& after, const QString& what);

    FindingsData& m_data;
    FindingEdits& m_edits;
    QUuid m_id;
    QWidget* m_form = nullptr;
    QLabel* m_placeholder = nullptr;
    CommitLineEdit* m_title = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_status = nullptr;
    CommitTextEdit* m_text = nullptr;
};

} // namespace pc::ui
