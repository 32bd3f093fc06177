// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUuid>

class QDialogButtonBox;
class QLineEdit;
class QTreeWidget;

namespace pc::ui {

class FindingsData;

/// "Link to finding": chooses the finding that selected notes become evidence for. The theme's
/// findings come first, the others after; typing narrows the list by title, Enter links.
class FindingPickerDialog : public QDialog
{
    Q_OBJECT

public:
    /// `theme` comes first and `suggested` is chosen to begin with (null: the first finding).
    FindingPickerDialog(const FindingsData& data, const QUuid& theme, const QUuid& suggested,
                        const QString& what, QWidget* parent = nullptr);

    [[nodiscard]] QUuid chosenFinding() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fill(const FindingsData& data, const QUuid& theme);
    void narrow(const QString& text);

    QLineEdit* m_filter = nullptr;
    QTreeWidget* m_list = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace pc::ui
